"""Building control fire safety plan review: the first design, before any security review.

A local council's building control team receives building regulations applications
from architects and agents through an online submissions portal: application details,
fire strategy reports and drawings as PDF files. A text extraction service reads the
PDFs, and a review orchestrator sends the extracted text with the team's checklist of
fire safety requirements (Approved Document B and related regulations) to an LLM hosted
by a cloud vendor in a UK region. The LLM marks each checklist item and drafts queries
to the applicant. A building control surveyor reviews the assessment and the drafts in
a review workbench, edits them, and sends queries and the decision back through the
portal. The fire and rescue service is consulted by email from the council's Microsoft
365. Controls in this design: portal accounts, file checks on upload, staff SSO with
MFA and roles, surveyor sign-off of every query and decision, audit logging in the case
management system, encryption at rest of documents and a vetted LLM supplier.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Building control fire safety plan review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted checking of fire strategies against regulations; "
    "surveyors send every query and decision.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site address, applicant and agent names and contact details, building use.",
)
fire_documents = tg.Data(
    "Fire strategy documents and drawings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="PDF fire strategy reports, floor plans and sections uploaded by the applicant.",
)
extracted_text = tg.Data(
    "Extracted document text", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
checklist = tg.Data(
    "Fire safety regulations checklist",
    kind="instructions",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the checklist and the extracted document text.",
)
assessment = tg.Data(
    "Checklist assessment and draft queries",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pass, query or fail per checklist item, with draft queries to the applicant.",
)
queries_decisions = tg.Data(
    "Queries and decisions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Queries sent to the applicant and the plans approval or rejection notice.",
)
consultation = tg.Data(
    "Fire service consultation",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Consultation email with the fire strategy attached.",
)
consultation_response = tg.Data(
    "Fire service observations", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Architects and agents who submit applications and answer queries.
    architect = tm.add(tg.Actor("Architect", role="applicant or agent"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public portal where applications and documents are submitted.
    portal = tm.add(
        tg.Endpoint(
            "Submissions portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="PDF and DWG only, 100 MB limit, antivirus scan"),
            },
        )
    )
    # Blob storage for the uploaded documents.
    document_store = tm.add(
        tg.DataStore(
            "Submitted document store",
            stores={fire_documents},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Turns PDFs and drawings into text the LLM can read.
    extraction = tm.add(
        tg.Service(
            "Document text extraction service",
            description="PDF text extraction with OCR for scanned pages and drawing annotations.",
        )
    )
    # The team's checklist of fire safety requirements, maintained by senior surveyors.
    checklist_store = tm.add(tg.DataStore("Regulations checklist", stores={checklist}))
    # Builds the prompt per document and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Review orchestrator",
            controls={tg.controls.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # The council's system of record for building control cases.
    case_system = tm.add(
        tg.DataStore(
            "Building control case management system",
            stores={application, assessment, queries_decisions, consultation_response},
            controls={tg.controls.AuditLogging(), tg.controls.RBAC()},
        )
    )
    # Where surveyors read the assessment, edit drafts and send queries and decisions.
    workbench = tm.add(
        tg.Service(
            "Surveyor review workbench",
            controls={
                tg.controls.Authentication(method="council SSO with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="building control surveyor"),
            },
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The surveyor who owns each case and makes every decision.
    surveyor = tm.add(tg.Actor("Building control surveyor", role="surveyor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted general-purpose LLM in a UK region, no training on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Checks fire strategies against the checklist and drafts queries.",
            controls={tg.controls.SupplierAssessment(note="DPIA and vendor data terms reviewed")},
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The council's e-mail, used for statutory consultation with the fire service.
    email = tm.add(tg.ExternalService("Council e-mail"))

with tm.boundary("Fire and rescue service", trust=tg.Trust.PARTNER):
    # The fire safety officer who gives the statutory consultation response.
    fire_officer = tm.add(tg.Actor("Fire safety officer", role="consultee"))

# ---------------------------------------------------------------- flows
# Submission
tm.flow(architect, portal, application, fire_documents, protocol="https")
tm.flow(portal, document_store, fire_documents, protocol="https")
tm.flow(portal, case_system, application, protocol="https")

# LLM review
tm.flow(document_store, extraction, fire_documents, protocol="https")
tm.flow(extraction, orchestrator, extracted_text, protocol="https")
tm.flow(checklist_store, orchestrator, checklist, protocol="https")
tm.flow(orchestrator, llm, review_prompt, protocol="https")
tm.flow(llm, orchestrator, assessment, protocol="https")
tm.flow(orchestrator, case_system, assessment, protocol="https")

# Surveyor review
tm.flow(case_system, workbench, application, assessment, consultation_response, protocol="https")
tm.flow(document_store, workbench, fire_documents, protocol="https")
tm.flow(workbench, surveyor, fire_documents, assessment, protocol="https")
tm.flow(surveyor, workbench, queries_decisions, protocol="https", label="edits and sends")
tm.flow(workbench, case_system, queries_decisions, protocol="https")

# Back to the applicant
tm.flow(case_system, portal, queries_decisions, protocol="https")
tm.flow(portal, architect, queries_decisions, protocol="https")

# Fire service consultation
tm.flow(surveyor, email, consultation, protocol="https")
tm.flow(email, fire_officer, consultation, protocol="smtp+starttls")
tm.flow(fire_officer, email, consultation_response, protocol="smtp+starttls")
tm.flow(email, surveyor, consultation_response, protocol="https")
tm.flow(surveyor, workbench, consultation_response, protocol="https", label="files response")
tm.flow(workbench, case_system, consultation_response, protocol="https", label="files response")
