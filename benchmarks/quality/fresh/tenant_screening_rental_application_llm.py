"""Tenant screening assistant: the first design, before any security review.

A letting agency's applicants fill in a rental application on our applicant portal and
upload bank statements, payslips and ID; employers and previous landlords answer
reference requests through a link to the same portal. A screening service in our
cloud tenant parses the PDFs to text, runs a credit check with a credit reference
agency, and sends the documents, the credit report and our affordability criteria to
a hosted LLM, which drafts an affordability summary (income, rent-to-income ratio,
regular outgoings, concerns). A letting negotiator reviews and edits every draft in
the back-office console before it is released to the landlord through the landlord
portal; the landlord then records an accept or decline decision. Applicants and
landlords sign in with e-mail and password; staff use Microsoft 365 SSO with MFA.
Uploads are checked for file type and size, the document store is encrypted at rest,
and the LLM vendor was reviewed and signed a DPA with no training on our data.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Tenant screening assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM that reviews rental applications, bank statements and references and "
        "drafts an affordability summary for landlords."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Rental application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address history, employment, household, pets.",
)
statements = tg.Data(
    "Bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Three months of PDF statements uploaded by the applicant.",
)
payslips = tg.Data(
    "Payslips and ID documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
references = tg.Data(
    "Employer and landlord references",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
status = tg.Data("Application status", kind="records", sensitivity=tg.Sensitivity.PII)
doc_text = tg.Data(
    "Parsed document text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text and transaction tables extracted from the uploaded PDFs.",
)
credit_request = tg.Data(
    "Credit check request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth and address history.",
)
credit_report = tg.Data(
    "Credit report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
criteria = tg.Data(
    "Screening prompt and affordability criteria",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt; rent must not exceed 40% of verified income, and so on.",
)
prompt = tg.Data(
    "Screening prompt with applicant documents",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
draft = tg.Data(
    "Draft affordability summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
summary = tg.Data(
    "Approved affordability summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review = tg.Data("Negotiator edits and approval", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Landlord decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective tenant applying for a property.
    applicant = tm.add(tg.Actor("Applicant", role="prospective tenant"))
    # Employer or previous landlord answering a reference request.
    referee = tm.add(tg.Actor("Referee", role="employer or previous landlord"))
    # The property owner who decides on the application.
    landlord = tm.add(tg.Actor("Landlord", role="client landlord"))

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Returns the applicant's credit file and identity match.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model that drafts the summary.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="vendor review and DPA; no training on our data")},
        )
    )

with tm.boundary("Agency cloud tenant", trust=tg.Trust.INTERNAL):
    # Where applicants and referees submit forms and documents.
    applicant_portal = tm.add(
        tg.Endpoint(
            "Applicant portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF and image types only, 20 MB limit"),
            },
        )
    )
    # Originals of everything the applicant and referees upload.
    doc_store = tm.add(
        tg.DataStore(
            "Application document store",
            stores={application, statements, payslips, references},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns uploaded PDFs into text for the prompt.
    parser = tm.add(
        tg.Service(
            "Document parser",
            description="PDF text and table extraction with OCR for scanned pages.",
        )
    )
    # Runs the credit check, assembles the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Screening orchestrator",
            description="One run per complete application; API keys held in app settings.",
        )
    )
    # The agency's own criteria and the system prompt, edited by the lettings manager.
    criteria_store = tm.add(tg.DataStore("Affordability criteria", stores={criteria}))
    # The lettings CRM: each application's drafts, approved summaries and decisions.
    cases = tm.add(
        tg.DataStore(
            "Applicant case records",
            stores={draft, credit_report, summary, decision, status},
        )
    )
    # Back-office screen where negotiators check and release summaries.
    console = tm.add(
        tg.Service(
            "Negotiator review console",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.HumanInTheLoop(approver="letting negotiator"),
            },
        )
    )
    # Where landlords read released summaries and record their decision.
    landlord_portal = tm.add(
        tg.Endpoint(
            "Landlord portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Reviews each draft against the documents and releases it.
    negotiator = tm.add(tg.Actor("Letting negotiator", role="agency staff"))

# ---------------------------------------------------------------- flows
# applications and references
tm.flow(applicant, applicant_portal, application, statements, payslips, protocol="https")
tm.flow(applicant_portal, applicant, status, protocol="https")
tm.flow(referee, applicant_portal, references, protocol="https", label="reference link")
tm.flow(applicant_portal, doc_store, application, statements, payslips, references)
tm.flow(cases, applicant_portal, status)

# screening
tm.flow(doc_store, parser, statements, payslips, references)
tm.flow(parser, orchestrator, doc_text)
tm.flow(doc_store, orchestrator, application)
tm.flow(orchestrator, cra, credit_request, protocol="https")
tm.flow(cra, orchestrator, credit_report, protocol="https")
tm.flow(criteria_store, orchestrator, criteria)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, draft, protocol="https")
tm.flow(orchestrator, cases, draft, credit_report)

# review and release
tm.flow(cases, console, draft, credit_report)
tm.flow(doc_store, console, statements, payslips, references, label="originals for checking")
tm.flow(console, negotiator, draft, statements, payslips, references, protocol="https")
tm.flow(negotiator, console, review, protocol="https")
tm.flow(console, cases, summary, status, label="released summary")
tm.flow(cases, landlord_portal, summary)
tm.flow(landlord_portal, landlord, summary, protocol="https")
tm.flow(landlord, landlord_portal, decision, protocol="https")
tm.flow(landlord_portal, cases, decision)
