"""Horsebox hire: booking and driving licence check agent, the first design.

Hirers book a horsebox by chatting with an LLM agent on the firm's website; no
account is needed. The agent checks availability and writes bookings through a
booking tool, asks a deposit tool for a card payment link from the payment
provider (the hirer pays on the provider's hosted page), and checks that the
hirer's driving licence covers the box's weight category (B, C1 or C) through a
licence-check service, using the licence number and a check code the hirer gives.
On each hire's morning a scheduled agent run texts the hirer the yard gate code by
SMS gateway (the SMS tool reads the current code itself). Each box's telematics
tracker reports speed and location to the tracker vendor, whose API the yard
dashboard reads. The yard manager signs in to the dashboard with Google Workspace
and 2-step verification, sees bookings and positions, and changes the gate code
weekly. The LLM, payments, licence checks, SMS and tracking are suppliers; the
rest runs in the firm's one cloud account. The chat endpoint is rate-limited.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Horsebox hire booking and licence check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that books horseboxes, takes deposits, checks licence "
    "categories and texts the yard gate code; horseboxes report by telematics.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Hirer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Dates, box wanted, name, phone, e-mail, licence number and check code.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the rate card and hire terms, the conversation and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Hirer name, phone, e-mail, box, dates, deposit status and licence check result.",
)
availability = tg.Data("Horsebox availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
deposit_call = tg.Data(
    "Deposit link request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booking reference and the deposit amount the agent quotes from the rate card.",
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
payment_status = tg.Data(
    "Deposit payment status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Hirer card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
licence_query = tg.Data(
    "Licence check request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Licence number, surname and the check code the hirer generated.",
)
licence_result = tg.Data(
    "Licence category result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Entitlement categories, expiry and endorsements returned by the service.",
)
gate_code = tg.Data(
    "Yard gate code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Keypad code for the yard gate; changed weekly by the yard manager.",
)
sms_call = tg.Data("Gate code text request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
gate_code_sms = tg.Data(
    "Gate code text message",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="The hirer's phone number, the booking and the gate code.",
)
telemetry = tg.Data(
    "Horsebox telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Speed and GPS position every minute while the engine runs, linked to the hire.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who wants to hire a box; never signs in.
    hirer = tm.add(tg.Actor("Hirer", role="customer"))
    # A tracker fitted in each horsebox, on the road over the mobile network.
    tracker = tm.add(
        tg.Device("Horsebox telematics tracker", fleet=True, description="12 boxes, 4G trackers.")
    )

with tm.boundary("Hire firm cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the public website.
    chat = tm.add(
        tg.Endpoint(
            "Website booking chat",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Takes bookings and deposits, runs the licence check, and on a "
            "scheduled morning run texts each day's hirers the gate code.",
            controls={
                tg.controls.CircuitBreaker(max_steps=15),
                tg.controls.AuditLogging(note="conversations and tool calls logged"),
                tg.controls.SecretsManagement(note="supplier API keys in the cloud secret manager"),
            },
        )
    )
    # Reads availability and creates or changes bookings.
    booking_tool = tm.add(tg.Tool("Booking calendar tool", capabilities={"read", "write"}))
    # Asks the payment provider for a deposit link for a booking.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool", capabilities={"write", "money-movement", "network-egress"}
        )
    )
    # Sends the licence number and check code to the licence-check service.
    licence_tool = tm.add(tg.Tool("Licence check tool", capabilities={"read", "network-egress"}))
    # Texts the gate code to the phone number on a booking that starts today.
    sms_tool = tm.add(
        tg.Tool(
            "Gate code SMS tool",
            capabilities={"read", "send-messages"},
            description="The agent names the booking; the tool reads the phone number and "
            "the current gate code from the booking database and sends the text.",
        )
    )
    # Bookings, hirer details, licence results and the gate code setting.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, availability, gate_code},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.DataVersioning(note="daily snapshots"),
            },
        )
    )
    # Staff web page for bookings, box positions and the gate code.
    dashboard = tm.add(
        tg.Endpoint(
            "Yard dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card payments; hosts the checkout page so card numbers never reach us.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Licence check provider", trust=tg.Trust.PARTNER):
    # Commercial service that queries the driving licence authority's records.
    licence_service = tm.add(tg.ExternalService("Licence check service", provides="data-provider"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS API.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The tracker vendor's cloud platform, with an API for positions and speeds.
    telematics = tm.add(tg.ExternalService("Telematics platform", provides="data-provider"))

with tm.boundary("Yard office", trust=tg.Trust.INTERNAL):
    # Runs the yard: hands over boxes, sets the gate code, watches the fleet.
    yard_manager = tm.add(tg.Actor("Yard manager", role="yard manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(hirer, chat, chat_message, protocol="https")
tm.flow(chat, hirer, agent_reply, payment_link, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply, payment_link)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, availability, booking)
tm.flow(booking_tool, booking_db, booking)
tm.flow(booking_db, booking_tool, availability, booking)

tm.flow(agent, deposit_tool, deposit_call)
tm.flow(deposit_tool, agent, payment_link)
tm.flow(deposit_tool, payments, deposit_call, protocol="https")
tm.flow(payments, deposit_tool, payment_link, payment_status, protocol="https")
tm.flow(hirer, payments, card_details, protocol="https", label="hosted checkout page")

tm.flow(agent, licence_tool, licence_query)
tm.flow(licence_tool, agent, licence_result)
tm.flow(licence_tool, licence_service, licence_query, protocol="https")
tm.flow(licence_service, licence_tool, licence_result, protocol="https")

tm.flow(agent, sms_tool, sms_call, label="morning run")
tm.flow(booking_db, sms_tool, booking, gate_code)
tm.flow(sms_tool, sms_gateway, gate_code_sms, protocol="https")
tm.flow(sms_gateway, hirer, gate_code_sms, protocol="sms")

tm.flow(tracker, telematics, telemetry, protocol="tls")
tm.flow(telematics, dashboard, telemetry, protocol="https")
tm.flow(booking_db, dashboard, booking, availability)
tm.flow(dashboard, booking_db, gate_code, booking, label="gate code change and booking edits")
tm.flow(dashboard, yard_manager, booking, telemetry, protocol="https")
tm.flow(yard_manager, dashboard, gate_code, booking, protocol="https")
