"""Lighthouse audio guide: the first design, before any security review.

Visitors to the restored Carraig Head lighthouse (a small heritage trust in Ireland)
scan a QR poster and open the guide as a web app on their own phones, with no
install and no sign-in. They ask questions by voice or text (the phone's own
speech recognition and read-aloud are used), and a hosted LLM answers from the
curators' collection notes, which are indexed nightly from the trust's Microsoft
365 library. The same guide agent can book free tower-climb slots (name, e-mail,
party size) through a booking tool; the visitor confirms a booking summary before
it is made, and a confirmation e-mail goes out through a mail provider. The
booking service itself enforces slot capacity, opening hours and the weather
closure set by front-desk staff, who check climbers in on a web dashboard.
Everything of ours runs in one small EU cloud account; the LLM vendor was checked
for EU processing and no training on our data. Conversations are logged so that
curators can see which questions visitors ask.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lighthouse visitor audio guide",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM audio guide on visitors' phones that answers from collection notes "
    "and books tower-climb slots.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Visitor question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Typed or speech-recognised text; may carry a name and e-mail when booking.",
)
answer = tg.Data("Guide answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Guide prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved notes and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="An answer, or a structured call to the booking tool.",
)
notes = tg.Data(
    "Collection notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Object histories, keepers' logbook transcriptions; some notes also hold "
    "lender names and insurance valuations.",
)
note_chunks = tg.Data(
    "Collection note chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Find free slots, book a slot (name, e-mail, party size) or cancel one.",
)
booking_result = tg.Data(
    "Booking tool result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Free slots, or the booking reference and slot time.",
)
bookings = tg.Data(
    "Tower-climb bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
)
confirmation = tg.Data(
    "Booking confirmation e-mail",
    sensitivity=tg.Sensitivity.PII,
    description="Slot time and reference.",
)
checkins = tg.Data(
    "Check-ins and weather closures",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Front desk marks climbers arrived and closes slots in high wind.",
)
transcripts = tg.Data("Guide conversation logs", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who scans the poster (or finds the link) can use the guide.
    visitor = tm.add(tg.Actor("Visitor", role="museum visitor"))
    # The visitor's own phone running the guide web app; speech is handled on the phone.
    phone = tm.add(
        tg.Device(
            "Visitor phone with guide web app",
            description="Browser web app opened from the QR poster; uses the phone's speech "
            "recognition and read-aloud.",
        )
    )

with tm.boundary("Museum cloud account", trust=tg.Trust.INTERNAL):
    # Public HTTPS entry point for the web app: chat turns and booking confirmations.
    guide_api = tm.add(
        tg.Endpoint(
            "Guide API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per browser session"),
                c.InputValidation(note="text only, at most 500 characters per question"),
            },
        )
    )
    # The LLM agent: retrieves notes, answers, and calls the booking tool.
    guide_agent = tm.add(
        tg.Agent(
            "Guide agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Keeps the conversation per browser session; no memory across visits.",
            controls={
                c.HumanInTheLoop(approver="the visitor, who taps Confirm on the booking summary"),
                c.CircuitBreaker(max_steps=6),
            },
        )
    )
    # Makes, lists and cancels tower-climb bookings and triggers the confirmation e-mail.
    booking_tool = tm.add(
        tg.Tool(
            "Tower-climb booking tool",
            capabilities={"read", "write", "send-messages"},
            controls={
                c.Authentication(
                    method="booking reference together with the booking e-mail, to cancel"
                ),
                c.PolicyEnforcement(
                    rules="booking service checks the 8-climber slot capacity, opening hours "
                    "and the staff weather closure itself"
                ),
            },
        )
    )
    # Slots and bookings for the tower climb.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, checkins},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Vector index of the collection notes; embeds with a small bundled open model.
    notes_index = tm.add(tg.VectorStore("Collection notes index", stores={note_chunks}))
    # Nightly pull of the curators' notes library into the index.
    indexing_job = tm.add(tg.Pipeline("Nightly notes indexing job", stage=tg.Stage.INGESTION))
    # Every conversation, kept so that curators can see what visitors ask.
    conversation_log = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))
    # Staff web dashboard: bookings list, check-in, weather closure, question review.
    dashboard = tm.add(
        tg.Service(
            "Staff dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="individual staff e-mail and password"),
                c.RBAC(note="front desk sees bookings; curators see conversation logs"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's EU API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="EU processing and no training on our data checked"),
            },
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Where curators already write and keep their collection notes.
    notes_library = tm.add(tg.DataStore("Collection notes library", stores={notes}))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends booking confirmations.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Museum office", trust=tg.Trust.INTERNAL):
    # Writes the collection notes and reviews visitor questions.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # Checks climbers in at the tower door and closes slots in bad weather.
    front_desk = tm.add(tg.Actor("Front-desk staff", role="front desk"))

# ---------------------------------------------------------------- flows
tm.flow(visitor, phone, question, label="spoken or typed on the phone")
tm.flow(phone, visitor, answer, label="read aloud on the phone")
tm.flow(phone, guide_api, question, protocol="https")
tm.flow(guide_api, phone, answer, protocol="https")
tm.flow(guide_api, guide_agent, question)
tm.flow(guide_agent, guide_api, answer)

tm.flow(guide_agent, notes_index, question, label="similarity query")
tm.flow(notes_index, guide_agent, note_chunks, label="retrieved notes")
tm.flow(guide_agent, llm, prompt, protocol="https")
tm.flow(llm, guide_agent, completion, protocol="https")
tm.flow(guide_agent, booking_tool, booking_call)
tm.flow(booking_tool, guide_agent, booking_result)
tm.flow(guide_agent, conversation_log, transcripts)

tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, checkins, label="slot availability")
tm.flow(booking_tool, mail, confirmation, protocol="https")
tm.flow(mail, visitor, confirmation, protocol="smtp")

tm.flow(curator, notes_library, notes, protocol="https")
tm.flow(notes_library, indexing_job, notes, protocol="https", label="nightly pull")
tm.flow(indexing_job, notes_index, note_chunks)

tm.flow(front_desk, dashboard, checkins, protocol="https")
tm.flow(dashboard, booking_db, checkins)
tm.flow(booking_db, dashboard, bookings)
tm.flow(dashboard, front_desk, bookings, protocol="https")
tm.flow(conversation_log, dashboard, transcripts)
tm.flow(dashboard, curator, transcripts, protocol="https")
