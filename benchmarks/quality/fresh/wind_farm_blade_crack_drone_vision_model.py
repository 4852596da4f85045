"""Blade crack and erosion detection from drone inspections: the first design.

A drone inspection contractor flies our onshore and offshore turbines and its
pilots upload the blade photos, with the flight metadata (turbine, blade, GPS
position), to our inspection upload portal, signing in with guest accounts and
MFA. The photos are kept in a raw image store. A preprocessing job tiles each
photo and maps it to a blade position; an in-house detector, fine-tuned from a
pretrained backbone downloaded from a public model hub, finds cracks and
leading-edge erosion and rates their severity. Detections of severity 4 or 5
raise an urgent work order in the maintenance system automatically; blade
engineers review the rest in a review app before a work order is raised, and
their confirmations and rejections become labels for retraining. Trained
checkpoints go to a model registry, and an ML engineer promotes a version after
it passes the evaluation on a holdout set.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wind farm blade defect detection",
    profile=tg.RiskProfile.HIGH,
    description="Vision model finding blade cracks and erosion in drone photos and raising work orders.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Blade inspection photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="High-resolution JPEGs of each blade face, with EXIF GPS.",
)
flight_meta = tg.Data(
    "Flight metadata",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Turbine and blade id, position along the blade, timestamp, pilot id.",
)
upload_receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tiles = tg.Data("Blade image tiles", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
detections = tg.Data(
    "Defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Bounding box, class (crack or leading-edge erosion), severity 1-5 and confidence.",
)
reviewed = tg.Data(
    "Engineer-reviewed defects", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
work_order = tg.Data(
    "Repair work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
wo_status = tg.Data(
    "Work order number and status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
backbone = tg.Data(
    "Pretrained backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch .pt checkpoint from the public hub.",
)
weights = tg.Data("Detector checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Drone contractor", trust=tg.Trust.PARTNER):
    # The contractor's pilots fly the inspections and upload the results.
    contractor = tm.add(tg.Actor("Drone inspection contractor", role="inspection contractor"))

with tm.boundary("Public model hub", trust=tg.Trust.UNTRUSTED):
    # Source of the pretrained detection backbone we fine-tune.
    hub = tm.add(tg.ExternalService("Model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Inspection platform", trust=tg.Trust.INTERNAL):
    # Web portal where contractors upload each inspection campaign.
    portal = tm.add(
        tg.Endpoint(
            "Inspection upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID B2B guest accounts with MFA"),
                c.InputValidation(note="accepts JPEG and DNG only, checks file size"),
            },
        )
    )
    # Object storage of every photo as uploaded, kept for the blade's history.
    raw_store = tm.add(
        tg.DataStore(
            "Raw image store",
            stores={photos, flight_meta},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Tiles photos and maps each tile to a turbine, blade and radius.
    preprocessing = tm.add(tg.Pipeline("Image preprocessing job", stage=tg.Stage.PREPROCESSING))
    # The vision model: finds and grades cracks and leading-edge erosion.
    detector = tm.add(
        tg.Model(
            "Blade defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Fine-tuned YOLO-style detector run in batch on each campaign.",
        )
    )
    # Holds detections and review outcomes per turbine and blade.
    results_db = tm.add(tg.DataStore("Inspection results database", stores={detections, reviewed}))
    # Raises work orders: severity 4-5 at once, others after engineer confirmation.
    wo_service = tm.add(
        tg.Service(
            "Work order integration service",
            description="Creates repair work orders in the maintenance system through its API.",
            controls={
                c.SecretsManagement(note="maintenance system API key in the cloud key vault")
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reviewed tiles with confirmed and rejected defects, for retraining.
        dataset = tm.add(
            tg.Dataset(
                "Labelled blade defect dataset",
                stores={labels, tiles},
                controls={c.DataVersioning(note="DVC snapshots per training run")},
            )
        )
        # Fine-tunes the detector each quarter; pulls packages from PyPI.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="mAP and recall on the holdout set per defect class")
                },
            )
        )
        # Versioned checkpoints; production loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Blade engineers confirm or reject detections and set repair priority.
    engineer = tm.add(tg.Actor("Blade engineer", role="blade engineer"))
    # Promotes a checkpoint to production after reading the evaluation.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Web app showing each detection on its photo for review.
    review_app = tm.add(
        tg.Endpoint(
            "Defect review app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # The operator's maintenance management system, where repairs are scheduled.
    cmms = tm.add(tg.DataStore("Maintenance management system", stores={work_order}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# upload
tm.flow(contractor, portal, photos, flight_meta, protocol="https", controls={tls})
tm.flow(portal, contractor, upload_receipt, protocol="https", controls={tls})
tm.flow(portal, raw_store, photos, flight_meta)

# detection
tm.flow(raw_store, preprocessing, photos, flight_meta)
tm.flow(preprocessing, detector, tiles)
tm.flow(detector, results_db, detections)

# review
tm.flow(results_db, review_app, detections)
tm.flow(raw_store, review_app, photos)
tm.flow(review_app, engineer, detections, photos, protocol="https", controls={tls})
tm.flow(engineer, review_app, reviewed, protocol="https", controls={tls}, label="confirm or reject")
tm.flow(review_app, results_db, reviewed)

# work orders
tm.flow(results_db, wo_service, detections, reviewed)
tm.flow(wo_service, cmms, work_order, protocol="https", controls={tls})
tm.flow(cmms, wo_service, wo_status, protocol="https", controls={tls})
tm.flow(wo_service, results_db, wo_status)

# retraining
tm.flow(review_app, dataset, labels)
tm.flow(preprocessing, dataset, tiles)
tm.flow(dataset, training, labels, tiles)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, approval, label="promotes a version")
tm.flow(registry, detector, weights, label="deploy")
