"""Canoe hire river safety advisor: the first design, before any security review.

A canoe hire company on a river wants a daily safety advice for each river
section it sells trips on. Each morning a scheduled job pulls the Environment
Agency's river level readings and a rainfall forecast from a weather provider,
and an in-house model classifies every section as open, open with care or
closed. The duty instructor confirms the day's advice on a staff dashboard and
briefs customers in person from it; closed sections are taken off sale.
Customers book trips on the company's website, pay on a payment provider's
hosted page and sign an online waiver with a health and swimming declaration.
The minibus driver gets the day's pick-up list on a company phone and collects
groups from the take-out points. Staff sign in with Google Workspace and
2-step verification; the website and feeds use HTTPS; the booking database is
encrypted by the hosting provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canoe hire river safety advisor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Daily paddling advice per river section from river levels and rainfall forecasts.",
)

# ---------------------------------------------------------------- data assets
river_levels = tg.Data(
    "River level readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rainfall = tg.Data(
    "Rainfall forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
conditions = tg.Data(
    "River conditions history", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
advice = tg.Data(
    "Section safety advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Open, open with care or closed, per river section, for the day.",
)
confirmed_advice = tg.Data(
    "Confirmed daily advice",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
booking = tg.Data(
    "Trip booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone, group size, section and date.",
)
waiver = tg.Data(
    "Signed waiver and health declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Signature, swimming ability and declared medical conditions.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pickup_list = tg.Data(
    "Pick-up list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Group lead names, phone numbers, take-out point and expected time.",
)
pickup_status = tg.Data("Pick-up status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
briefing = tg.Data("Safety briefing", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking a trip.
    customer = tm.add(tg.Actor("Customer", role="paddler"))

with tm.boundary("Environment Agency", trust=tg.Trust.PARTNER):
    # Public river level gauges on our river, read over the agency's open data API.
    ea_feed = tm.add(
        tg.DataSource(
            "Environment Agency river level feed",
            origin=tg.Origin.PARTNER,
            provides={river_levels},
            description="15-minute gauge readings for the stations on our stretch.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid rainfall forecast for the catchment upstream.
    forecast_feed = tm.add(
        tg.DataSource(
            "Rainfall forecast API",
            origin=tg.Origin.VENDOR,
            provides={rainfall},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes card payments on its hosted page; we never see card numbers.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("Company cloud hosting", trust=tg.Trust.INTERNAL):
    # Public booking site with the online waiver.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="form field checks on bookings and waivers")},
        )
    )
    # Bookings, waivers and the day's confirmed advice for each section.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, waiver, payment_confirmation, confirmed_advice, pickup_status},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Fetches the feeds every morning and keeps the history the model uses.
    fetch_job = tm.add(
        tg.Pipeline(
            "Daily conditions fetch job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="rejects readings missing fields or with bad units")
            },
        )
    )
    conditions_store = tm.add(tg.DataStore("River conditions store", stores={conditions}))
    # The model that turns levels and forecast into section advice.
    safety_model = tm.add(
        tg.Model(
            "River section safety model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted trees trained on past levels, rainfall and instructor calls.",
        )
    )
    # Staff view of the advice and bookings; the duty instructor confirms the day's advice here.
    dashboard = tm.add(
        tg.Service(
            "Staff advice dashboard",
            controls={
                c.Authentication(method="Google Workspace with 2-step verification"),
                c.HumanInTheLoop(approver="duty instructor"),
            },
        )
    )

with tm.boundary("Hire centre", trust=tg.Trust.INTERNAL):
    # Instructors and desk staff who brief customers from the advice.
    staff = tm.add(tg.Actor("Hire centre staff", role="instructor"))

with tm.boundary("Field operations", trust=tg.Trust.INTERNAL):
    # Drives the minibus to collect groups from the take-out points.
    driver = tm.add(tg.Actor("Minibus driver", role="driver"))
    # Company phone in the minibus showing the pick-up list.
    driver_phone = tm.add(
        tg.Device("Minibus driver phone", fleet=False, description="Company Android phone.")
    )

# ---------------------------------------------------------------- flows
# conditions and advice
tm.flow(ea_feed, fetch_job, river_levels, protocol="https")
tm.flow(forecast_feed, fetch_job, rainfall, protocol="https")
tm.flow(fetch_job, conditions_store, conditions)
tm.flow(conditions_store, safety_model, conditions)
tm.flow(safety_model, dashboard, advice)
tm.flow(dashboard, staff, advice, booking, waiver, protocol="https")
tm.flow(staff, dashboard, confirmed_advice, protocol="https", label="confirms the day's advice")
tm.flow(dashboard, booking_db, confirmed_advice)
tm.flow(booking_db, dashboard, booking, waiver, pickup_status)
tm.flow(staff, customer, briefing, label="in person at the hire centre")

# bookings, waivers and payment
tm.flow(customer, website, booking, waiver, protocol="https")
tm.flow(booking_db, website, confirmed_advice, label="sections on sale")
tm.flow(website, booking_db, booking, waiver)
tm.flow(website, customer, booking, protocol="https", label="booking confirmation")
tm.flow(customer, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, website, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(website, booking_db, payment_confirmation)

# pick-ups
tm.flow(dashboard, driver_phone, pickup_list, protocol="https")
tm.flow(driver_phone, driver, pickup_list)
tm.flow(driver, driver_phone, pickup_status, label="group collected")
tm.flow(driver_phone, dashboard, pickup_status, protocol="https")
tm.flow(dashboard, booking_db, pickup_status)
