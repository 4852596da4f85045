"""Wall panel defect inspection: the first design, before any security review.

A timber frame house factory builds wall panels on a line: studs are laid out and
sheathing is nailed by the nailing bridge. At the inspection station after the bridge,
overhead cameras photograph every panel; an edge server on the line network runs an
in-house detector that compares nail rows and stud positions with the panel's CAM nail
plan and flags missing, misplaced or proud nails and misplaced studs. The line PLC
only moves a panel on to the stacker on a pass signal; a flagged panel stays at the
station and the line operator fixes it and releases it from the HMI, which the line
signs in to with a shared operator PIN. Results go to the quality database for the
house's traceability record, and images to an image store. A QA engineer labels
images; a training job on the office network fine-tunes a detector from public
pretrained weights, and a model that passes the held-out test is copied to the edge
server from the registry. The camera integrator supports the edge server remotely.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wall panel defect inspection",
    profile=tg.RiskProfile.HIGH,
    description="Vision model that holds timber frame wall panels with nail or stud "
    "placement errors before they leave the line.",
)

# ---------------------------------------------------------------- data assets
panel_images = tg.Data(
    "Panel images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Stitched overhead camera frames of each panel at the inspection station.",
)
nail_plan = tg.Data(
    "Panel nail plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Stud layout and nail rows per panel, exported from the CAD/CAM system.",
)
detections = tg.Data(
    "Nail and stud defect detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boxes and classes for missing, misplaced or proud nails and misplaced studs.",
)
verdict = tg.Data(
    "Panel pass or hold verdict",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
release = tg.Data(
    "Operator panel release",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The operator's confirmation that a held panel was fixed.",
)
inspection_record = tg.Data(
    "Panel inspection record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Panel id, house project, verdict, defects found and any operator release.",
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
base_weights = tg.Data(
    "Pretrained detector weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
model_artifact = tg.Data(
    "Panel defect model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
support_session = tg.Data("Integrator remote support session", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Factory line network", trust=tg.Trust.INTERNAL):
    # Four overhead cameras above the inspection station.
    cameras = tm.add(
        tg.Device("Overhead inspection cameras", description="GigE Vision area cameras.")
    )
    # Runs capture, stitching and inference next to the line.
    edge = tm.add(
        tg.Service(
            "Inspection edge server",
            description="Industrial PC that stitches frames, runs the detector and compares "
            "detections with the nail plan.",
        )
    )
    # The detector: nail heads, nail rows and studs in the panel image.
    detector = tm.add(
        tg.Model(
            "Panel defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned object detector for nail and stud placement defects.",
        )
    )
    # Moves panels on to the stacker only when told they passed or were released.
    plc = tm.add(
        tg.Service(
            "Line transfer PLC",
            controls={
                tg.controls.FailClosed(
                    fallback="a panel without a pass or an operator release stays at the "
                    "inspection station"
                )
            },
        )
    )
    # Screen at the rework position showing the flagged spots on the panel.
    hmi = tm.add(
        tg.Endpoint(
            "Rework station HMI",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="shared line operator PIN")},
        )
    )
    # Fixes flagged panels and releases them.
    operator = tm.add(tg.Actor("Line operator", role="operator"))

with tm.boundary("Factory office network", trust=tg.Trust.INTERNAL):
    # Design office CAM server: the source of each panel's nail plan.
    cam_server = tm.add(tg.DataStore("CAM production data server", stores={nail_plan}))
    # Per-panel traceability for the house record and warranty claims.
    quality_db = tm.add(
        tg.DataStore(
            "Quality database",
            stores={inspection_record},
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    # Every inspected panel's images, kept for labelling and disputes.
    image_store = tm.add(tg.DataStore("Inspection image store", stores={panel_images}))
    # Labelled images the detector is trained and tested on.
    dataset = tm.add(tg.Dataset("Labelled panel image set", stores={panel_images, labels}))
    # Fine-tunes the detector on a GPU workstation.
    training = tm.add(
        tg.Pipeline(
            "Detector training job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                tg.controls.ModelValidation(
                    note="recall on missing nails checked on a held-out set before registering"
                )
            },
        )
    )
    # Holds the model versions that may go to the line.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Labels defects and looks after the model.
    qa_engineer = tm.add(tg.Actor("QA engineer", role="quality engineer", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the pretrained detector weights are downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Camera integrator", trust=tg.Trust.PARTNER):
    # The integrator who installed the cameras supports the edge server remotely.
    integrator = tm.add(tg.ExternalService("Integrator remote support"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, panel_images, protocol="gige-vision")
tm.flow(cam_server, edge, nail_plan, protocol="smb", label="nail plan per panel")
tm.flow(edge, detector, panel_images)
tm.flow(detector, edge, detections)
tm.flow(edge, plc, verdict, protocol="opc-ua")
tm.flow(edge, hmi, detections, verdict)
tm.flow(hmi, operator, detections, label="flagged spots on the panel")
tm.flow(operator, hmi, release, label="on the panel at the rework station")
tm.flow(hmi, plc, release, protocol="opc-ua")

tm.flow(edge, quality_db, inspection_record, protocol="https")
tm.flow(edge, image_store, panel_images, protocol="smb")

tm.flow(image_store, qa_engineer, panel_images, protocol="https")
tm.flow(qa_engineer, dataset, labels, panel_images, protocol="https")
tm.flow(hub, training, base_weights, protocol="https")
tm.flow(dataset, training, panel_images, labels)
tm.flow(training, registry, model_artifact)
tm.flow(qa_engineer, registry, model_artifact, label="approves a version for the line")
tm.flow(registry, edge, model_artifact, protocol="smb", label="copied to the edge server")

tm.flow(integrator, edge, support_session, protocol="teamviewer")
