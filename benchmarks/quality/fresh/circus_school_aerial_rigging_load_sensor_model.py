"""Circus school aerial rigging load monitor: the first design, before any security review.

Every aerial rigging point in the training hall (trapeze, silks, lyra, straps) hangs
from a load cell. The cells are wired over RS-485 to a gateway on a small edge server
in the hall, which streams their readings to an in-house model that flags abnormal
static loads and shock loading (a drop, a swing into a point, a slipping anchor)
during classes. A safety monitor combines the model's verdict with each point's rated
load and tonight's class plan; it buzzes the instructor's wearable and, for a severe
event, locks the motorised winch that raises and lowers the apparatus. The winch's own
overload limiter and brake stay in place, and only the head rigger can reset a lock,
with a key switch at the winch. The head rigger sets point ratings, thresholds and
class plans (with performers' body weights) through a web dashboard from the office.
An outside integrator retrains the model from nightly exports of readings and ships
versioned ONNX files back to the edge server.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Circus school aerial rigging load monitor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Detects abnormal and shock loads on aerial rigging points during classes, "
        "alerts the instructor and can lock the motorised winch."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Load cell readings",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Load in kN per rigging point, sampled at 200 Hz.",
)
load_verdict = tg.Data(
    "Load anomaly verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per point: normal, abnormal static load or shock load, with a score.",
)
safety_alert = tg.Data("Safety alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
acknowledgement = tg.Data(
    "Alert acknowledgement and stop request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The instructor acknowledges an alert or presses stop on the wearable.",
)
lock_command = tg.Data(
    "Winch lock command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
winch_status = tg.Data("Winch status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
lock_reset = tg.Data("Winch lock reset", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
rig_config = tg.Data(
    "Rigging point ratings and thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
class_plan = tg.Data(
    "Class plans with performer weights",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which student is on which apparatus tonight, and their body weight.",
)
reading_history = tg.Data(
    "Reading and alert history", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
training_export = tg.Data(
    "Labelled reading export",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Nightly windows of readings, with the alerts the rigger confirmed or dismissed.",
)
model_file = tg.Data("Load model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Training hall", trust=tg.Trust.INTERNAL):
    # One cell per rigging point, wired to the gateway; the only view of the loads.
    load_cells = tm.add(tg.Device("Rigging load cells", fleet=True))
    # Raises and lowers the apparatus; the one actuator the system can lock.
    winch = tm.add(
        tg.Device(
            "Motorised winch controller",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits=(
                        "manufacturer's overload limiter and brake stop the winch above its "
                        "rated load; a lock holds until a key-switch reset at the winch"
                    )
                )
            },
        )
    )
    # Wrist unit each instructor wears during class: buzzes on alerts, has a stop button.
    wearable = tm.add(tg.Device("Instructor wearable", fleet=True))
    # Runs the class and is the first to react to an alert.
    instructor = tm.add(tg.Actor("Aerial instructor", role="instructor"))

    with tm.boundary("Rigging edge server", trust=tg.Trust.RESTRICTED):
        # Polls the cells and timestamps readings for the model and the history.
        gateway = tm.add(tg.Service("Rigging sensor gateway"))
        # In-house detector of abnormal and shock loads, run locally for low latency.
        load_model = tm.add(
            tg.Model(
                "Load anomaly model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="A 1-D convolutional network over 2-second windows of readings.",
            )
        )
        # Decides what to do with a verdict: alert the instructor, lock the winch.
        monitor = tm.add(
            tg.Service(
                "Rigging safety monitor",
                description="Alerts on any abnormal verdict; locks the winch on shock loads.",
            )
        )
        # Point ratings, thresholds and class plans that the monitor checks against.
        config_store = tm.add(
            tg.DataStore("Rigging configuration store", stores={rig_config, class_plan})
        )
        # Time series of readings and alerts, for incident review and retraining.
        history = tm.add(tg.DataStore("Reading history store", stores={reading_history}))
        # Where the head rigger maintains the configuration and reviews alerts.
        dashboard = tm.add(
            tg.Endpoint(
                "Rigging dashboard",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="staff e-mail and password"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("School office network", trust=tg.Trust.INTERNAL):
    # Responsible for the rig: ratings, inspections, lock resets.
    rigger = tm.add(tg.Actor("Head rigger", role="rigging supervisor", privileged=True))

with tm.boundary("Integrator ML workspace", trust=tg.Trust.PARTNER):
    # The integrator retrains the model on the school's exported readings.
    training = tm.add(
        tg.Pipeline(
            "Load model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="replayed against recorded past incidents")},
        )
    )
    # Keeps each released model version for the edge server to pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Integrator model registry", stores={model_file}, controls={c.ModelVersioning()}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(load_cells, gateway, readings, protocol="modbus", label="RS-485 polling")
tm.flow(gateway, load_model, readings)
tm.flow(gateway, history, readings, reading_history)
tm.flow(load_model, monitor, load_verdict)
tm.flow(config_store, monitor, rig_config, class_plan)
tm.flow(monitor, wearable, safety_alert, protocol="ble")
tm.flow(wearable, monitor, acknowledgement, protocol="ble")
tm.flow(instructor, wearable, acknowledgement, label="button press on the wearable")
tm.flow(wearable, instructor, safety_alert, label="vibration and display on the wearable")
tm.flow(monitor, winch, lock_command, protocol="modbus", label="Modbus TCP on the hall LAN")
tm.flow(winch, monitor, winch_status, protocol="modbus", label="Modbus TCP on the hall LAN")
tm.flow(monitor, history, reading_history, label="alerts and lock events")

tm.flow(rigger, dashboard, rig_config, class_plan, protocol="https")
tm.flow(dashboard, rigger, reading_history, rig_config, protocol="https")
tm.flow(dashboard, config_store, rig_config, class_plan)
tm.flow(config_store, dashboard, rig_config, class_plan)
tm.flow(history, dashboard, reading_history)
tm.flow(rigger, winch, lock_reset, label="in person key-switch reset at the winch")

tm.flow(history, training, training_export, protocol="sftp", label="nightly export")
tm.flow(training, registry, model_file)
tm.flow(registry, load_model, model_file, protocol="https", label="pull released version")
