"""Airport baggage hall jam and misroute prediction: the first design.

Photo-eye and motor-current sensors on the baggage conveyors and barcode scanner
arrays reading bag tags feed the conveyor PLCs, supervised by the BHS control
system (SCADA) on the baggage hall OT network; a sensor historian keeps the
readings. Airlines' departure control systems send bag source messages (BSMs)
over the SITA network to a BSM gateway that updates the bag tracking database.
A prediction service in the airport IT network scores recent readings and
tracking records with an in-house gradient-boosted model, retrained monthly,
and raises jam and misroute alerts as SCADA alarms; control room operators
decide whether to reroute bags or stop a conveyor. The BHS integrator maintains
the PLCs and SCADA remotely through the airport's VPN gateway. The PLCs keep
hard-wired interlocks and emergency stops; SCADA has role-based operator
accounts and logs operator commands.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport baggage hall jam prediction",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts conveyor jams and misrouted bags from BHS sensors and bag messages, "
        "alerting the baggage control room."
    ),
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "Conveyor sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo-eye blockages, motor currents, belt speeds, per conveyor section.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
tag_reads = tg.Data(
    "Bag tag scan events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ten-digit licence plate read at each scanner, with time and location.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bsm = tg.Data(
    "Bag source messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IATA BSMs: bag tag number, flight, destination, passenger name.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
tracking = tg.Data(
    "Bag tracking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each bag's expected route and the scanners it has passed.",
)
commands = tg.Data(
    "Conveyor commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reroute a bag, divert to manual coding, stop or restart a section.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plant_status = tg.Data("Conveyor status and alarms", kind="records")
alerts = tg.Data(
    "Jam and misroute alerts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted jam location and probability, bags likely to miss their flight.",
)
history = tg.Data(
    "Historical sensor and tracking data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Two years of readings and bag journeys, labelled with recorded jams.",
)
model_file = tg.Data("Jam model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
maintenance = tg.Data(
    "PLC programs and SCADA configuration",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The integrator's engineers support the BHS from their own offices.
    integrator = tm.add(
        tg.Actor("BHS integrator engineer", role="system integrator", privileged=True)
    )

with tm.boundary("SITA network", trust=tg.Trust.PARTNER):
    # Airlines (or their handling agents) own the departure control systems.
    dcs = tm.add(
        tg.ExternalService(
            "Airline departure control systems",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Send a BSM for every checked bag, and changes and deletions.",
        )
    )

with tm.boundary("Airport DMZ", trust=tg.Trust.INTERNAL):
    # The one way in for the integrator's remote sessions.
    vpn = tm.add(
        tg.Service(
            "Remote access VPN gateway",
            description="Client VPN terminating in the DMZ.",
            controls={
                c.Authentication(method="VPN client certificate and password"),
                c.AuditLogging(retention_days=90),
            },
        )
    )

with tm.boundary("Airport IT network", trust=tg.Trust.INTERNAL):
    # Parses Type B BSMs off the SITA link and updates the tracking database.
    bsm_gateway = tm.add(
        tg.Service("BSM gateway", controls={c.SchemaEnforcement(note="IATA RP 1745 parser")})
    )
    # System of record for where every bag is and should be.
    tracking_db = tm.add(tg.DataStore("Bag tracking database", stores={tracking}))
    # Streams recent readings into features and scores them every 30 seconds.
    predictor = tm.add(
        tg.Service(
            "Jam prediction service",
            description="Builds rolling features per conveyor section and calls the model.",
        )
    )
    # Gradient-boosted trees, trained in-house.
    jam_model = tm.add(
        tg.Model(
            "Jam and misroute model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={c.ModelValidation(note="backtest on last quarter before each release")},
        )
    )
    # Monthly retraining job run by the airport's data team.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.DataVersioning()},
        )
    )
    # Keeps each trained model version; the service loads the one marked current.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )

with tm.boundary("Baggage hall OT network", trust=tg.Trust.RESTRICTED):
    # Photo-eyes and motor-current sensors along every conveyor section.
    sensors = tm.add(tg.Device("Conveyor sensors"))
    # Multi-head scanner arrays reading bag tag barcodes.
    scanners = tm.add(tg.Device("Barcode scanner arrays"))
    # Drive the conveyors, diverters and merges.
    plcs = tm.add(
        tg.Device(
            "Conveyor PLCs",
            controls={
                c.SafetyLimits(
                    limits="hard-wired emergency stops, jam photo-eye interlocks, motor overload trips"
                )
            },
        )
    )
    # Supervises the PLCs, routes bags by destination and shows alarms to operators.
    scada = tm.add(
        tg.Service(
            "BHS control system (SCADA)",
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )
    # Time-series store of everything the SCADA sees.
    historian = tm.add(tg.DataStore("Sensor historian", stores={sensor_readings, tag_reads}))

with tm.boundary("Baggage control room", trust=tg.Trust.INTERNAL):
    # Watches the SCADA screens around the clock and acts on alerts.
    operator = tm.add(tg.Actor("Baggage control room operator", role="operator"))

# ---------------------------------------------------------------- flows
# Field level
tm.flow(sensors, plcs, sensor_readings, protocol="profinet")
tm.flow(scanners, plcs, tag_reads, protocol="profinet")
tm.flow(plcs, scada, sensor_readings, tag_reads, plant_status, protocol="profinet")
tm.flow(scada, plcs, commands, protocol="profinet", id="scada-commands-plcs")
tm.flow(scada, historian, sensor_readings, tag_reads, protocol="opc-ua")

# Bag messages from the airlines
tm.flow(dcs, bsm_gateway, bsm, protocol="ibm mq", label="Type B BSMs over SITA")
tm.flow(bsm_gateway, tracking_db, tracking, protocol="sql")
tm.flow(scada, tracking_db, tag_reads, protocol="sql", label="scanner reads by bag")
tm.flow(tracking_db, scada, tracking, protocol="sql", label="sort destination per bag")

# Prediction
tm.flow(historian, predictor, sensor_readings, tag_reads, protocol="opc-ua")
tm.flow(tracking_db, predictor, tracking, protocol="sql")
tm.flow(predictor, jam_model, sensor_readings, tag_reads, tracking, protocol="local")
tm.flow(jam_model, predictor, alerts, protocol="local")
tm.flow(predictor, scada, alerts, protocol="opc-ua", label="alerts raised as SCADA alarms")

# Control room
tm.flow(scada, operator, plant_status, alerts, label="on the SCADA HMI")
tm.flow(operator, scada, commands, label="reroute or stop from the HMI")

# Retraining
tm.flow(historian, training, history, protocol="opc-ua")
tm.flow(tracking_db, training, history, protocol="sql")
tm.flow(training, registry, model_file, protocol="https")
tm.flow(registry, predictor, model_file, protocol="https", label="load current version")

# Integrator remote maintenance
tm.flow(integrator, vpn, maintenance, protocol="ipsec")
tm.flow(vpn, scada, maintenance, protocol="rdp", label="engineering workstation session")
tm.flow(
    scada, plcs, maintenance, protocol="profinet", label="PLC program downloads", id="plc-downloads"
)
tm.flow(scada, vpn, plant_status, protocol="rdp")
tm.flow(vpn, integrator, plant_status, protocol="ipsec")
