"""Coin strike defect camera model: the first design, before any security review.

A camera rig at the exit of each coining press photographs both faces of every struck
coin, circulating or commemorative. An edge inference station on the coining hall's
plant network runs an in-house detector for strike defects (weak strikes, die cracks,
clipped or off-centre blanks); on a defect verdict it tells the reject diverter PLC to
flip the coin into the reject bin, and the PLC diverts any coin left without a verdict.
The MES tells the station which programme and die set is running and gets defect counts
per batch. Images of diverted coins and a sample of passed ones go to an image store in
the mint's data centre, where quality inspectors confirm or correct each verdict in a
labelling app (AD sign-in). Their labels feed a monthly retraining job; versions are kept
in a model registry and reach the presses only after the quality manager approves them.
Commemorative designs are under embargo until their unveiling.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coin strike defect camera model",
    profile=tg.RiskProfile.HIGH,
    description="Camera-based strike defect detection and automatic diversion on the "
    "coining presses, retrained from the quality team's inspections.",
)

# ---------------------------------------------------------------- data assets
coin_images = tg.Data(
    "Struck coin images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Obverse and reverse images of every coin; commemorative designs are "
    "embargoed until unveiled.",
)
programme = tg.Data(
    "Coin programme and die set",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which coin design, denomination and die set the press is striking.",
)
verdict = tg.Data("Defect verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
divert = tg.Data(
    "Divert command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
batch_counts = tg.Data(
    "Defect counts per batch", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
review_images = tg.Data(
    "Diverted and sampled coin images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
labels = tg.Data(
    "Inspection labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Defect class confirmed or corrected by a quality inspector per image.",
)
weights = tg.Data("Defect detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_config = tg.Data(
    "Retraining run configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Coining hall plant network", trust=tg.Trust.RESTRICTED):
    # Industrial cameras and lighting at each press exit: the eyes of the system.
    cameras = tm.add(
        tg.Device(
            "Press exit cameras",
            fleet=True,
            description="Two area-scan cameras per press, one per coin face.",
        )
    )
    # Runs the detector next to the press, so a verdict arrives within the coin's travel time.
    edge = tm.add(
        tg.Service(
            "Edge inference station",
            description="Industrial PC per press line; runs the detector and drives the diverter.",
        )
    )
    # The model itself: an in-house convolutional detector for strike defects.
    detector = tm.add(
        tg.Model(
            "Strike defect detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Flags weak strikes, die cracks, clipped and off-centre blanks; "
            "its verdict diverts coins with no one looking at them first.",
        )
    )
    # The PLC that moves the reject flap; it holds the only actuator the model reaches.
    diverter = tm.add(
        tg.Service(
            "Reject diverter PLC",
            description="Flips a coin into the reject bin on a divert command.",
            controls={
                c.FailClosed(
                    fallback="a coin with no verdict within 150 ms is diverted to the reject bin"
                )
            },
        )
    )

with tm.boundary("Mint data centre", trust=tg.Trust.INTERNAL):
    # Tracks which programme each press strikes and collects quality counts per batch.
    mes = tm.add(
        tg.Service(
            "Manufacturing execution system",
            description="The mint's MES: production orders, batches and die changes.",
        )
    )
    # Keeps diverted-coin images and a sample of passed ones for review and retraining.
    image_store = tm.add(
        tg.DataStore(
            "Inspection image store",
            stores={review_images, labels},
            controls={c.RBAC(note="AD groups for the quality team and ML engineers")},
        )
    )
    # Where inspectors confirm or correct each verdict against the physical coin.
    labelling = tm.add(
        tg.Pipeline(
            "Inspection labelling app",
            stage=tg.Stage.LABELING,
            controls={c.Authentication(method="corporate Active Directory sign-in")},
        )
    )
    # Curated images with confirmed labels that the detector is retrained on.
    training_set = tm.add(tg.Dataset("Strike defect training set", stores={review_images, labels}))
    # Monthly retraining on the GPU server; PyTorch, exported to ONNX for the edge.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Holds every trained detector version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes an approved version to the edge stations in a press stoppage window.
    deploy = tm.add(
        tg.Pipeline(
            "Edge model rollout",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="the quality manager")},
        )
    )

with tm.boundary("Mint office network", trust=tg.Trust.INTERNAL):
    # Quality inspectors examine diverted coins at the bench and label their images.
    inspector = tm.add(tg.Actor("Quality inspector", role="quality team"))
    # Signs off each new detector version before it reaches the presses.
    quality_manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))
    # Builds and retrains the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, coin_images, protocol="gige-vision")
tm.flow(mes, edge, programme, protocol="opc-ua", label="programme and die change")
tm.flow(edge, detector, coin_images, programme)
tm.flow(detector, edge, verdict)
tm.flow(edge, diverter, divert, protocol="profinet")
tm.flow(edge, mes, batch_counts, protocol="opc-ua")
tm.flow(edge, image_store, review_images, protocol="https", label="diverted and sampled images")

tm.flow(image_store, labelling, review_images)
tm.flow(labelling, inspector, review_images, protocol="https")
tm.flow(inspector, labelling, labels, protocol="https")
tm.flow(labelling, image_store, labels)
tm.flow(image_store, training_set, review_images, labels, label="monthly export")
tm.flow(ml_engineer, training, run_config, protocol="ssh", label="starts retraining")
tm.flow(training_set, training, review_images, labels)
tm.flow(training, registry, weights)
tm.flow(registry, deploy, weights)
tm.flow(quality_manager, deploy, approval, protocol="https", label="approves release")
tm.flow(deploy, edge, weights, protocol="https", label="rollout in stoppage window")
