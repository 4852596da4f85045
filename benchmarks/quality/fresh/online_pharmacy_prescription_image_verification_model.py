"""Online pharmacy prescription image verification: the first design, before any security review.

Patients of our US online pharmacy photograph a paper prescription in the web or
mobile app and attach it to an order. The upload API stores the photo and hands it
to an intake service, which sends it to a vendor's document OCR API to read the
prescriber, patient, drug, strength and quantity, looks the prescriber up in the
public NPI registry, matches the result to the pending order, and asks an in-house
forgery detector (a CNN trained on past genuine and forged scripts) for a score.
Each case then lands in a web console where a licensed pharmacist compares the photo,
the extracted fields and the score and verifies or rejects it; only verified orders
go to the dispensing system in the fulfilment centre. Pharmacist outcomes become
labels for monthly retraining, run by the ML team and promoted from a model registry.
Controls in this design: patient sign-in with an SMS code on new devices, upload
limits and file checks, encrypted PHI stores with role-based access, SSO with MFA
and audit logs on the pharmacist console, a signed BAA with the OCR vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online pharmacy prescription image verification",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Forgery screening and order matching of photographed paper prescriptions, "
    "verified by a pharmacist before dispensing.",
)

# ---------------------------------------------------------------- data assets
rx_photo = tg.Data(
    "Prescription photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Phone photo of the paper prescription: patient, prescriber, drug, signature.",
)
rx_status = tg.Data(
    "Order verification status", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
rx_fields = tg.Data(
    "Extracted prescription fields",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="OCR output: prescriber name and NPI, patient, drug, strength, quantity, refills.",
)
forgery_score = tg.Data(
    "Forgery score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order = tg.Data(
    "Patient order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
npi_query = tg.Data("Prescriber NPI lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
npi_entry = tg.Data("Prescriber registry entry", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
case = tg.Data(
    "Verification case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Order match result, extracted fields, registry result and forgery score.",
)
decision = tg.Data(
    "Pharmacist verification decision",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
labeled = tg.Data(
    "Labeled prescription images",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past photos labeled genuine or forged from pharmacist outcomes.",
)
weights = tg.Data(
    "Forgery detector checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Patients upload photos from the web and mobile apps; anyone can open an account.
    patient = tm.add(tg.Actor("Patient", role="customer"))
    # Public CMS NPPES API, used to confirm the prescriber exists and is active.
    npi_registry = tm.add(
        tg.ExternalService("NPI prescriber registry", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # Managed document OCR; reads handwriting better than anything we could build.
    ocr = tm.add(
        tg.ExternalService(
            "Document OCR API",
            provides=tg.ExternalCategory.MODEL_API,
            controls={c.SupplierAssessment(note="HIPAA BAA signed; no retention of images")},
        )
    )

with tm.boundary("Pharmacy cloud VPC", trust=tg.Trust.INTERNAL):
    # Public entry point of the apps for prescription uploads and order status.
    upload_api = tm.add(
        tg.Endpoint(
            "Prescription upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="e-mail and password, SMS code at sign-in from a new device"
                ),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="JPEG, PNG or HEIC only, 15 MB max, re-encoded on upload"),
            },
        )
    )
    # Runs OCR, registry lookup, order matching and forgery scoring for each upload.
    intake = tm.add(
        tg.Service(
            "Prescription intake service",
            description="Matches the extracted prescription to the patient's pending order "
            "and packages a verification case for the pharmacist queue.",
        )
    )
    # Screens each photo for signs of alteration, copying or a fabricated prescription.
    detector = tm.add(
        tg.Model(
            "Prescription forgery detector",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="In-house CNN; outputs a forgery probability per photo.",
            controls={c.ModelVersioning()},
        )
    )
    # Web app pharmacists work the verification queue in.
    console = tm.add(
        tg.Service(
            "Pharmacist verification console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2190),
            },
        )
    )

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # Original photos, kept as the dispensing record.
        image_store = tm.add(
            tg.DataStore(
                "Prescription image store",
                stores={rx_photo},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )
        # Orders, patient profiles and verification outcomes.
        order_db = tm.add(
            tg.DataStore(
                "Order database",
                stores={order, case, decision},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Training set built from past photos and pharmacist outcomes.
        dataset = tm.add(
            tg.Dataset("Forgery training set", stores={labeled}, controls={c.DataVersioning()})
        )
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
        # Versioned checkpoints that serving loads from.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Pharmacy operations network", trust=tg.Trust.INTERNAL):
    # Licensed pharmacist who verifies every prescription before it is dispensed.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="licensed pharmacist"))
    # Trains and promotes detector versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Fulfilment centre", trust=tg.Trust.INTERNAL):
    # Pharmacy management system that queues verified orders for picking and labelling.
    dispensing = tm.add(
        tg.Service(
            "Dispensing system",
            controls={
                c.HumanInTheLoop(
                    approver="licensed pharmacist",
                    note="every order needs a pharmacist's verification before it is dispensed",
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(patient, upload_api, rx_photo, protocol="https")
tm.flow(upload_api, patient, rx_status, protocol="https")
tm.flow(upload_api, image_store, rx_photo)
tm.flow(upload_api, intake, rx_photo)

tm.flow(intake, ocr, rx_photo, protocol="https")
tm.flow(ocr, intake, rx_fields, protocol="https")
tm.flow(intake, npi_registry, npi_query, protocol="https")
tm.flow(npi_registry, intake, npi_entry, protocol="https")
tm.flow(intake, detector, rx_photo)
tm.flow(detector, intake, forgery_score)
tm.flow(order_db, intake, order, label="pending order lookup")
tm.flow(intake, order_db, case)
tm.flow(order_db, upload_api, rx_status)

tm.flow(order_db, console, case, order)
tm.flow(image_store, console, rx_photo)
tm.flow(console, pharmacist, case, rx_photo, protocol="https")
tm.flow(pharmacist, console, decision, protocol="https")
tm.flow(console, order_db, decision)
tm.flow(console, dispensing, decision, protocol="https")
tm.flow(order_db, dispensing, order)

tm.flow(image_store, dataset, rx_photo, label="monthly export")
tm.flow(order_db, dataset, decision, label="monthly export")
tm.flow(dataset, training, labeled)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, protocol="https")
tm.flow(registry, detector, weights, label="deploy")
