"""Airport security queue time display: the first design, before any security review.

At each central security checkpoint, overhead people-counting sensors measure queue
length and lane throughput, and the boarding-pass readers at the queue entrance send
a scan event for every passenger. An ingestion service in the airport data centre
replaces the boarding-pass barcode with a salted hash and keeps the events for a
week. A regression model, retrained weekly from that history and the flight schedule
from the airport operational database, estimates the waiting time per checkpoint.
Estimates go to the departure hall screens over the signage network and, through
the app vendor's cloud backend, to passengers in the airport app. The security
manager watches a dashboard with estimates and forecasts and decides when to open
or close lanes. Controls: hashing of boarding-pass data, SSO sign-in for the
dashboard, an API key for the app backend, TLS on links that leave the airport.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Airport security queue time display",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Estimates security queue waiting times from lane sensors and boarding-pass "
        "scans; shows them on terminal screens and in the airport app, and helps the "
        "security manager open lanes."
    ),
)

# ---------------------------------------------------------------- data assets
counts = tg.Data(
    "Queue counts and lane throughput",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
scans = tg.Data(
    "Boarding pass scan events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Raw BCBP barcode: passenger name, booking reference, flight, seat.",
)
scan_history = tg.Data(
    "Pseudonymised queue events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hashed boarding pass, checkpoint, timestamps, counts.",
)
schedule = tg.Data("Flight schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_data = tg.Data("Queue training set", kind="training-data", sensitivity=tg.Sensitivity.PII)
model_artifact = tg.Data(
    "Queue model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
features = tg.Data("Queue features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
estimate = tg.Data(
    "Waiting time estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
forecast_view = tg.Data(
    "Checkpoint staffing view",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Estimates and 2-hour forecasts per lane, with throughput per lane.",
)
lane_plan = tg.Data("Lane opening decisions", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Departing passengers checking the wait in the airport app.
    passenger = tm.add(tg.Actor("Passenger", role="app user"))

with tm.boundary("App vendor cloud", trust=tg.Trust.PARTNER):
    # The airport app's backend, run by the app agency; it shows our estimates.
    app_backend = tm.add(tg.Service("Airport app backend"))

with tm.boundary("Security checkpoint network", trust=tg.Trust.INTERNAL):
    # Overhead 3D people counters above each queue and lane; they send counts only.
    lane_sensors = tm.add(tg.Device("Queue people counters", fleet=True))
    # Boarding-pass readers at the queue entrance gates.
    bp_readers = tm.add(tg.Device("Boarding pass readers", fleet=True))
    # Staff who run the checkpoints and decide how many lanes are open.
    manager = tm.add(tg.Actor("Security manager", role="security operations"))

with tm.boundary("Terminal signage network", trust=tg.Trust.INTERNAL):
    # Media players driving the wait time screens in the departure halls.
    screens = tm.add(tg.Device("Departure hall screens", fleet=True))

with tm.boundary("Airport data centre", trust=tg.Trust.INTERNAL):
    # The airport operational database: flight schedule and expected departing passengers.
    aodb = tm.add(tg.DataSource("Airport operational database", provides={schedule}))
    # Receives counts and scans, hashes the boarding pass and builds features.
    ingestion = tm.add(
        tg.Service(
            "Queue ingestion service",
            controls={tg.controls.DataMinimization(note="salted SHA-256 of the barcode")},
        )
    )
    # Seven days of pseudonymised events, the source for retraining.
    event_store = tm.add(
        tg.DataStore(
            "Queue event store",
            stores={scan_history},
            controls={tg.controls.RetentionLimits(days=7)},
        )
    )
    # Weekly retraining on the event history and flight schedule.
    training = tm.add(
        tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Estimates waiting minutes per checkpoint, now and for the next two hours.
    model = tm.add(tg.Model("Queue time model", task=tg.Task.REGRESSOR))
    # Serves current estimates to the screens, the app backend and the dashboard.
    api = tm.add(
        tg.Endpoint(
            "Queue time API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="static API key for the app backend")},
        )
    )
    # Dashboard for the security manager.
    dashboard = tm.add(
        tg.Service(
            "Checkpoint dashboard",
            controls={tg.controls.Authentication(method="airport SSO"), tg.controls.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(lane_sensors, ingestion, counts, protocol="mqtt")
tm.flow(bp_readers, ingestion, scans, protocol="https")
tm.flow(ingestion, event_store, scan_history)
tm.flow(aodb, ingestion, schedule, label="expected passengers per hour")
tm.flow(ingestion, model, features)
tm.flow(model, api, estimate, forecast_view)

tm.flow(event_store, training, training_data)
tm.flow(aodb, training, schedule)
tm.flow(training, model, model_artifact, label="deploy new version")

tm.flow(api, screens, estimate, protocol="http", label="signage pull every 30 s")
tm.flow(app_backend, api, protocol="https", label="estimate request")
tm.flow(api, app_backend, estimate, protocol="https")
tm.flow(app_backend, passenger, estimate, protocol="https")
tm.flow(api, dashboard, forecast_view)
tm.flow(dashboard, manager, forecast_view, protocol="https")
tm.flow(manager, dashboard, lane_plan, protocol="https", label="records lanes opened")
