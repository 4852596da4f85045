"""Climbing gym member check-in with face recognition: the first design.

A chain of climbing gyms lets members walk in without a card. At each gym's
entrance a camera streams to an edge box on the gym network, which matches the
face against face templates of members and, for a valid active membership,
tells the door access controller to unlock. When the match fails (new haircut,
expired membership, no template) the front desk sees the frame next to the
candidate's membership photo on a console and can unlock by hand.
Members sign up, pay, and upload or replace their photo in a phone app that
talks to a membership API in the company's cloud VPC; an enrolment job turns
each photo into a face template, and edge boxes sync templates every few minutes.
The gyms are in the EU, so GDPR applies and templates are biometric data.
Controls in this design: app sign-in with e-mail and password, API rate limits
and upload checks, encryption at rest of the cloud stores, staff logins on the
console, and a check-in log kept 90 days. Card payments go to a payment provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Climbing gym member check-in with face recognition",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Face-recognition door check-in for a climbing gym chain, with a member app.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data("Member login credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
profile = tg.Data(
    "Member profile and membership status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
photo = tg.Data("Membership photo", sensitivity=tg.Sensitivity.PII, kind="media")
templates = tg.Data(
    "Face templates",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="embeddings",
    description="Biometric templates computed from membership photos, one per active member.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
frame = tg.Data("Entrance camera frames", sensitivity=tg.Sensitivity.PII, kind="media")
match = tg.Data(
    "Match result",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Best-matching member id and similarity score.",
)
unlock = tg.Data("Door unlock command", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
checkins = tg.Data("Check-in events", sensitivity=tg.Sensitivity.PII, kind="logs")
failed = tg.Data(
    "Failed check-in case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Camera frame, candidate member and the reason the check-in failed.",
)
override = tg.Data("Manual override decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
card_token = tg.Data("Payment token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials")
payment_event = tg.Data("Payment status event", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members are the public: anyone can download the app and sign up.
    member = tm.add(tg.Actor("Member", role="gym member"))
    # The phone app members use to manage membership, payment and photo.
    app = tm.add(
        tg.Device(
            "Member phone app",
            description="iOS and Android app; takes or uploads the membership photo.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card payments; we only ever hold the provider's token.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Cloud VPC", trust=tg.Trust.INTERNAL):
    # Single API behind the app and the front desk consoles.
    api = tm.add(
        tg.Endpoint(
            "Membership API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="photo uploads checked for type, size and one face"),
            },
        )
    )
    # System of record for members, memberships and payment tokens.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={profile, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Object bucket holding the original membership photos.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns each new or changed photo into a face template with the same face model.
    enrolment = tm.add(
        tg.Pipeline(
            "Face enrolment job",
            stage=tg.Stage.PREPROCESSING,
            description="Runs on every photo upload; detects the face and computes its template.",
        )
    )
    # Central copy of every active member's template, the source for edge syncs.
    template_store = tm.add(
        tg.DataStore(
            "Face template store",
            stores={templates},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Entries and overrides, for usage stats and disputes.
    checkin_log = tm.add(
        tg.DataStore(
            "Check-in log",
            stores={checkins},
            controls={c.AuditLogging(retention_days=90)},
        )
    )

with tm.boundary("Gym site network", trust=tg.Trust.INTERNAL):
    # One camera per entrance, mounted above the turnstile.
    camera = tm.add(
        tg.Device("Entrance camera", description="IP camera streaming to the edge box.")
    )
    # Per-gym box that runs matching locally so the door works if the uplink drops.
    edge = tm.add(
        tg.Service(
            "Check-in edge box",
            description="Receives frames, asks the face model for a match, unlocks or escalates.",
        )
    )
    # Local copy of the templates of members allowed into this gym.
    edge_cache = tm.add(tg.VectorStore("Edge template cache", stores={templates}))
    # Open-weights face recognition model running on the edge box.
    face_model = tm.add(
        tg.Model(
            "Face matching model",
            task=tg.Task.VERIFICATION,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Embeds the frame and finds the nearest member template above a threshold.",
        )
    )
    # The door's access controller; releases the magnetic lock on command.
    door = tm.add(tg.Service("Door access controller"))
    # Front desk staff who resolve failed check-ins.
    staff = tm.add(tg.Actor("Front desk staff", role="front desk"))
    # Desk PC web console showing failed check-ins and a manual unlock button.
    console = tm.add(
        tg.Service(
            "Front desk console",
            controls={c.Authentication(method="per-staff username and password")},
        )
    )

# ---------------------------------------------------------------- flows
# member app
tm.flow(member, app, login, profile, photo)
tm.flow(app, member, profile)
tm.flow(app, api, login, profile, photo, protocol="https")
tm.flow(api, app, profile, photo, protocol="https")
tm.flow(api, member_db, profile)
tm.flow(member_db, api, profile)
tm.flow(api, photo_bucket, photo)
tm.flow(photo_bucket, api, photo)

# payments
tm.flow(api, payments, card_token, protocol="https", label="charge membership fee")
tm.flow(payments, api, payment_event, protocol="https", label="payment webhook")
tm.flow(api, member_db, card_token, label="save payment token")

# enrolment and sync to the gyms
tm.flow(photo_bucket, enrolment, photo)
tm.flow(enrolment, template_store, templates)
tm.flow(member_db, template_store, profile, label="active memberships")
tm.flow(template_store, edge_cache, templates, protocol="https", label="sync every 5 minutes")

# at the door
tm.flow(camera, edge, frame, protocol="rtsp")
tm.flow(edge, face_model, frame)
tm.flow(edge_cache, face_model, templates)
tm.flow(face_model, edge, match)
tm.flow(edge, door, unlock, protocol="http", label="unlock")
tm.flow(edge, checkin_log, checkins, protocol="https")

# front desk handling of failures
tm.flow(edge, console, failed, protocol="http")
tm.flow(console, api, profile, protocol="https", label="look up member")
tm.flow(api, console, profile, photo, protocol="https")
tm.flow(console, staff, failed, photo)
tm.flow(staff, console, override)
tm.flow(console, door, unlock, protocol="http", label="manual unlock")
tm.flow(console, checkin_log, checkins, protocol="https", label="override events")
