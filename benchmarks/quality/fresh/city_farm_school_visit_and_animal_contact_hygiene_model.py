"""City farm school visits and animal-contact hygiene: the first design.

A city farm takes bookings from schools on its website. Teachers sign up with an
e-mail address and password and book a visit date, giving the class size, the
pupils' age range and group-level needs (such as pupils with weakened immunity).
Each night a session scheduler, hosted in the farm's cloud account, reads the
bookings and the animal health records kept by the animal keepers, and fits the
animal-contact sessions around animals that are off contact. An in-house model
flags the visits that need extra handwashing stations (young children, lambing
season, animals recently treated). A document service then writes a risk
assessment per visit and e-mails it to the teacher through a mail provider.
Staff use a staff console (Google Workspace sign-in with 2-step verification,
roles per job). A volunteer data scientist retrains the model each year from
past visits and recorded incidents. Traffic to the website is TLS; the booking
database is encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "City farm school visit and animal-contact hygiene model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online school bookings, model-planned animal-contact sessions with "
        "handwashing flags, and e-mailed risk assessments for teachers."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "School booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Teacher name, school, e-mail, date, class size, ages, group needs.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
teacher_credentials = tg.Data(
    "Teacher password hashes", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
bookings = tg.Data(
    "Visit bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
animal_health = tg.Data(
    "Animal health records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Treatments, faecal screening results, lambing and off-contact status.",
)
health_update = tg.Data("Animal health update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
visit_features = tg.Data(
    "Visit hygiene features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pupil age band, group size, animals in the sessions, their health status.",
)
hygiene_flag = tg.Data(
    "Extra handwashing flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
schedule = tg.Data("Contact session schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
risk_assessment = tg.Data(
    "Visit risk assessment",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF naming the school and teacher, the sessions and hygiene measures.",
)
visit_history = tg.Data(
    "Past visits and incident records",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past bookings with any reported illness or hygiene incidents.",
)
model_file = tg.Data("Hygiene model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Teachers booking visits and receiving risk assessments.
    teacher = tm.add(tg.Actor("Teacher", role="school teacher"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the risk assessments.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Public booking site where schools sign up and book.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form fields checked for type and length"),
            },
        )
    )
    # Bookings, teacher accounts and the planned sessions.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, teacher_credentials, schedule},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Keepers' record of each animal's health and contact status.
    health_db = tm.add(tg.DataStore("Animal health record store", stores={animal_health}))
    # Fits contact sessions around animals that are off contact; asks the model for flags.
    scheduler = tm.add(
        tg.Service(
            "Session scheduler",
            description="Re-plans upcoming visits nightly and when a booking is made.",
        )
    )
    # Flags visits that need extra handwashing stations.
    hygiene_model = tm.add(
        tg.Model(
            "Handwashing flag model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted classifier over visit and animal health features.",
        )
    )
    # Writes the per-visit risk assessment from a template and sends it out.
    ra_service = tm.add(tg.Service("Risk assessment generator"))
    # Staff web console for keepers and the education officer.
    console = tm.add(
        tg.Service(
            "Staff console",
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(note="keeper and education officer roles"),
            },
        )
    )
    # Yearly export of past visits and incidents used to retrain the model.
    history_set = tm.add(tg.Dataset("Visit history dataset", stores={visit_history}))
    # Retraining job run by the volunteer data scientist.
    training = tm.add(tg.Pipeline("Yearly retraining job", stage=tg.Stage.TRAINING))
    # Bucket holding the trained model file the scheduler loads.
    model_bucket = tm.add(tg.ModelRegistry("Model storage bucket", stores={model_file}))

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Keepers record treatments and off-contact animals.
    keeper = tm.add(tg.Actor("Animal keeper", role="farm staff"))
    # Plans school sessions and answers teachers' questions.
    edu_officer = tm.add(tg.Actor("Education officer", role="farm staff"))
    # Volunteer who retrains and uploads the model.
    data_scientist = tm.add(
        tg.Actor("Volunteer data scientist", role="ml engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# booking
tm.flow(teacher, booking_site, booking_request, protocol="https", controls={tls})
tm.flow(booking_site, teacher, booking_confirmation, protocol="https", controls={tls})
tm.flow(booking_site, booking_db, bookings, teacher_credentials)
tm.flow(
    booking_db, booking_site, bookings, teacher_credentials, label="teacher's bookings and sign-in"
)

# scheduling and hygiene flags
tm.flow(booking_db, scheduler, bookings, label="upcoming visits")
tm.flow(health_db, scheduler, animal_health)
tm.flow(scheduler, hygiene_model, visit_features)
tm.flow(hygiene_model, scheduler, hygiene_flag)
tm.flow(scheduler, booking_db, schedule)
tm.flow(scheduler, ra_service, schedule, hygiene_flag, bookings)

# risk assessments by e-mail
tm.flow(ra_service, mailer, risk_assessment, protocol="https", controls={tls})
tm.flow(mailer, teacher, risk_assessment, protocol="smtp")

# staff
tm.flow(keeper, console, health_update, protocol="https")
tm.flow(console, health_db, animal_health)
tm.flow(health_db, console, animal_health)
tm.flow(booking_db, console, bookings, schedule)
tm.flow(console, edu_officer, bookings, schedule, protocol="https")
tm.flow(edu_officer, console, schedule, protocol="https", label="manual session changes")
tm.flow(console, booking_db, schedule)

# yearly retraining
tm.flow(booking_db, history_set, visit_history, label="yearly export")
tm.flow(history_set, training, visit_history)
tm.flow(data_scientist, training, label="starts retraining", protocol="https")
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, hygiene_model, model_file, label="load at start-up")
