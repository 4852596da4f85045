"""Container X-ray anomaly detection for customs: the first design.

The customs service scans import containers in drive-through X-ray portals at
the port's terminals. A new anomaly service pairs each scan with the customs
declaration for the same container (declared goods, HS codes, weights) and asks
an in-house vision model whether the image is consistent with the declared
cargo. Containers the model flags go into an inspection worklist with a heatmap;
a customs officer reviews each one on the inspection console and decides
whether to open it. Officers record what they found, and image analysts turn
these outcomes into annotated labels for monthly retraining on the ML platform.
Declarations come from customs brokers through the existing declaration system
on the internet, signed in with qualified certificates. Scans travel from the
portals to the data centre over SFTP; the scan store is encrypted; officers
sign in to the console with their staff smart card, and their actions are logged.
The service operates in an EU member state, so declarations fall under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Customs container X-ray anomaly detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags container X-ray scans that do not match the declared cargo.",
)

# ---------------------------------------------------------------- data assets
declaration = tg.Data(
    "Customs declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Declarant, consignee, declared goods, HS codes, weights, origin.",
)
scan = tg.Data(
    "Container X-ray scan",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
cargo_features = tg.Data(
    "Declared cargo features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
anomaly_flag = tg.Data(
    "Anomaly score and heatmap", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
case = tg.Data(
    "Inspection case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Container number, declaration summary, anomaly score and heatmap.",
)
outcome = tg.Data(
    "Inspection outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the container was opened and what was found or seized.",
)
labels = tg.Data(
    "Annotated scan labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Anomaly model weights",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint.",
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Customs brokers lodge declarations on behalf of importers.
    broker = tm.add(tg.Actor("Customs broker", role="declarant"))

with tm.boundary("Port scanning sites", trust=tg.Trust.INTERNAL):
    # Drive-through X-ray portals at each terminal; the vendor workstation exports scans.
    scanners = tm.add(tg.Device("X-ray scanner portals", fleet=True))

with tm.boundary("Customs data centre", trust=tg.Trust.INTERNAL):
    # Existing declaration system; the source of what the cargo is said to be.
    declarations = tm.add(
        tg.Service(
            "Declaration system",
            controls={c.Authentication(method="qualified electronic certificate (eIDAS)")},
        )
    )
    # Archive of every scan, keyed by container number.
    scan_store = tm.add(
        tg.DataStore(
            "Scan image store",
            stores={scan},
            controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
        )
    )
    # Pairs each new scan with its declaration, calls the model and opens cases.
    anomaly_service = tm.add(
        tg.Service(
            "Anomaly scoring service",
            controls={c.HumanInTheLoop(approver="customs officer decides on physical inspection")},
        )
    )
    # Vision model comparing the image against the declared cargo.
    model = tm.add(
        tg.Model(
            "Container anomaly model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN over the scan image conditioned on declared HS codes and weight.",
        )
    )
    # Worklist of flagged containers and their outcomes.
    case_queue = tm.add(tg.DataStore("Inspection worklist", stores={case, outcome}))
    # Web app where officers review flagged scans and record outcomes.
    console = tm.add(
        tg.Service(
            "Inspection console",
            controls={
                c.Authentication(method="staff smart card (PKI) with PIN"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Analysts annotate anomalies on scans using officers' inspection outcomes.
        labeling = tm.add(tg.Pipeline("Scan annotation", stage=tg.Stage.LABELING))
        # Labelled scans the model is trained on.
        dataset = tm.add(
            tg.Dataset(
                "Labelled scan dataset", stores={scan, labels}, controls={c.DataVersioning()}
            )
        )
        # Monthly retraining on the GPU cluster with a hold-out evaluation.
        training = tm.add(
            tg.Pipeline(
                "Training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out detection rate and false-alarm rate")},
            )
        )
        # Versioned checkpoints; the scoring service loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Customs office network", trust=tg.Trust.INTERNAL):
    # Reviews flagged scans and decides whether a container is opened.
    officer = tm.add(tg.Actor("Customs officer", role="inspection officer"))
    # Annotates scans for training.
    analyst = tm.add(tg.Actor("Image analyst", role="image analyst"))
    # Builds and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(broker, declarations, declaration, protocol="https")
tm.flow(declarations, anomaly_service, declaration, protocol="https", label="lookup by container")

tm.flow(scanners, scan_store, scan, protocol="sftp")
tm.flow(scan_store, anomaly_service, scan, label="new scans")

tm.flow(anomaly_service, model, scan, cargo_features)
tm.flow(model, anomaly_service, anomaly_flag)
tm.flow(anomaly_service, case_queue, case, label="flagged containers")

tm.flow(case_queue, console, case)
tm.flow(scan_store, console, scan)
tm.flow(console, officer, case, scan, protocol="https")
tm.flow(officer, console, outcome, protocol="https")
tm.flow(console, case_queue, outcome)

tm.flow(case_queue, labeling, outcome, label="monthly export")
tm.flow(scan_store, labeling, scan, label="monthly export")
tm.flow(labeling, analyst, scan, outcome, protocol="https")
tm.flow(analyst, labeling, labels, protocol="https")
tm.flow(labeling, dataset, scan, labels)

tm.flow(dataset, training, scan, labels)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, release, label="promotes version")
tm.flow(registry, model, weights, label="load promoted version")
