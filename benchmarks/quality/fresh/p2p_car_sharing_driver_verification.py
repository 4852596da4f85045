"""Peer-to-peer car sharing: driver verification, the first design.

Before renting a private owner's car on our EU marketplace, a renter must be
verified as a licensed driver. The mobile app photographs both sides of the
licence and takes a selfie with an active liveness prompt. A verification API
hands them to an orchestrator that runs an in-house licence model (document
type, tamper signs, OCR), a face-match model (selfie against licence photo) and
a validity check through a partner that queries national licence registries.
Clear passes are approved automatically; borderline ones go to a trust & safety
review console. The booking service only lets verified renters book, and hosts
see a badge. Reviewer verdicts feed monthly retraining of both models.
Controls: app sign-in with password and SMS code, API rate limits, TLS to the
app and the partner, KMS-encrypted document store, SSO and roles on the review
console, versioned models in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "P2P car sharing driver verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Verifies renters' driving licences and identity before they can book a car.",
)

# ---------------------------------------------------------------- data assets
licence_images = tg.Data(
    "Driving licence images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Front and back photos of the renter's licence.",
)
selfie = tg.Data(
    "Selfie with liveness frames",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Face images used for biometric matching (GDPR special category).",
)
licence_fields = tg.Data(
    "Extracted licence fields",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, licence number, categories, expiry.",
)
document_result = tg.Data(
    "Document check result", kind="model-output", sensitivity=tg.Sensitivity.PII
)
face_match_score = tg.Data(
    "Face match score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
registry_query = tg.Data("Licence validity query", kind="records", sensitivity=tg.Sensitivity.PII)
registry_answer = tg.Data("Licence validity answer", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Verification decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
review_case = tg.Data("Review case", kind="records", sensitivity=tg.Sensitivity.REGULATED)
reviewer_verdict = tg.Data("Reviewer verdict", kind="labels", sensitivity=tg.Sensitivity.PII)
model_weights = tg.Data(
    "Verification model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoints of the licence and face-match models.",
)
verified_status = tg.Data(
    "Renter verified status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
booking_info = tg.Data("Booking request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create an account and try to get verified, with someone else's licence too.
    renter = tm.add(tg.Actor("Renter", role="renter"))
    # Where the licence photos and selfie are captured.
    app = tm.add(
        tg.Device(
            "Renter mobile app",
            description="iOS and Android phone app; camera capture with an active liveness prompt.",
        )
    )
    # Car owners who hand their car to verified renters.
    host = tm.add(tg.Actor("Host", role="car owner"))

with tm.boundary("Licence check partner", trust=tg.Trust.PARTNER):
    # Aggregator that queries national driving-licence registries on our behalf.
    registry_check = tm.add(
        tg.ExternalService(
            "Licence registry check",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Returns valid / suspended / not found for a licence number and name.",
        )
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # Public entry point of the verification flow for the app.
    verification_api = tm.add(
        tg.Endpoint(
            "Verification API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with SMS one-time code"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Runs the checks in order and decides approve / reject / send to review.
    orchestrator = tm.add(
        tg.Service(
            "Verification orchestrator",
            description="Auto-approves when document, face match and registry all pass; "
            "borderline scores go to manual review.",
        )
    )
    # Gates bookings on the verified status and shows hosts the badge.
    booking = tm.add(tg.Service("Booking service"))

    with tm.boundary("Verification enclave", trust=tg.Trust.RESTRICTED):
        # Checks that the licence is genuine and reads its fields.
        licence_model = tm.add(
            tg.Model(
                "Licence document model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Detects document type and tamper signs, then OCRs the fields.",
            )
        )
        # Matches the selfie to the licence photo (1:1).
        face_model = tm.add(
            tg.Model(
                "Face match model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Open-weights face recognition backbone fine-tuned in-house.",
            )
        )
        # Keeps the images for disputes and retraining.
        document_store = tm.add(
            tg.DataStore(
                "Identity document store",
                stores={licence_images, selfie, licence_fields},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The system of record for who is verified and why.
        decision_db = tm.add(
            tg.DataStore(
                "Verification decisions database",
                stores={decision, document_result, face_match_score, registry_answer},
            )
        )
        # Builds the labelled set from reviewed cases and retrains both models monthly.
        training = tm.add(
            tg.Pipeline(
                "Verification model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versioned checkpoints that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Trust and safety office", trust=tg.Trust.INTERNAL):
    # Staff who decide the borderline cases.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="reviewer"))
    # Web tool showing the images, scores and registry answer side by side.
    review_console = tm.add(
        tg.Service(
            "Manual review console",
            controls={c.Authentication(method="company SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# capture and submission
tm.flow(renter, app, licence_images, selfie, label="captures photos")
tm.flow(app, verification_api, licence_images, selfie, protocol="https")
tm.flow(verification_api, app, verified_status, protocol="https", label="verification outcome")
tm.flow(verification_api, orchestrator, licence_images, selfie)
tm.flow(orchestrator, document_store, licence_images, selfie)

# automated checks
tm.flow(orchestrator, licence_model, licence_images)
tm.flow(licence_model, orchestrator, document_result, licence_fields)
tm.flow(orchestrator, face_model, selfie, licence_images)
tm.flow(face_model, orchestrator, face_match_score)
tm.flow(orchestrator, registry_check, registry_query, protocol="https")
tm.flow(registry_check, orchestrator, registry_answer, protocol="https")
tm.flow(orchestrator, document_store, licence_fields, label="extracted fields")
tm.flow(orchestrator, decision_db, decision, document_result, face_match_score, registry_answer)

# manual review of borderline cases
tm.flow(orchestrator, review_console, review_case, label="low-confidence cases")
tm.flow(document_store, review_console, licence_images, selfie)
tm.flow(review_console, reviewer, review_case, protocol="https")
tm.flow(reviewer, review_console, reviewer_verdict, protocol="https")
tm.flow(review_console, decision_db, decision, reviewer_verdict)

# using the outcome
tm.flow(decision_db, orchestrator, decision, label="status lookups")
tm.flow(orchestrator, verification_api, verified_status)
tm.flow(orchestrator, booking, verified_status)
tm.flow(app, booking, booking_info, protocol="https")
tm.flow(booking, app, verified_status, protocol="https", label="booking confirmation")
tm.flow(booking, host, verified_status, booking_info, protocol="https", label="verified badge")

# retraining
tm.flow(decision_db, training, reviewer_verdict, label="labelled cases")
tm.flow(document_store, training, licence_images, selfie)
tm.flow(training, registry, model_weights)
tm.flow(registry, licence_model, model_weights, label="deploy")
tm.flow(registry, face_model, model_weights, label="deploy")
