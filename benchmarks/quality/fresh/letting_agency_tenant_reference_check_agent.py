"""Letting agency tenant referencing agent: the first design, before review.

Prospective tenants fill in an application and upload ID, payslips and bank
statements in the agency's applicant portal. A referencing agent in the agency's
cloud reads each file with a hosted LLM, runs a credit search with a credit
reference agency, and e-mails previous landlords and employers for references
through the agency's mail service, reading their replies when they come back.
It then writes a pass or fail recommendation with its reasons to the case store.
A lettings negotiator reviews every case in a staff console and makes the decision;
the landlord sees the referencing summary in the landlord portal.
Controls in this design: sign-in on both portals and SSO with MFA for staff, upload
type and size checks, encryption at rest for documents and cases, the credit API
key in a vault, an audit log on the console, and a step limit on the agent.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Letting agency tenant referencing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent-assisted tenant referencing with a negotiator making each decision.",
)

# ---------------------------------------------------------------- data assets
portal_login = tg.Data("Applicant portal login", sensitivity=tg.Sensitivity.PII, kind="credentials")
application = tg.Data(
    "Tenancy application form",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address history, employer and previous landlord contacts.",
)
documents = tg.Data(
    "ID, payslips and bank statements",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
prompt = tg.Data(
    "Document reading prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions with the uploaded files and the application.",
)
completion = tg.Data(
    "Income figures and assessment draft", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
credit_call = tg.Data("Credit search request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
credit_report = tg.Data(
    "Credit report",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reference_request = tg.Data(
    "Reference request e-mail", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
reference_reply = tg.Data(
    "Landlord and employer references", sensitivity=tg.Sensitivity.PII, kind="documents"
)
recommendation = tg.Data(
    "Pass or fail recommendation", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
decision = tg.Data("Referencing decision", sensitivity=tg.Sensitivity.PII, kind="records")
summary = tg.Data("Referencing summary", sensitivity=tg.Sensitivity.PII, kind="records")
staff_login = tg.Data("Staff sign-in", sensitivity=tg.Sensitivity.INTERNAL, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People applying to rent a property through the agency.
    applicant = tm.add(tg.Actor("Applicant", role="prospective tenant"))
    # Previous landlords and employers named by the applicant; they answer by e-mail.
    referee = tm.add(tg.Actor("Referee", role="previous landlord or employer"))
    # Property owners who see the outcome before agreeing a tenancy.
    landlord = tm.add(tg.Actor("Landlord", role="landlord client"))

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Credit searches: identity match, CCJs, address links and a credit score.
    cra = tm.add(
        tg.ExternalService(
            "Credit reference agency API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads scans and PDFs and drafts the assessment.
    llm = tm.add(
        tg.LLM(
            "Hosted document LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="data processing agreement, no retention")},
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The agency's hosted mailbox that sends reference requests and receives replies.
    mail = tm.add(tg.ExternalService("Agency mail service"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Public web portal where applicants fill in the form and upload files.
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
    # Uploaded files, kept with each referencing case.
    document_store = tm.add(
        tg.DataStore(
            "Applicant document store",
            stores={documents, application},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Works each case: reads files, runs the credit search, chases references.
    agent = tm.add(
        tg.Agent(
            "Referencing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="lettings negotiator decides every application"),
                c.CircuitBreaker(max_steps=30),
            },
        )
    )
    # Calls the credit reference agency for the applicant on the case.
    credit_tool = tm.add(
        tg.Tool(
            "Credit search tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="CRA API key in the cloud key vault")},
        )
    )
    # Sends reference requests and reads the replies in the referencing mailbox.
    email_tool = tm.add(tg.Tool("Reference e-mail tool", capabilities={"read", "send-messages"}))
    # Cases: references, credit reports, recommendations and decisions.
    case_store = tm.add(
        tg.DataStore(
            "Referencing case store",
            stores={credit_report, reference_reply, recommendation, decision, summary},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Staff console where negotiators review the evidence and decide.
    console = tm.add(
        tg.Service(
            "Negotiator console",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Portal where landlords see the summary for their property's applicants.
    landlord_portal = tm.add(
        tg.Endpoint(
            "Landlord portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Staff member who owns the application and makes the referencing decision.
    negotiator = tm.add(tg.Actor("Lettings negotiator", role="negotiator"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, applicant_portal, portal_login, application, documents, protocol="https")
tm.flow(applicant_portal, document_store, application, documents)

tm.flow(document_store, agent, application, documents)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, credit_tool, credit_call)
tm.flow(credit_tool, cra, credit_call, protocol="https")
tm.flow(cra, credit_tool, credit_report, protocol="https")
tm.flow(credit_tool, agent, credit_report)

tm.flow(agent, email_tool, reference_request)
tm.flow(email_tool, mail, reference_request, protocol="https")
tm.flow(mail, referee, reference_request, protocol="smtp")
tm.flow(referee, mail, reference_reply, protocol="smtp")
tm.flow(mail, email_tool, reference_reply, protocol="https")
tm.flow(email_tool, agent, reference_reply)

tm.flow(agent, case_store, credit_report, reference_reply, recommendation)

tm.flow(negotiator, console, staff_login, decision, protocol="https")
tm.flow(case_store, console, credit_report, reference_reply, recommendation)
tm.flow(document_store, console, documents, label="evidence view")
tm.flow(console, negotiator, recommendation, documents, protocol="https")
tm.flow(console, case_store, decision, summary)

tm.flow(case_store, landlord_portal, summary)
tm.flow(
    landlord,
    landlord_portal,
    tg.Data("Landlord portal login", sensitivity="pii", kind="credentials"),
    protocol="https",
)
tm.flow(landlord_portal, landlord, summary, protocol="https")
