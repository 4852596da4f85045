"""Wood pole inspection with drones: the first design, before any security review.

A US electric distribution utility replaces its ten-year walk-down of wooden poles
with drone flights. A contracted drone company flies each feeder; its pilots offload
the photos and flight logs from the drone at the truck and upload them over HTTPS to
our upload API with a per-contractor API key. In our cloud account a preprocessing
pipeline matches each photo to a pole in the GIS asset register by GPS, crops it, and
a nightly scoring job runs an in-house defect detector (fine-tuned from open weights
downloaded from a public model hub) that flags rot, cracks and leaning poles with a
confidence score. Maintenance planners sign in with SSO and MFA to a review app, look
at each flag with its photos, and raise work orders in the work management system.
Confirmed and rejected flags become labels for quarterly retraining; a model must pass
a hold-out evaluation and is versioned in the registry. Photos are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Drone pole inspection defect detection",
    profile=tg.RiskProfile.HIGH,
    description="Drone photos of wooden distribution poles scored for rot, cracks and lean for maintenance planning.",
)

# ---------------------------------------------------------------- data assets
pole_photos = tg.Data(
    "Pole inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="High-resolution stills of each pole top, crossarm and base from several angles.",
)
flight_logs = tg.Data(
    "Flight logs and photo GPS tags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
upload_receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pole_records = tg.Data(
    "Pole asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pole IDs, locations, install year, species, treatment and attached equipment.",
)
pole_crops = tg.Data(
    "Pole image crops",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos cropped to the pole and tagged with its asset ID.",
)
defect_flags = tg.Data(
    "Pole defect flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per pole: rot, crack or lean class, confidence score and bounding boxes.",
)
planner_decisions = tg.Data(
    "Planner review decisions",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Confirm or reject per flag, with severity and notes.",
)
work_orders = tg.Data("Pole work orders", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
defect_labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Open-weights detection backbone", format="pickle", sensitivity=tg.Sensitivity.PUBLIC
)
model_artifact = tg.Data(
    "Defect detector checkpoint", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained detection backbone is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Drone contractor", trust=tg.Trust.PARTNER):
    # The contractor's quadcopters with zoom cameras, flown feeder by feeder.
    drone = tm.add(tg.Device("Inspection drone", fleet=True))
    # Flies the drone, offloads the SD card and uploads each day's flights.
    pilot = tm.add(tg.Actor("Contract drone pilot", role="contractor pilot"))

with tm.boundary("Utility cloud account", trust=tg.Trust.INTERNAL):
    # The one way inspection photos come in from contractors.
    upload_api = tm.add(
        tg.Endpoint(
            "Inspection upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-contractor API key"),
                c.InputValidation(note="JPEG and CSV only, 50 MB per file"),
            },
        )
    )
    # Raw photos, flight logs and the crops made from them.
    image_bucket = tm.add(
        tg.DataStore(
            "Inspection image bucket",
            stores={pole_photos, flight_logs, pole_crops},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Matches photos to poles by GPS and crops them for the model.
    preprocessing = tm.add(
        tg.Pipeline(
            "Photo matching and cropping pipeline",
            stage=tg.Stage.PREPROCESSING,
            description="Assigns each photo to the nearest pole within 30 m and crops it.",
        )
    )
    # Runs the detector over the day's new crops.
    scoring_job = tm.add(tg.Service("Nightly defect scoring job"))
    # The detector planners rely on to find poles that need attention.
    detector = tm.add(
        tg.Model(
            "Pole defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned object detector for rot, cracks and lean; poles it misses are not looked at until the next cycle.",
        )
    )
    # Flags waiting for review and the planners' decisions on them.
    findings_db = tm.add(
        tg.DataStore("Defect findings database", stores={defect_flags, planner_decisions})
    )
    # Where planners look at each flag with its photos and decide.
    review_app = tm.add(
        tg.Endpoint(
            "Defect review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="planner and viewer roles"),
                c.HumanInTheLoop(
                    approver="a maintenance planner confirms each flag before a work order is raised"
                ),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed crops and their labels, snapshot per retraining run.
        label_set = tm.add(
            tg.Dataset(
                "Labeled pole defect set",
                stores={defect_labels, pole_crops},
                controls={c.DataVersioning()},
            )
        )
        # Quarterly fine-tuning of the detector.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out recall per defect class must not drop")},
            )
        )
        # Versioned detector checkpoints; the scoring job loads the pinned version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Plans pole replacements and reinforcement from the reviewed flags.
    planner = tm.add(tg.Actor("Maintenance planner", role="maintenance planner"))
    # GIS system of record for the pole population.
    gis = tm.add(tg.DataStore("GIS pole asset register", stores={pole_records}))
    # Where crews get their jobs.
    work_mgmt = tm.add(tg.Service("Work management system"))

# ---------------------------------------------------------------- flows
tm.flow(drone, pilot, pole_photos, flight_logs, label="SD card offload at the truck")
tm.flow(pilot, upload_api, pole_photos, flight_logs, protocol="https")
tm.flow(upload_api, pilot, upload_receipt, protocol="https")
tm.flow(upload_api, image_bucket, pole_photos, flight_logs)

tm.flow(image_bucket, preprocessing, pole_photos, flight_logs)
tm.flow(gis, preprocessing, pole_records, label="nightly export", protocol="https")
tm.flow(preprocessing, image_bucket, pole_crops)

tm.flow(image_bucket, scoring_job, pole_crops)
tm.flow(scoring_job, detector, pole_crops)
tm.flow(detector, scoring_job, defect_flags)
tm.flow(scoring_job, findings_db, defect_flags)

tm.flow(findings_db, review_app, defect_flags)
tm.flow(image_bucket, review_app, pole_photos)
tm.flow(gis, review_app, pole_records, protocol="https")
tm.flow(review_app, planner, defect_flags, pole_photos, pole_records, protocol="https")
tm.flow(planner, review_app, planner_decisions, protocol="https")
tm.flow(review_app, findings_db, planner_decisions)
tm.flow(review_app, work_mgmt, work_orders, protocol="https")
tm.flow(work_mgmt, review_app, work_orders, label="work order status", protocol="https")

tm.flow(findings_db, label_set, defect_labels, label="reviewed flags")
tm.flow(image_bucket, label_set, pole_crops)
tm.flow(label_set, training, defect_labels, pole_crops)
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, detector, model_artifact, label="deploy pinned version")
