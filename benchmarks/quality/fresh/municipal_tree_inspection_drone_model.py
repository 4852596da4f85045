"""Municipal street-tree inspection with drones: the first design, before any security review.

The parks department of a mid-sized US city surveys its street trees with a small
fleet of camera drones. Licensed pilots fly planned routes; at the depot the photos
and flight logs are offloaded to an upload station and sent to the city's cloud
tenant. An ingestion pipeline matches each photo to a tree in the GIS tree
inventory, cuts per-tree crops and runs an in-house detector that flags trees that
may be hazardous (dead limbs, cavities, lean). Arborists review the flags, together
with residents' 311 reports, in a web app on field tablets, inspect on site and
raise pruning or removal work orders in the city's hosted work-order system. Their
confirmed findings become labels for periodic retraining; an ML engineer promotes
new models from the registry. Controls in this design: city SSO with MFA and roles
on the review app, an arborist decision before any work order, TLS to the cloud,
KMS encryption of the imagery bucket, versioned models and a hold-out evaluation.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal tree inspection drone model",
    profile=tg.RiskProfile.LOW,
    description="Drone photos of street trees, a hazard detector, and arborist review "
    "before pruning or removal work orders.",
)

# ---------------------------------------------------------------- data assets
mission_plan = tg.Data(
    "Flight mission plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Route, altitude and photo waypoints for one survey block.",
)
imagery = tg.Data(
    "Drone tree imagery",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Geotagged street photos; they incidentally capture people, yards, "
    "windows and licence plates.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
flight_logs = tg.Data(
    "Flight logs and GPS tracks", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
tree_records = tg.Data(
    "Tree inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tree id, species, location, trunk diameter, condition, last inspection.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
tree_crops = tg.Data("Per-tree image crops", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
hazard_flags = tg.Data(
    "Hazard flags and scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
resident_reports = tg.Data(
    "Resident 311 tree reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text report, photo, address, and the caller's name and phone.",
)
findings = tg.Data(
    "Arborist inspection findings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
labels = tg.Data(
    "Confirmed hazard labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
work_orders = tg.Data(
    "Pruning and removal work orders", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_status = tg.Data("Work order status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Hazard model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt).",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("City streets and cellular", trust=tg.Trust.UNTRUSTED):
    # Pilots fly the survey routes from the roadside.
    pilot = tm.add(tg.Actor("Drone pilot", role="licensed drone pilot"))
    # The drones themselves: they fly over public streets and can be lost or taken.
    drones = tm.add(
        tg.Device(
            "Survey drone fleet",
            fleet=True,
            description="Off-the-shelf camera drones with the vendor's flight app.",
        )
    )
    # Arborists work from tablets in the field, over cellular data.
    arborist = tm.add(tg.Actor("Arborist", role="city arborist"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents report leaning or damaged trees through the city's 311 portal.
    reports_311 = tm.add(
        tg.DataSource(
            "311 tree reports",
            origin=tg.Origin.USER_UPLOAD,
            provides={resident_reports},
            description="Exported from the city's 311 CRM, filtered to forestry requests.",
        )
    )

with tm.boundary("Parks depot network", trust=tg.Trust.INTERNAL):
    # A workstation at the depot where SD cards are offloaded and uploaded.
    upload_station = tm.add(
        tg.Service(
            "Upload station",
            description="Depot PC that copies SD cards and uploads them to the cloud bucket.",
        )
    )

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Matches photos to inventory trees, cuts crops, runs the detector.
    ingestion = tm.add(
        tg.Pipeline(
            "Imagery ingestion pipeline",
            stage=tg.Stage.INGESTION,
            description="Georeferences photos, matches them to trees, crops each tree.",
        )
    )
    # Raw photos and flight logs, kept for re-review and retraining.
    imagery_store = tm.add(
        tg.DataStore(
            "Imagery bucket",
            stores={imagery, flight_logs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The department's system of record for every street tree.
    inventory = tm.add(tg.DataStore("GIS tree inventory", stores={tree_records, findings}))
    # The in-house detector that flags likely hazardous trees.
    hazard_model = tm.add(
        tg.Model(
            "Tree hazard detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned image detector; a missed hazard can mean a falling limb.",
        )
    )
    # Where arborists triage flags and record what they found on site.
    review_app = tm.add(
        tg.Endpoint(
            "Arborist review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="city SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="arborist, after an on-site inspection",
                    note="no work order is raised from a flag alone",
                ),
            },
        )
    )
    # Arborist-confirmed examples for retraining.
    training_set = tm.add(tg.Dataset("Hazard training set", stores={labels, tree_crops}))
    # Periodic retraining job.
    training = tm.add(
        tg.Pipeline(
            "Retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="hold-out set of arborist-verified trees")},
        )
    )
    # Stores model versions that serving loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("City IT office", trust=tg.Trust.INTERNAL):
    # Runs retraining and decides which version goes live.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="city data team", privileged=True))

with tm.boundary("Work-order vendor", trust=tg.Trust.PARTNER):
    # The city's hosted asset-management system that schedules crews.
    work_order_system = tm.add(
        tg.ExternalService("Work-order system", description="Hosted asset-management SaaS.")
    )

# ---------------------------------------------------------------- flows
tm.flow(pilot, drones, mission_plan, label="load mission")
tm.flow(drones, upload_station, imagery, flight_logs, protocol="local", label="SD card offload")
tm.flow(upload_station, imagery_store, imagery, flight_logs, protocol="https")
tm.flow(imagery_store, ingestion, imagery)
tm.flow(inventory, ingestion, tree_records, label="match photos to trees")
tm.flow(ingestion, hazard_model, tree_crops)
tm.flow(hazard_model, ingestion, hazard_flags)
tm.flow(ingestion, review_app, hazard_flags, tree_crops)

tm.flow(reports_311, review_app, resident_reports, protocol="https", label="nightly export")
tm.flow(imagery_store, review_app, imagery, label="full photo on demand")
tm.flow(review_app, arborist, hazard_flags, tree_crops, imagery, protocol="https")
tm.flow(arborist, review_app, findings, protocol="https")
tm.flow(review_app, inventory, findings, label="update tree condition")
tm.flow(review_app, work_order_system, work_orders, protocol="https")
tm.flow(work_order_system, review_app, work_status, protocol="https")

tm.flow(review_app, training_set, labels, tree_crops)
tm.flow(training_set, training, labels, tree_crops)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promote version")
tm.flow(registry, hazard_model, weights, label="deploy")
