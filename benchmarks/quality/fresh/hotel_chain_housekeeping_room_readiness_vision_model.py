"""Hotel chain housekeeping room readiness: the first design, before any security review.

Housekeepers at the chain's European hotels finish a room, then photograph the bed,
bathroom towels and minibar with the housekeeping app on a company-issued phone.
The app uploads the photos over the hotel Wi-Fi or mobile data to a housekeeping API
in the chain's cloud account. A readiness service sends them to an in-house vision
classifier; confident "ready" results mark the room clean in the vendor-hosted
property management system (PMS), and uncertain ones go to a review queue that
floor supervisors work through in a web console, spot-checking the room in person.
Supervisor verdicts are kept as labels; a training pipeline retrains the model
monthly from them and publishes PyTorch checkpoints to a model registry.
Controls in this design: staff sign-in with SSO on the app and the console, TLS on
every external link, upload type/size checks, encrypted photo storage with 90-day
retention, role-based access in the console and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel chain housekeeping room readiness",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Phone photos of cleaned rooms checked by a vision model that marks rooms "
    "ready in the PMS, with supervisor spot checks of uncertain rooms.",
)

# ---------------------------------------------------------------- data assets
room_photos = tg.Data(
    "Room photos",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Bed, towels and minibar; may show guest belongings left in the room.",
)
cleaning_tasks = tg.Data(
    "Cleaning task list",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Room numbers due for cleaning, check-out status and assigned housekeeper.",
)
completion_report = tg.Data(
    "Room completion report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Room number, housekeeper staff ID and time the room was finished.",
)
staff_sign_in = tg.Data("Staff sign-in", sensitivity=tg.Sensitivity.PII, kind="credentials")
readiness_score = tg.Data(
    "Readiness score",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Per-check scores for bed, towels and minibar and an overall ready score.",
)
room_status = tg.Data(
    "Room status update",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
review_item = tg.Data(
    "Uncertain room review item",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Room number, photos and the model's scores for a supervisor to check.",
)
supervisor_verdict = tg.Data(
    "Supervisor verdict",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    description="Ready or not ready, with which item failed, after the in-person check.",
)
training_examples = tg.Data(
    "Labelled room photos",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="training-data",
)
model_artifact = tg.Data(
    "Readiness model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data("Training configuration", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Hotel floor and mobile network", trust=tg.Trust.UNTRUSTED):
    # Cleans rooms and takes the photos; the person whose work the model checks.
    housekeeper = tm.add(tg.Actor("Housekeeper", role="housekeeping staff"))
    # Company-issued phones running the housekeeping app; on hotel Wi-Fi or mobile data.
    phone_app = tm.add(
        tg.Device(
            "Housekeeping phone app",
            fleet=True,
            description="Company phones under MDM; the app shows tasks and captures photos.",
            controls={c.Authentication(method="company SSO with each housekeeper's own PIN")},
        )
    )

with tm.boundary("PMS vendor", trust=tg.Trust.PARTNER):
    # The hotels' system of record for room status; front desk assigns rooms from it.
    pms = tm.add(
        tg.ExternalService(
            "Property management system",
            provides=tg.ExternalCategory.GENERIC,
            description="Vendor-hosted PMS; room status API called with a chain API key.",
        )
    )

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploads from the phones and hands out each housekeeper's task list.
    housekeeping_api = tm.add(
        tg.Endpoint(
            "Housekeeping API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC tokens from the company SSO"),
                c.InputValidation(note="JPEG only, size and count limits per room"),
            },
        )
    )
    # Keeps the photos for audits and for later labelling.
    photo_store = tm.add(
        tg.DataStore(
            "Room photo bucket",
            stores={room_photos},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
            },
        )
    )
    # Calls the model, applies the thresholds and decides ready / review.
    readiness_service = tm.add(
        tg.Service(
            "Readiness decision service",
            description="Scores above 0.9 mark the room ready in the PMS; the rest go to review.",
        )
    )
    # The vision classifier itself, served from the chain's own GPU instance.
    readiness_model = tm.add(
        tg.Model(
            "Room readiness vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned image classifier for bed making, towels and minibar stock.",
        )
    )
    # Web console where supervisors see uncertain rooms and record verdicts.
    review_console = tm.add(
        tg.Endpoint(
            "Supervisor review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(note="supervisors see only their own hotel's rooms"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Photos with supervisor verdicts, the training set for the next model.
        label_set = tm.add(tg.Dataset("Labelled room photo set", stores={training_examples}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds the checkpoints the serving instance loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Hotel back office", trust=tg.Trust.INTERNAL):
    # Floor supervisor who checks flagged rooms in person.
    supervisor = tm.add(tg.Actor("Floor supervisor", role="housekeeping supervisor"))
    # Runs the retraining and decides which checkpoint goes live.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pms, housekeeping_api, cleaning_tasks, protocol="https", label="rooms due for cleaning")
tm.flow(housekeeping_api, phone_app, cleaning_tasks, protocol="https")
tm.flow(housekeeper, phone_app, staff_sign_in, label="signs in on the phone")
tm.flow(housekeeper, phone_app, room_photos, completion_report, label="photos taken in the room")
tm.flow(phone_app, housekeeping_api, staff_sign_in, protocol="https")
tm.flow(phone_app, housekeeping_api, room_photos, completion_report, protocol="https")
tm.flow(housekeeping_api, photo_store, room_photos)
tm.flow(housekeeping_api, readiness_service, room_photos, completion_report)
tm.flow(readiness_service, readiness_model, room_photos)
tm.flow(readiness_model, readiness_service, readiness_score)
tm.flow(readiness_service, pms, room_status, protocol="https", label="mark room ready")
tm.flow(readiness_service, review_console, review_item, label="uncertain rooms")
tm.flow(review_console, supervisor, review_item, protocol="https")
tm.flow(supervisor, review_console, supervisor_verdict, protocol="https")
tm.flow(review_console, readiness_service, supervisor_verdict)
tm.flow(photo_store, label_set, room_photos, label="monthly export")
tm.flow(review_console, label_set, supervisor_verdict)
tm.flow(label_set, training, training_examples)
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, readiness_model, model_artifact, label="deploy")
