"""Ferry vehicle booking agent: the first design, before any security review.

A European ferry operator takes vehicle bookings by web chat and by phone; a
telephony provider's voice bot turns calls into text and back. Both reach our
booking API and an LLM agent backed by a vendor-hosted model. The agent checks
vehicle length, height and weight against deck space in the reservation system,
quotes fares from the tariff engine and sends the driver to a card provider's
hosted payment page; the provider's webhook confirms the booking and an e-ticket
is e-mailed. Signed-in freight customers book on credit within their limit.
At the port, booth staff see the day's bookings and a lane plate camera matches
arriving vehicles to them. Controls: API rate limits and freight sign-in, an
agent step cap and log, credit limits, TLS to outside parties, staff SSO and
role-based access at the booths, and an encrypted reservation database.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Ferry terminal vehicle booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat and voice LLM agent that books vehicle crossings, takes card "
    "payment through a hosted page, books freight on credit, and feeds port check-in.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, sailing wanted, vehicle registration and dimensions, typed in chat.",
)
call_audio = tg.Data("Call audio", kind="media", sensitivity=tg.Sensitivity.PII)
call_transcript = tg.Data("Call transcript", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
freight_login = tg.Data(
    "Freight account login", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and the tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Deck availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
fare_quote = tg.Data("Fare quote", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
payment_status = tg.Data(
    "Payment link and status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
bookings = tg.Data(
    "Vehicle bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Lead driver, contact details, registration, vehicle dimensions, sailing.",
)
deck_plan = tg.Data(
    "Deck space by sailing",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
freight_accounts = tg.Data(
    "Freight accounts and credit limits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_session = tg.Data(
    "Payment session request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment result notification", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
e_ticket = tg.Data("E-ticket", kind="documents", sensitivity=tg.Sensitivity.PII)
plate_images = tg.Data("Lane plate images", kind="media", sensitivity=tg.Sensitivity.PII)
plate_reads = tg.Data("Plate reads", kind="model-output", sensitivity=tg.Sensitivity.PII)
checkin_status = tg.Data("Check-in status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Car, van and motorhome drivers booking a crossing; anyone can open a chat or call.
    passenger = tm.add(tg.Actor("Passenger driver", role="customer"))
    # Hauliers with a credit account; their dispatchers book trailers and lorries.
    freight_customer = tm.add(tg.Actor("Freight customer", role="freight account holder"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Answers the booking phone line, transcribes callers and speaks the agent's replies.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony and voice bot provider",
            description="Hosted contact-centre platform with speech-to-text and text-to-speech.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the card page so card numbers never touch our systems.
    payment_provider = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment page; notifies us of the result by webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # Single entry for web chat, the voice bot's text stream and payment webhooks.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="freight accounts: e-mail and password; passengers anonymous"
                ),
            },
        )
    )
    # Runs the booking conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=90, note="conversation and tool-call log"),
            },
        )
    )
    # Checks deck space for the vehicle's dimensions, holds and confirms bookings.
    reservation_tool = tm.add(
        tg.Tool(
            "Reservation tool",
            capabilities={"read", "write"},
            controls={c.InputValidation(note="vehicle dimensions and sailing ids checked")},
        )
    )
    # Prices a crossing from the published tariff and the vehicle class.
    tariff_engine = tm.add(tg.Tool("Tariff engine", capabilities={"read"}))
    # Opens hosted payment sessions, charges freight accounts and sends e-tickets.
    payment_tool = tm.add(
        tg.Tool(
            "Payment and ticketing tool",
            capabilities={"write", "send-messages"},
            controls={
                c.TransactionLimits(
                    limit="each freight account's agreed credit limit per invoicing month"
                )
            },
        )
    )

    with tm.boundary("Reservation data tier", trust=tg.Trust.RESTRICTED):
        # System of record for sailings, deck space, bookings and freight accounts.
        reservation_db = tm.add(
            tg.DataStore(
                "Reservation system",
                stores={bookings, deck_plan, freight_accounts},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Port terminal network", trust=tg.Trust.INTERNAL):
    # Booth staff checking vehicles in and sending them to lanes.
    port_staff = tm.add(tg.Actor("Check-in booth staff", role="port staff"))
    # Booth screen: today's bookings, matched to the plate read at the lane.
    checkin_app = tm.add(
        tg.Service(
            "Check-in booth app",
            controls={c.Authentication(method="staff SSO"), c.RBAC()},
        )
    )
    # One camera per check-in lane, photographing the front plate.
    plate_camera = tm.add(tg.Device("Lane plate camera", fleet=True))
    # Reads registration numbers from the lane images.
    plate_model = tm.add(
        tg.Model(
            "Plate recognition model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="ANPR model bundled with the camera vendor's software.",
        )
    )

# ---------------------------------------------------------------- flows
# chat
tm.flow(passenger, booking_api, chat_message, protocol="https")
tm.flow(booking_api, passenger, agent_reply, protocol="https")
tm.flow(freight_customer, booking_api, chat_message, freight_login, protocol="https")
tm.flow(booking_api, freight_customer, agent_reply, protocol="https")

# phone
tm.flow(passenger, telephony, call_audio, protocol="pstn")
tm.flow(telephony, passenger, call_audio, protocol="pstn", label="spoken reply")
tm.flow(telephony, booking_api, call_transcript, protocol="wss")
tm.flow(booking_api, telephony, agent_reply, protocol="wss", label="text to speak")

# agent loop
tm.flow(booking_api, agent, chat_message, call_transcript)
tm.flow(agent, booking_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, reservation_tool, tool_call)
tm.flow(reservation_tool, agent, availability)
tm.flow(reservation_tool, reservation_db, bookings, label="hold and confirm booking")
tm.flow(reservation_db, reservation_tool, deck_plan, bookings, label="deck space query")

tm.flow(agent, tariff_engine, tool_call)
tm.flow(tariff_engine, agent, fare_quote)

tm.flow(agent, payment_tool, tool_call)
tm.flow(payment_tool, agent, payment_status)

# payment, credit and tickets
tm.flow(payment_tool, payment_provider, payment_session, protocol="https")
tm.flow(payment_provider, payment_tool, payment_status, protocol="https", label="hosted page link")
tm.flow(passenger, payment_provider, card_details, protocol="https", label="hosted card page")
tm.flow(payment_provider, booking_api, payment_result, protocol="https", label="payment webhook")
tm.flow(booking_api, payment_tool, payment_result)
tm.flow(
    payment_tool, reservation_db, bookings, freight_accounts, label="confirm and charge account"
)
tm.flow(reservation_db, payment_tool, freight_accounts, label="credit remaining")
tm.flow(payment_tool, passenger, e_ticket, protocol="smtp")
tm.flow(payment_tool, freight_customer, e_ticket, protocol="smtp")

# port check-in
tm.flow(reservation_db, checkin_app, bookings, protocol="https", label="today's bookings")
tm.flow(checkin_app, reservation_db, checkin_status, protocol="https")
tm.flow(plate_camera, checkin_app, plate_images, protocol="rtsp")
tm.flow(checkin_app, plate_model, plate_images)
tm.flow(plate_model, checkin_app, plate_reads)
tm.flow(checkin_app, port_staff, bookings, plate_reads, label="booth screen")
tm.flow(port_staff, checkin_app, checkin_status, label="booth screen")
