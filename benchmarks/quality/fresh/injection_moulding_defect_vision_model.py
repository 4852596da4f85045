"""Moulding defect inspection: the first design, before any security review.

A plastics moulding plant puts a camera over the ejection chute of each of its
injection moulding machines. An industrial PC at each cell runs an in-house
defect detection model on every shot and flags short shots, flash and sink marks;
a hard-wired output tells the machine controller to divert the part to the reject
bin. If the inspection PC's heartbeat stops, the controller sends every part to a
quarantine bin for manual checking. The cell PC reads the machine's process values
over Euromap 77 (OPC UA) and forwards defect events to a process setting advisor
on the plant IT network, which ranks setting changes (hold pressure, melt
temperature, injection speed) within the approved process window held in the MES.
Suggestions appear on a dashboard on the cell's panel PC; the setter decides and
types any change on the machine HMI, and confirms or overrides rejects. Reject
images go to a file share, quality engineers label them, and a training server
retrains the model; versioned ONNX exports are pulled by the cell PCs at shift change.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Moulding defect inspection",
    profile=tg.RiskProfile.LOW,
    description="Camera-based reject of defective moulded parts, with process setting "
    "suggestions for the setter.",
)

# ---------------------------------------------------------------- data assets
part_images = tg.Data("Part images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
process_values = tg.Data(
    "Machine process values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cycle time, injection pressure, hold pressure, melt and mould temperatures.",
)
reject_signal = tg.Data(
    "Reject signal",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
defect_events = tg.Data(
    "Defect events",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Defect class, confidence, shot number and the process values of that shot.",
)
reject_images = tg.Data("Reject images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
production_order = tg.Data(
    "Production order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Part number, mould and material running on the machine.",
)
reject_counts = tg.Data("Reject counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
process_window = tg.Data(
    "Approved process window",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Released min/max settings per part and mould, from process engineering.",
)
suggestion = tg.Data(
    "Setting change suggestion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
setting_change = tg.Data(
    "Machine setting change", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation = tg.Data("Reject confirmations", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Defect model export",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="onnx",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor OT network", trust=tg.Trust.INTERNAL):
    # One camera per machine, over the ejection chute.
    camera = tm.add(tg.Device("Cell camera", description="GigE area camera with ring light."))
    # Industrial PC per cell: runs the detector and talks to the machine.
    cell_pc = tm.add(
        tg.Service(
            "Cell inspection PC",
            description="Runs the defect model on every shot; loads the model for the "
            "part number in the production order.",
        )
    )
    # The detector itself.
    detector = tm.add(
        tg.Model(
            "Defect detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="CNN that flags short shots, flash and sink marks on each part.",
        )
    )
    # The moulding machine's own controller and HMI; it drives the reject diverter.
    machine = tm.add(
        tg.Service(
            "Moulding machine controller",
            description="Machine builder's controller with HMI and reject diverter.",
            controls={
                c.FailClosed(
                    fallback="parts go to the quarantine bin when the inspection PC heartbeat stops"
                )
            },
        )
    )
    # Runs the machines on the shift; acts on suggestions and confirms rejects.
    setter = tm.add(tg.Actor("Setter", role="machine setter"))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Source of the production order and the released process window.
    mes = tm.add(tg.Service("MES", description="Manufacturing execution system."))
    # Ranks setting changes to fix the defects being seen.
    advisor = tm.add(
        tg.Model(
            "Process setting advisor",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Ranks candidate setting changes for the current defect pattern, "
            "within the approved process window.",
            controls={
                c.HumanInTheLoop(approver="the setter, who types any change on the machine HMI")
            },
        )
    )
    # What the setter sees on the cell's panel PC.
    dashboard = tm.add(
        tg.Endpoint(
            "Setter dashboard",
            purpose=tg.EndpointPurpose.API,
            description="Web page on the cell panel PC: defects, suggestions, reject review.",
            controls={c.Authentication(method="shared shift account on the cell panel PC")},
        )
    )
    # Windows file share the cell PCs copy reject images to.
    image_store = tm.add(
        tg.DataStore("Inspection image share", stores={reject_images, confirmation})
    )
    # Quality engineers label reject images here.
    labeling = tm.add(tg.Pipeline("Defect labeling tool", stage=tg.Stage.LABELING))
    # Labels the images and signs off new models.
    quality_engineer = tm.add(tg.Actor("Quality engineer", role="quality engineer"))
    # Images plus labels for each training run.
    dataset = tm.add(
        tg.Dataset(
            "Defect training set",
            stores={reject_images, labels},
            controls={c.DataVersioning(note="snapshot per training run")},
        )
    )
    # GPU server that retrains and exports the detector.
    training = tm.add(
        tg.Pipeline(
            "Detector training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="hold-out recall per defect class, signed off by a quality engineer"
                )
            },
        )
    )
    # Versioned model exports the cell PCs pull.
    registry = tm.add(
        tg.ModelRegistry(
            "Model repository",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(camera, cell_pc, part_images, protocol="gige-vision")
tm.flow(cell_pc, detector, part_images)
tm.flow(detector, cell_pc, reject_signal)
tm.flow(machine, cell_pc, process_values, protocol="opc-ua", label="Euromap 77")
tm.flow(cell_pc, machine, reject_signal, label="hard-wired 24 V reject output")
tm.flow(mes, cell_pc, production_order, protocol="https")
tm.flow(cell_pc, mes, reject_counts, protocol="https")

tm.flow(cell_pc, advisor, defect_events, protocol="https")
tm.flow(mes, advisor, process_window, protocol="https")
tm.flow(advisor, dashboard, suggestion)
tm.flow(dashboard, setter, suggestion, defect_events, protocol="https")
tm.flow(setter, dashboard, confirmation, protocol="https")
tm.flow(setter, machine, setting_change, label="typed on the machine HMI")

tm.flow(cell_pc, image_store, reject_images, protocol="smb")
tm.flow(dashboard, image_store, confirmation, protocol="smb")
tm.flow(image_store, labeling, reject_images, confirmation, protocol="smb")
tm.flow(quality_engineer, labeling, labels, protocol="https")
tm.flow(labeling, dataset, reject_images, labels)
tm.flow(dataset, training, reject_images, labels)
tm.flow(training, registry, weights)
tm.flow(quality_engineer, registry, approval, label="signs off release")
tm.flow(registry, cell_pc, weights, protocol="https", label="pulled at shift change")
