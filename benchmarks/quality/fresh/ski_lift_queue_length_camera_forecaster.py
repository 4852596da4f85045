"""Ski lift queue length forecaster: the first design, before any security review.

Our ski resort (in the Alps, guests mostly from the EU) puts fixed IP cameras over the
queue area at each lift base. A queue service in the resort's data centre pulls the camera
streams, samples frames and counts people in each queue zone with an open-weights person
detector downloaded from a public model hub; frames are kept in memory only and no video
is recorded. It adds per-minute gate passages from the ticketing vendor and the weather
forecast, and an in-house regression model forecasts the wait at each lift for the next
hour. A public wait-time API in the resort's cloud serves the forecasts to the resort app
and pushes them to LED boards at the lifts. Lift operations staff see counts and forecasts
in an ops console (Entra ID sign-in with MFA) and can mark a lift closed or on hold. The
forecaster retrains nightly from the queue history and is promoted automatically if its
backtest error does not get worse. The public API is rate-limited behind the CDN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski lift queue length forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera-based lift queue counts and wait forecasts for the resort app and lift boards.",
)

# ---------------------------------------------------------------- data assets
video_stream = tg.Data(
    "Lift queue camera stream",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Live video of skiers in the queue; faces are recognisable close to the camera.",
)
queue_frames = tg.Data("Sampled queue frames", sensitivity=tg.Sensitivity.PII, kind="media")
person_counts = tg.Data(
    "Queue person counts", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
gate_counts = tg.Data(
    "Gate passage counts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Per-minute passages through each lift's access gates, no pass numbers.",
)
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
forecast_features = tg.Data(
    "Wait forecast features", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
queue_history = tg.Data("Queue history", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data")
wait_forecast = tg.Data(
    "Lift wait forecast",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
lift_status = tg.Data(
    "Lift status override",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Lift closed, on hold or reopened, set by operations staff.",
)
wait_request = tg.Data("Wait times request", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
board_update = tg.Data("Board display update", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
detector_weights = tg.Data(
    "Person detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
forecaster_artifact = tg.Data(
    "Wait forecaster model", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Skiers checking waits before choosing a lift.
    guest = tm.add(tg.Actor("Resort guest", role="skier"))
    # The resort's app on guests' phones.
    app = tm.add(tg.Device("Resort app", fleet=True))
    # Public hub the detector weights are pulled from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Lift stations network", trust=tg.Trust.INTERNAL):
    # Fixed cameras over each lift's queue area.
    cameras = tm.add(tg.Device("Lift queue cameras", fleet=True))
    # LED boards at each lift base showing the waits at nearby lifts.
    boards = tm.add(tg.Device("Lift wait boards", fleet=True))

with tm.boundary("Resort data centre", trust=tg.Trust.INTERNAL):
    # Pulls streams and feeds, counts the queue, calls the forecaster every minute.
    queue_service = tm.add(
        tg.Service(
            "Queue counting and forecast service",
            controls={
                c.DataMinimization(note="frames are held in memory only; no video is recorded"),
            },
        )
    )
    # Counts people standing in each lift's queue zone.
    detector = tm.add(
        tg.Model(
            "Queue person detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Pretrained open-weights object detector, used as downloaded.",
        )
    )
    # Predicts the wait at each lift for the next hour.
    forecaster = tm.add(
        tg.Model("Lift wait forecaster", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Counts, gate passages, forecasts and lift status, kept for the season.
    history_store = tm.add(
        tg.DataStore(
            "Queue history database",
            stores={person_counts, gate_counts, weather, wait_forecast, lift_status, queue_history},
        )
    )
    # Nightly retraining; promotes only if the backtest error does not get worse.
    training = tm.add(
        tg.Pipeline(
            "Nightly forecaster retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest MAE on the last two weeks must not worsen")},
        )
    )
    # Forecaster versions the queue service loads from.
    registry = tm.add(
        tg.ModelRegistry(
            "Forecaster registry", stores={forecaster_artifact}, controls={c.ModelVersioning()}
        )
    )
    # Staff dashboard of queues and forecasts, and where lifts are marked closed.
    ops_console = tm.add(
        tg.Service(
            "Lift operations console",
            controls={
                c.Authentication(method="resort Microsoft Entra ID accounts with MFA"),
                c.RBAC(),
            },
        )
    )
    # Lift operators and the mountain operations desk.
    ops_staff = tm.add(tg.Actor("Lift operations staff", role="lift operator"))

with tm.boundary("Resort cloud", trust=tg.Trust.INTERNAL):
    # Serves forecasts to the app and pushes them to the boards.
    wait_api = tm.add(
        tg.Endpoint(
            "Wait-time API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120, note="per client IP at the CDN")},
        )
    )

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The lift access system run by the ticketing supplier.
    gate_system = tm.add(
        tg.DataSource("Lift access gate system", origin=tg.Origin.PARTNER, provides={gate_counts})
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Mountain weather forecast: snowfall, wind holds and visibility drive demand.
    weather_service = tm.add(
        tg.ExternalService("Mountain weather service", provides="data-provider")
    )

# ---------------------------------------------------------------- flows
tm.flow(model_hub, detector, detector_weights, protocol="https", label="downloaded at deploy")
tm.flow(cameras, queue_service, video_stream, protocol="rtsp")
tm.flow(queue_service, detector, queue_frames)
tm.flow(detector, queue_service, person_counts)
tm.flow(gate_system, queue_service, gate_counts, protocol="https")
tm.flow(weather_service, queue_service, weather, protocol="https")
tm.flow(history_store, queue_service, lift_status, queue_history, label="recent history and status")
tm.flow(queue_service, forecaster, forecast_features)
tm.flow(forecaster, queue_service, wait_forecast)
tm.flow(queue_service, history_store, person_counts, gate_counts, weather, wait_forecast)

tm.flow(history_store, wait_api, wait_forecast, lift_status, protocol="https")
tm.flow(guest, app, wait_request)
tm.flow(app, wait_api, wait_request, protocol="https")
tm.flow(wait_api, app, wait_forecast, protocol="https")
tm.flow(app, guest, wait_forecast)
tm.flow(wait_api, boards, board_update, protocol="http")

tm.flow(ops_staff, ops_console, lift_status)
tm.flow(ops_console, history_store, lift_status)
tm.flow(history_store, ops_console, person_counts, wait_forecast, lift_status)
tm.flow(ops_console, ops_staff, person_counts, wait_forecast)

tm.flow(history_store, training, queue_history)
tm.flow(training, registry, forecaster_artifact)
tm.flow(registry, forecaster, forecaster_artifact, label="nightly promotion")
