"""Harvester species and volume models: the first design, before any security review.

Our harvesters fell and buck trees on forest owners' land. A computer in each cab
runs two of our own models: a species classifier on frames from the boom cameras
and a log volume estimator on the diameter and length readings of the harvester
head sensors. The cab tally app shows each stem to the operator, who can correct
the species, and writes production records (species, logs, volumes, operator ID,
position) to an on-board buffer; when the machine has 4G coverage it uploads them
to our fleet gateway in the cloud, which fills the timber tally database. The
contract manager approves each site's tally before it is exported to the timber
buyer's settlement system, and mill scaling results come back as ground truth.
Sample frames, labelled by an ML engineer, retrain the models, which go out to the
cabs over the air. Controls: HTTPS with a per-machine key on uploads, sensor range
checks, encrypted and role-restricted tally database, evaluation before release.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Harvester species and volume models",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "On-machine tree species and log volume estimation feeding the timber sale "
        "tally that forest owners and buyers are paid on."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Boom camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stills of each stem at the harvester head, bark and cross-cut face.",
)
head_readings = tg.Data(
    "Head sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Diameter and feed length measurements per log, from the head's calipers and wheel.",
)
species = tg.Data("Species prediction", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
volumes = tg.Data(
    "Log volume estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
stem_display = tg.Data(
    "Stem summary on display", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
correction = tg.Data(
    "Operator species correction", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL
)
production = tg.Data(
    "Production records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="StanForD-style stem and log records with operator ID, machine position and times.",
)
tally = tg.Data(
    "Timber sale tally",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Volumes per species and assortment per site, the basis of payment.",
)
tally_approval = tg.Data("Tally approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scaling = tg.Data(
    "Mill scaling results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Volumes and species the buyer's mill measured for each delivered load.",
)
samples = tg.Data("Sample stem frames", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Species labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_package = tg.Data(
    "Edge model package", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Harvester cab", trust=tg.Trust.INTERNAL):
    # The contractor's operator who runs the machine and checks each stem.
    operator = tm.add(tg.Actor("Harvester operator", role="machine operator"))
    # Cameras on the boom looking at the stem in the harvester head.
    cameras = tm.add(tg.Device("Boom cameras", fleet=True))
    # The head's diameter calipers and length measuring wheel, read over the machine bus.
    head_sensors = tm.add(tg.Device("Harvester head sensors", fleet=True))
    # Names the tree species of each stem from the camera frames.
    classifier = tm.add(
        tg.Model(
            "Tree species classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Species sets the price per cubic metre in the tally.",
        )
    )
    # Estimates each log's volume from the head readings and the species.
    estimator = tm.add(
        tg.Model(
            "Log volume estimator",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Taper and bark-thickness model per species; volumes are what is paid for.",
        )
    )
    # The cab application: runs both models, shows results, keeps the production file.
    cab_app = tm.add(
        tg.Service(
            "Cab tally app",
            controls={
                c.InputValidation(note="diameter and length range checks against calibration")
            },
        )
    )
    # Queues production records while the machine is out of coverage.
    buffer = tm.add(tg.DataStore("On-board production buffer", stores={production}))

with tm.boundary("Contractor cloud", trust=tg.Trust.INTERNAL):
    # Receives uploads from every harvester over the mobile network.
    gateway = tm.add(
        tg.Endpoint(
            "Fleet upload gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-machine API key")},
        )
    )
    # The contractor's record of what was cut on each site, per species and assortment.
    tally_db = tm.add(
        tg.DataStore(
            "Timber tally database",
            stores={production, tally, scaling},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Sample frames and their labels, plus mill scaling for the volume model.
    training_set = tm.add(
        tg.Dataset("Species and volume training set", stores={samples, labels, scaling})
    )
    # Periodic retraining of both models, evaluated against mill scaling before release.
    retraining = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, controls={c.ModelValidation()})
    )
    # Versions of the edge model package.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_package}, controls={c.ModelVersioning()})
    )
    # Pushes an approved package to the cab computers over the air.
    ota = tm.add(tg.Pipeline("Over-the-air model deployment", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Contractor office", trust=tg.Trust.INTERNAL):
    # Checks and approves each site's tally before it goes to the buyer.
    manager = tm.add(tg.Actor("Contract manager", role="contract manager"))
    # Labels sample frames and approves model releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Timber buyer", trust=tg.Trust.PARTNER):
    # The sawmill or forest company that pays on the tally and scales the loads.
    buyer = tm.add(tg.ExternalService("Timber buyer settlement system", provides="data-provider"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, cab_app, frames)
tm.flow(head_sensors, cab_app, head_readings, label="machine CAN bus")
tm.flow(cab_app, classifier, frames)
tm.flow(classifier, cab_app, species)
tm.flow(cab_app, estimator, head_readings, species)
tm.flow(estimator, cab_app, volumes)
tm.flow(cab_app, operator, stem_display, label="on the cab touchscreen")
tm.flow(operator, cab_app, correction, label="on the cab touchscreen")
tm.flow(cab_app, buffer, production)
tm.flow(buffer, cab_app, production, label="queued for upload")

tm.flow(cab_app, gateway, production, samples, protocol="https", label="over 4G when in coverage")
tm.flow(gateway, tally_db, production)
tm.flow(tally_db, manager, tally, protocol="https")
tm.flow(
    manager,
    tally_db,
    tally_approval,
    protocol="https",
    controls={c.HumanInTheLoop(approver="the contract manager approves each site's tally")},
)
tm.flow(tally_db, buyer, tally, protocol="sftp", label="weekly export of approved tallies")
tm.flow(buyer, tally_db, scaling, protocol="sftp", label="mill scaling results")

tm.flow(gateway, training_set, samples)
tm.flow(tally_db, training_set, scaling)
tm.flow(ml_engineer, training_set, labels, protocol="https")
tm.flow(training_set, retraining, samples, labels, scaling)
tm.flow(retraining, registry, model_package)
tm.flow(ml_engineer, ota, release_approval, protocol="https")
tm.flow(registry, ota, model_package)
tm.flow(ota, classifier, model_package, protocol="https", label="over 4G")
tm.flow(ota, estimator, model_package, protocol="https", label="over 4G")
