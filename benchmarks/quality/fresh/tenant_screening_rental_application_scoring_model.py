"""Tenant screening for rental applications: the first design.

A UK letting agency scores rental applications with a tenant-risk model that a
tenant-screening vendor runs as an API. Applicants fill in an application on the
agency's web portal and upload income documents (payslips, bank statements); the
portal asks their previous landlord for a reference by e-mail, and the landlord
answers through a one-time link. A referencing service in the agency's cloud sends
the application, documents and reference to the vendor, whose model also pulls the
applicant's credit file from a credit reference agency and returns a score with
reason codes. A lettings negotiator reads everything in the negotiator console and
makes the decision; the applicant is told by e-mail and can ask, through the portal,
for the reasons, which the negotiator answers. Controls in this design: portal and
console sign-in, TLS everywhere, upload checks, encrypted document storage,
role-based access in the console and the negotiator's decision on every case.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tenant screening rental application scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Vendor tenant-risk scores on rental applications from credit data, income "
        "documents and landlord references; a negotiator decides."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Rental application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address history, employer, declared income, property.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
income_docs = tg.Data(
    "Income documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded payslips, bank statements and employment letters (PDF or photos).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reference_request = tg.Data(
    "Landlord reference request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant's name, tenancy address and dates, with a one-time link.",
)
landlord_reference = tg.Data(
    "Previous landlord reference",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rent paid on time, arrears, property condition, would re-let: yes/no.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screening_request = tg.Data(
    "Screening request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Application, income documents and landlord reference sent to the vendor.",
)
credit_search = tg.Data(
    "Credit search request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant identity and address history for a credit file search.",
)
credit_file = tg.Data(
    "Credit reference data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Credit accounts, CCJs, insolvencies, electoral roll, address links.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
score = tg.Data(
    "Tenant risk score and reason codes",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Score 0-1000, an accept/refer/decline band and up to five reason codes.",
)
decision = tg.Data(
    "Letting decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The negotiator's accept, accept with guarantor or decline, with a note.",
)
decision_notice = tg.Data(
    "Decision notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail telling the applicant the outcome.",
)
reasons_request = tg.Data(
    "Request for decision reasons",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Applicant asks why they were declined or asked for a guarantor.",
)
explanation = tg.Data(
    "Decision reasons",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Reasons the negotiator writes from the reason codes and the file.",
)
case_view = tg.Data(
    "Application case view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Application, documents, reference, score and history shown to negotiators.",
)
status = tg.Data(
    "Application status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Progress of the applicant's own application, shown in the portal.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Prospective tenants applying for a property the agency lets.
    applicant = tm.add(tg.Actor("Applicant", role="prospective tenant"))
    # The applicant's previous landlord or letting agent, asked for a reference.
    previous_landlord = tm.add(tg.Actor("Previous landlord", role="referee"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Public web portal: applications, uploads, landlord references, status, reasons.
    portal = tm.add(
        tg.Endpoint(
            "Applicant portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="e-mail and password for applicants; one-time e-mailed link for referees"
                ),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 10 MB"),
            },
        )
    )
    # Orchestrates referencing: reference requests, vendor calls, storing the result.
    referencing = tm.add(
        tg.Service(
            "Referencing service",
            description="Sends each complete application to the vendor and stores the score.",
            controls={c.SecretsManagement(note="vendor API key in the cloud secrets manager")},
        )
    )
    # Case database of applications, references, scores and decisions.
    case_db = tm.add(
        tg.DataStore(
            "Applications database",
            stores={
                application,
                landlord_reference,
                score,
                decision,
                reasons_request,
                explanation,
            },
        )
    )
    # Object storage for uploaded income documents.
    doc_bucket = tm.add(
        tg.DataStore(
            "Income document bucket",
            stores={income_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console where negotiators review cases, record decisions and answer reasons.
    console = tm.add(
        tg.Endpoint(
            "Negotiator console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on"),
                c.RBAC(note="negotiators see their branch's applications"),
                c.HumanInTheLoop(approver="the lettings negotiator decides every application"),
                c.Contestability(note="applicants can ask for the reasons; a negotiator answers"),
            },
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Lettings negotiators at each branch: they make the letting decision.
    negotiator = tm.add(tg.Actor("Lettings negotiator", role="negotiator"))

with tm.boundary("Screening vendor", trust=tg.Trust.PARTNER):
    # The vendor's tenant-risk model, called as an API; the agency cannot see inside it.
    vendor_model = tm.add(
        tg.Model(
            "Vendor tenant risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Scores an applicant's risk of arrears from credit, income and references.",
        )
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Bureau the vendor searches for the applicant's credit file.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail: reference requests, decision notices and reasons.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# Application and uploads
tm.flow(applicant, portal, application, income_docs, reasons_request, protocol="https")
tm.flow(portal, case_db, application, reasons_request)
tm.flow(portal, doc_bucket, income_docs)
tm.flow(case_db, portal, status)
tm.flow(portal, applicant, status, protocol="https")

# Previous landlord reference
tm.flow(case_db, referencing, application, landlord_reference)
tm.flow(referencing, email, reference_request, protocol="https")
tm.flow(email, previous_landlord, reference_request, protocol="smtp")
tm.flow(previous_landlord, portal, landlord_reference, protocol="https")
tm.flow(portal, case_db, landlord_reference, id="portal->case-db:reference")

# Vendor scoring
tm.flow(doc_bucket, referencing, income_docs)
tm.flow(referencing, vendor_model, screening_request, protocol="https")
tm.flow(vendor_model, cra, credit_search, protocol="https")
tm.flow(cra, vendor_model, credit_file, protocol="https")
tm.flow(vendor_model, referencing, score, protocol="https")
tm.flow(referencing, case_db, score)

# Negotiator review and decision
tm.flow(case_db, console, application, landlord_reference, score, reasons_request)
tm.flow(doc_bucket, console, income_docs)
tm.flow(console, negotiator, case_view, protocol="https")
tm.flow(negotiator, console, decision, explanation, protocol="https")
tm.flow(console, case_db, decision, explanation)

# Telling the applicant
tm.flow(console, email, decision_notice, explanation, protocol="https")
tm.flow(email, applicant, decision_notice, explanation, protocol="smtp")
