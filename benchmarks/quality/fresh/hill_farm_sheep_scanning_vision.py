"""Hill farm sheep scanning: the first design, before any security review.

A hill farming cooperative lends its members a race scanning unit: a camera and an
EID ear tag reader mounted on the sheep race at handling time. The farmer starts a
batch on the unit's touchscreen, and the unit uploads images and tag reads over the
farm's broadband or a mobile hotspot to the cooperative's cloud, where an in-house
vision model scores each ewe's body condition and lameness. Scores land in the
farmer's flock record, which the farmer sees and corrects in the flock app; the
flock's vet reads the scores through a vet portal to write the annual health plan.
A nightly job reports sheep movements to the national livestock database. Farmer
corrections and the stored images feed a periodic retraining of the model.
Controls in this design: HTTPS on every link, a per-unit API key on uploads,
password sign-in for farmers and vets with each seeing only their own flocks,
encryption at rest and backups on the cloud stores, and a hold-out evaluation
before a retrained model is deployed.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Hill farm sheep scanning",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Race-side sheep body condition and lameness scoring for a farming cooperative.",
)

# ---------------------------------------------------------------- data assets
batch_details = tg.Data(
    "Batch details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Holding number, mob and handling date entered at the race.",
)
race_images = tg.Data(
    "Race images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Side and rear frames of each ewe passing the race.",
)
tag_reads = tg.Data(
    "EID tag reads",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Electronic ear tag numbers with time and holding of each read.",
)
scores = tg.Data(
    "Condition and lameness scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
corrections = tg.Data(
    "Score corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
flock_records = tg.Data(
    "Flock records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Keeper name, holding, contact details, per-ewe history and scores.",
)
health_plan = tg.Data(
    "Annual flock health plan",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
movements = tg.Data(
    "Movement records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Departure and arrival holdings, keeper and tag numbers of moved sheep.",
)
movement_receipt = tg.Data("Movement receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_set = tg.Data(
    "Labelled scan set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Race images paired with accepted or farmer-corrected scores.",
)
weights = tg.Data(
    "Scoring model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members use the flock app on their own phones and computers.
    farmer = tm.add(tg.Actor("Farmer", role="cooperative member"))

with tm.boundary("Member farms", trust=tg.Trust.UNTRUSTED):
    # The loaned unit sits on whichever farm has it this week, on that farm's network.
    race_unit = tm.add(
        tg.Device(
            "Race camera and tag reader unit",
            fleet=True,
            description="Ruggedised camera, EID panel reader and small PC; moved between farms.",
        )
    )

with tm.boundary("Vet practices", trust=tg.Trust.PARTNER):
    # Each flock's own vet writes the annual health plan from the scores.
    vet = tm.add(tg.Actor("Flock vet", role="veterinary surgeon"))

with tm.boundary("Government systems", trust=tg.Trust.PARTNER):
    # Statutory movement reporting goes here.
    livestock_db = tm.add(
        tg.ExternalService(
            "National livestock database",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Receives batches from the race units.
    upload_api = tm.add(
        tg.Endpoint(
            "Scan upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-unit API key")},
        )
    )
    # Splits batches per ewe, matches frames to tag reads and calls the model.
    scan_service = tm.add(tg.Service("Scan processing service"))
    # The model that turns race frames into scores.
    scoring_model = tm.add(
        tg.Model(
            "Body condition and lameness model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN giving a body condition band and a lameness flag, with confidence.",
        )
    )
    # Raw frames kept for audit of scores and for retraining.
    image_store = tm.add(
        tg.DataStore(
            "Race image store",
            stores={race_images},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # The system of record for every member's flock.
    flock_db = tm.add(
        tg.DataStore(
            "Flock records database",
            stores={flock_records, tag_reads, scores, corrections, movements, health_plan},
            controls={
                c.EncryptionAtRest(key_management="cloud provider KMS"),
                c.DataVersioning(note="nightly snapshots"),
            },
        )
    )
    # The backend of the farmers' flock app.
    flock_api = tm.add(
        tg.Endpoint(
            "Flock app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="a farmer sees only the holdings on their account"),
            },
        )
    )
    # Where vets read their client flocks and upload health plans.
    vet_portal = tm.add(
        tg.Endpoint(
            "Vet portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="a vet sees flocks whose farmer has named the practice"),
            },
        )
    )
    # Sends new movements to the national database each night.
    movement_job = tm.add(tg.Service("Nightly movement reporting job"))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Images joined with accepted and corrected scores.
        scan_set = tm.add(tg.Dataset("Labelled scan dataset", stores={training_set}))
        # Quarterly retraining, with a hold-out check before release.
        retraining = tm.add(
            tg.Pipeline(
                "Model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out accuracy must not drop")},
            )
        )
        # Versioned checkpoints that the scoring service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model store",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# At the race
tm.flow(farmer, race_unit, batch_details, label="entered on the unit's touchscreen")
tm.flow(
    race_unit,
    upload_api,
    batch_details,
    race_images,
    tag_reads,
    protocol="https",
    label="farm broadband or mobile hotspot",
)

# Scoring
tm.flow(upload_api, image_store, race_images)
tm.flow(upload_api, scan_service, batch_details, race_images, tag_reads)
tm.flow(scan_service, scoring_model, race_images)
tm.flow(scoring_model, scan_service, scores)
tm.flow(scan_service, flock_db, tag_reads, scores)

# Farmers
tm.flow(farmer, flock_api, corrections, protocol="https")
tm.flow(flock_api, farmer, flock_records, scores, protocol="https")
tm.flow(flock_api, flock_db, corrections)
tm.flow(flock_db, flock_api, flock_records, scores)

# Vets
tm.flow(flock_db, vet_portal, flock_records, scores)
tm.flow(vet_portal, vet, flock_records, scores, protocol="https")
tm.flow(vet, vet_portal, health_plan, protocol="https")
tm.flow(vet_portal, flock_db, health_plan)

# Movement reporting
tm.flow(flock_db, movement_job, movements)
tm.flow(movement_job, livestock_db, movements, protocol="https")
tm.flow(livestock_db, movement_job, movement_receipt, protocol="https")
tm.flow(movement_job, flock_db, movement_receipt)

# Retraining
tm.flow(image_store, scan_set, race_images)
tm.flow(flock_db, scan_set, scores, corrections)
tm.flow(scan_set, retraining, training_set)
tm.flow(retraining, registry, weights)
tm.flow(registry, scoring_model, weights, label="deploy")
