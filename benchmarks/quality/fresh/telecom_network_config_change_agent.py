"""Network configuration change agent: the first design, before any security review.

The mobile operator's NOC wants congestion on the IP/MPLS transport network fixed
faster. When the fault management system raises a congestion alarm, an LLM agent
running on the OSS platform looks up interface telemetry, the topology and the
routers' running configuration, asks a hosted LLM to propose a change (QoS policy,
IGP metric or LAG member tweaks) and pushes it to the routers over NETCONF/SSH.
Changes that match a template in the pre-approved standard-change catalogue are
pushed straight away; anything else is shown to the on-call NOC engineer in an
approval console and waits for their click. Engineers sign in to the console with
corporate SSO and MFA. The push tool takes the router service account from a vault,
validates each change with a NETCONF commit-confirmed dry run, and every agent run
is logged to an audit store. The LLM is a vendor API reached over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Network configuration change agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that proposes and pushes router configuration changes to relieve congestion.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Interface telemetry readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Link utilisation, queue depths and drops streamed by the routers.",
)
alarm = tg.Data(
    "Congestion alarm and ticket",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The alarm plus the incident ticket, with free-text notes from field engineers.",
)
running_config = tg.Data(
    "Router running configuration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
topology = tg.Data("Network topology", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
templates = tg.Data(
    "Pre-approved change templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lookup_call = tg.Data("Network state lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Network state lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Change planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Alarm, ticket notes, telemetry, topology and config excerpts, and the catalogue.",
)
completion = tg.Data(
    "Proposed change plan", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
proposal = tg.Data(
    "Change proposal for approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval = tg.Data("Change approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
change_set = tg.Data(
    "Configuration change set",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
push_result = tg.Data("Commit result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
router_creds = tg.Data(
    "Router service account credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
audit_records = tg.Data("Agent run audit records", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The on-call NOC engineer who approves changes outside the catalogue.
    engineer = tm.add(tg.Actor("NOC engineer", role="network operations engineer", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the situation and drafts the change plan.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("OSS platform", trust=tg.Trust.INTERNAL):
    # Existing fault management: raises the congestion alarms that start a run.
    fault_mgmt = tm.add(
        tg.Service(
            "Fault management system", description="Alarm correlation and incident ticketing."
        )
    )
    # Where engineers review and approve proposals outside the catalogue.
    console = tm.add(
        tg.Endpoint(
            "Change approval console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only the NOC on-call group may approve"),
            },
        )
    )
    # The LLM agent that plans and carries out congestion fixes.
    agent = tm.add(
        tg.Agent(
            "Config change agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="on-call NOC engineer",
                    note="changes outside the pre-approved catalogue only; catalogue matches are pushed automatically",
                ),
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only tool the agent uses to look up telemetry, topology, configs and the catalogue.
    lookup_tool = tm.add(tg.Tool("Network state lookup tool", capabilities={"read"}))
    # Time-series store of router telemetry.
    metrics = tm.add(tg.DataStore("Performance metrics store", stores={telemetry}))
    # The standard-change templates the CAB has pre-approved.
    catalogue = tm.add(tg.DataStore("Standard change catalogue", stores={templates}))
    # Record of every agent run, prompt, proposal and push.
    audit_log = tm.add(
        tg.DataStore(
            "Change audit log",
            stores={audit_records},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Network management plane", trust=tg.Trust.RESTRICTED):
    # Receives streaming telemetry from the routers.
    collector = tm.add(tg.Service("Telemetry collector", description="gNMI dial-out collector."))
    # Golden configs and topology, the source of truth for the network.
    inventory = tm.add(
        tg.DataStore("Network inventory and config repository", stores={running_config, topology})
    )
    # Holds the service account the push tool logs in to the routers with.
    vault = tm.add(
        tg.DataStore(
            "Secrets vault",
            stores={router_creds},
            controls={c.SecretsManagement(), c.EncryptionAtRest(key_management="HSM-backed")},
        )
    )
    # The only component that writes to the routers.
    push_tool = tm.add(
        tg.Tool(
            "Config push tool",
            capabilities={"read", "write"},
            controls={
                c.ConfigValidation(
                    note="NETCONF validate and commit-confirmed with automatic rollback"
                ),
            },
        )
    )
    # The transport routers whose configuration is changed.
    routers = tm.add(tg.Device("Core and aggregation routers", fleet=True))

# ---------------------------------------------------------------- flows
# telemetry
tm.flow(routers, collector, telemetry, protocol="grpc", label="gNMI streaming telemetry")
tm.flow(collector, metrics, telemetry)

# trigger and investigation
tm.flow(fault_mgmt, agent, alarm, protocol="https", label="congestion alarm")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(metrics, lookup_tool, telemetry)
tm.flow(inventory, lookup_tool, running_config, topology)
tm.flow(catalogue, lookup_tool, templates)

# planning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# approval of changes outside the catalogue
tm.flow(agent, console, proposal)
tm.flow(console, engineer, proposal, protocol="https")
tm.flow(engineer, console, approval, protocol="https")
tm.flow(console, agent, approval)

# push
tm.flow(agent, push_tool, change_set)
tm.flow(push_tool, agent, push_result)
tm.flow(vault, push_tool, router_creds)
tm.flow(push_tool, routers, change_set, protocol="ssh", label="NETCONF edit-config")
tm.flow(routers, push_tool, push_result, protocol="ssh")
tm.flow(push_tool, inventory, running_config, label="updated golden config")

# audit
tm.flow(agent, audit_log, audit_records)
