"""Plant nursery irrigation and disease vision: the first design, before any security review.

A commercial pot-plant nursery runs camera gantries over its greenhouse benches.
Images go to an edge GPU server in the greenhouse, where a leaf-disease detector
flags infected plants. A dosing planner (rules plus the detector's output, no
LLM) turns detections and the controller's sensor readings into irrigation and
fungicide setpoints, which it writes to the greenhouse climate and irrigation
controller over OPC UA; the controller drives the dosing pumps over Modbus.
Irrigation changes apply automatically; a fungicide change waits until a grower
confirms the alert on a tablet, and confirmed alerts become training labels for
monthly retraining in the nursery's cloud account. The dosing vendor maintains
the controller remotely through its own remote-access gateway on the OT network.
Growers sign in to the tablet app with a username and password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plant nursery irrigation and disease vision",
    profile=tg.RiskProfile.HIGH,
    description="Vision-driven disease detection that adjusts irrigation and fungicide dosing.",
)

# ---------------------------------------------------------------- data assets
images = tg.Data("Leaf images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Disease detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bench, plant position, disease class and confidence.",
)
telemetry = tg.Data(
    "Greenhouse sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Substrate moisture, EC, pH, temperature, humidity, tank levels.",
)
setpoints = tg.Data(
    "Irrigation and dosing setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_commands = tg.Data(
    "Pump and valve commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data("Disease alert", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data(
    "Grower confirmation",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_set = tg.Data(
    "Labelled leaf image set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned detector.",
)
controller_config = tg.Data(
    "Controller configuration and firmware",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Greenhouse OT network", trust=tg.Trust.INTERNAL):
    # Cameras on the moving gantries, photographing each bench.
    cameras = tm.add(tg.Device("Gantry cameras", fleet=True))
    # Edge service that pulls frames and runs the detector on them.
    ingest = tm.add(
        tg.Service(
            "Image ingest service", description="Pulls frames per bench, tiles and queues them."
        )
    )
    # The vision model that finds diseased leaves.
    detector = tm.add(
        tg.Model(
            "Leaf disease detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Open-weights object detector fine-tuned on our own crops.",
        )
    )
    # Local storage for recent images and detections.
    image_store = tm.add(tg.DataStore("Edge image store", stores={images, detections}))
    # Decides irrigation and fungicide changes from detections and sensor data.
    planner = tm.add(
        tg.Service(
            "Dosing planner",
            description="Rules over detections and sensor readings; writes setpoints.",
            controls={
                c.HumanInTheLoop(
                    approver="grower on duty",
                    note="fungicide changes only; irrigation changes apply automatically",
                )
            },
        )
    )
    # Serves alerts to the growers' tablets and takes their confirmations.
    alert_api = tm.add(
        tg.Endpoint(
            "Grower alert API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )
    # Vendor's climate and irrigation controller for the greenhouse.
    controller = tm.add(
        tg.Service(
            "Greenhouse irrigation controller",
            description="Vendor controller running irrigation, fertigation and fungicide dosing.",
            controls={c.ConfigValidation(note="vendor-configured min/max limits on each setpoint")},
        )
    )
    # Injection pumps and valves that dose water and fungicide to the benches.
    pumps = tm.add(tg.Service("Fungicide dosing pumps and valves"))
    # Vendor-supplied box that gives the vendor's engineers remote access.
    remote_gateway = tm.add(
        tg.Service(
            "Vendor remote-access gateway",
            description="Vendor appliance on the OT network with an outbound tunnel to the vendor.",
        )
    )

with tm.boundary("Nursery Wi-Fi", trust=tg.Trust.INTERNAL):
    # Growers walking the greenhouse.
    grower = tm.add(tg.Actor("Grower", role="grower"))
    # Shared tablets the growers carry.
    tablet = tm.add(tg.Device("Grower tablet", fleet=True))

with tm.boundary("Nursery cloud account", trust=tg.Trust.INTERNAL):
    # Images with confirmed labels, kept for retraining.
    dataset = tm.add(tg.Dataset("Labelled image dataset", stores={training_set}))
    # Monthly fine-tuning job run by the nursery's data contractor.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Where trained checkpoints are kept and pulled to the edge server.
    registry = tm.add(
        tg.ModelRegistry("Model bucket", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Dosing vendor", trust=tg.Trust.PARTNER):
    # The vendor's service engineers, who maintain the controller.
    vendor_engineer = tm.add(
        tg.Actor("Vendor service engineer", role="maintenance", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, images, protocol="rtsp")
tm.flow(ingest, detector, images)
tm.flow(detector, ingest, detections)
tm.flow(ingest, image_store, images, detections)

tm.flow(controller, planner, telemetry, protocol="opc-ua")
tm.flow(ingest, planner, detections)
tm.flow(planner, controller, setpoints, protocol="opc-ua")
tm.flow(controller, pumps, pump_commands, protocol="modbus")
tm.flow(pumps, controller, telemetry, protocol="modbus", label="pump status")

tm.flow(planner, alert_api, alert)
tm.flow(alert_api, tablet, alert, images, protocol="https")
tm.flow(grower, tablet, confirmation)
tm.flow(tablet, alert_api, confirmation, protocol="https")
tm.flow(alert_api, planner, confirmation, label="confirmed fungicide change")

tm.flow(image_store, dataset, images, detections, protocol="https", label="nightly upload")
tm.flow(alert_api, dataset, confirmation, protocol="https")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, protocol="https", label="pulled by the edge server")

tm.flow(
    vendor_engineer, remote_gateway, controller_config, protocol="https", label="remote session"
)
tm.flow(remote_gateway, controller, controller_config, label="engineering software session")
tm.flow(controller, remote_gateway, telemetry, label="diagnostics")
