"""KYC document onboarding: the first design, before any security review.

New customers of our EU fintech open an account in the mobile app. The app has
them photograph the front and back of an identity document and record a short
selfie video. The onboarding API (rate-limited, session token issued after a
phone OTP) passes the capture to a verification orchestrator in our production
VPC. An in-house OCR model reads the document fields, an open-weights
face-matching model compares a selfie frame with the document portrait, and a
liveness vendor checks the selfie video over its HTTPS API. The images and the
verification results are kept in an encrypted data tier for the retention
period that anti-money-laundering rules require. Clear passes open the account
through the account service; borderline scores go to a review console where
compliance officers, signed in through the corporate SSO, make the decision,
and their decisions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "KYC document onboarding",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Identity-document OCR, selfie face match and liveness for account opening.",
)

# ---------------------------------------------------------------- data assets
id_images = tg.Data(
    "ID document images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Front and back photos of a passport, ID card or driving licence.",
)
selfie = tg.Data(
    "Selfie video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A few seconds of video of the customer's face: biometric data.",
)
face_pair = tg.Data(
    "Portrait and selfie frame",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The cropped document portrait and the best selfie frame.",
)
id_fields = tg.Data(
    "Extracted ID fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, document number, expiry, nationality, MRZ.",
)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
liveness_result = tg.Data("Liveness result", kind="model-output", sensitivity=tg.Sensitivity.PII)
verification = tg.Data(
    "Verification record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Fields, scores, outcome and the officer's decision for each applicant.",
)
status = tg.Data("Onboarding status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
review_case = tg.Data("Review case", kind="records", sensitivity=tg.Sensitivity.REGULATED)
officer_decision = tg.Data("Officer decision", kind="records", sensitivity=tg.Sensitivity.PII)
account_request = tg.Data("Account opening request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The applicant: anyone who downloads the app, including fraudsters.
    customer = tm.add(tg.Actor("Applicant", role="prospective customer"))
    # Our app on the customer's own phone captures the images and the video.
    app = tm.add(
        tg.Device(
            "Mobile app",
            fleet=True,
            description="iOS and Android app with the document and selfie capture screens.",
        )
    )

with tm.boundary("Liveness vendor", trust=tg.Trust.PARTNER):
    # Liveness is bought as a service: we send the video, it returns live / not live.
    liveness = tm.add(
        tg.Model(
            "Liveness check",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Vendor presentation-attack detection on the selfie video.",
        )
    )

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # The public entry point for the app's onboarding screens.
    api = tm.add(
        tg.Endpoint(
            "Onboarding API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app session token after phone OTP"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type, size and resolution checks on uploads"),
            },
        )
    )
    # Runs the checks in order, applies the score thresholds and routes borderline cases.
    orchestrator = tm.add(
        tg.Service(
            "Verification orchestrator",
            description="Calls OCR, face match and liveness; auto-approves above thresholds.",
        )
    )
    # Reads the document fields; trained by our ML team on labelled document samples.
    ocr = tm.add(
        tg.Model(
            "OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Document classification, field detection and text recognition.",
        )
    )
    # Compares the selfie with the document portrait; decides who gets an account.
    face_match = tm.add(
        tg.Model(
            "Face matching model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face-recognition network served on our GPUs; cosine similarity.",
        )
    )
    # Opens the account once a verification passes.
    accounts = tm.add(tg.Service("Account service", description="Core banking onboarding API."))

    with tm.boundary("KYC data tier", trust=tg.Trust.RESTRICTED):
        # Raw captures kept for the AML retention period and for officer review.
        image_store = tm.add(
            tg.DataStore(
                "KYC image bucket",
                stores={id_images, selfie},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The record of every verification and its outcome.
        results_db = tm.add(
            tg.DataStore(
                "Verification database",
                stores={verification},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Compliance staff decide the cases the models are unsure about.
    officer = tm.add(tg.Actor("Compliance officer", role="compliance officer"))
    # Internal web tool that shows a case's images, fields and scores side by side.
    console = tm.add(
        tg.Service(
            "Review console",
            controls={
                c.Authentication(method="corporate SSO"),
                c.HumanInTheLoop(approver="a compliance officer, for borderline cases"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, app, id_images, selfie, label="capture")
tm.flow(app, api, id_images, selfie, protocol="https")
tm.flow(api, orchestrator, id_images, selfie)
tm.flow(orchestrator, image_store, id_images, selfie)

tm.flow(orchestrator, ocr, id_images)
tm.flow(ocr, orchestrator, id_fields, face_pair, label="fields and cropped portrait")
tm.flow(orchestrator, face_match, face_pair)
tm.flow(face_match, orchestrator, match_score)
tm.flow(orchestrator, liveness, selfie, protocol="https")
tm.flow(liveness, orchestrator, liveness_result, protocol="https")

tm.flow(orchestrator, results_db, verification)
tm.flow(orchestrator, accounts, account_request, label="auto-approved")
tm.flow(orchestrator, api, status)
tm.flow(api, app, status, protocol="https")
tm.flow(app, customer, status)

tm.flow(results_db, console, review_case, protocol="https", label="borderline cases")
tm.flow(image_store, console, id_images, selfie, protocol="https")
tm.flow(console, officer, review_case, protocol="https")
tm.flow(officer, console, officer_decision, protocol="https")
tm.flow(console, results_db, officer_decision, protocol="https")
tm.flow(results_db, accounts, account_request, protocol="https", label="officer-approved")
