"""Debt advice casework agent: the first design, before any security review.

A debt advice charity helps people in financial difficulty. Clients register on
a web portal (e-mail and password) and upload their bank statements and the
letters they have had from creditors; uploads are type- and size-checked and
kept in an encrypted document store. An LLM agent, running on the charity's
cloud tenancy and using a hosted model under a data processing agreement, reads
each new case's documents, writes a draft budget and list of debts into the case
management system and drafts letters asking creditors to hold payments. Advisers
(each with several hundred clients) sign in to the case management system with
SSO and MFA, review the case, correct the drafts and approve each letter; the
agent then sends approved letters to creditors through the charity's e-mail
service. The agent works across the whole caseload with one service account.
The case management system keeps an audit log of changes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Debt advice casework agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent drafts budgets, debt lists and creditor letters for debt advice cases.",
)

# ---------------------------------------------------------------- data assets
client_details = tg.Data(
    "Client registration details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, contact details, household and income.",
)
bank_statements = tg.Data(
    "Bank statements",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
creditor_letters = tg.Data(
    "Creditor letters",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Letters, statements and demands from the client's creditors.",
)
case_task = tg.Data("New case task", sensitivity=tg.Sensitivity.PII, kind="instructions")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the case so far and the text of the client's documents.",
)
completion = tg.Data("Model completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
document_request = tg.Data("Document request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
document_content = tg.Data("Document content", sensitivity=tg.Sensitivity.PII, kind="tool-result")
case_update = tg.Data("Case update call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
case_result = tg.Data("Case record result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
send_call = tg.Data("Send letter call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
case_file = tg.Data(
    "Case file",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Budget, debt list, draft and approved letters, notes and approval status.",
)
adviser_review = tg.Data(
    "Adviser corrections and letter approval", sensitivity=tg.Sensitivity.PII, kind="records"
)
progress = tg.Data("Case progress", sensitivity=tg.Sensitivity.PII, kind="records")
letter_email = tg.Data("Creditor letter e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # A person seeking debt advice.
    client = tm.add(tg.Actor("Client", role="client"))
    # Banks, lenders, councils and collection agencies receiving the letters.
    creditor = tm.add(tg.Actor("Creditor", role="creditor", human=False))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The charity's hosted e-mail service that delivers letters to creditors.
    mail = tm.add(tg.ExternalService("Charity e-mail service"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clients register, upload documents and follow their case.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF and image uploads only, 20 MB limit"),
            },
        )
    )
    # Holds the uploaded statements and letters.
    doc_store = tm.add(
        tg.DataStore(
            "Client document store",
            stores={bank_statements, creditor_letters},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The charity's system of record for every case.
    cms = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(note="adviser, supervisor and admin roles"),
                c.AuditLogging(),
            },
        )
    )
    # Reads new cases, drafts budgets, debt lists and creditor letters, sends approved letters.
    agent = tm.add(
        tg.Agent(
            "Casework agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Works through new cases across the whole caseload with one service account.",
        )
    )
    # Lets the agent read a case's uploaded documents.
    doc_tool = tm.add(tg.Tool("Document reader", capabilities={"read"}))
    # Lets the agent read cases and write budgets, debt lists and draft letters.
    case_tool = tm.add(tg.Tool("Case management tool", capabilities={"read", "write"}))
    # Lets the agent e-mail an approved letter to a creditor.
    send_tool = tm.add(
        tg.Tool(
            "Letter sending tool",
            capabilities={"send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="the client's adviser",
                    note="each letter is approved in the case management system before it is sent",
                )
            },
        )
    )

with tm.boundary("Charity staff network", trust=tg.Trust.INTERNAL):
    # Reviews cases, corrects drafts and approves letters.
    adviser = tm.add(tg.Actor("Debt adviser", role="adviser"))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, client_details, bank_statements, creditor_letters, protocol="https")
tm.flow(portal, client, progress, protocol="https")
tm.flow(portal, doc_store, bank_statements, creditor_letters)
tm.flow(portal, cms, client_details, protocol="https", label="opens case")
tm.flow(cms, portal, progress, protocol="https")

tm.flow(cms, agent, case_task, protocol="https", label="new case queue")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, doc_tool, document_request)
tm.flow(doc_store, doc_tool, bank_statements, creditor_letters)
tm.flow(doc_tool, agent, document_content)

tm.flow(agent, case_tool, case_update)
tm.flow(case_tool, cms, case_file, protocol="https", label="writes budget, debts and draft letters")
tm.flow(cms, case_tool, case_file, protocol="https", label="reads cases and approval status")
tm.flow(case_tool, agent, case_result)

tm.flow(adviser, cms, adviser_review, protocol="https")
tm.flow(cms, adviser, case_file, protocol="https")

tm.flow(agent, send_tool, send_call)
tm.flow(send_tool, mail, letter_email, protocol="https")
tm.flow(mail, creditor, letter_email, protocol="smtp+starttls")
