"""Dental X-ray triage and claim coding: the first design, before any security review.

A US dental group's practices upload intraoral and panoramic X-rays and visit notes
through a clinical web portal hosted in the group's AWS account. An in-house vision
model flags likely findings on each X-ray (caries, bone loss, periapical lesions)
and the treating dentist confirms or rejects every flag in the portal before it
enters the chart. An LLM, hosted by a vendor under a business associate agreement,
reads the visit notes, confirmed findings and the CDT code reference and proposes
treatment codes for the insurance claim. The billing team reviews each draft claim
and submits it through a claims clearinghouse, which forwards it to the insurers and
returns claim status and remittance. Staff sign in through the group's SSO with MFA
and see what their role allows; images and records are encrypted with KMS and
record access is logged. Confirmed findings feed periodic retraining of the model.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dental X-ray triage and claim coding",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Vision-model X-ray findings confirmed by dentists, and LLM-proposed CDT "
    "codes reviewed by billing before claims go to insurers via a clearinghouse.",
)

# ---------------------------------------------------------------- data assets
xrays = tg.Data(
    "Dental X-ray images",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="DICOM and JPEG bitewings, periapicals and panoramics, with patient identifiers.",
)
notes = tg.Data(
    "Visit notes",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The dentist's and hygienist's clinical notes for the visit.",
)
patient_details = tg.Data(
    "Patient and insurance details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Name, date of birth, subscriber and member IDs, payer.",
)
suggested = tg.Data(
    "Suggested X-ray findings",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Tooth number, finding type and confidence for each flag.",
)
confirmed = tg.Data(
    "Confirmed findings",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
code_reference = tg.Data(
    "CDT code reference",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed CDT code set with the group's coding guidelines.",
)
coding_prompt = tg.Data(
    "Coding prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Visit notes, confirmed findings, procedures performed and code reference excerpts.",
)
proposed_codes = tg.Data(
    "Proposed CDT codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Procedure codes with tooth and surface, and a short rationale.",
)
draft_claim = tg.Data("Draft dental claim", kind="records", sensitivity=tg.Sensitivity.REGULATED)
claim_approval = tg.Data(
    "Claim approval",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The billing specialist's edits and release of the claim.",
)
claim = tg.Data(
    "Dental claim (837D)",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
remittance = tg.Data(
    "Claim status and remittance (835)",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
model_file = tg.Data(
    "X-ray findings model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Practice offices", trust=tg.Trust.INTERNAL):
    # Front desk and assistants who upload the imaging and notes.
    staff = tm.add(tg.Actor("Practice staff", role="dental assistant"))
    # Confirms or rejects each model flag.
    dentist = tm.add(tg.Actor("Dentist", role="treating dentist"))

with tm.boundary("Central billing office", trust=tg.Trust.INTERNAL):
    # Reviews codes and releases claims.
    biller = tm.add(tg.Actor("Billing specialist", role="billing team"))

with tm.boundary("Group AWS account", trust=tg.Trust.INTERNAL):
    # The one web front end for practices, dentists and billing.
    portal = tm.add(
        tg.Endpoint(
            "Clinical web portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Okta SSO with MFA"),
                c.RBAC(note="practice staff, dentist and billing roles"),
            },
        )
    )
    # Orchestrates the imaging and coding steps.
    clinical_svc = tm.add(
        tg.Service(
            "Imaging and coding service",
            description="Stores uploads, calls the vision model and the coding LLM, "
            "and assembles draft claims.",
            controls={c.HumanInTheLoop(approver="the treating dentist confirms each finding")},
        )
    )
    # Sends approved claims to the clearinghouse and takes back remittances.
    claims_svc = tm.add(
        tg.Service(
            "Claims submission service",
            controls={c.HumanInTheLoop(approver="a billing specialist releases each claim")},
        )
    )
    # Flags likely findings on the X-rays.
    vision_model = tm.add(
        tg.Model(
            "X-ray findings model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Object detector fine-tuned on the group's annotated radiographs.",
            controls={
                c.ModelValidation(note="sensitivity and specificity checked per finding type")
            },
        )
    )
    # The group's coding guidelines and the licensed code set.
    code_ref_store = tm.add(tg.DataStore("CDT code reference library", stores={code_reference}))
    # Retrains the vision model on dentist-confirmed findings.
    training = tm.add(
        tg.Pipeline("X-ray model retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )

    with tm.boundary("PHI data tier", trust=tg.Trust.RESTRICTED):
        # X-ray images as uploaded.
        image_store = tm.add(
            tg.DataStore(
                "X-ray image bucket",
                stores={xrays},
                controls={c.EncryptionAtRest(key_management="AWS KMS")},
            )
        )
        # Notes, findings, codes and claims per visit.
        records_db = tm.add(
            tg.DataStore(
                "Clinical and claims database",
                stores={
                    notes,
                    patient_details,
                    suggested,
                    confirmed,
                    proposed_codes,
                    draft_claim,
                    claim,
                    remittance,
                },
                controls={
                    c.EncryptionAtRest(key_management="AWS KMS"),
                    c.AuditLogging(retention_days=2190),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that proposes treatment codes.
    coding_llm = tm.add(
        tg.LLM(
            "Claim coding LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed; zero data retention tier")},
        )
    )

with tm.boundary("Claims network", trust=tg.Trust.PARTNER):
    # EDI clearinghouse that routes claims to payers.
    clearinghouse = tm.add(tg.ExternalService("Claims clearinghouse"))
    # Dental insurers adjudicating the claims.
    payers = tm.add(tg.ExternalService("Dental insurance payers"))

# ---------------------------------------------------------------- flows
tm.flow(staff, portal, xrays, notes, patient_details, protocol="https", label="visit upload")
tm.flow(portal, clinical_svc, xrays, notes, patient_details)
tm.flow(clinical_svc, image_store, xrays)
tm.flow(clinical_svc, records_db, notes, patient_details)

tm.flow(clinical_svc, vision_model, xrays)
tm.flow(vision_model, clinical_svc, suggested)
tm.flow(clinical_svc, records_db, suggested, label="pending review")
tm.flow(clinical_svc, portal, xrays, suggested)
tm.flow(portal, dentist, xrays, suggested, protocol="https")
tm.flow(dentist, portal, confirmed, protocol="https")
tm.flow(portal, clinical_svc, confirmed)
tm.flow(clinical_svc, records_db, confirmed)

tm.flow(code_ref_store, clinical_svc, code_reference)
tm.flow(clinical_svc, coding_llm, coding_prompt, protocol="https")
tm.flow(coding_llm, clinical_svc, proposed_codes, protocol="https")
tm.flow(clinical_svc, records_db, proposed_codes, draft_claim)

tm.flow(records_db, claims_svc, draft_claim, patient_details)
tm.flow(claims_svc, portal, draft_claim)
tm.flow(portal, biller, draft_claim, protocol="https")
tm.flow(biller, portal, claim_approval, protocol="https")
tm.flow(portal, claims_svc, claim_approval)
tm.flow(claims_svc, clearinghouse, claim, protocol="https")
tm.flow(clearinghouse, payers, claim, protocol="sftp")
tm.flow(payers, clearinghouse, remittance, protocol="sftp")
tm.flow(clearinghouse, claims_svc, remittance, protocol="https")
tm.flow(claims_svc, records_db, claim, remittance)

tm.flow(image_store, training, xrays, label="quarterly export")
tm.flow(records_db, training, confirmed, label="quarterly export")
tm.flow(training, vision_model, model_file, label="deploy")
