"""Loom fault acoustic model: the first design, before any security review.

The weaving shed has 180 looms. A contact microphone on each loom streams audio to an
edge inference service on the plant's OT network, which also reads each loom's state
(running, speed, style) from the loom controllers over OPC UA. The service cuts the
audio into windows, computes spectrogram features and runs an in-house acoustic model
that predicts shuttle and heddle faults. A fault held for several windows raises a
maintenance ticket in our SaaS CMMS through its REST API, and the audio clip behind it
is uploaded to an archive in our cloud ML workspace. When technicians close a ticket
they record a fault code; a nightly labelling job joins those codes to the clips, and
the reliability engineer retrains the model on the labelled set. Trained models go to a
registry as ONNX files and reach the edge only after the engineer approves a release.
Traffic leaving the plant is TLS; the microphone streams and OPC UA stay unencrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Loom fault acoustic model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Acoustic detection of shuttle and heddle faults on weaving looms, raising "
        "maintenance tickets in the plant's CMMS."
    ),
)

# ---------------------------------------------------------------- data assets
audio = tg.Data(
    "Loom audio stream",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="16 kHz audio per loom; the shed noise dominates, but voices near the "
    "loom can be picked up.",
)
loom_state = tg.Data(
    "Loom state readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Running or stopped, picks per minute, warp style, stop codes.",
)
features = tg.Data("Acoustic features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Fault prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fault class (shuttle, heddle, none) and confidence per window.",
)
ticket = tg.Data(
    "Maintenance ticket",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Loom number, suspected fault, confidence and a link to the clip.",
)
ticket_ack = tg.Data("Ticket acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Flagged audio clips",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Thirty seconds of audio around each ticket and a sample of normal running.",
)
closure = tg.Data(
    "Ticket closure with fault code",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the technician found and fixed, and the technician's name.",
)
labels = tg.Data(
    "Fault labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled clip set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data(
    "Loom fault model (ONNX)", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Weaving shed OT network", trust=tg.Trust.INTERNAL):
    # One contact microphone per loom, streaming continuously.
    microphones = tm.add(tg.Device("Loom contact microphones"))
    # The looms' PLCs, read for context so stopped looms raise nothing.
    loom_plcs = tm.add(tg.Device("Loom controllers", description="PLC per loom, OPC UA server."))
    # Windows the audio, computes features, calls the model and raises tickets.
    edge_service = tm.add(
        tg.Service(
            "Edge inference service",
            description="Industrial PC in the shed; raises a ticket when a fault persists "
            "for five consecutive windows.",
        )
    )
    # The acoustic fault detector, served on the edge PC.
    fault_model = tm.add(
        tg.Model(
            "Loom fault model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Small CNN on log-mel spectrograms.",
        )
    )

with tm.boundary("CMMS vendor", trust=tg.Trust.PARTNER):
    # Where the plant's maintenance work is planned and recorded.
    cmms = tm.add(
        tg.ExternalService(
            "CMMS",
            description="SaaS maintenance management system used by the whole plant.",
            controls={c.Authentication(method="per-integration API key")},
        )
    )

with tm.boundary("Plant network", trust=tg.Trust.INTERNAL):
    # Works the tickets and records what was actually wrong.
    technician = tm.add(tg.Actor("Maintenance technician", role="technician"))
    # Owns the model: trains it and approves releases to the edge.
    engineer = tm.add(tg.Actor("Reliability engineer", role="ml engineer", privileged=True))

with tm.boundary("Cloud ML workspace", trust=tg.Trust.INTERNAL):
    # Keeps the clips behind tickets for labelling.
    clip_archive = tm.add(tg.DataStore("Audio clip archive", stores={clips}))
    # Joins technicians' fault codes to the clips.
    labelling = tm.add(tg.Pipeline("Nightly labelling job", stage=tg.Stage.LABELING))
    # The labelled clips the model is trained on.
    dataset = tm.add(
        tg.Dataset(
            "Labelled training set",
            stores={training_set, labels},
            controls={c.DataVersioning()},
        )
    )
    # Retrains the model on the labelled set when the engineer runs it.
    training = tm.add(tg.Pipeline("Training pipeline", stage=tg.Stage.TRAINING))
    # Versions of the model, ready for release.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_file}, controls={c.ModelVersioning()})
    )
    # Ships an approved version to the edge inference service.
    deploy = tm.add(
        tg.Pipeline(
            "Edge release job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="reliability engineer")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# inference on the shed floor
tm.flow(microphones, edge_service, audio, protocol="rtsp")
tm.flow(loom_plcs, edge_service, loom_state, protocol="opc-ua")
tm.flow(edge_service, fault_model, features)
tm.flow(fault_model, edge_service, prediction)

# tickets
tm.flow(edge_service, cmms, ticket, protocol="https", controls={tls})
tm.flow(cmms, edge_service, ticket_ack, protocol="https", controls={tls})
tm.flow(cmms, technician, ticket, protocol="https", controls={tls})
tm.flow(technician, cmms, closure, protocol="https", controls={tls})

# labelling and retraining
tm.flow(edge_service, clip_archive, clips, protocol="https", controls={tls})
tm.flow(cmms, labelling, closure, protocol="https", controls={tls}, label="closed tickets export")
tm.flow(clip_archive, labelling, clips)
tm.flow(labelling, dataset, training_set, labels)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, model_file)

# release to the edge
tm.flow(engineer, deploy, release_approval, protocol="https", controls={tls})
tm.flow(registry, deploy, model_file)
tm.flow(
    deploy, fault_model, model_file, protocol="https", controls={tls}, label="edge pulls release"
)
