"""Poultry farm ventilation: heat-stress prediction driving fans and cooling pads.

Each broiler barn has temperature, humidity and ammonia sensors wired to the barn
climate controller (a PLC) over Modbus RTU. An edge gateway in the barn office reads
the controller every 30 seconds and publishes the readings over MQTT with TLS and a
per-gateway client certificate to the farm cloud. There a climate control service
combines recent readings with a weather forecast, asks an in-house heat-stress model
for a stress index per barn, and sends fan stage and cooling-pad setpoints back down
through the gateway to the controller, which switches the fans and pad pumps.
When the index crosses a threshold the farm manager gets a push alert on the farm
phone app, and can override the setpoints from the app (e-mail and password login).
Telemetry is kept in a managed time-series store encrypted at rest, and every
setpoint change, automatic or manual, is written to an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Poultry farm ventilation and heat-stress control",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Barn sensors feed a heat-stress model whose predictions set fan stages and "
        "cooling pads through the barn controller; the farm manager is alerted and can override."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Barn sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature, relative humidity and ammonia ppm per barn zone.",
)
features = tg.Data(
    "Barn climate features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rolling windows of readings, bird age and flock density, forecast heat.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
stress_index = tg.Data(
    "Heat-stress prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Ventilation setpoints",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Fan stage, tunnel mode and cooling-pad pump on/off per barn.",
)
actuator_cmds = tg.Data(
    "Actuator commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("Heat-stress alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Manager override",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
barn_status = tg.Data("Barn status view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
manager_login = tg.Data(
    "Manager credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
audit_trail = tg.Data("Setpoint change log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The farm manager, usually out on the farm or off site.
    manager = tm.add(tg.Actor("Farm manager", role="farm manager"))
    # The company's phone app, installed on the manager's own phone.
    phone_app = tm.add(
        tg.Device("Farm phone app", fleet=False, description="iOS/Android app on a personal phone.")
    )
    # Public forecast feed: hot afternoons are predicted before they happen.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hourly temperature and humidity forecast for the farm's location.",
        )
    )

with tm.boundary("Push notification service", trust=tg.Trust.PARTNER):
    # Apple/Google push delivery for the alerts.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Barn OT network", trust=tg.Trust.INTERNAL):
    # Wired sensors in each barn zone.
    sensors = tm.add(
        tg.Device("Barn climate sensors", description="Temperature, humidity and NH3 probes.")
    )
    # The PLC that actually switches fans and pad pumps, with its own fixed fallback curve.
    controller = tm.add(
        tg.Service(
            "Barn climate controller",
            description="PLC; applies setpoints from the cloud, falls back to a static curve offline.",
        )
    )
    # Fans, tunnel inlets and evaporative cooling-pad pumps.
    actuators = tm.add(tg.Device("Fans and cooling pads"))
    # Industrial PC in the barn office bridging Modbus and the cloud.
    gateway = tm.add(
        tg.Service(
            "Barn edge gateway",
            controls={c.SecretsManagement(note="client certificate in the gateway's TPM")},
        )
    )

with tm.boundary("Farm cloud", trust=tg.Trust.INTERNAL):
    # Managed MQTT broker the gateways connect to.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingest broker",
            purpose=tg.EndpointPurpose.API,
            controls={c.MutualAuthentication(note="per-gateway X.509 client certificates")},
        )
    )
    # Time-series history the model's features are computed from.
    telemetry = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={readings, audit_trail},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Decides setpoints from the model's index and raises alerts.
    control_svc = tm.add(
        tg.Service(
            "Climate control service",
            controls={
                c.AuditLogging(retention_days=365, note="every setpoint change and override")
            },
        )
    )
    # In-house gradient-boosted model trained on past flocks' climate and mortality.
    model = tm.add(
        tg.Model(
            "Heat-stress model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts a heat-stress index per barn for the next hour.",
        )
    )
    # Backend the phone app talks to: status, alerts history, overrides.
    app_api = tm.add(
        tg.Endpoint(
            "Farm app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# In the barn
tm.flow(sensors, controller, readings, protocol="modbus", label="Modbus RTU polling")
tm.flow(controller, actuators, actuator_cmds, protocol="modbus", label="relay outputs")
tm.flow(controller, gateway, readings, protocol="modbus", label="Modbus TCP read")
tm.flow(gateway, controller, setpoints, protocol="modbus", label="Modbus TCP write")

# Barn to cloud and back
tm.flow(gateway, ingest, readings, protocol="mtls", label="MQTT telemetry")
tm.flow(ingest, gateway, setpoints, protocol="mtls", label="MQTT setpoint topic")
tm.flow(ingest, telemetry, readings)
tm.flow(control_svc, ingest, setpoints, label="publish setpoints")

# Prediction loop
tm.flow(weather, control_svc, forecast, protocol="https")
tm.flow(telemetry, control_svc, readings, label="recent history")
tm.flow(control_svc, model, features)
tm.flow(model, control_svc, stress_index)
tm.flow(control_svc, telemetry, audit_trail)

# Alerts and overrides
tm.flow(control_svc, push, alert, protocol="https")
tm.flow(push, phone_app, alert, protocol="https")
tm.flow(manager, phone_app, manager_login, override)
tm.flow(phone_app, app_api, manager_login, override, protocol="https")
tm.flow(app_api, phone_app, barn_status, protocol="https")
tm.flow(app_api, control_svc, override)
tm.flow(control_svc, app_api, barn_status)
tm.flow(phone_app, manager, barn_status, alert)
