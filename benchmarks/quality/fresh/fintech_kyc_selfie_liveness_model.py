"""KYC selfie liveness and face match: the first design, before any security review.

An EU fintech opens current accounts from its mobile app. During onboarding the
applicant enters their details, photographs their passport or ID card and records a
short selfie video. A document-verification vendor checks the ID and returns its
fields and the portrait crop; our own liveness and face-match model, fine-tuned
in-house, scores whether the video shows a live person and whether it is the person
on the document; a screening provider checks sanctions and PEP lists. Clear passes
open the account automatically, clear fails are rejected, and scores between the two
thresholds go to a KYC analyst in the review console. Analysts' verdicts on reviewed
cases are exported monthly to retrain the model. Runs in the fintech's cloud account;
the onboarding API is rate-limited and validates uploads, sessions are bound to an SMS
code, media and case stores are encrypted, staff use SSO with MFA, and a verification
that cannot complete is held pending for manual review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "KYC selfie liveness and face match",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Liveness and face-match check of a selfie video against the ID photo "
    "before a bank account opens.",
)

# ---------------------------------------------------------------- data assets
applicant_details = tg.Data(
    "Applicant details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address, nationality, phone number.",
)
id_images = tg.Data(
    "ID document images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Front and back of the passport or ID card, photographed in the app.",
)
selfie_video = tg.Data(
    "Selfie video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Five-second front-camera clip; biometric data under GDPR Art. 9.",
)
status = tg.Data("Onboarding status", kind="records", sensitivity=tg.Sensitivity.PII)
doc_result = tg.Data(
    "Document check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Extracted MRZ fields, authenticity checks and expiry.",
)
portrait = tg.Data(
    "Document portrait",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face crop from the ID document, used as the match reference.",
)
scores = tg.Data(
    "Liveness and match scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
screening_request = tg.Data("Screening request", kind="records", sensitivity=tg.Sensitivity.PII)
screening_result = tg.Data(
    "Sanctions and PEP screening result", kind="records", sensitivity=tg.Sensitivity.PII
)
case_record = tg.Data(
    "KYC case record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Inputs, vendor and model results, scores, thresholds and outcome.",
)
review_decision = tg.Data(
    "Analyst review decision",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approve, reject or request resubmission, with a spoof/genuine label.",
)
kyc_decision = tg.Data(
    "KYC decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
account_confirmation = tg.Data(
    "Account opening confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
training_samples = tg.Data(
    "Labelled face samples",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Selfie videos and document portraits of reviewed cases, with labels.",
)
weights = tg.Data(
    "Liveness and face-match weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can download the app and apply, including fraudsters and mule recruiters.
    applicant = tm.add(tg.Actor("Applicant", role="prospective customer"))
    # The applicant's own phone: captures the document photos and the selfie video.
    app = tm.add(
        tg.Device(
            "Mobile onboarding app",
            description="iOS and Android app on the applicant's smartphone.",
        )
    )

with tm.boundary("Verification vendors", trust=tg.Trust.PARTNER):
    # Checks the ID document's security features and reads its fields and portrait.
    doc_vendor = tm.add(
        tg.ExternalService(
            "Document verification vendor", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )
    # AML obligation: sanctions and politically-exposed-person lists.
    screening = tm.add(
        tg.ExternalService(
            "Sanctions and PEP screening provider", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Fintech production", trust=tg.Trust.INTERNAL):
    # The only way in from the app during onboarding.
    api = tm.add(
        tg.Endpoint(
            "Onboarding API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="onboarding session token issued after an SMS code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="JPEG/MP4 only, size and duration limits"),
            },
        )
    )
    # Runs the KYC workflow and applies the score thresholds.
    orchestrator = tm.add(
        tg.Service(
            "Verification orchestrator",
            description="Calls the vendors and the model, applies auto-approve and "
            "auto-reject thresholds, routes the rest to review.",
            controls={
                c.SecretsManagement(note="vendor API keys in the cloud secrets manager"),
                c.FailClosed(fallback="application held pending and queued for manual review"),
            },
        )
    )
    # Opens the account in core banking once KYC passes.
    account_service = tm.add(tg.Service("Account opening service"))

    with tm.boundary("Verification enclave", trust=tg.Trust.RESTRICTED):
        # Decides whether the selfie is live and matches the document portrait.
        model = tm.add(
            tg.Model(
                "Liveness and face-match model",
                task=tg.Task.VERIFICATION,
                returns_scores=True,
                high_stakes=True,
                description="Passive liveness plus 1:1 face match, fine-tuned in-house from "
                "an open-weights face-recognition backbone; served on GPU nodes.",
            )
        )
        # Raw captures, kept for the AML record and for analysts to look at.
        media_store = tm.add(
            tg.DataStore(
                "Onboarding media store",
                stores={id_images, selfie_video, portrait},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The audit record of each verification, kept for AML record-keeping.
        case_store = tm.add(
            tg.DataStore(
                "KYC case store",
                stores={case_record, review_decision},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                    c.RetentionLimits(days=1825),
                },
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Reviewed cases become training examples for the next model version.
        training_set = tm.add(
            tg.Dataset("Face verification training set", stores={training_samples})
        )
        # Fine-tunes the model and evaluates false-accept and false-reject rates.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
                controls={c.ModelValidation(note="FAR/FRR on a held-out set before registration")},
            )
        )
        # Versioned model artifacts that serving loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff decide the borderline cases.
    analyst = tm.add(tg.Actor("KYC analyst", role="onboarding operations"))
    # Where analysts see the captures side by side with the scores.
    console = tm.add(
        tg.Service(
            "Manual review console",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="a KYC analyst",
                    note="borderline scores only; clear passes open accounts automatically",
                ),
            },
        )
    )
    # Owns the model and releases new versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# capture
tm.flow(
    applicant, app, applicant_details, id_images, selfie_video, label="typed and filmed in the app"
)
tm.flow(app, applicant, status, label="shown in the app")
tm.flow(app, api, applicant_details, id_images, selfie_video, protocol="https")
tm.flow(api, app, status, protocol="https")
tm.flow(api, media_store, id_images, selfie_video)
tm.flow(api, orchestrator, applicant_details)
tm.flow(orchestrator, api, status)

# verification
tm.flow(media_store, orchestrator, id_images, selfie_video)
tm.flow(orchestrator, doc_vendor, id_images, protocol="https")
tm.flow(doc_vendor, orchestrator, doc_result, portrait, protocol="https")
tm.flow(orchestrator, media_store, portrait)
tm.flow(orchestrator, model, selfie_video, portrait, protocol="grpcs")
tm.flow(model, orchestrator, scores, protocol="grpcs")
tm.flow(orchestrator, screening, screening_request, protocol="https")
tm.flow(screening, orchestrator, screening_result, protocol="https")
tm.flow(orchestrator, case_store, case_record)

# manual review
tm.flow(case_store, console, case_record)
tm.flow(media_store, console, id_images, selfie_video, portrait)
tm.flow(console, analyst, case_record, id_images, selfie_video, portrait, protocol="https")
tm.flow(analyst, console, review_decision, protocol="https")
tm.flow(console, case_store, review_decision)
tm.flow(console, orchestrator, review_decision)

# account opening
tm.flow(orchestrator, account_service, kyc_decision)
tm.flow(account_service, orchestrator, account_confirmation)

# retraining
tm.flow(media_store, training_set, training_samples, label="monthly export")
tm.flow(case_store, training_set, review_decision, label="monthly export")
tm.flow(training_set, training, training_samples, review_decision)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release_approval, label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
