"""Golf club tee-time dynamic pricing: the first design, before any security review.

A members' golf club in England sells its spare tee times to visitors. Instead of a
fixed rate card, an hourly pricing job sets each visitor slot's green fee for the
next 14 days from a demand model trained in-house on past bookings, the weather
forecast from a commercial weather API and the course status the head greenkeeper
enters (closed holes, temporary greens, competitions). Visitors see the prices and
book on the club's booking website; they pay at the pro shop on arrival, so no card
data passes through this system. A weekly training job retrains the model from the
tee sheet and stores it in a storage bucket. The club secretary sets the price floor
and ceiling in an admin console. Controls: TLS, visitor and staff sign-in by e-mail
and password, encryption at rest on the tee sheet database, role-based access in
the admin console, and the pricing job clamps every price to the floor and ceiling.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Golf club tee-time dynamic pricing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Hourly visitor green-fee pricing from bookings, weather and course demand.",
)

# ---------------------------------------------------------------- data assets
slot_prices = tg.Data(
    "Visitor tee times and prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Open visitor slots with the current green fee, as shown on the website.",
)
booking_request = tg.Data(
    "Tee time booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor name, e-mail, phone, handicap, party size and the slot.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Tee sheet bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Member and visitor bookings, competitions and the fee each visitor was quoted.",
)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hourly rain, wind and temperature forecast for the course, 14 days ahead.",
)
course_status = tg.Data(
    "Course status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Closed holes, temporary greens, maintenance days and course condition.",
)
demand_features = tg.Data(
    "Slot demand features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per slot: day, time, lead time, bookings so far, forecast, course status.",
)
training_history = tg.Data(
    "Booking uptake history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past slot features with the fee charged and whether the slot sold; "
    "aggregated per slot, no visitor names.",
)
model_file = tg.Data(
    "Demand model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)
predicted_demand = tg.Data(
    "Predicted slot demand", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
pricing_rules = tg.Data(
    "Price floor and ceiling",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Minimum and maximum visitor green fee per season and day type.",
)
staff_login = tg.Data("Staff sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Visiting golfers browse prices and book; anyone can create an account.
    visitor = tm.add(tg.Actor("Visiting golfer", role="visitor"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial forecast API, polled by the feature job.
    weather = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Public booking site: shows visitor slots with prices and takes bookings.
    booking_site = tm.add(
        tg.Endpoint(
            "Tee time booking website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="visitor account e-mail and password")},
        )
    )
    # The club's tee sheet: every member and visitor booking.
    tee_sheet = tm.add(
        tg.DataStore(
            "Tee sheet database",
            stores={bookings, slot_prices},
            controls={c.EncryptionAtRest(key_management="managed database default keys")},
        )
    )
    # Admin pages for the secretary and greenkeeper, on the same public site under /admin.
    admin = tm.add(
        tg.Endpoint(
            "Club admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="staff e-mail and password"),
                c.RBAC(note="greenkeeper edits course status only; secretary edits pricing rules"),
            },
        )
    )
    # Course status and the price floor and ceiling, as entered by staff.
    settings = tm.add(
        tg.DataStore("Course and pricing settings", stores={course_status, pricing_rules})
    )

    with tm.boundary("Pricing workspace", trust=tg.Trust.INTERNAL):
        # Builds per-slot features from the tee sheet, forecast and course status.
        feature_job = tm.add(tg.Pipeline("Hourly demand feature job", stage=tg.Stage.PREPROCESSING))
        # Slot history the model is trained on, appended every night.
        history = tm.add(tg.Dataset("Booking uptake history set", stores={training_history}))
        # Weekly retraining on a small VM; uses pip-installed scikit-learn.
        training = tm.add(
            tg.Pipeline(
                "Weekly demand model training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Storage bucket that holds the current and previous model files.
        model_bucket = tm.add(tg.ModelRegistry("Model storage bucket", stores={model_file}))
        # Predicts how likely each visitor slot is to sell at a given fee.
        demand_model = tm.add(
            tg.Model(
                "Tee time demand model",
                task=tg.Task.REGRESSOR,
                description="Predicts uptake per slot; the pricing job picks the fee from it.",
            )
        )
        # Turns predicted demand into a green fee per slot and publishes it.
        pricing_job = tm.add(
            tg.Service(
                "Hourly pricing job",
                description="Sets the green fee of every open visitor slot for the next 14 days.",
                controls={
                    c.PolicyEnforcement(
                        rules="every fee clamped to the secretary's floor and ceiling "
                        "before it is written"
                    )
                },
            )
        )

with tm.boundary("Clubhouse office", trust=tg.Trust.INTERNAL):
    # Sets the price floor and ceiling and checks the prices each week.
    secretary = tm.add(tg.Actor("Club secretary", role="club secretary", privileged=True))
    # Records course status: closures, temporary greens, maintenance.
    greenkeeper = tm.add(tg.Actor("Head greenkeeper", role="greenkeeper"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2+")}

tm.flow(booking_site, visitor, slot_prices, confirmation, protocol="https", controls=tls)
tm.flow(visitor, booking_site, booking_request, protocol="https", controls=tls)
tm.flow(tee_sheet, booking_site, slot_prices, bookings, label="availability and prices")
tm.flow(booking_site, tee_sheet, bookings, label="new booking")

tm.flow(secretary, admin, staff_login, pricing_rules, protocol="https", controls=tls)
tm.flow(admin, secretary, slot_prices, pricing_rules, protocol="https", controls=tls)
tm.flow(greenkeeper, admin, staff_login, course_status, protocol="https", controls=tls)
tm.flow(admin, settings, course_status, pricing_rules)
tm.flow(settings, admin, course_status, pricing_rules)
tm.flow(tee_sheet, admin, slot_prices, label="price review")

tm.flow(weather, feature_job, forecast, protocol="https", label="hourly forecast pull")
tm.flow(tee_sheet, feature_job, bookings, label="hourly bookings export")
tm.flow(settings, feature_job, course_status)
tm.flow(feature_job, pricing_job, demand_features)
tm.flow(feature_job, history, training_history, label="nightly append")

tm.flow(history, training, training_history)
tm.flow(training, model_bucket, model_file)
tm.flow(model_bucket, demand_model, model_file, label="loaded at job start")

tm.flow(pricing_job, demand_model, demand_features)
tm.flow(demand_model, pricing_job, predicted_demand)
tm.flow(settings, pricing_job, pricing_rules)
tm.flow(pricing_job, tee_sheet, slot_prices, label="publish visitor prices")
