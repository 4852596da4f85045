"""Water-taxi booking and dispatch agent: the first design, before any security review.

A city water-taxi operator lets passengers book rides by chatting, either on
WhatsApp (through the WhatsApp Business Platform, which posts each message to our
chat gateway) or in a web chat widget on our site. An LLM booking agent running in
our cloud account quotes the fare from the operator's fare table, creates a card
deposit payment link with our payment provider and, once the deposit is paid,
dispatches a boat to a skipper's tablet app. Skippers report passenger counts and
incidents from the tablet, and every trip is notified to the harbour control
authority through its API. The model is a vendor-hosted LLM.
Controls in this design: TLS on every link, rate limiting on the chat gateway,
tablet sign-in with a device certificate plus the skipper's PIN, a step limit on
the agent, a per-booking cap on deposit links, encryption of the booking database,
and the harbour API key kept in the secrets manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water-taxi booking and dispatch agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat booking agent that quotes fares, takes card deposits and dispatches boats.",
)

# ---------------------------------------------------------------- data assets
passenger_message = tg.Data(
    "Passenger chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Pick-up and drop-off pier, time, party size, name and phone number.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Booking agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
agent_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
fare_request = tg.Data("Fare quote request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
fare_quote = tg.Data("Fare quote", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
fare_table = tg.Data(
    "Fare table",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
deposit_request = tg.Data(
    "Deposit link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, deposit amount and the passenger's phone number.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Deposit payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dispatch_request = tg.Data("Dispatch request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
dispatch_result = tg.Data(
    "Dispatch result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
dispatch_job = tg.Data(
    "Dispatch job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Boat, piers, pick-up time, lead passenger name and phone number.",
)
trip_report = tg.Data(
    "Trip report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger count, trip start and end, and free-text incident notes.",
)
harbour_notice = tg.Data(
    "Harbour trip notice",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boat, skipper licence number, route, times and passenger count.",
)
harbour_ack = tg.Data(
    "Harbour acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with WhatsApp or a browser can book a ride.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("Boats on the water", trust=tg.Trust.UNTRUSTED):
    # Skippers (some of them freelance) work from the boat, on mobile data.
    skipper = tm.add(tg.Actor("Skipper", role="skipper"))
    # Company-issued tablet on each boat: receives jobs, sends trip reports.
    tablet = tm.add(
        tg.Device(
            "Skipper tablet app",
            fleet=True,
            description="Android tablet mounted at the helm, one per boat.",
        )
    )

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # Relays WhatsApp messages to our webhook and sends our replies.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that drives the booking agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment page; card numbers never reach our systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Harbour authority", trust=tg.Trust.PARTNER):
    # The harbour master's trip register, which must know every trip.
    harbour = tm.add(tg.ExternalService("Harbour control API"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives WhatsApp webhooks, web chat messages and payment webhooks.
    gateway = tm.add(
        tg.Endpoint(
            "Chat gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per phone number or web session"),
                c.Authentication(method="WhatsApp sender number matched to the booking"),
            },
        )
    )
    # The LLM agent that holds the conversation and calls the booking tools.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Looks up the fare for a route, time and party size.
    fare_tool = tm.add(tg.Tool("Fare quote tool", capabilities={"read"}))
    # Creates a deposit payment link with the payment provider.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"write", "network-egress"},
            controls={c.TransactionLimits(limit="EUR 150 per booking")},
        )
    )
    # Confirms the booking and sends the job to a boat.
    dispatch_tool = tm.add(tg.Tool("Dispatch tool", capabilities={"write"}))
    # Backend the skipper tablets talk to.
    fleet_api = tm.add(
        tg.Endpoint(
            "Fleet API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-tablet device certificate and skipper PIN"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Sends each trip to the harbour authority when it starts.
    notifier = tm.add(
        tg.Service(
            "Harbour notification service",
            controls={c.SecretsManagement(note="harbour API key in the cloud secrets manager")},
        )
    )
    # The operator's reference fares, edited by the office.
    fare_store = tm.add(tg.DataStore("Fare table store", stores={fare_table}))
    # Bookings, deposits, dispatches and trip reports.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, trip_report, payment_confirmation},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# chat in and out
tm.flow(passenger, whatsapp, passenger_message, protocol="https", label="WhatsApp message")
tm.flow(
    whatsapp, gateway, passenger_message, protocol="https", label="message webhook", controls={tls}
)
tm.flow(gateway, whatsapp, agent_reply, protocol="https", controls={tls})
tm.flow(whatsapp, passenger, agent_reply, protocol="https")
tm.flow(passenger, gateway, passenger_message, protocol="https", label="web chat")
tm.flow(gateway, passenger, agent_reply, protocol="https", label="web chat")

# the agent and its model
tm.flow(gateway, agent, passenger_message)
tm.flow(agent, gateway, agent_reply)
tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, agent_completion, protocol="https", controls={tls})

# fares
tm.flow(agent, fare_tool, fare_request)
tm.flow(fare_store, fare_tool, fare_table)
tm.flow(fare_tool, agent, fare_quote)

# deposit
tm.flow(agent, deposit_tool, deposit_request)
tm.flow(deposit_tool, payments, deposit_request, protocol="https", controls={tls})
tm.flow(payments, deposit_tool, payment_link, protocol="https", controls={tls})
tm.flow(deposit_tool, agent, payment_link)
tm.flow(passenger, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, gateway, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(gateway, booking_db, payment_confirmation)
tm.flow(booking_db, agent, payment_confirmation, label="deposit status")

# dispatch
tm.flow(agent, dispatch_tool, dispatch_request)
tm.flow(dispatch_tool, booking_db, booking)
tm.flow(dispatch_tool, fleet_api, dispatch_job)
tm.flow(dispatch_tool, agent, dispatch_result)
tm.flow(fleet_api, tablet, dispatch_job, protocol="https", controls={tls})
tm.flow(tablet, skipper, dispatch_job, label="shown on the tablet")
tm.flow(skipper, tablet, trip_report, label="entered on the tablet")
tm.flow(tablet, fleet_api, trip_report, protocol="https", controls={tls})
tm.flow(fleet_api, booking_db, trip_report)

# harbour control
tm.flow(booking_db, notifier, booking, trip_report)
tm.flow(notifier, harbour, harbour_notice, protocol="https", controls={tls})
tm.flow(harbour, notifier, harbour_ack, protocol="https", controls={tls})
tm.flow(notifier, booking_db, harbour_ack)
