"""Puppet theatre school workshop booking chatbot: the first design.

Our puppet theatre runs puppetry workshops for school classes. Teachers book a
workshop through a chatbot on the theatre's website: it checks which dates are
free in the workshop calendar, asks for the school, the class, the group size and
any special needs of the pupils (access, hearing, autism, allergies for the
craft materials), writes the booking, creates an invoice in our accounting
software and emails the teacher a confirmation with the invoice attached. The
chatbot is an LLM agent on a hosted model from an LLM vendor, running in our
small cloud hosting account. The education officer signs in to a back office
once a week to review the new bookings and contact schools where needed.
Controls in this design: TLS everywhere, a per-visitor rate limit on the chat,
the LLM API key kept in the host's secret store, the booking database encrypted
at rest by the hosting provider, and a password login to the back office.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Puppet theatre school workshop booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Teachers book school puppetry workshops through an LLM chatbot.",
)

# ---------------------------------------------------------------- data assets
teacher_message = tg.Data(
    "Teacher chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Teacher's name, school, e-mail, class, group size, preferred dates.",
)
special_needs = tg.Data(
    "Pupil special needs details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Access, medical and learning needs of pupils in the class, as the teacher types them.",
)
bot_reply = tg.Data("Chatbot reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
availability_query = tg.Data(
    "Availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
free_slots = tg.Data("Free workshop slots", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
calendar = tg.Data("Workshop calendar", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
booking = tg.Data(
    "Workshop booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
booking_result = tg.Data(
    "Booking reference", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
invoice_request = tg.Data("Invoice request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
invoice = tg.Data("Workshop invoice", sensitivity=tg.Sensitivity.PII, kind="documents")
confirmation_request = tg.Data(
    "Confirmation e-mail request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail with invoice", sensitivity=tg.Sensitivity.PII, kind="documents"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.REGULATED, kind="logs")
review_notes = tg.Data("Booking review notes", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any teacher (or anyone) can open the chat on the public website; no account.
    teacher = tm.add(tg.Actor("Teacher", role="school teacher"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers confirmations to teachers.
    mail_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Accounting SaaS", trust=tg.Trust.PARTNER):
    # The theatre's online accounting package; issues numbered invoices.
    accounting = tm.add(tg.ExternalService("Online accounting service"))

with tm.boundary("Theatre cloud hosting", trust=tg.Trust.INTERNAL):
    # Chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per visitor IP")},
        )
    )
    # The chatbot: decides which tool to call from the conversation.
    agent = tm.add(
        tg.Agent(
            "Booking chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks availability, collects booking details, books, invoices and confirms.",
            controls={c.SecretsManagement(note="LLM API key in the host's secret store")},
        )
    )
    # Reads free dates from the workshop calendar.
    availability_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Writes the booking into the booking database.
    booking_tool = tm.add(tg.Tool("Create booking tool", capabilities={"write"}))
    # Creates the invoice in the accounting service.
    invoice_tool = tm.add(
        tg.Tool("Invoice creation tool", capabilities={"write", "network-egress"})
    )
    # Sends the confirmation e-mail with the invoice attached.
    email_tool = tm.add(tg.Tool("Confirmation e-mail tool", capabilities={"send-messages"}))
    # Calendar and bookings, including pupils' special needs.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={calendar, booking, special_needs, review_notes},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Every conversation is kept for the education officer and for debugging.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Web back office where the education officer reviews the week's bookings.
    back_office = tm.add(
        tg.Service(
            "Booking back office",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Theatre office", trust=tg.Trust.INTERNAL):
    # Reviews new bookings weekly and follows up with schools.
    officer = tm.add(tg.Actor("Education officer", role="education officer"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

tm.flow(teacher, chat_api, teacher_message, special_needs, protocol="https", controls=tls)
tm.flow(chat_api, teacher, bot_reply, protocol="https", controls=tls)
tm.flow(chat_api, agent, teacher_message, special_needs)
tm.flow(agent, chat_api, bot_reply)

tm.flow(agent, llm, llm_prompt, protocol="https", controls=tls)
tm.flow(llm, agent, llm_completion, protocol="https", controls=tls)

tm.flow(agent, availability_tool, availability_query)
tm.flow(booking_db, availability_tool, calendar)
tm.flow(availability_tool, agent, free_slots)

tm.flow(agent, booking_tool, booking, special_needs)
tm.flow(booking_tool, booking_db, booking, special_needs)
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, invoice_tool, invoice_request)
tm.flow(invoice_tool, accounting, invoice_request, protocol="https", controls=tls)
tm.flow(accounting, invoice_tool, invoice, protocol="https", controls=tls)
tm.flow(invoice_tool, agent, invoice)

tm.flow(agent, email_tool, confirmation_request, invoice)
tm.flow(email_tool, mail_service, confirmation_email, protocol="https", controls=tls)
tm.flow(mail_service, teacher, confirmation_email, protocol="smtp")

tm.flow(agent, transcript_store, transcripts)

tm.flow(booking_db, back_office, booking, special_needs)
tm.flow(transcript_store, back_office, transcripts)
tm.flow(back_office, booking_db, review_notes, label="weekly review notes")
tm.flow(officer, back_office, review_notes, protocol="https", controls=tls)
tm.flow(back_office, officer, booking, special_needs, transcripts, protocol="https", controls=tls)
