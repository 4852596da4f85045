"""Canal pump-out stations with card payment and a tank-level operations agent: first design.

Boaters moor at self-service pump-out stations along the canal, pay the fixed fee by
card on a contactless terminal the payment provider supplies and manages, and the
terminal tells the station's pump controller to run one cycle. A level sensor on the
station's sewage holding tank reports to the controller, which sends tank levels, pump
runs and terminal events to our cloud over 4G. A station operations agent (a hosted
LLM behind it) watches tank levels and boaters' fault reports by SMS: it takes stations
out of service, texts boaters notices, refunds failed pump-outs through the payment
provider and books tanker collections with the waste contractor. Tanker bookings wait
for the operations coordinator; status changes, notices and refunds go straight
through, refunds capped at one fee. Controllers hold per-station certificates, card
data stays in the provider's P2PE terminal, the provider key sits in a vault, and the
agent's tool calls are logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Canal pump-out stations and tank-level agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="Card-paid self-service pump-out stations run by an LLM operations agent.",
)

# ---------------------------------------------------------------- data assets
card = tg.Data(
    "Card data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vend_approval = tg.Data(
    "Vend approval",
    kind="records",
    description="The terminal's signal to the controller that one cycle was paid.",
)
txn = tg.Data(
    "Payment transaction record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Provider transaction id, amount, masked card number, station and time.",
)
level = tg.Data(
    "Holding tank level reading",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Station telemetry",
    kind="records",
    description="Tank levels, pump runs and terminal events, every five minutes.",
)
status_cmd = tg.Data(
    "Station status command", kind="tool-call", description="In or out of service."
)
status_ack = tg.Data("Station status acknowledgement", kind="tool-result")
fault_report = tg.Data(
    "Boater fault report",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text SMS with the boater's phone number, boat name and station.",
)
notice = tg.Data(
    "Boater notice",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="SMS text and recipient numbers: closures, refunds, replies to reports.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
refund_call = tg.Data("Refund request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
refund_result = tg.Data(
    "Refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking = tg.Data(
    "Tanker collection booking",
    kind="tool-call",
    description="Station, tank level and requested collection date, e-mailed to the contractor.",
)
approval = tg.Data("Tanker booking approval", kind="records")
provider_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
agent_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on a boat: pays at the station and texts in when it fails.
    boater = tm.add(tg.Actor("Boater", role="customer"))

with tm.boundary("Towpath station", trust=tg.Trust.INTERNAL):
    # The provider's P2PE card terminal in the station kiosk; card data never reaches us.
    terminal = tm.add(
        tg.Device(
            "Card payment terminal",
            description="Contactless and chip terminal, supplied and managed by the payment provider.",
        )
    )
    # Sensor on the station's sewage holding tank, wired 4-20 mA to the controller.
    level_sensor = tm.add(tg.Device("Holding tank level sensor"))
    # Runs the pump for a paid cycle and reports to the cloud over a 4G router.
    controller = tm.add(
        tg.Service(
            "Pump-out station controller",
            description="Small PLC with a 4G modem; one per station.",
            controls={tg.controls.MutualAuthentication(note="per-station X.509 certificate")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Authorises card payments and executes refunds; sends transaction webhooks.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider gateway",
            description="Acquirer gateway behind the terminals; refunds by REST API.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS number boaters text; relays inbound texts to us by webhook and sends ours out.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Waste contractor", trust=tg.Trust.PARTNER):
    # Empties holding tanks by road tanker when booked.
    contractor = tm.add(tg.ExternalService("Waste contractor bookings desk"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Receives controller telemetry and provider webhooks, writes them to the store.
    ingest = tm.add(
        tg.Service(
            "Telemetry ingest service",
            internet_facing=True,
            description="MQTT broker for controllers and an HTTPS webhook for the provider.",
        )
    )
    # Tank levels, pump runs and payment records per station.
    store = tm.add(
        tg.DataStore(
            "Station telemetry store",
            stores={telemetry, level, txn, agent_log},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that runs the stations day to day.
    agent = tm.add(
        tg.Agent(
            "Station operations agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Triggered by fault texts and by tank levels above 80 percent.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="operations coordinator",
                    note="tanker bookings only; status changes, notices and refunds go ahead directly",
                ),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )
    # Puts a station in or out of service on its controller.
    status_tool = tm.add(tg.Tool("Station status tool", capabilities={"read", "write"}))
    # Refunds a pump-out the agent finds failed, through the provider's API.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement"},
            description="Refunds the transaction id the agent names.",
            controls={
                tg.controls.TransactionLimits(limit="GBP 15 per refund"),
                tg.controls.SecretsManagement(note="provider API key in the cloud vault"),
            },
        )
    )
    # Texts boaters through the SMS gateway.
    notice_tool = tm.add(tg.Tool("Boater notice tool", capabilities={"send-messages"}))
    # E-mails a collection booking to the waste contractor.
    booking_tool = tm.add(tg.Tool("Tanker booking tool", capabilities={"send-messages"}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Approves tanker bookings and watches the agent's actions.
    coordinator = tm.add(
        tg.Actor(
            "Operations coordinator",
            role="operations staff",
            privileged=True,
            controls={tg.controls.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tls = {tg.controls.EncryptionInTransit(protocol="TLS 1.2")}

# Paying for a pump-out at the station
tm.flow(boater, terminal, card, label="tap or insert card at the kiosk")
tm.flow(terminal, payments, card, protocol="tls", label="P2PE over the terminal's own SIM")
tm.flow(payments, terminal, txn, protocol="tls", label="authorisation")
tm.flow(terminal, controller, vend_approval, protocol="rs-232")
tm.flow(level_sensor, controller, level, label="wired 4-20 mA")

# Station to cloud
tm.flow(controller, ingest, telemetry, level, protocol="MQTT over TLS")
tm.flow(payments, ingest, txn, protocol="https", label="transaction webhook")
tm.flow(ingest, store, telemetry, level, txn)

# Fault reports and notices by SMS
tm.flow(boater, sms, fault_report, protocol="sms")
tm.flow(sms, agent, fault_report, protocol="https", label="inbound SMS webhook")

# The agent's reasoning
tm.flow(store, agent, telemetry, level, txn)
tm.flow(agent, llm, prompt, protocol="https", controls=tls)
tm.flow(llm, agent, completion, protocol="https", controls=tls)
tm.flow(agent, store, agent_log)

# Station status
tm.flow(agent, status_tool, status_cmd)
tm.flow(status_tool, controller, status_cmd, protocol="MQTT over TLS")
tm.flow(controller, status_tool, status_ack, protocol="MQTT over TLS")
tm.flow(status_tool, agent, status_ack)

# Refunds
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, payments, refund_call, provider_key, protocol="https", controls=tls)
tm.flow(payments, refund_tool, refund_result, protocol="https", controls=tls)
tm.flow(refund_tool, agent, refund_result)

# Notices to boaters
tm.flow(agent, notice_tool, notice)
tm.flow(notice_tool, sms, notice, protocol="https", controls=tls)
tm.flow(sms, boater, notice, protocol="sms")

# Tanker collections
tm.flow(
    agent, coordinator, booking, protocol="https", label="approval request in the ops dashboard"
)
tm.flow(coordinator, agent, approval, protocol="https", controls=tls)
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, contractor, booking, protocol="smtp+starttls")
tm.flow(store, coordinator, agent_log, telemetry, protocol="https", label="ops dashboard")
