"""Ride queue time forecaster: the first design, before any security review.

The park forecasts the wait at each ride from turnstile entry counts, throughput
counters at ride exits and visitors' check-ins in the park app. An on-site gateway
collects the counters over MQTT on the park LAN and forwards them to the park's
cloud, where a forecast service runs an in-house regressor every few minutes and a
nightly job retrains it. Forecasts go to the visitor app, queue screens around the
park and an operations dashboard staff use to run extra trains or close queues.
Visitors can buy skip-the-queue passes in the app, priced partly from the forecast
and paid on a payment provider's hosted page. Ride control systems are on their own
network and not connected. Visitors sign in with e-mail and password, staff with
SSO; the visitor database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Theme park ride queue time forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Queue time forecasts for the visitor app, park screens, operations "
    "staff and skip-the-queue pass pricing.",
)

# ---------------------------------------------------------------- data assets
turnstile_counts = tg.Data(
    "Turnstile count readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
throughput = tg.Data(
    "Ride throughput readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
check_ins = tg.Data(
    "App ride check-ins",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Visitor account id, ride and time when a visitor joins a queue.",
)
queue_history = tg.Data(
    "Queue history",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Counts, throughput and check-ins per ride per minute, kept for a season.",
)
features = tg.Data("Forecast features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
forecasts = tg.Data(
    "Queue time forecasts",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
model_artifact = tg.Data(
    "Forecaster model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
queue_status = tg.Data(
    "Queue status updates",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Queue closed or reopened, extra train running.",
)
pass_order = tg.Data("Skip-the-queue pass order", sensitivity=tg.Sensitivity.PII, kind="records")
price_quote = tg.Data("Pass price quote", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
accounts = tg.Data(
    "Visitor accounts and passes",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_session = tg.Data(
    "Payment session request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_result = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Park visitors using the app on their own phones.
    visitor = tm.add(tg.Actor("Park visitor", role="visitor"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page and card processing for pass purchases.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment page; card details never reach the park's systems.",
        )
    )

with tm.boundary("Park network", trust=tg.Trust.INTERNAL):
    # Entry counts from the park gates.
    turnstiles = tm.add(tg.Device("Turnstile counters", fleet=True))
    # Photo-eye counters at ride exits, fitted apart from the ride control systems.
    ride_counters = tm.add(tg.Device("Ride throughput counters", fleet=True))
    # Collects the counters on site and forwards them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Sensor ingestion gateway",
            description="Small on-site server running an MQTT broker and a forwarder.",
        )
    )
    # Displays at ride entrances and on park paths showing the wait.
    screens = tm.add(tg.Device("Queue time screens", fleet=True))
    # Ride supervisors and the operations control room.
    ops_staff = tm.add(tg.Actor("Operations staff", role="ride operations"))

with tm.boundary("Park cloud", trust=tg.Trust.INTERNAL):
    # Backend of the visitor app: check-ins, forecasts, pass purchases.
    app_api = tm.add(
        tg.Endpoint(
            "Visitor app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Raw counts and check-ins, the input to forecasting and retraining.
    history_store = tm.add(tg.DataStore("Queue history store", stores={queue_history}))
    # Builds features every few minutes, runs the model, publishes forecasts.
    forecast_service = tm.add(tg.Service("Forecast service"))
    # The queue time model itself.
    forecaster = tm.add(
        tg.Model(
            "Queue time forecaster",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor predicting minutes of wait per ride.",
        )
    )
    # Retrains the forecaster each night from the season's history.
    retraining = tm.add(tg.Pipeline("Nightly retraining job", stage=tg.Stage.TRAINING))
    # Prices skip-the-queue passes from a base price and the forecast wait.
    pricing = tm.add(
        tg.Service(
            "Pass pricing service",
            description="Base price per ride scaled by the forecast wait, between a floor "
            "and a ceiling the revenue team sets.",
        )
    )
    # Visitor accounts, pass orders and issued passes.
    visitor_db = tm.add(
        tg.DataStore(
            "Visitor database",
            stores={accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web dashboard for operations staff.
    ops_dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO (OIDC)"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# sensing
tm.flow(turnstiles, gateway, turnstile_counts, protocol="mqtt")
tm.flow(ride_counters, gateway, throughput, protocol="mqtt")
tm.flow(gateway, history_store, turnstile_counts, throughput, protocol="https")
tm.flow(visitor, app_api, check_ins, protocol="https")
tm.flow(app_api, history_store, check_ins)

# forecasting
tm.flow(history_store, forecast_service, queue_history, label="last 60 minutes")
tm.flow(forecast_service, forecaster, features)
tm.flow(forecaster, forecast_service, forecasts)
tm.flow(forecast_service, app_api, forecasts)
tm.flow(app_api, visitor, forecasts, protocol="https")
tm.flow(forecast_service, screens, forecasts, protocol="https", label="screens poll every minute")
tm.flow(forecast_service, ops_dashboard, forecasts)
tm.flow(ops_dashboard, ops_staff, forecasts, protocol="https")
tm.flow(ops_staff, ops_dashboard, queue_status, protocol="https")
tm.flow(ops_dashboard, forecast_service, queue_status)

# retraining
tm.flow(history_store, retraining, queue_history)
tm.flow(retraining, forecaster, model_artifact, label="deploy new model")

# skip-the-queue passes
tm.flow(visitor, app_api, pass_order, protocol="https")
tm.flow(forecast_service, pricing, forecasts)
tm.flow(app_api, pricing, pass_order, label="price request")
tm.flow(pricing, app_api, price_quote)
tm.flow(app_api, visitor, price_quote, protocol="https")
tm.flow(app_api, payments, payment_session, protocol="https")
tm.flow(visitor, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, app_api, payment_result, protocol="https", label="payment webhook")
tm.flow(app_api, visitor_db, accounts, pass_order)
tm.flow(visitor_db, app_api, accounts)
tm.flow(app_api, visitor, accounts, protocol="https", label="pass QR code in the app")
