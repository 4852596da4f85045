"""Network config copilot agent: the first design, before any security review.

An LLM agent for the network operations centre of a telecom operator. NOC
engineers ask it, in the team chat tool, to investigate an alarm or a trouble
ticket. It reads streaming telemetry, syslog and SNMP alarms from the telemetry
store and the ticket history from the ticketing SaaS, asks a hosted LLM to
diagnose the fault, and proposes router and firewall configuration changes.
Changes go through the network automation platform, which renders them, runs a
dry-run diff and pushes them to devices over NETCONF/SSH with credentials it
takes from the vault. A change to a production device is posted in chat and
waits for the on-call engineer's approve button; changes to lab devices are
applied straight away. The agent has a step limit, the automation platform
logs every commit, and the agent adds work notes to the ticket it is handling.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Network config copilot agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "NOC agent that diagnoses faults from telemetry, alarms and tickets and applies "
        "router and firewall changes through the automation platform."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data("Engineer request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
approval = tg.Data(
    "Change approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve or reject click on a proposed production change.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
proposal = tg.Data(
    "Proposed change and diagnosis",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The agent's explanation and the config diff it wants to apply.",
)
agent_prompt = tg.Data(
    "Agent prompt with network context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the request, telemetry excerpts, alarms, ticket text, tool schemas.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
telemetry_query = tg.Data("Telemetry query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
telemetry = tg.Data(
    "Telemetry, syslog and alarms",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Interface counters, routing state, syslog lines and SNMP traps from devices.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ticket_call = tg.Data(
    "Ticket lookup or work note", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
tickets = tg.Data(
    "Trouble tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer-reported faults with names, addresses, circuit ids and free-text notes.",
)
change_call = tg.Data(
    "Config change request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Target devices, environment (lab or production) and the config snippet.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
change_result = tg.Data(
    "Change job result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
device_config = tg.Data(
    "Device configuration",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Running and intended router and firewall configs, ACLs, routing policy.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
device_creds = tg.Data(
    "Device credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="SSH/NETCONF accounts the automation platform logs in to devices with.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Collaboration SaaS", trust=tg.Trust.PARTNER):
    # The operator's existing chat workspace; the agent is a bot app in the NOC channel.
    chat = tm.add(
        tg.ExternalService(
            "Team chat tool",
            description="NOC channel with the copilot bot; interactive approve/reject buttons.",
        )
    )
    # The ticketing SaaS the NOC and customer care already use.
    ticketing = tm.add(
        tg.ExternalService(
            "Ticketing system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Trouble tickets opened by customer care, field technicians and alarms.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted frontier model reached over the cloud provider's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("NOC corporate network", trust=tg.Trust.INTERNAL):
    # The engineers on shift who ask for diagnoses and changes.
    noc_engineer = tm.add(tg.Actor("NOC engineer", role="network operations"))
    # The on-call senior engineer who approves production changes in chat.
    on_call = tm.add(tg.Actor("On-call engineer", role="on-call network engineer", privileged=True))
    # The copilot itself: plans, calls tools and proposes changes.
    agent = tm.add(
        tg.Agent(
            "Network config copilot",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.HumanInTheLoop(
                    approver="on-call engineer in the chat tool",
                    above="production devices only; lab changes are applied without approval",
                ),
            },
        )
    )
    # Read-only queries against the telemetry store.
    telemetry_tool = tm.add(tg.Tool("Telemetry query tool", capabilities={"read"}))
    # Reads tickets and appends work notes to them.
    ticket_tool = tm.add(tg.Tool("Ticket tool", capabilities={"read", "write"}))
    # Submits change jobs to the automation platform's API.
    change_tool = tm.add(tg.Tool("Config change tool", capabilities={"read", "write"}))
    # Time-series and log store that device telemetry and alarms stream into.
    telemetry_store = tm.add(tg.DataStore("Telemetry and alarm store", stores={telemetry}))

with tm.boundary("Network management zone", trust=tg.Trust.RESTRICTED):
    # Existing automation platform: renders, dry-runs and commits configs on devices.
    automation = tm.add(
        tg.Service(
            "Network automation platform",
            controls={
                c.ConfigValidation(note="syntax check and dry-run diff before commit"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Intended-state configs and nightly backups of running configs.
    config_repo = tm.add(tg.DataStore("Config repository", stores={device_config}))
    # Holds the device login credentials the automation platform uses.
    vault = tm.add(
        tg.DataStore(
            "Credential vault",
            stores={device_creds},
            controls={c.SecretsManagement(), c.EncryptionAtRest(key_management="HSM")},
        )
    )

    with tm.boundary("Production network", trust=tg.Trust.RESTRICTED):
        # Core, edge and firewall devices carrying customer traffic.
        prod_devices = tm.add(tg.Device("Production routers and firewalls", fleet=True))

with tm.boundary("Lab network", trust=tg.Trust.INTERNAL):
    # Test bed where engineers and the agent try changes first.
    lab_devices = tm.add(tg.Device("Lab routers and firewalls", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(noc_engineer, chat, request, protocol="https")
tm.flow(on_call, chat, approval, protocol="https", label="approve button")
tm.flow(
    chat,
    agent,
    request,
    approval,
    protocol="https",
    controls={c.Authentication(method="chat app signing secret")},
    label="bot events",
)
tm.flow(agent, chat, proposal, protocol="https")
tm.flow(chat, noc_engineer, proposal, protocol="https")
tm.flow(chat, on_call, proposal, protocol="https", label="approval request")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, telemetry_tool, telemetry_query)
tm.flow(telemetry_tool, telemetry_store, telemetry_query)
tm.flow(telemetry_store, telemetry_tool, telemetry)
tm.flow(telemetry_tool, agent, telemetry)

tm.flow(agent, ticket_tool, ticket_call)
tm.flow(ticket_tool, ticketing, ticket_call, protocol="https")
tm.flow(ticketing, ticket_tool, tickets, protocol="https")
tm.flow(ticket_tool, agent, tickets)

tm.flow(agent, change_tool, change_call)
tm.flow(change_tool, automation, change_call, protocol="https")
tm.flow(automation, change_tool, change_result, protocol="https")
tm.flow(change_tool, agent, change_result)

tm.flow(vault, automation, device_creds)
tm.flow(config_repo, automation, device_config, label="intended state")
tm.flow(automation, config_repo, device_config, label="backups and commits")
tm.flow(automation, prod_devices, device_config, protocol="ssh", label="NETCONF push")
tm.flow(prod_devices, automation, device_config, protocol="ssh", label="running config")
tm.flow(automation, lab_devices, device_config, protocol="ssh", label="NETCONF push")
tm.flow(lab_devices, automation, device_config, protocol="ssh", label="running config")

tm.flow(
    prod_devices, telemetry_store, telemetry, protocol="grpcs", label="gNMI streaming telemetry"
)
tm.flow(prod_devices, telemetry_store, telemetry, protocol="snmp", label="SNMP traps and syslog")
tm.flow(lab_devices, telemetry_store, telemetry, protocol="grpcs", label="gNMI streaming telemetry")
