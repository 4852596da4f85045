"""Distribution switching order agent: the first design, before any security review.

A regional electricity distribution network operator in the EU wants faster
restoration after faults. An LLM agent in the grid-operations IT zone reads outage
incidents from the outage management system (OMS), which gathers smart-meter
last-gasp messages via the AMI head-end, customer reports from the phone/web
outage line and crew updates from field tablets. The agent looks up network
topology and switch states, retrieves switching procedures and past orders, and
drafts a switching order that it writes into the DMS pending queue through a tool
that can only create drafts. Control-room operators review, edit and execute the
orders in the distribution management system (DMS), which commands reclosers and
RTUs over DNP3. The model is a hosted LLM in our cloud provider's tenancy (vendor
reviewed by procurement). The DMS has operator logins, roles and an audit trail;
the crew gateway needs SSO from managed tablets; the outage line is rate-limited.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Distribution switching order agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting restoration switching orders for control-room operators.",
)

# ---------------------------------------------------------------- data assets
customer_report = tg.Data(
    "Customer outage report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Caller name, phone, address and free-text description of the outage.",
)
restoration_estimate = tg.Data(
    "Restoration estimate", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
last_gasp = tg.Data(
    "Smart-meter last-gasp messages",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Meter id and power-loss timestamp; meter ids map to premises.",
)
crew_update = tg.Data(
    "Crew field update",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Fault found, switch positions seen on site, free-text notes.",
)
crew_assignment = tg.Data(
    "Crew work assignment", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
outage_incidents = tg.Data(
    "Outage incidents",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Grouped outage events with the calls, meter signals and crew notes behind them.",
)
network_model = tg.Data(
    "Network topology and switch states",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
procedures = tg.Data(
    "Switching procedures and past orders",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
)
procedure_passages = tg.Data(
    "Retrieved procedure passages",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
)
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the incident, topology excerpts and retrieved procedures.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
topology_query = tg.Data("Topology lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
procedure_query = tg.Data(
    "Procedure search query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt"
)
topology_result = tg.Data(
    "Feeder topology excerpt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
draft_order = tg.Data(
    "Draft switching order",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Ordered steps: open/close named switches, isolate the fault, back-feed.",
)
draft_status = tg.Data("Draft status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
operator_action = tg.Data(
    "Operator review and execution",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
switching_commands = tg.Data(
    "Switching commands",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Switch status telemetry",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
restoration_status = tg.Data(
    "Restoration status", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public phone and internet", trust=tg.Trust.UNTRUSTED):
    # Customers report outages by phone (IVR) or the web form.
    customer = tm.add(tg.Actor("Customer", role="electricity customer"))

with tm.boundary("Cellular field network", trust=tg.Trust.UNTRUSTED):
    # Line crews send updates from company tablets over public cellular.
    crew = tm.add(tg.Actor("Field crew", role="line crew"))

with tm.boundary("AMI field network", trust=tg.Trust.UNTRUSTED):
    # Meters on customer premises send last-gasp messages when they lose power.
    meters = tm.add(
        tg.Device(
            "Smart meters",
            fleet=True,
            description="Residential and commercial meters on the RF mesh.",
        )
    )

with tm.boundary("LLM provider tenancy", trust=tg.Trust.PARTNER):
    # The model that plans the switching steps; hosted by the cloud provider.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the cloud provider's API.",
            controls={c.SupplierAssessment(note="procurement security questionnaire and DPA")},
        )
    )

with tm.boundary("Corporate DMZ", trust=tg.Trust.INTERNAL):
    # Takes customer outage reports and returns restoration estimates.
    outage_line = tm.add(
        tg.Endpoint(
            "Outage reporting line",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="IVR and web form backend.",
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Receives crew updates and pushes work assignments to tablets.
    crew_gateway = tm.add(
        tg.Endpoint(
            "Crew mobile gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="OIDC SSO from MDM-enrolled tablets")},
        )
    )

with tm.boundary("Grid operations IT zone", trust=tg.Trust.INTERNAL):
    # Collects meter events from the AMI network and forwards outage signals.
    head_end = tm.add(tg.Service("AMI head-end"))
    # System of record for outage incidents; the agent's main input.
    oms = tm.add(
        tg.DataStore(
            "Outage management system",
            stores={outage_incidents},
            description="Groups calls, meter signals and crew notes into incidents.",
        )
    )
    # Drafts switching orders; a control-room operator executes them.
    agent = tm.add(
        tg.Agent(
            "Switching order agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Reads incidents, plans isolation and restoration, drafts orders.",
            controls={
                c.HumanInTheLoop(approver="control-room operator"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Read-only view of the network model used to plan isolation.
    topology_tool = tm.add(
        tg.Tool(
            "Network topology lookup",
            capabilities={"read"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # Writes drafts into the DMS pending queue; cannot execute them.
    draft_tool = tm.add(
        tg.Tool(
            "Switching order drafting tool",
            capabilities={"write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.LeastPrivilegeTools(note="service account can only create draft orders")},
        )
    )
    # Switching procedures and past orders the agent retrieves as examples.
    procedure_index = tm.add(
        tg.VectorStore("Switching procedure index", stores={procedures, procedure_passages})
    )

with tm.boundary("OT control zone", trust=tg.Trust.RESTRICTED):
    # Holds the operational network model and executes switching.
    dms = tm.add(
        tg.Service(
            "Distribution management system",
            controls={
                c.Authentication(method="named operator logins"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Reviews, edits and executes each draft order.
    operator = tm.add(tg.Actor("Control-room operator", role="grid operator", privileged=True))

    with tm.boundary("Distribution field network", trust=tg.Trust.RESTRICTED):
        # Remotely operable reclosers, load-break switches and substation RTUs.
        field_devices = tm.add(tg.Device("Reclosers and RTUs", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, outage_line, customer_report, protocol="https")
tm.flow(outage_line, customer, restoration_estimate, protocol="https")
tm.flow(outage_line, oms, customer_report)
tm.flow(oms, outage_line, restoration_estimate)

tm.flow(meters, head_end, last_gasp, label="RF mesh")
tm.flow(head_end, oms, last_gasp)

tm.flow(crew, crew_gateway, crew_update, protocol="https")
tm.flow(crew_gateway, crew, crew_assignment, protocol="https")
tm.flow(crew_gateway, oms, crew_update)
tm.flow(oms, crew_gateway, crew_assignment)

tm.flow(oms, agent, outage_incidents, label="new and updated incidents")
tm.flow(agent, topology_tool, topology_query)
tm.flow(topology_tool, agent, topology_result)
tm.flow(dms, topology_tool, network_model, label="model replica")
tm.flow(agent, procedure_index, procedure_query, label="similarity query")
tm.flow(procedure_index, agent, procedure_passages)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, draft_tool, draft_order)
tm.flow(draft_tool, agent, draft_status)
tm.flow(draft_tool, dms, draft_order, protocol="https", label="pending switching queue")
tm.flow(dms, draft_tool, draft_status, protocol="https")

tm.flow(dms, operator, draft_order, label="draft for review")
tm.flow(operator, dms, operator_action)
tm.flow(dms, field_devices, switching_commands, protocol="dnp3")
tm.flow(field_devices, dms, telemetry, protocol="dnp3")
tm.flow(dms, oms, restoration_status)
