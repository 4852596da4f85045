"""Airship sightseeing passenger assistant: the first design, before any security review.

An airship sightseeing operator flying from one airfield in Germany adds an assistant
to its booking website. Passengers chat with it to ask about flights, boarding and
what to bring; after giving their booking reference and surname they can also enter
each traveller's body weight and mobility needs (wheelchair, help on the steps),
which the assistant writes into the flight's passenger manifest. The flight operations
team reads the manifest in an internal console for weight and balance and boarding
assistance. When the weather forecast is bad, the duty operations manager asks the
assistant to draft a cancellation message; the manager approves it in the console
before it goes to the passengers by e-mail and SMS through a messaging provider.
The assistant runs in the operator's cloud account and calls a hosted LLM over HTTPS.
Controls today: HTTPS on public links, a rate limit on the chat API, staff SSO with MFA,
encryption at rest of the booking and manifest databases, and approval of every
cancellation message.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Airship sightseeing passenger assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Passenger chat assistant that answers questions, collects weights and mobility "
        "needs for the manifest and drafts weather cancellation messages."
    ),
)

# ---------------------------------------------------------------- data assets
passenger_message = tg.Data("Passenger chat message", sensitivity="pii", kind="prompt")
assistant_reply = tg.Data("Assistant reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data(
    "Prompt with flight context",
    sensitivity="regulated",
    kind="prompt",
    description="System prompt, chat history, FAQ passages, booking details and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity="regulated",
    kind="model-output",
    description="Answer text or tool calls chosen by the model.",
)
faq = tg.Data(
    "Flight information and policies",
    sensitivity="public",
    kind="documents",
    description="Routes, boarding times, age and weight limits, refund and weather policy.",
)
faq_passages = tg.Data("FAQ passages", sensitivity="public", kind="retrieved-context")
booking_lookup = tg.Data(
    "Booking lookup request",
    sensitivity="pii",
    kind="tool-call",
    description="Booking reference and surname given by the passenger.",
)
booking = tg.Data(
    "Booking record",
    sensitivity="pii",
    kind="records",
    description="Names, contact details, flight slot, number of travellers, payment status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_result = tg.Data("Booking details for the chat", sensitivity="pii", kind="tool-result")
manifest_entry = tg.Data(
    "Passenger weight and mobility needs",
    sensitivity="regulated",
    kind="tool-call",
    description="Body weight per traveller and mobility or medical assistance needs.",
)
manifest = tg.Data(
    "Passenger manifest",
    sensitivity="regulated",
    kind="records",
    description="Per flight: travellers, body weights, mobility needs; used for weight and balance.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
manifest_ack = tg.Data("Manifest update result", sensitivity="internal", kind="tool-result")
forecast = tg.Data("Aviation weather forecast", sensitivity="public", kind="records")
cancel_request = tg.Data(
    "Cancellation drafting request",
    sensitivity="internal",
    kind="prompt",
    description="Flight slot and the reason for cancelling, typed by the duty manager.",
)
cancel_draft = tg.Data("Cancellation message draft", sensitivity="pii", kind="tool-call")
send_approval = tg.Data("Cancellation send approval", sensitivity="internal", kind="records")
cancel_notice = tg.Data(
    "Cancellation notice",
    sensitivity="pii",
    kind="records",
    description="Message with rebooking and refund options, addressed to each booked passenger.",
)
transcripts = tg.Data("Chat transcripts", sensitivity="regulated", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website can open the chat; passengers are not signed in.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; it chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted chat model with function calling, EU region.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Aviation forecasts (TAF, wind aloft) for the airfield, used for go/no-go drafts.
    weather = tm.add(
        tg.ExternalService(
            "Aviation weather service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the approved cancellation notices by e-mail and SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS gateway"))

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Public API behind the chat widget on the booking website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP address")},
        )
    )
    # The LLM agent: answers questions, fills the manifest, drafts cancellations.
    assistant = tm.add(
        tg.Agent(
            "Passenger assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Builds prompts, calls the hosted LLM and runs the tools it asks for.",
        )
    )
    # Indexed FAQ and policy pages the assistant answers from.
    faq_index = tm.add(tg.VectorStore("Flight FAQ index", stores={faq}))
    # Finds the passenger's booking so answers and manifest entries are about it.
    booking_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            controls={
                c.Authentication(
                    method="booking reference and surname matched to the booking record"
                )
            },
        )
    )
    # Writes weights and mobility needs into the manifest for the looked-up booking.
    manifest_tool = tm.add(tg.Tool("Manifest update tool", capabilities={"write"}))
    # Queues a cancellation draft; it is sent only after the duty manager approves.
    cancel_tool = tm.add(
        tg.Tool(
            "Cancellation notice tool",
            capabilities={"send-messages"},
            controls={c.HumanInTheLoop(approver="duty operations manager")},
        )
    )
    # Bookings taken on the website; system of record for passengers and slots.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Per-flight manifest used for weight and balance and boarding assistance.
    manifest_db = tm.add(
        tg.DataStore(
            "Manifest database",
            stores={manifest},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every chat is kept for quality review and disputes.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Internal web console for flight operations staff.
    ops_console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Dispatchers, pilots and the duty manager; they plan flights and approve notices.
    ops_staff = tm.add(tg.Actor("Flight operations staff", role="operations staff"))

# ---------------------------------------------------------------- flows
# Passenger chat
tm.flow(passenger, chat_api, passenger_message, protocol="https")
tm.flow(chat_api, passenger, assistant_reply, protocol="https")
tm.flow(chat_api, assistant, passenger_message)
tm.flow(assistant, chat_api, assistant_reply)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, faq_index, passenger_message, label="similarity query")
tm.flow(faq_index, assistant, faq_passages, label="retrieved FAQ")
tm.flow(assistant, transcript_store, transcripts)

# Booking lookup
tm.flow(assistant, booking_tool, booking_lookup)
tm.flow(booking_tool, booking_db, booking_lookup, label="query by reference")
tm.flow(booking_db, booking_tool, booking)
tm.flow(booking_tool, assistant, booking_result)

# Manifest collection
tm.flow(assistant, manifest_tool, manifest_entry)
tm.flow(manifest_tool, manifest_db, manifest)
tm.flow(manifest_tool, assistant, manifest_ack)

# Operations
tm.flow(ops_staff, ops_console, cancel_request, send_approval, protocol="https")
tm.flow(manifest_db, ops_console, manifest)
tm.flow(ops_console, ops_staff, manifest, cancel_draft, protocol="https")

# Weather cancellations
tm.flow(ops_console, assistant, cancel_request)
tm.flow(weather, assistant, forecast, protocol="https")
tm.flow(assistant, cancel_tool, cancel_draft)
tm.flow(cancel_tool, ops_console, cancel_draft, label="awaiting approval")
tm.flow(ops_console, cancel_tool, send_approval)
tm.flow(booking_db, cancel_tool, booking, label="passengers on the cancelled flight")
tm.flow(cancel_tool, messaging, cancel_notice, protocol="https")
tm.flow(messaging, passenger, cancel_notice, label="e-mail and SMS")
