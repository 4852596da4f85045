"""Piano tuning rounds: the first design, before any security review.

A small piano tuning business (an owner and three tuners, customers in Ireland)
takes bookings through a web form on its website. A hosted back-office API keeps
the customer and booking database, plans each tuner's daily round and serves it
to the tuners' phone app. At each visit the app listens to the piano and records
the pitch of every note before and after tuning; the measurements go back to the
back office. A nightly reminder job asks an in-house regression model, trained
monthly on pitch drift and local humidity, when each piano will next need tuning,
and has a hosted LLM draft a friendly reminder e-mail. Drafts wait in a queue
until the owner approves them in the back office; approved e-mails and booking
confirmations go out through an e-mail delivery service. Staff sign in to the
back office with e-mail and password; the form validates its input, the database
is encrypted at rest by the cloud provider, and traffic to the cloud is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Piano tuning rounds and pitch recording",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Web bookings, tuners' round app with pitch recording, and predicted "
    "re-tuning reminders drafted by an LLM.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail, piano make and model, preferred dates.",
)
booking_ack = tg.Data("Booking acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
customer_records = tg.Data(
    "Customer and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
round_schedule = tg.Data(
    "Round schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The day's visits: addresses, phone numbers, access notes, piano details.",
)
schedule_edits = tg.Data("Round schedule changes", kind="records", sensitivity=tg.Sensitivity.PII)
visit_notes = tg.Data(
    "Visit notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visit done or missed, the piano's condition, work advised.",
)
pitch = tg.Data(
    "Pitch measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Deviation in cents of every note before and after tuning, per piano and date.",
)
humidity_history = tg.Data("Humidity history", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
humidity_forecast = tg.Data("Humidity forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data(
    "Tuning interval model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
interval_features = tg.Data(
    "Pitch drift features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Drift since last tuning, piano age and type, season, humidity.",
)
prediction = tg.Data("Predicted next tuning date", kind="model-output")
reminder_prompt = tg.Data(
    "Reminder prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Customer first name, piano, last tuning date and predicted date.",
)
draft = tg.Data("Draft reminder e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Reminder approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reminder = tg.Data("Approved reminder e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Piano owners: households, schools and churches booking a tuning.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Field", trust=tg.Trust.INTERNAL):
    # The tuners on their rounds, visiting customers' homes.
    tuner = tm.add(tg.Actor("Tuner", role="piano tuner"))
    # Our app on each tuner's phone: shows the round and measures pitch by microphone.
    app = tm.add(
        tg.Device(
            "Tuner phone app",
            fleet=True,
            description="Android app on the tuners' phones; listens to each note and "
            "records its pitch before and after tuning.",
        )
    )

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # The owner runs the office, plans rounds and approves reminder e-mails.
    owner = tm.add(tg.Actor("Business owner", role="owner", privileged=True))

with tm.boundary("Cloud hosting", trust=tg.Trust.INTERNAL):
    # The public booking form on the website.
    form = tm.add(
        tg.Endpoint(
            "Booking web form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="required fields, e-mail and phone formats")},
        )
    )
    # Back office used by the owner and the tuners' app; plans the daily rounds.
    backoffice = tm.add(
        tg.Endpoint(
            "Back-office API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Bookings, round planning, pitch uploads and the reminder approval queue.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="the business owner",
                    note="each drafted reminder is read and approved before it is sent",
                ),
            },
        )
    )
    # Customers, pianos and bookings.
    customer_db = tm.add(
        tg.DataStore(
            "Customer and booking database",
            stores={customer_records, booking_request},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every pitch measurement ever taken, per piano.
    pitch_store = tm.add(tg.DataStore("Pitch measurement store", stores={pitch, visit_notes}))
    # Monthly job that refits the interval model on pitch drift and humidity.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="scikit-learn gradient boosting, saved with joblib.",
        )
    )
    # Predicts how many weeks until a piano drifts out of tune.
    interval_model = tm.add(
        tg.Model(
            "Tuning interval model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Nightly job: finds pianos coming due and has reminders drafted.
    reminder_job = tm.add(tg.Service("Nightly reminder job"))
    # Drafted e-mails waiting for the owner's approval.
    drafts = tm.add(tg.DataStore("Reminder draft queue", stores={draft}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the reminder text.
    llm = tm.add(tg.LLM("Reminder drafting LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Sends booking confirmations and reminders.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))
    # Humidity history and forecasts per county, since humidity drives pitch drift.
    weather = tm.add(
        tg.ExternalService("Weather data API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
# Booking
tm.flow(customer, form, booking_request, protocol="https")
tm.flow(form, customer, booking_ack, protocol="https")
tm.flow(form, customer_db, booking_request)
tm.flow(backoffice, customer_db, customer_records, schedule_edits)
tm.flow(customer_db, backoffice, customer_records)
tm.flow(backoffice, mailer, confirmation, protocol="https")
tm.flow(mailer, customer, confirmation, reminder, protocol="smtp+starttls")

# Owner in the office
tm.flow(owner, backoffice, schedule_edits, approval, protocol="https")
tm.flow(backoffice, owner, customer_records, round_schedule, draft, protocol="https")

# Rounds and pitch recording
tm.flow(backoffice, app, round_schedule, protocol="https")
tm.flow(app, backoffice, pitch, visit_notes, protocol="https")
tm.flow(app, tuner, round_schedule, label="on the phone screen")
tm.flow(tuner, app, visit_notes, label="typed in person")
tm.flow(backoffice, pitch_store, pitch, visit_notes)
tm.flow(pitch_store, backoffice, pitch, visit_notes, label="piano history")

# Monthly retraining
tm.flow(pitch_store, retraining, pitch, label="monthly export")
tm.flow(weather, retraining, humidity_history, protocol="https")
tm.flow(retraining, interval_model, weights, label="deploy")

# Nightly reminders
tm.flow(customer_db, reminder_job, customer_records, label="nightly batch")
tm.flow(pitch_store, reminder_job, pitch, label="nightly batch")
tm.flow(weather, reminder_job, humidity_forecast, protocol="https")
tm.flow(reminder_job, interval_model, interval_features)
tm.flow(interval_model, reminder_job, prediction)
tm.flow(reminder_job, llm, reminder_prompt, protocol="https")
tm.flow(llm, reminder_job, draft, protocol="https")
tm.flow(reminder_job, drafts, draft)
tm.flow(drafts, backoffice, draft, label="approval queue")
tm.flow(backoffice, drafts, approval)
tm.flow(backoffice, mailer, reminder, protocol="https")
