"""E-scooter rider age verification: the first design, before any security review.

Our shared e-scooter service may only unlock a scooter for a rider aged 18 or over
who holds a driving licence. Before the first ride, the rider app asks for a photo
of the front of the licence and a live selfie. Both go to the Rider API in our
cloud VPC, where the age verification service has an in-house licence reader
model pull the name, date of birth, licence number and expiry from the photo, and
an open-weights face match model compare the selfie with the licence portrait.
A clear pass with a date of birth 18 or more years ago marks the rider account
verified; borderline or failed matches go to a trust and safety reviewer in the
ops console. Unlock requests are checked against that status by the fleet unlock
service, which sends the unlock command to the scooter over MQTT with per-scooter
certificates. Riders sign in with phone number and SMS code through a hosted
identity provider. Images are kept encrypted in an evidence bucket for disputes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-scooter rider age verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Licence photo and selfie match decide whether a rider may unlock scooters.",
)

# ---------------------------------------------------------------- data assets
licence_photo = tg.Data(
    "Driving licence photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Photo of the front of the licence: portrait, name, date of birth, number.",
)
selfie = tg.Data(
    "Rider selfie",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Live selfie taken in the app, compared biometrically with the licence portrait.",
)
licence_fields = tg.Data(
    "Extracted licence fields",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, licence number and expiry read from the photo.",
)
match_score = tg.Data("Face match score", kind="model-output", sensitivity=tg.Sensitivity.PII)
verification_status = tg.Data(
    "Age verification status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rider_account = tg.Data("Rider account", kind="records", sensitivity=tg.Sensitivity.PII)
session_token = tg.Data(
    "Rider session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
sign_in = tg.Data("Phone number and SMS code", kind="credentials", sensitivity=tg.Sensitivity.PII)
unlock_request = tg.Data("Unlock request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
unlock_command = tg.Data(
    "Unlock command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
scooter_status = tg.Data("Scooter lock state and battery", kind="logs")
review_case = tg.Data(
    "Verification review case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Licence photo, selfie, extracted fields and match score of a borderline check.",
)
review_decision = tg.Data("Reviewer decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person who wants to ride; anyone can install the app and sign up.
    rider = tm.add(tg.Actor("Rider", role="end user"))
    # Our app on the rider's own smartphone: captures the licence photo and selfie.
    rider_app = tm.add(
        tg.Device(
            "Rider smartphone app",
            description="iOS and Android app; camera capture of licence and selfie.",
        )
    )

with tm.boundary("Public street", trust=tg.Trust.UNTRUSTED):
    # The scooters themselves, parked on public streets with a cellular IoT module.
    scooter = tm.add(
        tg.Device(
            "E-scooter",
            description="Scooter with a lock controller reachable over cellular MQTT.",
        )
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Hosted sign-in for riders (phone number and SMS one-time code).
    idp = tm.add(
        tg.ExternalService(
            "Rider identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Public API the app talks to for sign-up, verification and unlocks.
    rider_api = tm.add(
        tg.Endpoint(
            "Rider API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="identity provider session token (phone number and SMS code)"
                ),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type, size and resolution checks on uploads"),
            },
        )
    )
    # Orchestrates the check: runs both models, applies the age rule, records status.
    verifier = tm.add(
        tg.Service(
            "Age verification service",
            description="Computes age from the extracted date of birth; passes need a match "
            "score above the threshold and age 18 or over.",
            controls={
                c.HumanInTheLoop(
                    approver="trust and safety reviewer",
                    note="borderline and failed matches only; clear passes are verified automatically",
                ),
                c.ImpactAssessment(basis="explicit consent, Art. 9(2)(a)"),
            },
        )
    )
    # Reads the licence photo: finds the document and extracts its text fields.
    licence_reader = tm.add(
        tg.Model(
            "Licence reader model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Document detector and OCR fine-tuned on UK and EU licence layouts.",
        )
    )
    # Compares the selfie with the licence portrait.
    face_match = tm.add(
        tg.Model(
            "Face match model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights face recognition model served on our GPU nodes.",
        )
    )
    # Rider accounts with their verification status; read before every unlock.
    accounts_db = tm.add(
        tg.DataStore(
            "Rider accounts database",
            stores={rider_account, verification_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Kept for disputes and regulator questions about who was allowed to ride.
    evidence_store = tm.add(
        tg.DataStore(
            "Verification evidence bucket",
            stores={licence_photo, selfie, licence_fields, match_score},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Checks the rider's status and sends unlock commands to the scooter.
    unlock_service = tm.add(tg.Service("Fleet unlock service"))

with tm.boundary("Operations network", trust=tg.Trust.INTERNAL):
    # Internal web console where reviewers work the manual verification queue.
    console = tm.add(
        tg.Service(
            "Verification review console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Staff who decide borderline verifications by looking at both images.
    reviewer = tm.add(tg.Actor("Trust and safety reviewer", role="reviewer"))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(rider, rider_app, sign_in, label="typed in the app")
tm.flow(rider_app, idp, sign_in, protocol="https")
tm.flow(idp, rider_app, session_token, protocol="https")

# verification
tm.flow(rider, rider_app, licence_photo, selfie, label="camera capture in the app")
tm.flow(rider_app, rider_api, licence_photo, selfie, session_token, protocol="https")
tm.flow(rider_api, verifier, licence_photo, selfie)
tm.flow(verifier, licence_reader, licence_photo)
tm.flow(licence_reader, verifier, licence_fields)
tm.flow(verifier, face_match, selfie, licence_photo)
tm.flow(face_match, verifier, match_score)
tm.flow(verifier, evidence_store, licence_photo, selfie, licence_fields, match_score)
tm.flow(verifier, accounts_db, verification_status)
tm.flow(verifier, rider_api, verification_status)
tm.flow(rider_api, rider_app, verification_status, protocol="https")

# manual review of borderline checks
tm.flow(verifier, console, review_case, label="borderline or failed match")
tm.flow(evidence_store, console, licence_photo, selfie)
tm.flow(console, reviewer, review_case, protocol="https")
tm.flow(reviewer, console, review_decision, protocol="https")
tm.flow(console, verifier, review_decision)

# account and unlock
tm.flow(rider_api, accounts_db, rider_account)
tm.flow(accounts_db, rider_api, rider_account)
tm.flow(rider_app, rider_api, unlock_request, session_token, protocol="https")
tm.flow(rider_api, unlock_service, unlock_request)
tm.flow(accounts_db, unlock_service, verification_status)
tm.flow(
    unlock_service,
    scooter,
    unlock_command,
    protocol="mqtts",
    controls={c.MutualAuthentication(note="per-scooter X.509 certificates in the IoT broker")},
)
tm.flow(scooter, unlock_service, scooter_status, protocol="mqtts")
tm.flow(unlock_service, rider_api, scooter_status)
tm.flow(rider_api, rider_app, scooter_status, protocol="https")
