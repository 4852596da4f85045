"""Housing benefit document checking: the first design, before any security review.

A council's housing benefit team wants help checking evidence. Claimants apply through
the council's online claim portal (an account with e-mail and password), filling in the
claim form and uploading payslips and tenancy agreements as PDFs or phone photos. The
form goes into the revenues and benefits system and the uploads into the document
management system. When an assessor opens a claim in the assessor workbench, a checking
service has the documents turned into text by an OCR service, puts them beside the claim
form and the team's checking guidance, and asks a hosted LLM (UK region, procured under
a vendor assessment) to list where the documents and the form disagree: income, pay
frequency, rent, landlord, tenancy dates, people named. The assessor reads the
discrepancy report next to the originals and decides the claim; the LLM decides nothing.
Controls: council SSO with MFA and role-based access for assessors, upload type and size
checks, encryption at rest for the evidence, TLS on the portal and the LLM calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housing benefit document checking",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted checking of housing benefit evidence against the claim form, for assessors.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Housing benefit claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Household members, income, savings, rent, landlord, sometimes disability details.",
)
evidence = tg.Data(
    "Uploaded payslips and tenancy agreements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
acknowledgement = tg.Data("Claim acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
document_text = tg.Data(
    "OCR text of claim documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
guidance = tg.Data(
    "Checking guidance and prompt template",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What to compare and how to word a discrepancy, written by the benefits team.",
)
check_prompt = tg.Data(
    "Document check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The guidance, the claim form fields and the OCR text of every document.",
)
llm_output = tg.Data("LLM discrepancy list", kind="model-output", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Discrepancy report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Each mismatch with the form field, the document and the page it was read from.",
)
check_request = tg.Data("Check request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
decision = tg.Data(
    "Assessment decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person claiming housing benefit, applying from home or a library PC.
    claimant = tm.add(tg.Actor("Claimant", role="benefit claimant"))

with tm.boundary("Council web tier", trust=tg.Trust.INTERNAL):
    # Public claim portal: the claim form and the evidence uploads.
    portal = tm.add(
        tg.Endpoint(
            "Online claim portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 10 MB per file"),
            },
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Housing benefit assessor working the claims queue.
    assessor = tm.add(tg.Actor("Benefit assessor", role="assessor"))
    # Web app assessors use to open a claim, run the check and read the report.
    workbench = tm.add(
        tg.Endpoint(
            "Assessor workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council SSO (OIDC) with MFA"),
                c.RBAC(note="housing benefit team role"),
                c.AuditLogging(),
            },
        )
    )
    # Assembles claim form, OCR text and guidance, calls the LLM, stores the report.
    checker = tm.add(
        tg.Service(
            "Document checking service",
            controls={
                c.HumanInTheLoop(
                    approver="benefit assessor",
                    note="the assessor decides every claim; the report is advice to them",
                )
            },
        )
    )
    # Turns PDFs and phone photos into text the LLM can read.
    ocr = tm.add(tg.Service("OCR text extraction service"))
    # The team's checking guidance and prompt template, edited by the team lead.
    guidance_store = tm.add(tg.DataStore("Checking guidance store", stores={guidance}))

    with tm.boundary("Benefits data zone", trust=tg.Trust.RESTRICTED):
        # System of record for claims and decisions (the council's revenues and benefits system).
        benefits_system = tm.add(
            tg.DataStore("Revenues and benefits system", stores={claim_form, decision})
        )
        # Document management system holding every uploaded piece of evidence.
        dms = tm.add(
            tg.DataStore(
                "Evidence document management system",
                stores={evidence},
                controls={c.EncryptionAtRest(key_management="council-managed keys")},
            )
        )
        # Keeps each discrepancy report against the claim for the assessor and for audit.
        report_store = tm.add(
            tg.DataStore(
                "Discrepancy report store",
                stores={report},
                controls={c.EncryptionAtRest(key_management="council-managed keys")},
            )
        )

with tm.boundary("LLM provider (UK region)", trust=tg.Trust.PARTNER):
    # Hosted general-purpose LLM; the vendor does not train on council data by contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={
                c.SupplierAssessment(note="council procurement and data-processing agreement")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(claimant, portal, claim_form, evidence, protocol="https")
tm.flow(portal, claimant, acknowledgement, protocol="https")
tm.flow(portal, benefits_system, claim_form)
tm.flow(portal, dms, evidence)

tm.flow(assessor, workbench, check_request, decision, protocol="https")
tm.flow(workbench, assessor, claim_form, evidence, report, protocol="https")
tm.flow(benefits_system, workbench, claim_form)
tm.flow(dms, workbench, evidence)
tm.flow(workbench, benefits_system, decision)

tm.flow(workbench, checker, check_request)
tm.flow(benefits_system, checker, claim_form)
tm.flow(dms, ocr, evidence)
tm.flow(ocr, checker, document_text)
tm.flow(guidance_store, checker, guidance)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, llm_output, protocol="https")
tm.flow(checker, report_store, report)
tm.flow(report_store, workbench, report)
