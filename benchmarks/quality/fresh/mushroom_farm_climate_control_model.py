"""Mushroom farm climate control: the first design, before any security review.

Each growing room has humidity, CO2 and temperature sensors wired over Modbus to
an on-site edge gateway. The gateway streams readings to the farm's cloud account
over MQTT with per-gateway certificates, where they land in a time-series store.
A setpoint service feeds recent readings to an in-house regression model that
proposes ventilation and misting targets per room; the service clamps them to
agronomist-set ranges and sends them back to the gateway, which drives the fans
and misting valves. Growers see each room on a tablet app and can override the
targets; they also log harvest yields per room from the same app. A weekly job
joins yields with the climate history, retrains the model and stores it in a
registry, from which the setpoint service loads the current version. The grower
API signs users in with e-mail and password over HTTPS; stores use the cloud
provider's default encryption. High CO2 in a closed room is a hazard to staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mushroom farm climate control",
    profile=tg.RiskProfile.HIGH,
    description="Model-driven ventilation and misting targets for mushroom growing rooms.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Room sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Humidity, CO2 and temperature per room, every 30 seconds.",
)
setpoints = tg.Data(
    "Ventilation and misting targets",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
actuator_commands = tg.Data(
    "Fan and valve commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Grower override",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Manual targets for a room, replacing the model's until cleared.",
)
room_status = tg.Data("Room status view", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
yields = tg.Data(
    "Harvest yields",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Kilograms harvested per room and flush, entered by growers.",
)
training_set = tg.Data(
    "Climate and yield training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Setpoint model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)
training_config = tg.Data("Retraining configuration", kind="instructions")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Growers use the tablet app on the farm Wi-Fi or mobile data; the API is public.
    grower = tm.add(tg.Actor("Grower", role="grower"))

with tm.boundary("Farm site OT network", trust=tg.Trust.INTERNAL):
    # The sensors that measure each room's climate.
    sensors = tm.add(
        tg.Device("Growing room sensors", description="Humidity, CO2 and temperature probes.")
    )
    # The fans, dampers and misting valves the targets ultimately move.
    actuators = tm.add(
        tg.Device("Ventilation and misting actuators", description="Fan drives and valves.")
    )
    # Bridges the Modbus field bus to the cloud and applies targets locally.
    gateway = tm.add(
        tg.Service(
            "Edge climate gateway",
            description="Polls sensors, publishes readings, writes targets to actuators.",
        )
    )

with tm.boundary("Farm office network", trust=tg.Trust.INTERNAL):
    # Runs and tunes retraining; the only person who touches the model pipeline.
    data_engineer = tm.add(tg.Actor("Data engineer", role="ml engineer", privileged=True))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Receives gateway telemetry and writes it to the history store.
    ingestion = tm.add(tg.Pipeline("Telemetry ingestion", stage=tg.Stage.INGESTION))
    # Time-series history of every room, used for control and retraining.
    history = tm.add(
        tg.DataStore(
            "Climate history store",
            stores={readings, setpoints},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Turns recent readings into proposed targets for each room.
    model = tm.add(
        tg.Model(
            "Setpoint model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Predicts ventilation and misting targets from recent climate.",
        )
    )
    # Decides the active targets: model proposal, clamped, or the grower's override.
    setpoint_service = tm.add(
        tg.Service(
            "Setpoint service",
            controls={c.InputValidation(note="targets clamped to agronomist min/max per room")},
        )
    )
    # Backend of the grower tablet app.
    grower_api = tm.add(
        tg.Endpoint(
            "Grower API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Harvest log that becomes the retraining labels.
    yield_log = tm.add(
        tg.DataStore(
            "Harvest yield log",
            stores={yields},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Joins yields with climate history into a training set.
    dataset_builder = tm.add(tg.Pipeline("Training set builder", stage=tg.Stage.PREPROCESSING))
    # Snapshot the retraining job learns from.
    dataset = tm.add(tg.Dataset("Climate and yield dataset", stores={training_set}))
    # Weekly retraining of the setpoint model.
    retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; the setpoint service loads the latest one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Control loop
tm.flow(sensors, gateway, readings, protocol="modbus", label="RS-485 polling")
tm.flow(gateway, ingestion, readings, protocol="mtls", label="MQTT over TLS, gateway certificate")
tm.flow(ingestion, history, readings)
tm.flow(history, setpoint_service, readings, label="last hour per room")
tm.flow(setpoint_service, model, readings)
tm.flow(model, setpoint_service, setpoints)
tm.flow(setpoint_service, history, setpoints)
tm.flow(setpoint_service, gateway, setpoints, protocol="mtls", label="MQTT over TLS")
tm.flow(gateway, actuators, actuator_commands, protocol="modbus")

# Grower tablet app
tm.flow(grower, grower_api, override, yields, protocol="https")
tm.flow(grower_api, grower, room_status, protocol="https")
tm.flow(grower_api, setpoint_service, override)
tm.flow(setpoint_service, grower_api, room_status, setpoints)
tm.flow(grower_api, yield_log, yields)

# Retraining
tm.flow(yield_log, dataset_builder, yields)
tm.flow(history, dataset_builder, readings, setpoints)
tm.flow(dataset_builder, dataset, training_set)
tm.flow(data_engineer, retraining, training_config, protocol="https")
tm.flow(dataset, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")
