"""Laundrette machine fault and refund agent: the first design, before any security review.

Customers of our UK laundrette chain pay for washes and drying from a wallet in our
app. When a washer or dryer fails, they report it in the app's help chat. A
complaint agent, built on a hosted LLM, reads the customer's recent washes that
the app passes with the message, looks up the machine's telemetry (error codes,
cycle state, door lock) through the machine vendor's IoT cloud, and can restart the
machine remotely or credit the customer's wallet. The wallet service refuses any
single agent credit above 10 pounds. Anything larger, repeat faults and machines
that need a visit go to the operations team as a ticket; they issue larger refunds
from their console and send field engineers. Customers sign in to the app with
e-mail and password; vendor API keys sit in our secrets manager; agent runs are
capped in steps and every tool call is logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Laundrette machine fault and refund agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An in-app agent that diagnoses failed machines, restarts them and credits small refunds.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Complaint message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's description of the fault, with the machine and site they name.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
account = tg.Data(
    "Customer account and wash history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, wallet balance and the washes paid for in the last 30 days.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
telemetry_call = tg.Data(
    "Telemetry lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
telemetry = tg.Data(
    "Machine telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Error codes, cycle state, door lock, water and heater readings.",
)
restart_call = tg.Data("Restart call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
restart_command = tg.Data(
    "Remote restart command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
credit_call = tg.Data(
    "Wallet credit call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
wallet_credit = tg.Data(
    "Wallet credit",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
escalation = tg.Data(
    "Escalation ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, machine, telemetry summary, what the agent did and the refund asked for.",
)
ops_actions = tg.Data(
    "Refund and dispatch actions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
engineer_job = tg.Data("Engineer job", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_update = tg.Data("Job update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data(
    "Chat transcripts and tool calls", kind="logs", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and open an account.
    customer = tm.add(tg.Actor("Customer", role="app user"))
    # Contract engineers sent to sites, using their own phones.
    engineer = tm.add(tg.Actor("Field engineer", role="service engineer"))

with tm.boundary("Laundrette sites", trust=tg.Trust.UNTRUSTED):
    # Washers and dryers in the shops, connected to the vendor's cloud by cellular modems.
    machines = tm.add(
        tg.Device(
            "Washers and dryers",
            fleet=True,
            description="Vendor-supplied machines; their controllers report to the vendor IoT cloud.",
        )
    )

with tm.boundary("Machine vendor", trust=tg.Trust.PARTNER):
    # The vendor's fleet platform: telemetry and remote commands for our machines.
    vendor_cloud = tm.add(tg.ExternalService("Machine vendor IoT cloud", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("App cloud", trust=tg.Trust.INTERNAL):
    # The app's backend; serves the help chat.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Handles a complaint end to end, deciding which tool to call.
    agent = tm.add(
        tg.Agent(
            "Machine fault agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15), c.AuditLogging()},
        )
    )
    # Reads a machine's live state from the vendor cloud.
    telemetry_tool = tm.add(
        tg.Tool(
            "Machine telemetry lookup",
            capabilities={"read"},
            controls={c.SecretsManagement(note="vendor API key in the secrets manager")},
        )
    )
    # Asks the vendor cloud to restart a machine.
    restart_tool = tm.add(
        tg.Tool(
            "Machine restart tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="vendor API key in the secrets manager")},
        )
    )
    # Credits the customer's wallet; the wallet service refuses more than 10 pounds per credit.
    credit_tool = tm.add(
        tg.Tool(
            "Wallet credit tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="GBP 10 per credit")},
        )
    )
    # Hands the case to the operations team.
    escalation_tool = tm.add(tg.Tool("Operations escalation", capabilities={"write"}))
    # Customer accounts, wallets and wash history.
    account_db = tm.add(
        tg.DataStore(
            "Customer and wallet database",
            stores={account, wallet_credit},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where escalations wait for the operations team.
    ticket_queue = tm.add(tg.DataStore("Operations ticket queue", stores={escalation}))
    # Chat history kept for complaints and disputes.
    chat_log = tm.add(tg.DataStore("Chat log", stores={transcripts}))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Staff who issue larger refunds and dispatch engineers.
    ops_team = tm.add(tg.Actor("Operations team", role="operations staff", privileged=True))
    # Their web console over tickets, wallets and engineer jobs.
    ops_console = tm.add(
        tg.Service(
            "Operations console",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Help chat
tm.flow(customer, app_api, complaint, protocol="https")
tm.flow(app_api, account_db, account, label="load account and recent washes")
tm.flow(account_db, app_api, account)
tm.flow(app_api, agent, complaint, account)
tm.flow(agent, app_api, reply)
tm.flow(app_api, customer, reply, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat_log, transcripts)

# Telemetry
tm.flow(machines, vendor_cloud, telemetry, protocol="mqtts")
tm.flow(agent, telemetry_tool, telemetry_call)
tm.flow(telemetry_tool, vendor_cloud, telemetry_call, protocol="https")
tm.flow(vendor_cloud, telemetry_tool, telemetry, protocol="https")
tm.flow(telemetry_tool, agent, telemetry)

# Remote restart
tm.flow(agent, restart_tool, restart_call)
tm.flow(restart_tool, vendor_cloud, restart_command, protocol="https")
tm.flow(vendor_cloud, machines, restart_command, protocol="mqtts")
tm.flow(vendor_cloud, restart_tool, tool_result, protocol="https")
tm.flow(restart_tool, agent, tool_result)

# Wallet credit
tm.flow(agent, credit_tool, credit_call)
tm.flow(credit_tool, account_db, wallet_credit)
tm.flow(credit_tool, agent, tool_result)

# Escalation to operations
tm.flow(agent, escalation_tool, escalation)
tm.flow(escalation_tool, ticket_queue, escalation)
tm.flow(escalation_tool, agent, tool_result)
tm.flow(ticket_queue, ops_console, escalation)
tm.flow(ops_console, ops_team, escalation, protocol="https")
tm.flow(ops_team, ops_console, ops_actions, protocol="https")
tm.flow(ops_console, account_db, wallet_credit, label="larger refunds")
tm.flow(account_db, ops_console, account)
tm.flow(chat_log, ops_console, transcripts, label="conversation for the ticket")
tm.flow(ops_console, engineer, engineer_job, protocol="https")
tm.flow(engineer, ops_console, job_update, protocol="https")
