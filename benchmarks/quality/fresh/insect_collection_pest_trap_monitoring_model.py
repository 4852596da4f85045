"""Museum pest trap monitoring: the first design, before any security review.

Collections care technicians check the sticky blunder traps in the galleries and
the stores every month and photograph each one with a museum-issued tablet. The
tablet app uploads the photo with the trap's id to an upload API in the museum's
cloud tenant, where an object detector counts museum beetles (Anthrenus) and
webbing clothes moths (Tineola) on the trap. Counts and the trap register are
kept in a pest monitoring database; a threshold service compares each trap's
trend with the integrated pest management thresholds and raises freezing or
fumigation tasks in the collections management system for the conservation team.
Conservators review counts and photos on a dashboard behind the museum's SSO and
correct miscounts; their corrections become labels for a retraining pipeline
that fine-tunes the detector from open base weights and publishes it through a
model registry. Uploads use per-tablet API keys over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum pest trap monitoring",
    profile=tg.RiskProfile.LOW,
    description=(
        "Counts museum beetles and clothes moths on sticky trap photos and raises "
        "freezing or fumigation tasks for the conservation team."
    ),
)

# ---------------------------------------------------------------- data assets
trap_photo = tg.Data(
    "Trap photo",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo of one sticky trap, taken in a gallery or a store room.",
)
trap_record = tg.Data(
    "Trap inspection record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Trap id, room, date of inspection and the tablet it came from.",
)
pest_counts = tg.Data(
    "Pest counts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Beetles and moths counted per trap, with the detector's boxes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
treatment_task = tg.Data(
    "Treatment task",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Freezing or fumigation task naming the room, the case and the object numbers at risk.",
)
verified_counts = tg.Data(
    "Conservator-verified counts",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled trap images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
base_weights = tg.Data(
    "Open base detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
detector_weights = tg.Data(
    "Pest detector weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
run_config = tg.Data(
    "Training run configuration", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the base object-detection weights are downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Museum staff network", trust=tg.Trust.INTERNAL):
    # Collections care staff who walk the trap rounds.
    technician = tm.add(tg.Actor("Collections care technician", role="collections care staff"))
    # Museum-issued tablets with the trap app; they photograph the traps.
    tablet = tm.add(
        tg.Device(
            "Trap inspection tablet",
            description="MDM-enrolled tablets on the museum staff Wi-Fi.",
        )
    )
    # The conservation team: reviews counts and acts on treatment tasks.
    conservator = tm.add(tg.Actor("Conservator", role="conservation team"))
    # Digital team developer who runs retraining and publishes detector versions.
    ml_engineer = tm.add(tg.Actor("Digital team developer", role="ml engineer", privileged=True))
    # Existing museum collections management system, where conservation tasks live.
    cms = tm.add(
        tg.Service(
            "Collections management system",
            description="On-premises CMS; its task module holds the conservation work queue.",
            controls={c.Authentication(method="CMS service account API key")},
        )
    )

with tm.boundary("Museum cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives photos from the tablets and orchestrates counting.
    upload_api = tm.add(
        tg.Endpoint(
            "Trap photo upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Keeps every trap photo for review and for training.
    photo_bucket = tm.add(
        tg.DataStore(
            "Trap photo bucket",
            stores={trap_photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Counts museum beetles and clothes moths on each trap photo.
    detector = tm.add(
        tg.Model(
            "Pest detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="YOLO-style detector fine-tuned in house on our own trap photos.",
        )
    )
    # Trap register, inspection history and counts over time.
    pest_db = tm.add(
        tg.DataStore("Pest monitoring database", stores={trap_record, pest_counts, verified_counts})
    )
    # Applies the IPM thresholds and raises treatment tasks.
    threshold_service = tm.add(
        tg.Service(
            "Treatment threshold service",
            description="Compares each trap's counts and trend with the IPM thresholds.",
            controls={
                c.HumanInTheLoop(
                    approver="senior conservator",
                    note="fumigation tasks are approved in the CMS before a contractor is booked",
                )
            },
        )
    )
    # Web dashboard where conservators review counts and correct them.
    dashboard = tm.add(
        tg.Endpoint(
            "Conservation dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="museum SSO (Entra ID) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos with conservator-verified counts, for fine-tuning.
        dataset = tm.add(tg.Dataset("Labelled trap image set", stores={training_set}))
        # Fine-tunes the detector on the labelled set.
        training = tm.add(
            tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds detector versions; serving loads the published one.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry", stores={detector_weights}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
# Trap rounds and counting
tm.flow(technician, tablet, trap_photo, trap_record, label="photographs the trap in the room")
tm.flow(tablet, upload_api, trap_photo, trap_record, protocol="https")
tm.flow(upload_api, photo_bucket, trap_photo)
tm.flow(upload_api, detector, trap_photo)
tm.flow(detector, upload_api, pest_counts)
tm.flow(upload_api, pest_db, trap_record, pest_counts)
tm.flow(upload_api, tablet, pest_counts, protocol="https", label="count shown to the technician")

# Thresholds and tasks
tm.flow(pest_db, threshold_service, trap_record, pest_counts)
tm.flow(threshold_service, cms, treatment_task, protocol="https")
tm.flow(cms, conservator, treatment_task, protocol="https", label="task queue")
tm.flow(conservator, cms, treatment_task, protocol="https", label="approves or closes tasks")

# Review and correction
tm.flow(conservator, dashboard, verified_counts, protocol="https")
tm.flow(dashboard, conservator, trap_photo, pest_counts, protocol="https")
tm.flow(pest_db, dashboard, trap_record, pest_counts)
tm.flow(photo_bucket, dashboard, trap_photo)
tm.flow(dashboard, pest_db, verified_counts)

# Retraining
tm.flow(photo_bucket, dataset, trap_photo, label="monthly export")
tm.flow(pest_db, dataset, verified_counts, label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(ml_engineer, training, run_config, protocol="https", label="starts a training run")
tm.flow(training, registry, detector_weights)
tm.flow(registry, detector, detector_weights, label="deploy published version")
