"""Bridal fitting no-show prediction: the first design, before any security review.

A small chain of five bridal shops in the UK loses fitting slots to brides who do
not turn up. Brides book fittings on a hosted booking platform; a nightly job
pulls the bookings over the platform's API into the chain's single cloud account.
Past appointments, with whether the bride attended, become a training snapshot
(names and contact details dropped) that a weekly job trains a gradient-boosted
classifier on; the model is saved as a joblib file in a storage bucket. Each
morning a scoring job scores the next fortnight's fittings and writes a no-show
risk next to each booking. Shop staff sign in to a small web dashboard with their
Google Workspace accounts, see the risky fittings, and decide whether to overbook
the slot or send the bride a reminder text through an SMS provider. A freelance
data scientist built the model and maintains the jobs. The stores use the cloud
provider's default encryption; nothing else is hardened yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bridal fitting no-show prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts which bridal fitting appointments will be missed so staff can overbook or remind.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Fitting booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bride's name, phone, e-mail, wedding date, dress order and fitting slot.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Appointment history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="All bookings with attendance outcome, deposit status and reschedules.",
)
attendance = tg.Data("Attendance check-in", kind="records", sensitivity=tg.Sensitivity.PII)
training_rows = tg.Data(
    "Labelled past appointments",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking attributes and attended/no-show label, contact details removed.",
)
features = tg.Data("Upcoming appointment features", kind="features", sensitivity=tg.Sensitivity.PII)
risk = tg.Data("No-show risk score", kind="model-output", sensitivity=tg.Sensitivity.PII)
risk_list = tg.Data(
    "Risky fittings list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Upcoming fittings with the bride's name, phone and risk score.",
)
decision = tg.Data(
    "Overbook or remind decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
reminder = tg.Data("Reminder text", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data("No-show model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
job_code = tg.Data("Pipeline code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Brides book, move and cancel their own fittings online.
    bride = tm.add(tg.Actor("Bride", role="customer"))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # The SaaS booking system the shops already use; the source of truth for appointments.
    booking_platform = tm.add(
        tg.ExternalService(
            "Online booking platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted appointment booking with a REST export API.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the reminder texts staff choose to send.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Freelancer workstation", trust=tg.Trust.PARTNER):
    # Built the model and keeps the jobs running; has admin on the cloud account.
    data_scientist = tm.add(
        tg.Actor("Freelance data scientist", role="contractor", privileged=True)
    )

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # Nightly cron job pulling bookings from the platform's API.
    export_job = tm.add(
        tg.Pipeline(
            "Nightly booking export",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Python job; the platform API key sits in the job's environment.",
        )
    )
    # Managed Postgres with bookings and the scores written back.
    appointment_db = tm.add(
        tg.DataStore(
            "Appointment database",
            stores={bookings, risk},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Snapshot of past appointments the model learns from.
    snapshot = tm.add(
        tg.Dataset(
            "Training snapshot",
            stores={training_rows},
            purpose="training",
            controls={
                c.DataMinimization(note="names, phone numbers and e-mails dropped at export")
            },
        )
    )
    # Weekly retraining of the gradient-boosted classifier.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Storage bucket holding the joblib model files, latest one overwritten each week.
    model_bucket = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={weights},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The classifier itself, loaded by the scoring job each morning.
    noshow_model = tm.add(
        tg.Model(
            "No-show classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="LightGBM on lead time, deposit paid, past reschedules, weekday, distance.",
        )
    )
    # Morning batch job scoring the next fortnight's fittings.
    scoring = tm.add(tg.Service("Morning scoring job"))
    # Small web app staff use from the shops to see risky fittings and send reminders.
    dashboard = tm.add(
        tg.Endpoint(
            "Staff dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace sign-in (OIDC)"),
                c.HumanInTheLoop(approver="shop manager decides to overbook or send a reminder"),
            },
        )
    )

with tm.boundary("Shops", trust=tg.Trust.INTERNAL):
    # Consultants and shop managers on the shop tablets and PCs.
    staff = tm.add(tg.Actor("Shop staff", role="shop manager"))

# ---------------------------------------------------------------- flows
tm.flow(bride, booking_platform, booking, protocol="https")
tm.flow(booking_platform, bride, confirmation, protocol="https", label="confirmation e-mail")
tm.flow(staff, booking_platform, attendance, protocol="https", label="check-in and no-show marking")

tm.flow(booking_platform, export_job, bookings, protocol="https", label="nightly API export")
tm.flow(export_job, appointment_db, bookings)
tm.flow(export_job, snapshot, training_rows, label="past appointments with outcome")

tm.flow(snapshot, training, training_rows)
tm.flow(training, model_bucket, weights)
tm.flow(data_scientist, training, job_code, protocol="https", label="deploys job code")
tm.flow(data_scientist, export_job, job_code, protocol="https", label="deploys job code")

tm.flow(model_bucket, noshow_model, weights, label="loaded each morning")
tm.flow(appointment_db, scoring, bookings, label="next fortnight's fittings")
tm.flow(scoring, noshow_model, features)
tm.flow(noshow_model, scoring, risk)
tm.flow(scoring, appointment_db, risk, label="scores written back")

tm.flow(appointment_db, dashboard, bookings, risk)
tm.flow(dashboard, staff, risk_list, protocol="https")
tm.flow(staff, dashboard, decision, protocol="https")
tm.flow(dashboard, sms, reminder, protocol="https")
tm.flow(sms, bride, reminder, protocol="sms")
