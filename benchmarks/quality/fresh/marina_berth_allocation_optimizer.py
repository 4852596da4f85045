"""Marina berth allocation optimiser: the first design.

Visiting boat owners request a berth for given nights in the marina's mobile app,
giving their boat's length, beam and draught. Every hour, and on each new request,
an optimiser (a constraint solver, not a language model) allocates visitor berths
using the bookings, the berth inventory with its depths, tide forecasts from a
hydrographic data provider, and a stay-length model trained on past visits that
predicts when boats will actually leave. Allocations are published to owners
automatically through the app and push notifications; harbour staff in the marina
office can move boats and override allocations from a staff console. Everything
runs in one cloud project. Controls: TLS on all external links, e-mail and
password sign-in for owners, SSO with roles for staff, encryption at rest of the
booking database, and range checks on the boat dimensions owners enter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marina berth allocation optimiser",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Allocates visitor berths from bookings, boat dimensions and tide forecasts.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, phone, e-mail, boat name, arrival and departure dates.",
)
dimensions = tg.Data(
    "Boat dimensions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Length overall, beam and draught as declared by the owner.",
)
tides = tg.Data(
    "Tide forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
berths = tg.Data(
    "Berth inventory",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pontoon berths with length, width and charted depth at chart datum.",
)
allocation = tg.Data(
    "Berth allocation",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
adjustment = tg.Data("Staff adjustment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stay_prediction = tg.Data(
    "Predicted departure time", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Past visit history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Three seasons of visits: boat, booked and actual nights, weather.",
)
weights = tg.Data(
    "Stay-length model artifact", format="joblib", sensitivity=tg.Sensitivity.INTERNAL
)
notification = tg.Data("Berth assignment notice", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Visiting yachtsmen booking through the app; anyone can create an account.
    owner = tm.add(tg.Actor("Boat owner", role="visitor"))

with tm.boundary("Hydrographic data provider", trust=tg.Trust.PARTNER):
    # Tidal height predictions for the harbour, pulled every six hours.
    tide_feed = tm.add(
        tg.DataSource(
            "Tide forecast feed",
            origin=tg.Origin.VENDOR,
            provides={tides},
            description="Commercial tidal prediction API for the standard port.",
        )
    )

with tm.boundary("Push notification vendor", trust=tg.Trust.PARTNER):
    # Delivers berth assignments to the owners' phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Marina cloud", trust=tg.Trust.INTERNAL):
    # Backend of the owners' mobile app: bookings and assignment lookup.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="length, beam and draught range checks"),
            },
        )
    )
    # Bookings, owner details and boat dimensions.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, dimensions},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Current berth plan and the inventory of berths and depths.
    berth_plan = tm.add(tg.DataStore("Berth plan store", stores={berths, allocation}))
    # Constraint solver that fits boats to berths against tide windows.
    optimiser = tm.add(
        tg.Service(
            "Berth allocation optimiser",
            description="Mixed-integer solver; checks draught against charted depth plus tide.",
        )
    )
    # Predicts when a visiting boat will really leave, to plan turnover.
    stay_model = tm.add(
        tg.Model(
            "Stay-length model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor over booking, season and weather features.",
        )
    )
    # Past visits exported from the booking database for training.
    visit_history = tm.add(tg.Dataset("Visit history dataset", stores={history}))
    # Retrains the stay-length model at the start of each month.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Sends assignment notices when an allocation is made or changed.
    notifier = tm.add(tg.Service("Notification service"))
    # Console the harbour office uses to view and change the berth plan.
    staff_console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO"), c.RBAC()},
        )
    )

with tm.boundary("Marina office network", trust=tg.Trust.INTERNAL):
    # Harbour masters and berthing staff on duty.
    staff = tm.add(tg.Actor("Harbour staff", role="harbour staff", privileged=True))

# ---------------------------------------------------------------- flows
# Owner bookings
tm.flow(owner, booking_api, booking, dimensions, protocol="https")
tm.flow(booking_api, owner, allocation, protocol="https", label="assigned berth")
tm.flow(booking_api, booking_db, booking, dimensions)
tm.flow(berth_plan, booking_api, allocation)

# Allocation
tm.flow(tide_feed, optimiser, tides, protocol="https")
tm.flow(booking_db, optimiser, booking, dimensions)
tm.flow(berth_plan, optimiser, berths, allocation, label="current plan")
tm.flow(optimiser, stay_model, booking)
tm.flow(stay_model, optimiser, stay_prediction)
tm.flow(optimiser, berth_plan, allocation, label="new plan")

# Staff adjustments
tm.flow(staff, staff_console, adjustment, protocol="https")
tm.flow(staff_console, staff, allocation, booking, dimensions, protocol="https")
tm.flow(berth_plan, staff_console, allocation, berths)
tm.flow(booking_db, staff_console, booking, dimensions)
tm.flow(staff_console, berth_plan, adjustment, allocation)

# Notifications
tm.flow(berth_plan, notifier, allocation)
tm.flow(booking_db, notifier, booking)
tm.flow(notifier, push, notification, protocol="https")
tm.flow(push, owner, notification, protocol="https")

# Stay-length model training
tm.flow(booking_db, visit_history, history, label="monthly export")
tm.flow(visit_history, training, history)
tm.flow(training, stay_model, weights, label="deploy")
