"""Yarn defect vision on the spinning frames of a wool mill: the first design.

Line-scan cameras on each ring spinning frame watch the yarn running to the
spindles. A vision inference box beside each group of frames runs an in-house
detector for twist and thickness defects (thin and thick places, slubs, under-
and over-twist). When it finds one it tells the frame's PLC over Modbus to stop
that spindle; the frame's andon display shows the spinner which spindle stopped
and why, and the spinner mends the yarn and restarts it at the frame. The PLC only
takes spindle-stop commands from the box. Defect events go to the mill's MES for
shift reports, and image clips to an archive on the mill server, where quality
technicians label them. The detector is retrained on the mill server from those
labels, starting from a public pretrained backbone; it is evaluated on held-out
clips, versioned in a registry, and the process engineer approves each release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wool mill yarn defect vision",
    profile=tg.RiskProfile.LOW,
    description="Camera-based twist and thickness defect detection that stops spindles "
    "for the spinner to mend.",
)

# ---------------------------------------------------------------- data assets
yarn_images = tg.Data("Yarn line images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
defect_verdict = tg.Data(
    "Defect verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Defect type, position and confidence per spindle.",
)
stop_command = tg.Data(
    "Spindle stop command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
spindle_status = tg.Data("Spindle status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stop_alert = tg.Data("Stopped spindle alert", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
restart = tg.Data("Spindle restart", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
defect_events = tg.Data(
    "Defect events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Frame, spindle, time, defect type; used for shift and lot quality reports.",
)
defect_clips = tg.Data("Defect image clips", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained backbone weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="pickle",
    description="ImageNet-pretrained PyTorch checkpoint.",
)
model_artifact = tg.Data(
    "Defect model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the pretrained backbone for training is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Spinning hall OT network", trust=tg.Trust.INTERNAL):
    # Line-scan cameras, one per frame side, looking at the yarn above the spindles.
    cameras = tm.add(tg.Device("Yarn line cameras", fleet=True))
    # Industrial PC beside each group of frames: grabs images and runs the detector.
    box = tm.add(
        tg.Service(
            "Vision inference box",
            description="Runs the detector on the camera stream and sends stop commands.",
        )
    )
    # The detector itself, loaded on the inference box.
    detector = tm.add(
        tg.Model(
            "Yarn twist and thickness defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN over line-scan images; flags thin and thick places, slubs "
            "and twist faults per spindle.",
        )
    )
    # The ring spinning frame's controller, which stops individual spindles.
    plc = tm.add(
        tg.Service(
            "Spinning frame PLC",
            controls={
                c.SafetyLimits(
                    limits="PLC accepts only spindle-stop commands from the box; "
                    "restart is only by the spinner at the frame"
                )
            },
        )
    )
    # Light and display at the frame end showing which spindle stopped and why.
    andon = tm.add(tg.Device("Frame andon display", fleet=True))
    # Tends the frames, mends broken or faulty yarn, restarts spindles.
    spinner = tm.add(tg.Actor("Spinner", role="spinner"))

with tm.boundary("Mill office network", trust=tg.Trust.INTERNAL):
    # Manufacturing execution system: shift and lot quality reports.
    mes = tm.add(tg.Service("Mill MES"))
    # Signs off each new detector version before it goes to the frames.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))
    # Labels archived defect clips as true defects, false alarms or defect types.
    technician = tm.add(tg.Actor("Quality technician", role="quality technician"))

    with tm.boundary("Mill server", trust=tg.Trust.INTERNAL):
        # File share of image clips saved around each detection.
        archive = tm.add(tg.DataStore("Defect image archive", stores={defect_clips}))
        # Web labeling tool on the server.
        labeling = tm.add(tg.Pipeline("Defect labeling tool", stage=tg.Stage.LABELING))
        # Labeled clips the detector is trained and evaluated on.
        train_set = tm.add(tg.Dataset("Labeled defect set", stores={defect_clips, labels}))
        # Retraining on the server's GPU, with held-out evaluation.
        training = tm.add(
            tg.Pipeline(
                "Detector training",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out clip set must not regress")},
            )
        )
        # Versioned detector models; the box pulls the approved one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={
                    c.ModelVersioning(note="each version kept; boxes can roll back"),
                    c.HumanInTheLoop(approver="the process engineer"),
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(cameras, box, yarn_images, protocol="gige-vision")
tm.flow(box, detector, yarn_images)
tm.flow(detector, box, defect_verdict)
tm.flow(box, plc, stop_command, protocol="modbus")
tm.flow(plc, box, spindle_status, protocol="modbus")
tm.flow(plc, andon, stop_alert, label="hardwired signal")
tm.flow(andon, spinner, stop_alert, label="on the panel")
tm.flow(spinner, plc, restart, label="by hand at the frame")

tm.flow(box, mes, defect_events, protocol="opc-ua")
tm.flow(box, archive, defect_clips, protocol="smb")
tm.flow(archive, labeling, defect_clips)
tm.flow(labeling, technician, defect_clips, protocol="https")
tm.flow(technician, labeling, labels, protocol="https")
tm.flow(labeling, train_set, defect_clips, labels)
tm.flow(train_set, training, defect_clips, labels)
tm.flow(hub, training, backbone, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(engineer, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, box, model_artifact, protocol="ssh", label="deploy approved version")
tm.flow(box, detector, model_artifact, label="load")
