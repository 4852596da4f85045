"""Weld defect classification from ultrasonic scans: the first design.

NDT technicians in the naval dockyard's fabrication shop scan butt and fillet
welds on hull and pressure-hull sections with phased-array ultrasonic (PAUT)
instruments. Each instrument writes its scan files to a network share on the
shop-floor network, where an ingest service files them in the scan archive and
passes them to an inference service. An in-house convolutional classifier labels
each indication (crack, lack of fusion, porosity, slag or acceptable) with a
confidence. NDT inspectors review every weld in a review application, signed in
with their dockyard smartcard, and a Level 3 inspector signs the disposition that
goes to the weld quality records in the dockyard data centre. Confirmed labels
and monthly scan exports feed a labelled dataset; a training pipeline in the ML
workspace fine-tunes a backbone downloaded from a public model hub, and an ML
engineer promotes versioned checkpoints from the registry to the shop floor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dockyard weld defect ultrasound model",
    profile=tg.RiskProfile.HIGH,
    description="Classifies PAUT weld scans for defects; inspectors sign every disposition.",
)

# ---------------------------------------------------------------- data assets
job = tg.Data(
    "Weld inspection job",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weld id, hull section, weld procedure and probe set-up.",
)
scans = tg.Data(
    "Ultrasonic weld scans",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="A-, B- and C-scan data files of hull welds (OFFICIAL-SENSITIVE).",
)
classification = tg.Data(
    "Defect classification",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-indication defect class and confidence.",
)
disposition = tg.Data(
    "Weld disposition",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Accept, repair or reject, signed by the inspector.",
)
labels = tg.Data(
    "Confirmed defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
backbone = tg.Data(
    "Pretrained backbone weights", sensitivity=tg.Sensitivity.PUBLIC, format="pickle"
)
checkpoint = tg.Data(
    "Defect model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where the ImageNet-pretrained backbone the classifier starts from is downloaded.
    hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Fabrication shop network", trust=tg.Trust.INTERNAL):
    # The person who sets up and runs each weld scan.
    technician = tm.add(tg.Actor("NDT technician", role="ndt technician"))
    # Several PAUT instruments on the shop floor produce the scans.
    scanner = tm.add(tg.Device("PAUT flaw detector", fleet=True))
    # Picks scan files up from the share, files them and asks for a classification.
    ingest = tm.add(tg.Service("Scan ingest service"))
    # Shop-floor file server keeping every raw scan for the life of the vessel.
    archive = tm.add(tg.DataStore("Scan archive", stores={scans}))
    # Runs the current model on each new scan on the shop-floor GPU server.
    inference = tm.add(
        tg.Endpoint("Defect inference service", purpose="inference", returns_scores=True)
    )
    # The classifier itself: indications that are missed could end up in a hull.
    model = tm.add(
        tg.Model(
            "Weld defect classifier",
            task="classifier",
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="CNN over C-scan images; fine-tuned from a public backbone.",
        )
    )
    # Where inspectors see scans beside the model's calls and record the disposition.
    review = tm.add(
        tg.Service(
            "Inspection review app",
            controls={
                c.Authentication(method="dockyard smartcard and PIN"),
                c.RBAC(note="only Level 2 and Level 3 inspectors can disposition"),
                c.HumanInTheLoop(approver="Level 3 NDT inspector"),
            },
        )
    )
    # Qualified inspector who reviews and signs each weld.
    inspector = tm.add(tg.Actor("NDT inspector", role="level 3 ndt inspector"))

with tm.boundary("Dockyard data centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("Quality systems", trust=tg.Trust.RESTRICTED):
        # System of record for weld quality, evidence for the classification society.
        quality = tm.add(
            tg.DataStore(
                "Weld quality records",
                stores={disposition},
                controls={c.AuditLogging(), c.RBAC()},
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Scans with the labels inspectors confirmed, snapshotted per training run.
        dataset = tm.add(
            tg.Dataset(
                "Labelled weld scan set",
                stores={scans, labels},
                controls={c.DataVersioning(note="DVC snapshot per training run")},
            )
        )
        # Fine-tunes the backbone and scores it on a held-out set before registering.
        training = tm.add(
            tg.Pipeline(
                "Training pipeline",
                stage="training",
                third_party_packages=True,
                controls={c.ModelValidation(note="held-out recall per defect class")},
            )
        )
        # Keeps every trained checkpoint by version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={checkpoint}, controls={c.ModelVersioning()})
        )
        # Trains models and decides which version goes to the shop floor.
        ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(technician, scanner, job, label="entered on the instrument")
tm.flow(scanner, ingest, scans, protocol="smb", label="scan file share")
tm.flow(ingest, archive, scans, protocol="smb")
tm.flow(ingest, inference, scans, protocol="https")
tm.flow(inference, model, scans)
tm.flow(model, inference, classification)
tm.flow(inference, review, classification, protocol="https")
tm.flow(archive, review, scans, protocol="smb")
tm.flow(review, inspector, scans, classification, protocol="https")
tm.flow(inspector, review, disposition, labels, protocol="https")
tm.flow(review, quality, disposition, protocol="https")

tm.flow(review, dataset, labels, protocol="https")
tm.flow(archive, dataset, scans, protocol="https", label="monthly export")
tm.flow(hub, training, backbone, protocol="https")
tm.flow(dataset, training, scans, labels)
tm.flow(training, registry, checkpoint)
tm.flow(ml_engineer, registry, approval, protocol="https", label="approves promotion")
tm.flow(registry, model, checkpoint, protocol="https", label="deploy to shop floor")
