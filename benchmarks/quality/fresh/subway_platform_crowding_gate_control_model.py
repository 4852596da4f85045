"""Platform crowding prediction and gate control: the first design, before any security review.

The metro operator forecasts, per platform, crowding over the next ten minutes.
Station CCTV goes to a people-counting model on each station's edge server, which
sends only head counts upstream; ticket gates report taps to the fare collection
system, which sends entries per gate per minute; the train regulation system adds
arrivals and delays. When the forecasting model predicts dangerous crowding, the
crowding controller closes station entry gates through the fare collection system
and changes passenger information displays, without waiting for anyone. Control
room staff watch forecasts and actions on a console and can override. Controls:
video never leaves the station, console sign-in with roles, audit logs of actions,
a hardwired fire-alarm release on the gates, and backtesting of each monthly model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Subway platform crowding gate control",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts platform crowding from CCTV counts and gate taps and closes "
    "entry gates and changes displays automatically.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "CCTV video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live platform and concourse camera streams showing passengers.",
)
head_counts = tg.Data(
    "Platform head counts",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
taps = tg.Data(
    "Card tap events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Gate id, time and card serial number of each tap.",
)
entry_counts = tg.Data(
    "Gate entry counts",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
train_running = tg.Data(
    "Train arrivals and delays", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
features = tg.Data("Crowding features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Platform crowding forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_command = tg.Data(
    "Gate mode command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Open or close the entry gates of one station entrance.",
)
display_message = tg.Data(
    "Passenger information message",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
action_status = tg.Data(
    "Controller actions and status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
override = tg.Data(
    "Operator override",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Historical crowding data",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Station network", trust=tg.Trust.INTERNAL):
    # Existing platform and concourse cameras; the counting input.
    cameras = tm.add(tg.Device("Station CCTV cameras"))
    # Turns video into head counts on the station edge server.
    counter = tm.add(
        tg.Model(
            "People-counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open person detector fine-tuned by us, on the station edge server.",
            controls={c.DataMinimization(note="video is processed in memory; only counts leave")},
        )
    )
    # Report taps and take open/closed mode commands.
    gates = tm.add(
        tg.Device(
            "Entry ticket gates",
            controls={
                c.SafetyLimits(
                    limits="hardwired fire-alarm input opens all gates; exit gates are "
                    "never closed by software"
                )
            },
        )
    )
    # Platform and entrance screens the controller writes to.
    displays = tm.add(tg.Device("Passenger information displays"))

with tm.boundary("Operations data centre", trust=tg.Trust.INTERNAL):
    # Existing fare collection back end: takes taps, relays gate mode commands.
    afc = tm.add(
        tg.Service(
            "Fare collection central system",
            controls={c.Authentication(method="API key for the crowding controller")},
        )
    )
    # Signalling-side source of train arrivals and delays.
    regulation = tm.add(
        tg.DataSource(
            "Train regulation system", origin=tg.Origin.INTERNAL, provides={train_running}
        )
    )
    # Latest features per platform for the forecaster.
    feature_store = tm.add(
        tg.FeatureStore("Crowding feature store", stores={features}, online=True)
    )
    # Predicts crowding per platform for the next ten minutes.
    forecaster = tm.add(
        tg.Model(
            "Crowding forecast model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted model, one forecast per platform each 30 s.",
            controls={c.ModelValidation(note="backtest on last quarter before go-live")},
        )
    )
    # Turns forecasts into gate closures and display messages, automatically.
    controller = tm.add(
        tg.Service(
            "Crowding controller",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Existing passenger information system head end.
    pis = tm.add(tg.Service("PIS head end"))
    # Kept counts and outcomes used to retrain the forecaster.
    dataset = tm.add(tg.Dataset("Crowding history", stores={history}))
    # Monthly retraining and deployment of the forecaster.
    retraining = tm.add(tg.Pipeline("Monthly retraining pipeline", stage=tg.Stage.TRAINING))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Where staff watch forecasts and override the controller.
    console = tm.add(
        tg.Service(
            "Control room console",
            controls={c.Authentication(method="Active Directory password"), c.RBAC()},
        )
    )
    # Duty controllers who can override gate and display actions.
    operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, counter, video, protocol="rtsp")
tm.flow(counter, feature_store, head_counts, protocol="mqtt")
tm.flow(gates, afc, taps, protocol="https")
tm.flow(afc, feature_store, entry_counts, protocol="kafka")
tm.flow(regulation, feature_store, train_running, protocol="kafka")

tm.flow(feature_store, forecaster, features)
tm.flow(forecaster, controller, forecast)
tm.flow(controller, afc, gate_command, protocol="https")
tm.flow(afc, gates, gate_command, protocol="https")
tm.flow(gates, afc, action_status, label="gate mode status")
tm.flow(afc, controller, action_status, protocol="https", label="gate mode status")
tm.flow(controller, pis, display_message, protocol="http")
tm.flow(pis, displays, display_message, protocol="http")

tm.flow(controller, console, forecast, action_status, protocol="https")
tm.flow(console, operator, forecast, action_status, protocol="https")
tm.flow(operator, console, override, protocol="https")
tm.flow(console, controller, override, protocol="https")

tm.flow(feature_store, dataset, history, label="nightly snapshot")
tm.flow(dataset, retraining, history)
tm.flow(retraining, forecaster, weights, label="deploy")
