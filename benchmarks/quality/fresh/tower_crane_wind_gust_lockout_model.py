"""Tower crane wind gust lockout model: the first design, before any security review.

Every tower crane on our construction sites carries an anemometer on the jib. The
readings go over LoRaWAN to a site IoT gateway, which forwards them over MQTT with
TLS (per-gateway X.509 certificates) to our cloud platform, where an ingestion job
schema-checks them and joins them with a national weather service's forecast. An
in-house gust model predicts each crane's peak gust over the next 15 minutes; when
the prediction passes that crane's in-service limit, the lockout service sends a
lockout command back through the gateway to the crane's lift interlock controller,
which blocks new lifts. The crane supervisor sees lockouts in a web app (company SSO
with MFA, supervisors only) and can override one with a reason; every lockout and
override is logged. The crane keeps its own manufacturer wind alarm and load moment
limiter. The model is retrained on stored history, validated against past storms
before promotion, and served from a versioned registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tower crane wind gust lockout model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts dangerous gusts per tower crane and locks out lifts; supervisors can override.",
)

# ---------------------------------------------------------------- data assets
wind_readings = tg.Data(
    "Anemometer wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
gust_features = tg.Data("Gust features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
gust_forecast = tg.Data(
    "Predicted peak gust per crane",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lockout_command = tg.Data(
    "Lockout command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lockout_status = tg.Data(
    "Crane lockout status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
override = tg.Data(
    "Lockout override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Crane, duration and the supervisor's reason for lifting a lockout.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
events_log = tg.Data(
    "Lockout and override log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Crane, time, wind, prediction, and the user id of any supervisor who overrode.",
)
history = tg.Data(
    "Wind and gust history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
training_code = tg.Data(
    "Training code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data("Gust model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Gives the model the synoptic picture the cranes' own anemometers cannot see coming.
    weather_api = tm.add(
        tg.ExternalService(
            "National weather service API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Construction sites", trust=tg.Trust.INTERNAL):
    # One per crane, on the jib: the measured wind the prediction starts from.
    anemometers = tm.add(tg.Device("Crane anemometers", fleet=True))
    # Relays readings up and lockout commands down between the cranes and the cloud.
    gateway = tm.add(
        tg.Service(
            "Site IoT gateway",
            description="Edge box in the site office; LoRaWAN in, MQTT to the cloud, Modbus to cranes.",
        )
    )
    # The relay in each crane's control panel that blocks new lifts while locked out.
    interlock = tm.add(
        tg.Device(
            "Crane lift interlock controller",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="the crane's own manufacturer wind alarm and load moment limiter on "
                    "the crane PLC act independently of the lockout service"
                )
            },
        )
    )
    # Decides whether lifting carries on; can lift a lockout.
    supervisor = tm.add(tg.Actor("Crane supervisor", role="crane supervisor"))

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Receives gateway telemetry and the weather forecast and validates them.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="readings out of physical range are dropped")},
        )
    )
    # Time-series store of readings and forecasts, for serving and retraining.
    telemetry_store = tm.add(
        tg.DataStore("Wind telemetry store", stores={wind_readings, weather_forecast})
    )
    # Predicts each crane's peak gust over the next 15 minutes.
    gust_model = tm.add(
        tg.Model(
            "Gust prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees on recent readings and the forecast, per crane.",
        )
    )
    # Compares each prediction with the crane's limit and issues or lifts lockouts.
    lockout = tm.add(
        tg.Service(
            "Lockout service",
            description="Locks a crane out when its predicted gust passes its in-service limit.",
        )
    )
    # Where supervisors see lockouts and override them.
    supervisor_app = tm.add(
        tg.Endpoint(
            "Supervisor web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company SSO (Entra ID) with MFA"),
                c.RBAC(note="only crane supervisors of the site can override its cranes"),
            },
        )
    )
    # Record of every lockout and override, for incident investigation.
    log_store = tm.add(
        tg.DataStore("Lockout event log", stores={events_log}, controls={c.AuditLogging()})
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Builds and maintains the gust model.
        data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))
        # Labelled history: readings paired with the peak gust that followed.
        training_set = tm.add(tg.Dataset("Gust training set", stores={history}))
        # Retrains the model and backtests it on past storms before promotion.
        training = tm.add(
            tg.Pipeline(
                "Gust model training",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="backtest on held-out storm events")},
            )
        )
        # Versioned model artifacts the serving model loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# readings and forecasts in
tm.flow(anemometers, gateway, wind_readings, protocol="lorawan")
tm.flow(
    gateway,
    ingestion,
    wind_readings,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-gateway X.509 certificates")},
)
tm.flow(weather_api, ingestion, weather_forecast, protocol="https")
tm.flow(ingestion, telemetry_store, wind_readings, weather_forecast)

# prediction and lockout
tm.flow(telemetry_store, gust_model, gust_features)
tm.flow(gust_model, lockout, gust_forecast)
tm.flow(
    lockout,
    gateway,
    lockout_command,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-gateway X.509 certificates")},
)
tm.flow(gateway, interlock, lockout_command, protocol="modbus", label="RS-485 in the crane panel")
tm.flow(interlock, gateway, lockout_status, protocol="modbus", label="RS-485 in the crane panel")
tm.flow(
    gateway,
    lockout,
    lockout_status,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-gateway X.509 certificates")},
)
tm.flow(lockout, log_store, events_log)

# supervisor view and override
tm.flow(lockout, supervisor_app, lockout_status, gust_forecast)
tm.flow(supervisor_app, supervisor, lockout_status, gust_forecast, protocol="https")
tm.flow(supervisor, supervisor_app, override, protocol="https")
tm.flow(supervisor_app, lockout, override)

# retraining
tm.flow(telemetry_store, training_set, history, label="weekly export")
tm.flow(training_set, training, history)
tm.flow(data_scientist, training, training_code)
tm.flow(training, registry, artifact)
tm.flow(registry, gust_model, artifact, label="deploy")
