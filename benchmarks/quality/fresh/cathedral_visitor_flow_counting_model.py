"""Cathedral visitor flow counting: the first design, before any security review.

The cathedral counts visitors in the nave and the crypt so that stewards know when to
hold entry at the west door and at the top of the crypt stairs (the crypt has a fire
capacity limit). Overhead stereo depth counters above each doorway count crossings on the
sensor itself and send only in/out counts, no images, to a small gateway in the vestry,
which forwards them over HTTPS to an ingestion API in our cloud tenancy.
An entry advisor service combines current occupancy with timed-entry bookings pulled from
the ticketing vendor, asks an in-house forecasting model for the queue and occupancy over
the next hour, and pushes "hold entry" and "resume" alerts to the volunteer stewards' phone
app. The visitor services manager sets capacity thresholds and watches a web dashboard.
The model is retrained weekly from the occupancy history. The gateway authenticates with
a per-gateway API key; stewards and the manager sign in with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral visitor flow counting",
    profile=tg.RiskProfile.LOW,
    description="Counts visitors in the nave and crypt, forecasts queues and alerts stewards.",
)

# ---------------------------------------------------------------- data assets
door_counts = tg.Data(
    "Door crossing counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="In and out counts per doorway per minute; no images leave the sensor.",
)
occupancy = tg.Data(
    "Occupancy history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bookings = tg.Data(
    "Timed-entry bookings per slot",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Number of tickets booked per 15-minute slot; no visitor names.",
)
thresholds = tg.Data(
    "Capacity thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Hold and resume levels for the nave and the crypt.",
)
forecast_features = tg.Data(
    "Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
queue_forecast = tg.Data(
    "Queue and occupancy forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
entry_alert = tg.Data(
    "Hold entry alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Hold or resume entry at a named door, with current count and forecast.",
)
acknowledgement = tg.Data(
    "Steward acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Forecasting model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cathedral site network", trust=tg.Trust.INTERNAL):
    # Overhead stereo depth counters above the west door, north porch and crypt stairs.
    counters = tm.add(
        tg.Device(
            "Overhead people counters",
            description="Ceiling-mounted stereo depth sensors that count crossings on the device.",
        )
    )
    # Small box in the vestry that batches counts and forwards them to the cloud.
    gateway = tm.add(
        tg.Service(
            "Vestry gateway",
            description="Raspberry Pi class box on the cathedral LAN with a 4G backup link.",
        )
    )

with tm.boundary("Cathedral office", trust=tg.Trust.INTERNAL):
    # Sets capacity thresholds and reviews occupancy and forecasts.
    manager = tm.add(tg.Actor("Visitor services manager", role="visitor services manager"))

with tm.boundary("Volunteers' phones", trust=tg.Trust.UNTRUSTED):
    # Volunteer stewards at the doors, who hold and release entry.
    steward = tm.add(tg.Actor("Steward", role="volunteer steward"))
    # Our steward app on the volunteers' own phones: shows alerts, takes acknowledgements.
    steward_app = tm.add(
        tg.Device(
            "Steward phone app",
            description="Android and iOS app installed on volunteers' own phones.",
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The cathedral's existing timed-entry ticketing SaaS.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Online timed-entry booking for visitors; read through its reporting API.",
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push notification service that delivers alerts to the stewards' phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives counts from the vestry gateway.
    ingestion = tm.add(
        tg.Endpoint(
            "Count ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-gateway API key")},
        )
    )
    # Time-series database of counts, forecasts and the configured thresholds.
    occupancy_db = tm.add(
        tg.DataStore("Occupancy database", stores={occupancy, queue_forecast, thresholds})
    )
    # Decides when to tell stewards to hold or resume entry.
    advisor = tm.add(
        tg.Service(
            "Entry advisor service",
            description="Every minute compares counts and forecasts with the thresholds and "
            "sends hold or resume alerts.",
        )
    )
    # Gradient-boosted regressor forecasting queue length and occupancy an hour ahead.
    forecaster = tm.add(
        tg.Model(
            "Queue forecasting model",
            task=tg.Task.REGRESSOR,
            description="Forecasts nave and crypt occupancy and west door queue for 60 minutes.",
        )
    )
    # Weekly retraining from the occupancy history.
    training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # Bucket of trained model versions that the advisor loads.
    registry = tm.add(
        tg.ModelRegistry("Model bucket", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Web dashboard for the manager: live counts, forecasts and threshold settings.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# counting
tm.flow(counters, gateway, door_counts, protocol="mqtt")
tm.flow(gateway, ingestion, door_counts, protocol="https")
tm.flow(ingestion, occupancy_db, occupancy)

# forecasting and alerts
tm.flow(ticketing, advisor, bookings, protocol="https", label="hourly booking pull")
tm.flow(occupancy_db, advisor, occupancy, thresholds)
tm.flow(advisor, forecaster, forecast_features)
tm.flow(forecaster, advisor, queue_forecast)
tm.flow(advisor, occupancy_db, queue_forecast)
tm.flow(advisor, push, entry_alert, protocol="https")
tm.flow(push, steward_app, entry_alert, protocol="https")
tm.flow(steward_app, steward, entry_alert, label="on screen")
tm.flow(steward, steward_app, acknowledgement, label="touchscreen")
tm.flow(
    steward_app,
    advisor,
    acknowledgement,
    protocol="https",
    controls={c.Authentication(method="e-mail and password")},
)

# dashboard
tm.flow(manager, dashboard, thresholds, protocol="https")
tm.flow(dashboard, occupancy_db, thresholds)
tm.flow(occupancy_db, dashboard, occupancy, queue_forecast)
tm.flow(dashboard, manager, occupancy, queue_forecast, protocol="https")

# retraining
tm.flow(occupancy_db, training, occupancy, label="weekly export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, forecaster, model_artifact, label="load latest version")
