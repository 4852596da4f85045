"""Paper machine web break prediction: the first design, before any security review.

The mill wants early warning of web breaks on paper machine 3. Process sensors
(consistency, headbox pressure, section speeds and draws, moisture, wet-end
chemistry dosing) feed the machine's DCS, which already writes every tag to the
mill's process historian. A prediction service on the mill operations network
reads the latest tags from the historian every few seconds, builds features and
asks an in-house gradient-boosted classifier for the break risk of the next ten
minutes. Risk above the alert threshold is shown on a break-risk dashboard in the
control room, with the tags that drove it; the machine crew decide whether to
adjust draws or chemistry, and do so themselves at the DCS operator stations,
within the limits the DCS already enforces. The model never writes setpoints.
Every month a job in the corporate data centre extracts historian data and the
break log, the data science team retrains and backtests the model, and an
approved version is pulled from the registry onto the prediction service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Paper machine web break prediction",
    profile=tg.RiskProfile.LOW,
    description="Advisory break-risk alerts for the paper machine crew from DCS process data.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Process sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Consistency, headbox pressure, section speeds, draws, moisture, dosing rates.",
)
setpoints = tg.Data(
    "Draw and chemistry setpoint changes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
break_events = tg.Data(
    "Web break events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Break time and position from the web break detectors, with the crew's cause code.",
)
break_causes = tg.Data(
    "Break cause annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
features = tg.Data("Break risk features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk = tg.Data("Break risk score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data(
    "Break risk alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Risk level and the top contributing tags, shown to the crew.",
)
history = tg.Data(
    "Historian extract",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Months of tag history around breaks and normal runs; process recipes are trade secrets.",
)
training_set = tg.Data(
    "Labeled break training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
artifact = tg.Data("Break model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Paper machine control network", trust=tg.Trust.RESTRICTED):
    # Field instruments on the wet end, press and dryer sections.
    sensors = tm.add(
        tg.Device(
            "Paper machine process sensors",
            description="Consistency, pressure, speed, moisture and dosing transmitters.",
        )
    )
    # The existing distributed control system: runs the machine and holds the setpoints.
    dcs = tm.add(
        tg.Service(
            "Paper machine DCS",
            description="Vendor DCS with operator stations in the control room.",
            controls={
                c.SafetyLimits(
                    limits="DCS clamps draw and chemical dosing setpoints to the engineered ranges"
                )
            },
        )
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # The machine tenders and back tenders on shift: they act on the alerts.
    crew = tm.add(tg.Actor("Machine crew", role="machine operator"))

with tm.boundary("Mill operations network", trust=tg.Trust.INTERNAL):
    # Existing plant historian: every DCS tag, kept for years.
    historian = tm.add(
        tg.DataStore(
            "Process historian",
            stores={readings},
            controls={c.RBAC(note="AD groups for read access to tags")},
        )
    )
    # Break log in the mill MES: detectors write the event, the crew add the cause.
    break_log = tm.add(tg.DataStore("Web break log", stores={break_events, break_causes}))
    # New: polls the historian, builds features, scores, raises alerts.
    predictor = tm.add(
        tg.Service(
            "Break prediction service",
            description="Scores every 10 seconds from the latest historian tags.",
            controls={
                c.InputValidation(note="stale or out-of-range tags suppress the score"),
            },
        )
    )
    # New: the classifier itself, loaded in the prediction service's process.
    model = tm.add(
        tg.Model(
            "Web break model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees giving the probability of a break within 10 minutes.",
        )
    )
    # New: a read-only web page on the control room wall screen.
    dashboard = tm.add(
        tg.Endpoint(
            "Break risk dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
        )
    )

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # Monthly job joining historian data with the break log.
    extract = tm.add(tg.Pipeline("Training data extract job", stage=tg.Stage.PREPROCESSING))
    # Snapshot of labeled windows used for training and backtesting.
    dataset = tm.add(tg.Dataset("Break training set", stores={training_set}))
    # Retraining notebooks turned into a scheduled training job.
    training = tm.add(
        tg.Pipeline(
            "Break model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the last three months of breaks")},
        )
    )
    # Versioned model files; the prediction service pulls the approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Mill data science team: builds, retrains and releases the model.
    data_scientist = tm.add(
        tg.Actor("Process data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, dcs, readings, label="4-20 mA and fieldbus")
tm.flow(dcs, historian, readings, protocol="opc-ua", label="tag collection")
tm.flow(dcs, break_log, break_events, protocol="opc-ua", label="break detector events")

tm.flow(historian, predictor, readings, protocol="https", label="latest tags, every 10 s")
tm.flow(predictor, model, features)
tm.flow(model, predictor, risk)
tm.flow(predictor, dashboard, alert, protocol="https")
tm.flow(dashboard, crew, alert, protocol="https")

tm.flow(crew, dcs, setpoints, label="at the DCS operator stations")
tm.flow(dcs, crew, readings, label="on the DCS operator stations")
tm.flow(crew, break_log, break_causes, protocol="https", label="cause code after each break")

tm.flow(historian, extract, history, protocol="https", label="monthly export")
tm.flow(break_log, extract, break_events, break_causes, protocol="https", label="monthly export")
tm.flow(extract, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, approval, label="marks a version approved")
tm.flow(registry, predictor, artifact, protocol="https", label="pull approved version")
tm.flow(predictor, model, artifact, label="load")
