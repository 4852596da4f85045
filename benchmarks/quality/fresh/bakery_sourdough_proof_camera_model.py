"""Sourdough proof camera model: the first design, before any security review.

An industrial bakery proves sourdough on racks in walk-in provers before baking.
Today a baker judges each rack by eye; this design puts IP cameras in the provers
and an in-house vision model on an edge box on the plant OT network. The model
combines frames with prover temperature and humidity (read from the line PLC) and
the recipe's proof window from the recipe system, and rates each rack under-proofed,
ready or over-proofed. When a rack is ready, the edge service tells the transfer PLC
to move it to the oven; the PLC only moves racks when the oven is at temperature and
the transfer path is clear. Operators see each rack's status on the line HMI and can
hold or force a move. If the model or camera is down the line falls back to the
recipe's fixed proof timer. Sampled frames go to a cloud bucket, where head bakers
label them; a cloud training job retrains the model, and an ML engineer releases
versioned ONNX models that the edge box pulls over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sourdough proof camera model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Camera model that judges dough proofing in the prover and tells the line "
        "when to move racks to the oven."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Prover camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Video frames of dough on the racks inside the prover.",
)
climate = tg.Data("Prover climate readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
recipe = tg.Data(
    "Recipe proof windows",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Minimum and maximum proof time and target climate per product.",
)
proof_verdict = tg.Data(
    "Proof verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Under-proofed, ready or over-proofed per rack, with a confidence.",
)
transfer_command = tg.Data(
    "Rack transfer command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
rack_status = tg.Data("Rack position and transfer status", kind="records")
drive_signal = tg.Data("Conveyor drive signals", kind="records")
operator_hold = tg.Data("Operator hold or forced move", kind="records")
sampled_frames = tg.Data(
    "Sampled frames", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
proof_labels = tg.Data(
    "Proof labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Proof model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # IP cameras mounted inside each prover, looking at the racks.
    cameras = tm.add(tg.Device("Prover cameras", fleet=True))
    # Recipe management system: proof windows per product.
    recipes = tm.add(
        tg.DataSource("Recipe management system", origin=tg.Origin.INTERNAL, provides={recipe})
    )
    # Edge box service: grabs frames, runs the model, decides when to transfer.
    edge = tm.add(
        tg.Service(
            "Proof inference service",
            description="Runs on an industrial PC beside the provers; falls back to the "
            "recipe's fixed proof timer when cameras or model give no verdict.",
        )
    )
    # The vision model that rates the proof of each rack.
    model = tm.add(
        tg.Model(
            "Proof level model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="CNN over frames plus prover climate; a wrong call scraps a batch.",
        )
    )
    # The operators' panel for the prover and oven line.
    hmi = tm.add(
        tg.Service(
            "Line HMI",
            controls={c.Authentication(method="operator's own RFID badge at the panel")},
        )
    )
    # Runs the line and watches the racks.
    operator = tm.add(tg.Actor("Line operator", role="production operator"))

    with tm.boundary("Line control zone", trust=tg.Trust.RESTRICTED):
        # Existing PLC that moves racks from prover to oven and reads prover climate.
        plc = tm.add(
            tg.Service(
                "Prover-to-oven transfer PLC",
                controls={
                    c.SafetyLimits(
                        limits="PLC moves a rack only when the oven is at set temperature "
                        "and the transfer path is clear; hardwired e-stops"
                    )
                },
            )
        )
        # The rack conveyor the PLC drives.
        conveyor = tm.add(tg.Device("Rack transfer conveyor", fleet=False))

with tm.boundary("Bakery cloud account", trust=tg.Trust.INTERNAL):
    # Bucket of sampled frames and their labels, the training set.
    frame_set = tm.add(
        tg.Dataset(
            "Labelled frame set",
            stores={sampled_frames, proof_labels},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Web labelling tool where head bakers rate sampled frames.
    labelling = tm.add(
        tg.Pipeline(
            "Frame labelling tool",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="company SSO")},
        )
    )
    # Retrains the model on the labelled frames and exports ONNX.
    training = tm.add(
        tg.Pipeline("Proof model training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds released model versions the edge box pulls.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={
                c.ModelVersioning(),
                c.RBAC(note="only the ML engineers' group can promote"),
            },
        )
    )

with tm.boundary("Bakery office network", trust=tg.Trust.INTERNAL):
    # Bakers who know what a ready sourdough looks like.
    head_baker = tm.add(tg.Actor("Head baker", role="labeller"))
    # Trains and releases the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# inference on the line
tm.flow(cameras, edge, frames, protocol="rtsp")
tm.flow(plc, edge, climate, rack_status, protocol="opc-ua")
tm.flow(recipes, edge, recipe, protocol="https")
tm.flow(edge, model, frames, climate)
tm.flow(model, edge, proof_verdict)
tm.flow(edge, plc, transfer_command, protocol="opc-ua")
tm.flow(plc, conveyor, drive_signal, label="hardwired")
tm.flow(edge, hmi, proof_verdict, protocol="opc-ua")
tm.flow(plc, hmi, rack_status, protocol="opc-ua")
tm.flow(hmi, plc, operator_hold, protocol="opc-ua")
tm.flow(operator, hmi, operator_hold, label="on the panel")
tm.flow(hmi, operator, proof_verdict, rack_status, label="on the panel")

# learning loop
tm.flow(edge, frame_set, sampled_frames, protocol="https", label="hourly upload")
tm.flow(frame_set, labelling, sampled_frames)
tm.flow(head_baker, labelling, proof_labels, protocol="https")
tm.flow(labelling, head_baker, sampled_frames, protocol="https")
tm.flow(labelling, frame_set, proof_labels)
tm.flow(frame_set, training, sampled_frames, proof_labels)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, protocol="https", label="promotes a version")
tm.flow(registry, model, weights, protocol="https", label="edge box pulls on release")
