"""Payroll query e-mail agent: the first design, before any security review.

Employees e-mail the HR shared-services payroll mailbox with questions about their
pay: a missing overtime payment, a tax code, a deduction they do not recognise. A
mailbox connector pulls new mail from our Microsoft 365 tenant, identifies the
employee by matching the sender address to the HR system, and hands the e-mail to an
LLM agent. The agent looks up the employee's payslips and pay history in the payroll
system, retrieves the relevant payroll policy from a knowledge base, and asks a hosted
LLM (under an enterprise agreement, no training on our data) to draft the answer,
which it sends straight back to the employee. Where pay looks wrong it raises a
correction case in the HR case management system; a payroll officer reviews each case
and keys any change into payroll by hand. The payroll lookup runs on a read-only
service account, API keys live in a vault, and conversations are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Payroll query e-mail agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="HR shared-services LLM agent answering employees' payroll query e-mails "
    "and raising pay corrections for payroll staff.",
)

# ---------------------------------------------------------------- data assets
query_email = tg.Data(
    "Payroll query e-mail",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The employee's message, sender address and any quoted thread.",
)
employee_record = tg.Data(
    "Employee record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Employee id, name, department, contract hours and work e-mail address.",
)
pay_records = tg.Data(
    "Payslips and pay history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Gross and net pay, overtime, deductions, tax code, national insurance "
    "number and bank details.",
)
lookup_call = tg.Data("Lookup tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
policy_docs = tg.Data(
    "Payroll policy documents", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
policy_passages = tg.Data(
    "Payroll policy passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the e-mail, the employee's pay records and policy passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
correction_request = tg.Data(
    "Pay correction request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Employee id, pay period, what looks wrong and the amount the agent thinks is owed.",
)
correction_case = tg.Data("Pay correction case", kind="records", sensitivity=tg.Sensitivity.PII)
case_outcome = tg.Data("Correction case outcome", kind="records", sensitivity=tg.Sensitivity.PII)
keyed_correction = tg.Data(
    "Keyed payroll correction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
reply = tg.Data("Reply e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data(
    "Agent conversation logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each e-mail, the tool calls and results, and the reply sent.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Any employee can write to the payroll mailbox.
    employee = tm.add(tg.Actor("Employee", role="employee"))
    # Payroll staff who review correction cases and change pay.
    payroll_officer = tm.add(tg.Actor("Payroll officer", role="payroll staff"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Exchange Online hosts the shared payroll mailbox and sends the replies.
    mail = tm.add(
        tg.ExternalService(
            "Exchange Online mail service",
            description="Hosts payroll-help@; mail from inside and outside the company arrives here.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the e-mail and records and drafts the answer.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's enterprise API.",
            controls={
                c.SupplierAssessment(note="DPA signed; no training on our data, 30-day abuse log"),
                c.Guardrails(note="the vendor's default content filter"),
            },
        )
    )

with tm.boundary("HR shared-services platform", trust=tg.Trust.INTERNAL):
    # Polls the shared mailbox and works out which employee sent each e-mail.
    connector = tm.add(
        tg.Service(
            "Mailbox connector",
            controls={
                c.Authentication(
                    method="sender e-mail address matched to an active employee in the HR system"
                ),
                c.InputValidation(note="attachments dropped, message size limit"),
            },
        )
    )
    # The LLM agent that answers the query and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Payroll query agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.SecretsManagement(note="LLM and Graph API keys in the cloud key vault"),
            },
        )
    )
    # Reads the sender's employee record from the HR system.
    employee_lookup = tm.add(tg.Tool("Employee lookup tool", capabilities={"read"}))
    # Reads payslips and pay history from the payroll system.
    payroll_lookup = tm.add(
        tg.Tool(
            "Payroll lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only payroll API service account")},
        )
    )
    # Payroll policy handbook chunks the agent retrieves from.
    policy_kb = tm.add(tg.VectorStore("Payroll policy knowledge base", stores={policy_passages}))
    # Opens a pay correction case for payroll staff.
    correction_tool = tm.add(
        tg.Tool(
            "Pay correction case tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="a payroll officer",
                    note="the officer reviews each case before keying any change into payroll",
                )
            },
        )
    )
    # Sends the agent's reply from the shared mailbox.
    reply_tool = tm.add(tg.Tool("Reply e-mail tool", capabilities={"send-messages"}))
    # Case management queue that payroll staff work from.
    case_system = tm.add(
        tg.DataStore(
            "HR case management system",
            stores={correction_case},
            controls={c.RBAC(note="payroll team queue")},
        )
    )
    # Every conversation, for quality review and complaints.
    log_store = tm.add(
        tg.DataStore(
            "Agent conversation log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
        )
    )
    # HR's SharePoint library of payroll policies, indexed into the knowledge base.
    policy_library = tm.add(
        tg.DataSource("HR policy library", origin=tg.Origin.INTERNAL, provides={policy_docs})
    )

with tm.boundary("HR systems of record", trust=tg.Trust.RESTRICTED):
    # The payroll system of record.
    payroll = tm.add(
        tg.DataStore(
            "Payroll system",
            stores={pay_records},
            controls={
                c.EncryptionAtRest(key_management="vendor-managed keys"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # The HR information system with every employee's record.
    hris = tm.add(
        tg.DataStore(
            "HR system",
            stores={employee_record},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# inbound e-mail
tm.flow(employee, mail, query_email, protocol="https")
tm.flow(mail, connector, query_email, protocol="https", label="Graph API mailbox poll")
tm.flow(connector, hris, query_email, label="sender address lookup")
tm.flow(hris, connector, employee_record)
tm.flow(connector, agent, query_email, employee_record)

# lookups
tm.flow(agent, employee_lookup, lookup_call)
tm.flow(employee_lookup, hris, lookup_call)
tm.flow(hris, employee_lookup, employee_record)
tm.flow(employee_lookup, agent, employee_record)
tm.flow(agent, payroll_lookup, lookup_call)
tm.flow(payroll_lookup, payroll, lookup_call, protocol="https")
tm.flow(payroll, payroll_lookup, pay_records, protocol="https")
tm.flow(payroll_lookup, agent, pay_records)
tm.flow(agent, policy_kb, query_email, label="similarity query")
tm.flow(policy_kb, agent, policy_passages)
tm.flow(policy_library, policy_kb, policy_docs, label="nightly indexing")

# drafting
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# corrections
tm.flow(agent, correction_tool, correction_request)
tm.flow(correction_tool, case_system, correction_case, protocol="https")
tm.flow(case_system, correction_tool, case_outcome, protocol="https", label="case reference")
tm.flow(correction_tool, agent, case_outcome)
tm.flow(case_system, payroll_officer, correction_case, protocol="https")
tm.flow(payroll_officer, case_system, case_outcome, protocol="https")
tm.flow(payroll_officer, payroll, keyed_correction, protocol="https")

# reply and logging
tm.flow(agent, reply_tool, reply)
tm.flow(reply_tool, mail, reply, protocol="https", label="Graph API send mail")
tm.flow(mail, employee, reply, protocol="https")
tm.flow(agent, log_store, transcripts)
