"""Escape room phone bookings: a voice AI agent, first design before security review.

An escape room business in Dublin answers its booking line with a voice agent.
Callers ring the usual number; a hosted telephony platform turns speech into
text and back, and posts each turn to our agent in a small cloud account. The
agent, driven by a hosted LLM, checks room availability in the SaaS booking
platform, places a provisional hold, and sends the caller an SMS with a deposit
payment link (the link and its amount are created by the booking platform from
the room's price; the card is paid on the payment provider's page). It answers
questions on accessibility, age limits and group sizes from a room policy file.
Game hosts run the rooms and handle group changes and cancellations in the
booking platform's back office. Controls in this design: the telephony webhook
is signed, API keys sit in the cloud secret manager, the booking key is scoped
to holds, calls are capped in length, and transcripts are encrypted at rest.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Escape room booking voice agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Phone bookings, deposits and room questions handled by a voice AI agent.",
)

# ---------------------------------------------------------------- data assets
caller_voice = tg.Data(
    "Caller voice",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The caller's speech on the booking line.",
)
caller_turn = tg.Data(
    "Caller utterance transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Speech-to-text of each caller turn, with the caller's phone number.",
)
agent_reply = tg.Data("Agent spoken reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
reply_audio = tg.Data("Synthesised reply audio", sensitivity=tg.Sensitivity.PII, kind="media")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, room policies, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
room_policies = tg.Data(
    "Room policies and FAQ",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Accessibility, age limits, group sizes, arrival times, prices.",
)
availability_query = tg.Data(
    "Availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
availability = tg.Data(
    "Room availability slots", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
hold_request = tg.Data(
    "Provisional booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Room, slot, group size, lead booker's name and mobile number.",
)
bookings = tg.Data(
    "Bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lead booker, contact details, group size, room, slot, deposit status, notes.",
)
hold_result = tg.Data("Booking hold result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
link_request = tg.Data("Deposit link request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
payment_link = tg.Data(
    "Deposit payment link",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Payment page URL for the booking's deposit, sent by SMS.",
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_confirmation = tg.Data(
    "Deposit payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
transcripts = tg.Data("Call transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
staff_login = tg.Data(
    "Staff sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone network and internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the booking line; the caller ID is the only identity we get.
    caller = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Telephony vendor", trust=tg.Trust.PARTNER):
    # Hosted voice platform: owns the phone number, does speech-to-text,
    # text-to-speech and sends SMS through its messaging API.
    voice_platform = tm.add(
        tg.ExternalService(
            "Telephony and speech platform",
            description="Programmable voice with streaming STT/TTS and an SMS API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; it plans the agent's tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # The SaaS booking system the business already runs: the record of every booking.
    booking_platform = tm.add(
        tg.DataStore(
            "Booking platform",
            stores={bookings},
            description="SaaS escape-room booking system with a back office and a REST API.",
            controls={tg.controls.EncryptionAtRest(key_management="vendor-managed")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the deposit payment page, so card details never reach us.
    payment_provider = tm.add(
        tg.ExternalService("Payment provider", description="Hosted payment pages for deposits.")
    )

with tm.boundary("Agent cloud account", trust=tg.Trust.INTERNAL):
    # The conversation loop: receives caller turns, calls the LLM and the tools.
    agent = tm.add(
        tg.Agent(
            "Booking voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions, places holds and sends deposit links without staff approval.",
            controls={
                tg.controls.CircuitBreaker(
                    max_steps=40, note="calls end after 15 minutes or 40 turns"
                ),
                tg.controls.SecretsManagement(
                    note="LLM, telephony and booking API keys in the cloud secret manager"
                ),
            },
        )
    )
    # Read-only lookup of free slots in the booking platform.
    availability_tool = tm.add(
        tg.Tool("Availability lookup", capabilities={"read"}, origin="first-party")
    )
    # Places a provisional hold that lapses if no deposit is paid within 24 hours.
    hold_tool = tm.add(
        tg.Tool(
            "Provisional booking tool",
            capabilities={"write"},
            origin="first-party",
            controls={
                tg.controls.LeastPrivilegeTools(note="API key scoped to creating holds only")
            },
        )
    )
    # Asks the booking platform for the hold's deposit link and texts it to the caller.
    link_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "send-messages"},
            origin="first-party",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="deposit amount set by the booking platform from the room price, not by the agent"
                )
            },
        )
    )
    # The policy text the agent answers accessibility and age questions from.
    policy_store = tm.add(tg.DataStore("Room policy guidance", stores={room_policies}))
    # Transcripts kept so staff can check what the agent told a caller.
    transcript_store = tm.add(
        tg.DataStore(
            "Call transcript store",
            stores={transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Venue", trust=tg.Trust.INTERNAL):
    # Game hosts run the rooms and change or cancel bookings in the back office.
    staff = tm.add(tg.Actor("Game host", role="venue staff"))

# ---------------------------------------------------------------- flows
# The call
tm.flow(caller, voice_platform, caller_voice, protocol="pstn")
tm.flow(voice_platform, caller, reply_audio, protocol="pstn")
tm.flow(
    voice_platform,
    agent,
    caller_turn,
    protocol="https",
    controls={tg.controls.MessageIntegrity(note="webhook signature checked")},
)
tm.flow(agent, voice_platform, agent_reply, protocol="https")

# Reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(policy_store, agent, room_policies)
tm.flow(agent, transcript_store, transcripts)

# Tools
tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, booking_platform, availability_query, protocol="https")
tm.flow(booking_platform, availability_tool, availability, protocol="https")
tm.flow(availability_tool, agent, availability)

tm.flow(agent, hold_tool, hold_request)
tm.flow(hold_tool, booking_platform, hold_request, protocol="https")
tm.flow(booking_platform, hold_tool, hold_result, protocol="https")
tm.flow(hold_tool, agent, hold_result)

tm.flow(agent, link_tool, link_request)
tm.flow(link_tool, booking_platform, link_request, protocol="https")
tm.flow(booking_platform, link_tool, payment_link, protocol="https")
tm.flow(link_tool, voice_platform, payment_link, protocol="https", label="send SMS")
tm.flow(voice_platform, caller, payment_link, protocol="sms")
tm.flow(link_tool, agent, payment_link, label="link sent")

# Deposit payment
tm.flow(caller, payment_provider, card_details, protocol="https")
tm.flow(
    payment_provider,
    booking_platform,
    payment_confirmation,
    protocol="https",
    controls={tg.controls.MessageIntegrity(note="signed payment webhook")},
)

# Staff
tm.flow(
    staff,
    booking_platform,
    staff_login,
    bookings,
    protocol="https",
    label="group changes",
    controls={tg.controls.Authentication(method="e-mail and password")},
)
tm.flow(booking_platform, staff, bookings, protocol="https", label="day sheet")
tm.flow(transcript_store, staff, transcripts, label="call review")
