"""Council lido: water quality and capacity forecasting, first design.

The council runs an open-air swimming pool. Probes in the plant room measure free
chlorine, pH and water temperature, and a camera over the pool counts swimmers on the
device (only counts leave it). A gateway on the lido network forwards readings and
counts every minute to the council's cloud, where a forecasting service combines them
with the Met Office forecast and bookings and runs a model that predicts when the pool
will hit capacity or fall out of water-quality limits. The duty manager sees readings
and forecasts on a dashboard and decides whether to close the pool; a closure cancels
the affected sessions. Swimmers book and pay for sessions online, and anyone can see
live capacity on the council website. Controls in this first design: swimmer sign-in,
council SSO with MFA for staff, TLS to the cloud, encrypted booking data and closures
made only by the duty manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Public lido water quality and capacity",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Forecasts capacity and water-quality failures at a council lido for the duty "
        "manager, with online session booking and a public live-capacity page."
    ),
)

# ---------------------------------------------------------------- data assets
water_readings = tg.Data(
    "Water quality readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Free chlorine, pH and temperature, one reading a minute.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
swimmer_counts = tg.Data(
    "Swimmer count readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
telemetry = tg.Data("Lido telemetry", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
booked_numbers = tg.Data(
    "Booked numbers per session", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
forecast = tg.Data(
    "Capacity and water quality forecast",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
model_inputs = tg.Data("Forecast features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
closure = tg.Data(
    "Pool closure decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
live_capacity = tg.Data("Live capacity status", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
swimmer_account = tg.Data(
    "Swimmer account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, postcode and concession type.",
)
password_hash = tg.Data(
    "Swimmer password hash", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
booking_request = tg.Data("Session booking request", sensitivity=tg.Sensitivity.PII, kind="records")
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
bookings = tg.Data("Session bookings", sensitivity=tg.Sensitivity.PII, kind="records")
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_request = tg.Data("Payment request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
payment_result = tg.Data("Payment result", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Swimmers booking and paying for sessions.
    swimmer = tm.add(tg.Actor("Swimmer", role="swimmer"))
    # Anyone checking how busy the lido is before setting off.
    public = tm.add(tg.Actor("Member of the public", role="website visitor"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card payment page used across council services.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Hourly forecast of air temperature, sun and rain: drives demand and chlorine loss.
    met = tm.add(tg.ExternalService("Met Office forecast API", provides="data-provider"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # Public council website with the live capacity widget.
    website = tm.add(tg.Endpoint("Council website", purpose=tg.EndpointPurpose.API))
    # Leisure booking system for swimming sessions.
    booking = tm.add(
        tg.Endpoint(
            "Session booking service",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Swimmer accounts and bookings.
    booking_db = tm.add(
        tg.DataStore(
            "Swimmer and booking database",
            stores={swimmer_account, password_hash, bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Time series of readings and counts, the forecaster's history.
    telemetry_store = tm.add(tg.DataStore("Lido telemetry store", stores={telemetry}))
    # Runs every five minutes: gathers inputs, calls the model, publishes results.
    forecaster = tm.add(
        tg.Service(
            "Forecasting service",
            description="Builds features from telemetry, weather and bookings; publishes forecasts.",
        )
    )
    # Gradient-boosted model trained by the council data team on last seasons' logs.
    model = tm.add(
        tg.Model(
            "Capacity and water quality forecaster",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Predicts minutes until capacity or chlorine/pH limits are breached.",
        )
    )
    # Staff dashboard: readings, forecasts and the close-pool button.
    dashboard = tm.add(
        tg.Service(
            "Duty manager dashboard",
            controls={
                c.Authentication(method="council Azure AD single sign-on with MFA"),
                c.HumanInTheLoop(approver="duty manager"),
            },
        )
    )

with tm.boundary("Lido site network", trust=tg.Trust.INTERNAL):
    # Plant-room chlorine, pH and temperature probes on the water treatment controller.
    probes = tm.add(tg.Device("Water quality probes", fleet=True))
    # Overhead camera counting swimmers on the device; video never leaves it.
    counter = tm.add(tg.Device("Swimmer counting camera", fleet=False))
    # Small gateway PC that polls probes and camera and forwards to the cloud.
    gateway = tm.add(tg.Service("Lido site gateway"))
    # On shift at the lido; decides closures.
    manager = tm.add(tg.Actor("Duty manager", role="duty manager", privileged=True))

# ---------------------------------------------------------------- flows
# site telemetry
tm.flow(probes, gateway, water_readings, protocol="modbus")
tm.flow(counter, gateway, swimmer_counts, protocol="mqtt")
tm.flow(gateway, telemetry_store, telemetry, protocol="https")

# forecasting
tm.flow(telemetry_store, forecaster, telemetry)
tm.flow(met, forecaster, weather, protocol="https")
tm.flow(booking, forecaster, booked_numbers)
tm.flow(forecaster, model, model_inputs)
tm.flow(model, forecaster, forecast)
tm.flow(forecaster, dashboard, forecast, telemetry)
tm.flow(forecaster, website, live_capacity)

# duty manager
tm.flow(dashboard, manager, forecast, telemetry, protocol="https")
tm.flow(manager, dashboard, closure, protocol="https")
tm.flow(dashboard, booking, closure, label="cancels affected sessions")
tm.flow(dashboard, website, closure, label="pool closed banner")

# public and swimmers
tm.flow(website, public, live_capacity, protocol="https")
tm.flow(website, swimmer, live_capacity, protocol="https")
tm.flow(swimmer, booking, booking_request, protocol="https")
tm.flow(booking, swimmer, booking_confirmation, protocol="https")
tm.flow(booking, booking_db, bookings, swimmer_account)
tm.flow(booking_db, booking, bookings, swimmer_account, password_hash)
tm.flow(booking, payments, payment_request, protocol="https")
tm.flow(swimmer, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, booking, payment_result, protocol="https", label="webhook")
