"""Dating app onboarding: age and identity verification, first design.

A new member's profile must not go live until we are satisfied they are an adult
and the person in the photos. At sign-up the mobile app records a short selfie
video and photographs an ID document. A verification orchestrator in our EU cloud
runs a passive liveness check and an in-house age estimation model on video frames,
sends the ID images to a document verification vendor (date of birth, authenticity)
and matches the selfie to the ID portrait. Clear passes go live automatically;
borderline cases go to a trust and safety reviewer. Members are in the EU (GDPR).
Controls: a rate-limited, authenticated mobile API, encrypted media storage, SSO
with MFA and audit logs on the review console, a vendor review of the document
checker, and profiles held hidden until a pass is recorded. The liveness model
targets printed photos and screen replays only, not injected synthetic video.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dating app age and identity verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Selfie-video age estimation and ID face match before a dating profile goes live.",
)

# ---------------------------------------------------------------- data assets
selfie_video = tg.Data(
    "Selfie video",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Five-second front-camera video of the new member; biometric data.",
)
id_images = tg.Data(
    "ID document images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Photos of the front of a passport, ID card or driving licence.",
)
selfie_frames = tg.Data(
    "Selfie frames",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Face crops sampled from the selfie video.",
)
id_portrait = tg.Data(
    "ID portrait crop",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The face photo cropped from the ID document by the vendor.",
)
id_fields = tg.Data(
    "Extracted ID fields and document check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, document number, expiry and the vendor's authenticity result.",
)
liveness_result = tg.Data("Liveness result", kind="model-output", sensitivity=tg.Sensitivity.PII)
age_estimate = tg.Data("Estimated age", kind="model-output", sensitivity=tg.Sensitivity.PII)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data(
    "Verification outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pass, fail or refer, with the age estimate, match score and ID date of birth.",
)
profile_draft = tg.Data("Profile draft", kind="records", sensitivity=tg.Sensitivity.PII)
profile_status = tg.Data("Profile status", kind="records", sensitivity=tg.Sensitivity.PII)
review_case = tg.Data(
    "Review case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A borderline verification with its scores, for a person to decide.",
)
reviewer_decision = tg.Data("Reviewer decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person signing up; anyone can download the app, minors and impostors included.
    applicant = tm.add(tg.Actor("New member", role="applicant"))
    # Our app on the member's own phone records the video and photographs the ID.
    app = tm.add(
        tg.Device(
            "Dating app on member's phone",
            fleet=True,
            description="iOS and Android app; capture screens for the selfie video and ID photos.",
        )
    )

with tm.boundary("ID verification vendor", trust=tg.Trust.PARTNER):
    # Reads the ID document and checks its security features; we have no in-house OCR.
    doc_vendor = tm.add(
        tg.ExternalService(
            "Document verification vendor",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SaaS API: OCR of the data page, template and security-feature checks.",
            controls={c.SupplierAssessment(note="procurement security review and DPA signed")},
        )
    )

with tm.boundary("EU production cloud", trust=tg.Trust.INTERNAL):
    # The only public entry point for the app: sign-up, profile and verification calls.
    gateway = tm.add(
        tg.Endpoint(
            "Mobile API gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code at sign-up"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type, size and duration checks on uploads"),
            },
        )
    )
    # Runs the verification steps in order and combines their results into one outcome.
    orchestrator = tm.add(
        tg.Service(
            "Verification orchestrator",
            description="Samples frames, calls the models and the vendor, applies thresholds.",
            controls={
                c.HumanInTheLoop(
                    approver="trust and safety reviewer",
                    note="borderline cases only; clear passes go live automatically",
                )
            },
        )
    )
    # Holds each profile hidden until verification passes, then publishes it.
    profile_service = tm.add(
        tg.Service(
            "Profile service",
            controls={
                c.FailClosed(fallback="profile stays hidden until a pass outcome is recorded")
            },
        )
    )
    # Member profiles, including whether each is live.
    profile_db = tm.add(
        tg.DataStore(
            "Member profile database",
            stores={profile_draft, profile_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Verification enclave", trust=tg.Trust.RESTRICTED):
        # Keeps the raw video and ID images for review and disputes.
        media_store = tm.add(
            tg.DataStore(
                "Verification media store",
                stores={selfie_video, id_images},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # The record of every verification and how it was decided.
        results_db = tm.add(
            tg.DataStore(
                "Verification results database",
                stores={outcome, id_fields},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Rejects printed photos and screen replays held up to the camera.
        liveness = tm.add(
            tg.Model(
                "Passive liveness detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                high_stakes=True,
                description="Pretrained presentation-attack detector run on sampled frames.",
            )
        )
        # Estimates age from the face, so under-18s are stopped even with a borrowed ID.
        age_model = tm.add(
            tg.Model(
                "Age estimation model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="CNN regressor trained in-house; outcome thresholds at 18 plus a buffer.",
            )
        )
        # Confirms the selfie shows the same person as the ID portrait.
        face_match = tm.add(
            tg.Model(
                "Face match model",
                task=tg.Task.VERIFICATION,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Open-weights face embedding model; cosine similarity against a threshold.",
            )
        )

with tm.boundary("Trust and safety tools", trust=tg.Trust.INTERNAL):
    # Where reviewers look at borderline cases and decide them.
    console = tm.add(
        tg.Service(
            "Verification review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Staff who decide referred verifications.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="trust and safety staff"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, app, selfie_video, id_images, label="recorded with the phone camera")
tm.flow(applicant, app, profile_draft, label="typed in the app")
tm.flow(app, gateway, selfie_video, id_images, profile_draft, protocol="https")
tm.flow(gateway, app, profile_status, protocol="https")

tm.flow(gateway, profile_service, profile_draft)
tm.flow(profile_service, gateway, profile_status)
tm.flow(profile_service, profile_db, profile_draft, profile_status)
tm.flow(profile_db, profile_service, profile_draft, profile_status)

tm.flow(gateway, orchestrator, selfie_video, id_images)
tm.flow(orchestrator, media_store, selfie_video, id_images)

tm.flow(orchestrator, liveness, selfie_frames)
tm.flow(liveness, orchestrator, liveness_result)
tm.flow(orchestrator, age_model, selfie_frames)
tm.flow(age_model, orchestrator, age_estimate)

tm.flow(orchestrator, doc_vendor, id_images, protocol="https")
tm.flow(doc_vendor, orchestrator, id_fields, id_portrait, protocol="https")

tm.flow(orchestrator, face_match, selfie_frames, id_portrait)
tm.flow(face_match, orchestrator, match_score)

tm.flow(orchestrator, results_db, outcome, id_fields)
tm.flow(orchestrator, profile_service, outcome, label="go live or stay hidden")

tm.flow(orchestrator, console, review_case, label="borderline cases")
tm.flow(media_store, console, selfie_video, id_images, label="shown to the reviewer")
tm.flow(console, reviewer, review_case, selfie_video, id_images, protocol="https")
tm.flow(reviewer, console, reviewer_decision, protocol="https")
tm.flow(console, orchestrator, reviewer_decision)
