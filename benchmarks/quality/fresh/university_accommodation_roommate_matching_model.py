"""University accommodation roommate matching: the first design, before any security review.

Incoming first-year students fill in a lifestyle questionnaire in the
accommodation portal (sleep habits, study habits, smoking, interests) with their
flat preferences, signing in with their university account. Each allocation
round a matching job joins the answers with enrolment details from the student
record system and the room inventory, asks an in-house compatibility model to
score candidate flatmate groups, and writes proposed flats to the allocation
database. Accommodation staff review the proposals in a staff console and can
swap students before the allocations are published; students then see their
flat and flatmates in the portal and can ask for a room change. The model is
retrained each summer by the data team from past years' answers and swap requests.
Controls: SSO with MFA, role-based staff access with an audit log, staff sign-off
before publication, encrypted questionnaire storage and pseudonymised training data.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "University accommodation roommate matching",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches first-year students into flats from questionnaire answers.",
)

# ---------------------------------------------------------------- data assets
questionnaire = tg.Data(
    "Lifestyle questionnaire answers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Sleep and study habits, smoking, interests, free-text about themselves.",
)
preferences = tg.Data(
    "Flat preferences",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Preferred halls, budget band, single-gender or quiet flat requests.",
)
enrolment = tg.Data(
    "Enrolment details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Student ID, name, age, gender, course, accessibility requirements.",
)
rooms = tg.Data("Room inventory", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
features = tg.Data(
    "Student compatibility features", sensitivity=tg.Sensitivity.PII, kind="features"
)
scores = tg.Data("Compatibility scores", sensitivity=tg.Sensitivity.PII, kind="model-output")
proposals = tg.Data("Proposed flat allocations", sensitivity=tg.Sensitivity.PII, kind="records")
swaps = tg.Data("Staff swaps and sign-off", sensitivity=tg.Sensitivity.PII, kind="records")
allocation = tg.Data(
    "Published allocation",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The student's flat and their flatmates' first names, courses and interests.",
)
change_request = tg.Data("Room change request", sensitivity=tg.Sensitivity.PII, kind="records")
sign_in = tg.Data("University sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
training_set = tg.Data(
    "Past answers and swap outcomes",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Previous years' questionnaires with room-change requests as labels.",
)
run_settings = tg.Data(
    "Retraining run settings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
weights = tg.Data(
    "Compatibility model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Incoming first-years, filling in the questionnaire from home before arrival.
    student = tm.add(tg.Actor("Incoming student", role="student"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The university's cloud SSO tenant; students get accounts once they accept an offer.
    idp = tm.add(
        tg.ExternalService("University SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("University data centre", trust=tg.Trust.INTERNAL):
    # Web portal for questionnaires, allocations and room change requests.
    portal = tm.add(
        tg.Endpoint(
            "Accommodation portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="university SSO with MFA"),
                tg.controls.InputValidation(
                    note="form fields checked against the questionnaire schema"
                ),
            },
        )
    )
    # Holds questionnaire answers, preferences and room change requests.
    answers_db = tm.add(
        tg.DataStore(
            "Questionnaire database",
            stores={questionnaire, preferences, change_request},
            controls={tg.controls.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Source of enrolment and accessibility details; owned by registry, read-only here.
    sits = tm.add(
        tg.DataSource("Student record system", origin=tg.Origin.INTERNAL, provides={enrolment})
    )
    # Rooms, flats and halls available this year.
    inventory = tm.add(tg.DataStore("Room inventory database", stores={rooms}))
    # Each allocation round: builds features, scores groups, assigns students to flats.
    matcher = tm.add(
        tg.Service(
            "Allocation matching job",
            description="Greedy assignment over model scores, respecting hard preferences.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="accommodation officer",
                    note="nothing is published until staff sign off the round",
                )
            },
        )
    )
    # Scores how well students would get on as flatmates.
    model = tm.add(
        tg.Model(
            "Flatmate compatibility model",
            task=tg.Task.RANKER,
            high_stakes=True,
            description="Gradient-boosted ranker over pairs of students' answers.",
        )
    )
    # Proposed and published allocations, with staff swaps.
    alloc_db = tm.add(tg.DataStore("Allocation database", stores={proposals, allocation, swaps}))
    # Internal web app where staff review proposed flats and swap students.
    console = tm.add(
        tg.Service(
            "Staff allocation console",
            controls={
                tg.controls.Authentication(method="university SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=730),
            },
        )
    )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Past rounds' answers and swap requests, exported once a year.
        dataset = tm.add(
            tg.Dataset(
                "Matching training set",
                stores={training_set},
                controls={
                    tg.controls.DataMinimization(note="student IDs pseudonymised, names dropped")
                },
            )
        )
        # Summer retraining notebook job.
        training = tm.add(tg.Pipeline("Annual retraining", stage=tg.Stage.TRAINING))
        # Shared file share where the model file is kept for the matching job.
        registry = tm.add(tg.ModelRegistry("Model file share", stores={weights}))

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Accommodation office staff who review matches and handle change requests.
    staff = tm.add(tg.Actor("Accommodation officer", role="accommodation staff"))
    # Planning team analyst who retrains the model each summer.
    analyst = tm.add(tg.Actor("Data analyst", role="planning analyst", privileged=True))

# ---------------------------------------------------------------- flows
# sign-in and questionnaire
tm.flow(student, idp, sign_in, protocol="https")
tm.flow(idp, portal, sign_in, protocol="https", label="OIDC tokens")
tm.flow(student, portal, questionnaire, preferences, protocol="https")
tm.flow(portal, answers_db, questionnaire, preferences)
tm.flow(answers_db, portal, questionnaire, preferences, label="show saved answers")

# matching round
tm.flow(answers_db, matcher, questionnaire, preferences)
tm.flow(sits, matcher, enrolment, label="nightly extract")
tm.flow(inventory, matcher, rooms)
tm.flow(matcher, model, features)
tm.flow(model, matcher, scores)
tm.flow(matcher, alloc_db, proposals)

# staff review
tm.flow(alloc_db, console, proposals, allocation)
tm.flow(console, alloc_db, swaps, allocation, label="swaps and round sign-off")
tm.flow(answers_db, console, questionnaire, preferences, change_request, label="student details")
tm.flow(console, staff, proposals, questionnaire, change_request, protocol="https")
tm.flow(staff, console, swaps, protocol="https")

# students see their flat and flatmates
tm.flow(alloc_db, portal, allocation)
tm.flow(portal, student, allocation, protocol="https")
tm.flow(student, portal, change_request, protocol="https")
tm.flow(portal, answers_db, change_request)

# retraining
tm.flow(answers_db, dataset, training_set, label="annual export")
tm.flow(alloc_db, dataset, swaps, label="annual export")
tm.flow(dataset, training, training_set)
tm.flow(analyst, training, run_settings, label="runs retraining")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load at round start")
