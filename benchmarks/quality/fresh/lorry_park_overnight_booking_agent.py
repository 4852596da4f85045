"""Lorry park overnight booking agent: the first design, before any security review.

A truck stop operator runs secure overnight HGV parks on a few UK and EU sites. Drivers
book a bay by web chat, WhatsApp or the booking line; Twilio carries calls and WhatsApp,
transcribes speech and posts each turn to our booking API. An LLM agent (a vendor's
hosted model) takes the booking, sends a payment link from our payment provider and
answers questions about bookings. It also handles payment disputes (double charges, a
no-show charged in error): it looks the payment up and refunds it; refunds above GBP 50
wait for the site manager's approval in the back-office console. At each gate an ANPR
camera reads the plate and an on-site gate service matches it to tonight's arrivals,
synced from the cloud booking database, and opens the barrier. Controls: TLS to the
cloud and partners, a rate limit on the booking API, signed payment webhooks, encryption
at rest on the booking database, MFA on the console and the refund approval.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Lorry park overnight booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat and phone booking agent for overnight HGV parking, with ANPR gate entry "
        "and refunds for payment disputes."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Driver chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Web chat or WhatsApp text: name, phone, plate, site and dates, disputes.",
)
call_audio = tg.Data("Booking line call audio", kind="media", sensitivity=tg.Sensitivity.PII)
call_turn = tg.Data(
    "Transcribed call turn",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="One caller utterance, transcribed by Twilio and posted to the booking API.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "Model completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Parking bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Driver name, phone, haulier, vehicle registration, site, nights, payment status.",
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_link_call = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered by the driver on the provider's hosted payment page only.",
)
payment_status = tg.Data(
    "Payment status webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_call = tg.Data("Refund tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
refund_result = tg.Data("Refund tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
payment_records = tg.Data(
    "Payment transactions", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_instruction = tg.Data(
    "Refund instruction", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pending_refund = tg.Data("Pending refund request", kind="records", sensitivity=tg.Sensitivity.PII)
refund_approval = tg.Data("Refund approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
plate_image = tg.Data("Plate snapshot", kind="media", sensitivity=tg.Sensitivity.PII)
plate_read = tg.Data("Plate read", kind="records", sensitivity=tg.Sensitivity.PII)
arrivals = tg.Data(
    "Expected arrivals list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tonight's paid bookings for the site: plate, driver name, bay.",
)
gate_events = tg.Data("Gate entry events", kind="logs", sensitivity=tg.Sensitivity.PII)
open_command = tg.Data("Barrier open command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers book from the cab, on their phones; anyone can open a chat or call.
    driver = tm.add(tg.Actor("HGV driver", role="customer"))

with tm.boundary("Twilio", trust=tg.Trust.PARTNER):
    # Carries the booking line and WhatsApp; transcribes calls and speaks the replies.
    twilio = tm.add(
        tg.ExternalService(
            "Twilio voice and messaging",
            description="Voice with speech-to-text and text-to-speech, and the WhatsApp channel.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, used through the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment page, holds the card data, executes refunds.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Hosted payment links, payment-status webhooks and a refunds API.",
        )
    )

with tm.boundary("Booking cloud", trust=tg.Trust.INTERNAL):
    # Single public entry point for web chat, Twilio turns and payment webhooks.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(
                    requests_per_minute=30, note="per phone number or chat session"
                )
            },
        )
    )
    # The LLM agent that talks to drivers and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Takes bookings, sends payment links, answers booking questions, handles disputes.",
        )
    )
    # Creates, amends and cancels bookings and looks them up for the driver.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Finds a booking by booking reference and vehicle registration.",
        )
    )
    # Asks the payment provider for a hosted payment link for a new booking.
    link_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"read", "network-egress"},
            description="Amount is computed from the site tariff and nights in the booking record.",
        )
    )
    # Looks up the driver's payments and refunds disputed charges.
    refund_tool = tm.add(
        tg.Tool(
            "Dispute refund tool",
            capabilities={"read", "money-movement"},
            controls={
                tg.controls.Authentication(method="booking reference and phone number"),
                tg.controls.HumanInTheLoop(
                    approver="the site manager, in the back-office console",
                    above="GBP 50 per refund",
                ),
            },
        )
    )
    # System of record for bookings, payment status and gate events.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, gate_events},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every chat and call transcript, kept for complaints and dispute handling.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Staff web app: bookings, transcripts, and the refund approval queue.
    console = tm.add(
        tg.Endpoint(
            "Back-office console",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )

with tm.boundary("Site network", trust=tg.Trust.INTERNAL):
    # Reads plates at the entry lane with the camera vendor's on-board ANPR.
    camera = tm.add(tg.Device("ANPR gate camera"))
    # Small on-site server: matches plate reads to expected arrivals, drives the barrier.
    gate_service = tm.add(
        tg.Service(
            "Gate access service",
            description="Opens the barrier when a plate read matches a paid booking for tonight.",
        )
    )
    # The entry barrier itself, opened by a relay.
    barrier = tm.add(tg.Device("Entry barrier"))

with tm.boundary("Operator offices", trust=tg.Trust.INTERNAL):
    # Approves larger refunds and handles escalated disputes.
    manager = tm.add(tg.Actor("Site manager", role="site manager"))

# ---------------------------------------------------------------- flows
# Web chat, and the booking line / WhatsApp through Twilio.
tm.flow(driver, booking_api, chat_message, protocol="https", label="web chat")
tm.flow(booking_api, driver, agent_reply, protocol="https", label="web chat")
tm.flow(driver, twilio, call_audio, protocol="pstn", label="booking line")
tm.flow(driver, twilio, chat_message, protocol="https", label="WhatsApp")
tm.flow(twilio, driver, agent_reply, protocol="pstn", label="spoken or WhatsApp reply")
tm.flow(twilio, booking_api, call_turn, chat_message, protocol="https", label="Twilio webhook")
tm.flow(booking_api, twilio, agent_reply, protocol="https")

# The agent loop.
tm.flow(booking_api, agent, chat_message, call_turn)
tm.flow(agent, booking_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)

tm.flow(agent, link_tool, payment_link_call)
tm.flow(link_tool, agent, payment_link)
tm.flow(booking_db, link_tool, bookings, label="booking and site tariff")
tm.flow(link_tool, psp, payment_link_call, protocol="https")
tm.flow(psp, link_tool, payment_link, protocol="https")

# Payment on the provider's page, and the status webhook back.
tm.flow(driver, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(
    psp,
    booking_api,
    payment_status,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider's webhook signature checked by its SDK")},
)
tm.flow(booking_api, booking_db, payment_status, label="marks booking paid")

# Disputes and refunds.
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, agent, refund_result)
tm.flow(booking_db, refund_tool, bookings)
tm.flow(psp, refund_tool, payment_records, protocol="https")
tm.flow(refund_tool, psp, refund_instruction, protocol="https")
tm.flow(refund_tool, console, pending_refund, label="refunds above GBP 50")
tm.flow(console, refund_tool, refund_approval)

# Back office.
tm.flow(manager, console, refund_approval, protocol="https")
tm.flow(console, manager, pending_refund, bookings, transcripts, protocol="https")
tm.flow(booking_db, console, bookings)
tm.flow(transcript_store, console, transcripts)

# Gate entry.
tm.flow(camera, gate_service, plate_read, plate_image, protocol="http", label="site LAN")
tm.flow(booking_db, gate_service, arrivals, protocol="https", label="sync every 5 minutes")
tm.flow(gate_service, booking_db, gate_events, protocol="https")
tm.flow(gate_service, barrier, open_command, label="relay contact")
