"""Pharmacy dispensing robot pick verification: the first design, before any security review.

A hospital pharmacy's dispensing robot picks packs for each prescription line sent
from the electronic prescribing system through the pharmacy dispensing system.
A camera over the robot's output chute photographs every pack it delivers, and a
pick verification service, on the pharmacy automation network, asks an in-house
pack recognition model which product, strength and pack size it is, compares that
with the expected line and tells the labelling station whether the pick matches.
Matched packs are labelled straight away; mismatches and low-confidence picks are
referred to the duty pharmacist. Every verdict and image goes to an audit store,
from which resolved cases feed retraining on the hospital's data science platform;
product reference data comes from a supplier feed. Controls in this design: NHS
smartcard sign-in on the pharmacy systems, role-based access and audit on the
records, pharmacist review of mismatches, picks held for a manual check when no
verdict comes back, validated and versioned model releases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy dispensing robot pick verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks from a camera image that the pack a robot picked matches the prescription line.",
)

# ---------------------------------------------------------------- data assets
prescription_line = tg.Data(
    "Prescription line",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Patient, ward, drug, strength, form, dose and quantity for one item.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
screening = tg.Data(
    "Clinical screening outcome", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
pick_instruction = tg.Data(
    "Pick instruction",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Order id, product code and number of packs to pick.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pick_event = tg.Data("Pick completed event", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
expected_pack = tg.Data(
    "Expected pack details",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Order id, product code, strength, form and pack size expected for the pick.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
pack_image = tg.Data(
    "Pack image",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="Still of the pack on the output chute, before any patient label is applied.",
)
identification = tg.Data(
    "Pack identification",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    description="Predicted product, strength and pack size with a confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
verdict = tg.Data(
    "Pick verdict",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Match, mismatch or refer, per pick.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
catalogue = tg.Data(
    "Product reference data",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Product codes, GTINs, strengths, pack sizes and reference pack photos.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
label = tg.Data(
    "Dispensing label",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    description="Patient name, ward, drug and directions printed on the pack.",
)
resolution = tg.Data(
    "Mismatch resolution",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Pharmacist's decision on a referred pick: release, re-pick or quarantine.",
)
audit_records = tg.Data(
    "Verification audit records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="logs",
    description="Each pick's image, expected pack, identification, verdict and any resolution.",
)
training_images = tg.Data(
    "Labelled pack images",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data(
    "Pack recognition model weights", sensitivity=tg.Sensitivity.INTERNAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Product data supplier", trust=tg.Trust.PARTNER):
    # Supplier feed of product codes, barcodes and pack photos for the formulary.
    supplier_feed = tm.add(
        tg.DataSource("Product data feed", origin=tg.Origin.VENDOR, provides={catalogue})
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Hospital electronic prescribing and medicines administration system: source of the lines.
    epma = tm.add(
        tg.DataStore(
            "Electronic prescribing system (EPMA)",
            stores={prescription_line},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Pharmacy dispensing system: takes screened lines, drives the robot, prints labels.
    dispensing = tm.add(
        tg.Service(
            "Pharmacy dispensing system",
            controls={c.Authentication(method="NHS smartcard and passcode"), c.RBAC()},
        )
    )

    with tm.boundary("Pharmacy dispensary", trust=tg.Trust.INTERNAL):
        # Clinically screens lines and resolves referred picks.
        pharmacist = tm.add(tg.Actor("Duty pharmacist", role="pharmacist"))
        # Labels and bags the packs at the labelling station.
        technician = tm.add(tg.Actor("Pharmacy technician", role="dispenser"))
        # Workstation and label printer by the chute: shows the verdict, prints the label.
        station = tm.add(
            tg.Service(
                "Labelling station",
                controls={c.Authentication(method="NHS smartcard and passcode")},
            )
        )

    with tm.boundary("Pharmacy automation network", trust=tg.Trust.RESTRICTED):
        # The vendor's dispensing robot: stores stock and picks packs to the output chute.
        robot = tm.add(tg.Device("Dispensing robot", fleet=False))
        # Fixed camera over the output chute.
        camera = tm.add(tg.Device("Chute camera", fleet=False))
        # Matches each pick's image against the expected pack and issues the verdict.
        verifier = tm.add(
            tg.Service(
                "Pick verification service",
                controls={
                    c.HumanInTheLoop(
                        approver="duty pharmacist",
                        note="mismatches and low-confidence picks only; matched picks are labelled straight away",
                    ),
                    c.FailClosed(fallback="picks with no verdict go to the manual checking tray"),
                },
            )
        )
        # Vision model that identifies product, strength and pack size from the image.
        model = tm.add(
            tg.Model(
                "Pack recognition model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                controls={c.ModelValidation()},
            )
        )
        # Local copy of the product reference data the verifier compares against.
        reference = tm.add(tg.DataStore("Product reference catalogue", stores={catalogue}))
        # Every verdict with its image, for governance and incident review.
        audit = tm.add(
            tg.DataStore("Verification audit store", stores={audit_records}, controls={c.RBAC()})
        )

with tm.boundary("Data science platform", trust=tg.Trust.INTERNAL):
    # Pharmacy informatics engineer who curates images and releases models.
    engineer = tm.add(
        tg.Actor("Pharmacy informatics engineer", role="ml engineer", privileged=True)
    )
    # Resolved pack images with their confirmed product.
    training_set = tm.add(tg.Dataset("Pack image training set", stores={training_images}))
    # Retrains the recognition model when new products or resolved cases accumulate.
    training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
    # Holds released model versions for deployment to the verifier.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(epma, dispensing, prescription_line, protocol="mllp", label="HL7 orders")
tm.flow(dispensing, pharmacist, prescription_line, label="screening queue")
tm.flow(pharmacist, dispensing, screening)
tm.flow(dispensing, robot, pick_instruction, protocol="tcp", label="vendor robot interface")
tm.flow(robot, dispensing, pick_event, protocol="tcp")
tm.flow(robot, verifier, pick_event, protocol="tcp")
tm.flow(dispensing, verifier, expected_pack, protocol="https")

tm.flow(camera, verifier, pack_image, protocol="rtsp")
tm.flow(verifier, model, pack_image)
tm.flow(model, verifier, identification)
tm.flow(reference, verifier, catalogue)
tm.flow(supplier_feed, reference, catalogue, protocol="https", label="weekly update")

tm.flow(verifier, station, verdict, expected_pack, pack_image, protocol="https")
tm.flow(dispensing, station, label, protocol="https")
tm.flow(station, technician, verdict, label, label="on screen and printed")
tm.flow(station, pharmacist, verdict, expected_pack, pack_image, label="referred pick on screen")
tm.flow(pharmacist, station, resolution)
tm.flow(station, verifier, resolution, protocol="https")
tm.flow(verifier, audit, audit_records)

tm.flow(audit, training_set, audit_records, label="monthly export of resolved cases")
tm.flow(engineer, training_set, training_images, label="curates labels")
tm.flow(training_set, training, training_images)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, protocol="https", label="deploy released version")
