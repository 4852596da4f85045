"""Driver identity selfie check: the first design, before any security review.

Before a driver can go online in the ride-hailing driver app, the app asks for a
selfie at random intervals (and always after a new phone sign-in). The selfie is sent
to an identity check API in our production cloud, where a verification service
compares it with the photo on the driver's licence, captured at onboarding and kept
in the identity vault, using an in-house face match model. A match lets the driver
go online; a failed match blocks going online until a trust and safety reviewer
compares the two photos in the review console. Reviewed cases become labelled pairs
for retraining the model, which is fine-tuned from a pretrained face recognition
backbone downloaded from a public model hub. Drivers sign in with phone number and
SMS code; the API is TLS with per-driver rate limits; the vault and selfie store are
encrypted with KMS and selfies are deleted after 30 days; reviewers use corporate SSO
with MFA. The platform operates in the EU, so selfies and licence photos are biometric
personal data under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driver identity selfie check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face match of a driver's live selfie against their licence photo before going online.",
)

# ---------------------------------------------------------------- data assets
selfie = tg.Data(
    "Driver selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A front-camera photo taken in the driver app; biometric data.",
)
check_request = tg.Data(
    "Selfie check request",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The selfie, the driver ID and the device ID.",
)
licence_photo = tg.Data(
    "Driving licence photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The portrait cropped from the licence scan uploaded at onboarding.",
)
match_score = tg.Data(
    "Face match score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
check_result = tg.Data(
    "Identity check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass or fail for the driver, with the score and the time of the check.",
)
online_status = tg.Data("Go-online status", kind="records", sensitivity=tg.Sensitivity.PII)
review_case = tg.Data(
    "Failed match review case",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The selfie, the licence photo and the score, queued for a reviewer.",
)
review_decision = tg.Data(
    "Reviewer decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Same person or not, and whether to unblock the driver.",
)
training_pairs = tg.Data(
    "Labelled selfie and licence pairs",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reviewed cases with the reviewer's same-person label.",
)
backbone = tg.Data(
    "Pretrained face recognition weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="A PyTorch checkpoint of a published face recognition backbone.",
)
model_artifact = tg.Data(
    "Face match model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person whose identity is checked.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The driver's own phone running our app; takes the selfie.
    driver_app = tm.add(
        tg.Device(
            "Driver app",
            description="iOS and Android app on the driver's own smartphone.",
        )
    )
    # Where the pretrained backbone comes from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The API the driver app calls with the selfie.
    check_api = tm.add(
        tg.Endpoint(
            "Identity check API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="driver app session from phone number and SMS code sign-in"
                ),
                c.RateLimiting(requests_per_minute=6),
                c.InputValidation(note="JPEG only, size and resolution limits"),
            },
        )
    )
    # Runs the check: fetches the licence photo, calls the model, applies the threshold.
    verifier = tm.add(
        tg.Service(
            "Identity verification service",
            description="Applies a fixed match threshold; failures are queued for review.",
            controls={
                c.HumanInTheLoop(
                    approver="a trust and safety reviewer, for failed matches",
                    note="a failed match blocks going online until reviewed; passes go ahead automatically",
                ),
            },
        )
    )
    # The face match model: 1:1 comparison of selfie and licence portrait.
    face_model = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            high_stakes=True,
            description="Fine-tuned face embedding network with cosine similarity between the two faces.",
        )
    )
    # Keeps whether each driver may go online; dispatch reads it.
    status_service = tm.add(tg.Service("Driver status service"))

    with tm.boundary("Identity vault", trust=tg.Trust.RESTRICTED):
        # Licence portraits from onboarding, the reference for every check.
        licence_store = tm.add(
            tg.DataStore(
                "Driver document store",
                stores={licence_photo},
                controls={c.EncryptionAtRest(key_management="AWS KMS"), c.RBAC()},
            )
        )
        # Selfies kept for review and disputes.
        selfie_store = tm.add(
            tg.DataStore(
                "Selfie store",
                stores={selfie},
                controls={
                    c.EncryptionAtRest(key_management="AWS KMS"),
                    c.RetentionLimits(days=30),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people who look at failed matches.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="reviewer"))
    # Internal tool showing both photos side by side.
    console = tm.add(
        tg.Service(
            "Review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Reviewed pairs that the model is retrained on.
    pair_set = tm.add(tg.Dataset("Face match training set", stores={training_pairs}))
    # Monthly fine-tuning of the backbone on the reviewed pairs.
    training = tm.add(tg.Pipeline("Face model fine-tuning", stage=tg.Stage.FINE_TUNING))
    # Versioned model artifacts that serving loads.
    model_registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.3")

# the check
tm.flow(driver, driver_app, selfie, label="front camera capture")
tm.flow(driver_app, check_api, check_request, protocol="https", controls={tls})
tm.flow(check_api, driver_app, online_status, protocol="https", controls={tls})
tm.flow(driver_app, driver, online_status, label="shown on screen")
tm.flow(check_api, verifier, check_request)
tm.flow(verifier, check_api, check_result)
tm.flow(licence_store, verifier, licence_photo)
tm.flow(verifier, face_model, selfie, licence_photo)
tm.flow(face_model, verifier, match_score)
tm.flow(verifier, selfie_store, selfie)
tm.flow(verifier, status_service, check_result)
tm.flow(status_service, check_api, online_status)

# manual review of failed matches
tm.flow(verifier, console, review_case, label="failed matches")
tm.flow(console, reviewer, review_case, protocol="https")
tm.flow(reviewer, console, review_decision, protocol="https")
tm.flow(console, status_service, review_decision, label="unblock or keep blocked")

# retraining
tm.flow(console, pair_set, training_pairs, label="reviewed cases")
tm.flow(model_hub, training, backbone, protocol="https")
tm.flow(pair_set, training, training_pairs)
tm.flow(training, model_registry, model_artifact)
tm.flow(model_registry, face_model, model_artifact, label="deploy")
