"""Hammam bathhouse booking and steam room temperature model: the first design.

A city-centre hammam in Lyon takes bookings for bathing sessions and treatments
on its website. Guests pay a hosted checkout and fill in a short health
questionnaire (pregnancy, heart conditions, blood pressure) that reception reads
at check-in. A scheduler on a small server in the plant room reads the hourly
occupancy from the bookings, asks an in-house model how the steam room will
warm up, and sends setpoints to the steam generator controller so that rooms
are at temperature when guests arrive. Temperature and humidity sensors feed
both the live model inputs and a history that the model is retrained on weekly.
Bookings, the model and training run in a cloud account; the plant room talks
to it over the building's internet line. Controls in this design: TLS on public
links, encrypted booking storage, a verified payment webhook signature, staff
password sign-in, versioned models and the generator's own high-limit cut-out.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hammam bathhouse booking and steam room temperature model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Session booking with health questionnaire, and model-driven steam room pre-heating.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    sensitivity="pii",
    kind="records",
    description="Name, e-mail, phone, session, treatment and party size.",
)
health_answers = tg.Data(
    "Health questionnaire answers",
    sensitivity="regulated",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation = tg.Data("Booking confirmation", sensitivity="pii", kind="records")
confirmation_email = tg.Data("Confirmation e-mail", sensitivity="pii", kind="documents")
bookings = tg.Data(
    "Guest bookings",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
checkout = tg.Data("Checkout session request", sensitivity="pii", kind="records")
payment_webhook = tg.Data("Payment confirmation webhook", sensitivity="pii", kind="records")
checkins = tg.Data("Check-ins and walk-in bookings", sensitivity="pii", kind="records")
day_list = tg.Data("Day list with health flags", sensitivity="regulated", kind="records")
occupancy = tg.Data("Hourly occupancy schedule", sensitivity="internal", kind="records")
sensor_readings = tg.Data(
    "Steam room temperature and humidity readings", sensitivity="internal", kind="records"
)
generator_status = tg.Data("Steam generator status", sensitivity="internal", kind="records")
model_features = tg.Data("Pre-heat model features", sensitivity="internal", kind="features")
predicted_temps = tg.Data(
    "Predicted room temperatures", sensitivity="internal", kind="model-output"
)
setpoints = tg.Data("Steam generator setpoints", sensitivity="internal", kind="records")
history = tg.Data("Room climate history", sensitivity="internal", kind="training-data")
model_file = tg.Data("Temperature model artifact", sensitivity="internal", format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Guests book from their phones; no account, the booking reference identifies them.
    guest = tm.add(tg.Actor("Guest", role="guest"))

with tm.boundary("SaaS providers", trust="partner"):
    # Hosted checkout for session and treatment payments.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Transactional e-mail for confirmations and reminders.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Front desk", trust="internal"):
    # Reception staff check guests in and read the health flags before steam sessions.
    receptionist = tm.add(tg.Actor("Receptionist", role="reception staff"))

with tm.boundary("Cloud account", trust="internal"):
    # Public booking site and its API.
    booking_app = tm.add(
        tg.Endpoint(
            "Booking web app",
            purpose="api",
            controls={
                tg.controls.MessageIntegrity(
                    note="verifies the payment provider's webhook signature"
                )
            },
        )
    )
    # Staff screens of the same app: day list, check-in, walk-ins.
    console = tm.add(
        tg.Service(
            "Reception console",
            internet_facing=True,
            controls={tg.controls.Authentication(method="staff e-mail and password")},
        )
    )
    # Bookings and health answers for every guest.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, health_answers},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Predicts room temperature over the next hour for a candidate setpoint plan.
    temp_model = tm.add(
        tg.Model(
            "Steam room temperature model",
            task="regressor",
            high_stakes=True,
            description="Its predictions set how hard the steam generators run before and during sessions.",
        )
    )
    # Sensor and setpoint history used to retrain the model.
    climate_store = tm.add(tg.Dataset("Room climate history store", stores={history}))
    # Weekly retraining on the last months of history.
    training = tm.add(tg.Pipeline("Weekly temperature model training", stage="training"))
    # Keeps each trained version; serving loads the one marked current.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_file},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Plant room network", trust="internal"):
    # Probes in each steam room and the tepidarium.
    sensors = tm.add(
        tg.Device("Steam room sensors", description="Temperature and humidity probes.")
    )
    # Bridges the Modbus plant devices to the cloud and the scheduler.
    gateway = tm.add(tg.Service("Plant room gateway"))
    # Turns occupancy and predictions into setpoints every five minutes.
    scheduler = tm.add(tg.Service("Pre-heat scheduler"))
    # Runs the steam generators; its hardware high-limit thermostat is independent of software.
    controller = tm.add(
        tg.Device(
            "Steam generator controller",
            fleet=False,
            controls={
                tg.controls.SafetyLimits(
                    limits="hardware high-limit thermostat cuts the generator at 55 °C"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(guest, booking_app, booking_request, health_answers, protocol="https")
tm.flow(booking_app, guest, confirmation, protocol="https")
tm.flow(booking_app, booking_db, bookings, health_answers)
tm.flow(booking_db, booking_app, bookings, label="availability and booking lookup")
tm.flow(booking_app, payments, checkout, protocol="https")
tm.flow(payments, booking_app, payment_webhook, protocol="https", label="payment webhook")
tm.flow(booking_app, mailer, confirmation_email, protocol="https")
tm.flow(mailer, guest, confirmation_email, protocol="smtp")

tm.flow(receptionist, console, checkins, protocol="https")
tm.flow(console, receptionist, day_list, protocol="https")
tm.flow(console, booking_db, checkins)
tm.flow(booking_db, console, bookings, health_answers)

tm.flow(booking_db, scheduler, occupancy, protocol="https", label="hourly sync")
tm.flow(sensors, gateway, sensor_readings, protocol="modbus")
tm.flow(controller, gateway, generator_status, protocol="modbus")
tm.flow(gateway, scheduler, sensor_readings, generator_status, protocol="mqtt")
tm.flow(gateway, climate_store, sensor_readings, generator_status, protocol="https")
tm.flow(scheduler, temp_model, model_features, protocol="https")
tm.flow(temp_model, scheduler, predicted_temps, protocol="https")
tm.flow(scheduler, controller, setpoints, protocol="modbus")

tm.flow(climate_store, training, history)
tm.flow(booking_db, training, occupancy, label="weekly export")
tm.flow(training, registry, model_file)
tm.flow(registry, temp_model, model_file, label="load current version")
