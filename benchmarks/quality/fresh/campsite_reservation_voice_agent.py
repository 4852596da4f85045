"""Campsite reservation voice agent: the first design, before any security review.

Our chain of campsites (UK and EU sites) replaces the booking phone line with a
voice agent. A cloud telephony provider answers the call, turns speech into text
and back, and streams the conversation to our LLM agent, which uses a hosted LLM.
The agent checks availability and books pitches through the reservation service,
asks the payment provider to take a deposit (the caller keys the card number on
the phone keypad, captured by the provider's pay-by-phone feature) and texts
arriving guests the entrance barrier code by SMS. The barrier code service
rotates codes daily and pushes them to the barrier controllers at each site.
Site wardens use a web app to handle exceptions and late arrivals, and the agent
can transfer a call to the warden on duty. Controls in this design: TLS on every
internet hop, a step limit on the agent, the payment key in a secret manager,
provider-managed encryption of the reservation database and e-mail/password
sign-in for wardens.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Campsite reservation voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Phone voice agent that books pitches, takes deposits and texts barrier codes.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Call audio", sensitivity=tg.Sensitivity.PII, kind="media")
caller_text = tg.Data(
    "Caller utterances",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Speech-to-text of what the caller says, streamed turn by turn.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt with site rules and prices, the conversation and tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
tool_call = tg.Data("Tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
booking = tg.Data(
    "Booking record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Guest name, phone number, vehicle registration, dates, pitch, deposit status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
deposit_request = tg.Data(
    "Deposit request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Card number, expiry and CVV keyed as DTMF tones.",
)
payment_event = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
barrier_code = tg.Data(
    "Barrier code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="credentials",
    description="The day's keypad code that opens a site's entrance barrier.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
barrier_command = tg.Data(
    "Barrier command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="New code for the day, or a one-off open issued by a warden.",
)
sms_message = tg.Data("Arrival SMS", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Anyone who dials the booking number: guests, and anyone pretending to be one.
    caller = tm.add(tg.Actor("Caller", role="guest"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Answers the number, does speech-to-text / text-to-speech, sends SMS, and
    # hosts the pay-by-phone DTMF capture for the payment provider.
    telephony = tm.add(tg.ExternalService("Cloud telephony platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the deposit; card numbers never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Booking cloud", trust=tg.Trust.INTERNAL):
    # Runs the conversation: decides what to say and which tool to call.
    agent = tm.add(
        tg.Agent(
            "Voice booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=40, note="tool calls per phone call")},
        )
    )
    # Lets the agent search availability and create, change or cancel bookings.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Lets the agent start a deposit charge for a booking at the payment provider.
    payment_tool = tm.add(
        tg.Tool(
            "Deposit tool",
            capabilities={"money-movement"},
            controls={c.SecretsManagement(note="provider API key in the cloud secret manager")},
        )
    )
    # Lets the agent text a guest the barrier code and site directions.
    sms_tool = tm.add(tg.Tool("Arrival SMS tool", capabilities={"read", "send-messages"}))
    # System of record for pitches and bookings; also receives payment webhooks.
    reservations = tm.add(tg.Service("Reservation service"))
    # Holds bookings for all sites.
    reservation_db = tm.add(
        tg.DataStore(
            "Reservation database",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Keeps the transcript of every call for wardens and for disputes.
    transcript_store = tm.add(tg.DataStore("Call transcript store", stores={transcripts}))
    # Generates each site's daily code and pushes it to the barriers.
    barrier_service = tm.add(tg.Service("Barrier code service"))
    # Web app the wardens use for exceptions, late arrivals and barrier overrides.
    warden_app = tm.add(
        tg.Endpoint(
            "Warden web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Campsites", trust=tg.Trust.INTERNAL):
    # Staff on site who deal with what the agent cannot and with late arrivals.
    warden = tm.add(tg.Actor("Site warden", role="warden"))
    # Keypad barrier controller at each site entrance, on a cellular modem.
    barrier = tm.add(tg.Device("Entrance barrier controller", fleet=True))

# ---------------------------------------------------------------- flows
# the call
tm.flow(caller, telephony, call_audio, protocol="pstn")
tm.flow(telephony, caller, call_audio, protocol="pstn")
tm.flow(telephony, agent, caller_text, protocol="wss", label="call media stream")
tm.flow(agent, telephony, agent_reply, protocol="wss")
tm.flow(agent, telephony, tool_call, protocol="https", label="transfer call to warden")
tm.flow(telephony, warden, call_audio, protocol="pstn", label="transferred call")

# the agent's reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# bookings
tm.flow(agent, booking_tool, tool_call)
tm.flow(booking_tool, agent, tool_result)
tm.flow(booking_tool, reservations, booking)
tm.flow(reservations, booking_tool, booking)
tm.flow(reservations, reservation_db, booking)
tm.flow(reservation_db, reservations, booking)

# deposits
tm.flow(agent, payment_tool, tool_call)
tm.flow(payment_tool, agent, tool_result)
tm.flow(payment_tool, payments, deposit_request, protocol="https")
tm.flow(payments, payment_tool, payment_event, protocol="https")
tm.flow(caller, telephony, card_details, protocol="pstn", label="DTMF card entry")
tm.flow(telephony, payments, card_details, protocol="https", label="pay-by-phone capture")
tm.flow(payments, reservations, payment_event, protocol="https", label="payment webhook")

# barrier codes
tm.flow(agent, sms_tool, tool_call)
tm.flow(sms_tool, agent, tool_result)
tm.flow(sms_tool, reservations, booking, label="look up guest phone number")
tm.flow(reservations, sms_tool, booking)
tm.flow(sms_tool, barrier_service, booking, label="code lookup for site and date")
tm.flow(barrier_service, sms_tool, barrier_code)
tm.flow(sms_tool, telephony, sms_message, barrier_code, protocol="https", label="send SMS")
tm.flow(telephony, caller, sms_message, barrier_code, protocol="sms")
tm.flow(barrier_service, barrier, barrier_command, barrier_code, protocol="https")

# wardens
tm.flow(warden, warden_app, booking, barrier_command, protocol="https")
tm.flow(warden_app, warden, booking, barrier_code, transcripts, protocol="https")
tm.flow(warden_app, reservations, booking)
tm.flow(reservations, warden_app, booking)
tm.flow(transcript_store, warden_app, transcripts)
tm.flow(warden_app, barrier_service, barrier_command, label="one-off open or new code")
tm.flow(barrier_service, warden_app, barrier_code)
