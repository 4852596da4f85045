"""Driver selfie check: the first design, before any security review.

Couriers on our platform (self-employed drivers in the UK and the EU) must take
a selfie in the driver app before they can go online for a shift, so that an
account passed to someone else cannot be worked. The shift-start API hands the
selfie to the identity check service, which loads the driver's reference photo
taken at onboarding and asks the face match model whether they are the same
person. A match lets the shift start; a low score blocks this shift and opens a
case for the identity review team, whose decision is the only thing that can
suspend an account. The face match model is an open-weights face recognition
model that an ML engineer converts to ONNX, calibrates on reviewed past checks
and pushes to the model registry. Drivers sign in with phone number and SMS
code; reviewers use Google Workspace SSO with 2SV and their actions are logged;
photo stores are encrypted with KMS keys. This first version has no liveness
check.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Courier driver identity selfie check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Face verification of couriers at the start of each shift against their "
        "onboarding photo, to stop accounts being shared or rented out."
    ),
)

# ---------------------------------------------------------------- data assets
selfie = tg.Data(
    "Shift-start selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Front-camera photo of the driver's face; biometric data under GDPR Art. 9.",
)
reference_photo = tg.Data(
    "Onboarding reference photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Face photo checked against the driver's ID document at onboarding.",
)
session_token = tg.Data(
    "Driver session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
match_score = tg.Data(
    "Face match score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Similarity between the selfie and the reference photo, 0 to 1.",
)
check_outcome = tg.Data(
    "Selfie check outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass, or fail with the score, the driver id, time and location of the check.",
)
shift_result = tg.Data("Shift start result", kind="records", sensitivity=tg.Sensitivity.PII)
review_case = tg.Data(
    "Identity review case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Both photos, the score and the driver's check history.",
)
review_decision = tg.Data("Reviewer decision", kind="records", sensitivity=tg.Sensitivity.PII)
account_status = tg.Data(
    "Driver account status change",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shift blocked, or account suspended pending appeal.",
)
calibration_pairs = tg.Data(
    "Reviewed selfie pairs",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Selfie and reference photo pairs with the reviewers' same/different labels.",
)
pretrained_weights = tg.Data(
    "Pretrained face recognition weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="PyTorch checkpoint published on a public model hub.",
)
model_artifact = tg.Data(
    "Face match model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
    description="Converted model with its calibrated match threshold.",
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The courier whose identity is checked at every shift start.
    driver = tm.add(tg.Actor("Driver", role="courier"))
    # Our app on the drivers' own phones: takes the selfie with the front camera.
    driver_app = tm.add(tg.Device("Driver app", description="iOS and Android, on personal phones."))
    # Public model hub the face recognition weights are downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Courier platform", trust=tg.Trust.INTERNAL):
    # The API the app calls to go online; refuses the shift until the check passes.
    shift_api = tm.add(
        tg.Endpoint(
            "Shift start API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number and SMS code at login, then session token"),
                c.InputValidation(note="JPEG only, size and resolution limits"),
            },
        )
    )
    # Orchestrates the check: loads the reference photo, calls the model, applies the threshold.
    identity_service = tm.add(
        tg.Service(
            "Identity check service",
            description="Score above the threshold passes; below it blocks the shift and opens a case.",
        )
    )
    # The existing driver account system: shift eligibility, suspensions, push notices.
    account_service = tm.add(
        tg.Service(
            "Driver account service",
            controls={
                c.HumanInTheLoop(
                    approver="an identity reviewer confirms before any account suspension"
                ),
            },
        )
    )
    # Back-office tool where the identity team looks at failed checks.
    review_console = tm.add(
        tg.Service(
            "Identity review console",
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(note="identity review team only"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Identity data", trust=tg.Trust.RESTRICTED):
        # Reference photos from onboarding, written by the onboarding flow (out of scope).
        photo_store = tm.add(
            tg.DataStore(
                "Onboarding photo store",
                stores={reference_photo},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(note="read only by the identity check service and review console"),
                },
            )
        )
        # Every check with its selfie, score and outcome, and the reviewers' decisions.
        check_store = tm.add(
            tg.DataStore(
                "Selfie check records",
                stores={selfie, check_outcome, review_decision, match_score},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Serves the face verification model behind the identity check service.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            id="face-match-model-serving",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Face embedding model; cosine similarity of the two embeddings.",
        )
    )
    # Reviewed pairs used to set the match threshold and check error rates.
    calibration_set = tm.add(
        tg.Dataset(
            "Threshold calibration set",
            stores={calibration_pairs},
            purpose=tg.DatasetPurpose.EVALUATION,
        )
    )
    # Downloads, converts, calibrates and evaluates the model before release.
    packaging = tm.add(
        tg.Pipeline(
            "Model packaging and evaluation",
            stage=tg.Stage.EVALUATION,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="false match and false non-match rates on the calibration set"
                )
            },
        )
    )
    # Versioned store the serving cluster loads the model from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Operations staff who decide failed checks.
    reviewer = tm.add(tg.Actor("Identity reviewer", role="trust and safety"))
    # Maintains the model and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(driver, driver_app, selfie, label="front camera")
tm.flow(driver_app, shift_api, selfie, session_token, protocol="https")
tm.flow(shift_api, driver_app, shift_result, protocol="https")

tm.flow(shift_api, identity_service, selfie)
tm.flow(photo_store, identity_service, reference_photo)
tm.flow(identity_service, face_model, selfie, reference_photo)
tm.flow(face_model, identity_service, match_score)
tm.flow(identity_service, check_store, selfie, match_score, check_outcome)
tm.flow(identity_service, shift_api, shift_result)
tm.flow(identity_service, account_service, check_outcome, label="block this shift")

tm.flow(check_store, review_console, selfie, match_score, check_outcome)
tm.flow(photo_store, review_console, reference_photo)
tm.flow(review_console, reviewer, review_case, protocol="https")
tm.flow(reviewer, review_console, review_decision, protocol="https")
tm.flow(review_console, check_store, review_decision)
tm.flow(review_console, account_service, account_status, label="suspend or clear")
tm.flow(account_service, driver_app, account_status, protocol="https", label="push notice")

tm.flow(check_store, calibration_set, calibration_pairs, label="monthly export of reviewed checks")
tm.flow(hub, packaging, pretrained_weights, protocol="https")
tm.flow(calibration_set, packaging, calibration_pairs)
tm.flow(ml_engineer, packaging, release_approval, label="approves release")
tm.flow(packaging, registry, model_artifact)
tm.flow(registry, face_model, model_artifact, label="deploy")
