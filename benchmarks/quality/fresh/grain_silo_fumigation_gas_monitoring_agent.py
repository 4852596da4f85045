"""Silo fumigation gas monitoring agent: the first design, before any security review.

The grain cooperative fumigates stored grain with phosphine. Gas sensors inside each
silo report concentrations over Modbus to a site IoT gateway, which forwards them
over MQTT with TLS and a per-gateway certificate to a telemetry store in the
cooperative's cloud tenant. Every 15 minutes an LLM agent reads the latest
readings, the fumigation record (product, dose, start time) with the label's
ventilation and entry limits, and the wind forecast, and asks a hosted LLM
whether each silo may be ventilated or entered. It starts the aeration fans
itself through a ventilation tool, and texts the site supervisor through an SMS
gateway when a silo looks safe to enter; the supervisor confirms with a handheld
meter before anyone goes in. The licensed fumigation contractor logs each
fumigation, and the supervisor follows silo status, in a web dashboard that they
sign in to with Entra ID; the agent is capped at 20 steps a run and logs its calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Silo fumigation gas monitoring agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Watches phosphine levels in fumigated silos, starts ventilation and tells "
        "the site supervisor when a silo is safe to enter."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Phosphine concentration readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fumigation_records = tg.Data(
    "Fumigation records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Silo, product, dose, start time, applicator name and licence number.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
label_limits = tg.Data(
    "Fumigant label limits",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Minimum exposure times and the ppm limits for ventilation and entry.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wind_forecast = tg.Data("Wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
completion = tg.Data("LLM decision", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
reading_query = tg.Data(
    "Reading lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
reading_result = tg.Data("Latest readings", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
vent_call = tg.Data("Ventilation tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
fan_command = tg.Data(
    "Aeration fan command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fan_status = tg.Data("Fan run status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notify_call = tg.Data(
    "Notification tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
entry_alert = tg.Data(
    "Silo entry clearance message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Silo number, last readings and the supervisor's mobile number.",
)
decision_log = tg.Data("Agent decision log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data("Supervisor entry confirmation", kind="records")
silo_status = tg.Data("Silo gas status view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Silo site OT network", trust=tg.Trust.INTERNAL):
    # Fixed electrochemical phosphine sensors, one set per silo headspace.
    sensors = tm.add(tg.Device("Phosphine gas sensors"))
    # Polls the sensors and the fan controller and relays to and from the cloud.
    gateway = tm.add(tg.Service("Site IoT gateway"))
    # Starts and stops the silo aeration fans.
    fan_plc = tm.add(tg.Service("Aeration fan PLC"))

with tm.boundary("Site office", trust=tg.Trust.INTERNAL):
    # Decides who may enter a silo and when.
    supervisor = tm.add(tg.Actor("Site supervisor", role="supervisor"))

with tm.boundary("Fumigation contractor", trust=tg.Trust.PARTNER):
    # The licensed applicator who doses the silos and logs each fumigation.
    fumigator = tm.add(tg.Actor("Licensed fumigator", role="fumigation contractor"))

with tm.boundary("Cooperative cloud tenant", trust=tg.Trust.INTERNAL):
    # Time series of gas readings and fan status.
    telemetry = tm.add(tg.DataStore("Gas telemetry store", stores={readings, fan_status}))
    # Fumigation records, label limits and the agent's decision log.
    fumigation_db = tm.add(
        tg.DataStore(
            "Fumigation register",
            stores={fumigation_records, label_limits, decision_log},
        )
    )
    # Web UI for logging fumigations and following silo status.
    dashboard = tm.add(
        tg.Endpoint(
            "Fumigation dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="Microsoft Entra ID sign-in; the contractor has a guest account"
                )
            },
        )
    )
    # The LLM agent that judges each silo's state and acts on it.
    agent = tm.add(
        tg.Agent(
            "Fumigation monitoring agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=20),
                c.AuditLogging(note="every tool call and LLM decision is written to the register"),
            },
        )
    )
    # Reads the latest readings for a silo from the telemetry store.
    reading_tool = tm.add(tg.Tool("Gas reading lookup", capabilities={"read"}))
    # Starts or stops a silo's aeration fans through the gateway.
    vent_tool = tm.add(
        tg.Tool(
            "Ventilation control tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="can only start or stop aeration fans")},
        )
    )
    # Sends the supervisor a text message.
    notify_tool = tm.add(tg.Tool("Supervisor SMS tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Internet services", trust=tg.Trust.UNTRUSTED):
    # Commercial SMS provider.
    sms = tm.add(tg.ExternalService("SMS gateway"))
    # Public weather API for wind speed and direction at the site.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="modbus")
tm.flow(
    gateway,
    telemetry,
    readings,
    fan_status,
    protocol="mqtt+tls",
    controls={c.MutualAuthentication(note="per-gateway X.509 certificate")},
)
tm.flow(gateway, fan_plc, fan_command, protocol="modbus")
tm.flow(fan_plc, gateway, fan_status, protocol="modbus")

tm.flow(agent, reading_tool, reading_query)
tm.flow(telemetry, reading_tool, readings)
tm.flow(reading_tool, agent, reading_result)
tm.flow(fumigation_db, agent, fumigation_records, label_limits)
tm.flow(weather, agent, wind_forecast, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, fumigation_db, decision_log)

tm.flow(agent, vent_tool, vent_call)
tm.flow(
    vent_tool,
    gateway,
    fan_command,
    protocol="mqtt+tls",
    controls={c.MutualAuthentication(note="per-gateway X.509 certificate")},
)

tm.flow(agent, notify_tool, notify_call)
tm.flow(notify_tool, sms, entry_alert, protocol="https")
tm.flow(sms, supervisor, entry_alert, protocol="sms")

tm.flow(fumigator, dashboard, fumigation_records, protocol="https")
tm.flow(dashboard, fumigation_db, fumigation_records, acknowledgement)
tm.flow(fumigation_db, dashboard, fumigation_records, decision_log)
tm.flow(telemetry, dashboard, readings, fan_status)
tm.flow(supervisor, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, supervisor, silo_status, protocol="https")
tm.flow(dashboard, fumigator, silo_status, protocol="https")
