"""Payroll change agent: the first design, before any security review.

Employees of our EU-headquartered company open an HR chat (in the intranet and in
Teams) to ask payroll questions: why a payslip changed, how much tax is withheld,
when the next pay date is. The same agent takes change requests for their bank
account, tax withholding and home address. Sign-in is corporate SSO through our
identity provider. The agent runs in the HR applications VPC, reasons with a
vendor-hosted LLM, answers policy questions from an index of payroll policies and
reads and writes employee records in the SaaS payroll system through two tools.
Tax and address changes are written once the employee confirms them in the chat.
A bank-account change makes the employee re-authenticate with MFA and then waits
in the HR portal until their line manager approves it; only then does the update
tool write it to payroll. Conversations are kept in a transcript store for HR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Payroll change agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="HR chat agent that answers payroll questions and changes bank, tax and address details.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data(
    "SSO credentials and MFA response",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
id_token = tg.Data(
    "ID token and step-up assertion",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC token for the session; a fresh step-up claim for bank changes.",
)
question = tg.Data("Employee message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, policy chunks and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
policy_docs = tg.Data(
    "Payroll policy documents", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
policy_chunks = tg.Data(
    "Payroll policy chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
lookup_call = tg.Data("Payroll lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payroll_details = tg.Data(
    "Payslip and withholding details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Pay history, deductions, tax code, bank account on file.",
)
change_call = tg.Data(
    "Change request call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="New bank account (IBAN), tax withholding or address, with the employee id.",
)
change_result = tg.Data("Change status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
pending_change = tg.Data(
    "Pending bank change",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
approval = tg.Data("Manager approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payroll_records = tg.Data(
    "Employee payroll records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Salary, bank account, national tax id, withholding and home address.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Employee devices", trust=tg.Trust.UNTRUSTED):
    # Employees chat from laptops and phones, in the office or remotely.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # Line managers approve pending bank changes for their direct reports.
    manager = tm.add(tg.Actor("Line manager", role="manager"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # Corporate SSO; also performs the MFA re-authentication before bank changes.
    idp = tm.add(
        tg.ExternalService(
            "Corporate SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="OIDC with MFA")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The chat model behind the agent; vendor contract has zero data retention.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review and zero-retention DPA")},
        )
    )

with tm.boundary("Payroll provider", trust=tg.Trust.PARTNER):
    # The SaaS payroll system of record that pays salaries into the account on file.
    payroll = tm.add(
        tg.DataStore(
            "Payroll system",
            stores={payroll_records},
            controls={
                c.EncryptionAtRest(key_management="vendor-managed"),
                c.AuditLogging(note="vendor change history per employee record"),
            },
        )
    )

with tm.boundary("HR applications VPC", trust=tg.Trust.INTERNAL):
    # Chat backend the intranet widget and the Teams bot call.
    chat = tm.add(
        tg.Endpoint(
            "HR chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="OIDC SSO")},
        )
    )
    # Plans the conversation, calls the LLM and the tools.
    agent = tm.add(
        tg.Agent(
            "Payroll agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Writes tax and address changes after the employee confirms in chat.",
        )
    )
    # Answers "how does X work" questions from the payroll handbook.
    policy_index = tm.add(
        tg.VectorStore("Payroll policy index", stores={policy_chunks, policy_docs})
    )
    # Reads the signed-in employee's payslips and withholding from payroll.
    lookup_tool = tm.add(
        tg.Tool(
            "Payroll lookup tool",
            capabilities={"read"},
            description="Calls the payroll API with the integration service account.",
        )
    )
    # Writes tax and address changes; queues bank changes for re-auth and approval.
    update_tool = tm.add(
        tg.Tool(
            "Payroll update tool",
            capabilities={"read", "write"},
            description="Calls the payroll API with the integration service account.",
            controls={
                c.Authentication(method="step-up MFA re-authentication for bank changes"),
                c.HumanInTheLoop(approver="the employee's line manager, for bank changes"),
            },
        )
    )
    # Manager-facing web app where pending bank changes are approved or rejected.
    hr_portal = tm.add(
        tg.Service(
            "HR portal",
            controls={
                c.Authentication(method="OIDC SSO"),
                c.RBAC(note="managers see direct reports"),
            },
        )
    )
    # Queue of bank changes waiting for manager approval.
    change_queue = tm.add(tg.DataStore("Change request store", stores={pending_change, approval}))
    # Conversation history kept for HR case handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(employee, idp, login, protocol="https", label="sign-in and step-up MFA")
tm.flow(idp, chat, id_token, protocol="https")
tm.flow(employee, chat, question, protocol="https")
tm.flow(chat, employee, reply, protocol="https")
tm.flow(chat, agent, question, id_token)
tm.flow(agent, chat, reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, policy_index, question, label="similarity query")
tm.flow(policy_index, agent, policy_chunks)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, payroll, lookup_call, protocol="https")
tm.flow(payroll, lookup_tool, payroll_records, protocol="https")
tm.flow(lookup_tool, agent, payroll_details)

tm.flow(agent, update_tool, change_call, id_token)
tm.flow(update_tool, agent, change_result)
tm.flow(update_tool, change_queue, pending_change, label="bank change awaiting approval")
tm.flow(change_queue, update_tool, pending_change, approval, label="approved bank changes")
tm.flow(update_tool, payroll, payroll_records, protocol="https", label="write change")
tm.flow(payroll, update_tool, change_result, protocol="https")

tm.flow(change_queue, hr_portal, pending_change)
tm.flow(hr_portal, change_queue, approval)
tm.flow(hr_portal, manager, pending_change, protocol="https")
tm.flow(manager, hr_portal, approval, protocol="https")

tm.flow(agent, transcript_store, transcripts)
