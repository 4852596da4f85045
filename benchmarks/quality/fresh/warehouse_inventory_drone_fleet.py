"""Warehouse inventory drone fleet: the first design, before any security review.

Autonomous indoor drones fly the warehouse aisles at night, after picking stops.
Each drone reads pallet barcodes with its camera and RFID tags with an on-board
reader; an on-board vision model finds and decodes the labels, and the drone
uploads location-by-location counts to the warehouse management system (WMS)
over HTTPS with its per-drone API key. A fleet manager on the site's edge server
takes the locations due for counting from the WMS, plans flights against the
warehouse layout and pushes flight plans over a TLS WebSocket on the warehouse
Wi-Fi; it also distributes new vision-model versions from the ML registry and
drone firmware from the drone vendor. Sampled images go to a cloud bucket where
ML engineers label them and a training pipeline retrains the model, which must
pass evaluation before it is registered. Stock adjustments from large
discrepancies wait for an inventory clerk's approval in the WMS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Warehouse inventory drone fleet",
    profile=tg.RiskProfile.HIGH,
    description="Night-time drone cycle counts feeding the WMS, with on-board vision models.",
)

# ---------------------------------------------------------------- data assets
labels = tg.Data(
    "Pallet barcodes and RFID tags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Printed labels and tag IDs applied by suppliers and our receiving team.",
)
frames = tg.Data("Camera frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
decoded = tg.Data("Decoded label reads", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
counts = tg.Data(
    "Inventory counts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
count_tasks = tg.Data("Count tasks", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
flight_plan = tg.Data(
    "Flight plans",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Waypoints, altitudes and aisle order for one night's mission.",
)
layout = tg.Data("Warehouse layout map", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
telemetry = tg.Data("Drone telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
model_pkg = tg.Data(
    "Vision model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
firmware = tg.Data("Drone firmware", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
sample_images = tg.Data(
    "Sampled aisle images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Low-confidence frames kept for retraining; night-shift staff can be in frame.",
)
image_labels = tg.Data("Image annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
stock = tg.Data(
    "Stock records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
discrepancies = tg.Data(
    "Count discrepancies", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
adjustment = tg.Data(
    "Adjustment approvals", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
mission = tg.Data("Mission schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
release = tg.Data("Model rollout approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Inbound goods", trust=tg.Trust.PARTNER):
    # What the drones read: labels and tags put on pallets by suppliers and receiving.
    pallet_labels = tm.add(
        tg.DataSource("Pallet labels and tags", origin=tg.Origin.PARTNER, provides={labels})
    )

with tm.boundary("Warehouse Wi-Fi", trust=tg.Trust.INTERNAL):
    # The fleet itself: vendor airframes with our counting software, WPA2-Enterprise drone SSID.
    drones = tm.add(
        tg.Device(
            "Inventory drones",
            fleet=True,
            description="About 20 drones per site; charge and idle on docks during the day.",
            controls={c.Authentication(method="per-drone API key")},
        )
    )
    # Finds and decodes barcodes and tags in each frame, on the drone's GPU.
    vision = tm.add(
        tg.Model(
            "On-board vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Detector fine-tuned in-house from an open-weights base.",
        )
    )

with tm.boundary("Site edge servers", trust=tg.Trust.INTERNAL):
    # Plans flights, schedules missions, pushes plans, models and firmware to the fleet.
    fleet_manager = tm.add(
        tg.Service(
            "Fleet manager",
            description="Web UI for operators, planner, and the drones' WebSocket hub.",
            controls={c.Authentication(method="Active Directory"), c.RBAC(), c.AuditLogging()},
        )
    )
    # Layout, no-fly zones and the generated flight plans.
    layout_store = tm.add(tg.DataStore("Layout and plan store", stores={layout, flight_plan}))

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # The WMS integration API the drones and the fleet manager call.
    wms_api = tm.add(
        tg.Endpoint(
            "WMS inventory API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="API keys"),
                c.SchemaEnforcement(note="count payload schema"),
                c.HumanInTheLoop(approver="inventory clerk", above="10 cases per location"),
            },
        )
    )
    # The system of record for stock.
    wms_db = tm.add(tg.DataStore("WMS database", stores={stock}, controls={c.DataVersioning()}))

with tm.boundary("ML cloud account", trust=tg.Trust.INTERNAL):
    # Bucket of sampled frames and their annotations.
    image_set = tm.add(tg.Dataset("Aisle image dataset", stores={sample_images, image_labels}))
    # Retrains the detector and evaluates it on held-out aisles.
    training = tm.add(
        tg.Pipeline(
            "Vision training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out aisle evaluation before registering")},
        )
    )
    # Versions of the on-board model that the fleet manager can roll out.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_pkg}, controls={c.ModelVersioning()})
    )

with tm.boundary("Drone vendor", trust=tg.Trust.PARTNER):
    # Publishes flight-controller and autopilot firmware.
    vendor = tm.add(tg.ExternalService("Drone vendor update portal"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Schedules missions and watches the fleet.
    operator = tm.add(tg.Actor("Fleet operator", role="operator", privileged=True))
    # Approves stock adjustments from large discrepancies.
    clerk = tm.add(tg.Actor("Inventory clerk", role="inventory control"))
    # Labels images, trains and releases models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pallet_labels, drones, labels, label="camera and RFID reads")
tm.flow(drones, vision, frames, protocol="local")
tm.flow(vision, drones, decoded, protocol="local")
tm.flow(
    drones,
    vision,
    model_pkg,
    protocol="local",
    label="installs model update",
    id="drones-install-model",
)

tm.flow(wms_api, fleet_manager, count_tasks, protocol="https")
tm.flow(wms_db, wms_api, stock, count_tasks)
tm.flow(layout_store, fleet_manager, layout, flight_plan)
tm.flow(fleet_manager, layout_store, flight_plan)
tm.flow(operator, fleet_manager, mission, protocol="https")
tm.flow(fleet_manager, operator, telemetry, protocol="https")
tm.flow(fleet_manager, drones, flight_plan, protocol="wss")
tm.flow(drones, fleet_manager, telemetry, protocol="wss")

tm.flow(drones, wms_api, counts, protocol="https")
tm.flow(wms_api, wms_db, counts, adjustment)
tm.flow(wms_api, clerk, discrepancies, protocol="https")
tm.flow(clerk, wms_api, adjustment, protocol="https")

tm.flow(drones, fleet_manager, sample_images, protocol="wss", id="drones->fleet-manager-images")
tm.flow(fleet_manager, image_set, sample_images, protocol="https")
tm.flow(ml_engineer, image_set, image_labels, protocol="https")
tm.flow(image_set, training, sample_images, image_labels)
tm.flow(training, registry, model_pkg)
tm.flow(registry, fleet_manager, model_pkg, protocol="https")
tm.flow(ml_engineer, fleet_manager, release, protocol="https")
tm.flow(fleet_manager, drones, model_pkg, protocol="https", id="fleet-manager->drones-model")
tm.flow(vendor, fleet_manager, firmware, protocol="https")
tm.flow(fleet_manager, drones, firmware, protocol="https", id="fleet-manager->drones-firmware")
