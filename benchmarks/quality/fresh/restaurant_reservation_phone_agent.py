"""Restaurant reservation phone agent: the first design, before any security review.

Guests phone any restaurant in the group and a voice agent answers instead of the
host stand. A cloud telephony provider takes the call and streams the audio to our
voice gateway; a hosted speech-to-text API transcribes it and a hosted LLM drives the
conversation, speaking back through the provider's text-to-speech. The agent books,
changes and cancels tables in the reservations SaaS the group already uses, writes the
guest's allergy notes on the booking, and for parties of eight or more creates a deposit
payment link with our payment provider and sends it by SMS through the telephony
provider; card details are entered only on the provider's hosted page. Hosts see the
bookings, allergies included, on the floor tablet. Each venue's hours, menus and
policies live in a config store edited by the operations team. Call transcripts are
kept 30 days for quality review. The group operates in the UK and EU, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Restaurant reservation phone agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Voice agent that answers restaurant calls, manages bookings and takes deposits.",
)

# ---------------------------------------------------------------- data assets
audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.PII)
caller_id = tg.Data("Caller phone number", kind="records", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Live transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply text", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Conversation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, venue info, the conversation so far and tool results.",
)
llm_output = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next utterance and any tool call.",
)
venue_info = tg.Data(
    "Agent instructions and venue info",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, opening hours, menus, deposit and cancellation policies.",
)
booking_call = tg.Data("Booking operation", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest name, phone number, party size, date and time, venue.",
)
allergies = tg.Data(
    "Allergy notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Dietary and allergy information the guest gives on the phone (health data).",
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
deposit_call = tg.Data("Deposit request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pay_link = tg.Data("Payment link", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
deposit_result = tg.Data(
    "Deposit link result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
sms = tg.Data("Deposit SMS", kind="documents", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card payment", kind="records", sensitivity=tg.Sensitivity.REGULATED)
deposit_status = tg.Data("Deposit status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
call_log = tg.Data("Call transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
seating = tg.Data("Seating updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
api_key = tg.Data("Reservations API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Anyone with the restaurant's number: guests, prank callers, competitors.
    caller = tm.add(tg.Actor("Caller", role="guest"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Owns the phone numbers, streams call audio to us, speaks our replies, sends SMS.
    telephony = tm.add(tg.ExternalService("Cloud telephony provider"))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Hosted streaming speech recognition.
    stt = tm.add(tg.ExternalService("Speech-to-text API", provides=tg.ExternalCategory.MODEL_API))
    # Hosted chat model that runs the conversation and picks tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The group's existing table-management system: the source of truth for bookings.
    reservations = tm.add(tg.ExternalService("Reservations SaaS"))
    # Hosted payment links and checkout page; card data stays with the provider.
    payment_provider = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Terminates the telephony media stream and relays audio and replies.
    gateway = tm.add(tg.Service("Voice gateway", internet_facing=True))
    # Runs each call: turns the transcript into a conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Reservation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40, note="call is ended after 40 turns")},
        )
    )
    # Looks up availability and creates, changes and cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={c.SecretsManagement(note="reservations API key in the cloud secret store")},
        )
    )
    # Creates a deposit payment link and texts it to the caller.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit link tool",
            capabilities={"write", "send-messages"},
            controls={
                c.SecretsManagement(note="payment and SMS API keys in the cloud secret store")
            },
        )
    )
    # Per-venue instructions, hours, menus and policies read at the start of each call.
    config_store = tm.add(
        tg.DataStore("Venue config store", stores={venue_info}, controls={c.RBAC()})
    )
    # Transcripts kept for quality review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={call_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Restaurant floor", trust=tg.Trust.INTERNAL):
    # Tablet at each host stand running the reservations SaaS app.
    tablet = tm.add(tg.Device("Floor tablet", controls={c.Authentication(method="staff PIN")}))
    # Seats guests and checks allergy notes before service.
    host = tm.add(tg.Actor("Host", role="front-of-house staff"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Maintains the agent's instructions and each venue's information.
    ops = tm.add(tg.Actor("Operations manager", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(caller, telephony, audio, caller_id, label="phone call")
tm.flow(telephony, caller, audio, label="spoken reply")
tm.flow(telephony, gateway, audio, caller_id, protocol="wss", label="media stream")
tm.flow(gateway, telephony, reply, protocol="wss", label="text to speak")

tm.flow(gateway, stt, audio, protocol="wss")
tm.flow(stt, gateway, transcript, protocol="wss")
tm.flow(gateway, agent, transcript, caller_id)
tm.flow(agent, gateway, reply)

tm.flow(config_store, agent, venue_info)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, transcript_store, call_log)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, reservations, booking, allergies, api_key, protocol="https")
tm.flow(reservations, booking_tool, booking, protocol="https", label="availability and bookings")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, payment_provider, deposit_call, protocol="https", label="create link")
tm.flow(payment_provider, deposit_tool, pay_link, protocol="https")
tm.flow(deposit_tool, telephony, sms, protocol="https", label="send SMS")
tm.flow(telephony, caller, sms, id="telephony->caller:sms", label="SMS")
tm.flow(deposit_tool, agent, deposit_result)
tm.flow(caller, payment_provider, card, protocol="https", label="pays on hosted page")
tm.flow(payment_provider, reservations, deposit_status, protocol="https", label="webhook")

tm.flow(reservations, tablet, booking, allergies, protocol="https")
tm.flow(tablet, reservations, seating, protocol="https")
tm.flow(tablet, host, booking, allergies)
tm.flow(host, tablet, seating)

tm.flow(ops, config_store, venue_info, protocol="https", label="edits via admin console")
