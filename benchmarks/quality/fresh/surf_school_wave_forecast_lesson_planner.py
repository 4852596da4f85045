"""Surf school lesson planner: the first design, before any security review.

A surf school on the Atlantic coast of Portugal runs lessons at three beaches.
Every 30 minutes a collector job pulls wave height, swell period, wind and tide
forecasts for each beach from a commercial marine weather API, the latest readings
from the national offshore buoy feed, and the beach flag status the lifeguard
service shares through its partner API. A small in-house model, retrained each
winter on past seasons' conditions and instructors' calls, suggests for every
booked lesson whether to run it, move it to another beach or time, or cancel it.
The duty instructor sees the suggestions on a school tablet and confirms or
overrides them. Confirmed changes update the bookings and go out to customers by
SMS; customers rebook in the school's booking app. Everything runs in one cloud
account; the booking app uses e-mail and password sign-in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Surf school lesson planner",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecast-driven run/move/cancel suggestions for surf lessons, confirmed by instructors.",
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data("Marine forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
buoy_readings = tg.Data("Buoy readings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
flag_status = tg.Data(
    "Beach flag status",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Green, yellow or red flag per beach, and whether the beach is patrolled.",
)
conditions = tg.Data(
    "Beach conditions snapshot",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
bookings = tg.Data(
    "Lesson bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, phone, e-mail, age band, level and lesson slot.",
)
suggestion = tg.Data("Lesson suggestion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
confirmed_plan = tg.Data(
    "Confirmed lesson plan", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
change_notice = tg.Data("Lesson change SMS", kind="records", sensitivity=tg.Sensitivity.PII)
rebooking = tg.Data("Rebooking request", kind="records", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
history = tg.Data(
    "Lesson history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past conditions with the instructors' final run/move/cancel calls.",
)
weights = tg.Data("Planner model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Surf students and parents booking lessons.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # National hydrographic institute's open data feed from the offshore buoy.
    buoy = tm.add(
        tg.DataSource(
            "Offshore buoy feed", origin=tg.Origin.PUBLIC_DATASET, provides={buoy_readings}
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Paid marine forecast API, queried per beach.
    weather_api = tm.add(tg.ExternalService("Marine weather API", provides="data-provider"))

with tm.boundary("Lifeguard service", trust=tg.Trust.PARTNER):
    # The lifeguard association's partner API for flag status.
    lifeguard_api = tm.add(
        tg.ExternalService("Lifeguard flag status API", provides="data-provider")
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway used for lesson change notices.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # Scheduled puller of forecasts, buoy readings and flags.
    collector = tm.add(tg.Service("Conditions collector job"))
    # Latest and past conditions per beach.
    conditions_db = tm.add(tg.DataStore("Conditions database", stores={conditions}))
    # Suggests run / move / cancel per lesson.
    planner_model = tm.add(
        tg.Model(
            "Lesson planning model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted classifier over forecast, buoy, flag and lesson level.",
        )
    )
    # Matches suggestions to the day's bookings and applies confirmed changes.
    planner = tm.add(
        tg.Service(
            "Lesson planner service",
            controls={c.HumanInTheLoop(approver="duty instructor")},
        )
    )
    # Booking app backend used by customers.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Bookings and customer contact details.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, confirmed_plan},
            controls={c.EncryptionAtRest(key_management="managed database default keys")},
        )
    )
    # Past seasons' conditions and instructors' calls.
    history_set = tm.add(tg.Dataset("Lesson history set", stores={history}))
    # Retrains the planning model each winter.
    training = tm.add(tg.Pipeline("Winter retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Beach operations", trust=tg.Trust.INTERNAL):
    # Instructor on duty who makes the final call.
    instructor = tm.add(tg.Actor("Duty instructor", role="instructor"))
    # School-owned tablet on 4G at the beach.
    tablet = tm.add(
        tg.Device(
            "Instructor tablet",
            fleet=True,
            controls={c.Authentication(method="shared instructor PIN")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(weather_api, collector, forecast, protocol="https")
tm.flow(buoy, collector, buoy_readings, protocol="https")
tm.flow(lifeguard_api, collector, flag_status, protocol="https")
tm.flow(collector, conditions_db, conditions)

tm.flow(conditions_db, planner, conditions)
tm.flow(booking_db, planner, bookings)
tm.flow(planner, planner_model, conditions, bookings)
tm.flow(planner_model, planner, suggestion)
tm.flow(planner, tablet, suggestion, bookings, protocol="https")
tm.flow(tablet, instructor, suggestion, bookings, label="on screen")
tm.flow(instructor, tablet, confirmed_plan, label="touchscreen")
tm.flow(tablet, planner, confirmed_plan, protocol="https")
tm.flow(planner, booking_db, confirmed_plan)
tm.flow(planner, sms_gateway, change_notice, protocol="https")
tm.flow(sms_gateway, customer, change_notice, protocol="sms")

tm.flow(customer, booking_api, rebooking, protocol="https")
tm.flow(booking_api, customer, booking_confirmation, protocol="https")
tm.flow(booking_api, booking_db, rebooking)
tm.flow(booking_db, booking_api, bookings)

tm.flow(planner, history_set, confirmed_plan, conditions)
tm.flow(history_set, training, history)
tm.flow(training, planner_model, weights, label="deploy each winter")
