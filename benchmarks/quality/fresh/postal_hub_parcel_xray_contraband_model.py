"""Parcel X-ray contraband screening at the international sorting hub: first design.

Inbound international parcels pass through an X-ray tunnel on the sorting line at
the national postal operator's hub. The sorter reads each parcel's barcode and an
ingest service pairs it with the X-ray image; an in-house vision model scores the
image for likely contraband (drugs, weapons, lithium batteries). A screening
service combines the score with the electronic advance declaration received from
the sending postal operator and, above a threshold, tells the sorter to divert
the parcel to the customs inspection lane. Customs officers stationed at the hub
see flagged parcels on an inspection console, open them and record the outcome.
Declarations and flags go to the customs authority's risk system, which can send
back parcels it wants held. Images and outcomes are archived and feed periodic
retraining on the ML platform; new models are promoted through a model registry.
Controls in this design: smart-card sign-in and roles on the console, officer
inspection before any seizure, versioned models with an evaluation gate.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Postal hub parcel X-ray contraband screening",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Vision model flags likely contraband in inbound international parcels; "
        "flagged parcels are diverted to customs for inspection."
    ),
)

# ---------------------------------------------------------------- data assets
xray_images = tg.Data(
    "Parcel X-ray images",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Dual-energy X-ray images of each parcel's contents.",
)
scan_record = tg.Data(
    "Parcel scan record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Barcode, tunnel timestamp and sorter position of each parcel.",
)
declarations = tg.Data(
    "Electronic customs declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="CN22/CN23 advance data: sender, recipient, contents and declared value.",
)
contraband_flag = tg.Data(
    "Contraband flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-parcel contraband class scores and bounding boxes.",
)
divert_instruction = tg.Data(
    "Divert instruction",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flagged_case = tg.Data(
    "Flagged parcel case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Image, model flag and declaration of a diverted parcel.",
)
inspection_outcome = tg.Data(
    "Inspection outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="What the officer found: contraband class, seized, released.",
)
customs_hold = tg.Data(
    "Customs hold selection",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Parcels customs risk targeting wants diverted regardless of the model.",
)
training_set = tg.Data(
    "Labelled X-ray training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
model_artifact = tg.Data(
    "Contraband model weights", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Foreign postal operators", trust=tg.Trust.PARTNER):
    # Sending operators transmit advance declaration data for each item.
    ead_feed = tm.add(
        tg.DataSource(
            "Advance declaration feed",
            origin=tg.Origin.PARTNER,
            provides={declarations},
            description="Electronic advance data received over the postal EDI network.",
        )
    )

with tm.boundary("Customs authority", trust=tg.Trust.PARTNER):
    # Customs officers are stationed at the hub but employed by the customs authority.
    officer = tm.add(tg.Actor("Customs officer", role="customs inspector"))
    # The authority's risk-targeting system receives declarations and flags.
    customs_system = tm.add(
        tg.ExternalService(
            "Customs risk targeting system",
            description="National customs system that assesses declarations and selects parcels.",
        )
    )

with tm.boundary("Sorting hub OT network", trust=tg.Trust.INTERNAL):
    # The X-ray tunnel on the inbound international line.
    scanner = tm.add(
        tg.Device(
            "X-ray tunnel scanner",
            fleet=False,
            description="Vendor dual-energy scanner exporting one image per parcel.",
        )
    )
    # The sorter reads barcodes and physically diverts parcels to the inspection lane.
    sorter = tm.add(
        tg.Service(
            "Parcel sorting system",
            description="Sorter control software; diverts parcels on instruction.",
        )
    )

with tm.boundary("Hub screening servers", trust=tg.Trust.INTERNAL):
    # Pairs each image with the parcel's barcode from the sorter.
    ingest = tm.add(tg.Service("Image ingest service"))
    # The vision model itself, served on a GPU server in the hub.
    detector = tm.add(
        tg.Model(
            "Contraband detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="CNN object detector for drugs, weapons and lithium batteries.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="customs officer",
                    note="an officer opens every diverted parcel before anything is seized",
                )
            },
        )
    )
    # Combines model flags, declarations and customs holds into a divert decision.
    screening = tm.add(tg.Service("Screening decision service"))
    # Web console officers use at the inspection lane.
    console = tm.add(
        tg.Endpoint(
            "Customs inspection console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="customs smart card with PIN"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Keeps images, flags, declarations and outcomes for audit and retraining.
    archive = tm.add(
        tg.DataStore(
            "Screening archive",
            stores={xray_images, contraband_flag, declarations, inspection_outcome},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Curated, labelled images exported from the archive.
    dataset = tm.add(tg.Dataset("X-ray training dataset", stores={training_set}))
    # Periodic retraining with an evaluation gate before registration.
    training = tm.add(
        tg.Pipeline(
            "Retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={tg.controls.ModelValidation(note="held-out detection-rate evaluation")},
        )
    )
    # Versioned model artifacts; the hub pulls the approved version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and releases model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ead_feed, screening, declarations, protocol="https", label="advance data")

tm.flow(scanner, ingest, xray_images, protocol="smb", label="image export share")
tm.flow(sorter, ingest, scan_record, protocol="opc-ua")
tm.flow(ingest, detector, xray_images)
tm.flow(detector, screening, contraband_flag)
tm.flow(ingest, screening, scan_record)
tm.flow(screening, sorter, divert_instruction, protocol="opc-ua")

tm.flow(screening, customs_system, declarations, contraband_flag, protocol="https")
tm.flow(customs_system, screening, customs_hold, protocol="https")

tm.flow(screening, console, flagged_case)
tm.flow(console, officer, flagged_case, protocol="https")
tm.flow(officer, console, inspection_outcome, protocol="https")
tm.flow(console, archive, inspection_outcome)
tm.flow(screening, archive, xray_images, contraband_flag, declarations)

tm.flow(archive, dataset, training_set, label="monthly labelled export")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, label="approves release")
tm.flow(registry, detector, model_artifact, label="deploy")
