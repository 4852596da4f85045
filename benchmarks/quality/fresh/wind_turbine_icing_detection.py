"""Wind turbine icing detection: the first design, before any security review.

Each wind farm's turbine controllers and on-site met mast report blade vibration,
power-curve and weather readings over Modbus to a site SCADA gateway. The gateway
publishes them over MQTT with TLS to the operations platform in our data centre,
where an ingestion job range-checks them and writes them to a time-series historian.
An icing detection service reads a rolling window per turbine, scores it with an
in-house gradient-boosted detector and, above the icing threshold, asks the turbine
command service to pause that turbine; the command goes back through the gateway and
the control room is alerted on its dashboard, where operators confirm icing and
restart turbines. Confirmed events become labels for monthly retraining, and models
are versioned in a registry. The turbine manufacturer's service engineers reach the
turbines through a remote access gateway in the site DMZ with a vendor VPN account
to read diagnostics and push firmware and parameter changes. Dashboard users sign in
with corporate SSO and every turbine command is logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Wind turbine icing detection",
    profile=tg.RiskProfile.HIGH,
    description="Detects blade icing from turbine telemetry and pauses affected turbines.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Turbine telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Blade vibration spectra, rotor speed, pitch and power-curve readings.",
)
met_readings = tg.Data(
    "Met mast readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Temperature, humidity, wind speed and direction at hub height.",
)
icing_features = tg.Data(
    "Icing features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Rolling-window features per turbine computed from telemetry and met data.",
)
icing_score = tg.Data("Icing score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
pause_request = tg.Data(
    "Pause request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Turbine id, icing score and reason, raised by the detection service.",
)
turbine_command = tg.Data(
    "Turbine command",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pause or restart setpoint written to a turbine controller.",
)
turbine_status = tg.Data(
    "Turbine status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Command acknowledgement and operating state of each turbine.",
)
alert = tg.Data("Icing alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
operator_action = tg.Data(
    "Operator action",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Icing confirmation or dismissal, and restart requests.",
)
icing_labels = tg.Data(
    "Confirmed icing events",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_data = tg.Data(
    "Historical telemetry with icing labels",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Icing model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
vendor_login = tg.Data(
    "Vendor VPN credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
firmware = tg.Data(
    "Controller firmware and parameters",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
diagnostics = tg.Data(
    "Turbine diagnostics", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Wind farm OT network", trust=tg.Trust.RESTRICTED):
    # The turbine controllers with their blade vibration sensors; they act on pause commands.
    turbines = tm.add(
        tg.Device(
            "Turbine controllers",
            fleet=True,
            description="One PLC-based controller per turbine, with nacelle and blade sensors.",
        )
    )
    # The on-site met mast gives the temperature and humidity the detector needs.
    met_mast = tm.add(
        tg.DataSource(
            "Met mast weather station", origin=tg.Origin.INTERNAL, provides={met_readings}
        )
    )
    # Collects site data and relays commands: the only link between the site and the platform.
    scada_gw = tm.add(
        tg.Service(
            "Site SCADA gateway",
            description="Polls controllers and the met mast, publishes to the platform over MQTT.",
        )
    )

with tm.boundary("Wind farm DMZ", trust=tg.Trust.INTERNAL):
    # Gives the manufacturer's engineers their contractual remote maintenance access.
    remote_gw = tm.add(
        tg.Service(
            "Remote access gateway",
            description="Vendor VPN appliance that forwards sessions to the turbine controllers.",
            controls={c.Authentication(method="per-vendor VPN account with password")},
        )
    )

with tm.boundary("Turbine manufacturer", trust=tg.Trust.PARTNER):
    # Maintains the turbines under the service agreement, from the manufacturer's own network.
    vendor_engineer = tm.add(
        tg.Actor("Manufacturer service engineer", role="vendor maintenance", privileged=True)
    )

with tm.boundary("Operations platform", trust=tg.Trust.INTERNAL):
    # Receives the MQTT stream and rejects readings that fail type and range checks.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="type and physical range checks per signal"),
                c.Authentication(method="MQTT username and password per site"),
            },
        )
    )
    # Keeps all site readings and icing events: input to detection, dashboards and training.
    historian = tm.add(
        tg.DataStore(
            "Time-series historian",
            stores={telemetry, met_readings, icing_labels},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Builds the feature windows, calls the model and decides when a turbine should pause.
    detector_svc = tm.add(
        tg.Service(
            "Icing detection service",
            description="Runs every minute per turbine; pauses above a fixed score threshold.",
        )
    )
    # The icing detector itself; a wrong answer stops generation or leaves ice on blades.
    icing_model = tm.add(
        tg.Model(
            "Icing detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Turns pause requests and operator restarts into controller setpoints, and logs them.
    command_svc = tm.add(
        tg.Service(
            "Turbine command service",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # The control room's view: alerts, trends, and the buttons to confirm icing or restart.
    dashboard = tm.add(
        tg.Endpoint(
            "Control room dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Monthly retraining on historian data with the confirmed icing events as labels.
    training = tm.add(tg.Pipeline("Icing model training", stage=tg.Stage.TRAINING))
    # Holds the trained detector versions that the detection service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Watches the fleet around the clock and decides when iced turbines restart.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: writes the training code and launches retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# site data collection
tm.flow(turbines, scada_gw, telemetry, protocol="modbus")
tm.flow(met_mast, scada_gw, met_readings, protocol="modbus")
tm.flow(scada_gw, ingestion, telemetry, met_readings, protocol="tls", label="MQTT over TLS")
tm.flow(ingestion, historian, telemetry, met_readings)

# detection and automatic pause
tm.flow(historian, detector_svc, telemetry, met_readings, label="rolling window")
tm.flow(detector_svc, icing_model, icing_features)
tm.flow(icing_model, detector_svc, icing_score)
tm.flow(detector_svc, command_svc, pause_request)
tm.flow(command_svc, scada_gw, turbine_command, protocol="tls", label="MQTT over TLS")
tm.flow(scada_gw, turbines, turbine_command, protocol="modbus")
tm.flow(turbines, scada_gw, turbine_status, protocol="modbus", label="command acknowledgement")
tm.flow(scada_gw, command_svc, turbine_status, protocol="tls", label="MQTT over TLS")

# control room
tm.flow(command_svc, dashboard, alert, turbine_status)
tm.flow(historian, dashboard, telemetry, met_readings, label="trends")
tm.flow(dashboard, operator, alert, turbine_status, telemetry, protocol="https")
tm.flow(operator, dashboard, operator_action, protocol="https")
tm.flow(dashboard, command_svc, operator_action, label="restart requests")
tm.flow(dashboard, historian, icing_labels, label="confirmed icing events")

# retraining and deployment
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(historian, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(registry, icing_model, model_artifact, label="load on deploy")

# manufacturer remote maintenance
tm.flow(vendor_engineer, remote_gw, vendor_login, firmware, protocol="https", label="SSL VPN")
tm.flow(remote_gw, turbines, firmware, protocol="ssh")
tm.flow(turbines, remote_gw, diagnostics, protocol="ssh")
tm.flow(remote_gw, vendor_engineer, diagnostics, protocol="https", label="SSL VPN")
