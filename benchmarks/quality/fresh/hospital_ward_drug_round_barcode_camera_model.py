"""Ward drug-round barcode camera: the first design, before any security review.

A US hospital is adding a camera to each ward medication cart. During a drug round
the nurse signs in at the cart with their badge and own PIN, then holds the patient's
wristband and each medicine package in front of the camera. An in-house detection
model running on the cart finds and decodes the barcodes in the video frames and
sends the scan to an administration check service in the hospital data centre. The
service matches patient, product, strength and dose against the active orders in the
eMAR and the pharmacy's barcode formulary, records the verification in the eMAR and
shows the nurse a pass or a wrong-patient / wrong-dose warning; the nurse decides and
may override with a reason. If the service is unreachable the cart says so and the
ward's manual double-check procedure applies. Low-confidence frames are uploaded to
the ML tenancy for labelling and retraining; an ML engineer approves each model
release before the fleet deployment job pushes it to the carts. Controls: TLS on the
network links, badge and PIN sign-in, role-based access and logging on clinical data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ward drug-round barcode camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Bedside camera model that reads wristband and medicine barcodes and warns "
        "nurses of wrong-patient or wrong-dose administrations against the eMAR."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Wristband and medicine camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Video frames showing the wristband (name, MRN, date of birth) and packages.",
)
decoded = tg.Data(
    "Decoded barcodes with confidence",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient MRN, product NDC, lot and expiry, with a read confidence.",
)
nurse_sign_in = tg.Data(
    "Nurse badge and PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
nurse_input = tg.Data(
    "Dose entered and override reason", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
scan_event = tg.Data(
    "Scan event",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Cart id, nurse id, decoded patient and product barcodes, dose entered.",
)
check_result = tg.Data(
    "Administration check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Pass, or a wrong-patient, wrong-drug or wrong-dose warning.",
)
order_query = tg.Data("Active orders query", kind="records", sensitivity=tg.Sensitivity.REGULATED)
orders = tg.Data(
    "Active medication orders",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
verification = tg.Data(
    "Barcode verification record", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
product_lookup = tg.Data(
    "Product barcode lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
formulary = tg.Data(
    "Formulary barcode entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Barcode to product, strength, dose form and unit-dose mapping.",
)
scan_log = tg.Data(
    "Scan, warning and override log", kind="logs", sensitivity=tg.Sensitivity.REGULATED
)
training_frames = tg.Data(
    "Low-confidence frames for retraining",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
)
labels = tg.Data(
    "Barcode bounding-box labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
weights = tg.Data("Barcode model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Ward network", trust=tg.Trust.INTERNAL):
    # The nurse giving medicines on the drug round.
    nurse = tm.add(tg.Actor("Ward nurse", role="registered nurse"))

    with tm.boundary("Medication cart", trust=tg.Trust.INTERNAL):
        # Cart computer with camera and screen, one per ward cart.
        cart = tm.add(
            tg.Device(
                "Medication cart camera unit",
                fleet=True,
                description="Cart-mounted camera, touchscreen and edge computer on hospital Wi-Fi.",
                controls={c.Authentication(method="badge tap and the nurse's own PIN")},
            )
        )
        # Finds and decodes wristband and medicine barcodes in the frames.
        barcode_model = tm.add(
            tg.Model(
                "Barcode detection model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Detects barcodes in video frames and decodes them on the cart.",
            )
        )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Matches each scan against orders and formulary and decides pass or warning.
    check_service = tm.add(
        tg.Service(
            "Administration check service",
            description="Rules compare patient, product, strength and dose with the active order.",
            controls={
                c.FailClosed(
                    fallback=(
                        "cart shows 'verification unavailable'; the ward's manual "
                        "two-nurse check procedure applies"
                    )
                ),
            },
        )
    )
    # Record of every scan, warning and override, for medication safety review.
    scan_store = tm.add(
        tg.DataStore(
            "Scan event log",
            stores={scan_log},
            controls={c.AuditLogging(note="append-only table; read access logged")},
        )
    )

with tm.boundary("Clinical systems zone", trust=tg.Trust.RESTRICTED):
    # The EHR's medication administration record, the source of the orders.
    emar = tm.add(
        tg.DataStore(
            "eMAR",
            stores={orders, verification},
            description="Medication administration record module of the hospital EHR.",
            controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
        )
    )
    # Pharmacy's barcode formulary, mapping product barcodes to drugs and strengths.
    formulary_db = tm.add(tg.DataStore("Pharmacy barcode formulary", stores={formulary}))

with tm.boundary("Hospital ML tenancy", trust=tg.Trust.INTERNAL):
    # Frames the model was unsure about, labelled for the next training run.
    dataset = tm.add(tg.Dataset("Barcode frame dataset", stores={training_frames, labels}))
    # Retrains the detector on the labelled frames.
    training = tm.add(tg.Pipeline("Barcode model training", stage=tg.Stage.TRAINING))
    # Holds released model versions.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Pushes an approved model to every cart through device management.
    deploy = tm.add(
        tg.Pipeline(
            "Cart fleet deployment",
            stage=tg.Stage.DEPLOYMENT,
            controls={
                c.HumanInTheLoop(approver="the ML engineer"),
                c.ModelValidation(note="read accuracy on a held-out frame set before release"),
            },
        )
    )

with tm.boundary("Hospital corporate network", trust=tg.Trust.INTERNAL):
    # Labels frames, runs training and approves releases.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # Reviews overrides and warnings; maintains the barcode formulary.
    pharmacist = tm.add(tg.Actor("Medication safety pharmacist", role="pharmacist"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# at the bedside
tm.flow(nurse, cart, nurse_sign_in, nurse_input, label="sign in, dose, override reason")
tm.flow(nurse, cart, frames, label="holds wristband and package to the camera")
tm.flow(cart, barcode_model, frames, protocol="local")
tm.flow(barcode_model, cart, decoded, protocol="local")
tm.flow(cart, nurse, check_result, label="pass or warning on screen")

# checking against the eMAR
tm.flow(cart, check_service, scan_event, protocol="https", controls={tls})
tm.flow(check_service, cart, check_result, protocol="https", controls={tls})
tm.flow(check_service, emar, order_query, protocol="HL7 FHIR over HTTPS", controls={tls})
tm.flow(emar, check_service, orders, protocol="HL7 FHIR over HTTPS", controls={tls})
tm.flow(check_service, emar, verification, protocol="HL7 FHIR over HTTPS", controls={tls})
tm.flow(check_service, formulary_db, product_lookup, protocol="https", controls={tls})
tm.flow(formulary_db, check_service, formulary, protocol="https", controls={tls})
tm.flow(check_service, scan_store, scan_log)

# medication safety review
tm.flow(scan_store, pharmacist, scan_log, protocol="https", label="override reports")
tm.flow(pharmacist, formulary_db, formulary, protocol="https", label="formulary updates")

# retraining loop
tm.flow(cart, dataset, training_frames, protocol="https", controls={tls}, label="nightly upload")
tm.flow(ml_engineer, dataset, labels, protocol="https", label="labelling")
tm.flow(dataset, training, training_frames, labels)
tm.flow(training, registry, weights)
tm.flow(registry, deploy, weights)
tm.flow(ml_engineer, deploy, release_approval, protocol="https", label="approves release")
tm.flow(deploy, cart, weights, protocol="https", controls={tls}, label="device management push")
