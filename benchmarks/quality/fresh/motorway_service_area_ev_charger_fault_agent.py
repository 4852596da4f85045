"""EV charger fault agent for a motorway service area operator: the first design.

Drivers who cannot charge report the fault in our driver app (charger number, a
free-text description, an optional photo and their e-mail address). An LLM agent
in the operator's cloud reads each report with the charger's recent error logs,
which it pulls from the charge point management system (CPMS) that our vendor
hosts and that the forecourt chargers talk to over OCPP. The agent diagnoses the
fault with a hosted LLM, can reset a charger remotely through the CPMS, and books
an engineer visit with our field service contractor. Remote resets go ahead on the
agent's decision; an engineer call-out waits for the site duty manager's approval
in the operations console. Driver app accounts sign in with e-mail and password;
staff sign in with corporate SSO and MFA. Tickets are kept encrypted in our cloud,
the CPMS key lives in the cloud secret manager, and the reset tool refuses chargers
with a session in progress. The agent's tool calls are audit-logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Motorway service area EV charger fault agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Diagnoses charger faults from error logs and driver reports, resets "
    "chargers remotely and books engineers.",
)

# ---------------------------------------------------------------- data assets
fault_report = tg.Data(
    "Driver fault report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Charger number, free-text description, optional photo, driver's e-mail.",
)
status_update = tg.Data("Fault status update", kind="model-output", sensitivity=tg.Sensitivity.PII)
tickets = tg.Data(
    "Fault tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
    description="Driver reports, diagnoses, actions taken and engineer bookings.",
)
prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the driver's report and excerpts of the charger logs.",
)
diagnosis = tg.Data("LLM diagnosis and next step", kind="model-output")
log_query = tg.Data("Charger log query", kind="tool-call")
error_logs = tg.Data(
    "Charger error logs",
    kind="logs",
    description="OCPP status notifications, error codes and meter values per connector.",
)
reset_call = tg.Data("Reset request", kind="tool-call")
reset_command = tg.Data(
    "Remote reset command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="OCPP Reset (soft or hard) for one charger.",
)
reset_result = tg.Data("Reset result", kind="tool-result")
booking_call = tg.Data(
    "Engineer booking request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
booking = tg.Data(
    "Engineer job booking",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site, charger, fault summary, priority and access instructions.",
)
booking_confirmation = tg.Data("Engineer booking confirmation", kind="tool-result")
callout_request = tg.Data("Call-out approval request", kind="records")
callout_approval = tg.Data("Call-out approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who installs the app and opens an account can report a fault.
    driver = tm.add(tg.Actor("Driver", role="EV driver"))
    # Our iOS/Android app on the driver's own phone.
    driver_app = tm.add(tg.Device("Driver phone app", description="Our app on the driver's phone."))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the report and logs and proposes the diagnosis.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("CPMS vendor", trust=tg.Trust.PARTNER):
    # Vendor-hosted back office every charger connects to; exposes logs and remote commands.
    cpms = tm.add(
        tg.ExternalService(
            "Charge point management system",
            description="SaaS CPMS: OCPP central system with a REST API for logs and resets.",
        )
    )

with tm.boundary("Service area forecourts", trust=tg.Trust.PARTNER):
    # The chargers themselves, on public forecourts, connected over 4G to the CPMS.
    chargers = tm.add(
        tg.Device(
            "Forecourt EV chargers",
            fleet=True,
            description="Rapid chargers at every site, OCPP 1.6J over 4G.",
        )
    )

with tm.boundary("Field service contractor", trust=tg.Trust.PARTNER):
    # The contractor whose engineers repair chargers; takes bookings through its job API.
    contractor = tm.add(
        tg.ExternalService(
            "Field service contractor job system",
            description="Contractor's scheduling system; dispatches an engineer to site.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives fault reports from the app and returns status updates.
    fault_api = tm.add(
        tg.Endpoint(
            "Fault report API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="driver app account: e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="charger number checked, photo size and type limited"),
            },
        )
    )
    # The LLM agent that diagnoses faults and decides on resets and call-outs.
    agent = tm.add(
        tg.Agent(
            "Charger fault agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="site duty manager",
                    note="engineer call-outs only; remote resets go ahead directly",
                ),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=365, note="every prompt and tool call"),
            },
        )
    )
    # Tickets: the record of each fault, what the agent concluded and did.
    ticket_store = tm.add(
        tg.DataStore(
            "Fault ticket database",
            stores={tickets},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads a charger's recent error logs from the CPMS.
    log_tool = tm.add(
        tg.Tool(
            "Charger log lookup tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="CPMS API key in the cloud secret manager")},
        )
    )
    # Sends a remote reset to one charger through the CPMS.
    reset_tool = tm.add(
        tg.Tool(
            "Charger reset tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses a charger with a charging session in progress; "
                    "at most 2 resets per charger per hour"
                ),
                c.SecretsManagement(note="CPMS API key in the cloud secret manager"),
            },
        )
    )
    # Books an engineer visit with the contractor once the call-out is approved.
    booking_tool = tm.add(
        tg.Tool("Engineer booking tool", capabilities={"write", "network-egress"})
    )
    # Where duty managers see pending call-outs and approve them.
    ops_console = tm.add(
        tg.Service(
            "Operations console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The manager on shift at a service area; approves engineer call-outs.
    duty_manager = tm.add(tg.Actor("Site duty manager", role="operations staff"))

# ---------------------------------------------------------------- flows
# Driver reports a fault and hears back.
tm.flow(driver, driver_app, fault_report, label="typed in the app")
tm.flow(driver_app, fault_api, fault_report, protocol="https")
tm.flow(fault_api, driver_app, status_update, protocol="https")
tm.flow(driver_app, driver, status_update, label="shown in the app")
tm.flow(fault_api, agent, fault_report)
tm.flow(agent, fault_api, status_update)

# Diagnosis with the hosted model.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, diagnosis, protocol="https")

# Ticket history.
tm.flow(agent, ticket_store, tickets)
tm.flow(ticket_store, agent, tickets, label="open and past tickets for the charger")

# Error logs from the chargers, through the CPMS.
tm.flow(chargers, cpms, error_logs, protocol="wss", label="OCPP status and error notifications")
tm.flow(agent, log_tool, log_query)
tm.flow(log_tool, cpms, log_query, protocol="https")
tm.flow(cpms, log_tool, error_logs, protocol="https")
tm.flow(log_tool, agent, error_logs)

# Remote reset.
tm.flow(agent, reset_tool, reset_call)
tm.flow(reset_tool, cpms, reset_command, protocol="https")
tm.flow(cpms, chargers, reset_command, protocol="wss", label="OCPP Reset")
tm.flow(cpms, reset_tool, reset_result, protocol="https")
tm.flow(reset_tool, agent, reset_result)

# Engineer call-out: approved by the duty manager, then booked.
tm.flow(agent, ops_console, callout_request)
tm.flow(ops_console, duty_manager, callout_request, protocol="https")
tm.flow(duty_manager, ops_console, callout_approval, protocol="https")
tm.flow(ops_console, agent, callout_approval)
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, contractor, booking, protocol="https")
tm.flow(contractor, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)
