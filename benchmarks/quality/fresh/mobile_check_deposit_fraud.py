"""Mobile check deposit fraud screening: the first design, before any security review.

Retail customers deposit paper checks from the bank's mobile app by photographing
the front and back. The app sends the images through the mobile API gateway, which
requires a logged-in, device-bound session and rate-limits deposits. The deposit
service sends the images to a check-capture vendor's OCR API, which reads the MICR
line and the amounts; it then builds features from the OCR result and the account's
history in core banking and asks an in-house fraud model for a score. Above a
threshold the deposit is put on hold automatically in core banking and queued for
the back-office deposit operations team, who release or return held items in a
review console. Check images are archived encrypted. Each month a retraining job
learns from confirmed fraud (analyst decisions and checks returned unpaid); an ML
engineer approves each new model before the deployment job rolls it out.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile check deposit fraud screening",
    profile=tg.RiskProfile.HIGH,
    description="OCR and fraud scoring of mobile check deposits, with holds and "
    "back-office review; retrained monthly on confirmed fraud.",
)

# ---------------------------------------------------------------- data assets
check_images = tg.Data(
    "Check images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Front and back photos: account and routing numbers, names, signatures.",
)
deposit_request = tg.Data(
    "Deposit request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Target account, amount the customer typed, device and location signals.",
)
session_token = tg.Data(
    "Mobile session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
deposit_status = tg.Data(
    "Deposit status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Accepted, on hold (with the hold notice) or rejected.",
)
ocr_result = tg.Data(
    "OCR result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="MICR line, courtesy and legal amounts, payee, image-quality flags.",
)
account_history = tg.Data(
    "Account history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Tenure, balances, prior deposits and returned items.",
)
fraud_features = tg.Data(
    "Deposit fraud features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
hold_instruction = tg.Data(
    "Hold instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Post the deposit, or post it with an extended hold on the funds.",
)
deposit_record = tg.Data(
    "Deposit record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="OCR result, features, score and outcome of each deposit.",
)
held_item = tg.Data("Held item", kind="records", sensitivity=tg.Sensitivity.REGULATED)
review_decision = tg.Data(
    "Review decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Release, extend the hold, or return the item as fraudulent.",
)
fraud_labels = tg.Data(
    "Confirmed fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
returned_items = tg.Data(
    "Returned check outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Checks returned unpaid by the paying bank, with the return reason.",
)
training_data = tg.Data(
    "Fraud training set", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
model_artifact = tg.Data(
    "Fraud model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Customer phones", trust=tg.Trust.UNTRUSTED):
    # The account holder depositing a check; fraudsters open accounts too.
    customer = tm.add(tg.Actor("Bank customer", role="retail customer"))
    # The bank's mobile app on customers' own phones; captures and uploads the images.
    app = tm.add(
        tg.Device(
            "Mobile banking app",
            fleet=True,
            description="iOS and Android app with the vendor's capture SDK for edge detection.",
        )
    )

with tm.boundary("Check capture vendor", trust=tg.Trust.PARTNER):
    # Vendor-hosted OCR that reads the check; we send it every image.
    ocr = tm.add(
        tg.Model(
            "Check OCR service",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads MICR line and amounts and scores image usability.",
        )
    )

with tm.boundary("Bank edge", trust=tg.Trust.INTERNAL):
    # Front door for all mobile banking traffic.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile API gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="mobile login with device binding and OTP step-up"),
                c.RateLimiting(requests_per_minute=10, note="deposit submissions per customer"),
            },
        )
    )

with tm.boundary("Deposit platform", trust=tg.Trust.INTERNAL):
    # Orchestrates each deposit: OCR, feature building, scoring, posting, holds.
    deposit_service = tm.add(
        tg.Service(
            "Deposit service",
            description="Rejects deposits whose OCR amount differs from the typed amount.",
        )
    )
    # In-house model whose score decides whether a customer's funds are held.
    fraud_model = tm.add(
        tg.Model(
            "Deposit fraud model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted trees; score above 0.7 places an extended hold.",
        )
    )
    # Archive of check images and deposit records, kept for disputes and retraining.
    archive = tm.add(
        tg.DataStore(
            "Deposit archive",
            stores={check_images, deposit_record},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS")},
        )
    )
    # Work queue and UI where deposit operations works held items.
    review_console = tm.add(
        tg.Service(
            "Held-item review console",
            controls={
                c.RBAC(note="deposit operations role only"),
                c.AuditLogging(retention_days=2555),
                c.HumanInTheLoop(approver="deposit operations analyst"),
            },
        )
    )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # System of record for accounts, postings, holds and returned items.
    core_banking = tm.add(
        tg.Service("Core banking system", description="Mainframe; reached through its deposit API.")
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Deposits joined with confirmed outcomes, rebuilt each month.
    training_set = tm.add(
        tg.Dataset("Fraud training set", stores={training_data, fraud_labels, returned_items})
    )
    # Monthly retraining; compares the candidate with the live model on a holdout month.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="AUC and hold rate vs. the live model on a holdout")},
        )
    )
    # Stores every trained version so a rollback is possible.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Rolls an approved version out to the scoring service.
    deployment = tm.add(
        tg.Pipeline(
            "Model deployment job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="ML engineer")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Back-office staff who decide on held deposits.
    analyst = tm.add(tg.Actor("Deposit operations analyst", role="back-office reviewer"))
    # Owns the model and signs off each monthly release.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Capture and submission.
tm.flow(customer, app, check_images, deposit_request, label="photographs check")
tm.flow(app, gateway, check_images, deposit_request, session_token, protocol="https")
tm.flow(gateway, deposit_service, check_images, deposit_request)
tm.flow(deposit_service, gateway, deposit_status)
tm.flow(gateway, app, deposit_status, protocol="https")
tm.flow(app, customer, deposit_status)

# OCR and scoring.
tm.flow(deposit_service, ocr, check_images, protocol="https")
tm.flow(ocr, deposit_service, ocr_result, protocol="https")
tm.flow(deposit_service, core_banking, deposit_request, label="account lookup")
tm.flow(core_banking, deposit_service, account_history)
tm.flow(deposit_service, fraud_model, fraud_features)
tm.flow(fraud_model, deposit_service, fraud_score)
tm.flow(deposit_service, core_banking, hold_instruction, id="post-deposit", label="post and hold")
tm.flow(deposit_service, archive, check_images, deposit_record)

# Back-office review of held items.
tm.flow(deposit_service, review_console, held_item, fraud_score, label="score above threshold")
tm.flow(archive, review_console, check_images, deposit_record)
tm.flow(review_console, analyst, held_item, check_images, fraud_score, protocol="https")
tm.flow(analyst, review_console, review_decision, protocol="https")
tm.flow(review_console, core_banking, review_decision, label="release or return")

# Monthly retraining on confirmed fraud.
tm.flow(review_console, training_set, fraud_labels)
tm.flow(core_banking, training_set, returned_items)
tm.flow(archive, training_set, deposit_record, label="monthly extract")
tm.flow(training_set, retraining, training_data, fraud_labels, returned_items)
tm.flow(retraining, registry, model_artifact)
tm.flow(ml_engineer, deployment, release_approval, label="approves release")
tm.flow(registry, deployment, model_artifact)
tm.flow(deployment, fraud_model, model_artifact, label="deploy")
