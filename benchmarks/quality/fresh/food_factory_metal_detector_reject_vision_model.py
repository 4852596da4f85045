"""Reject bin vision model for a food factory: the first design, before any security review.

Packs that the metal detector or the X-ray machine on a packing line reject drop onto
a reject inspection station. There a camera photographs each pack, and an edge
inference service on the line PC combines the photo with the X-ray image and the
reject reason and asks an in-house vision model whether the pack is rework (a false
reject, such as a mislabelled or underweight pack) or waste. The service commands the
reject sort conveyor to the rework or the waste chute, shows each decision on the QA
review station and writes it to the decision log kept for food safety audits. If the
model errors or is unsure, the pack goes to waste, and the conveyor's own PLC logic
sends a pack to waste unless a rework command arrives. QA technicians label logged
images; the data science team retrains in the company cloud tenant and an ML engineer
releases each new model version, which the line PC pulls from the model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food factory reject vision model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Vision model that decides whether packs rejected by the metal detector and "
        "X-ray lines are rework or waste."
    ),
)

# ---------------------------------------------------------------- data assets
md_events = tg.Data(
    "Metal detector reject events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line, time, pack id and signal strength of each metal detector reject.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
xray_images = tg.Data(
    "X-ray reject images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="X-ray image of the rejected pack with the machine's reject reason.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pack_photos = tg.Data(
    "Reject pack photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
model_input = tg.Data(
    "Pack image tensors",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photo and X-ray image, resized and stacked, with the reject reason.",
)
decision = tg.Data(
    "Rework or waste decision",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Class and confidence for each rejected pack.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sort_command = tg.Data(
    "Sort command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
decision_records = tg.Data(
    "Reject decision records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Decision, images, batch and line, kept as due-diligence evidence.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
qa_disposition = tg.Data(
    "QA disposition",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Technician's confirmation or override of a decision.",
)
batch_counts = tg.Data("Batch waste and rework counts", kind="records")
labels = tg.Data(
    "Reject image labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_images = tg.Data(
    "Labelled reject images", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Reject classifier weights",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
release = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Factory OT network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Packing line cell", trust=tg.Trust.INTERNAL):
        # Rejects packs with a metal signal; tells us which pack and why.
        metal_detector = tm.add(tg.Device("Metal detector", fleet=False))
        # Rejects packs with foreign bodies or bad fill; exports its image of each reject.
        xray = tm.add(tg.Device("X-ray inspection machine", fleet=False))
        # Photographs each pack as it arrives at the reject inspection station.
        camera = tm.add(tg.Device("Reject station camera", fleet=False))
        # Moves each pack to the rework or the waste chute on command.
        sorter = tm.add(
            tg.Device(
                "Reject sort conveyor",
                fleet=False,
                controls={
                    c.SafetyLimits(
                        limits="conveyor PLC routes every pack to the waste chute unless a "
                        "rework command for that pack arrives within 5 seconds"
                    )
                },
            )
        )
        # The line PC that gathers inputs, calls the model and acts on its answer.
        edge = tm.add(
            tg.Service(
                "Edge inference service",
                description="Runs on the line PC; pulls new model versions from the registry.",
                controls={
                    c.FailClosed(
                        fallback="pack sent to waste when the model errors, times out or "
                        "scores below the confidence threshold"
                    )
                },
            )
        )
        # The vision model itself, served in the edge service's process.
        model = tm.add(
            tg.Model(
                "Reject pack classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="CNN over the photo and X-ray image; a pack sent to rework goes back on the line.",
            )
        )
    # Touchscreen PC at the reject station where QA see and confirm decisions.
    qa_station = tm.add(
        tg.Service(
            "QA review station",
            controls={c.Authentication(method="Windows domain account per technician")},
        )
    )
    # QA technicians who own reject dispositions and label images.
    qa_tech = tm.add(tg.Actor("QA technician", role="quality assurance"))

with tm.boundary("Site IT network", trust=tg.Trust.INTERNAL):
    # Due-diligence record of every reject decision, for BRCGS audits.
    decision_log = tm.add(
        tg.DataStore(
            "Reject decision log",
            stores={decision_records, qa_disposition},
            controls={c.DataVersioning(note="nightly backup")},
        )
    )
    # Manufacturing execution system: batch records and yield.
    mes = tm.add(tg.Service("Manufacturing execution system"))

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Web labelling tool where QA label logged images.
    labelling = tm.add(tg.Pipeline("Image labelling", stage=tg.Stage.LABELING))
    # The growing set of labelled reject images.
    dataset = tm.add(
        tg.Dataset(
            "Reject image dataset",
            stores={training_images, labels},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys"), c.RBAC()},
        )
    )
    # Retrains the classifier and checks it on a held-out set before registering it.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="recall on contaminated packs measured on a holdout set")
            },
        )
    )
    # Holds released model versions that the line PC downloads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Data science team member who releases each new model version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# inputs at the reject station
tm.flow(metal_detector, edge, md_events, protocol="opc-ua")
tm.flow(xray, edge, xray_images, protocol="smb", label="image export share")
tm.flow(camera, edge, pack_photos, protocol="gige-vision")

# the decision
tm.flow(edge, model, model_input)
tm.flow(model, edge, decision)
tm.flow(edge, sorter, sort_command, protocol="profinet")

# QA review and records
tm.flow(edge, qa_station, decision, pack_photos, xray_images, protocol="https")
tm.flow(qa_tech, qa_station, qa_disposition, label="touchscreen")
tm.flow(qa_station, qa_tech, decision, label="on the panel")
tm.flow(qa_station, decision_log, qa_disposition, protocol="https")
tm.flow(edge, decision_log, decision_records, protocol="https")
tm.flow(edge, mes, batch_counts, protocol="https")

# labelling and retraining
tm.flow(decision_log, labelling, decision_records, protocol="https", label="nightly export")
tm.flow(qa_tech, labelling, labels, protocol="https")
tm.flow(labelling, dataset, training_images, labels)
tm.flow(dataset, training, training_images, labels)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release, protocol="https", label="approves release")
tm.flow(registry, edge, model_artifact, protocol="https", label="model update")
