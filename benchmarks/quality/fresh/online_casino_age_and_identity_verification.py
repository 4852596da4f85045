"""Online casino age and identity verification: the first design, before any security review.

Players of our licensed online casino (UK and EU) must prove they are over 18 and who
they are before they can deposit. At sign-up the web and mobile apps call an onboarding
API in our production cloud with name, date of birth, address, ID document photos and a
short selfie video. A verification orchestrator checks the details with an external
identity data provider, runs an in-house document check model and a face match model
with passive liveness, and marks the player verified, rejected or referred. Referred
cases and any model or provider error go to compliance analysts in a review console;
their decisions become labels for retraining on the ML platform. ID images and selfies
are kept five years for AML. Controls: TLS on public traffic, player log-in, upload
checks and rate limits on the API, KMS encryption of the document store, SSO with MFA,
roles and an audit log on the review console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online casino age and identity verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="KYC and age checks of new casino players with document and face-match models.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Registration details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Full name, date of birth, address, e-mail and phone number.",
)
id_images = tg.Data(
    "ID document images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos of the front and back of a passport, ID card or driving licence.",
)
selfie = tg.Data(
    "Selfie video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A short face video used for face matching and liveness (biometric data).",
)
provider_query = tg.Data(
    "Identity and age check request", kind="records", sensitivity=tg.Sensitivity.PII
)
provider_result = tg.Data(
    "Identity and age check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Match level on name, date of birth and address from the provider.",
)
doc_result = tg.Data(
    "Document check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Extracted fields (MRZ, date of birth, expiry) and an authenticity score.",
)
face_result = tg.Data(
    "Face match and liveness scores", kind="model-output", sensitivity=tg.Sensitivity.PII
)
decision = tg.Data(
    "Verification decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Verified, rejected or referred, with the reasons and scores behind it.",
)
status = tg.Data("Account verification status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
review_decision = tg.Data("Analyst review decision", kind="labels", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Labelled verification cases",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="ID images and selfies with the analysts' final decisions.",
)
weights = tg.Data(
    "Verification model artifacts", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A prospective player signing up from the casino's web or mobile app.
    player = tm.add(tg.Actor("Player", role="prospective customer"))

with tm.boundary("Identity data provider", trust=tg.Trust.PARTNER):
    # Checks name, date of birth and address against electoral roll and credit data.
    id_provider = tm.add(
        tg.ExternalService(
            "Identity data provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="A KYC bureau's REST API, paid per check.",
        )
    )

with tm.boundary("Production cloud account", trust=tg.Trust.INTERNAL):
    # The public API the apps call during onboarding; takes the form and the uploads.
    onboarding_api = tm.add(
        tg.Endpoint(
            "Onboarding API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the checks in order and combines them into one decision.
    orchestrator = tm.add(
        tg.Service(
            "Verification orchestrator",
            description="Calls the provider and both models, applies the decision thresholds.",
            controls={
                c.FailClosed(
                    fallback="the case is referred to an analyst; the player stays unverified"
                ),
            },
        )
    )
    # Decides whether the player may deposit and play.
    account_service = tm.add(
        tg.Service("Player account service", description="Holds account state and deposit limits.")
    )

    with tm.boundary("Verification data tier", trust=tg.Trust.RESTRICTED):
        # Reads the ID document and scores whether it looks genuine.
        doc_model = tm.add(
            tg.Model(
                "Document check model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="OCR of the MRZ and fields plus an authenticity classifier.",
            )
        )
        # Compares the selfie with the document photo and checks it is a live person.
        face_model = tm.add(
            tg.Model(
                "Face match model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Open-weights face recognition backbone fine-tuned in-house, "
                "with a passive liveness head.",
                controls={c.DeepfakeDetection(note="passive liveness score on the selfie video")},
            )
        )
        # Keeps the ID images and selfies for the five-year AML retention period.
        document_store = tm.add(
            tg.DataStore(
                "Identity document store",
                stores={id_images, selfie},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Every check result and decision, the record the regulator can ask for.
        case_db = tm.add(
            tg.DataStore(
                "Verification case database",
                stores={registration, decision, provider_result, review_decision},
            )
        )

with tm.boundary("Compliance office", trust=tg.Trust.INTERNAL):
    # Compliance analysts decide referred cases.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance staff"))
    # Web console showing the case, the images and the scores to an analyst.
    review_console = tm.add(
        tg.Service(
            "Case review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Reviewed cases with their images, exported monthly for retraining.
    case_dataset = tm.add(tg.Dataset("Labelled case dataset", stores={training_set}))
    # Retrains and evaluates both models.
    training = tm.add(
        tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of both models; serving loads the approved version from here.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}
tm.flow(player, onboarding_api, registration, id_images, selfie, protocol="https", controls=tls)
tm.flow(
    onboarding_api, player, status, protocol="https", controls=tls, label="verification outcome"
)
tm.flow(onboarding_api, orchestrator, registration, id_images, selfie)
tm.flow(orchestrator, onboarding_api, status)

tm.flow(orchestrator, id_provider, provider_query, protocol="https")
tm.flow(id_provider, orchestrator, provider_result, protocol="https")
tm.flow(orchestrator, doc_model, id_images)
tm.flow(doc_model, orchestrator, doc_result)
tm.flow(orchestrator, face_model, selfie, id_images)
tm.flow(face_model, orchestrator, face_result)

tm.flow(orchestrator, document_store, id_images, selfie)
tm.flow(orchestrator, case_db, registration, provider_result, decision)
tm.flow(orchestrator, account_service, status)

tm.flow(case_db, review_console, registration, decision, label="referred cases")
tm.flow(document_store, review_console, id_images, selfie)
tm.flow(review_console, analyst, registration, decision, id_images, selfie, protocol="https")
tm.flow(analyst, review_console, review_decision, protocol="https")
tm.flow(review_console, case_db, review_decision)
tm.flow(review_console, account_service, status, label="analyst decision")

tm.flow(case_db, case_dataset, review_decision, label="monthly export")
tm.flow(document_store, case_dataset, id_images, selfie, label="monthly export")
tm.flow(case_dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, doc_model, weights, label="deploy")
tm.flow(registry, face_model, weights, label="deploy")
