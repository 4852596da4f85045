"""Pharmacy robot dispensing-error vision check: the first design, before any security review.

The hospital pharmacy's dispensing robot picks packs for inpatient and discharge
prescriptions. Before a pack goes to the labeller, a camera on the robot's output
conveyor photographs it, and a vision check service on an edge server in the pharmacy
automation cell asks an in-house pack identification model what product, strength and
form the pack is. The service compares that with the prescription line the pharmacy
system sent for the pick, using a pack reference catalogue built from the weekly NHS
dm+d release. Matching packs go on to labelling; a mismatch or a low-confidence read
diverts the pack to a check tray and appears on the pharmacist console, where the duty
pharmacist (signed in with an NHS smartcard) confirms or overrides the verdict. Every
check is kept with its image in an audit store. Pharmacist-reviewed images are exported
monthly to the trust's cloud ML workspace, where the model is retrained, evaluated and
versioned in a registry that the edge server pulls from.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pharmacy robot dispensing-error vision check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vision check of each robot-picked pack against its prescription line "
    "before labelling, with pharmacist override.",
)

# ---------------------------------------------------------------- data assets
prescription_line = tg.Data(
    "Prescription line",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient identifier, ward, drug, strength, form and quantity to dispense.",
)
pick_request = tg.Data(
    "Robot pick request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Product code and quantity for one prescription line, with the job id.",
)
pick_confirmation = tg.Data(
    "Pick confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pack_image = tg.Data(
    "Pack image",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the unlabelled pack from three sides, taken on the output conveyor.",
)
pack_identification = tg.Data(
    "Pack identification",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted product, strength and form, with a confidence value.",
)
reference_packs = tg.Data(
    "Pack reference data",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="dm+d products and pack descriptions, GTINs and reference pack photos.",
)
check_verdict = tg.Data(
    "Vision check verdict",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Match, mismatch or unreadable, per pick; tells the robot where to send the pack.",
)
mismatch_case = tg.Data(
    "Mismatch case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The prescription line, the pack image and the model's identification.",
)
override_decision = tg.Data(
    "Pharmacist override decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
dispensing_label = tg.Data("Dispensing label", kind="records", sensitivity=tg.Sensitivity.REGULATED)
check_record = tg.Data(
    "Check record",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each check: line, image, identification, verdict and any override with who made it.",
)
reviewed_images = tg.Data(
    "Pharmacist-reviewed pack images",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Pack images with the product a pharmacist confirmed; patient fields stripped.",
)
model_artifact = tg.Data(
    "Pack identification model weights", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("NHS dm+d service", trust=tg.Trust.PARTNER):
    # The national dictionary of medicines and devices, published weekly by NHSBSA.
    dmd = tm.add(
        tg.DataSource(
            "dm+d weekly release",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={reference_packs},
        )
    )

with tm.boundary("Hospital clinical network", trust=tg.Trust.INTERNAL):
    # Existing electronic prescribing system: the source of every prescription line.
    epma = tm.add(
        tg.DataStore(
            "EPMA prescribing system",
            stores={prescription_line},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Existing pharmacy stock and dispensing system: sends picks to the robot, prints labels.
    pharmacy_system = tm.add(
        tg.Service(
            "Pharmacy dispensing system",
            description="Queues prescription lines as robot picks and prints the label "
            "once the vision check passes the pack.",
        )
    )
    # Web console on pharmacy workstations where mismatches are reviewed.
    console = tm.add(
        tg.Service(
            "Pharmacist check console",
            controls={
                c.Authentication(method="NHS smartcard and passcode"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # The duty pharmacist who resolves mismatches and can override the model.
    pharmacist = tm.add(tg.Actor("Duty pharmacist", role="pharmacist"))
    # Label printer at the robot's output, where passed packs are labelled.
    printer = tm.add(tg.Device("Dispensing label printer", fleet=False))

    with tm.boundary("Pharmacy automation cell", trust=tg.Trust.INTERNAL):
        # The dispensing robot: picks packs and diverts those that fail the check.
        robot = tm.add(tg.Device("Dispensing robot", fleet=False))
        # Fixed camera over the output conveyor, triggered as each pack passes.
        camera = tm.add(tg.Device("Pack inspection camera", fleet=False))
        # Edge service: runs the model and compares its answer with the prescription line.
        vision = tm.add(
            tg.Service(
                "Pack vision check service",
                description="Compares the model's pack identification with the expected "
                "product and decides match, mismatch or unreadable.",
                controls={
                    c.HumanInTheLoop(
                        approver="the duty pharmacist",
                        note="only mismatched or low-confidence packs wait for a pharmacist; "
                        "matched packs go straight to labelling",
                    )
                },
            )
        )
        # The model: identifies product, strength and form from pack photos.
        model = tm.add(
            tg.Model(
                "Pack identification model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.IN_HOUSE,
                high_stakes=True,
                description="Image classifier over the formulary's packs, with OCR of the "
                "strength; a wrong pass sends a wrong medicine to a ward.",
                controls={c.ModelValidation()},
            )
        )
        # Local copy of the dm+d packs in the formulary, with reference photos.
        catalogue = tm.add(tg.DataStore("Pack reference catalogue", stores={reference_packs}))
        # Every check with its image, kept for incident review and retraining.
        audit_store = tm.add(
            tg.DataStore(
                "Vision check audit store",
                stores={check_record},
                controls={c.EncryptionAtRest(key_management="SQL Server TDE")},
            )
        )

with tm.boundary("Trust cloud ML workspace", trust=tg.Trust.INTERNAL):
    # Reviewed images kept for retraining.
    dataset = tm.add(tg.Dataset("Pack image training set", stores={reviewed_images}))
    # Retrains and evaluates the model on the training set.
    training = tm.add(tg.Pipeline("Pack model training", stage=tg.Stage.TRAINING))
    # Versioned model store the edge server pulls approved versions from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Data scientist who maintains and retrains the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(epma, pharmacy_system, prescription_line, protocol="mllp", label="HL7 dispensing orders")
tm.flow(pharmacy_system, robot, pick_request, label="robot interface")
tm.flow(robot, pharmacy_system, pick_confirmation, label="robot interface")
tm.flow(pharmacy_system, vision, prescription_line, protocol="https", label="expected pack")

tm.flow(camera, vision, pack_image, protocol="http")
tm.flow(vision, model, pack_image)
tm.flow(model, vision, pack_identification)
tm.flow(catalogue, vision, reference_packs)
tm.flow(dmd, catalogue, reference_packs, protocol="https", label="weekly import")

tm.flow(vision, robot, check_verdict, label="release to labeller or divert to check tray")
tm.flow(vision, pharmacy_system, check_verdict, protocol="https")
tm.flow(pharmacy_system, printer, dispensing_label, protocol="ipp")

tm.flow(vision, console, mismatch_case, protocol="https")
tm.flow(console, pharmacist, mismatch_case, protocol="https")
tm.flow(pharmacist, console, override_decision, protocol="https")
tm.flow(console, vision, override_decision, protocol="https")

tm.flow(vision, audit_store, check_record)
tm.flow(audit_store, dataset, reviewed_images, protocol="https", label="monthly export")
tm.flow(dataset, training, reviewed_images)
tm.flow(ml_engineer, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, protocol="https", label="deploy approved version")
