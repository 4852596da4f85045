"""SOC alert-triage agent: the first design, before any security review.

The security operations centre gets more SIEM alerts than its analysts can
triage. This agent picks up new alerts from the SIEM, runs log searches to
gather context, looks up IPs, domains and file hashes in commercial
threat-intelligence feeds, and writes a triage note (verdict, evidence, next
steps) into the ticketing system. For critical alerts it judges to be true
positives it can isolate the affected endpoint through the EDR vendor's API;
analysts supervise it from the ticket queue, review its notes and lift
isolations. The agent runs in the restricted SOC tooling network; the model is
a hosted LLM from the company's cloud provider, which was vetted by procurement.
The SIEM search account is read-only, the EDR API key sits in the vault, every
agent step is logged, and a run is capped at a fixed number of steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "SOC alert-triage agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that triages SIEM alerts, enriches them with logs and threat intel, "
    "writes triage notes and can isolate endpoints.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Endpoint telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Process, network and login events from employee laptops and servers.",
)
security_logs = tg.Data(
    "Security logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Authentication, proxy, DNS, firewall and EDR events with usernames and hosts.",
)
alerts = tg.Data(
    "Security alerts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Detections with the raw event fields that triggered them (command lines, URLs).",
)
log_query = tg.Data("Log search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
iocs = tg.Data(
    "Indicator lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="IP addresses, domains and file hashes seen in our environment.",
)
intel = tg.Data(
    "Threat-intel reports",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vendor reputation scores, tags and free-text analyst write-ups.",
)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the alert, log excerpts and threat-intel results.",
)
completion = tg.Data(
    "Triage reasoning", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
isolate_cmd = tg.Data(
    "Isolation command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
isolate_status = tg.Data(
    "Isolation status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
notes = tg.Data(
    "Triage notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
comments = tg.Data(
    "Analyst comments",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Analyst corrections and requests to re-triage, left on the ticket.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Employee laptops and servers running the EDR sensor; the things being protected.
    endpoints = tm.add(tg.Device("Managed endpoints", fleet=True))
    # Tickets are where analysts see and correct the agent's work.
    ticketing = tm.add(
        tg.DataStore(
            "Ticketing system",
            stores={notes, comments},
            controls={c.Authentication(method="SSO")},
        )
    )

with tm.boundary("SOC tooling network", trust=tg.Trust.RESTRICTED):
    # Supervises the agent: reviews notes, lifts isolations, re-triages.
    analyst = tm.add(tg.Actor("SOC analyst", role="security analyst", privileged=True))
    # Collects logs and raises the alerts the agent triages.
    siem = tm.add(tg.DataStore("SIEM", stores={security_logs, alerts}))
    # The triage loop: gathers evidence, asks the LLM, acts and writes notes.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.AuditLogging(retention_days=365, note="every tool call and prompt"),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reads new alerts and runs log searches.
    siem_tool = tm.add(
        tg.Tool(
            "SIEM search tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only SIEM search role")},
        )
    )
    # Sends indicators to the intel vendors and returns their verdicts.
    intel_tool = tm.add(
        tg.Tool("Threat-intel lookup tool", capabilities={"read", "network-egress"})
    )
    # Network-isolates a host, or reads its isolation state.
    edr_tool = tm.add(
        tg.Tool(
            "EDR isolation tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="EDR API client secret in the vault")},
        )
    )
    # Creates tickets, writes triage notes and reads analyst comments.
    ticket_tool = tm.add(tg.Tool("Ticketing tool", capabilities={"read", "write"}))

with tm.boundary("EDR vendor cloud", trust=tg.Trust.PARTNER):
    # The EDR console and API: receives telemetry, pushes isolation to the sensor.
    edr = tm.add(tg.ExternalService("EDR platform", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Threat-intel vendors", trust=tg.Trust.PARTNER):
    # Commercial reputation and intel feeds queried per indicator.
    intel_feeds = tm.add(
        tg.ExternalService("Threat-intel feeds", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Cloud provider", trust=tg.Trust.PARTNER):
    # The reasoning engine behind the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="cloud provider contract: no training on our data")
            },
        )
    )

# ---------------------------------------------------------------- flows
# Telemetry and alerting
tm.flow(endpoints, edr, telemetry, protocol="https")
tm.flow(endpoints, siem, security_logs, protocol="tls", label="log forwarding")
tm.flow(edr, siem, alerts, protocol="https", label="EDR detections")

# Reading alerts and logs
tm.flow(agent, siem_tool, log_query, protocol="local")
tm.flow(siem_tool, siem, log_query, protocol="https")
tm.flow(siem, siem_tool, alerts, security_logs, protocol="https")
tm.flow(siem_tool, agent, alerts, security_logs, protocol="local")

# Threat-intel enrichment
tm.flow(agent, intel_tool, iocs, protocol="local")
tm.flow(intel_tool, intel_feeds, iocs, protocol="https")
tm.flow(intel_feeds, intel_tool, intel, protocol="https")
tm.flow(intel_tool, agent, intel, protocol="local")

# Reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Containment
tm.flow(agent, edr_tool, isolate_cmd, protocol="local")
tm.flow(edr_tool, edr, isolate_cmd, protocol="https")
tm.flow(edr, edr_tool, isolate_status, protocol="https")
tm.flow(edr_tool, agent, isolate_status, protocol="local")
tm.flow(edr, endpoints, isolate_cmd, protocol="https", label="network containment")

# Triage notes and supervision
tm.flow(agent, ticket_tool, notes, protocol="local")
tm.flow(ticket_tool, ticketing, notes, protocol="https")
tm.flow(ticketing, ticket_tool, comments, protocol="https")
tm.flow(ticket_tool, agent, comments, protocol="local")
tm.flow(ticketing, analyst, notes, protocol="https")
tm.flow(analyst, ticketing, comments, protocol="https")
tm.flow(analyst, edr, isolate_cmd, protocol="https", label="lift or confirm isolation")
tm.flow(edr, analyst, isolate_status, protocol="https")
