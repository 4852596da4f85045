"""Language tutoring marketplace: payout fraud model, first design.

Students book and pay for one-to-one language lessons with independent tutors in
our web app; lessons run in rooms a video-call vendor hosts, and a payment
processor takes card payments and pays tutors out weekly. Some tutors invent
lessons (a second account books them, often with stolen cards) and some tutor
accounts are taken over to redirect payouts. Before the weekly payout run pays
anyone, a payout service scores each pending payout with an in-house classifier
built on booking, video-call and payment features; payouts above the review
threshold wait for a trust-and-safety analyst, the rest are paid automatically.
Analysts' decisions become labels for monthly retraining, and an ML engineer
releases each model from the registry. It all runs in our EU cloud account; users
sign in with e-mail and password or Google, staff through SSO with MFA. Processor
webhooks are signature-checked; the video vendor's are not yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Language tutoring marketplace payout fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags fake lessons and payout fraud before tutors are paid each week.",
)

# ---------------------------------------------------------------- data assets
student_booking = tg.Data(
    "Student booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Chosen tutor and slot, the student's account and message to the tutor.",
)
confirmation = tg.Data(
    "Booking confirmation and lesson schedule", sensitivity=tg.Sensitivity.PII, kind="records"
)
tutor_updates = tg.Data(
    "Tutor availability and lesson confirmations",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Open slots, lessons marked as taught, and the tutor's profile.",
)
payout_details = tg.Data(
    "Tutor payout bank details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="IBAN and account holder name, editable in the tutor's account settings.",
)
earnings = tg.Data("Tutor earnings statement", sensitivity=tg.Sensitivity.PII, kind="records")
bookings = tg.Data(
    "Lesson booking records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_details = tg.Data("Student card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_events = tg.Data(
    "Payment and chargeback events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Charges, refunds and chargebacks with the processor's card fingerprint.",
)
room_request = tg.Data("Lesson room request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
lesson_media = tg.Data("Live lesson audio and video", sensitivity=tg.Sensitivity.PII, kind="media")
call_events = tg.Data(
    "Video-call session events",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Who joined each room, when, for how long, from which IP address and device.",
)
features = tg.Data(
    "Lesson and payout fraud features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features"
)
pending_payouts = tg.Data("Pending tutor payouts", sensitivity=tg.Sensitivity.PII, kind="records")
score = tg.Data("Payout fraud score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
flagged = tg.Data(
    "Flagged payout cases",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The payout, its lessons, call events, payment history and the score.",
)
decision = tg.Data(
    "Analyst payout decision",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Release, hold or cancel for each flagged payout.",
)
labels = tg.Data(
    "Fraud review labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
payout_instructions = tg.Data(
    "Approved payout instructions", sensitivity=tg.Sensitivity.PII, kind="records"
)
payout_status = tg.Data(
    "Payout status updates", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
artifact = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
release = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up as a student; fake lessons often use a second student account.
    student = tm.add(tg.Actor("Student", role="student"))
    # Independent tutors, paid weekly; the people whose payouts are scored.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))

with tm.boundary("Video-call vendor", trust=tg.Trust.PARTNER):
    # Hosts the lesson rooms and reports who was in each call and for how long.
    video = tm.add(
        tg.ExternalService(
            "Video-call provider",
            description="Creates a room per lesson and posts session events when a call ends.",
        )
    )

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Takes card payments on its hosted checkout and pays tutors out to their bank.
    processor = tm.add(
        tg.ExternalService(
            "Payment processor",
            description="Hosted checkout for students and marketplace payouts to tutors.",
        )
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # The marketplace itself: accounts, bookings, lesson rooms and earnings.
    web_app = tm.add(
        tg.Service(
            "Marketplace web app",
            description="Web and mobile API for students and tutors; receives vendor webhooks.",
            controls={
                c.Authentication(method="e-mail and password, or Google sign-in"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # System of record for bookings, lessons, payments and tutors' payout details.
    booking_db = tm.add(
        tg.DataStore(
            "Marketplace database",
            stores={bookings, payout_details, payment_events, call_events, pending_payouts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the weekly payout: scores each pending payout, holds flagged ones, pays the rest.
    payout_service = tm.add(
        tg.Service(
            "Weekly payout service",
            description="Scores every pending payout before sending the batch to the processor.",
            controls={
                c.HumanInTheLoop(
                    approver="trust-and-safety analyst",
                    note="only payouts scored above the review threshold wait for an "
                    "analyst; the rest are paid automatically",
                ),
                c.AuditLogging(),
            },
        )
    )
    # Where analysts work the flagged payouts.
    review_console = tm.add(
        tg.Service(
            "Trust and safety review console",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Turns bookings, call events and payment events into per-lesson and per-tutor features.
        feature_pipeline = tm.add(
            tg.Pipeline(
                "Fraud feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={c.SchemaEnforcement()},
            )
        )
        # Serves features to the payout service and snapshots them for training.
        feature_store = tm.add(tg.FeatureStore("Fraud feature store", stores={features}))
        # The classifier that decides which payouts are held.
        fraud_model = tm.add(
            tg.Model(
                "Payout fraud model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees scoring fake-lesson, collusion and "
                "account-takeover risk for each pending payout.",
                controls={c.ExplainabilityLogging(note="top reason codes kept with each score")},
            )
        )
        # Past payouts with the analysts' verdicts, for retraining.
        training_set = tm.add(tg.Dataset("Labelled payout cases", stores={labels, features}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the model that serving loads from.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged payouts and decides whether they are paid.
    analyst = tm.add(tg.Actor("Trust and safety analyst", role="analyst"))
    # Trains and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Students and tutors use the marketplace.
tm.flow(student, web_app, student_booking, protocol="https")
tm.flow(web_app, student, confirmation, protocol="https")
tm.flow(tutor, web_app, tutor_updates, payout_details, protocol="https")
tm.flow(web_app, tutor, confirmation, earnings, protocol="https")
tm.flow(web_app, booking_db, bookings, payout_details, payment_events, call_events)
tm.flow(booking_db, web_app, bookings, payout_details)

# Card payments go straight to the processor's hosted checkout.
tm.flow(student, processor, card_details, protocol="https", label="hosted checkout")
tm.flow(
    processor,
    web_app,
    payment_events,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="processor signature checked with its SDK")},
)

# Lessons happen in the video vendor's rooms.
tm.flow(web_app, video, room_request, protocol="https", label="create lesson room")
tm.flow(video, web_app, call_events, protocol="https", label="call-ended webhook")
tm.flow(student, video, lesson_media, protocol="webrtc")
tm.flow(video, student, lesson_media, protocol="webrtc")
tm.flow(tutor, video, lesson_media, protocol="webrtc")
tm.flow(video, tutor, lesson_media, protocol="webrtc")

# Features.
tm.flow(booking_db, feature_pipeline, bookings, call_events, payment_events, label="hourly export")
tm.flow(feature_pipeline, feature_store, features)

# Weekly payout run.
tm.flow(booking_db, payout_service, pending_payouts, payout_details, label="weekly payout run")
tm.flow(feature_store, payout_service, features, label="online lookup")
tm.flow(payout_service, fraud_model, features)
tm.flow(fraud_model, payout_service, score)
tm.flow(payout_service, review_console, flagged, label="scores above review threshold")
tm.flow(review_console, analyst, flagged, protocol="https")
tm.flow(analyst, review_console, decision, protocol="https")
tm.flow(review_console, payout_service, decision)
tm.flow(payout_service, processor, payout_instructions, protocol="https")
tm.flow(processor, payout_service, payout_status, protocol="https")
tm.flow(payout_service, booking_db, payout_status)

# Retraining and release.
tm.flow(review_console, training_set, labels)
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, labels, features)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, artifact)
tm.flow(ml_engineer, registry, release, label="approves release")
tm.flow(registry, fraud_model, artifact, label="deploy")
