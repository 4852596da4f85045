"""Restaurant reservation phone voice agent: the first design, before any security review.

Guests ring any restaurant in the group and talk to a voice agent that books tables,
changes or cancels bookings and answers questions about opening hours and menus. The
telephony platform carries the call, turns speech into text and back, and streams the
text over a websocket to our voice gateway in the group's cloud account. The agent asks
a hosted LLM what to do next and acts through tools on the group's SaaS reservation
platform. Changes and cancellations find the booking by the caller ID and the name on it.
Parties of eight or more pay a deposit: the agent works out the amount from the deposit
policy, and the caller keys the card digits into the telephony platform's PCI card
capture, which passes them straight to the payment provider; the agent only sees the
result. Confirmations go out by SMS. Calls the agent cannot handle are transferred to
the restaurant. Tool calls are logged, transcripts are kept encrypted, API keys live in
the cloud secret manager and each turn is capped in steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Restaurant reservation phone voice agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Phone voice agent taking table bookings, changes, cancellations and "
    "card deposits for large parties for a UK restaurant group.",
)

# ---------------------------------------------------------------- data assets
caller_speech = tg.Data("Caller speech", sensitivity="pii", kind="media")
spoken_reply = tg.Data("Spoken reply", sensitivity="pii", kind="media")
utterance = tg.Data("Caller utterance transcript", sensitivity="pii", kind="prompt")
reply_text = tg.Data("Agent reply text", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data(
    "LLM prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, restaurant information, the conversation so far and tool results.",
)
completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
restaurant_info = tg.Data(
    "Restaurant information and booking policies",
    sensitivity="internal",
    kind="documents",
    description="Opening hours, menus, table limits and the large-party deposit policy.",
)
booking_call = tg.Data("Booking tool call", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity="pii", kind="tool-result")
reservations = tg.Data(
    "Reservation records",
    sensitivity="pii",
    kind="records",
    description="Guest name, phone number, party size, time and special requests such as allergies.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
deposit_call = tg.Data(
    "Deposit tool call",
    sensitivity="confidential",
    kind="tool-call",
    description="Booking reference and the deposit amount the agent worked out.",
)
deposit_result = tg.Data("Deposit tool result", sensitivity="confidential", kind="tool-result")
payment_session = tg.Data("Payment session request", sensitivity="confidential", kind="records")
capture_start = tg.Data("Card capture start request", sensitivity="internal", kind="records")
card_details = tg.Data(
    "Card details",
    sensitivity="regulated",
    kind="records",
    description="Card number, expiry and security code keyed in as DTMF tones.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data("Deposit payment result", sensitivity="confidential", kind="records")
sms_call = tg.Data("Confirmation SMS request", sensitivity="pii", kind="tool-call")
sms = tg.Data("Booking confirmation SMS", sensitivity="pii", kind="documents")
transcripts = tg.Data("Call transcripts", sensitivity="pii", kind="logs")
transfer = tg.Data("Call transfer request", sensitivity="pii", kind="records")
transferred_call = tg.Data("Transferred call", sensitivity="pii", kind="media")
staff_bookings = tg.Data("Bookings managed by staff", sensitivity="pii", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust="untrusted"):
    # Anyone with the phone number: guests, and anyone pretending to be one.
    caller = tm.add(tg.Actor("Caller", role="guest"))

with tm.boundary("Telephony platform", trust="partner"):
    # Carries the calls, does speech-to-text and text-to-speech, sends SMS and runs
    # the PCI card capture that keeps card digits away from the agent.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony platform",
            description="CPaaS provider: phone numbers, speech recognition and synthesis, "
            "SMS and DTMF card capture.",
            controls={
                c.DataMinimization(
                    note="transcription pauses during card capture; the agent never gets the digits"
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust="partner"):
    # Decides what the agent says and which tool it calls next.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Reservation platform vendor", trust="partner"):
    # The group's existing SaaS table-management system, the record of all bookings.
    reservation_platform = tm.add(
        tg.ExternalService(
            "Reservation platform",
            description="Table availability and bookings for every restaurant in the group.",
        )
    )

with tm.boundary("Payment provider", trust="partner"):
    # Takes the deposits; the group holds no card data.
    payments = tm.add(tg.ExternalService("Payment provider", description="Card deposits."))

with tm.boundary("Restaurant group cloud", trust="internal"):
    # Terminates the telephony websocket and hands each utterance to the agent.
    gateway = tm.add(tg.Service("Voice gateway"))
    # The booking conversation itself: books, changes, cancels and takes deposits on its own.
    agent = tm.add(
        tg.Agent(
            "Reservation voice agent",
            autonomy="autonomous",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="every tool call with its arguments"),
            },
        )
    )
    # Per-restaurant facts and policies loaded into the agent's prompt.
    info_store = tm.add(tg.DataStore("Restaurant information store", stores={restaurant_info}))
    # Searches availability and creates, changes and cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                c.Authentication(method="caller ID phone number and name on the booking"),
                c.LeastPrivilegeTools(note="API key scoped to the bookings API"),
            },
        )
    )
    # Starts a deposit payment for a large-party booking.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit tool",
            capabilities={"money-movement", "network-egress"},
            description="Creates a payment for the amount the agent passes and starts card capture.",
            controls={c.SecretsManagement(note="payment API key in the cloud secret manager")},
        )
    )
    # Texts the booking confirmation to the caller's number.
    sms_tool = tm.add(tg.Tool("Confirmation SMS tool", capabilities={"send-messages"}))
    # Call transcripts, kept for complaints and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Restaurants", trust="internal"):
    # Front-of-house staff take transferred calls and manage bookings directly.
    staff = tm.add(tg.Actor("Restaurant staff", role="front of house"))
    # Maintains opening hours, menus and the deposit policy.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(caller, telephony, caller_speech, card_details, protocol="pstn")
tm.flow(telephony, caller, spoken_reply, protocol="pstn")
tm.flow(telephony, caller, sms, protocol="sms")
tm.flow(telephony, gateway, utterance, protocol="wss", controls={tls})
tm.flow(gateway, telephony, reply_text, transfer, protocol="wss", controls={tls})
tm.flow(telephony, staff, transferred_call, protocol="pstn")

tm.flow(gateway, agent, utterance)
tm.flow(agent, gateway, reply_text, transfer)
tm.flow(info_store, agent, restaurant_info)
tm.flow(ops_manager, info_store, restaurant_info, protocol="https", label="edits policies")
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, reservation_platform, booking_call, protocol="https", controls={tls})
tm.flow(reservation_platform, booking_tool, reservations, protocol="https", controls={tls})
tm.flow(staff, reservation_platform, staff_bookings, protocol="https")
tm.flow(reservation_platform, staff, reservations, protocol="https")

tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, agent, deposit_result)
tm.flow(deposit_tool, payments, payment_session, protocol="https", controls={tls})
tm.flow(deposit_tool, telephony, capture_start, protocol="https", controls={tls})
tm.flow(telephony, payments, card_details, protocol="https", controls={tls})
tm.flow(payments, deposit_tool, payment_result, protocol="https", label="payment webhook")

tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, telephony, sms, protocol="https", controls={tls})
