"""Shared kitchen equipment booking assistant: the first design, before any security review.

A shared commercial kitchen in Lyon rents its ovens, mixers, blast chillers and
prep stations by the hour to about 120 small food businesses. Members sign in to
the kitchen's web app and chat with an assistant that answers questions about
equipment and house rules (from the manuals and the hygiene plan, indexed in a
vector store) and books, moves or cancels slots for them. The assistant is an
LLM agent in our cloud account; the language model is a vendor's hosted API.
Booking fees are charged to the member's card saved at the payment provider, and
confirmations go out by e-mail and SMS through a messaging provider. The kitchen
manager maintains equipment, house rules and bookings from an admin console.
Controls in this design: e-mail and password sign-in and a per-member rate limit
on the chat API, the member confirms a summary card before any booking change or
charge, a step limit on the agent loop, SSO for staff, TLS on external calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shared kitchen equipment booking assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat assistant that books hourly equipment slots in a shared commercial kitchen.",
)

# ---------------------------------------------------------------- data assets
member_message = tg.Data(
    "Member chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the member, often with their business name and phone number.",
)
assistant_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, retrieved manual passages and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
booking_request = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data(
    "Availability and booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
bookings = tg.Data(
    "Bookings and member profiles",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Slots, equipment, member business details, contact data, hygiene certificate dates.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
manuals = tg.Data(
    "Equipment manuals and house rules",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Vendor manuals, the HACCP hygiene plan, cleaning and allergen rules.",
)
manual_chunks = tg.Data(
    "Manual passages and embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
charge_request = tg.Data(
    "Booking fee charge", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-call"
)
charge_result = tg.Data(
    "Charge result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
card_token = tg.Data(
    "Saved card token",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="credentials",
    description="The payment provider's customer and payment method ids; no card numbers.",
)
notification = tg.Data(
    "Booking confirmation message", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
admin_changes = tg.Data(
    "Equipment, rules and booking edits", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Food business owners and their staff; anyone with a paid membership gets an account.
    member = tm.add(tg.Actor("Kitchen member", role="member business"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the members' cards; we only keep its tokens and ask it to charge them.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted card vault and charges API.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers booking confirmations and reminders by e-mail and SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS provider"))

with tm.boundary("Kitchen cloud account", trust=tg.Trust.INTERNAL):
    # The only way members reach the assistant: the web app's chat API.
    chat_api = tm.add(
        tg.Endpoint(
            "Member chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=20, note="per member account"),
            },
        )
    )
    # Plans the conversation: retrieves manual passages, calls the LLM and the tools.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the member, who taps Confirm on a summary card before a booking "
                    "is created, moved or cancelled or a fee is charged"
                ),
                c.CircuitBreaker(max_steps=8),
            },
        )
    )
    # Reads availability and creates, moves or cancels the member's slots.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            description="Acts on the signed-in member's bookings only.",
            controls={c.LeastPrivilegeTools(note="scoped to the member id of the chat session")},
        )
    )
    # Charges the hourly fee for a confirmed booking to the member's saved card.
    payment_tool = tm.add(tg.Tool("Payment tool", capabilities={"money-movement"}))
    # Sends the confirmation for a booking change to the member's e-mail and phone.
    notify_tool = tm.add(tg.Tool("Notification tool", capabilities={"send-messages"}))
    # Conversations kept for support and to improve the assistant's prompts.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Staff web UI for the equipment list, house rules, uploads and manual booking fixes.
    admin_console = tm.add(
        tg.Service(
            "Admin console",
            controls={c.Authentication(method="Google Workspace SSO"), c.RBAC()},
        )
    )
    # Chunks and embeds manuals and rules whenever the manager uploads a new version.
    indexer = tm.add(tg.Pipeline("Manual indexing job", stage=tg.Stage.INGESTION))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for slots, members and saved payment tokens.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={bookings, card_token},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # What the assistant retrieves to answer equipment and rules questions.
        manual_index = tm.add(tg.VectorStore("Manual index", stores={manual_chunks}))

with tm.boundary("Kitchen office", trust=tg.Trust.INTERNAL):
    # Runs the kitchen day to day; can change any booking and the rules.
    manager = tm.add(tg.Actor("Kitchen manager", role="staff", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(member, chat_api, member_message, protocol="https")
tm.flow(chat_api, member, assistant_reply, protocol="https")
tm.flow(chat_api, assistant, member_message)
tm.flow(assistant, chat_api, assistant_reply)

tm.flow(manual_index, assistant, manual_chunks, label="retrieved passages")
tm.flow(assistant, manual_index, member_message, label="similarity query")
tm.flow(assistant, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, assistant, llm_completion, protocol="https", controls={tls})

tm.flow(assistant, booking_tool, booking_request)
tm.flow(booking_tool, assistant, booking_result)
tm.flow(booking_tool, booking_db, bookings, label="read and write slots")
tm.flow(booking_db, booking_tool, bookings)

tm.flow(assistant, payment_tool, charge_request)
tm.flow(payment_tool, assistant, charge_result)
tm.flow(booking_db, payment_tool, card_token, label="member's saved card")
tm.flow(payment_tool, payments, charge_request, card_token, protocol="https", controls={tls})
tm.flow(payments, payment_tool, charge_result, protocol="https", controls={tls})

tm.flow(assistant, notify_tool, notification)
tm.flow(booking_db, notify_tool, bookings, label="member contact details")
tm.flow(notify_tool, messaging, notification, protocol="https", controls={tls})

tm.flow(assistant, transcript_store, transcripts)

tm.flow(manager, admin_console, admin_changes, manuals, protocol="https")
tm.flow(admin_console, manager, bookings, protocol="https", label="bookings and member list")
tm.flow(admin_console, booking_db, admin_changes)
tm.flow(booking_db, admin_console, bookings)
tm.flow(admin_console, indexer, manuals, label="new manual or rules version")
tm.flow(indexer, manual_index, manual_chunks)
tm.flow(transcript_store, admin_console, transcripts, label="support look-ups")
