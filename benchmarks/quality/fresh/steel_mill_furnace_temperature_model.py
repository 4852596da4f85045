"""Steel mill furnace temperature model: the first design, before any security review.

The reheating furnaces' distributed control system (DCS) writes thermocouple,
gas flow and burner readings to the plant historian on the OT network. The
historian replicates to a mirror in the plant DMZ, from which an inference service
in the plant IT data centre reads the last hours of readings every minute, predicts
zone temperatures with an in-house regression model, and an optimiser turns the
predictions into recommended burner setpoints. Control room operators see them on
a web dashboard and apply them by hand on the DCS; the model never writes to the
DCS. Each month a process engineer extracts a training set from the mirror, retrains
the model in a notebook pipeline that installs packages from PyPI, checks it against
last month's data and registers it for the inference service. Controls in this
design: operator approval of every setpoint, dashboard sign-in with Active
Directory, a back-test before registration and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Steel mill furnace temperature model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts reheating furnace zone temperatures and recommends burner setpoints.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Furnace sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Applied burner setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
features = tg.Data("Temperature features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
predictions = tg.Data(
    "Predicted zone temperatures", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
recommendations = tg.Data(
    "Recommended burner setpoints",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
feedback = tg.Data(
    "Operator accept or reject", sensitivity=tg.Sensitivity.INTERNAL, kind="feedback"
)
training_set = tg.Data(
    "Monthly training extract", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data"
)
weights = tg.Data(
    "Temperature model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
packages = tg.Data("Python packages", sensitivity=tg.Sensitivity.PUBLIC, kind="code")
retrain_request = tg.Data(
    "Retraining run and sign-off", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
backtest = tg.Data("Back-test report", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the training notebook gets its Python libraries.
    pypi = tm.add(tg.ExternalService("PyPI", provides="package-registry"))

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # Controls the furnaces; the source of every sensor reading.
    dcs = tm.add(
        tg.DataSource(
            "Furnace DCS",
            origin=tg.Origin.INTERNAL,
            provides={readings, setpoints},
            description="Distributed control system with the furnace PLCs and thermocouples.",
        )
    )
    # Time-series store of all plant tags, the system of record for process data.
    historian = tm.add(tg.DataStore("Plant historian", stores={readings, setpoints}))
    # Runs the furnaces and decides which recommended setpoints to apply.
    operator = tm.add(tg.Actor("Control room operator", role="furnace operator"))

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # Read-only copy of the historian so IT systems never query the OT network.
    mirror = tm.add(tg.DataStore("Historian mirror", stores={readings, setpoints}))

with tm.boundary("Plant IT data centre", trust=tg.Trust.INTERNAL):
    # Polls the mirror every minute and builds the model's features.
    inference = tm.add(tg.Service("Inference service"))
    # Predicts zone temperatures for the next 30 minutes.
    model = tm.add(
        tg.Model(
            "Furnace temperature model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor per furnace zone.",
        )
    )
    # Turns predicted temperatures into burner setpoint recommendations.
    optimiser = tm.add(
        tg.Service(
            "Setpoint optimiser",
            controls={c.HumanInTheLoop(approver="control room operator")},
        )
    )
    # Shows recommendations in the control room and records what operators did.
    dashboard = tm.add(
        tg.Endpoint(
            "Recommendation dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Active Directory")},
        )
    )
    # Monthly extract of readings and applied setpoints used to retrain.
    dataset = tm.add(tg.Dataset("Training dataset", stores={training_set}))
    # Notebook job run by process engineering; pip installs its libraries.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="back-test against the previous month")},
        )
    )
    # Holds the model versions the inference service loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Engineering office network", trust=tg.Trust.INTERNAL):
    # Owns the model: runs the retraining and decides to register the new version.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineering", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(dcs, historian, readings, setpoints, protocol="opc-ua")
tm.flow(historian, mirror, readings, setpoints, label="historian replication")
tm.flow(mirror, inference, readings, protocol="https", label="last hours of tags")

tm.flow(inference, model, features)
tm.flow(model, inference, predictions)
tm.flow(inference, optimiser, predictions)
tm.flow(optimiser, dashboard, recommendations)
tm.flow(dashboard, operator, recommendations, protocol="https")
tm.flow(operator, dashboard, feedback, protocol="https")
tm.flow(operator, dcs, setpoints, label="applies setpoints by hand")

tm.flow(engineer, training, retrain_request, protocol="https")
tm.flow(mirror, dataset, training_set, protocol="https", label="monthly extract")
tm.flow(dashboard, dataset, feedback)
tm.flow(pypi, training, packages, protocol="https")
tm.flow(dataset, training, training_set)
tm.flow(training, engineer, backtest, protocol="https", label="back-test results")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load model")
