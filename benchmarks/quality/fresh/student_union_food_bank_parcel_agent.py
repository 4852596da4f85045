"""Student union food bank parcel agent: the first design, before any security review.

Students who need a food parcel chat with an assistant on the student union
website, signing in with their university account. An LLM agent, run by the
union in its cloud tenancy and backed by a hosted language model, asks about
household size and dietary needs (allergies, halal, kosher, vegetarian),
checks eligibility against the union's membership records (current enrolment
and the hardship referral flag) and books a collection slot in the parcel
booking database. A confirmation goes to the student by e-mail and text through
a messaging provider. Volunteers see the day's packing list on a dashboard in
the food bank storeroom and pack parcels to it; the food bank coordinator sets
the weekly collection slots there. The chat endpoint is rate limited, bookings
are held to one per student per week by the booking service, and the booking
database is encrypted at rest; chat transcripts are kept for follow-up.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student union food bank parcel agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent taking food parcel requests, checking eligibility and booking collection slots.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Student chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text request: household size, circumstances, dietary needs.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or the tool call the model chose.",
)
membership = tg.Data(
    "Student membership records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student number, name, enrolment status and the hardship referral flag.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
eligibility_query = tg.Data("Eligibility lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
eligibility_result = tg.Data(
    "Eligibility result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
dietary_needs = tg.Data(
    "Dietary requirements",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Allergies, medical diets and religious diets: health and belief data.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_request = tg.Data("Slot booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Slot booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Parcel bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who collects when, household size and parcel number.",
)
slots = tg.Data("Collection slot schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
packing_list = tg.Data(
    "Packing list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Parcel number, first name, household size and dietary requirements.",
)
confirmation = tg.Data(
    "Booking confirmation message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Slot time, collection point and parcel number, to e-mail and mobile.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)
collected = tg.Data("Collection status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any student with a university account; the requester of a parcel.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that drives the conversation and picks the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the booking confirmations by e-mail and text message.
    messaging = tm.add(
        tg.ExternalService(
            "E-mail and SMS service",
            description="Transactional e-mail and SMS gateway the union already uses.",
        )
    )

with tm.boundary("Union cloud tenancy", trust=tg.Trust.INTERNAL):
    # Chat widget's back end on the union website; students sign in with university SSO.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Attaches the student number from the SSO session to each conversation.",
            controls={
                c.Authentication(method="university SSO (OIDC)"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The agent: runs the conversation and books without a person in the loop.
    agent = tm.add(
        tg.Agent(
            "Parcel request agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Collects the request, checks eligibility, books a slot and confirms it.",
        )
    )
    # Read-only lookup of enrolment and hardship referral for the student number.
    eligibility_tool = tm.add(tg.Tool("Eligibility lookup tool", capabilities={"read"}))
    # Creates and changes bookings in the parcel booking database.
    booking_tool = tm.add(
        tg.Tool(
            "Slot booking tool",
            capabilities={"read", "write"},
            description="Books, moves or cancels a collection slot and records dietary needs.",
            controls={
                c.PolicyEnforcement(rules="booking service allows one parcel per student per week")
            },
        )
    )
    # Sends the confirmation through the messaging provider.
    notify_tool = tm.add(tg.Tool("Confirmation sender", capabilities={"send-messages"}))
    # Bookings, slots and dietary requirements.
    booking_db = tm.add(
        tg.DataStore(
            "Parcel booking database",
            stores={bookings, dietary_needs, slots, collected},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation history, kept so staff can follow up complaints.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Storeroom dashboard: packing list for volunteers, slot set-up for the coordinator.
    dashboard = tm.add(
        tg.Service(
            "Volunteer packing dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="union staff and volunteer accounts with password"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Union membership system", trust=tg.Trust.RESTRICTED):
    # The union's membership records, synced from the university's student records.
    membership_db = tm.add(tg.DataStore("Membership database", stores={membership}))

with tm.boundary("Food bank storeroom", trust=tg.Trust.INTERNAL):
    # Volunteers pack parcels from the list and mark them collected.
    volunteer = tm.add(tg.Actor("Volunteer packer", role="volunteer"))
    # Runs the food bank: sets slots and handles exceptions.
    coordinator = tm.add(tg.Actor("Food bank coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(student, chat, chat_message, protocol="https")
tm.flow(chat, student, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, eligibility_tool, eligibility_query)
tm.flow(eligibility_tool, agent, eligibility_result)
tm.flow(eligibility_tool, membership_db, eligibility_query, protocol="https")
tm.flow(membership_db, eligibility_tool, membership, protocol="https")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, dietary_needs)
tm.flow(booking_db, booking_tool, slots, bookings)

tm.flow(agent, notify_tool, confirmation)
tm.flow(notify_tool, messaging, confirmation, protocol="https")
tm.flow(messaging, student, confirmation, label="e-mail and text message")

tm.flow(agent, transcript_store, transcripts)

tm.flow(booking_db, dashboard, packing_list, bookings)
tm.flow(dashboard, booking_db, slots, collected)
tm.flow(dashboard, volunteer, packing_list, protocol="https")
tm.flow(volunteer, dashboard, collected, protocol="https", label="marks parcel collected")
tm.flow(coordinator, dashboard, slots, protocol="https", label="sets weekly slots")
tm.flow(dashboard, coordinator, bookings, protocol="https")
