"""Outage notification agent: the first design, before any security review.

A European mobile operator wants customers told quickly when the network fails
them. An LLM agent in the operator's IT zone reads the alarm stream from the
fault management system, looks up the failed cells in the network inventory and
the subscribers they serve in the subscriber database, then drafts an outage SMS
and a status page update with a vendor-hosted LLM (enterprise contract). SMS go
out through the operator's SMSC; updates are posted to a hosted status page.
A message reaching more than 5,000 subscribers waits in an approval console for
the duty manager; smaller ones are sent straight away. Every send is logged.
The subscriber database is role-restricted and encrypted, the console uses
corporate SSO with MFA, and the SMSC has a throughput cap.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Outage customer notification agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that turns network alarms into outage SMS and status page updates.",
)

# ---------------------------------------------------------------- data assets
alarms = tg.Data(
    "Network alarms",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Alarm events from the fault management system: element, cell ids, severity, alarm text.",
)
topology_query = tg.Data(
    "Cell topology query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
topology = tg.Data(
    "Cell site topology",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sites, cells, coverage areas and backhaul dependencies.",
)
subscriber_query = tg.Data(
    "Affected subscriber query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
subscribers = tg.Data(
    "Subscriber records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="MSISDN, serving cells, language preference, contract type.",
)
affected_list = tg.Data(
    "Affected subscriber list",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="MSISDNs and language preference of subscribers on the failed cells.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, alarm details, affected area and the tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
approval_request = tg.Data(
    "Message approval request",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Draft SMS text, status text, affected area and recipient count.",
)
approval_decision = tg.Data(
    "Approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
sms_request = tg.Data(
    "SMS send request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Message text and the recipient MSISDNs.",
)
sms_batch = tg.Data("Outage SMS batch", kind="records", sensitivity=tg.Sensitivity.PII)
outage_sms = tg.Data("Outage SMS", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
send_result = tg.Data("Send result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
status_request = tg.Data("Status page post", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
status_update = tg.Data(
    "Status page update", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
notification_log = tg.Data(
    "Notification log entries",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="What was sent, when, to how many and which MSISDNs, and who approved it.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Subscribers get the SMS on their phones and read the public status page.
    customer = tm.add(tg.Actor("Mobile customer", role="subscriber"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the customer-facing wording; hosted in the EU under an enterprise contract.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="procurement review, EU region, no training on our data")
            },
        )
    )

with tm.boundary("Status page provider", trust=tg.Trust.PARTNER):
    # SaaS status page the public sees; we post incidents to it through its API.
    status_page = tm.add(tg.ExternalService("Hosted status page"))

with tm.boundary("Network core", trust=tg.Trust.RESTRICTED):
    # Source of truth for faults: raises alarms for failed sites, cells and links.
    fault_mgmt = tm.add(
        tg.DataSource(
            "Network fault management system", origin=tg.Origin.INTERNAL, provides={alarms}
        )
    )
    # Which cells a site carries and what area they cover.
    inventory = tm.add(tg.DataStore("Network inventory", stores={topology}))
    # The operator's SMS centre: delivers the outage texts to handsets.
    smsc = tm.add(
        tg.Service(
            "SMSC",
            description="Short message service centre; accepts bulk submissions over SMPP.",
            controls={c.RateLimiting(requests_per_minute=30000, note="SMSC throughput cap")},
        )
    )

with tm.boundary("Operator IT", trust=tg.Trust.INTERNAL):
    # The agent: reads alarms, works out the impact, drafts and sends the messages.
    agent = tm.add(
        tg.Agent(
            "Outage notification agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="duty manager",
                    above="5,000 recipients per message",
                    note="messages above the threshold wait for approval; smaller ones go out directly",
                )
            },
        )
    )
    # Tool: maps alarmed network elements to cells and coverage areas.
    topology_tool = tm.add(tg.Tool("Cell topology lookup", capabilities={"read"}))
    # Tool: lists the subscribers served by the affected cells.
    subscriber_tool = tm.add(tg.Tool("Affected subscriber lookup", capabilities={"read"}))
    # Tool: submits the outage SMS to the SMSC.
    sms_tool = tm.add(tg.Tool("Outage SMS sender", capabilities={"send-messages"}))
    # Tool: creates and updates incidents on the public status page.
    status_tool = tm.add(tg.Tool("Status page publisher", capabilities={"write"}))
    # Where the duty manager sees drafts above the threshold and approves or rejects them.
    console = tm.add(
        tg.Endpoint(
            "Approval console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )
    # Record of every message sent, for complaints and the regulator.
    log_store = tm.add(
        tg.DataStore(
            "Notification log",
            stores={notification_log},
            controls={c.AuditLogging()},
        )
    )

    with tm.boundary("BSS data zone", trust=tg.Trust.RESTRICTED):
        # Customer master data from the billing and CRM stack.
        subscriber_db = tm.add(
            tg.DataStore(
                "Subscriber database",
                stores={subscribers},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="HSM-backed KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Network operations duty manager on shift; approves large messages.
    duty_manager = tm.add(
        tg.Actor("Duty manager", role="network operations duty manager", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(fault_mgmt, agent, alarms, protocol="kafka", label="alarm stream")

tm.flow(agent, topology_tool, topology_query)
tm.flow(topology_tool, inventory, topology_query)
tm.flow(inventory, topology_tool, topology)
tm.flow(topology_tool, agent, topology)

tm.flow(agent, subscriber_tool, subscriber_query)
tm.flow(subscriber_tool, subscriber_db, subscriber_query)
tm.flow(subscriber_db, subscriber_tool, subscribers)
tm.flow(subscriber_tool, agent, affected_list)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, console, approval_request, protocol="https")
tm.flow(console, duty_manager, approval_request, protocol="https")
tm.flow(duty_manager, console, approval_decision, protocol="https")
tm.flow(console, agent, approval_decision, protocol="https")

tm.flow(agent, sms_tool, sms_request)
tm.flow(sms_tool, smsc, sms_batch, protocol="smpp")
tm.flow(smsc, sms_tool, send_result, protocol="smpp")
tm.flow(sms_tool, agent, send_result)
tm.flow(smsc, customer, outage_sms, protocol="sms")

tm.flow(agent, status_tool, status_request)
tm.flow(status_tool, status_page, status_update, protocol="https")
tm.flow(status_page, status_tool, send_result, protocol="https")
tm.flow(status_tool, agent, send_result)
tm.flow(status_page, customer, status_update, protocol="https")

tm.flow(agent, log_store, notification_log)
