"""SOC alert triage agent: the first design, before any security review.

The security operations centre gets several thousand SIEM alerts a day. A triage
agent, built on a vendor-hosted LLM, picks new alerts off the SIEM queue, searches
the SIEM for related events, pulls process trees and host details from the EDR
platform and looks up indicators (hashes, IPs, domains) with a threat intelligence
provider. It writes a verdict and a triage summary into the case management store,
where on-shift analysts review it in the SOC console. When the agent concludes a
host is compromised it can isolate the endpoint through the EDR API, but only after
an analyst approves the isolation in the console. The agent and its tools run in the
restricted SOC tooling VPC; the LLM, the EDR console and the threat intel feed are
SaaS vendors. Controls today: SSO with MFA and roles on the console, a step limit and
tool-call logging on the agent, vaulted API keys for the EDR tools, TLS to vendors.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SOC alert triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="LLM agent that triages SIEM alerts, enriches them from EDR and threat "
    "intel, and isolates endpoints once an analyst approves.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Endpoint telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Process, file, network and logon events, with user names and command lines.",
)
security_logs = tg.Data("Security event logs", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
detections = tg.Data("EDR detections", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
alerts = tg.Data(
    "SIEM alerts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Rule hits with the raw event fields that triggered them.",
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Triage playbook, the alert, and the enrichment gathered so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
siem_query = tg.Data("SIEM search query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
siem_results = tg.Data(
    "SIEM search results", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
edr_query = tg.Data("EDR host query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
host_details = tg.Data(
    "Host details and process trees",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
indicators = tg.Data(
    "Indicator lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="File hashes, IP addresses and domains seen in the alert.",
)
ti_reports = tg.Data(
    "Threat intel reputation and reports", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
isolation_request = tg.Data(
    "Isolation request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
isolation_approval = tg.Data(
    "Isolation approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
isolation_command = tg.Data(
    "Network containment command", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
isolation_status = tg.Data(
    "Isolation status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
triage_summary = tg.Data(
    "Triage verdict and summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="True/false positive verdict, severity, evidence and recommended action.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Laptops and servers running the EDR sensor; what attackers do on them ends up in alerts.
    endpoints = tm.add(
        tg.Device(
            "Corporate endpoint fleet",
            description="Windows and macOS laptops and Linux servers with the EDR sensor.",
        )
    )
    # The on-shift analysts who review the agent's verdicts and approve isolations.
    analyst = tm.add(tg.Actor("SOC analyst", role="security analyst"))

with tm.boundary("EDR vendor cloud", trust=tg.Trust.PARTNER):
    # SaaS EDR: collects sensor telemetry, raises detections and executes containment.
    edr = tm.add(
        tg.ExternalService(
            "EDR platform",
            description="Vendor-hosted EDR console and API; isolates hosts on API request.",
        )
    )

with tm.boundary("Threat intel provider", trust=tg.Trust.PARTNER):
    # Commercial reputation and intelligence API the agent enriches indicators with.
    threat_intel = tm.add(
        tg.ExternalService("Threat intelligence API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model behind the agent, under an enterprise zero-retention contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, no training on our data")},
        )
    )

with tm.boundary("SOC tooling VPC", trust=tg.Trust.RESTRICTED):
    # The existing SIEM: the alert queue the agent works from and the log lake it searches.
    siem = tm.add(
        tg.DataStore(
            "SIEM",
            stores={security_logs, detections, alerts},
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )
    # The triage agent itself: one run per alert, calls tools until it reaches a verdict.
    agent = tm.add(
        tg.Agent(
            "Alert triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Plans enrichment steps with the LLM and writes a verdict per alert.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(note="every prompt and tool call logged to the SIEM"),
            },
        )
    )
    # Read-only search over the SIEM, so the agent can find related events.
    siem_tool = tm.add(tg.Tool("SIEM search tool", capabilities={"read"}))
    # Read-only EDR API wrapper: host inventory, process trees, file details.
    edr_lookup_tool = tm.add(
        tg.Tool(
            "EDR lookup tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="read-only EDR API key from the vault")},
        )
    )
    # Sends indicators out to the threat intel provider and returns its reputation data.
    ti_tool = tm.add(tg.Tool("Threat intel lookup tool", capabilities={"read", "network-egress"}))
    # Calls the EDR containment API; waits for an analyst's approval from the console.
    isolation_tool = tm.add(
        tg.Tool(
            "Endpoint isolation tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(approver="on-shift SOC analyst in the SOC console"),
                c.SecretsManagement(note="EDR containment API key from the vault"),
            },
        )
    )
    # Where verdicts and summaries are kept as cases for analysts and audit.
    cases = tm.add(
        tg.DataStore("Case management store", stores={triage_summary, isolation_approval})
    )
    # Web console where analysts read cases and approve or reject isolation requests.
    console = tm.add(
        tg.Service(
            "SOC console",
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# telemetry and alerts
tm.flow(endpoints, edr, telemetry, protocol="https", label="EDR sensor upload")
tm.flow(endpoints, siem, security_logs, protocol="tls", label="log forwarding")
tm.flow(edr, siem, detections, protocol="https", label="detection forwarding")
tm.flow(siem, agent, alerts, protocol="https", label="new alerts from the triage queue")

# reasoning
tm.flow(agent, llm, triage_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# enrichment tools
tm.flow(agent, siem_tool, siem_query)
tm.flow(siem_tool, siem, siem_query, protocol="https")
tm.flow(siem, siem_tool, siem_results, protocol="https")
tm.flow(siem_tool, agent, siem_results)

tm.flow(agent, edr_lookup_tool, edr_query)
tm.flow(edr_lookup_tool, edr, edr_query, protocol="https")
tm.flow(edr, edr_lookup_tool, host_details, protocol="https")
tm.flow(edr_lookup_tool, agent, host_details)

tm.flow(agent, ti_tool, indicators)
tm.flow(ti_tool, threat_intel, indicators, protocol="https")
tm.flow(threat_intel, ti_tool, ti_reports, protocol="https")
tm.flow(ti_tool, agent, ti_reports)

# verdicts, review and isolation
tm.flow(agent, cases, triage_summary)
tm.flow(cases, console, triage_summary)
tm.flow(console, analyst, triage_summary, protocol="https")
tm.flow(agent, isolation_tool, isolation_request)
tm.flow(isolation_tool, console, isolation_request, label="pending approval")
tm.flow(analyst, console, isolation_approval, protocol="https")
tm.flow(console, isolation_tool, isolation_approval)
tm.flow(console, cases, isolation_approval, label="approval recorded on the case")
tm.flow(isolation_tool, edr, isolation_command, protocol="https")
tm.flow(edr, endpoints, isolation_command, protocol="https", label="contain host")
tm.flow(edr, isolation_tool, isolation_status, protocol="https")
tm.flow(isolation_tool, agent, isolation_status)
