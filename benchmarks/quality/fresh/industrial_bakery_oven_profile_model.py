"""Industrial bakery bake-profile model: the first design, before any security review.

Each batch on the bread line gets its own bake profile. Dough sensors at the end of
proofing (core temperature, humidity, dough height) report to a line service on the
plant OT network, which joins the readings with the batch's recipe from the recipe
management system in the enterprise network and asks an in-house regression model
for the best oven zone temperatures and conveyor speed. The line service writes those
setpoints to the tunnel oven's line controller over OPC UA; the controller drives the
zone burners and the conveyor. Shift supervisors watch the line on an HMI panel next
to the oven and can override any setpoint from it after a badge login. Every batch
(readings, setpoints, overrides) is recorded in the process historian; the quality
lab adds bake outcomes, and a monthly training job in the enterprise ML platform
retrains the model, which an ML engineer promotes from the registry after a backtest.
The burners sit behind a certified burner management system with its own trips.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Industrial bakery bake-profile model",
    profile=tg.RiskProfile.HIGH,
    description="A model chooses oven zone temperatures and conveyor speed per dough batch; "
    "a line service writes them to the oven line controller.",
)

# ---------------------------------------------------------------- data assets
dough_readings = tg.Data(
    "Dough sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Core temperature, humidity and dough height per batch at end of proofing.",
)
recipe = tg.Data(
    "Recipe and bake specification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Formulation, target crust colour and core temperature; a trade secret.",
)
batch_features = tg.Data("Batch features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
bake_profile = tg.Data(
    "Predicted bake profile",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Zone temperatures and conveyor speed proposed for the batch.",
)
setpoints = tg.Data(
    "Oven setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Zone temperature and conveyor speed setpoints written to the controller.",
)
override = tg.Data(
    "Supervisor override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
oven_status = tg.Data(
    "Oven status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Actual zone temperatures, conveyor speed, alarms.",
)
batch_history = tg.Data(
    "Batch history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bake_outcomes = tg.Data(
    "Bake quality outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Crust colour, moisture and core temperature measured by the quality lab.",
)
model_artifact = tg.Data(
    "Bake profile model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Enterprise network", trust=tg.Trust.INTERNAL):
    # Source of truth for recipes; maintained by product development.
    recipes = tm.add(tg.DataStore("Recipe management system", stores={recipe}))
    # The lab records how each batch actually came out: the training labels.
    qa_tech = tm.add(tg.Actor("Quality lab technician", role="quality technician"))
    # Owns training and promotion of the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining on the historian's batches and lab outcomes.
        training = tm.add(
            tg.Pipeline(
                "Bake profile training job",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation(note="backtest on the last month's held-out batches")},
            )
        )
        # Versioned model artifacts that the line loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Proofing-line sensors, one set per line, that describe each batch of dough.
    sensors = tm.add(tg.Device("Dough sensors", description="Proofer exit sensor heads."))
    # Orchestrates each batch: gathers inputs, asks the model, writes setpoints.
    line_service = tm.add(
        tg.Service(
            "Bake line service",
            description="Runs on the line's edge server; applies the model's profile automatically.",
        )
    )
    # The regression model, served on the same edge server.
    model = tm.add(
        tg.Model(
            "Bake profile model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor predicting zone temperatures and conveyor speed.",
        )
    )
    # Time-series record of every batch; the training data source.
    historian = tm.add(tg.DataStore("Process historian", stores={batch_history, bake_outcomes}))

    with tm.boundary("Oven control cell", trust=tg.Trust.RESTRICTED):
        # The tunnel oven's PLC: takes setpoints and runs the zones and conveyor.
        controller = tm.add(tg.Service("Oven line controller"))
        # Operator panel at the oven for supervisors to watch and override.
        hmi = tm.add(
            tg.Service(
                "Oven HMI panel",
                controls={c.Authentication(method="operator badge"), c.RBAC()},
            )
        )
        # Gas burners of the oven's heating zones.
        burners = tm.add(
            tg.Device(
                "Oven zone burners",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="certified burner management system: flame safeguard and "
                        "independent over-temperature trip per zone"
                    )
                },
            )
        )
        # Variable-speed drive of the oven band.
        conveyor = tm.add(tg.Device("Oven conveyor drive", fleet=False))
    # Shift supervisors work on the plant floor.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="shift supervisor"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, line_service, dough_readings, protocol="mqtt")
tm.flow(recipes, line_service, recipe, protocol="https", label="recipe for the scheduled batch")
tm.flow(line_service, model, batch_features)
tm.flow(model, line_service, bake_profile)
tm.flow(line_service, controller, setpoints, protocol="opc-ua", label="write setpoints")
tm.flow(controller, line_service, oven_status, protocol="opc-ua")
tm.flow(controller, burners, setpoints, label="zone temperature control")
tm.flow(burners, controller, oven_status, label="zone thermocouples")
tm.flow(controller, conveyor, setpoints, protocol="profinet", label="band speed")
tm.flow(conveyor, controller, oven_status, protocol="profinet")

tm.flow(supervisor, hmi, override, label="override setpoints")
tm.flow(hmi, supervisor, oven_status)
tm.flow(hmi, controller, override, protocol="profinet")
tm.flow(controller, hmi, oven_status, protocol="profinet")

tm.flow(line_service, historian, batch_history, label="batch record")
tm.flow(qa_tech, historian, bake_outcomes, protocol="https", label="lab results entry")
tm.flow(historian, training, batch_history, bake_outcomes, protocol="https", label="monthly export")
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, label="promotes after backtest")
tm.flow(registry, model, model_artifact, protocol="https", label="deploy to edge server")
