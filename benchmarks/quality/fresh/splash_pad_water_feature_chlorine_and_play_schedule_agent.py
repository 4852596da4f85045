"""Splash pad water-feature agent: the first design, before any security review.

The parks department runs a children's splash pad. An LLM agent in the council's
cloud tenancy sets the day's water-feature play schedule from the weather forecast,
occupancy counts from a beam counter at the pad entrance and the chlorine probe in
the recirculation tank. If chlorine drifts out of the configured range it closes the
pad through the water feature controller and texts the on-call parks officer.
A site gateway in the plant room relays readings to the cloud over MQTT with TLS and
a per-gateway device certificate, and passes schedule and open/close commands back
to the controller over Modbus. Officers see status and reopen the pad from a web
dashboard behind council SSO with MFA. Keys for the LLM vendor and the SMS provider
sit in the cloud key vault; the agent is capped at 15 steps per run, its actions are
logged, and the pad control tool accepts only schedule slots and open/close.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Splash pad water-feature agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent-run splash pad schedule with chlorine-based closure and officer texts.",
)

# ---------------------------------------------------------------- data assets
chlorine = tg.Data(
    "Free chlorine readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
occupancy = tg.Data("Occupancy counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
settings = tg.Data(
    "Pad operating settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free chlorine range, opening hours and closure rules.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
officer_contact = tg.Data(
    "On-call officer mobile number", kind="records", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data("Agent prompt with readings", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
pad_call = tg.Data("Pad control call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
pad_result = tg.Data("Pad control result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
pad_command = tg.Data(
    "Schedule and open/close command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
feature_status = tg.Data(
    "Water feature status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
alert_call = tg.Data("Officer alert call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
alert_text = tg.Data("Officer alert text", kind="records", sensitivity=tg.Sensitivity.PII)
action_log = tg.Data("Agent action log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data("Officer reopen or hold", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dashboard_view = tg.Data("Pad status view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public forecast API: rain, heat and wind decide whether the features run.
    weather = tm.add(
        tg.ExternalService("Weather forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The officer on call is reached on a council mobile, anywhere in the borough.
    officer = tm.add(tg.Actor("Parks officer", role="on-call parks officer"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway that delivers the closure texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Splash pad plant room", trust=tg.Trust.INTERNAL):
    # Amperometric probe in the recirculation tank: the safety signal for closure.
    probe = tm.add(tg.Device("Chlorine probe", fleet=False))
    # Infrared beam counter on the entrance path: how busy the pad is.
    counter = tm.add(tg.Device("Entrance occupancy counter", fleet=False))
    # The vendor controller that runs the pumps, nozzles and the pad's on/off valve.
    controller = tm.add(
        tg.Service(
            "Water feature controller",
            description="Runs the play sequences and the main supply valve on the schedule it is given.",
        )
    )
    # Edge box: reads the probe and counter, relays commands to the controller.
    gateway = tm.add(
        tg.Service(
            "Site gateway",
            description="Polls probe, counter and controller over Modbus; talks to the cloud over MQTT.",
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The agent that decides the schedule and closes the pad.
    agent = tm.add(
        tg.Agent(
            "Splash pad agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 10 minutes and on each new chlorine reading.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=365),
                c.SecretsManagement(note="LLM API key in the cloud key vault"),
            },
        )
    )
    # Agent's tool for writing the play schedule and opening or closing the pad.
    pad_tool = tm.add(
        tg.Tool(
            "Pad control tool",
            capabilities={"read", "write"},
            description="Publishes schedule slots and open/close to the site gateway.",
            controls={c.InputValidation(note="schedule slots and open/close only")},
        )
    )
    # Agent's tool for texting the on-call officer.
    sms_tool = tm.add(
        tg.Tool(
            "Officer SMS tool",
            capabilities={"send-messages"},
            description="Sends a text to the on-call number in the settings.",
            controls={c.SecretsManagement(note="SMS provider key in the cloud key vault")},
        )
    )
    # History of readings, counts, feature status and what the agent did.
    telemetry_store = tm.add(
        tg.DataStore(
            "Pad telemetry store",
            stores={chlorine, occupancy, feature_status, action_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Chlorine range, opening hours and the on-call contact the agent works from.
    settings_store = tm.add(tg.DataStore("Pad settings", stores={settings, officer_contact}))
    # Officers' web view of the pad, and where they reopen or hold it.
    dashboard = tm.add(
        tg.Endpoint(
            "Parks operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council Entra ID SSO with MFA"),
                c.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# readings from the plant room
tm.flow(probe, gateway, chlorine, protocol="modbus")
tm.flow(counter, gateway, occupancy, protocol="modbus")
tm.flow(controller, gateway, feature_status, protocol="modbus")
tm.flow(
    gateway,
    telemetry_store,
    chlorine,
    occupancy,
    feature_status,
    protocol="mqtts",
    controls={c.Authentication(method="per-gateway X.509 device certificate")},
)

# the agent's inputs
tm.flow(telemetry_store, agent, chlorine, occupancy, feature_status, label="latest readings")
tm.flow(settings_store, agent, settings)
tm.flow(agent, weather, forecast_request, protocol="https")
tm.flow(weather, agent, forecast, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, telemetry_store, action_log)

# acting on the pad
tm.flow(agent, pad_tool, pad_call)
tm.flow(pad_tool, agent, pad_result)
tm.flow(
    pad_tool,
    gateway,
    pad_command,
    protocol="mqtts",
    controls={c.Authentication(method="per-gateway X.509 device certificate")},
)
tm.flow(gateway, controller, pad_command, protocol="modbus")

# texting the officer
tm.flow(agent, sms_tool, alert_call)
tm.flow(settings_store, sms_tool, officer_contact)
tm.flow(sms_tool, sms_gateway, alert_text, officer_contact, protocol="https")
tm.flow(sms_gateway, officer, alert_text, protocol="sms")

# the officers' dashboard
tm.flow(telemetry_store, dashboard, chlorine, occupancy, feature_status, action_log)
tm.flow(dashboard, officer, dashboard_view, protocol="https")
tm.flow(officer, dashboard, override, protocol="https")
tm.flow(dashboard, pad_tool, override, label="manual reopen or hold")
