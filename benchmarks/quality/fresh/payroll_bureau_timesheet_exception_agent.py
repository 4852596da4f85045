"""Payroll bureau timesheet exception agent: the first design, before any security review.

A UK payroll bureau runs pay for about 300 small-business clients. Before each pay
run, client managers upload their staff timesheets (CSV or spreadsheet exports) to
the bureau's client portal. An LLM agent in the bureau's cloud tenancy reads each
client's timesheets next to the employees' pay history, flags anomalies (overtime
spikes, duplicate or overlapping shifts, hours above contract) and proposes
corrections, which it writes as pending adjustments to pay lines in the payroll
system. The language model is a hosted API under a data processing agreement.
A payroll clerk reviews the flags and proposed corrections in a review console and
approves each client's batch; only approved batches go to the bank submission
gateway, which sends the payment file to the bank over SFTP. Controls: password
sign-in and file checks on the portal, staff SSO, encrypted stores, agent logging.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Payroll bureau timesheet exception agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that flags timesheet anomalies and proposes pay-line corrections "
    "before a clerk approves each client's pay run.",
)

# ---------------------------------------------------------------- data assets
timesheets = tg.Data(
    "Client timesheets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Employee names, payroll numbers, shifts, hours and free-text notes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
upload_status = tg.Data("Upload status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
pay_records = tg.Data(
    "Employee pay records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contracts, pay rates, pay history, tax codes and pay lines per pay run.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bank_details = tg.Data(
    "Employee bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
agent_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Review instructions, a client's timesheets and the matching pay history.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Record lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("Record lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
correction_call = tg.Data(
    "Pay line correction call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
correction_result = tg.Data(
    "Pay line correction result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
pending_adjustments = tg.Data(
    "Pending pay line adjustments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed changes to hours, rates or pay lines, with the agent's reason.",
)
exceptions = tg.Data(
    "Anomaly flags and proposed corrections", kind="model-output", sensitivity=tg.Sensitivity.PII
)
batch_approval = tg.Data("Batch approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_batch = tg.Data(
    "Approved pay batch",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Net pay per employee for one client's pay run, with bank details.",
)
payment_file = tg.Data(
    "Bank payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Standard 18 payment file: sort codes, account numbers, amounts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
bank_report = tg.Data("Bank submission report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Each client's manager, or whoever at the client holds the portal login.
    client_manager = tm.add(tg.Actor("Client manager", role="client manager"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model; prompts are not retained under the DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA with zero data retention")},
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The bureau's sponsoring bank, which runs the payments to employees.
    bank = tm.add(tg.ExternalService("Bank", description="Receives the bureau's payment files."))

with tm.boundary("Bureau cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where clients hand in timesheets for each pay period.
    portal = tm.add(
        tg.Endpoint(
            "Client timesheet portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type, size and column checks on upload"),
            },
        )
    )
    # Uploaded timesheets, kept per client and pay period.
    timesheet_store = tm.add(
        tg.DataStore(
            "Timesheet store",
            stores={timesheets},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reviews each client's timesheets before the pay run and proposes corrections.
    agent = tm.add(
        tg.Agent(
            "Timesheet exception agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs per client once the upload window closes.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Read-only lookups of timesheets and pay history for the client under review.
    lookup_tool = tm.add(tg.Tool("Timesheet and pay history lookup", capabilities={"read"}))
    # Writes the agent's proposals as pending adjustments; it cannot edit bank details.
    correction_tool = tm.add(
        tg.Tool(
            "Pay line correction tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="may only add pending adjustments to pay lines of the current run"
                )
            },
        )
    )
    # Keeps what the agent did and why, for the clerk and for disputes.
    log_store = tm.add(tg.DataStore("Agent activity log store", stores={agent_log}))

    with tm.boundary("Payroll zone", trust=tg.Trust.RESTRICTED):
        # The bureau's payroll system of record.
        payroll_db = tm.add(
            tg.DataStore(
                "Payroll database",
                stores={pay_records, bank_details, pending_adjustments},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Calculates gross-to-net and builds each client's pay run once approved.
        payroll_engine = tm.add(tg.Service("Payroll engine"))
        # Builds the payment file from approved batches and sends it to the bank.
        bank_gateway = tm.add(
            tg.Service(
                "Bank submission gateway",
                controls={c.HumanInTheLoop(approver="payroll clerk, per client batch")},
            )
        )

with tm.boundary("Bureau office network", trust=tg.Trust.INTERNAL):
    # Bureau staff who own each client's pay run.
    clerk = tm.add(tg.Actor("Payroll clerk", role="payroll clerk"))
    # Where the clerk sees flags, accepts or rejects corrections, and approves the batch.
    console = tm.add(
        tg.Service(
            "Exception review console",
            controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(client_manager, portal, timesheets, protocol="https", label="uploads timesheets")
tm.flow(portal, client_manager, upload_status, protocol="https")
tm.flow(portal, timesheet_store, timesheets)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(timesheet_store, lookup_tool, timesheets)
tm.flow(payroll_db, lookup_tool, pay_records, label="pay history")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, correction_tool, correction_call)
tm.flow(correction_tool, agent, correction_result)
tm.flow(correction_tool, payroll_db, pending_adjustments)
tm.flow(agent, log_store, agent_log)

tm.flow(payroll_db, console, pending_adjustments, pay_records, label="flags for review")
tm.flow(log_store, console, agent_log, label="agent reasoning")
tm.flow(console, clerk, exceptions, protocol="https")
tm.flow(
    clerk, console, batch_approval, protocol="https", label="accepts corrections, approves batch"
)
tm.flow(console, payroll_engine, batch_approval)
tm.flow(console, payroll_db, pending_adjustments, label="accepted or rejected corrections")

tm.flow(payroll_db, payroll_engine, pay_records, pending_adjustments, bank_details)
tm.flow(payroll_engine, payroll_db, pay_records, label="calculated pay lines")
tm.flow(payroll_engine, bank_gateway, approved_batch)
tm.flow(bank_gateway, bank, payment_file, protocol="sftp")
tm.flow(bank, bank_gateway, bank_report, protocol="sftp")
tm.flow(bank_gateway, payroll_engine, bank_report)
