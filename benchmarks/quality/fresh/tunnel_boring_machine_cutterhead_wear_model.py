"""TBM cutterhead wear model: the first design, before any security review.

A tunnelling contractor wants to predict disc cutter wear on its tunnel boring
machine and plan cutter-change stops instead of waiting for inspections. Sensors
on the cutterhead (thrust, torque, RPM, cutter temperatures) are wired to the
machine's PLC, which sits on the site network with the operator's cabin panel.
An edge gateway on the site server reads the PLC tags over OPC UA, keeps a local
historian and forwards the telemetry over HTTPS to the contractor's cloud tenancy.
There a recommendation service runs an in-house wear regression model on recent
data and shows predicted wear and suggested stop windows on a dashboard; the
tunnel engineers decide every stop and record measured wear after each change,
which feeds monthly retraining into a versioned model registry. The TBM maker
gets a telemetry copy for warranty and service monitoring. Controls: company SSO
with MFA on the dashboard, a per-gateway API key, managed-key lake encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "TBM cutterhead wear model",
    profile=tg.RiskProfile.HIGH,
    description="Cutter wear prediction and cutter-change recommendations for a tunnel boring machine.",
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "Cutterhead sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Thrust, torque, cutterhead RPM and per-cutter temperatures.",
)
setpoints = tg.Data(
    "TBM operating setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "TBM machine telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="PLC tags: sensor readings plus advance rate, chamber pressure and ring number.",
)
wear_features = tg.Data(
    "Cutter wear features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
wear_prediction = tg.Data(
    "Predicted cutter wear", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
recommendation = tg.Data(
    "Cutter change recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suggested stop window and the cutters to change.",
)
inspections = tg.Data(
    "Cutter inspection records",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Measured wear and cutters changed at each stop, entered by engineers.",
)
weights = tg.Data(
    "Wear model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="joblib dump of the gradient-boosted regressor.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Tunnel site network", trust=tg.Trust.INTERNAL):
    # The people who run the machine and decide on cutter changes.
    operator = tm.add(tg.Actor("TBM operator", role="machine operator"))
    engineer = tm.add(tg.Actor("Tunnel engineer", role="shift engineer"))

    with tm.boundary("TBM machine", trust=tg.Trust.INTERNAL):
        # Hard-wired sensors on the cutterhead and main drive: the model's raw input.
        sensors = tm.add(
            tg.Device(
                "Cutterhead sensors",
                description="Load cells, torque transducers and cutter temperature probes.",
            )
        )

    # The machine's controller; it sits on the site network, the gateway reads its tags.
    plc = tm.add(
        tg.Service(
            "TBM PLC",
            description="Machine controller; runs thrust, cutterhead drive and segment erector.",
        )
    )
    # Site server software that collects PLC tags and forwards them off site.
    gateway = tm.add(
        tg.Service(
            "Site edge gateway",
            description="Polls the PLC over OPC UA every second, buffers when the uplink drops.",
        )
    )
    # Local store so engineers keep trends when the uplink to the cloud is down.
    historian = tm.add(tg.DataStore("Site historian", stores={telemetry}))

with tm.boundary("Contractor cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the site gateway posts telemetry.
    ingestion = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-gateway API key")},
        )
    )
    # All telemetry from the drive, the model's input and training history.
    lake = tm.add(
        tg.DataStore(
            "Telemetry lake",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds features from the last shifts, calls the model, writes recommendations.
    recommender = tm.add(
        tg.Service(
            "Wear recommendation service",
            description="Every 15 minutes, predicts wear per cutter and proposes stop windows.",
            controls={c.HumanInTheLoop(approver="the shift engineer decides every stop")},
        )
    )
    # The prediction itself.
    model = tm.add(
        tg.Model(
            "Cutter wear model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor of remaining cutter life from load and temperature.",
        )
    )
    # What engineers see and where they record inspections.
    dashboard = tm.add(
        tg.Endpoint(
            "Wear dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Ground truth from cutter changes: the training labels.
    inspection_db = tm.add(tg.DataStore("Cutter inspection log", stores={inspections}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly retraining on telemetry and measured wear.
        training = tm.add(tg.Pipeline("Monthly wear model retraining", stage=tg.Stage.TRAINING))
        # Versions of the model, promoted by the data scientist.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("TBM manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's monitoring platform: warranty and service support.
    manufacturer = tm.add(
        tg.ExternalService(
            "Manufacturer telemetry service",
            description="The OEM's machine monitoring portal.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, plc, sensor_readings, label="hard-wired I/O")
tm.flow(operator, plc, setpoints, label="entered on the panel")
tm.flow(plc, gateway, telemetry, protocol="opc-ua")
tm.flow(gateway, historian, telemetry)
tm.flow(historian, engineer, telemetry, label="site trend screens")

tm.flow(gateway, ingestion, telemetry, protocol="https")
tm.flow(ingestion, lake, telemetry)
tm.flow(gateway, manufacturer, telemetry, protocol="https", label="OEM telemetry copy")

tm.flow(lake, recommender, telemetry, label="recent shifts")
tm.flow(recommender, model, wear_features)
tm.flow(model, recommender, wear_prediction)
tm.flow(recommender, dashboard, wear_prediction, recommendation)
tm.flow(dashboard, engineer, wear_prediction, recommendation, protocol="https")
tm.flow(engineer, dashboard, inspections, protocol="https", label="records measured wear")
tm.flow(dashboard, inspection_db, inspections)

tm.flow(lake, training, telemetry)
tm.flow(inspection_db, training, inspections)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
