"""Housing benefit evidence extraction: the first design.

A local council's housing benefit claimants upload their evidence (payslips,
tenancy agreements, bank statements) through the council's citizen portal, signed
in to their citizen account. The files land in an evidence store in the council's
cloud tenancy. An extraction service there runs OCR on each file and sends the
text to an LLM deployed in the same tenancy, which returns the values the
assessment form needs (gross and net pay, pay dates, rent, landlord, tenancy
start, balances, regular incoming payments). The values are saved as a draft
assessment. Benefit assessors on the council network open the draft beside the
original documents in an assessor workbench, correct or confirm every value and
then make the decision in the revenues and benefits system of record. Claimants
are told by e-mail through the government notification service. Staff sign in
with the council's SSO; the evidence is stored encrypted; uploads are checked for
file type and size; the workbench keeps an audit trail of who changed what.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing benefit evidence extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM fills in housing benefit assessment fields from claimants' uploaded "
        "evidence; assessors check every value before a decision."
    ),
)

# ---------------------------------------------------------------- data assets
evidence = tg.Data(
    "Claim evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Payslips, tenancy agreements and bank statements as PDF or photos.",
)
upload_details = tg.Data(
    "Upload details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claim reference, document type chosen by the claimant, upload time.",
)
receipt = tg.Data("Upload receipt", kind="records", sensitivity=tg.Sensitivity.PII)
ocr_text = tg.Data(
    "OCR text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text and layout extracted from each page.",
)
prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Field definitions for the assessment form plus the document text.",
)
extracted = tg.Data(
    "Extracted field values",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Form fields with values and the page each came from.",
)
draft = tg.Data(
    "Draft assessment form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_status = tg.Data("Draft review status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
claim_record = tg.Data(
    "Housing benefit claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Household, income, rent, previous awards and the decision.",
)
checked_values = tg.Data(
    "Assessor-checked values",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Values the assessor confirmed or corrected.",
)
notice = tg.Data(
    "Claim progress notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Evidence received, more evidence needed, or decision letter ready.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents claiming housing benefit; they hand in their evidence online.
    claimant = tm.add(tg.Actor("Claimant", role="citizen"))

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Government e-mail and SMS service the council already uses.
    notify = tm.add(tg.ExternalService("Government notification service"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The council's citizen portal: the only way evidence comes in online.
    portal = tm.add(
        tg.Endpoint(
            "Citizen portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="citizen account: e-mail and password"),
                c.InputValidation(note="PDF, JPEG, PNG only, 20 MB per file"),
            },
        )
    )
    # Orchestrates OCR and the LLM call, and writes the draft form.
    extractor = tm.add(
        tg.Service(
            "Evidence extraction service",
            description="Triggered per upload; maps LLM output onto assessment form fields.",
            controls={c.SchemaEnforcement(note="LLM answer must match the form's field schema")},
        )
    )
    # Cloud OCR service deployed in the tenancy; turns scans and photos into text.
    ocr = tm.add(tg.Service("OCR service"))
    # A vendor's model deployed in the council's own tenancy; no data leaves it.
    llm = tm.add(
        tg.LLM(
            "Extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads the document text and returns the assessment form fields.",
            controls={c.SupplierAssessment(note="cloud provider DPA, no prompt retention")},
        )
    )
    # Staff web app showing each draft beside the original documents.
    workbench = tm.add(
        tg.Service(
            "Assessor workbench",
            controls={
                c.Authentication(method="council SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="benefit assessor"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

    with tm.boundary("Evidence data", trust=tg.Trust.RESTRICTED):
        # Blob storage for the uploaded files.
        evidence_store = tm.add(
            tg.DataStore(
                "Evidence store",
                stores={evidence, upload_details},
                controls={c.EncryptionAtRest(key_management="platform-managed keys")},
            )
        )
        # Drafts waiting for an assessor to check them.
        drafts = tm.add(
            tg.DataStore(
                "Draft assessment store",
                stores={draft, review_status},
                controls={c.EncryptionAtRest(key_management="platform-managed keys")},
            )
        )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Benefits staff who check the extracted values and decide the claim.
    assessor = tm.add(tg.Actor("Benefit assessor", role="assessor"))
    # The council's existing system of record for claims and awards.
    rb_system = tm.add(tg.DataStore("Revenues and benefits system", stores={claim_record}))

# ---------------------------------------------------------------- flows
tm.flow(claimant, portal, evidence, upload_details, protocol="https")
tm.flow(portal, claimant, receipt, protocol="https")
tm.flow(portal, evidence_store, evidence, upload_details)

tm.flow(evidence_store, extractor, evidence, upload_details)
tm.flow(extractor, ocr, evidence, protocol="https")
tm.flow(ocr, extractor, ocr_text, protocol="https")
tm.flow(extractor, llm, prompt, protocol="https")
tm.flow(llm, extractor, extracted, protocol="https")
tm.flow(extractor, drafts, draft)

tm.flow(drafts, workbench, draft)
tm.flow(evidence_store, workbench, evidence)
tm.flow(rb_system, workbench, claim_record, protocol="https")
tm.flow(workbench, assessor, draft, evidence, claim_record, protocol="https")
tm.flow(assessor, workbench, checked_values, protocol="https")
tm.flow(workbench, drafts, review_status)
tm.flow(workbench, rb_system, checked_values, protocol="https", label="confirmed values")

tm.flow(workbench, notify, notice, protocol="https")
tm.flow(notify, claimant, notice, protocol="smtp+starttls")
