"""Paper prescription OCR intake for a US pharmacy chain: the first design.

Patients hand paper prescriptions to a technician at the pharmacy counter, who
scans them on a counter scanner. The store uploads the scan over the store VPN
to an intake API in the chain's cloud, which keeps the image and passes it to an
extraction service. That service sends the image to a cloud OCR model and the
OCR text to a hosted LLM (both from our cloud AI vendor, under a BAA), which
returns prescriber, patient, drug, strength, dose and quantity as JSON. The
drug name is matched against a licensed drug reference file, and the result is
written into the pharmacy dispensing system as a draft prescription. A
pharmacist opens each draft beside the original scan on the verification
screen and must approve or correct it before anything is filled. Controls in
this design: per-store API keys, encryption at rest for images and patient
records, role-based access and audit logging in the dispensing system, schema
checks on the LLM's JSON, and pharmacist verification of every draft.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Paper prescription OCR intake",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description=(
        "Scans paper prescriptions at the counter and drafts them into the dispensing "
        "system with OCR and an LLM; a pharmacist verifies every draft."
    ),
)

# ---------------------------------------------------------------- data assets
paper_rx = tg.Data(
    "Paper prescription",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Handwritten or printed prescription as presented by the patient.",
)
rx_scan = tg.Data(
    "Prescription scan",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ocr_text = tg.Data("OCR text", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Extraction instructions, the target JSON schema and the OCR text.",
)
extracted_fields = tg.Data(
    "Extracted prescription fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Prescriber, patient, drug, strength, dose, quantity and refills as JSON.",
)
drug_reference = tg.Data(
    "Drug reference file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Licensed NDC drug names, strengths and forms.",
)
draft_rx = tg.Data(
    "Draft prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
patient_profiles = tg.Data(
    "Patient profiles",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Demographics, insurance, allergies and prescription history.",
)
verification = tg.Data(
    "Pharmacist verification",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approve, correct or reject, with the pharmacist's corrections.",
)
extraction_logs = tg.Data(
    "Extraction logs",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="OCR text, prompts and LLM responses kept for troubleshooting.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Whoever presents the paper: the patient, a carer, or someone with a forged script.
    patient = tm.add(tg.Actor("Patient", role="patient or carer"))

with tm.boundary("Pharmacy store network", trust=tg.Trust.INTERNAL):
    # Takes the paper at the counter and scans it.
    technician = tm.add(tg.Actor("Pharmacy technician", role="technician"))
    # A document scanner on every counter, attached to the store workstation.
    scanner = tm.add(
        tg.Device(
            "Counter scanner",
            fleet=True,
            description="Counter scanners in every store; upload through the store workstation.",
        )
    )
    # Licensed pharmacist who must verify each draft before it is filled.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # Pharmacist's screen: the draft fields side by side with the original scan.
    verify_screen = tm.add(
        tg.Service(
            "Verification workstation",
            description="Dispensing-system client showing each draft beside its scan.",
            controls={c.Authentication(method="badge and PIN")},
        )
    )

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # Receives scans from the stores.
    intake_api = tm.add(
        tg.Endpoint(
            "Prescription intake API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-store API key")},
        )
    )
    # Drives OCR, LLM extraction and drug matching, then writes the draft.
    extractor = tm.add(
        tg.Service(
            "Extraction service",
            description="Calls OCR and the LLM, parses the JSON, matches the drug to the reference file.",
            controls={
                c.SchemaEnforcement(note="LLM output must parse to the prescription JSON schema")
            },
        )
    )
    # Keeps the prompts and responses so that engineers can debug bad extractions.
    log_store = tm.add(tg.DataStore("Extraction log store", stores={extraction_logs}))

    with tm.boundary("Pharmacy data tier", trust=tg.Trust.RESTRICTED):
        # The original scan is kept as part of the prescription record.
        image_store = tm.add(
            tg.DataStore(
                "Prescription image store",
                stores={rx_scan},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # The pharmacy management system: drafts, verification and dispensing records.
        dispensing = tm.add(
            tg.Service(
                "Dispensing system",
                description="Holds drafts until a pharmacist verifies them; only verified ones can be filled.",
                controls={
                    c.HumanInTheLoop(approver="the verifying pharmacist"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Patient and prescription records of the whole chain.
        patient_db = tm.add(
            tg.DataStore(
                "Patient records database",
                stores={patient_profiles, draft_rx},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Cloud AI vendor", trust=tg.Trust.PARTNER):
    # Managed OCR for handwriting and printed text.
    ocr = tm.add(
        tg.Model(
            "OCR model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="The vendor's document OCR API, handwriting included.",
            controls={c.SupplierAssessment(note="covered by the vendor's BAA")},
        )
    )
    # Turns OCR text into structured prescription fields.
    llm = tm.add(
        tg.LLM(
            "Extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A hosted general-purpose LLM prompted to fill a JSON schema.",
            controls={c.SupplierAssessment(note="covered by the vendor's BAA")},
        )
    )

with tm.boundary("Drug data vendor", trust=tg.Trust.PARTNER):
    # Licensed drug file used to normalise the drug, strength and form.
    drug_file = tm.add(
        tg.DataSource(
            "Drug reference vendor",
            origin=tg.Origin.VENDOR,
            provides={drug_reference},
            description="Weekly drug file from a commercial drug database vendor.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(patient, technician, paper_rx, label="hands over at the counter")
tm.flow(technician, scanner, paper_rx, label="scans")
tm.flow(scanner, intake_api, rx_scan, protocol="https", label="over the store VPN")
tm.flow(intake_api, image_store, rx_scan)
tm.flow(intake_api, extractor, rx_scan)

tm.flow(extractor, ocr, rx_scan, protocol="https")
tm.flow(ocr, extractor, ocr_text, protocol="https")
tm.flow(extractor, llm, extraction_prompt, protocol="https")
tm.flow(llm, extractor, extracted_fields, protocol="https")
tm.flow(drug_file, extractor, drug_reference, protocol="sftp", label="weekly drug file")
tm.flow(extractor, log_store, extraction_logs)

tm.flow(extractor, dispensing, draft_rx, label="create draft")
tm.flow(dispensing, patient_db, draft_rx, patient_profiles)
tm.flow(patient_db, dispensing, draft_rx, patient_profiles)

tm.flow(dispensing, verify_screen, draft_rx, patient_profiles, protocol="https")
tm.flow(image_store, verify_screen, rx_scan, protocol="https")
tm.flow(verify_screen, pharmacist, draft_rx, rx_scan, label="draft beside the scan")
tm.flow(pharmacist, verify_screen, verification)
tm.flow(verify_screen, dispensing, verification, protocol="https")
