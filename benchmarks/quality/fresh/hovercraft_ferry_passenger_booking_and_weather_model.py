"""Hovercraft ferry: passenger booking and crossing-disruption weather model (first design).

A hovercraft operator running a short sea crossing sells foot-passenger tickets on its
website and app. Passengers sign in with e-mail and password, book a sailing and pay
on the card provider's hosted payment page; bookings, contact details and assistance
needs are kept in a booking database in our cloud tenancy. Every hour a scoring job
combines a commercial marine forecast with wind and wave readings from the weather
station on the terminal mast, and an in-house classifier estimates the chance that each
sailing of the next 48 hours is disrupted. The duty operations manager sees the
forecasts on an operations dashboard (company SSO with MFA) and decides which sailings
to cancel; the model only advises. Cancellations go back to the booking service, which
texts and e-mails the affected passengers through a messaging provider. The model is
retrained monthly from the sailing history in a separate ML workspace and released
through a versioned registry after a backtest on the last winter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hovercraft ferry booking and disruption forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online passenger booking with an hourly weather-based disruption forecast "
    "that advises the duty operations manager on cancellations.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Passenger sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Sailing, passenger names, contact details and any assistance needs.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
bookings = tg.Data(
    "Passenger bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_session = tg.Data(
    "Payment session request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_result = tg.Data("Payment result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
marine_forecast = tg.Data(
    "Marine weather forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
mast_readings = tg.Data(
    "Wind and wave readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
features = tg.Data("Sailing weather features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
disruption_forecast = tg.Data(
    "Sailing disruption forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
sailing_decision = tg.Data(
    "Sailing cancellation decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
load_summary = tg.Data(
    "Sailing passenger load summary", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
disruption_notice = tg.Data(
    "Disruption notice",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Passenger phone number or e-mail address and the rebooking options.",
)
sailing_history = tg.Data(
    "Sailing history",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="training-data",
    description="Past weather features with what actually happened to each sailing.",
)
model_artifact = tg.Data(
    "Disruption model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create an account and book a crossing.
    passenger = tm.add(tg.Actor("Passenger", role="traveller"))

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Hosted card payment page, so card numbers never reach our systems.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            controls={
                c.SupplierAssessment(note="PCI DSS level 1 provider chosen through procurement")
            },
        )
    )
    # Commercial marine forecast feed (wind, gusts, significant wave height) for the strait.
    forecast_provider = tm.add(
        tg.ExternalService("Marine forecast provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sends cancellation texts and e-mails on our behalf.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Booking and operations cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the website and the mobile app.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking web API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(),
            },
        )
    )
    # Holds seat capacity per sailing, takes bookings and handles cancellations.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Returns only the bookings of the signed-in passenger; sends "
            "disruption notices when a sailing is cancelled.",
        )
    )
    # System of record for bookings and passenger contact details.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.DataVersioning(note="nightly snapshots"),
            },
        )
    )
    # Runs every hour: builds features from the forecast and the mast readings and scores sailings.
    scoring_job = tm.add(tg.Service("Hourly disruption scoring job"))
    # Gradient-boosted classifier: probability that a sailing is cancelled or delayed by weather.
    disruption_model = tm.add(
        tg.Model(
            "Crossing disruption model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={
                c.HumanInTheLoop(
                    approver="duty operations manager",
                    note="the model only advises; the duty manager decides every cancellation",
                )
            },
        )
    )
    # Where the duty manager sees forecasts and passenger loads and records decisions.
    ops_dashboard = tm.add(
        tg.Service(
            "Operations dashboard",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
    # Past sailings joined with the weather features seen before each one.
    history = tm.add(tg.Dataset("Sailing history dataset", stores={sailing_history}))
    # Monthly retraining with a backtest on the last winter before a version is registered.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline", stage=tg.Stage.TRAINING, controls={c.ModelValidation()}
        )
    )
    # Keeps every trained version; serving loads the version the data scientist promotes.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Terminal site network", trust=tg.Trust.INTERNAL):
    # Anemometer and wave radar on the terminal mast, on a cellular modem.
    weather_station = tm.add(tg.Device("Terminal weather station", fleet=False))
    # Decides each sailing with the hovercraft commander.
    duty_manager = tm.add(tg.Actor("Duty operations manager", role="operations staff"))

# ---------------------------------------------------------------- flows
# Booking
tm.flow(passenger, booking_api, sign_in, booking_request, protocol="https")
tm.flow(booking_api, passenger, booking_confirmation, protocol="https")
tm.flow(booking_api, booking_service, booking_request)
tm.flow(booking_service, booking_api, booking_confirmation)
tm.flow(booking_service, booking_db, bookings)
tm.flow(booking_db, booking_service, bookings)
tm.flow(booking_service, payments, payment_session, protocol="https")
tm.flow(passenger, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(
    payments, booking_service, payment_result, protocol="https", label="payment result callback"
)

# Disruption forecast
tm.flow(forecast_provider, scoring_job, marine_forecast, protocol="https")
tm.flow(weather_station, scoring_job, mast_readings, protocol="mqtt")
tm.flow(scoring_job, disruption_model, features)
tm.flow(disruption_model, scoring_job, disruption_forecast)
tm.flow(scoring_job, ops_dashboard, disruption_forecast)
tm.flow(booking_service, ops_dashboard, load_summary)
tm.flow(ops_dashboard, duty_manager, disruption_forecast, load_summary, protocol="https")
tm.flow(duty_manager, ops_dashboard, sailing_decision, protocol="https")
tm.flow(ops_dashboard, booking_service, sailing_decision)
tm.flow(booking_service, messaging, disruption_notice, protocol="https")
tm.flow(messaging, passenger, disruption_notice, protocol="sms")

# Retraining
tm.flow(scoring_job, history, features, label="hourly feature snapshot")
tm.flow(ops_dashboard, history, sailing_decision, label="actual sailing outcomes")
tm.flow(history, training, sailing_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, disruption_model, model_artifact, label="load promoted version")
