"""Tenant referencing agent: the first design, before any security review.

A UK letting agency references prospective tenants with an LLM agent. Applicants
fill in a web form (reached through a unique link the negotiator e-mails them)
and upload payslips and bank statements, which are kept in an encrypted document
store. The agent, running in the agency's cloud account and calling a hosted
model API under a signed data processing agreement, extracts income from the
documents, e-mails the employers and previous landlords named on the form from
the agency's references mailbox, reads their replies, and runs a search through
a credit-reference agency's API (key kept in a vault). It then writes a pass /
conditional / fail recommendation into the agency's CRM, where a lettings
negotiator confirms or changes it before anything is sent to the landlord.
Every agent run is logged. Applicants' personal data falls under UK GDPR.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Tenant referencing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that references prospective tenants for a UK letting agency.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Tenancy application",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, contact details, address history, employer and landlord contacts.",
)
financial_docs = tg.Data(
    "Payslips and bank statements",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
submission_receipt = tg.Data(
    "Submission confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
prompt = tg.Data(
    "Agent prompt and context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the application, document text, replies and credit results.",
)
completion = tg.Data(
    "Model completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
reference_request = tg.Data(
    "Reference request e-mail", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
referee_reply = tg.Data(
    "Referee reply e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Free text from an employer or former landlord, sometimes with attachments.",
)
credit_search = tg.Data("Credit search request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
credit_report = tg.Data(
    "Credit report",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
recommendation = tg.Data(
    "Referencing recommendation",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Pass / conditional / fail with the extracted income and reasons.",
)
outcome = tg.Data("Confirmed referencing outcome", sensitivity=tg.Sensitivity.PII, kind="records")
trace = tg.Data("Agent run trace", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person applying to rent; anyone holding the link can submit.
    applicant = tm.add(tg.Actor("Prospective tenant", role="applicant"))
    # Employers and previous landlords, contacted at addresses the applicant gives.
    referee = tm.add(tg.Actor("Employer or previous landlord", role="referee"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drives the agent's reasoning.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option")},
        )
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Credit history, CCJs and identity checks on the applicant.
    credit_api = tm.add(
        tg.ExternalService(
            "Credit reference agency API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Shared references@ mailbox the agent sends from and reads replies in.
    mailbox = tm.add(tg.ExternalService("References mailbox"))

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The agency's lettings CRM (SaaS): properties, applicants, referencing status.
    crm = tm.add(
        tg.DataStore(
            "Lettings CRM",
            stores={application, recommendation, outcome},
            controls={
                c.Authentication(method="Microsoft SSO with MFA"),
                c.RBAC(note="negotiators, branch managers, admins"),
            },
        )
    )

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # Application form where applicants enter details and upload documents.
    web_form = tm.add(
        tg.Endpoint(
            "Tenant application form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="unique application link e-mailed by the negotiator"),
                c.InputValidation(note="PDF and image files only, 10 MB limit"),
            },
        )
    )
    # Uploaded documents and form answers, kept for the referencing file.
    doc_store = tm.add(
        tg.DataStore(
            "Applicant document store",
            stores={application, financial_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Orchestrates the referencing steps with the hosted model.
    agent = tm.add(
        tg.Agent(
            "Referencing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="lettings negotiator", note="confirms the recommendation in the CRM"
                ),
            },
        )
    )
    # Sends reference requests and fetches replies through the Graph API.
    email_tool = tm.add(
        tg.Tool(
            "E-mail tool", capabilities={"read", "send-messages"}, origin=tg.ToolOrigin.FIRST_PARTY
        )
    )
    # Runs a credit search for the applicant.
    credit_tool = tm.add(
        tg.Tool(
            "Credit check tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="agency API key in the cloud key vault")},
        )
    )
    # Creates or updates the referencing record on the applicant in the CRM.
    crm_tool = tm.add(tg.Tool("CRM update tool", capabilities={"read", "write"}))
    # Prompts, tool calls and outputs of every run, for complaints and audits.
    trace_store = tm.add(
        tg.DataStore(
            "Agent trace log", stores={trace}, controls={c.AuditLogging(retention_days=365)}
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Reviews the recommendation and decides what goes to the landlord.
    negotiator = tm.add(tg.Actor("Lettings negotiator", role="negotiator"))

# ---------------------------------------------------------------- flows
tm.flow(applicant, web_form, application, financial_docs, protocol="https")
tm.flow(web_form, applicant, submission_receipt, protocol="https")
tm.flow(web_form, doc_store, application, financial_docs)
tm.flow(web_form, agent, application, label="new application")
tm.flow(doc_store, agent, application, financial_docs)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, email_tool, reference_request)
tm.flow(email_tool, mailbox, reference_request, protocol="https")
tm.flow(mailbox, referee, reference_request, protocol="smtp+starttls")
tm.flow(referee, mailbox, referee_reply, protocol="smtp+starttls")
tm.flow(mailbox, email_tool, referee_reply, protocol="https")
tm.flow(email_tool, agent, referee_reply)

tm.flow(agent, credit_tool, credit_search)
tm.flow(credit_tool, credit_api, credit_search, protocol="https")
tm.flow(credit_api, credit_tool, credit_report, protocol="https")
tm.flow(credit_tool, agent, credit_report)

tm.flow(agent, crm_tool, recommendation)
tm.flow(crm_tool, crm, recommendation, protocol="https")
tm.flow(crm, negotiator, application, recommendation, protocol="https")
tm.flow(negotiator, crm, outcome, protocol="https")

tm.flow(agent, trace_store, trace)
