"""Airport security queue staffing forecast: the first design, before any security review.

The airport wants to open the right number of security lanes each half hour. A
lane planning service runs every thirty minutes: it takes the day's flight schedule
from the airport operational database (AODB), live passenger counts from the
boarding pass scanners at the checkpoint entrance and the lanes, and the stored
history of throughput and queue times, and asks an in-house gradient-boosted
regression model for the expected queue length over the next hours. From the
forecast it recommends a number of open lanes per half hour. The security duty
manager sees the recommendation on a console in the security operations room and
decides how many lanes to open; the model only advises. Current and expected
queue times are published to the terminal screens and to the airport app.
Controls in this design: scan data is reduced to flight, checkpoint and time at
ingestion, scanners use a per-scanner key, the console uses the airport's single
sign-on with roles, models are versioned and backtested, the app API is rate limited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport security queue staffing forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Half-hourly forecast of security queue lengths and a recommended number of "
        "open lanes for the security duty manager; queue times shown to passengers."
    ),
)

# ---------------------------------------------------------------- data assets
schedule = tg.Data(
    "Flight schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Departures with times, gates, aircraft type and airline booked passenger counts.",
)
scan_events = tg.Data(
    "Boarding pass scan events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Decoded BCBP barcode: name, PNR, flight, seat, plus checkpoint and scan time.",
)
throughput = tg.Data(
    "Passenger throughput counts",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Passengers per flight per checkpoint per 5 minutes, and measured waits.",
)
history = tg.Data(
    "Queue history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Two years of throughput, measured queue times, lanes open and schedules.",
)
model_file = tg.Data(
    "Queue forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM regressor saved with joblib.",
)
eval_report = tg.Data("Backtest report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast_features = tg.Data(
    "Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
queue_forecast = tg.Data(
    "Queue length forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Expected queue length and wait per checkpoint per half hour, next 6 hours.",
)
lane_recommendation = tg.Data(
    "Lane opening recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lane_decision = tg.Data(
    "Lane opening decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lanes the duty manager actually opens per half hour, with a reason if overridden.",
)
live_waits = tg.Data("Measured wait times", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
public_waits = tg.Data(
    "Published queue times",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
wait_request = tg.Data("Queue time request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Travellers checking expected security waits in the airport app, no sign-in.
    passenger = tm.add(tg.Actor("Passenger", role="traveller"))

with tm.boundary("Airport DMZ", trust=tg.Trust.INTERNAL):
    # Public API behind the airport app that serves current and expected queue times.
    app_backend = tm.add(
        tg.Endpoint(
            "Airport app backend",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120, note="API gateway per-IP quota")},
        )
    )

with tm.boundary("Terminal network", trust=tg.Trust.INTERNAL):
    # Scanners at the checkpoint entrance and at each lane: the source of live passenger counts.
    scanners = tm.add(
        tg.Device(
            "Boarding pass scanners",
            fleet=True,
            description="Fixed barcode readers at checkpoint entry gates and lane podiums.",
        )
    )
    # Signage players above the checkpoints showing current and expected waits.
    screens = tm.add(tg.Device("Terminal display screens", fleet=True))

with tm.boundary("Airport data centre", trust=tg.Trust.INTERNAL):
    # System of record for flights; owned by airport operations, read-only to us.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database",
            origin=tg.Origin.INTERNAL,
            provides={schedule},
            description="AODB: schedule and airline passenger forecasts, updated continuously.",
        )
    )
    # Decodes scan events, keeps only what counting and wait measurement need.
    ingestion = tm.add(
        tg.Service(
            "Scan ingestion service",
            description="Aggregates scans into counts; matches entry and lane scans for waits.",
            controls={
                c.Authentication(method="per-scanner API key"),
                c.DataMinimization(
                    note="name, PNR and seat dropped on arrival; a salted hash links entry and lane scans"
                ),
            },
        )
    )
    # Throughput, waits, lane decisions and schedule snapshots: features and training data.
    history_store = tm.add(
        tg.DataStore("Queue history store", stores={history, throughput, lane_decision})
    )
    # Weekly retraining of the forecast model on the history, with a backtest.
    training = tm.add(
        tg.Pipeline(
            "Weekly forecast retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest on the last 4 weeks, MAE per checkpoint")},
        )
    )
    # Holds trained forecast models; serving loads the promoted version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # The regressor that predicts queue length per checkpoint per half hour.
    forecast_model = tm.add(
        tg.Model(
            "Queue forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression over schedule, counts and calendar features.",
        )
    )
    # Builds features every 30 minutes, calls the model, turns the forecast into lane counts.
    lane_planner = tm.add(
        tg.Service(
            "Lane planning service",
            description="Converts forecast queue length into lanes needed against a 15-minute wait target.",
            controls={c.HumanInTheLoop(approver="security duty manager")},
        )
    )
    # Pushes current and expected waits to the screens and the app backend.
    publisher = tm.add(tg.Service("Queue time publisher"))

with tm.boundary("Security operations", trust=tg.Trust.INTERNAL):
    # Web console where the duty manager sees the forecast and records lane decisions.
    console = tm.add(
        tg.Endpoint(
            "Duty manager console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="airport Active Directory single sign-on"),
                c.RBAC(),
                c.AuditLogging(retention_days=365, note="lane decisions and overrides"),
            },
        )
    )
    # Decides how many lanes to open and calls staff in; accountable for the checkpoint.
    duty_manager = tm.add(tg.Actor("Security duty manager", role="duty manager"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and promotes the forecast model after reviewing the backtest.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# live counts
tm.flow(scanners, ingestion, scan_events, protocol="https")
tm.flow(ingestion, history_store, throughput, live_waits)
tm.flow(ingestion, publisher, live_waits, label="current measured waits")

# schedule
tm.flow(aodb, lane_planner, schedule, protocol="https", label="today's schedule")
tm.flow(aodb, history_store, schedule, protocol="https", label="nightly schedule snapshot")

# training and release
tm.flow(history_store, training, history)
tm.flow(training, registry, model_file)
tm.flow(training, data_scientist, eval_report, protocol="https")
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, forecast_model, model_file, label="load promoted version")

# half-hourly forecast
tm.flow(history_store, lane_planner, throughput, label="recent counts")
tm.flow(lane_planner, forecast_model, forecast_features)
tm.flow(forecast_model, lane_planner, queue_forecast)
tm.flow(lane_planner, console, queue_forecast, lane_recommendation, protocol="https")
tm.flow(console, duty_manager, queue_forecast, lane_recommendation, protocol="https")
tm.flow(duty_manager, console, lane_decision, protocol="https")
tm.flow(console, history_store, lane_decision)

# what passengers see
tm.flow(lane_planner, publisher, queue_forecast, label="expected waits")
tm.flow(publisher, screens, public_waits, protocol="https")
tm.flow(publisher, app_backend, public_waits, protocol="https")
tm.flow(passenger, app_backend, wait_request, protocol="https")
tm.flow(app_backend, passenger, public_waits, protocol="https")
