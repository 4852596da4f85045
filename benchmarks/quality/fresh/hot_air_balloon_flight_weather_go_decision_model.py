"""Hot-air balloon flight go/no-go advisor: the first design, before any security review.

A balloon ride operator flies passengers at dawn from a handful of launch fields.
Every morning a weather ingestion service in the operator's cloud account pulls the
national met service's public wind forecasts and a licensed feed from a commercial
weather vendor, and ground crew at the launch field release pilot balloons (pibals)
and type the measured winds into a web form on their own phones. A go/no-go model,
trained in-house on past seasons' flight logs and weather, scores each launch slot;
the chief pilot reads the advice in a briefing app and makes the call. When a slot
is cancelled, a notifier looks up the affected passengers in the booking SaaS (where
bookings and gift vouchers live), marks the bookings for rebooking and sends each
passenger an SMS through an SMS gateway. Staff sign in with passwords, the chief
pilot always decides, traffic to and from the cloud runs over HTTPS, and the SMS
gateway key is kept in the cloud secrets manager. Passengers are UK and EU residents.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hot-air balloon flight go/no-go advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Morning launch advice for the chief pilot from forecasts, a vendor feed "
    "and pibal readings, with SMS cancellation notices to passengers.",
)

# ---------------------------------------------------------------- data assets
public_forecast = tg.Data("Public wind forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
vendor_forecast = tg.Data(
    "Vendor weather forecast feed",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Licensed surface and upper wind, gust and visibility forecasts.",
)
pibal_readings = tg.Data(
    "Pibal wind readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind speed and direction by height, from a tracked pilot balloon.",
)
weather_obs = tg.Data(
    "Launch-site weather history", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
weather_features = tg.Data(
    "Launch-slot weather features", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
advice = tg.Data(
    "Go/no-go advice",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flight_decision = tg.Data(
    "Flight go/cancel decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flight_logs = tg.Data(
    "Historical flight logs and outcomes", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
model_artifact = tg.Data(
    "Go/no-go model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
bookings = tg.Data(
    "Bookings and vouchers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Passenger names, phone numbers, e-mail, weights, flight slots, voucher codes.",
)
booking_request = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="records")
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
affected_passengers = tg.Data(
    "Affected passenger contacts", sensitivity=tg.Sensitivity.PII, kind="records"
)
booking_update = tg.Data("Cancelled booking update", sensitivity=tg.Sensitivity.PII, kind="records")
cancellation_sms = tg.Data("Cancellation SMS", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Passengers book online and receive cancellation texts.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))
    # The national met service's open-data wind forecasts, free to anyone.
    met_forecast = tm.add(
        tg.DataSource(
            "Met service wind forecast",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={public_forecast},
        )
    )

with tm.boundary("Crew phones", trust=tg.Trust.UNTRUSTED):
    # Seasonal ground crew, who launch and track the pibal at the field.
    crew = tm.add(tg.Actor("Ground crew", role="ground crew"))
    # The crew's own phones, on the mobile network, running the pibal web form.
    crew_phone = tm.add(tg.Device("Ground crew phone", description="Personal phone, browser form."))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Paid forecast feed with better resolution for the launch fields.
    vendor_feed = tm.add(tg.ExternalService("Weather vendor API", provides="data-provider"))

with tm.boundary("Booking SaaS", trust=tg.Trust.PARTNER):
    # Off-the-shelf booking platform holding bookings and gift vouchers.
    booking_system = tm.add(
        tg.DataStore(
            "Booking system",
            stores={bookings},
            controls={
                tg.controls.Authentication(method="staff e-mail and password"),
                tg.controls.EncryptionAtRest(note="the SaaS vendor's disk encryption"),
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers the cancellation texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Pulls both forecasts each morning and keeps them per launch field.
    ingestion = tm.add(tg.Service("Weather ingestion service"))
    # Receives the crew's pibal entries.
    pibal_api = tm.add(
        tg.Endpoint(
            "Pibal entry API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="crew username and password"),
                tg.controls.InputValidation(note="range checks on heights, speeds and bearings"),
            },
        )
    )
    # Forecasts and pibal readings per field and morning, also the training history.
    obs_store = tm.add(tg.DataStore("Weather observation store", stores={weather_obs}))
    # Scores each launch slot: probability that conditions stay within limits.
    model = tm.add(
        tg.Model(
            "Go/no-go model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over wind, gust and visibility features.",
            controls={tg.controls.ModelValidation(note="back-tested on the last three seasons")},
        )
    )
    # The chief pilot's morning view of the advice, and where the call is recorded.
    briefing_app = tm.add(
        tg.Endpoint(
            "Briefing app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.HumanInTheLoop(
                    approver="chief pilot", note="the model only advises; the pilot decides"
                ),
            },
        )
    )
    # Turns a cancellation into booking updates and texts to passengers.
    notifier = tm.add(
        tg.Service(
            "Cancellation notifier",
            controls={tg.controls.SecretsManagement(note="SMS and booking API keys")},
        )
    )
    # Past flights, decisions and weather for retraining before each season.
    history = tm.add(tg.Dataset("Flight history dataset", stores={flight_logs, weather_obs}))
    # Retrains the model once a season, run by hand by the operator's developer.
    training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))

with tm.boundary("Operator staff", trust=tg.Trust.INTERNAL):
    # Accountable for every launch; decides go or cancel.
    chief_pilot = tm.add(tg.Actor("Chief pilot", role="chief pilot", privileged=True))

# ---------------------------------------------------------------- flows
# Weather in
tm.flow(met_forecast, ingestion, public_forecast, protocol="https")
tm.flow(ingestion, vendor_feed, label="forecast request", protocol="https")
tm.flow(vendor_feed, ingestion, vendor_forecast, protocol="https")
tm.flow(ingestion, obs_store, weather_obs)
tm.flow(crew, crew_phone, pibal_readings, label="typed in at the launch field")
tm.flow(crew_phone, pibal_api, pibal_readings, protocol="https")
tm.flow(pibal_api, obs_store, pibal_readings)

# Morning advice and decision
tm.flow(obs_store, briefing_app, weather_features)
tm.flow(briefing_app, model, weather_features)
tm.flow(model, briefing_app, advice)
tm.flow(briefing_app, chief_pilot, advice, protocol="https")
tm.flow(chief_pilot, briefing_app, flight_decision, protocol="https")

# Cancellations
tm.flow(briefing_app, notifier, flight_decision)
tm.flow(booking_system, notifier, affected_passengers, protocol="https")
tm.flow(notifier, booking_system, booking_update, protocol="https")
tm.flow(notifier, sms_gateway, cancellation_sms, protocol="https")
tm.flow(sms_gateway, passenger, cancellation_sms, protocol="sms")

# Bookings
tm.flow(passenger, booking_system, booking_request, protocol="https")
tm.flow(booking_system, passenger, booking_confirmation, protocol="https")

# Training
tm.flow(briefing_app, history, flight_logs, label="decisions and outcomes")
tm.flow(obs_store, history, weather_obs)
tm.flow(history, training, flight_logs, weather_obs)
tm.flow(training, model, model_artifact, label="deploy new season's model")
