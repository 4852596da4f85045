"""Satellite encroachment monitoring for a gas transmission pipeline operator: first design.

Every week an ingestion job sends our corridor outlines to a commercial imagery
vendor and downloads the new satellite scenes over those corridors through the
vendor's delivery API, then clips them into tiles in our analytics cloud. A weekly
detection run scores the tiles with an object detector we trained in-house, which
flags excavation, new structures and heavy plant near the pipe; flagged sites land
in a case database. An integrity analyst triages the flags in the patrol tasking
service and assigns site visits, which sync to patrol teams' company tablets over
the mobile network. Patrol findings (confirmed, false alarm, photos) come back the
same way and are turned into labels for a quarterly retraining; an ML engineer
promotes new model versions from the registry after an evaluation on held-out sites.
Staff and tablets sign in through corporate SSO; the vendor API key is kept in the
cloud secret manager; stores use the cloud provider's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pipeline corridor satellite encroachment monitoring",
    profile=tg.RiskProfile.HIGH,
    description="Weekly satellite imagery scored for third-party interference near gas pipelines; "
    "flags sent to patrol teams, findings fed back for retraining.",
)

# ---------------------------------------------------------------- data assets
corridors = tg.Data(
    "Pipeline corridor geometry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pipe centrelines, depth-of-cover notes and corridor buffer polygons.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
aoi_order = tg.Data(
    "Corridor areas of interest order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
scenes = tg.Data(
    "Satellite scenes",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed 50 cm optical imagery, delivered as GeoTIFF.",
)
tiles = tg.Data("Corridor image tiles", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
detections = tg.Data(
    "Encroachment detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Boxes with class (excavation, structure, heavy vehicle) and confidence.",
)
flagged_sites = tg.Data(
    "Flagged encroachment sites",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
triage = tg.Data(
    "Analyst triage and assignments", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
visit_tasks = tg.Data(
    "Site visit tasks",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Location, image chip and pipe details for each site to visit.",
)
findings = tg.Data(
    "Patrol findings",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Outcome of each visit, notes, site photos (may show landowners and contractors).",
)
labels = tg.Data(
    "Encroachment labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data("Detector checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Imagery vendor", trust=tg.Trust.PARTNER):
    # Commercial satellite operator; we buy weekly collections over our corridors.
    vendor = tm.add(
        tg.DataSource(
            "Satellite imagery vendor",
            origin=tg.Origin.VENDOR,
            provides={scenes},
            description="Order and delivery API of the imagery provider.",
        )
    )

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Orders imagery for the corridors and clips delivered scenes into tiles.
    ingestion = tm.add(
        tg.Pipeline(
            "Weekly imagery ingestion",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={c.SecretsManagement(note="vendor API key in the cloud secret manager")},
        )
    )
    # Object storage for tiles, used by scoring and by labeling.
    tile_store = tm.add(
        tg.DataStore(
            "Imagery tile store",
            stores={tiles},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the detector over the week's tiles and keeps hits inside the corridor buffer.
    detection_run = tm.add(tg.Service("Weekly detection run"))
    # In-house object detector for digging, new buildings and heavy vehicles.
    detector = tm.add(
        tg.Model(
            "Encroachment detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Flagged sites and their patrol outcomes: the record of each encroachment case.
    case_db = tm.add(
        tg.DataStore(
            "Encroachment case database",
            stores={flagged_sites, findings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console for analysts and sync API for patrol tablets.
    tasking = tm.add(
        tg.Service(
            "Patrol tasking service",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="integrity analyst"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Joins patrol outcomes to the tiles of each flagged site to make labels.
        labeling = tm.add(tg.Pipeline("Label builder", stage=tg.Stage.LABELING))
        # Tiles with confirmed and false-alarm labels, plus the original hand-labelled set.
        train_set = tm.add(tg.Dataset("Encroachment training set", stores={labels, tiles}))
        # Quarterly fine-tuning of the detector on the growing label set.
        training = tm.add(
            tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versioned detector checkpoints; the serving run loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning(), c.ModelValidation(note="held-out site evaluation")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # GIS system of record for the pipeline network.
    gis = tm.add(tg.DataStore("Corridor GIS", stores={corridors}))
    # Triages flags and assigns patrol visits.
    analyst = tm.add(tg.Actor("Integrity analyst", role="pipeline integrity analyst"))
    # Owns training and promotes model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Company-issued tablets carried by patrol teams, on the public mobile network.
    tablets = tm.add(
        tg.Device(
            "Patrol tablets",
            fleet=True,
            controls={c.EncryptionAtRest(key_management="MDM-enforced device encryption")},
        )
    )
    # Visits flagged sites and records what is there.
    patrol = tm.add(tg.Actor("Patrol officer", role="pipeline patrol"))

# ---------------------------------------------------------------- flows
# imagery in
tm.flow(gis, ingestion, corridors, protocol="https")
tm.flow(ingestion, vendor, aoi_order, protocol="https", label="weekly order")
tm.flow(vendor, ingestion, scenes, protocol="https", label="scene delivery")
tm.flow(ingestion, tile_store, tiles)

# detection
tm.flow(tile_store, detection_run, tiles)
tm.flow(gis, detection_run, corridors, protocol="https", label="corridor buffers")
tm.flow(detection_run, detector, tiles)
tm.flow(detector, detection_run, detections)
tm.flow(detection_run, case_db, flagged_sites)

# triage and patrol
tm.flow(case_db, tasking, flagged_sites)
tm.flow(tasking, analyst, flagged_sites, protocol="https")
tm.flow(analyst, tasking, triage, protocol="https")
tm.flow(tasking, tablets, visit_tasks, protocol="https", label="tablet sync")
tm.flow(tablets, patrol, visit_tasks)
tm.flow(patrol, tablets, findings)
tm.flow(tablets, tasking, findings, protocol="https", label="tablet sync")
tm.flow(tasking, case_db, triage, findings)

# feedback and retraining
tm.flow(case_db, labeling, flagged_sites, findings)
tm.flow(tile_store, labeling, tiles)
tm.flow(labeling, train_set, labels, tiles)
tm.flow(train_set, training, labels, tiles)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, protocol="https", label="promotes version")
tm.flow(registry, detector, weights, label="deploy")
