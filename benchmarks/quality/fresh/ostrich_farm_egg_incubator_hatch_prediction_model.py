"""Ostrich egg hatch prediction: the first design.

An ostrich farm sets its eggs in six walk-in incubators in a hatchery building.
Temperature, humidity, CO2 and turning sensors in each incubator are read over
Modbus by an edge gateway, which also reads the controllers' setpoints and
alarm states and forwards everything over MQTT with TLS to the farm's cloud
account. Technicians candle every egg weekly at a camera station whose images
and notes upload over HTTPS. A daily scoring job combines telemetry, candling
images and egg records (breeder pen, lay date, weight) and asks an in-house
model for each egg's hatch probability. The hatchery manager sees the scores
on a web dashboard and adjusts incubator setpoints by hand on the controllers'
panels; the model never writes to the incubators, whose controllers keep the
manufacturer's over-temperature cut-out. Hatch outcomes entered after each
hatch feed a season-end retraining that must beat the current model on a
held-out season before it is registered. Staff sign in with e-mail and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ostrich egg hatch prediction",
    profile=tg.RiskProfile.LOW,
    description="Predicts ostrich egg hatch success from incubator telemetry and candling images.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Incubator sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, humidity, CO2 and turning events per incubator, every minute.",
)
controller_status = tg.Data(
    "Incubator setpoints and alarm states", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
setpoint_change = tg.Data(
    "Setpoint adjustment",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, humidity or turning interval set by the hatchery manager.",
)
candling_images = tg.Data("Candling images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
candling_notes = tg.Data(
    "Candling notes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Egg ID scanned from its label, air-cell and fertility observations.",
)
egg_records = tg.Data(
    "Egg records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Egg ID, breeder pen, lay date, set date, weight, incubator and tray.",
)
hatch_outcomes = tg.Data(
    "Hatch outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Hatched, dead in shell, infertile or assisted, per egg.",
)
egg_features = tg.Data("Egg features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
predictions = tg.Data(
    "Hatch predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-egg hatch probability and incubators with falling averages.",
)
training_data = tg.Data(
    "Season training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Hatch model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Farm site", trust=tg.Trust.INTERNAL):
    # Decides incubator setpoints from the predictions.
    manager = tm.add(tg.Actor("Hatchery manager", role="hatchery manager"))
    # Candles eggs and records hatch results.
    technician = tm.add(tg.Actor("Hatchery technician", role="technician"))

    with tm.boundary("Hatchery OT network", trust=tg.Trust.INTERNAL):
        # Probes in every incubator cabinet.
        sensors = tm.add(tg.Device("Incubator sensors", fleet=True))
        # The vendor controllers that run heating, humidification and turning.
        controllers = tm.add(
            tg.Device(
                "Incubator controllers",
                fleet=True,
                controls={
                    c.SafetyLimits(
                        limits="manufacturer's hardware over-temperature cut-out and alarm"
                    )
                },
            )
        )
        # Camera rig with a tablet where eggs are candled and photographed.
        candling = tm.add(tg.Device("Candling camera station", fleet=False))
        # Polls sensors and controllers and forwards readings to the cloud.
        gateway = tm.add(tg.Service("Hatchery edge gateway"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Time-series store of incubator telemetry.
    telemetry = tm.add(tg.DataStore("Telemetry store", stores={readings, controller_status}))
    # Object storage for candling photos.
    images = tm.add(tg.DataStore("Candling image bucket", stores={candling_images}))
    # Egg register, candling notes, hatch outcomes and predictions.
    egg_db = tm.add(
        tg.DataStore(
            "Egg records database",
            stores={egg_records, candling_notes, hatch_outcomes, predictions},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.DataVersioning(note="daily backups"),
            },
        )
    )
    # Builds features for every egg in incubation and scores them once a day.
    scorer = tm.add(tg.Service("Daily hatch scoring job"))
    # CNN on candling images plus gradient-boosted trees on telemetry and egg records.
    model = tm.add(
        tg.Model(
            "Hatch prediction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Snapshot of a finished season's eggs with their outcomes.
    train_set = tm.add(tg.Dataset("Season training set", stores={training_data}))
    # Season-end retraining, gated on a held-out season.
    training = tm.add(
        tg.Pipeline(
            "Season retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="must beat the current model on the held-out season")},
        )
    )
    # Keeps each season's model; the scoring job loads the latest.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Web dashboard for predictions, egg records and hatch results.
    dashboard = tm.add(
        tg.Endpoint(
            "Hatchery dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(sensors, gateway, readings, protocol="modbus")
tm.flow(controllers, gateway, controller_status, protocol="modbus")
tm.flow(gateway, telemetry, readings, controller_status, protocol="mqtt over tls")

tm.flow(technician, candling, candling_notes, label="typed on the touchscreen")
tm.flow(candling, images, candling_images, protocol="https")
tm.flow(candling, egg_db, candling_notes, protocol="https")
tm.flow(technician, dashboard, egg_records, hatch_outcomes, protocol="https")
tm.flow(dashboard, egg_db, egg_records, hatch_outcomes)

tm.flow(telemetry, scorer, readings, label="daily batch")
tm.flow(images, scorer, candling_images, label="daily batch")
tm.flow(egg_db, scorer, egg_records, candling_notes, label="daily batch")
tm.flow(scorer, model, egg_features)
tm.flow(model, scorer, predictions)
tm.flow(scorer, egg_db, predictions)

tm.flow(egg_db, dashboard, egg_records, predictions)
tm.flow(telemetry, dashboard, readings, controller_status)
tm.flow(dashboard, manager, predictions, readings, protocol="https")
tm.flow(dashboard, technician, egg_records, protocol="https")
tm.flow(manager, controllers, setpoint_change, label="on the panel")

tm.flow(egg_db, train_set, egg_records, candling_notes, hatch_outcomes, label="season export")
tm.flow(telemetry, train_set, readings, label="season export")
tm.flow(images, train_set, candling_images, label="season export")
tm.flow(train_set, training, training_data)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load latest")
