"""Chocolatier tempering line: bloom camera and setpoint adjuster, first design.

A camera over the exit of the cooling tunnel photographs every tray of bars. An
edge vision box on the production floor runs a bloom detector (an open-weights
vision backbone we fine-tuned on our own bar photos) and reports the share of
bars showing fat bloom. A setpoint adjuster turns that bloom rate, with the
machine's own temperature readings, into small changes to the tempering
machine's crystallisation and reheating setpoints, and writes them to the
machine's PLC over Modbus. It never leaves the band the head chocolatier sets
per recipe in the line dashboard; anything outside is clamped. Flagged photos
go to a NAS in the office, where the head chocolatier labels them, and a
monthly training job on the office workstation produces a new ONNX model that
the edge box pulls from a versioned model folder. The machine maker can open
a VPN into the line network for maintenance under its service contract.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Chocolatier tempering line bloom camera",
    profile=tg.RiskProfile.LOW,
    description=(
        "Camera-based fat-bloom detection that nudges tempering machine setpoints "
        "within limits set by the head chocolatier."
    ),
)

# ---------------------------------------------------------------- data assets
bar_images = tg.Data(
    "Bar tray images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top-down photos of each tray leaving the cooling tunnel.",
)
detections = tg.Data(
    "Bloom detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-bar bloom boxes and the tray's bloom rate.",
)
telemetry = tg.Data(
    "Tempering machine readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bowl, cooling and reheating temperatures and current setpoints.",
)
setpoints = tg.Data(
    "Setpoint adjustments",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
limits = tg.Data(
    "Recipe setpoint limits",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-recipe min/max temperatures; they reveal our tempering curves.",
)
labels = tg.Data("Bloom labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Bloom detector model", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
maintenance = tg.Data(
    "Remote maintenance session",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The machine maker's engineer's VPN session to the PLC.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Production floor network", trust=tg.Trust.INTERNAL):
    # Industrial camera above the cooling tunnel exit; the only source of images.
    camera = tm.add(tg.Device("Tunnel exit camera", fleet=False))
    # Fanless PC next to the line that decodes the stream and hosts the detector.
    edge_box = tm.add(
        tg.Service(
            "Edge vision box",
            description="Grabs frames, runs the detector, forwards bloom rates and flagged photos.",
        )
    )
    # The fine-tuned detector that decides whether a bar shows fat bloom.
    detector = tm.add(
        tg.Model(
            "Bloom detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights vision backbone fine-tuned on our labelled bar photos.",
        )
    )
    # Turns bloom rates into setpoint changes; the only writer of setpoints besides the panel.
    adjuster = tm.add(
        tg.Service(
            "Setpoint adjuster",
            description="Small proportional steps towards less bloom, at most one per tray.",
            controls={
                tg.controls.SafetyLimits(
                    limits="adjuster clamps every setpoint to the recipe's min/max band"
                )
            },
        )
    )
    # The tempering machine's own PLC, which runs the machine on the setpoints it holds.
    plc = tm.add(tg.Service("Tempering machine PLC"))
    # Line operator who watches the dashboard on the floor tablet and can stop the line.
    operator = tm.add(tg.Actor("Line operator", role="operator"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Small web app: bloom trends for everyone, limit editing for the head chocolatier.
    dashboard = tm.add(
        tg.Endpoint(
            "Line dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="individual staff accounts with password"),
                tg.controls.RBAC(note="only the head chocolatier role can edit limits"),
            },
        )
    )
    # Holds the per-recipe bands the adjuster must stay inside.
    limits_store = tm.add(tg.DataStore("Recipe limits database", stores={limits}))
    # NAS share where flagged photos are kept for labelling and retraining.
    archive = tm.add(tg.DataStore("Image archive NAS", stores={bar_images}))
    # Browser labelling tool the head chocolatier uses to mark bloom on archived photos.
    labeling = tm.add(tg.Pipeline("Bloom labelling tool", stage=tg.Stage.LABELING))
    # The curated set of labelled photos the detector is fine-tuned on.
    dataset = tm.add(tg.Dataset("Labelled bloom photos", stores={bar_images, labels}))
    # Monthly fine-tuning run on the office GPU workstation.
    training = tm.add(tg.Pipeline("Detector fine-tuning job", stage=tg.Stage.TRAINING))
    # Versioned folder of exported models that the edge box pulls from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model folder",
            stores={weights},
            controls={tg.controls.ModelVersioning(note="edge box pins a named version")},
        )
    )
    # Sets the recipe limits, labels photos and decides when a new model goes live.
    head = tm.add(tg.Actor("Head chocolatier", role="head chocolatier", privileged=True))

with tm.boundary("Machine maker", trust=tg.Trust.PARTNER):
    # The tempering machine maker's service desk, reaching the PLC for maintenance.
    vendor = tm.add(tg.ExternalService("Machine maker remote maintenance"))

# ---------------------------------------------------------------- flows
# inference and control loop
tm.flow(camera, edge_box, bar_images, protocol="rtsp")
tm.flow(edge_box, detector, bar_images)
tm.flow(detector, edge_box, detections)
tm.flow(edge_box, adjuster, detections)
tm.flow(plc, adjuster, telemetry, protocol="modbus")
tm.flow(adjuster, plc, setpoints, protocol="modbus")
tm.flow(limits_store, adjuster, limits, label="limits for the running recipe")

# dashboard and limits
tm.flow(edge_box, dashboard, detections, protocol="https")
tm.flow(adjuster, dashboard, setpoints, telemetry, protocol="https", label="adjustment log")
tm.flow(dashboard, operator, detections, setpoints, protocol="https")
tm.flow(dashboard, head, detections, setpoints, limits, protocol="https")
tm.flow(head, dashboard, limits, protocol="https", label="edits recipe limits")
tm.flow(dashboard, limits_store, limits)

# retraining
tm.flow(edge_box, archive, bar_images, protocol="smb", label="flagged and sampled photos")
tm.flow(archive, labeling, bar_images)
tm.flow(labeling, head, bar_images, protocol="https")
tm.flow(head, labeling, labels, protocol="https")
tm.flow(labeling, dataset, bar_images, labels)
tm.flow(dataset, training, bar_images, labels)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, protocol="smb", label="pulled by the edge box")

# maintenance
tm.flow(vendor, plc, maintenance, protocol="ipsec", label="vendor VPN into the line")
tm.flow(plc, vendor, telemetry, protocol="ipsec")
