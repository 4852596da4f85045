"""TBM face pressure advisor: the first design, before any security review.

A contractor boring a metro tunnel runs a model on the tunnel boring machine's
on-board server that advises face support pressure and thrust ring by ring. It
reads the machine's sensors from the TBM data logger, the ground investigation
data on the site office network, and surface settlement readings that monitoring
points along the route send over a cellular network to a monitoring contractor's
cloud, which the advisor polls. The advice appears on the TBM pilot's screen in
the cab; the pilot sets the pressures on the cab controls, and the machine's PLC
enforces hard limits. A specialist consultancy trained the model and updates it
remotely, pulling drive records and uploading new model files to a site store.
Controls: PLC hard limits, an API key on the settlement feed, SFTP for the
consultancy, role-based access to the ground data and an advice log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "TBM face pressure advisor",
    profile=tg.RiskProfile.HIGH,
    description="Advises face support pressure and thrust to the TBM pilot from machine, "
    "ground and settlement data.",
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "TBM sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Earth pressure cells, thrust, cutterhead torque, screw conveyor speed, ring number.",
)
ground_data = tg.Data(
    "Ground investigation data",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Borehole logs, geological long section, groundwater levels per chainage.",
)
settlement = tg.Data(
    "Surface settlement readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data("Advisor input features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
advice = tg.Data(
    "Face pressure and thrust advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Face pressure and thrust setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
drive_records = tg.Data(
    "Drive records",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Logged inputs, advice given and setpoints applied, ring by ring.",
)
model_file = tg.Data("Advisor model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cellular network", trust=tg.Trust.UNTRUSTED):
    # Prisms and levelling loggers along the route, on buildings and in the street.
    monitoring_points = tm.add(
        tg.Device(
            "Settlement monitoring points",
            fleet=True,
            description="Battery loggers on buildings and pavements above the tunnel line.",
        )
    )

with tm.boundary("Monitoring contractor cloud", trust=tg.Trust.PARTNER):
    # The monitoring contractor's hosted platform that collects and serves settlement data.
    monitoring_cloud = tm.add(
        tg.ExternalService(
            "Settlement monitoring platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Consultancy", trust=tg.Trust.PARTNER):
    # The consultancy's data scientist who owns the model and ships its updates.
    consultant = tm.add(
        tg.Actor("Consultancy data scientist", role="model supplier", privileged=True)
    )
    # Retraining runs on the consultancy's own infrastructure.
    training = tm.add(
        tg.Pipeline(
            "Consultancy retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="back-tested against earlier drives before release")},
        )
    )

with tm.boundary("Site office network", trust=tg.Trust.INTERNAL):
    # Keeps the ground model the advisor needs for the chainage being bored.
    geotech = tm.add(tg.Actor("Geotechnical engineer", role="site engineer"))
    ground_db = tm.add(
        tg.DataStore("Ground investigation database", stores={ground_data}, controls={c.RBAC()})
    )
    # Where the consultancy drops new model versions for the TBM to load.
    model_store = tm.add(tg.ModelRegistry("Site model store", stores={model_file}))

with tm.boundary("TBM on-board network", trust=tg.Trust.INTERNAL):
    # Assembles the inputs every ring, runs the model and shows the advice.
    advisor = tm.add(
        tg.Service(
            "Face pressure advisor service",
            description="Runs on the TBM's on-board server.",
        )
    )
    # The model itself: a regressor whose advice bears on ground stability.
    model = tm.add(
        tg.Model(
            "Face pressure model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor trained by the consultancy.",
        )
    )
    # The pilot's screen in the cab where the advice is displayed.
    cab_hmi = tm.add(tg.Service("Pilot cab HMI"))
    # The person who decides and sets the pressures.
    pilot = tm.add(tg.Actor("TBM pilot", role="machine operator"))
    # Collects the machine's sensor values from the PLC for the advisor and the log.
    data_logger = tm.add(tg.Service("TBM data logger"))
    # Every ring's inputs, advice and applied setpoints, for review and retraining.
    advice_log = tm.add(
        tg.DataStore(
            "Advice log",
            stores={drive_records},
            controls={c.AuditLogging(retention_days=3650)},
        )
    )

    with tm.boundary("TBM control network", trust=tg.Trust.RESTRICTED):
        # The machine's PLC: takes the pilot's setpoints and holds them within hard limits.
        plc = tm.add(
            tg.Service(
                "TBM PLC",
                controls={
                    c.SafetyLimits(
                        limits="face pressure and thrust bands set by the design engineer"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(monitoring_points, monitoring_cloud, settlement, protocol="https", label="cellular upload")
tm.flow(
    monitoring_cloud,
    advisor,
    settlement,
    protocol="https",
    label="polled every 15 minutes",
    controls={c.Authentication(method="API key")},
)

tm.flow(geotech, ground_db, ground_data, protocol="https", label="updates ground model")
tm.flow(ground_db, advisor, ground_data, protocol="https")

tm.flow(plc, data_logger, sensor_readings, protocol="opc-ua")
tm.flow(data_logger, advisor, sensor_readings)

tm.flow(advisor, model, features)
tm.flow(model, advisor, advice)
tm.flow(advisor, cab_hmi, advice)
tm.flow(cab_hmi, pilot, advice, label="on the panel")
tm.flow(pilot, plc, setpoints, label="cab controls on the panel")

tm.flow(advisor, advice_log, drive_records)
tm.flow(data_logger, advice_log, sensor_readings, setpoints, label="applied setpoints")
tm.flow(advice_log, geotech, drive_records, protocol="https", label="ring-by-ring review")

tm.flow(advice_log, training, drive_records, protocol="sftp", label="weekly export")
tm.flow(consultant, training, training_config)
tm.flow(training, model_store, model_file, protocol="sftp", label="remote model update")
tm.flow(model_store, model, model_file, label="loaded at shift change")
