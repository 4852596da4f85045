"""Tower crane collision avoidance: the first design, before any security review.

On sites where tower crane jibs overlap, a sensor unit on each crane reports slew
angle, trolley radius, hook height, load weight and wind over the site radio network
to an edge gateway in the site office. Site cameras watch the hooks and loads; a
detection model on the gateway locates the load, and a prediction model estimates
time to contact for every pair of cranes from the fused positions. An anti-collision
supervisor turns predictions into slow-down and stop commands sent to each crane's
PLC, and warnings on the operator's cab display; operators keep their own controls,
and the crane's built-in limiters stay in force. The lifting coordinator sets crane
geometry and no-go zones in a site console. Telemetry goes to the company cloud,
where the prediction model is retrained and released through a model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tower crane collision avoidance",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts collisions between overlapping tower cranes and slows or stops them "
        "through their control systems."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Crane telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Slew angle, trolley radius, hook height, load weight and wind speed, 10 Hz.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
video = tg.Data(
    "Site camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Hook and load views; site workers are in frame.",
)
load_detections = tg.Data(
    "Load detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
crane_state = tg.Data(
    "Fused crane positions",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
prediction = tg.Data(
    "Collision predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Time to contact and closest approach for each pair of cranes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Slow-down and stop commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
warnings = tg.Data("Cab warnings", sensitivity=tg.Sensitivity.INTERNAL)
operator_input = tg.Data(
    "Operator joystick commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
site_config = tg.Data(
    "Crane geometry and no-go zones",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Crane positions, jib and counter-jib lengths, heights, zones over roads and neighbours.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_data = tg.Data(
    "Historical crane telemetry",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_file = tg.Data(
    "Collision prediction model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Site radio network", trust=tg.Trust.INTERNAL):
    # One per crane: encoders, load cell and anemometer on the crane.
    sensors = tm.add(tg.Device("Crane sensor unit", fleet=True))
    # Fixed cameras on site looking at the hooks and loads.
    cameras = tm.add(tg.Device("Site camera", fleet=True))

    with tm.boundary("Crane", trust=tg.Trust.RESTRICTED):
        # The manufacturer's control system that drives slew, trolley and hoist motors.
        crane_plc = tm.add(
            tg.Device(
                "Crane PLC and drives",
                fleet=True,
                controls={
                    c.SafetyLimits(
                        limits="built-in load moment limiter and slew, trolley and hoist limit switches"
                    )
                },
            )
        )
        # Operators sit in the cab and drive the crane.
        operator = tm.add(tg.Actor("Crane operator", role="operator"))
        # Shows approach warnings and active slow-downs to the operator.
        cab_display = tm.add(tg.Device("Cab display", fleet=True))

with tm.boundary("Site office", trust=tg.Trust.INTERNAL):
    # Plans lifts and maintains the crane geometry and zones.
    coordinator = tm.add(tg.Actor("Lifting coordinator", role="lifting coordinator"))
    # Console where the coordinator edits the site configuration.
    config_store = tm.add(
        tg.DataStore(
            "Site crane configuration",
            stores={site_config},
            controls={c.Authentication(method="site user accounts")},
        )
    )
    # Locates hooks and loads in camera frames.
    detector = tm.add(tg.Model("Load detection model", task=tg.Task.DETECTOR))
    # Estimates time to contact for each crane pair from fused positions.
    predictor = tm.add(
        tg.Model(
            "Collision prediction model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            controls={c.ModelVersioning()},
        )
    )
    # Edge gateway: fuses telemetry and detections, applies the thresholds, sends commands.
    supervisor = tm.add(
        tg.Service(
            "Anti-collision supervisor",
            description="Runs on the site edge gateway; stop below 5 s to contact, slow below 15 s.",
        )
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Long-term telemetry, for incident review and retraining.
    historian = tm.add(tg.DataStore("Telemetry historian", stores={telemetry, training_data}))
    # Retrains the prediction model on telemetry from all sites.
    training = tm.add(
        tg.Pipeline(
            "Prediction model training",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="replayed near-miss scenarios before release")},
        )
    )
    # Released model versions the gateways download.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Builds and releases the models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Sensing
tm.flow(sensors, supervisor, telemetry, protocol="mqtt")
tm.flow(cameras, detector, video, protocol="rtsp")
tm.flow(detector, supervisor, load_detections)
tm.flow(config_store, supervisor, site_config)
tm.flow(supervisor, predictor, crane_state)
tm.flow(predictor, supervisor, prediction)

# Acting
tm.flow(supervisor, crane_plc, commands, protocol="modbus", label="slow-down and stop")
tm.flow(
    crane_plc, supervisor, telemetry, protocol="modbus", label="drive state and acknowledgements"
)
tm.flow(supervisor, cab_display, warnings, protocol="mqtt")
tm.flow(cab_display, operator, warnings)
tm.flow(operator, crane_plc, operator_input, label="joysticks in the cab")

# Configuration
tm.flow(coordinator, config_store, site_config, protocol="https")
tm.flow(config_store, coordinator, site_config, protocol="https")

# Cloud
tm.flow(supervisor, historian, telemetry, prediction, protocol="https", label="upload")
tm.flow(historian, training, training_data)
tm.flow(ml_engineer, training, label="launches and reviews runs")
tm.flow(training, registry, model_file)
tm.flow(registry, predictor, model_file, protocol="https", label="gateway downloads release")
