"""Solar inverter fault diagnosis agent: the first design, before any security review.

A solar operations company maintains rooftop PV systems it installed for homeowners.
Each inverter reports telemetry and fault codes to the manufacturer's cloud, which a
scheduled job pulls into our telemetry store. When a fault appears, or a homeowner
reports a problem in the customer app, an LLM agent in our cloud reads the fault
codes, recent telemetry and the site record, looks the codes up in a knowledge base
of manufacturer manuals and past service notes, and decides what to do: push a remote
reset through the manufacturer's API, or book an engineer visit in the field service
scheduler, which texts the homeowner and sends the job to the engineer's app.
The language model is a vendor-hosted API. Controls in this design: customer app
sign-in and rate limiting, a step limit and action log on the agent, a reset policy
checked in the reset tool, the vendor API key kept in a vault, encrypted stores with
role-based access, and the inverters' own grid-protection settings.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Solar inverter fault diagnosis agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that diagnoses rooftop inverter faults, pushes remote resets and books engineer visits.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Inverter telemetry and fault codes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Generation, DC/AC voltages, temperatures, grid events and fault codes per inverter serial.",
)
reset_command = tg.Data(
    "Remote reset command",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
command_result = tg.Data(
    "Reset command result", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
vendor_api_key = tg.Data(
    "Manufacturer API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
fault_report = tg.Data(
    "Homeowner fault report",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free-text description of the problem, with optional photos of the inverter display.",
)
status_update = tg.Data("Diagnosis update", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Diagnosis prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Fault codes, telemetry excerpt, site details, knowledge base passages and any homeowner report.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
manuals = tg.Data(
    "Manufacturer service manuals", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
service_notes = tg.Data("Engineer service notes", sensitivity=tg.Sensitivity.PII, kind="documents")
kb_passages = tg.Data(
    "Knowledge base passages", sensitivity=tg.Sensitivity.PII, kind="retrieved-context"
)
telemetry_query = tg.Data("Telemetry query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
telemetry_result = tg.Data(
    "Telemetry query result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
reset_call = tg.Data("Reset tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
reset_result = tg.Data("Reset tool result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
booking_call = tg.Data(
    "Booking tool call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Site, fault summary, required skills and parts, urgency.",
)
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
job_request = tg.Data("Engineer job request", sensitivity=tg.Sensitivity.PII, kind="records")
site_records = tg.Data(
    "Customer site records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Homeowner name, address, phone, access notes, installed equipment and warranty.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
job_sheet = tg.Data("Job sheet", sensitivity=tg.Sensitivity.PII, kind="records")
visit_notice = tg.Data("Visit notification", sensitivity=tg.Sensitivity.PII, kind="records")
action_log = tg.Data("Agent action log", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # The installed inverters, connected over the homeowner's own broadband.
    inverter = tm.add(
        tg.Device(
            "Rooftop inverter",
            fleet=True,
            description="String inverters with the manufacturer's data logger.",
            controls={
                c.SafetyLimits(
                    limits="inverter firmware keeps its certified grid-protection and "
                    "anti-islanding settings; a remote reset cannot change them"
                )
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer, who uses our app to see their system and report problems.
    homeowner = tm.add(tg.Actor("Homeowner", role="customer"))
    # Our engineers in the field, using the job app on a company phone.
    engineer = tm.add(tg.Actor("Field engineer", role="service engineer"))

with tm.boundary("Inverter manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's monitoring cloud: the only route to the inverters' data and commands.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Inverter manufacturer cloud",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Installer API for telemetry, fault events and remote commands across our fleet.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Backend of the customer app: fault reports in, diagnosis updates out.
    app_api = tm.add(
        tg.Endpoint(
            "Customer app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Pulls new telemetry and fault events from the manufacturer every 15 minutes.
    ingest = tm.add(
        tg.Pipeline(
            "Telemetry ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement()},
        )
    )
    # Time-series history the agent and the ops team use to judge a fault.
    telemetry_store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that diagnoses each fault and chooses a reset or a visit.
    agent = tm.add(
        tg.Agent(
            "Fault diagnosis agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Triggered by new fault events and by homeowner reports.",
            controls={c.CircuitBreaker(max_steps=25), c.AuditLogging(retention_days=365)},
        )
    )
    # Manuals and past service notes, so diagnoses follow the manufacturer's procedures.
    knowledge_base = tm.add(
        tg.VectorStore("Fault knowledge base", stores={kb_passages, manuals, service_notes})
    )
    # Lets the agent read recent telemetry for one inverter.
    telemetry_tool = tm.add(tg.Tool("Telemetry query tool", capabilities={"read"}))
    # Sends a reset through the manufacturer's installer API.
    reset_tool = tm.add(
        tg.Tool(
            "Remote reset tool",
            capabilities={"write", "network-egress"},
            controls={
                c.PolicyEnforcement(
                    rules="reset tool accepts only fault codes on the manufacturer's "
                    "remotely-resettable list, at most one reset per inverter per 24 hours"
                ),
                c.SecretsManagement(),
            },
        )
    )
    # Creates an engineer visit in the field service scheduler.
    booking_tool = tm.add(tg.Tool("Engineer booking tool", capabilities={"write"}))
    # Plans engineers' jobs, texts homeowners and feeds the engineers' app.
    scheduler = tm.add(
        tg.Service(
            "Field service scheduler",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Who lives where, what is installed and how to get on site.
    site_db = tm.add(
        tg.DataStore(
            "Customer site database",
            stores={site_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Office staff who load manuals into the knowledge base and watch the agent's actions.
    ops_engineer = tm.add(tg.Actor("Operations engineer", role="operations staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(inverter, vendor_cloud, telemetry, protocol="mqtts")
tm.flow(vendor_cloud, inverter, reset_command, protocol="mqtts")

tm.flow(vendor_cloud, ingest, telemetry, protocol="https", label="15-minute poll")
tm.flow(ingest, vendor_cloud, vendor_api_key, protocol="https", label="API authentication")
tm.flow(ingest, telemetry_store, telemetry)
tm.flow(telemetry_store, agent, telemetry, label="new fault events")

tm.flow(homeowner, app_api, fault_report, protocol="https")
tm.flow(app_api, agent, fault_report)
tm.flow(agent, app_api, status_update)
tm.flow(app_api, homeowner, status_update, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, knowledge_base, telemetry_query, label="similarity query")
tm.flow(knowledge_base, agent, kb_passages)
tm.flow(site_db, agent, site_records, label="site lookup")

tm.flow(agent, telemetry_tool, telemetry_query)
tm.flow(telemetry_tool, telemetry_store, telemetry_query)
tm.flow(telemetry_store, telemetry_tool, telemetry)
tm.flow(telemetry_tool, agent, telemetry_result)

tm.flow(agent, reset_tool, reset_call)
tm.flow(reset_tool, vendor_cloud, reset_command, vendor_api_key, protocol="https")
tm.flow(vendor_cloud, reset_tool, command_result, protocol="https")
tm.flow(reset_tool, agent, reset_result)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, scheduler, job_request, protocol="https")
tm.flow(scheduler, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)

tm.flow(site_db, scheduler, site_records)
tm.flow(scheduler, engineer, job_sheet, protocol="https")
tm.flow(engineer, scheduler, service_notes, protocol="https")
tm.flow(scheduler, homeowner, visit_notice, protocol="sms")
tm.flow(scheduler, knowledge_base, service_notes, label="nightly export")

tm.flow(ops_engineer, knowledge_base, manuals, protocol="https")
tm.flow(agent, ops_engineer, action_log, protocol="https", label="action dashboard")
