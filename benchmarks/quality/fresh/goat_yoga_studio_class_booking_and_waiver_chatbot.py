"""Goat yoga class booking and waiver chatbot: the first design, before any security review.

A goat yoga studio on a smallholding in England lets guests book classes by chatting
with a bot on its website and social pages. The bot (an LLM agent on a hosted model)
answers questions from the studio's FAQ, books a place in a class, and collects each
attendee's health declaration (pregnancy, injuries, allergies) and liability waiver,
which it stores against the booking. The studio owner runs classes from a small admin
dashboard: she sets the class timetable, reads waivers before class and changes the
farm gate keypad code each week. At 7am on class days a scheduled job (no model
involved) texts the gate code to guests with a confirmed booking and signed waiver.
The bot, job, dashboard and stores run on one managed cloud project; the model and
the SMS provider are outside services. Controls in this design: TLS and a rate limit
on the chat, the model vendor's safety filter, Google sign-in with 2-step verification
for the owner, encrypted waiver storage and the job's booking-and-waiver check.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Goat yoga class booking and waiver chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chatbot that books goat yoga classes, records health declarations and "
    "liability waivers, answers questions and texts the gate code on class mornings.",
)

# ---------------------------------------------------------------- data assets
guest_message = tg.Data(
    "Guest chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, chosen class, names, phone, e-mail and health answers.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Chatbot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation (including health answers) and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
faq = tg.Data(
    "Studio FAQ and class guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="What to bring, age limits, parking, goat safety rules, prices.",
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Class bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Class slot, attendee names, phone, e-mail, booking status.",
)
waiver_call = tg.Data("Waiver tool call", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED)
waivers = tg.Data(
    "Health declarations and liability waivers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pregnancy, injuries, allergies, emergency contact, typed-name signature, "
    "time signed.",
)
waiver_receipt = tg.Data("Waiver receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
waiver_status = tg.Data("Waiver signed status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
timetable = tg.Data("Class timetable", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
gate_code = tg.Data(
    "Farm gate code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Keypad code for the farm gate, changed weekly by the owner.",
)
gate_sms_request = tg.Data(
    "Gate code text request", kind="records", sensitivity=tg.Sensitivity.SECRET
)
gate_sms = tg.Data(
    "Gate code SMS",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="Class time, parking note and the gate code.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website or the studio's social pages can chat and book.
    guest = tm.add(tg.Actor("Guest", role="customer"))

with tm.boundary("Studio office", trust=tg.Trust.INTERNAL):
    # Runs the studio: timetable, waiver reading before class, weekly gate code.
    owner = tm.add(tg.Actor("Studio owner", role="owner", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the chatbot, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted chat model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in safety filter")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the class-morning text with the gate code.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Studio cloud project", trust=tg.Trust.INTERNAL):
    # Backend for the chat widget on the website and social pages.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per session")},
        )
    )
    # Answers questions, books places and walks each guest through the waiver.
    bot = tm.add(
        tg.Agent(
            "Class booking chatbot",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books classes and records waivers itself; the owner reads waivers "
            "afterwards in the dashboard.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Looks up class places and creates or changes bookings.
    booking_tool = tm.add(tg.Tool("Class booking tool", capabilities={"read", "write"}))
    # Saves the health declaration and signed waiver against the booking.
    waiver_tool = tm.add(tg.Tool("Waiver tool", capabilities={"write"}))
    # The FAQ the bot answers from, edited by the owner.
    faq_store = tm.add(tg.DataStore("Studio FAQ", stores={faq}))
    # Bookings and the class timetable.
    bookings_db = tm.add(tg.DataStore("Booking database", stores={bookings, timetable}))
    # Health declarations and waivers, kept apart from the bookings.
    waiver_db = tm.add(
        tg.DataStore(
            "Waiver store",
            stores={waivers},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Holds the current gate code the owner sets in the dashboard.
    gate_settings = tm.add(tg.DataStore("Gate code settings", stores={gate_code}))
    # Owner's admin pages: timetable, bookings, waivers, FAQ and gate code.
    dashboard = tm.add(
        tg.Service(
            "Studio admin dashboard",
            internet_facing=True,
            controls={c.Authentication(method="Google sign-in with 2-step verification")},
        )
    )
    # 7am job on class days: texts the gate code to confirmed, waivered guests.
    gate_job = tm.add(
        tg.Service(
            "Class-morning gate code job",
            description="Scheduled job, no model; reads today's bookings and waivers.",
            controls={
                c.PolicyEnforcement(
                    rules="sends only to today's confirmed bookings with a signed waiver"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(guest, chat, guest_message, protocol="https", controls={tls})
tm.flow(chat, bot, guest_message)
tm.flow(bot, chat, bot_reply)
tm.flow(chat, guest, bot_reply, protocol="https", controls={tls})

tm.flow(bot, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, bot, llm_completion, protocol="https", controls={tls})
tm.flow(faq_store, bot, faq, label="FAQ in the system prompt")

tm.flow(bot, booking_tool, booking_call)
tm.flow(booking_tool, bookings_db, bookings, label="create or change booking")
tm.flow(bookings_db, booking_tool, bookings, timetable, label="free places")
tm.flow(booking_tool, bot, bookings, timetable)

tm.flow(bot, waiver_tool, waiver_call)
tm.flow(waiver_tool, waiver_db, waivers)
tm.flow(waiver_tool, bot, waiver_receipt)

tm.flow(owner, dashboard, timetable, faq, gate_code, protocol="https", controls={tls})
tm.flow(dashboard, owner, bookings, waivers, protocol="https", controls={tls})
tm.flow(dashboard, bookings_db, timetable)
tm.flow(bookings_db, dashboard, bookings)
tm.flow(waiver_db, dashboard, waivers)
tm.flow(dashboard, faq_store, faq)
tm.flow(dashboard, gate_settings, gate_code)

tm.flow(bookings_db, gate_job, bookings, label="today's confirmed bookings")
tm.flow(waiver_db, gate_job, waiver_status, label="waiver signed?")
tm.flow(gate_settings, gate_job, gate_code)
tm.flow(gate_job, sms_gateway, gate_sms_request, protocol="https", controls={tls})
tm.flow(sms_gateway, guest, gate_sms, protocol="sms")
