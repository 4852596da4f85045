"""Clinic appointment no-show model: the first design, before any security review.

A UK group of private outpatient clinics (physiotherapy, dermatology, imaging)
wants fewer empty slots. Every night a feature pipeline extracts booking history
from the practice management system (PMS) into a pseudonymised feature table; a
gradient-boosted classifier, retrained monthly by the group's data scientist,
scores each appointment in the next fourteen days for no-show risk and writes the
score back to the appointment in the PMS. A reminder service texts extra
reminders to high-risk patients through an SMS provider and takes their
"C to cancel" replies back; an overbooking scheduler adds at most one extra
booking per clinician session where the expected no-shows justify it. Patients
book online or with reception staff. Everything runs in the group's cloud
account; the PMS has role-based access, an access audit and encryption at rest,
and the training data carry no names or contact details.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinic appointment no-show model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="No-show risk scores drive extra SMS reminders and overbooking of clinic sessions.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Appointment booking",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, clinic, specialty, clinician and time: reveals health care sought.",
)
availability = tg.Data("Slot availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Booking and attendance history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
contacts = tg.Data("Patient contact details", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "No-show features",
    kind="features",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pseudonymised patient key, age band, postcode district, specialty, lead "
    "time, past no-shows and cancellations.",
)
labels = tg.Data("Attendance outcomes", kind="labels", sensitivity=tg.Sensitivity.REGULATED)
training_config = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "No-show model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
risk = tg.Data("No-show risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
reminder = tg.Data(
    "Reminder text message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Clinic, date and time of the appointment, with a reply-to-cancel option.",
)
reply = tg.Data("Patient SMS reply", kind="records", sensitivity=tg.Sensitivity.PII)
cancellation = tg.Data("Cancellation update", kind="records", sensitivity=tg.Sensitivity.PII)
overbook = tg.Data("Overbooking slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sign_in = tg.Data("Patient account sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients book online and receive reminders on their own phones.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway sending reminders and relaying replies.
    sms = tm.add(
        tg.ExternalService(
            "SMS gateway",
            provides="generic",
            controls={c.SupplierAssessment(note="data processing agreement, UK data centre")},
        )
    )

with tm.boundary("Clinic group cloud", trust=tg.Trust.INTERNAL):
    # Public booking site on top of the PMS's availability.
    portal = tm.add(
        tg.Endpoint(
            "Online booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="patient account: e-mail and password")},
        )
    )
    # System of record for patients, appointments and attendance.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={booking, history, contacts, risk, overbook},
            controls={
                c.RBAC(note="reception, clinician and manager roles"),
                c.AuditLogging(note="the PMS's own record access audit"),
                c.EncryptionAtRest(key_management="cloud KMS"),
            },
        )
    )
    # Deployed classifier the scoring job calls.
    model = tm.add(
        tg.Model(
            "No-show model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees giving a probability that the patient does not attend.",
        )
    )
    # Scores the coming fourteen days of appointments every night.
    scoring = tm.add(tg.Service("Nightly scoring job"))
    # Sends an extra reminder above the risk threshold and handles replies.
    reminders = tm.add(
        tg.Service(
            "Reminder service",
            description="Texts patients whose score is above 0.3 two days and one day before.",
        )
    )
    # Proposes extra bookable slots in sessions with high expected no-shows.
    scheduler = tm.add(
        tg.Service(
            "Overbooking scheduler",
            controls={
                c.PolicyEnforcement(
                    rules="at most one extra booking per clinician session; none in imaging or procedure lists"
                )
            },
        )
    )

    with tm.boundary("Analytics environment", trust=tg.Trust.RESTRICTED):
        # Nightly extract and feature engineering from the PMS.
        feature_job = tm.add(
            tg.Pipeline(
                "Feature pipeline",
                stage=tg.Stage.PREPROCESSING,
                controls={
                    c.DataMinimization(note="names and contact details dropped; keyed pseudonym")
                },
            )
        )
        # Offline table read by both training and nightly scoring.
        feature_table = tm.add(
            tg.FeatureStore("No-show feature table", stores={features}, online=False)
        )
        # Two years of past appointments with their attendance outcome.
        train_set = tm.add(tg.Dataset("No-show training set", stores={features, labels}))
        # Monthly retraining, run by the data scientist.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versioned model artifacts; the approved version is deployed.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Clinic sites network", trust=tg.Trust.INTERNAL):
    # Front-desk staff book, move and cancel appointments in the PMS.
    reception = tm.add(tg.Actor("Reception staff", role="receptionist"))
    # Builds and retrains the model and decides which version is promoted.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# booking
tm.flow(patient, portal, sign_in, booking, protocol="https")
tm.flow(portal, patient, availability, booking, protocol="https")
tm.flow(portal, pms, booking)
tm.flow(pms, portal, availability)
tm.flow(reception, pms, booking, cancellation, protocol="https")
tm.flow(pms, reception, booking, contacts, risk, overbook, protocol="https")

# features, training and deployment
tm.flow(pms, feature_job, history, label="nightly extract")
tm.flow(feature_job, feature_table, features)
tm.flow(feature_job, train_set, features, labels)
tm.flow(data_scientist, training, training_config, protocol="ssh")
tm.flow(train_set, training, features, labels)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, model, weights, label="deploy")

# nightly scoring
tm.flow(feature_table, scoring, features, label="nightly batch")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk)
tm.flow(scoring, pms, risk, label="risk score on each appointment")

# reminders and replies
tm.flow(pms, reminders, booking, contacts, risk, label="daily export")
tm.flow(reminders, sms, reminder, protocol="https")
tm.flow(sms, patient, reminder, protocol="sms")
tm.flow(patient, sms, reply, protocol="sms")
tm.flow(sms, reminders, reply, protocol="https", label="reply webhook")
tm.flow(reminders, pms, cancellation)

# overbooking
tm.flow(pms, scheduler, booking, risk, label="daily export")
tm.flow(scheduler, pms, overbook)
