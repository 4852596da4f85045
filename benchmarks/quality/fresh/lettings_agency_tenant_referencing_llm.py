"""Tenant referencing with an LLM: the first design, before any security review.

A high-street lettings agency checks prospective tenants before a tenancy is offered. Each
applicant gets a one-time link to an online form, enters their details and uploads payslips,
bank statements and photo ID to a cloud bucket. A referencing service in the agency's cloud
account sends the documents to a hosted LLM, which drafts an affordability and referencing
report; it also runs a credit check through a credit reference agency's API and e-mails
previous landlords, whose replies come back to a referencing mailbox and join the report.
The letting negotiator reviews the draft in the lettings CRM and decides with the landlord,
who is sent a summary by e-mail. Controls: per-applicant upload links, file type and size
checks, encrypted bucket and case store, staff SSO with MFA and roles in the CRM, the API
key in a secrets manager, a vendor review of the LLM provider, and a person's decision on
every application.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lettings agency tenant referencing LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM reads applicants' payslips, bank statements and ID and drafts an "
        "affordability and referencing report for the letting negotiator."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Tenancy application details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, addresses for three years, employer, income, previous landlord.",
)
documents = tg.Data(
    "Payslips, bank statements and ID",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
upload_link = tg.Data("Applicant upload link", kind="credentials", sensitivity="secret")
referencing_prompt = tg.Data(
    "Referencing prompt with documents",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application details, the documents and any references received.",
)
draft_report = tg.Data(
    "Draft affordability and referencing report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Income to rent ratio, income verification notes, reference summary, recommendation.",
)
credit_request = tg.Data("Credit check request", kind="records", sensitivity=tg.Sensitivity.PII)
credit_report = tg.Data(
    "Credit report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Score band, CCJs, insolvencies and address links from the credit reference agency.",
)
credit_api_key = tg.Data("Credit reference API key", kind="credentials", sensitivity="secret")
reference_request = tg.Data(
    "Previous landlord reference request", kind="documents", sensitivity=tg.Sensitivity.PII
)
reference_reply = tg.Data(
    "Previous landlord reference", kind="documents", sensitivity=tg.Sensitivity.PII
)
case_file = tg.Data(
    "Referencing case file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The application, credit report, references and draft report for one applicant.",
)
decision = tg.Data("Tenancy decision", kind="records", sensitivity=tg.Sensitivity.PII)
landlord_summary = tg.Data(
    "Referencing summary for landlord", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective tenant filling in the form and uploading evidence.
    applicant = tm.add(tg.Actor("Applicant", role="prospective tenant"))
    # Asked for a reference by e-mail; anyone can claim to be one.
    prev_landlord = tm.add(tg.Actor("Previous landlord", role="referee"))
    # Owns the property and agrees the decision with the negotiator.
    landlord = tm.add(tg.Actor("Landlord", role="agency client"))

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Credit history and identity/address checks for UK applicants.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the documents and drafts the report.
    llm = tm.add(
        tg.LLM(
            "Hosted referencing LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="A multimodal chat model that reads PDFs and photos of documents.",
            controls={
                c.SupplierAssessment(note="DPA signed; the vendor does not train on our data"),
                c.HumanInTheLoop(approver="letting negotiator, who decides with the landlord"),
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The agency's hosted mail: sends reference requests and summaries, receives replies.
    mail = tm.add(tg.ExternalService("Agency e-mail service"))

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # Public web form applicants reach through their one-time link.
    portal = tm.add(
        tg.Endpoint(
            "Applicant upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="one-time link e-mailed to the applicant"),
                c.InputValidation(note="PDF, JPEG and PNG only, 10 MB per file"),
            },
        )
    )
    # Where the uploaded files are kept for the referencing service.
    doc_bucket = tm.add(
        tg.DataStore(
            "Applicant document bucket",
            stores={documents, application},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Drives each case: LLM draft, credit check, reference e-mails.
    referencing = tm.add(
        tg.Service(
            "Referencing service",
            controls={
                c.SecretsManagement(note="credit reference API key in the cloud secrets manager")
            },
        )
    )
    # Everything gathered for a case, and the draft report.
    case_store = tm.add(
        tg.DataStore(
            "Referencing case store",
            stores={case_file, draft_report, credit_report, reference_reply},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Reviews the draft and makes the decision with the landlord.
    negotiator = tm.add(tg.Actor("Letting negotiator", role="negotiator"))
    # The agency's lettings CRM, where cases are reviewed and decisions recorded.
    crm = tm.add(
        tg.Service(
            "Lettings CRM",
            description="Hosted lettings software; properties, applicants, landlords and tenancies.",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="negotiator, branch manager and admin roles"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(crm, mail, upload_link, application, protocol="https", label="invite applicant")
tm.flow(mail, applicant, upload_link, protocol="smtp")
tm.flow(applicant, portal, application, documents, protocol="https")
tm.flow(portal, doc_bucket, application, documents)
tm.flow(doc_bucket, referencing, application, documents)

tm.flow(referencing, llm, referencing_prompt, protocol="https")
tm.flow(llm, referencing, draft_report, protocol="https")

tm.flow(referencing, cra, credit_request, credit_api_key, protocol="https")
tm.flow(cra, referencing, credit_report, protocol="https")

tm.flow(referencing, mail, reference_request, protocol="https", label="send reference request")
tm.flow(mail, prev_landlord, reference_request, protocol="smtp")
tm.flow(prev_landlord, mail, reference_reply, protocol="smtp")
tm.flow(mail, referencing, reference_reply, protocol="https", label="referencing mailbox poll")

tm.flow(referencing, case_store, case_file, draft_report, credit_report, reference_reply)
tm.flow(case_store, referencing, case_file)
tm.flow(referencing, crm, draft_report, credit_report, protocol="https")

tm.flow(crm, negotiator, draft_report, credit_report, case_file, protocol="https")
tm.flow(negotiator, crm, decision, protocol="https")
tm.flow(crm, mail, landlord_summary, protocol="https")
tm.flow(mail, landlord, landlord_summary, protocol="smtp")
tm.flow(landlord, negotiator, decision, protocol="phone", label="agrees decision by phone")
