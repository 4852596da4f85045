"""Dog-walking marketplace assistant: the first design, before any security review.

Dog owners in the UK and EU chat in our mobile app with an assistant that finds
nearby walkers, proposes a booking and takes payment. The assistant is an LLM
agent running in our cloud account: it calls a hosted LLM from a vendor and three
first-party tools, one to search walkers, one to create bookings and one to
create payments with the payment provider. Owners pay in the provider's own
payment sheet, so card numbers never reach us, and the provider tells our API
by webhook when a payment succeeds. Owners share door, key-safe and alarm
instructions in the chat; they are saved with the booking and shown to the
walker in the walker app. Support staff can read a conversation and take it
over from a support console. Owners and walkers sign in with a phone number and
SMS code, the API is rate limited, a booking waits for the owner's confirmation,
the database is encrypted and the payment webhook signature is checked.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dog-walking marketplace assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant that finds, books and charges for dog walks.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Owner chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
entry_instructions = tg.Data(
    "Door entry instructions",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    description="Door and key-safe codes, alarm codes and where the key is hidden.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and the tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
search_call = tg.Data("Walker search request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
walker_matches = tg.Data("Matching walkers", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner, dog, address, time, walker and price.",
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data("Payment request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_intent = tg.Data("Payment intent", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment succeeded event", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
profiles = tg.Data(
    "Owner and walker profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone numbers, home addresses, dog details, walker ratings and areas.",
)
walker_update = tg.Data(
    "Walker acceptance and walk updates", kind="records", sensitivity=tg.Sensitivity.PII
)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.SECRET)
support_message = tg.Data("Support staff message", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books walks for their dog through the chat.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))
    # Independent walkers who sign up, accept bookings and let themselves in.
    walker = tm.add(tg.Actor("Dog walker", role="walker"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card in its own payment sheet and charges it.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model with function calling.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # The one API both apps, the assistant and the payment webhook go through.
    api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Runs the conversation: calls the LLM and the tools, hands off to support.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the owner, who confirms booking and price in the app"),
                c.CircuitBreaker(max_steps=12),
            },
        )
    )
    # Finds available walkers near the owner's address.
    search_tool = tm.add(tg.Tool("Walker search tool", capabilities={"read"}))
    # Creates the booking and saves the entry instructions with it.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Creates a payment intent for the confirmed booking.
    payment_tool = tm.add(
        tg.Tool(
            "Payment tool",
            capabilities={"money-movement"},
            controls={c.SecretsManagement(note="provider API key in the cloud secret manager")},
        )
    )
    # Keeps every conversation so support can read and continue it.
    transcripts = tm.add(tg.DataStore("Chat transcript store", stores={transcript}))
    # Web app where support staff read conversations and take them over.
    console = tm.add(
        tg.Service(
            "Support console",
            controls={c.Authentication(method="company Google Workspace SSO")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Profiles, bookings and the entry instructions attached to them.
        db = tm.add(
            tg.DataStore(
                "Marketplace database",
                stores={profiles, booking, entry_instructions},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Support team", trust=tg.Trust.INTERNAL):
    # Customer support staff, many of them working remotely.
    support = tm.add(tg.Actor("Support agent", role="support staff"))

# ---------------------------------------------------------------- flows
tm.flow(owner, api, chat_message, entry_instructions, protocol="https")
tm.flow(api, owner, assistant_reply, booking, support_message, protocol="https")
tm.flow(api, assistant, chat_message, entry_instructions)
tm.flow(assistant, api, assistant_reply)

tm.flow(assistant, llm, llm_prompt, entry_instructions, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(assistant, search_tool, search_call)
tm.flow(db, search_tool, profiles)
tm.flow(search_tool, assistant, walker_matches)

tm.flow(assistant, booking_tool, booking_call, entry_instructions)
tm.flow(booking_tool, db, booking, entry_instructions)
tm.flow(booking_tool, assistant, booking_result)

tm.flow(assistant, payment_tool, payment_call)
tm.flow(payment_tool, payments, payment_intent, protocol="https")
tm.flow(payments, payment_tool, payment_intent, protocol="https")
tm.flow(payment_tool, assistant, payment_intent)
tm.flow(owner, payments, card_details, protocol="https", label="provider payment sheet")
tm.flow(
    payments,
    api,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked with the SDK")},
)
tm.flow(api, db, payment_event, label="marks booking paid")

tm.flow(db, api, booking, entry_instructions, profiles)
tm.flow(api, walker, booking, entry_instructions, protocol="https")
tm.flow(walker, api, walker_update, protocol="https")
tm.flow(api, db, walker_update, id="walker-updates")

tm.flow(assistant, transcripts, transcript)
tm.flow(transcripts, console, transcript)
tm.flow(db, console, booking, entry_instructions, profiles)
tm.flow(console, support, transcript, booking, entry_instructions, protocol="https")
tm.flow(support, console, support_message, protocol="https", label="takes over the chat")
tm.flow(console, api, support_message, label="handover")
tm.flow(api, console, chat_message, entry_instructions, label="live chat while taken over")
