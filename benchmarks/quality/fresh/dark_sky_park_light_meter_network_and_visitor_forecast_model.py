"""Dark sky park: sky-quality meter network and stargazing forecast, first design.

Solar-powered sky-quality meters on hilltops and car parks across the park measure
night-sky brightness every few minutes and send the readings over LoRaWAN. A hosted
LoRaWAN network server forwards each uplink to our ingestion service by webhook,
which checks the payload against the meter schema and writes it to a readings
database in the park's cloud account. An hourly forecast job combines the latest
readings with a commercial weather API's cloud-cover forecast and asks an in-house
regression model for a stargazing score per site for the next three nights; the
model is retrained weekly and kept as a joblib file in a storage bucket. Visitors
see the forecast on the public website and book paid ranger-led night events there;
card payment happens on the payment provider's hosted checkout, and confirmations go
out through an e-mail service. Rangers sign in to the booking back office with their
own staff accounts to schedule or cancel events. Booking data is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dark sky park light meter network and visitor forecast",
    profile=tg.RiskProfile.LOW,
    frameworks=["gdpr", "pci-dss"],
    description="Sky-quality meters feed a stargazing forecast for the public website "
    "and for booking ranger-led night events.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Sky quality readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Sky brightness (mag/arcsec^2), temperature and battery level per meter.",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
weather = tg.Data(
    "Cloud cover forecast",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hourly cloud, humidity and moon data from the weather API (licensed).",
)
training_data = tg.Data(
    "Historical readings and weather",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_file = tg.Data("Forecast model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
features = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Stargazing forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Score per site for the next three nights.",
)
event_listing = tg.Data("Night event listings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
booking_request = tg.Data(
    "Event booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, party size and accessibility needs.",
)
bookings = tg.Data(
    "Visitor bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
emails = tg.Data("Booking e-mails", kind="documents", sensitivity=tg.Sensitivity.PII)
event_changes = tg.Data(
    "Event schedule changes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="New events, capacity changes and weather cancellations.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Park field sites",
    trust=tg.Trust.UNTRUSTED,
    description="Open hillsides and car parks the public can walk up to.",
):
    # The measurement network itself: one meter per observing site.
    meters = tm.add(
        tg.Device(
            "Sky quality meters",
            fleet=True,
            description="Solar-powered SQM units with a LoRaWAN radio, about 20 sites.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public checking conditions and booking events.
    visitor = tm.add(tg.Actor("Visitor", role="member of the public"))

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Hosted LoRaWAN network server: the park runs no radio core of its own.
    lns = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.GENERIC,
            description="Hosted network server that forwards meter uplinks by webhook.",
        )
    )
    # Commercial weather data the forecast cannot do without.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Card payments happen on the provider's hosted checkout page.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Transactional e-mail for booking confirmations and cancellations.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Park cloud account", trust=tg.Trust.INTERNAL):
    # Receives the network server's webhooks and stores the readings.
    ingestion = tm.add(
        tg.Service(
            "Meter ingestion service",
            controls={
                c.Authentication(method="static API key in the webhook header"),
                c.SchemaEnforcement(note="payload decoder rejects malformed uplinks"),
            },
        )
    )
    # Time-series store of every reading and archived weather forecasts.
    readings_db = tm.add(tg.DataStore("Readings database", stores={readings, weather}))
    # Weekly retraining on the accumulated history.
    training = tm.add(tg.Pipeline("Weekly model retraining", stage=tg.Stage.TRAINING))
    # Bucket the forecast job loads the latest model file from.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={model_file}))
    # The regression model predicting sky darkness and clarity per site.
    model = tm.add(
        tg.Model(
            "Stargazing forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor over readings, cloud cover and moon phase.",
        )
    )
    # Runs every hour: gathers inputs, calls the model, publishes the forecast.
    forecast_job = tm.add(tg.Service("Hourly forecast job"))
    # Public website: forecast pages and the event booking form.
    website = tm.add(
        tg.Endpoint("Park website", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )
    # Back office for events and bookings, used by rangers and the website.
    booking = tm.add(
        tg.Service(
            "Event booking service",
            controls={
                c.Authentication(method="individual staff accounts with e-mail and password"),
                c.InputValidation(note="booking form fields checked server-side"),
                c.MessageIntegrity(note="payment webhook signature verified"),
            },
        )
    )
    # Events, capacities and visitor bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, event_listing},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Park office", trust=tg.Trust.INTERNAL):
    # Rangers run the night events and decide go or no-go on the forecast.
    ranger = tm.add(tg.Actor("Ranger", role="park staff"))

# ---------------------------------------------------------------- flows
# Measurement path
tm.flow(meters, lns, readings, protocol="lorawan")
tm.flow(lns, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, readings_db, readings)

# Forecasting
tm.flow(forecast_job, weather_api, protocol="https", label="forecast request")
tm.flow(weather_api, forecast_job, weather, protocol="https")
tm.flow(forecast_job, readings_db, weather, label="archive weather forecast")
tm.flow(readings_db, forecast_job, readings, label="latest readings")
tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, website, forecast, label="publish forecast")
tm.flow(forecast_job, booking, forecast, label="forecast for rangers")

# Training
tm.flow(readings_db, training, training_data, label="weekly export")
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, model, model_file, label="load latest model")

# Visitors and bookings
tm.flow(website, visitor, forecast, event_listing, protocol="https")
tm.flow(visitor, website, booking_request, protocol="https")
tm.flow(website, booking, booking_request)
tm.flow(booking, website, event_listing, checkout)
tm.flow(booking, booking_db, bookings, event_listing)
tm.flow(booking_db, booking, bookings, event_listing)
tm.flow(booking, payments, checkout, protocol="https", label="create checkout session")
tm.flow(payments, booking, checkout, protocol="https")
tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, booking, payment_result, protocol="https", label="payment webhook")
tm.flow(booking, mailer, emails, protocol="https")
tm.flow(mailer, visitor, emails, protocol="smtp")

# Rangers
tm.flow(ranger, booking, event_changes, protocol="https")
tm.flow(booking, ranger, bookings, forecast, protocol="https")
