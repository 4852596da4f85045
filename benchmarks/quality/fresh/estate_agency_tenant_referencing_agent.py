"""Tenant referencing agent for an estate agency's lettings team: the first design.

Prospective tenants apply through the agency's applicant portal, signing in with
an e-mail address and password, and upload their right-to-rent documents,
payslips and bank statements. A referencing agent built on a hosted LLM then
works through each application on its own: it reads the documents, runs a credit
search with a credit reference agency through a credit check tool, and e-mails
previous landlords and employers for references through the agency's Microsoft
365 mailbox, reading their replies. It writes a referencing report with a
recommendation into the referencing case store. A lettings negotiator, signed in
to the lettings back office with single sign-on and MFA, reads the report and
decides whether to offer the tenancy. Uploads are encrypted at rest, the credit
API key sits in the cloud secret store, and the agent stops after a step limit.
All of it runs in the agency's cloud tenancy in the UK and is subject to UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Estate agency tenant referencing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent gathering references, credit checks and right-to-rent documents.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Tenancy application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address history, employer, income, referee contacts.",
)
rtr_docs = tg.Data(
    "Right-to-rent documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passport or residence permit scans and Home Office share codes.",
)
financial_docs = tg.Data(
    "Payslips and bank statements",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
prompt = tg.Data(
    "Agent prompt with applicant documents",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the application, document contents and tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
credit_call = tg.Data("Credit search request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
credit_report = tg.Data(
    "Credit report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Credit file, CCJs, insolvencies and linked addresses.",
)
credit_result = tg.Data("Credit check result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
ref_call = tg.Data("Reference request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ref_email = tg.Data("Reference request e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
ref_reply = tg.Data(
    "Referee reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail reply from a previous landlord or employer.",
)
ref_result = tg.Data("Reference replies", kind="tool-result", sensitivity=tg.Sensitivity.PII)
case_update = tg.Data("Case update", kind="tool-call", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Referencing report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Summary of references, affordability, credit and right-to-rent status "
    "with a pass, fail or guarantor-needed recommendation.",
)
decision = tg.Data("Tenancy decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person applying to rent a property.
    tenant = tm.add(tg.Actor("Prospective tenant", role="applicant"))
    # Previous landlords, letting agents and employers named by the applicant.
    referee = tm.add(tg.Actor("Referee", role="previous landlord or employer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="DPA signed; vendor does not train on our data")},
        )
    )

with tm.boundary("Credit reference agency", trust=tg.Trust.PARTNER):
    # Supplies the credit file for each search.
    cra = tm.add(tg.ExternalService("Credit reference agency API", provides="data-provider"))

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The agency's shared referencing mailbox, used to send and receive references.
    mail = tm.add(tg.ExternalService("Microsoft 365 mailbox"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where applicants fill in the application and upload documents.
    portal = tm.add(
        tg.Endpoint(
            "Applicant portal",
            purpose="api",
            controls={
                c.Authentication(method="e-mail address and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Uploaded documents, kept for the referencing and the right-to-rent record.
    documents = tm.add(
        tg.DataStore(
            "Applicant document store",
            stores={rtr_docs, financial_docs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Works each application from start to report without asking anyone.
    agent = tm.add(
        tg.Agent(
            "Referencing agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Wraps the credit reference agency's search API for the agent.
    credit_tool = tm.add(
        tg.Tool(
            "Credit check tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="CRA API key in the cloud secret store")},
        )
    )
    # Sends reference requests and reads replies from the referencing mailbox.
    email_tool = tm.add(tg.Tool("Reference e-mail tool", capabilities={"read", "send-messages"}))
    # Lets the agent write its findings and report to the case.
    case_tool = tm.add(tg.Tool("Case update tool", capabilities={"write"}))
    # One case per application: details, reference replies, credit result, report.
    cases = tm.add(
        tg.DataStore(
            "Referencing case store", stores={application, credit_report, report, decision}
        )
    )
    # The lettings team's back office where reports are read and decisions recorded.
    back_office = tm.add(
        tg.Service(
            "Lettings back office",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="lettings negotiator"),
            },
        )
    )

with tm.boundary("Agency offices", trust=tg.Trust.INTERNAL):
    # Reviews the report and decides whether to offer the tenancy.
    negotiator = tm.add(tg.Actor("Lettings negotiator", role="lettings negotiator"))

# ---------------------------------------------------------------- flows
tm.flow(tenant, portal, application, rtr_docs, financial_docs, protocol="https")
tm.flow(portal, documents, rtr_docs, financial_docs)
tm.flow(portal, cases, application)
tm.flow(portal, agent, application, label="new application")

tm.flow(documents, agent, rtr_docs, financial_docs)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, credit_tool, credit_call)
tm.flow(credit_tool, cra, credit_call, protocol="https")
tm.flow(cra, credit_tool, credit_report, protocol="https")
tm.flow(credit_tool, agent, credit_result)

tm.flow(agent, email_tool, ref_call)
tm.flow(email_tool, mail, ref_email, protocol="https", label="Graph API send")
tm.flow(mail, referee, ref_email, protocol="smtp")
tm.flow(referee, mail, ref_reply, protocol="smtp")
tm.flow(mail, email_tool, ref_reply, protocol="https", label="Graph API read")
tm.flow(email_tool, agent, ref_result)

tm.flow(agent, case_tool, case_update)
tm.flow(case_tool, cases, credit_report, report)

tm.flow(cases, back_office, application, credit_report, report, protocol="https")
tm.flow(back_office, negotiator, application, report, protocol="https")
tm.flow(negotiator, back_office, decision, protocol="https")
tm.flow(back_office, cases, decision, protocol="https")
tm.flow(back_office, tenant, decision, protocol="smtp", label="outcome e-mail")
