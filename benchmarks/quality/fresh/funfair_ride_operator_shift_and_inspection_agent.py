"""Funfair ride operator shift and inspection agent: the first design, before security review.

Our travelling funfair runs about thirty rides at fairs across the UK. Ride
operators and ride supervisors chat with an assistant from their phones on site:
it drafts the day's shift roster from who is on the ground and whose ride
qualifications are current, walks each operator through the pre-opening daily
inspection checklist for their ride, answering from the manufacturers' manuals,
and records the results in the inspection log. It texts crew about shift changes
through an SMS provider. The agent is an LLM agent on a hosted model; it searches
an index of manuals loaded by an ingestion job, and writes through roster and
inspection-log tools. Crew sign in with their staff number and PIN. Publishing a
roster and marking a ride fit to open wait for the ride supervisor's approval;
the inspection log keeps an audit trail for the statutory six years.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Funfair ride operator shift and inspection agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that rosters ride operators and records daily ride inspections.",
)

# ---------------------------------------------------------------- data assets
crew_message = tg.Data(
    "Crew chat message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Questions, availability and inspection answers typed by operators.",
)
assistant_reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
supervisor_approval = tg.Data(
    "Supervisor approval",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Approval to publish a roster or to open a ride after inspection.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, tool results and manual excerpts.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
manual_query = tg.Data("Manual search query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
manual_excerpts = tg.Data(
    "Manual excerpts",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="retrieved-context",
)
manuals = tg.Data(
    "Manufacturer ride manuals",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Operating and maintenance manuals and daily check procedures, as PDFs.",
)
manual_chunks = tg.Data(
    "Manual chunks and embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings"
)
roster_change = tg.Data("Roster change", sensitivity=tg.Sensitivity.PII, kind="tool-call")
roster_result = tg.Data(
    "Roster and qualifications view", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
staff_records = tg.Data(
    "Operator records, qualifications and rosters",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, phone numbers, ride qualifications with expiry dates, hours worked.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
inspection_entry = tg.Data(
    "Inspection log entry", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
inspection_result = tg.Data(
    "Ride inspection status", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
inspection_records = tg.Data(
    "Daily inspection records",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Per ride and day: each checklist item, who checked it, faults, fit-to-open status.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
shift_notice = tg.Data("Shift notice", sensitivity=tg.Sensitivity.PII, kind="tool-call")
shift_sms = tg.Data("Shift text message", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Seasonal crew on their own phones, on the fairground's mobile signal.
    operator = tm.add(tg.Actor("Ride operator", role="ride operator"))
    # Approves rosters and clears rides to open.
    supervisor = tm.add(tg.Actor("Ride supervisor", role="ride supervisor"))

with tm.boundary("Ride manufacturers", trust=tg.Trust.PARTNER):
    # Manufacturers' download portals for manuals and service bulletins.
    manufacturer_docs = tm.add(
        tg.DataSource("Manufacturer manual downloads", origin=tg.Origin.VENDOR, provides={manuals})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model with tool calling.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the texts to crew phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Chat API behind the crew web app.
    crew_api = tm.add(
        tg.Endpoint(
            "Crew assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="staff number and 4-digit PIN")},
        )
    )
    # The LLM agent: plans, calls the tools, asks for approvals.
    agent = tm.add(
        tg.Agent(
            "Shift and inspection agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the ride supervisor",
                    note="roster publication and fit-to-open status wait for the supervisor",
                ),
                tg.controls.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Reads the manuals index.
    manual_tool = tm.add(tg.Tool("Manual search tool", capabilities={"read"}))
    # Reads crew, qualifications and rosters; writes roster changes.
    roster_tool = tm.add(tg.Tool("Roster tool", capabilities={"read", "write"}))
    # Records checklist answers and ride status; reads today's status.
    inspection_tool = tm.add(tg.Tool("Inspection log tool", capabilities={"read", "write"}))
    # Texts crew through the SMS provider.
    notify_tool = tm.add(
        tg.Tool("Crew notification tool", capabilities={"send-messages", "network-egress"})
    )
    # Crew records, qualifications and rosters.
    staff_db = tm.add(
        tg.DataStore(
            "Crew and roster database",
            stores={staff_records},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Inspection log kept for the statutory period.
    inspection_db = tm.add(
        tg.DataStore(
            "Inspection log database",
            stores={inspection_records},
            controls={tg.controls.AuditLogging(retention_days=2190)},
        )
    )
    # Vector index of the manuals.
    manuals_index = tm.add(tg.VectorStore("Manuals index", stores={manual_chunks}))
    # Downloads new manuals, chunks and embeds them.
    manual_ingest = tm.add(tg.Pipeline("Manual ingestion job", stage=tg.Stage.INGESTION))

# ---------------------------------------------------------------- flows
# Conversations
tm.flow(operator, crew_api, crew_message, protocol="https")
tm.flow(crew_api, operator, assistant_reply, protocol="https")
tm.flow(supervisor, crew_api, crew_message, supervisor_approval, protocol="https")
tm.flow(crew_api, supervisor, assistant_reply, protocol="https")
tm.flow(crew_api, agent, crew_message, supervisor_approval)
tm.flow(agent, crew_api, assistant_reply)

# Model calls
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Manuals
tm.flow(agent, manual_tool, manual_query)
tm.flow(manual_tool, manuals_index, manual_query)
tm.flow(manuals_index, manual_tool, manual_excerpts)
tm.flow(manual_tool, agent, manual_excerpts)
tm.flow(manufacturer_docs, manual_ingest, manuals, protocol="https", label="weekly download")
tm.flow(manual_ingest, manuals_index, manual_chunks)

# Rosters
tm.flow(agent, roster_tool, roster_change)
tm.flow(roster_tool, staff_db, staff_records)
tm.flow(staff_db, roster_tool, staff_records)
tm.flow(roster_tool, agent, roster_result)

# Inspections
tm.flow(agent, inspection_tool, inspection_entry)
tm.flow(inspection_tool, inspection_db, inspection_records)
tm.flow(inspection_db, inspection_tool, inspection_records)
tm.flow(inspection_tool, agent, inspection_result)

# Crew texts
tm.flow(agent, notify_tool, shift_notice)
tm.flow(notify_tool, sms_gateway, shift_sms, protocol="https")
tm.flow(sms_gateway, operator, shift_sms, protocol="sms")
