"""Digital bank KYC identity verification: the first design, before any security review.

A digital bank opens accounts only through its mobile app. During onboarding the
applicant photographs a passport or driving licence and records a short selfie
video. The onboarding API stores the captures, and a verification orchestrator
runs two in-house models: a document model that checks the ID photo for forgery
and tampering, and a liveness and face-match model that checks the selfie video
is a live person matching the ID portrait. Clear passes open the account in core
banking; failures and scores in a grey band go to KYC analysts in a review
console. Reviewed cases become labels for retraining, and new model versions are
promoted from a model registry. Controls: TLS on the app traffic, an SMS code at
the start of onboarding and a rate limit on the API, KMS encryption of the
capture and case stores, SSO with MFA, roles and audit logs for analysts,
fail-closed routing to manual review, and versioned models. The bank serves EU
customers, so the GDPR applies to the identity and biometric data.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Digital bank KYC identity document verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Forgery and liveness checks on ID photos and selfie videos before an "
    "account is opened.",
)

# ---------------------------------------------------------------- data assets
id_photo = tg.Data(
    "Identity document photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photo of the passport data page or both sides of a driving licence.",
)
selfie = tg.Data(
    "Selfie video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A few seconds of the applicant's face, used for biometric matching.",
)
applicant_details = tg.Data(
    "Applicant details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address and phone number typed into the app.",
)
doc_score = tg.Data(
    "Document authenticity score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
liveness_score = tg.Data(
    "Liveness and face-match scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
status = tg.Data(
    "Verification status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass, fail or manual review, with the scores and reasons.",
)
review_case = tg.Data("Review case", kind="records", sensitivity=tg.Sensitivity.PII)
analyst_decision = tg.Data(
    "Analyst decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
account_request = tg.Data("Account opening request", kind="records", sensitivity=tg.Sensitivity.PII)
review_labels = tg.Data(
    "Reviewed case labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled ID and selfie captures",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Verification model artifacts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)
training_config = tg.Data("Training configuration", kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who downloads the app can start an application, fraudsters included.
    applicant = tm.add(tg.Actor("Applicant", role="prospective customer"))
    # Our app on the applicant's own phone; captures the photo and the video.
    app = tm.add(
        tg.Device(
            "Mobile banking app",
            description="iOS and Android app with the in-app camera capture flow.",
        )
    )

with tm.boundary("Bank cloud", trust=tg.Trust.INTERNAL):
    # Public API the app talks to during onboarding.
    onboarding_api = tm.add(
        tg.Endpoint(
            "Onboarding API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="onboarding session opened with an SMS code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs both checks, applies the thresholds, decides pass, fail or review.
    orchestrator = tm.add(
        tg.Service(
            "Verification orchestrator",
            controls={
                c.FailClosed(
                    fallback="a model timeout or error sends the application to manual review"
                ),
            },
        )
    )
    # Web app the KYC team reviews borderline and failed applications in.
    console = tm.add(
        tg.Service(
            "KYC review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

    with tm.boundary("Model serving", trust=tg.Trust.INTERNAL):
        # Detects forged, altered or screen-replayed ID documents.
        doc_model = tm.add(
            tg.Model(
                "Document forgery model",
                task=tg.Task.VERIFICATION,
                returns_scores=True,
                high_stakes=True,
                description="CNN trained in-house on genuine and forged ID captures.",
                controls={c.ModelVersioning()},
            )
        )
        # Checks the selfie is a live person and matches the ID portrait.
        liveness_model = tm.add(
            tg.Model(
                "Liveness and face-match model",
                task=tg.Task.VERIFICATION,
                returns_scores=True,
                high_stakes=True,
                description="Passive liveness on video frames plus 1:1 face matching "
                "against the document portrait.",
                controls={c.ModelVersioning()},
            )
        )

    with tm.boundary("KYC data zone", trust=tg.Trust.RESTRICTED):
        # Raw captures, kept as KYC evidence.
        capture_store = tm.add(
            tg.DataStore(
                "Identity capture store",
                stores={id_photo, selfie, applicant_details},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Verification outcomes and review cases.
        case_store = tm.add(
            tg.DataStore(
                "KYC case store",
                stores={status, review_case, analyst_decision},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Captures of past applications with their reviewed outcome.
    dataset = tm.add(tg.Dataset("Verification training set", stores={training_set, review_labels}))
    # Retrains both models each quarter.
    training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))
    # Versions serving loads from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # Creates the customer and the account once verification passes.
    core = tm.add(tg.Service("Core banking account opening"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews borderline applications and decides them.
    analyst = tm.add(tg.Actor("KYC analyst", role="kyc analyst"))
    # Builds and releases the models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.3")

tm.flow(applicant, app, id_photo, selfie, applicant_details, label="camera capture and form")
tm.flow(app, onboarding_api, id_photo, selfie, applicant_details, protocol="https", controls={tls})
tm.flow(onboarding_api, capture_store, id_photo, selfie, applicant_details)
tm.flow(onboarding_api, orchestrator, applicant_details, label="start verification")

tm.flow(capture_store, orchestrator, id_photo, selfie)
tm.flow(orchestrator, doc_model, id_photo)
tm.flow(doc_model, orchestrator, doc_score)
tm.flow(orchestrator, liveness_model, selfie, id_photo)
tm.flow(liveness_model, orchestrator, liveness_score)
tm.flow(orchestrator, case_store, status, review_case)

tm.flow(orchestrator, core, account_request, label="clear pass")
tm.flow(orchestrator, onboarding_api, status)
tm.flow(onboarding_api, app, status, protocol="https", controls={tls})
tm.flow(app, applicant, status)

tm.flow(case_store, console, review_case)
tm.flow(capture_store, console, id_photo, selfie, applicant_details)
tm.flow(console, analyst, review_case, id_photo, selfie, protocol="https")
tm.flow(analyst, console, analyst_decision, protocol="https")
tm.flow(console, case_store, analyst_decision, status)
tm.flow(console, core, account_request, label="approved on review")

tm.flow(case_store, dataset, review_labels, label="weekly export")
tm.flow(capture_store, dataset, training_set, label="weekly export")
tm.flow(dataset, training, training_set, review_labels)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, weights)
tm.flow(registry, doc_model, weights, label="deploy")
tm.flow(registry, liveness_model, weights, label="deploy")
