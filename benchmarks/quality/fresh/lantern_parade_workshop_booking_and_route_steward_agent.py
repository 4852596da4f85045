"""Lantern parade assistant: the first design, before any security review.

A community arts charity runs a winter lantern parade. Parents chat with an
assistant on the charity's website to book free lantern-making workshops and to
fill in the consent form each child in the parade needs (name, age, allergies and
medical notes, emergency contact, photo consent). On the parade night, volunteer
stewards text the same assistant from their own phones about the route, the road
closures and where to send people; their texts arrive through an SMS provider's
webhook and the reply goes back the same way. The assistant is an LLM agent on a
hosted model, with tools to book workshops, save consent forms and look up the
route notes the parade coordinator keeps up to date in an admin console. The
charity's small cloud account holds the bookings, the consent records, the route
notes and the steward roster; texts are answered only for numbers on the roster.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lantern parade assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Workshop booking, child consent forms and parade-night steward questions by text.",
)

# ---------------------------------------------------------------- data assets
parent_message = tg.Data("Parent chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
parent_reply = tg.Data(
    "Assistant reply to parent", kind="model-output", sensitivity=tg.Sensitivity.PII
)
steward_text = tg.Data(
    "Steward text question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The text and the steward's phone number.",
)
steward_answer = tg.Data(
    "Steward text answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Workshop booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Workshop booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Workshop bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parent name, e-mail, phone, children attending, session and booking reference.",
)
consent_call = tg.Data("Consent form submission", kind="tool-call", sensitivity=tg.Sensitivity.PII)
consent_result = tg.Data(
    "Consent form receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
consent_forms = tg.Data(
    "Child consent forms",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's name and age, allergies and medical notes, emergency contact, photo consent.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
route_query = tg.Data("Route lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
route_notes = tg.Data(
    "Route and road closure notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Route, assembly points, closure times, diversions and first aid points.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
roster = tg.Data(
    "Steward roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Volunteer stewards' names, phone numbers and posts on the route.",
)
inbound_sms = tg.Data("Inbound SMS webhook", kind="prompt", sensitivity=tg.Sensitivity.PII)
outbound_sms = tg.Data("Outbound SMS", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers booking workshops and giving consent for their children.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))
    # Volunteer stewards on the parade route, texting from their own phones.
    steward = tm.add(tg.Actor("Steward", role="volunteer steward"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Carries the stewards' texts to our webhook and our replies back to their phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent runs on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="vendor's no-training and 30-day retention terms checked")
            },
        )
    )

with tm.boundary("Charity cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the charity website.
    chat_api = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Receives the SMS provider's webhook calls and sends the replies.
    sms_endpoint = tm.add(
        tg.Endpoint(
            "SMS webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="sender phone number matched to the steward roster")},
        )
    )
    # The LLM agent: books workshops, takes consent forms, answers stewards about the route.
    agent = tm.add(
        tg.Agent(
            "Parade assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Bookings and consent forms are saved directly; no one approves them first.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Books a place on a workshop session.
    booking_tool = tm.add(tg.Tool("Workshop booking tool", capabilities={"read", "write"}))
    # Saves a child's consent form against a booking.
    consent_tool = tm.add(
        tg.Tool(
            "Consent form tool",
            capabilities={"write"},
            controls={c.Authentication(method="booking reference and parent's e-mail address")},
        )
    )
    # Reads the current route and closure notes for the stewards' questions.
    route_tool = tm.add(tg.Tool("Route lookup tool", capabilities={"read"}))
    # Workshop sessions and who has booked them.
    bookings_db = tm.add(tg.DataStore("Workshop bookings database", stores={bookings}))
    # The signed consent forms the parade team print for the night.
    consent_db = tm.add(
        tg.DataStore(
            "Consent records",
            stores={consent_forms},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RetentionLimits(days=90, note="deleted three months after the parade"),
            },
        )
    )
    # Route, closures and the steward roster, kept up to date by the coordinator.
    route_db = tm.add(tg.DataStore("Parade route and closures store", stores={route_notes, roster}))
    # Where the coordinator edits route notes, the roster and checks consent forms.
    admin = tm.add(
        tg.Endpoint(
            "Parade admin console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="charity Google Workspace sign-in with 2SV"),
                c.RBAC(note="coordinator and two trustees"),
            },
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # The charity's staff member who runs the parade.
    coordinator = tm.add(tg.Actor("Parade coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(parent, chat_api, parent_message, protocol="https")
tm.flow(chat_api, parent, parent_reply, protocol="https")
tm.flow(chat_api, agent, parent_message)
tm.flow(agent, chat_api, parent_reply)

tm.flow(steward, sms_gateway, steward_text, protocol="sms")
tm.flow(sms_gateway, sms_endpoint, inbound_sms, protocol="https", label="inbound SMS webhook")
tm.flow(route_db, sms_endpoint, roster, label="roster lookup")
tm.flow(sms_endpoint, agent, steward_text)
tm.flow(agent, sms_endpoint, steward_answer)
tm.flow(sms_endpoint, sms_gateway, outbound_sms, protocol="https")
tm.flow(sms_gateway, steward, outbound_sms, protocol="sms")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, bookings_db, bookings)
tm.flow(bookings_db, booking_tool, bookings)

tm.flow(agent, consent_tool, consent_call)
tm.flow(consent_tool, agent, consent_result)
tm.flow(bookings_db, consent_tool, bookings, label="booking reference check")
tm.flow(consent_tool, consent_db, consent_forms)

tm.flow(agent, route_tool, route_query)
tm.flow(route_db, route_tool, route_notes)
tm.flow(route_tool, agent, route_notes)

tm.flow(coordinator, admin, route_notes, roster, protocol="https")
tm.flow(admin, route_db, route_notes, roster)
tm.flow(consent_db, admin, consent_forms)
tm.flow(admin, coordinator, consent_forms, protocol="https")
