"""Driver selfie verification: the first design, before any security review.

Before a driver can go online for a shift, the driver app asks for a live
selfie. The app uploads it to a verification API in our production VPC, where an
orchestrator runs an in-house passive-liveness model to catch photos of photos,
screens and masks, and sends the selfie with the driver's onboarding photo to a
vendor's face-comparison API. If either check fails, the orchestrator has the
account service suspend the driver, a push notification tells the driver, and a
case opens for a trust-and-safety agent at our outsourced review centre, who sees
both photos and the scores in a review console and reinstates or confirms the
suspension. Confirmed spoofs are added to the liveness training set, and the ML
team retrains and publishes the model through a registry. Drivers are in the EU
and the US. The API requires the driver's session token, photos are encrypted at
rest, and reviewers sign in with SSO and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Driver selfie verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "Pre-shift face match and liveness check for ride-hailing drivers; failures "
        "suspend the account until a trust-and-safety agent reviews them."
    ),
)

# ---------------------------------------------------------------- data assets
selfie = tg.Data(
    "Shift selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A live camera capture with device metadata; biometric data under GDPR.",
)
reference_photo = tg.Data(
    "Onboarding photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The face photo taken at onboarding and matched against the licence.",
)
match_score = tg.Data("Face-match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
liveness_score = tg.Data("Liveness score", kind="model-output", sensitivity=tg.Sensitivity.PII)
check_result = tg.Data(
    "Check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pass, retake or suspended, shown to the driver in the app.",
)
verification_record = tg.Data(
    "Verification record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Driver, time, device, both scores, thresholds and the decision.",
)
suspension = tg.Data(
    "Account status change",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
notice = tg.Data("Suspension notice", kind="documents", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Review decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reinstate, or confirm as impersonation or spoof, with a note.",
)
spoof_labels = tg.Data(
    "Spoof labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Liveness training images",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Confirmed spoof attempts and genuine selfies, with their labels.",
)
liveness_weights = tg.Data(
    "Liveness model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person being verified; anyone can sign up as a driver.
    driver = tm.add(tg.Actor("Driver", role="driver"))
    # The driver app on the driver's own phone captures the selfie.
    driver_app = tm.add(
        tg.Device("Driver app", description="iOS and Android app; camera capture in-app.")
    )

with tm.boundary("Face-match vendor", trust=tg.Trust.PARTNER):
    # Compares the selfie with the onboarding photo and returns a similarity score.
    face_match = tm.add(
        tg.Model(
            "Face-comparison API",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed; EU region processing")},
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers the suspension notice to the driver's phone.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Review centre", trust=tg.Trust.PARTNER):
    # Outsourced trust-and-safety agents who decide suspended cases.
    reviewer = tm.add(tg.Actor("Trust-and-safety agent", role="reviewer (BPO contractor)"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Receives selfies from the app; the public entry point of the system.
    verify_api = tm.add(
        tg.Endpoint(
            "Verification API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="driver session token (OAuth)")},
        )
    )
    # Runs both checks, applies the thresholds and acts on the result.
    orchestrator = tm.add(
        tg.Service(
            "Verification orchestrator",
            description="Fails the check below 0.90 similarity or 0.80 liveness.",
        )
    )
    # Server-side passive-liveness model, trained in-house.
    liveness = tm.add(
        tg.Model(
            "Liveness model",
            task=tg.Task.VERIFICATION,
            high_stakes=True,
            description="CNN scoring one frame for print, replay and mask attacks.",
        )
    )
    # Owns the driver's online eligibility; suspends and reinstates accounts.
    accounts = tm.add(
        tg.Service("Driver account service", controls={c.AuditLogging(retention_days=365)})
    )
    # Scores, decisions and review outcomes for every check.
    case_store = tm.add(
        tg.DataStore(
            "Verification case store",
            stores={verification_record, review_decision},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Web tool where reviewers see both photos, the scores and decide.
    console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Biometric store", trust=tg.Trust.RESTRICTED):
        # Onboarding photos and every shift selfie, keyed by driver id.
        photo_store = tm.add(
            tg.DataStore(
                "Driver photo store",
                stores={reference_photo, selfie},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Labelled genuine and spoof images the liveness model learns from.
    training_set = tm.add(
        tg.Dataset("Liveness training set", stores={training_images, spoof_labels})
    )
    # Periodic retraining of the liveness model.
    training = tm.add(tg.Pipeline("Liveness training job", stage=tg.Stage.TRAINING))
    # Versioned checkpoints that serving loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={liveness_weights}, controls={c.ModelVersioning()}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(driver, driver_app, selfie, label="takes selfie")
tm.flow(driver_app, verify_api, selfie, protocol="https")
tm.flow(verify_api, driver_app, check_result, protocol="https")
tm.flow(verify_api, orchestrator, selfie)
tm.flow(orchestrator, verify_api, check_result)

tm.flow(orchestrator, photo_store, selfie, label="keep selfie")
tm.flow(photo_store, orchestrator, reference_photo)
tm.flow(orchestrator, liveness, selfie)
tm.flow(liveness, orchestrator, liveness_score)
tm.flow(orchestrator, face_match, selfie, reference_photo, protocol="https")
tm.flow(face_match, orchestrator, match_score, protocol="https")
tm.flow(orchestrator, case_store, verification_record)

tm.flow(orchestrator, accounts, suspension, label="suspend on failure")
tm.flow(accounts, push, notice, protocol="https")
tm.flow(push, driver_app, notice, protocol="https")

tm.flow(case_store, console, verification_record)
tm.flow(photo_store, console, reference_photo, selfie)
tm.flow(console, reviewer, reference_photo, selfie, verification_record, protocol="https")
tm.flow(reviewer, console, review_decision, protocol="https")
tm.flow(console, case_store, review_decision)
tm.flow(console, accounts, suspension, label="reinstate or confirm")

tm.flow(console, training_set, training_images, spoof_labels, label="confirmed spoofs")
tm.flow(training_set, training, training_images, spoof_labels)
tm.flow(training, registry, liveness_weights)
tm.flow(registry, liveness, liveness_weights, label="deploy")
