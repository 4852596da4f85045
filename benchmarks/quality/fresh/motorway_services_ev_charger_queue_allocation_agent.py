"""EV charger queue allocation agent at a motorway service area: first design.

Drivers waiting for a rapid charger join a virtual queue in the service area's app
(vehicle registration, connector, state of charge, an optional note). An LLM agent
in our cloud watches the queue, the charger status reported by the charge point
management system (CPMS, a vendor SaaS that talks OCPP to the chargers) and the
site's grid import reading; it assigns the next free bay, notifies the driver by
push and rebalances power between chargers through the CPMS API to stay under the
grid connection limit, which the CPMS also caps. The duty manager can override
allocations on an operations console. Controls: TLS on external links, app
accounts with e-mail and password, a rate limit and input checks on the queue API,
an encrypted queue database, the CPMS key in a vault and logged agent tool calls.
No person approves the agent's individual allocations or power changes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motorway services EV charger queue allocation agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that allocates queued drivers to rapid-charger bays, notifies them "
        "in the app and adjusts charger power sharing at a motorway service area."
    ),
)

# ---------------------------------------------------------------- data assets
driver_account = tg.Data(
    "Driver account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone push token, vehicle registration and model.",
)
sign_in = tg.Data("App sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
queue_request = tg.Data(
    "Queue join request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vehicle registration, connector type, state of charge, target charge "
    "and an optional free-text note from the driver.",
)
queue_state = tg.Data(
    "Queue and bay allocations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
charger_status = tg.Data(
    "Charger status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Connector state, session energy, current power and faults per charger.",
)
site_load = tg.Data("Site grid import reading", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, queue snapshot, driver notes and charger status.",
)
llm_reply = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
allocation_call = tg.Data("Bay allocation call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
notify_call = tg.Data("Notification request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
push_message = tg.Data(
    "Bay ready push notification",
    sensitivity=tg.Sensitivity.PII,
    description="Bay number, time to arrive by and the driver's place in the queue.",
)
power_call = tg.Data(
    "Power sharing setpoints",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-charger maximum power in kW requested from the CPMS.",
)
charging_profile = tg.Data(
    "OCPP charging profiles", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
cpms_key = tg.Data("CPMS API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
override = tg.Data("Manual allocation override", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who downloads the app can sign up and join the queue.
    driver = tm.add(tg.Actor("Driver", role="EV driver"))
    # The service area's app on the driver's own phone.
    app = tm.add(tg.Device("Driver phone app", description="iOS and Android app."))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers notifications to the app; we hold a sender credential.
    push = tm.add(tg.ExternalService("Mobile push notification service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the queue and decides allocations for the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("CPMS vendor cloud", trust=tg.Trust.PARTNER):
    # The charge point management system the charger manufacturer runs for us.
    cpms = tm.add(
        tg.Service(
            "Charge point management system",
            description="Vendor SaaS: OCPP back office, load management and session data.",
            controls={
                c.SafetyLimits(
                    limits="CPMS load management caps total site draw at the grid "
                    "connection's agreed import capacity, whatever setpoints are sent"
                ),
                c.Authentication(method="per-operator API key"),
            },
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Public API the app calls to sign in, join, leave and check the queue.
    queue_api = tm.add(
        tg.Endpoint(
            "Queue API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
            },
        )
    )
    # Accounts, the live queue and allocation history.
    queue_db = tm.add(
        tg.DataStore(
            "Queue database",
            stores={driver_account, sign_in, queue_state},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent: decides who gets which bay and how power is shared.
    agent = tm.add(
        tg.Agent(
            "Queue allocation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs on every queue change, charger status event and once a minute.",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Writes the allocation and queue positions back to the database.
    alloc_tool = tm.add(tg.Tool("Bay allocation tool", capabilities={"read", "write"}))
    # Sends the driver their bay by push notification.
    notify_tool = tm.add(tg.Tool("Driver notification tool", capabilities={"send-messages"}))
    # Calls the CPMS API to change per-charger power limits.
    power_tool = tm.add(
        tg.Tool(
            "Power sharing tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement(note="CPMS API key kept in the cloud vault")},
        )
    )
    # Staff view of the queue; overrides go straight into the database.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

with tm.boundary("Service area site network", trust=tg.Trust.INTERNAL):
    # Rapid chargers on the forecourt, managed over OCPP.
    chargers = tm.add(tg.Device("Rapid chargers", description="Eight 150 kW dual-connector units."))
    # Fiscal meter at the grid connection, published by the site edge gateway.
    meter = tm.add(tg.Device("Site grid meter"))
    # Service area duty manager who handles complaints and accessibility needs.
    duty_manager = tm.add(tg.Actor("Site duty manager", role="site staff"))

# ---------------------------------------------------------------- flows
tm.flow(driver, app, queue_request, label="taps in the app")
tm.flow(app, queue_api, sign_in, queue_request, protocol="https")
tm.flow(queue_api, app, queue_state, protocol="https", label="queue position")
tm.flow(queue_api, queue_db, driver_account, queue_request)
tm.flow(queue_db, queue_api, driver_account, queue_state)

tm.flow(queue_db, agent, queue_state, queue_request, label="queue snapshot")
tm.flow(cpms, agent, charger_status, protocol="https", label="status webhook")
tm.flow(meter, agent, site_load, protocol="mqtt+tls", label="every 10 s")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, alloc_tool, allocation_call)
tm.flow(alloc_tool, queue_db, queue_state)
tm.flow(alloc_tool, agent, queue_state, label="result")

tm.flow(agent, notify_tool, notify_call)
tm.flow(notify_tool, push, push_message, protocol="https")
tm.flow(push, app, push_message, protocol="https")
tm.flow(app, driver, push_message)

tm.flow(agent, power_tool, power_call)
tm.flow(power_tool, cpms, power_call, cpms_key, protocol="https")
tm.flow(cpms, power_tool, charger_status, protocol="https", label="result")
tm.flow(cpms, chargers, charging_profile, protocol="wss", label="OCPP 1.6J")
tm.flow(chargers, cpms, charger_status, protocol="wss", label="OCPP 1.6J")

tm.flow(duty_manager, console, override, protocol="https")
tm.flow(console, queue_db, override)
tm.flow(queue_db, console, queue_state, driver_account)
tm.flow(console, duty_manager, queue_state, protocol="https")
