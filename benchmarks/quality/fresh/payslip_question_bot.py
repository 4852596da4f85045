"""Payslip question bot: the first design, before any security review.

An assistant on the employer's intranet answers employees' questions about their
own payslips, leave balances and benefits. Employees sign in with corporate SSO;
the chat API passes the question and the employee id from the token to an agent.
The agent retrieves passages from HR policy documents (indexed nightly from the
HR policy library), calls an EU-hosted LLM from a vendor we have assessed, and
reads payroll, leave and benefits data through a read-only payroll tool that uses
a service account whose key lives in the vault. When it cannot answer, or the
employee asks for a person, it opens a case in the HR case system, where HR
advisors pick it up and reply through the HR portal. Transcripts, including tool
calls, are kept in an encrypted log store. The payroll system keeps its existing
role-based access, audit log and encryption. Employees are in the EU.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Payslip question bot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Intranet HR assistant answering questions about an employee's own pay and leave.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("SSO login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("Employee ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
question = tg.Data("Employee question", kind="prompt", sensitivity=tg.Sensitivity.PII)
session = tg.Data(
    "Question with employee identity",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The question plus the employee id and name taken from the ID token.",
)
policies = tg.Data("HR policy documents", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
policy_chunks = tg.Data(
    "Policy chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, policy chunks, payroll tool results and the conversation.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
payroll_query = tg.Data("Payroll lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payroll_records = tg.Data(
    "Payslips, leave balances and benefits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Salary, deductions, tax and bank details, sick and parental leave, "
    "benefit enrolments.",
)
payroll_result = tg.Data("Payroll tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
escalation = tg.Data(
    "Escalation case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The question, the conversation so far and the employee's details.",
)
case_ref = tg.Data("Case reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
case_reply = tg.Data("HR reply", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate intranet", trust=tg.Trust.INTERNAL):
    # Any employee, asking about their own pay.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # Picks up cases the bot cannot answer.
    hr_advisor = tm.add(tg.Actor("HR advisor", role="HR staff", privileged=True))
    # SharePoint library the HR team publishes policies to.
    policy_library = tm.add(
        tg.DataSource("HR policy library", origin=tg.Origin.INTERNAL, provides={policies})
    )

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO; the ID token says who is asking.
    sso = tm.add(
        tg.ExternalService("Corporate SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Chatbot platform", trust=tg.Trust.INTERNAL):
    # The intranet widget's backend.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via corporate SSO")},
        )
    )
    # Plans the answer: retrieval, payroll lookups, escalation.
    agent = tm.add(
        tg.Agent(
            "HR assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Calls the payroll tool with the employee id from the session.",
        )
    )
    # Reads the asking employee's payroll, leave and benefits data.
    payroll_tool = tm.add(
        tg.Tool(
            "Payroll lookup tool",
            capabilities={"read"},
            description="Calls the payroll API with a read-only service account.",
            controls={c.SecretsManagement(note="service account key in the vault")},
        )
    )
    # Hands the conversation to HR.
    case_tool = tm.add(tg.Tool("HR case tool", capabilities={"write"}))
    # Policy passages for retrieval.
    policy_index = tm.add(tg.VectorStore("HR policy index", stores={policy_chunks}))
    # Chunks and embeds the policy library every night.
    indexer = tm.add(tg.Pipeline("Policy indexing job", stage=tg.Stage.INGESTION))
    # For quality review and disputes.
    log_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("HR systems", trust=tg.Trust.RESTRICTED):
    # The system of record for pay, leave and benefits.
    payroll = tm.add(
        tg.DataStore(
            "Payroll system",
            stores={payroll_records},
            controls={c.RBAC(), c.AuditLogging(), c.EncryptionAtRest()},
        )
    )
    # Where HR advisors work escalated cases and reply to employees.
    case_system = tm.add(
        tg.DataStore("HR case system", stores={escalation, case_reply}, controls={c.RBAC()})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted in the vendor's EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on our data"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# sign-in and chat
tm.flow(employee, sso, credentials, protocol="https")
tm.flow(sso, employee, id_token, protocol="https")
tm.flow(employee, chat_api, question, id_token, protocol="https")
tm.flow(chat_api, employee, answer, protocol="https")
tm.flow(chat_api, agent, session)
tm.flow(agent, chat_api, answer)

# retrieval and the model
tm.flow(agent, policy_index, question, label="similarity query")
tm.flow(policy_index, agent, policy_chunks)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# payroll lookups
tm.flow(agent, payroll_tool, payroll_query)
tm.flow(payroll_tool, agent, payroll_result)
tm.flow(payroll_tool, payroll, payroll_query, protocol="https")
tm.flow(payroll, payroll_tool, payroll_records, protocol="https")

# escalation to HR
tm.flow(agent, case_tool, escalation)
tm.flow(case_tool, agent, case_ref)
tm.flow(case_tool, case_system, escalation, protocol="https")
tm.flow(case_system, case_tool, case_ref, protocol="https")
tm.flow(case_system, hr_advisor, escalation, protocol="https")
tm.flow(hr_advisor, case_system, case_reply, protocol="https")
tm.flow(case_system, employee, case_reply, protocol="https", label="HR portal")

# logging and indexing
tm.flow(agent, log_store, transcripts)
tm.flow(policy_library, indexer, policies, protocol="https")
tm.flow(indexer, policy_index, policy_chunks)
