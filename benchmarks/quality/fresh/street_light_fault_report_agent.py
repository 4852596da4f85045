"""Street light fault report agent: the first design, before any security review.

The highways team lets residents report faulty street lights to an LLM chatbot,
either in the chat widget on the council website or by direct message on the
council's social media accounts (the platform relays messages to us by webhook).
The agent, hosted in the council's Azure tenancy, asks a vendor-hosted LLM to
understand the report, matches it to a lamp post in the asset register, checks
the lamp's status in the central management system (CMS) that the lights report
to over the vendor's radio mesh, and raises a job in the lighting contractor's
works system. The contractor's works system sends job updates and safety works
requests back; for safety works the agent dims or switches the named lights
through the CMS. Residents get updates by email through GOV.UK Notify. Controls
in this design: rate limiting on the chat endpoint, a step limit and logging on
the agent, the CMS API key in Key Vault, an API key for the contractor's calls,
encrypted case storage, and the CMS's own override expiry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Street light fault report agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Public-facing LLM agent that takes street light fault reports, raises contractor "
        "jobs and can dim or switch lights through the central management system."
    ),
)

# ---------------------------------------------------------------- data assets
report = tg.Data(
    "Fault report message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Resident's description of the fault, location, name and email address.",
)
reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
asset_lookup = tg.Data("Asset lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
asset_records = tg.Data(
    "Lamp post asset records",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Unit numbers, street, coordinates, column and lantern type.",
)
cms_call = tg.Data(
    "CMS status query or switching call",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-call",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lamp_status = tg.Data("Lamp status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
node_commands = tg.Data(
    "Dimming and switching commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
node_telemetry = tg.Data(
    "Node telemetry", sensitivity=tg.Sensitivity.INTERNAL, description="Burn state, faults, energy."
)
job_call = tg.Data("Raise job call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
fault_job = tg.Data(
    "Fault job",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Lamp unit, location, fault description and priority.",
)
works_request = tg.Data(
    "Safety works switching request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Contractor asks for named units to be switched off or dimmed for a time window.",
)
job_update = tg.Data("Job status update", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
cases = tg.Data(
    "Fault cases",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Reports, transcripts, resident contact details and linked jobs.",
)
email_call = tg.Data("Email notification call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
update_email = tg.Data("Update email", sensitivity=tg.Sensitivity.PII, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can report a fault; no account is needed.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))
    # The council's social media accounts; direct messages arrive by webhook.
    social = tm.add(tg.ExternalService("Social media platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Council Azure tenancy", trust=tg.Trust.INTERNAL):
    # Public entry point for the web chat widget and the social media webhook.
    chat = tm.add(
        tg.Endpoint(
            "Fault report chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that handles each report and each contractor request end to end.
    agent = tm.add(
        tg.Agent(
            "Fault report agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15), c.AuditLogging(retention_days=365)},
        )
    )
    # Finds the lamp post a resident means from a street, landmark or unit number.
    asset_tool = tm.add(tg.Tool("Asset lookup tool", capabilities={"read"}))
    # The council's register of every lamp post it maintains.
    asset_register = tm.add(tg.DataStore("Street lighting asset register", stores={asset_records}))
    # Reads lamp status and sends dim or switch overrides through the CMS API.
    cms_tool = tm.add(
        tg.Tool(
            "CMS integration tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="CMS API key held in Azure Key Vault")},
        )
    )
    # Raises a fault job in the contractor's works system.
    job_tool = tm.add(tg.Tool("Job raising tool", capabilities={"write"}))
    # Sends residents progress emails through GOV.UK Notify.
    email_tool = tm.add(tg.Tool("Email notification tool", capabilities={"send-messages"}))
    # Receives job updates and safety works requests from the contractor.
    contractor_api = tm.add(
        tg.Endpoint(
            "Contractor integration API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="API key issued to the contractor")},
        )
    )
    # Holds each report, its transcript and the jobs raised for it.
    case_store = tm.add(
        tg.DataStore(
            "Fault case store",
            stores={cases},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )

with tm.boundary("CMS vendor cloud", trust=tg.Trust.PARTNER):
    # The central management system every lamp node reports to; it sends the dimming profiles.
    cms = tm.add(
        tg.Service(
            "Central management system",
            controls={
                c.SafetyLimits(
                    limits="manual overrides expire after 12 hours; nodes fall back to "
                    "the dusk-to-dawn profile if they lose the mesh"
                )
            },
        )
    )

with tm.boundary("Street lighting radio mesh", trust=tg.Trust.PARTNER):
    # A node on each lamp post: switches and dims the lantern and reports faults.
    nodes = tm.add(tg.Device("Lamp post nodes", fleet=True))

with tm.boundary("Lighting contractor", trust=tg.Trust.PARTNER):
    # The contractor's job management system, used by its supervisors and crews.
    works = tm.add(tg.ExternalService("Contractor works system"))

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government email service the council already uses for notifications.
    notify = tm.add(tg.ExternalService("GOV.UK Notify"))

# ---------------------------------------------------------------- flows
# Reports in, replies out.
tm.flow(resident, chat, report, protocol="https", label="website chat widget")
tm.flow(chat, resident, reply, protocol="https")
tm.flow(resident, social, report, protocol="https", label="direct message")
tm.flow(social, chat, report, protocol="https", label="direct message webhook")
tm.flow(chat, social, reply, protocol="https")
tm.flow(social, resident, reply, protocol="https")
tm.flow(chat, agent, report)
tm.flow(agent, chat, reply)

# Reasoning.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Matching the lamp post.
tm.flow(agent, asset_tool, asset_lookup)
tm.flow(asset_tool, asset_register, asset_lookup, label="query")
tm.flow(asset_register, asset_tool, asset_records)
tm.flow(asset_tool, agent, tool_result, asset_records)

# Checking and switching lights.
tm.flow(agent, cms_tool, cms_call)
tm.flow(cms_tool, cms, cms_call, protocol="https")
tm.flow(cms, cms_tool, lamp_status, protocol="https")
tm.flow(cms_tool, agent, tool_result, lamp_status)
tm.flow(
    cms,
    nodes,
    node_commands,
    protocol="rf mesh",
    controls={c.EncryptionInTransit(protocol="AES-128 link-layer encryption")},
)
tm.flow(
    nodes,
    cms,
    node_telemetry,
    protocol="rf mesh",
    controls={c.EncryptionInTransit(protocol="AES-128 link-layer encryption")},
)

# Jobs for the contractor, and what comes back.
tm.flow(agent, job_tool, job_call)
tm.flow(job_tool, works, fault_job, protocol="https")
tm.flow(works, job_tool, job_update, protocol="https", label="job reference")
tm.flow(job_tool, agent, tool_result)
tm.flow(works, contractor_api, job_update, works_request, protocol="https")
tm.flow(contractor_api, agent, job_update, works_request)

# Case records.
tm.flow(agent, case_store, cases)
tm.flow(case_store, agent, cases)

# Updates to residents.
tm.flow(agent, email_tool, email_call)
tm.flow(email_tool, notify, update_email, protocol="https")
tm.flow(notify, resident, update_email, protocol="smtp")
