"""Zoo ticketing with a dynamic capacity model: the first design, before any security review.

A city zoo in the EU sells timed-entry tickets in its online shop. A demand model,
retrained every night from past bookings, gate entry counts, the weather forecast and
school-holiday and event calendars, predicts visitors per half-hour slot. A capacity
planner turns the forecast into how many tickets each slot may sell and its price tier,
never above the daily cap the operations manager sets, and writes them to the booking
database the shop reads. Visitors pay on the payment provider's hosted page, so card
numbers never reach the zoo; the provider confirms each payment back to the shop.
Gate scanners on site validate tickets against the booking database.
Everything except the scanners runs in one cloud account. Controls in this design: TLS
on public traffic, shop sign-in with e-mail and password, a CDN rate limit, database
encryption with provider-managed keys, staff single sign-on to the planner, aggregate
(not per-visitor) training features, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zoo ticketing with dynamic capacity",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Timed-entry ticket shop whose slot sizes and price tiers follow a demand forecast.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor name, e-mail, slot, ticket types and membership number.",
)
tickets = tg.Data("E-tickets", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
availability = tg.Data(
    "Slot availability and prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
scans = tg.Data("Ticket scans", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
validity = tg.Data("Ticket validity", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
calendar = tg.Data(
    "School holiday and event calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
history = tg.Data(
    "Slot sales and entry history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tickets sold and gate entries per slot; no visitor identities.",
)
features = tg.Data("Demand features", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL)
slot_inputs = tg.Data(
    "Upcoming slot features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
forecast = tg.Data("Slot demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
allocation = tg.Data(
    "Slot allocation and price tier",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
caps = tg.Data("Daily capacity caps", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
dashboard = tg.Data("Capacity dashboard", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public and zoo members buying tickets.
    visitor = tm.add(tg.Actor("Visitor", role="ticket buyer"))
    # Council and tourism-board pages scraped for school holidays and city events.
    calendar_source = tm.add(
        tg.DataSource(
            "Public holiday and event pages", origin=tg.Origin.PUBLIC_WEB, provides={calendar}
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page; takes the card so the zoo never sees it.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Hourly forecast, the strongest single driver of attendance.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Zoo cloud account", trust=tg.Trust.INTERNAL):
    # Public web shop for timed-entry tickets.
    shop = tm.add(
        tg.Endpoint(
            "Ticket shop",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120, note="CDN rule per client IP"),
            },
        )
    )
    # Orders, tickets and the sellable allocation per slot.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, allocation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Sets per-slot ticket allocations and price tiers from the forecast, within staff caps.
    planner = tm.add(
        tg.Service(
            "Capacity planner",
            description="Clamps every allocation to the operations manager's daily cap.",
            controls={c.Authentication(method="staff single sign-on")},
        )
    )
    # Predicts visitors per slot for the next 14 days.
    model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees over weather, calendar and sales history.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Joins sales history, weather and calendars into aggregate per-slot features.
        feature_job = tm.add(
            tg.Pipeline(
                "Feature preparation",
                stage=tg.Stage.PREPROCESSING,
                controls={c.DataMinimization(note="counts per slot only, no visitor data")},
            )
        )
        # Training table kept for retraining and backtests.
        training_set = tm.add(tg.Dataset("Demand training set", stores={features}))
        # Nightly retraining with open-source boosting libraries.
        training = tm.add(
            tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds each trained model; the planner loads the latest version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Zoo site network", trust=tg.Trust.INTERNAL):
    # Handheld and turnstile QR scanners at the entrances.
    scanners = tm.add(tg.Device("Gate ticket scanners"))
    # Sets daily caps for site safety and animal welfare, closes slots on bad days.
    ops_manager = tm.add(tg.Actor("Operations manager", role="visitor operations"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")
tm.flow(visitor, shop, order, protocol="https", controls={tls})
tm.flow(shop, visitor, availability, tickets, protocol="https", controls={tls})
tm.flow(visitor, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(shop, payments, order, protocol="https", label="create payment session")
tm.flow(payments, shop, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(shop, booking_db, bookings)
tm.flow(booking_db, shop, availability)

tm.flow(scanners, booking_db, scans, protocol="https")
tm.flow(booking_db, scanners, validity, protocol="https")

tm.flow(booking_db, feature_job, history)
tm.flow(weather_api, feature_job, weather, protocol="https")
tm.flow(calendar_source, feature_job, calendar, protocol="https")
tm.flow(feature_job, training_set, features)
tm.flow(training_set, training, features)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load latest version")

tm.flow(weather_api, model, weather, protocol="https", label="forecast refresh")
tm.flow(planner, model, slot_inputs, label="forecast request")
tm.flow(model, planner, forecast)
tm.flow(planner, booking_db, allocation)
tm.flow(ops_manager, planner, caps, protocol="https")
tm.flow(planner, ops_manager, dashboard, protocol="https")
