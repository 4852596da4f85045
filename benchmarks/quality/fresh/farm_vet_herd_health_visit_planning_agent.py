"""Farm vet herd health visit planning agent: the first design, before any security review.

A farm veterinary practice plans routine herd health visits with an LLM agent in its
cloud tenancy. The agent reads milk recording results (imported nightly from the milk
recording organisation) and previous visit notes from the practice management system,
works out which herds are due and proposes visit dates to farmers over WhatsApp.
Replies arrive through a webhook; once a farmer agrees, the agent books the date into
the vet's Microsoft 365 calendar and drafts a visit briefing in the practice system,
which the visiting vet reviews. Vets, not the agent, record the medicines they
prescribe. The agent uses a hosted LLM over HTTPS, its steps are capped, and the
practice system has staff logins with TOTP, roles and an audit log.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Farm vet herd health visit planning agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that plans herd health visits, messages farmers on WhatsApp "
    "and books vets' calendars.",
)

# ---------------------------------------------------------------- data assets
milk_recording = tg.Data(
    "Milk recording results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-cow yields, somatic cell counts, butterfat and protein, per herd.",
)
visit_notes = tg.Data(
    "Previous visit notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vets' notes from earlier visits, naming the farmer and farm staff.",
)
client_contacts = tg.Data(
    "Farmer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Farmer name, farm address and WhatsApp number.",
)
farmer_reply = tg.Data(
    "Farmer WhatsApp reply",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text answer to a proposed visit date.",
)
visit_proposal = tg.Data("Visit date proposal", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt with herd context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Planning instructions, herd data, visit notes and the farmer's replies.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
herd_query = tg.Data("Herd data query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
herd_result = tg.Data("Herd data result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Calendar booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
availability = tg.Data(
    "Vet calendar availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
appointment = tg.Data(
    "Visit appointment",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Calendar event with farm name, address and visit type.",
)
briefing = tg.Data(
    "Visit briefing",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Draft briefing for the vet: herd performance, issues to check, history.",
)
medicine_records = tg.Data(
    "Medicine prescription records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Medicines prescribed per animal or group, doses and withdrawal periods.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Farms", trust=tg.Trust.UNTRUSTED):
    # The farmer, on their own phone, agrees or rejects visit dates.
    farmer = tm.add(tg.Actor("Farmer", role="practice client"))

with tm.boundary("WhatsApp Business Platform", trust=tg.Trust.PARTNER):
    # Meta's Cloud API: the only channel the agent uses to reach farmers.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Cloud API",
            description="Sends template and session messages; posts replies to our webhook.",
        )
    )

with tm.boundary("Milk recording organisation", trust=tg.Trust.PARTNER):
    # The herd's monthly test-day results, which decide which herds need attention.
    milk_feed = tm.add(
        tg.DataSource(
            "Milk recording data feed",
            origin=tg.Origin.PARTNER,
            provides={milk_recording},
            description="Partner API giving test-day results for herds that consent to share.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Vets already run their diaries in Outlook; the agent books into them.
    calendar = tm.add(
        tg.ExternalService(
            "Vet calendars",
            description="Outlook calendars of the practice's farm vets, via Microsoft Graph.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that does the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Practice cloud", trust=tg.Trust.INTERNAL):
    # Receives farmers' WhatsApp replies from Meta and hands them to the agent.
    webhook = tm.add(
        tg.Endpoint(
            "WhatsApp webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="sender's WhatsApp number matched to a client record in the PMS"
                )
            },
        )
    )
    # The planner: decides who is due, talks to farmers, books, drafts briefings.
    agent = tm.add(
        tg.Agent(
            "Visit planning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Weekly planning run plus replies to farmers' messages.",
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Read-only access to herd data and visit history for the agent.
    herd_tool = tm.add(
        tg.Tool(
            "Herd data lookup tool",
            capabilities={"read"},
            description="Returns milk recording results, contacts and past visit notes for a herd.",
        )
    )
    # Outbound WhatsApp messages to farmers.
    message_tool = tm.add(
        tg.Tool(
            "WhatsApp messaging tool",
            capabilities={"send-messages"},
            controls={c.SecretsManagement(note="Meta access token in Azure Key Vault")},
        )
    )
    # Reads free slots and creates visit events in vets' calendars.
    calendar_tool = tm.add(
        tg.Tool(
            "Calendar booking tool",
            capabilities={"read", "write"},
            controls={
                c.SecretsManagement(note="Graph client secret in Azure Key Vault"),
                c.LeastPrivilegeTools(
                    note="Graph application access limited to the farm vets' calendars"
                ),
            },
        )
    )
    # Writes the visit briefing as a draft note for the vet to review.
    briefing_tool = tm.add(
        tg.Tool(
            "Briefing writer tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="the visiting vet",
                    note="briefing stays a draft until the vet reviews it before the visit",
                )
            },
        )
    )
    # Nightly pull of milk recording results into our own store.
    import_job = tm.add(tg.Pipeline("Nightly milk recording import job", stage=tg.Stage.INGESTION))
    # Copy of milk recording results the agent can query quickly.
    herd_store = tm.add(
        tg.DataStore(
            "Herd health data store",
            stores={milk_recording},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )

with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # The practice's system of record: clients, animals, visits, medicines.
    pms = tm.add(
        tg.DataStore(
            "Practice management system",
            stores={client_contacts, visit_notes, briefing, medicine_records},
            controls={
                c.Authentication(method="staff username and password with TOTP"),
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(),
            },
        )
    )
    # The farm vet who reviews briefings, does the visit and prescribes.
    vet = tm.add(tg.Actor("Farm vet", role="veterinary surgeon"))

# ---------------------------------------------------------------- flows
# Milk recording data in
tm.flow(milk_feed, import_job, milk_recording, protocol="https", label="nightly pull")
tm.flow(import_job, herd_store, milk_recording)

# Agent reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Herd data for planning and briefings
tm.flow(agent, herd_tool, herd_query)
tm.flow(herd_store, herd_tool, milk_recording)
tm.flow(pms, herd_tool, visit_notes, client_contacts, protocol="https")
tm.flow(herd_tool, agent, herd_result)

# Proposing dates to farmers and hearing back
tm.flow(agent, message_tool, visit_proposal)
tm.flow(message_tool, whatsapp, visit_proposal, protocol="https")
tm.flow(whatsapp, farmer, visit_proposal, protocol="whatsapp")
tm.flow(farmer, whatsapp, farmer_reply, protocol="whatsapp")
tm.flow(whatsapp, webhook, farmer_reply, protocol="https", label="inbound message webhook")
tm.flow(webhook, agent, farmer_reply)

# Booking vets' calendars
tm.flow(agent, calendar_tool, booking_request)
tm.flow(calendar_tool, calendar, booking_request, appointment, protocol="https")
tm.flow(calendar, calendar_tool, availability, protocol="https")
tm.flow(calendar_tool, agent, availability)
tm.flow(calendar, vet, appointment, protocol="https")

# Briefings, review and prescribing
tm.flow(agent, briefing_tool, briefing)
tm.flow(briefing_tool, pms, briefing, protocol="https", label="draft note")
tm.flow(pms, vet, briefing, visit_notes, protocol="https")
tm.flow(
    vet,
    pms,
    visit_notes,
    medicine_records,
    protocol="https",
    label="visit record and prescriptions",
)
