"""Inverter firmware rollout agent: the first design, before any security review.

A solar asset manager runs about 300 commercial rooftop PV installations with
inverters from several vendors. An LLM agent (a hosted model API) reads each
vendor's firmware release notes, works out from the site asset register which
sites run affected inverter models and firmware versions, and drafts a rollout
plan that puts each update in a low-production window taken from the monitoring
platform's history. An asset engineer approves each plan in a web console; the
agent then schedules the updates through each vendor's cloud portal, which pushes
the firmware to the inverters. Afterwards the agent checks production data to see
that every inverter came back. The agent runs in our cloud account; vendor portal
API keys sit in a secret manager, release notes are fetched only from an
allowlist of vendor domains, engineers sign in with SSO and MFA, and approvals
and agent actions are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Inverter firmware rollout agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that plans and schedules inverter firmware updates across 300 rooftop sites.",
)

# ---------------------------------------------------------------- data assets
release_notes = tg.Data(
    "Firmware release notes",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Vendor web pages and PDFs: fixed issues, affected models and versions.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Task, release notes, site inventory extracts and production history.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
site_inventory = tg.Data(
    "Site inventory",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Site addresses, inverter models, serial numbers and firmware versions.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rollout_plan = tg.Data(
    "Rollout plan",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Which inverters get which firmware, in which window, in which order.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
plan_approval = tg.Data(
    "Rollout plan approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
schedule_request = tg.Data(
    "Firmware update schedule request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Inverter serials, target firmware version and update time window.",
)
update_status = tg.Data(
    "Update job status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
firmware = tg.Data(
    "Inverter firmware package",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="code",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
portal_keys = tg.Data(
    "Vendor portal API keys", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
telemetry = tg.Data(
    "Inverter telemetry",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Power, energy, status and fault codes per inverter, every five minutes.",
)
production = tg.Data(
    "Production history", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
monitoring_query = tg.Data(
    "Production data query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
inventory_query = tg.Data("Inventory query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Vendors' public release-notes pages, the agent's trigger and main input.
    notes_source = tm.add(
        tg.DataSource(
            "Vendor release notes",
            origin=tg.Origin.VENDOR,
            provides={release_notes},
            description="Published on each inverter vendor's support site; some as PDFs.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads release notes and drafts the plans.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Inverter vendor clouds", trust=tg.Trust.PARTNER):
    # Each vendor's fleet portal; it alone can push firmware to its inverters.
    vendor_portal = tm.add(
        tg.ExternalService(
            "Inverter vendor cloud portal",
            description="One per vendor; an installer account sees all our sites of that vendor.",
        )
    )

with tm.boundary("Monitoring platform", trust=tg.Trust.PARTNER):
    # Third-party SaaS collecting production data from every site.
    monitoring = tm.add(
        tg.ExternalService(
            "Solar monitoring platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Rooftop sites", trust=tg.Trust.PARTNER):
    # The inverters on customers' roofs, connected to their vendor's cloud.
    inverters = tm.add(
        tg.Device(
            "Rooftop inverters",
            description="Commercial string inverters, several vendors, on customer building networks.",
            controls={c.SafetyLimits(limits="certified G99 grid protection in the inverter")},
        )
    )
    # Site data loggers read the inverters and upload to the monitoring platform.
    loggers = tm.add(tg.Device("Site data loggers"))

with tm.boundary("Asset manager cloud", trust=tg.Trust.INTERNAL):
    # The LLM agent: reads notes, matches sites, drafts and schedules rollouts.
    agent = tm.add(
        tg.Agent(
            "Firmware rollout agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="asset engineer, per rollout plan"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Fetches release notes for the agent, only from vendor domains.
    notes_tool = tm.add(
        tg.Tool(
            "Release notes fetcher",
            capabilities={"read", "network-egress"},
            controls={c.EgressFiltering(note="allowlist of vendor support domains")},
        )
    )
    # Read-only lookups in the asset register.
    inventory_tool = tm.add(tg.Tool("Site inventory lookup"))
    # The site asset register: which inverter, which firmware, where.
    register = tm.add(tg.DataStore("Site asset register", stores={site_inventory}))
    # Reads production history and post-update recovery from the monitoring platform.
    monitoring_tool = tm.add(tg.Tool("Production data tool"))
    # Schedules, and if needed cancels, update jobs in the vendors' portals.
    portal_tool = tm.add(
        tg.Tool(
            "Vendor portal scheduling tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={c.SecretsManagement(note="portal API keys in the cloud secret manager")},
        )
    )
    # Draft and approved plans, with the update results.
    plan_store = tm.add(tg.DataStore("Rollout plan store", stores={rollout_plan}))
    # Web console where the engineer reviews and approves a plan.
    console = tm.add(
        tg.Service(
            "Rollout approval console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.AuditLogging(retention_days=730),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves each rollout plan before anything is scheduled.
    engineer = tm.add(tg.Actor("Asset engineer", role="engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Reading release notes
tm.flow(agent, notes_tool, label="fetch new release notes")
tm.flow(notes_source, notes_tool, release_notes, protocol="https")
tm.flow(notes_tool, agent, release_notes)

# Matching sites and finding windows
tm.flow(agent, inventory_tool, inventory_query)
tm.flow(register, inventory_tool, site_inventory)
tm.flow(inventory_tool, agent, site_inventory)
tm.flow(agent, monitoring_tool, monitoring_query)
tm.flow(monitoring_tool, monitoring, monitoring_query, protocol="https")
tm.flow(monitoring, monitoring_tool, production, protocol="https")
tm.flow(monitoring_tool, agent, production)

# Reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Plan and approval
tm.flow(agent, plan_store, rollout_plan)
tm.flow(plan_store, console, rollout_plan)
tm.flow(console, engineer, rollout_plan, protocol="https")
tm.flow(engineer, console, plan_approval, protocol="https")
tm.flow(console, plan_store, plan_approval)
tm.flow(console, agent, plan_approval, label="approved plan released to agent")

# Scheduling the updates
tm.flow(agent, portal_tool, schedule_request)
tm.flow(portal_tool, vendor_portal, schedule_request, portal_keys, protocol="https")
tm.flow(vendor_portal, portal_tool, update_status, protocol="https")
tm.flow(portal_tool, agent, update_status)
tm.flow(vendor_portal, inverters, firmware, protocol="tls", label="firmware push in the window")
tm.flow(inverters, vendor_portal, update_status, protocol="tls")

# Production data
tm.flow(inverters, loggers, telemetry, protocol="modbus", label="site RS-485 / LAN")
tm.flow(loggers, monitoring, telemetry, protocol="https")
tm.flow(agent, register, site_inventory, label="records new firmware versions")
