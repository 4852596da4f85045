"""Oven bake colour vision model: the first design, before any security review.

An industrial bakery runs tunnel ovens for sliced bread. A line-scan camera at each
oven exit photographs every loaf; a vision edge server on the oven line crops the loaves
and runs our bake colour model, which scores crust colour against the product's target.
A setpoint adjustment service on the same server turns a drift in colour into small
changes to the oven zone temperature setpoints and writes them to the oven PLC over
OPC UA, within the band the recipe database allows for the product. Line operators see
the colour trend and can switch automatic adjustment off at the line HMI. Scores,
setpoint changes and zone temperatures go to the site historian. Sampled images are
labelled by quality technicians and the model is retrained in our cloud ML workspace.
Controls: offsets are clamped in the service and the PLC keeps recipe limits and an
independent over-temperature cutout; if the camera or model stops, the service holds
the recipe setpoints and raises an alarm. Models are versioned and datasets snapshotted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Oven bake colour vision model",
    profile=tg.RiskProfile.HIGH,
    description="Vision model at the oven exit that scores loaf bake colour and trims "
    "oven zone temperature setpoints within recipe limits.",
)

# ---------------------------------------------------------------- data assets
loaf_images = tg.Data("Oven exit loaf images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
loaf_crops = tg.Data("Cropped loaf frames", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
colour_score = tg.Data(
    "Bake colour score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoints = tg.Data(
    "Oven zone setpoint changes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
zone_temps = tg.Data(
    "Oven zone temperature readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
recipe = tg.Data(
    "Recipe colour targets and temperature bands",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
mode_switch = tg.Data(
    "Auto-adjust mode switch", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
line_status = tg.Data(
    "Colour trend and alarms", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
process_history = tg.Data("Process history", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Bake colour labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Bake colour model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bakery site network", trust=tg.Trust.INTERNAL):
    # Per-product colour targets and allowed temperature bands, kept by the process team.
    recipe_db = tm.add(tg.DataStore("Recipe database", stores={recipe}))
    # Site historian: the record of scores, setpoint changes and zone temperatures.
    historian = tm.add(tg.DataStore("Site historian", stores={process_history}))
    # Sampled loaf images kept for labelling and retraining.
    image_store = tm.add(tg.DataStore("Loaf image archive", stores={loaf_images}))
    # Grades sampled images against the bakery's colour chart.
    technician = tm.add(tg.Actor("Quality technician", role="quality assurance"))

    with tm.boundary("Oven line OT cell", trust=tg.Trust.RESTRICTED):
        # Photographs every loaf as it leaves the oven.
        camera = tm.add(tg.Device("Oven exit line-scan camera", fleet=False))
        # Industrial PC on the line: crops loaves and hosts the model and the service.
        edge = tm.add(tg.Service("Vision edge server"))
        # Scores crust colour against the product's target colour.
        model = tm.add(
            tg.Model(
                "Bake colour model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="CNN scoring crust colour on the bakery's colour scale; its "
                "scores move oven temperatures.",
                controls={c.ModelVersioning()},
            )
        )
        # Turns colour drift into bounded zone setpoint offsets.
        adjuster = tm.add(
            tg.Service(
                "Setpoint adjustment service",
                controls={
                    c.SafetyLimits(
                        limits="offsets clamped to the recipe band, at most 1 degree C "
                        "per zone every 5 minutes"
                    ),
                    c.FailClosed(
                        fallback="holds the recipe setpoints and alarms the HMI when "
                        "images or scores stop"
                    ),
                },
            )
        )
        # Runs the oven zones and burners.
        plc = tm.add(
            tg.Device(
                "Oven PLC",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="PLC rejects setpoints outside the recipe min/max; an "
                        "independent high-limit thermostat trips the burners"
                    )
                },
            )
        )
        # Touchscreen at the oven where operators watch colour and switch auto mode.
        hmi = tm.add(tg.Device("Oven line HMI panel", fleet=False))
        # Runs the oven line on each shift.
        operator = tm.add(tg.Actor("Line operator", role="oven operator"))

with tm.boundary("Cloud ML workspace", trust=tg.Trust.INTERNAL):
    # Labelled images for training and evaluation, snapshotted per training run.
    training_set = tm.add(
        tg.Dataset(
            "Bake colour training set",
            stores={loaf_images, labels},
            controls={c.DataVersioning()},
        )
    )
    # Retrains the model when new products or flour batches change the colour.
    training = tm.add(tg.Pipeline("Bake colour model training", stage=tg.Stage.TRAINING))
    # Holds the model versions the edge server may load.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(camera, edge, loaf_images, label="GigE Vision frames")
tm.flow(edge, model, loaf_crops, protocol="local")
tm.flow(model, edge, colour_score, protocol="local")
tm.flow(edge, adjuster, colour_score, protocol="local")
tm.flow(recipe_db, adjuster, recipe, protocol="https", label="on product change")
tm.flow(plc, adjuster, zone_temps, protocol="opc-ua")
tm.flow(adjuster, plc, setpoints, protocol="opc-ua")

tm.flow(adjuster, hmi, line_status, protocol="opc-ua")
tm.flow(hmi, adjuster, mode_switch, protocol="opc-ua")
tm.flow(hmi, operator, line_status, label="on the panel")
tm.flow(operator, hmi, mode_switch, label="on the panel")

tm.flow(adjuster, historian, colour_score, setpoints, protocol="https")
tm.flow(plc, historian, zone_temps, protocol="opc-ua")
tm.flow(edge, image_store, loaf_images, label="1 in 200 loaves sampled")

tm.flow(image_store, technician, loaf_images, protocol="https")
tm.flow(technician, training_set, labels, protocol="https")
tm.flow(image_store, training_set, loaf_images, protocol="https", label="nightly upload")
tm.flow(training_set, training, loaf_images, labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, edge, model_artifact, protocol="https", label="model update")
tm.flow(edge, model, model_artifact, protocol="local", label="load")
