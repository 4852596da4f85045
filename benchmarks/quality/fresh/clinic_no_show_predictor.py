"""Clinic no-show predictor: the first design, before any security review.

A chain of US outpatient clinics predicts which booked patients will miss their
appointment. Every night an extract job pulls appointment history and patient
demographics (age, zip code, insurance type, language) from the vendor-hosted
scheduling system over SFTP into the analytics warehouse. A monthly training job
fits an in-house classifier on past attendance; a nightly scoring service scores
the next two weeks of appointments, writes each risk score and an overbooking
suggestion back into the scheduling system, where front-desk staff see them and
extra slots open automatically, and hands high-risk appointments to a reminder
service that sends SMS through a messaging vendor. Patients reply CONFIRM or
CANCEL; the vendor posts replies to our webhook, which updates the appointment.
All of it is PHI under HIPAA. Existing controls: SSO, roles and audit logs in the
scheduling system, SFTP and HTTPS transport, encryption at rest in the warehouse,
a BAA with the SMS vendor, and minimal reminder text.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Clinic no-show predictor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="No-show risk scores for outpatient appointments, driving overbooking "
    "and targeted SMS reminders.",
)

# ---------------------------------------------------------------- data assets
appointments = tg.Data(
    "Appointment history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Past and upcoming appointments: patient id, provider, visit type, status.",
)
demographics = tg.Data(
    "Patient demographics",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Age, zip code, insurance type, preferred language, mobile number.",
)
booking = tg.Data("Booking", sensitivity=tg.Sensitivity.REGULATED, kind="records")
schedule_view = tg.Data(
    "Schedule with risk scores", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
training_data = tg.Data(
    "No-show training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Three years of appointments joined with demographics.",
)
attendance = tg.Data(
    "Attendance labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
features = tg.Data("Appointment features", sensitivity=tg.Sensitivity.REGULATED, kind="features")
risk_score = tg.Data(
    "No-show risk score", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
overbooking = tg.Data(
    "Overbooking suggestion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
reminder_list = tg.Data(
    "High-risk reminder list", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
sms = tg.Data(
    "SMS reminder",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Mobile number, first name, clinic and appointment time.",
)
reply = tg.Data("Patient SMS reply", sensitivity=tg.Sensitivity.REGULATED, kind="records")
status_update = tg.Data(
    "Appointment status update", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
weights = tg.Data(
    "No-show model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_code = tg.Data(
    "Training notebook and config", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives reminders on a personal phone and may reply.
    patient = tm.add(tg.Actor("Patient", role="patient"))

with tm.boundary("Clinic network", trust=tg.Trust.INTERNAL):
    # Books appointments and sees the risk score next to each one.
    front_desk = tm.add(tg.Actor("Front-desk staff", role="receptionist"))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Scheduling vendor", trust=tg.Trust.PARTNER):
    # Vendor-hosted practice-management system: the source of truth for appointments.
    scheduling = tm.add(
        tg.Service(
            "Scheduling system",
            description="SaaS practice-management system with a REST API and nightly SFTP export.",
            controls={
                c.Authentication(method="clinic SSO"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

with tm.boundary("SMS vendor", trust=tg.Trust.PARTNER):
    # Messaging provider that delivers reminders and relays replies.
    sms_vendor = tm.add(
        tg.ExternalService(
            "SMS messaging vendor",
            controls={c.SupplierAssessment(note="BAA signed before go-live")},
        )
    )

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Nightly pull of the scheduling export into the warehouse.
    extract = tm.add(tg.Pipeline("Nightly scheduling extract", stage=tg.Stage.INGESTION))
    # Trains the classifier monthly on past attendance.
    training = tm.add(tg.Pipeline("Monthly training job", stage=tg.Stage.TRAINING))
    # Stores trained model files for the scoring service.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The in-house no-show classifier.
    model = tm.add(
        tg.Model(
            "No-show classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Logistic regression plus gradient boosting over history and demographics.",
        )
    )
    # Scores upcoming appointments and decides overbooking and reminders.
    scoring = tm.add(
        tg.Service(
            "Nightly scoring service",
            description="Scores the next 14 days; above 0.4 triggers a reminder, "
            "clinic-level expected no-shows drive overbooking.",
        )
    )
    # Builds reminder texts and sends them through the vendor.
    reminders = tm.add(
        tg.Service(
            "Reminder service",
            controls={c.DataMinimization(note="no visit reason or provider in the message")},
        )
    )
    # Public URL the SMS vendor posts patient replies to.
    webhook = tm.add(
        tg.Endpoint("SMS reply webhook", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # Analytics copy of scheduling history and demographics.
        warehouse = tm.add(
            tg.DataStore(
                "Patient analytics warehouse",
                stores={appointments, demographics},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Curated training snapshot with attendance labels.
        dataset = tm.add(
            tg.Dataset(
                "No-show training dataset",
                stores={training_data, attendance},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(front_desk, scheduling, booking, protocol="https")
tm.flow(scheduling, front_desk, schedule_view, protocol="https")

tm.flow(scheduling, extract, appointments, demographics, protocol="sftp")
tm.flow(extract, warehouse, appointments, demographics)
tm.flow(warehouse, dataset, training_data, attendance, label="monthly snapshot")
tm.flow(data_scientist, training, training_code, label="runs training")
tm.flow(dataset, training, training_data, attendance)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load latest")

tm.flow(warehouse, scoring, appointments, demographics, label="upcoming appointments")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_score)
tm.flow(
    scoring,
    scheduling,
    risk_score,
    overbooking,
    protocol="https",
    controls={c.Authentication(method="vendor API key")},
)

tm.flow(scoring, reminders, reminder_list)
tm.flow(reminders, sms_vendor, sms, protocol="https")
tm.flow(sms_vendor, patient, sms, protocol="sms")
tm.flow(patient, sms_vendor, reply, protocol="sms")
tm.flow(sms_vendor, webhook, reply, protocol="https")
tm.flow(webhook, scheduling, status_update, protocol="https", label="confirm or cancel")
