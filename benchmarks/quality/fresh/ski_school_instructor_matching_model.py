"""Ski school instructor matching: the first design, before any security review.

Guests of an EU ski resort book private lessons on the school's booking site,
giving their skiing level, languages and the age group of the people taking the
lesson, and pay through the payment provider's hosted checkout page. A booking
service asks an in-house ranking model for the best-suited instructors, using
the guest's profile and past lesson ratings together with the instructors'
skills, languages and schedules, and assigns the lesson. Instructors see their
lessons and rate each one in a mobile app. The head of ski school can reassign
lessons from a back-office console in the resort office. At the end of each
season the ratings are exported and the model is retrained by an external ML
contractor. Everything runs in one cloud account; guests and instructors sign in
with e-mail and password, staff through the resort's SSO, the database is
encrypted at rest and all internet traffic uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski school instructor matching",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Matches private-lesson bookings to ski instructors with a ranking model.",
)

# ---------------------------------------------------------------- data assets
guest_profile = tg.Data(
    "Guest profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, skiing level, languages, age group of the learners.",
)
booking_request = tg.Data("Lesson booking request", kind="records", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the provider's hosted checkout page.",
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lesson_history = tg.Data(
    "Lesson history and ratings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
instructor_roster = tg.Data(
    "Instructor skills and schedules",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Certifications, disciplines, languages, working days and free slots.",
)
match_features = tg.Data("Match features", kind="features", sensitivity=tg.Sensitivity.PII)
match_ranking = tg.Data(
    "Ranked instructor suggestions", kind="model-output", sensitivity=tg.Sensitivity.PII
)
lesson_assignment = tg.Data("Lesson assignment", kind="records", sensitivity=tg.Sensitivity.PII)
lesson_rating = tg.Data(
    "Lesson rating",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
availability_update = tg.Data("Availability update", kind="records", sensitivity=tg.Sensitivity.PII)
reassignment = tg.Data("Manual reassignment", kind="records", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Season training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_job = tg.Data(
    "Retraining code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Matching model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Holiday guests booking lessons for themselves or their children.
    guest = tm.add(tg.Actor("Guest", role="customer"))
    # Freelance and seasonal instructors, using the school's mobile app on their own phones.
    instructor = tm.add(tg.Actor("Instructor", role="ski instructor"))
    # The external data scientist who retrains the model once a season, working remotely.
    contractor = tm.add(tg.Actor("ML contractor", role="data scientist", privileged=True))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card data never touches our systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider checkout",
            description="Hosted card checkout; notifies us of completed payments.",
        )
    )

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # Public booking site and its API, the only entry point for guests.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form and schema validation of booking fields"),
            },
        )
    )
    # Backend for the instructor mobile app.
    instructor_api = tm.add(
        tg.Endpoint(
            "Instructor app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Creates bookings, asks the model for a match and assigns the lesson.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Books lessons, calls the matching model, pushes assignments.",
        )
    )
    # The in-house model that ranks free instructors for each booking.
    matcher = tm.add(
        tg.Model(
            "Instructor matching model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted ranker over guest and instructor features.",
        )
    )
    # Staff web console for the head of ski school.
    console = tm.add(
        tg.Service(
            "Back-office console",
            controls={
                c.Authentication(method="resort SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=365, note="who reassigned which lesson"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Guests, bookings, lessons and ratings.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={
                    guest_profile,
                    booking_request,
                    lesson_assignment,
                    lesson_history,
                    lesson_rating,
                },
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Instructor skills, languages and schedules kept by the school office.
        roster = tm.add(tg.DataStore("Instructor roster", stores={instructor_roster}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # The end-of-season export the model is retrained on.
        dataset = tm.add(tg.Dataset("Season training set store", stores={training_set}))
        # Seasonal retraining job, run by the contractor.
        retraining = tm.add(
            tg.Pipeline(
                "Seasonal retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="offline ranking metrics on last season")},
            )
        )
        # Keeps each season's model so the previous one can be restored.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Resort office network", trust=tg.Trust.INTERNAL):
    # Oversees the matches and can move a lesson to another instructor.
    head = tm.add(tg.Actor("Head of ski school", role="ski school manager", privileged=True))

# ---------------------------------------------------------------- flows
# Booking and payment
tm.flow(guest, booking_api, guest_profile, booking_request, protocol="https")
tm.flow(booking_api, guest, booking_confirmation, protocol="https")
tm.flow(guest, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, booking_api, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(booking_api, booking_service, guest_profile, booking_request, payment_confirmation)
tm.flow(booking_service, booking_api, booking_confirmation)

# Matching
tm.flow(booking_service, booking_db, guest_profile, booking_request, lesson_assignment)
tm.flow(booking_db, booking_service, guest_profile, lesson_history, label="guest history")
tm.flow(roster, booking_service, instructor_roster)
tm.flow(booking_service, matcher, match_features)
tm.flow(matcher, booking_service, match_ranking)

# Instructors
tm.flow(booking_service, instructor_api, lesson_assignment)
tm.flow(instructor_api, instructor, lesson_assignment, protocol="https")
tm.flow(instructor, instructor_api, lesson_rating, availability_update, protocol="https")
tm.flow(instructor_api, booking_db, lesson_rating)
tm.flow(instructor_api, roster, availability_update)

# Head of ski school
tm.flow(head, console, reassignment, protocol="https")
tm.flow(console, head, lesson_assignment, match_ranking, protocol="https")
tm.flow(booking_db, console, lesson_history, lesson_assignment)
tm.flow(console, booking_service, reassignment)

# Seasonal retraining
tm.flow(booking_db, dataset, training_set, label="end-of-season export")
tm.flow(roster, dataset, instructor_roster, label="end-of-season export")
tm.flow(contractor, retraining, training_job, protocol="ssh")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, matcher, model_artifact, label="deploy for next season")
