"""Linen mill warp-break prediction: the first design, before any security review.

Retrofit sensor kits on the weaving shed's looms measure warp tension, speed,
humidity and the stop-motion events that mark each warp break. An edge gateway
on the shed's OT network polls them and publishes to a historian in the mill's
server room, where a scoring service scores every loom each minute with an
in-house gradient-boosted model (break risk and likely cause). High risks reach
the weaving manager as dashboard and SMS alerts; the model's maintenance
suggestions go to the loom tuners on shed tablets, and tuners log their work.
Nightly exports feed weekly retraining in the company's cloud account, and a
data scientist promotes a back-tested version from the registry. Controls:
gateway range checks, domain sign-in with roles on the dashboard, SSO with MFA
and versioning on the registry, back-testing before promotion.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Linen mill warp-break prediction",
    profile=tg.RiskProfile.LOW,
    description=(
        "Predicts warp breaks on the weaving shed's looms; alerts the weaving manager "
        "and sends maintenance suggestions to the loom tuners."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Loom sensor readings",
    kind="records",
    description="Warp tension, loom speed, pick count, shed temperature and humidity.",
)
break_events = tg.Data(
    "Warp break events",
    kind="records",
    description="Stop-motion events: loom, time and which warp end stopped the loom.",
)
features = tg.Data("Rolling loom features", kind="features")
risk = tg.Data("Warp break risk score", kind="model-output")
suggestion = tg.Data(
    "Maintenance suggestion",
    kind="model-output",
    description="Likely cause and action, e.g. re-tension warp or check heald frame on loom 14.",
)
alert = tg.Data("Warp break alert", kind="model-output")
ack = tg.Data("Alert acknowledgement", kind="records")
work_record = tg.Data(
    "Tuner work record",
    kind="feedback",
    description="What the tuner did on which loom, with the tuner's initials.",
)
break_labels = tg.Data("Break training examples", kind="training-data")
artifact = tg.Data(
    "Warp break model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="joblib file of the gradient-boosted model.",
)
backtest = tg.Data("Back-test report", kind="records")
promotion = tg.Data("Model promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Weaving shed OT network", trust=tg.Trust.INTERNAL):
    # Retrofit kits on each loom: the only source of readings and break events.
    sensors = tm.add(
        tg.Device(
            "Loom sensor kits",
            fleet=True,
            description="Tension, speed and humidity sensors plus the loom's stop-motion signal.",
        )
    )
    # Polls the kits and forwards readings to the historian.
    gateway = tm.add(
        tg.Service(
            "Shed edge gateway",
            controls={c.InputValidation(note="drops readings outside each sensor's range")},
        )
    )

with tm.boundary("Mill server room", trust=tg.Trust.INTERNAL):
    # Time-series store of every reading and break event.
    historian = tm.add(tg.DataStore("Loom historian", stores={readings, break_events}))
    # Builds rolling features per loom each minute and calls the model.
    scorer = tm.add(
        tg.Service(
            "Break risk scoring service",
            description="Scores every loom once a minute and raises alerts above a risk threshold.",
        )
    )
    # The in-house model, loaded in-process by the scoring service.
    model = tm.add(
        tg.Model(
            "Warp break model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees: break risk in the next 30 minutes and a likely cause.",
        )
    )
    # Web dashboard the manager and tuners use on the mill LAN and shed Wi-Fi.
    dashboard = tm.add(
        tg.Endpoint(
            "Weaving dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Windows domain username and password"),
                c.RBAC(note="manager view and tuner view"),
            },
        )
    )
    # Tuners' records of the work done, later used as feedback for retraining.
    work_log = tm.add(tg.DataStore("Maintenance work log", stores={work_record, ack}))

with tm.boundary("Mill staff", trust=tg.Trust.INTERNAL):
    # Runs the shed; gets the alerts and decides where tuners go first.
    manager = tm.add(tg.Actor("Weaving manager", role="weaving manager"))
    # Act on the maintenance suggestions at the looms.
    tuner = tm.add(tg.Actor("Loom tuner", role="loom tuner"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends alert texts to the weaving manager's phone.
    sms = tm.add(tg.ExternalService("SMS gateway provider"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Nightly export of the historian and work log into training examples.
    export = tm.add(tg.Pipeline("Nightly training data export", stage=tg.Stage.PREPROCESSING))
    # Labelled windows: features before each break, and quiet windows.
    dataset = tm.add(tg.Dataset("Break training set", stores={break_labels}))
    # Weekly retraining and back-test on the last month of breaks.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="back-test against the last month of breaks")},
        )
    )
    # Versions of the model; the scoring service pulls the promoted one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact, backtest},
            controls={
                c.ModelVersioning(),
                c.Authentication(method="cloud SSO with MFA"),
            },
        )
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Maintains the model and promotes new versions.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, break_events, protocol="modbus")
tm.flow(gateway, historian, readings, break_events, protocol="mqtt")

tm.flow(historian, scorer, readings, break_events, label="last 30 minutes per loom")
tm.flow(scorer, model, features)
tm.flow(model, scorer, risk, suggestion)
tm.flow(scorer, dashboard, alert, suggestion)
tm.flow(scorer, sms, alert, protocol="https")
tm.flow(sms, manager, alert, protocol="sms")

tm.flow(dashboard, manager, alert, suggestion, protocol="https")
tm.flow(manager, dashboard, ack, protocol="https")
tm.flow(dashboard, tuner, suggestion, protocol="https", label="shed tablet")
tm.flow(tuner, dashboard, work_record, protocol="https", label="shed tablet")
tm.flow(dashboard, work_log, work_record, ack)

tm.flow(historian, export, readings, break_events, protocol="https", label="nightly export")
tm.flow(work_log, export, work_record, protocol="https", label="nightly export")
tm.flow(export, dataset, break_labels)
tm.flow(dataset, training, break_labels)
tm.flow(training, registry, artifact, backtest)
tm.flow(registry, scientist, backtest, protocol="https")
tm.flow(scientist, registry, promotion, protocol="https")
tm.flow(registry, scorer, artifact, protocol="https", label="pull promoted version")
tm.flow(scorer, model, artifact, label="load", id="scorer-loads-model")
