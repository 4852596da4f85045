"""Railway crew rostering agent: the first design, before any security review.

A train operator's roster clerks start a weekly run from a rostering workbench on the
corporate network; an LLM agent builds that week's driver and guard rosters, covering
each diagrammed turn with crew holding the route and traction knowledge, within the
working-time rules and local union agreements. The agent reads the crew diagrams, looks
crew up (competence, leave, hours worked, swap requests) in the crew management system,
retrieves agreement clauses from an index the industrial relations team loads, and
checks each draft with a rule-checker tool encoding the hours and rest limits. Drafts
go to the roster store; a clerk reviews each one in the workbench and publishes it to
the crew app, where drivers and guards also ask for leave and swaps. The model is
vendor-hosted; staff sign in with company single sign-on, the workbench grants access
by role, and agent runs have a step limit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Railway crew rostering agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent drafting weekly driver and guard rosters within working-time rules "
        "and union agreements, published by roster clerks."
    ),
)

# ---------------------------------------------------------------- data assets
run_request = tg.Data(
    "Roster run request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Depot, roster week and any instructions from the clerk.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, diagrams, crew details, agreement clauses and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
diagrams = tg.Data(
    "Crew diagrams",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="The week's turns of duty derived from the timetable.",
)
crew_records = tg.Data(
    "Crew records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Drivers and guards: depot, grade, route and traction competence, "
    "contracted hours, leave, hours and rest already worked.",
)
requests = tg.Data(
    "Leave and swap requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text requests from crew for leave, rest days and turn swaps.",
)
lookup_call = tg.Data("Crew lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
crew_availability = tg.Data("Crew availability", kind="tool-result", sensitivity=tg.Sensitivity.PII)
agreement_docs = tg.Data(
    "Union agreements and working-time rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
clauses = tg.Data(
    "Agreement clauses", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
draft = tg.Data(
    "Draft roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
check_result = tg.Data(
    "Rule check result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Breaches of hours, rest and turn limits found in a draft.",
)
publish = tg.Data(
    "Roster publication approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
published = tg.Data(
    "Published roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers and guards on the company crew app, on and off shift.
    crew = tm.add(tg.Actor("Driver or guard", role="train crew"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that plans the roster and chooses tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Build, review and publish rosters.
    clerk = tm.add(tg.Actor("Roster clerk", role="roster clerk"))
    # Loads new and revised agreements into the index.
    ir_officer = tm.add(tg.Actor("Industrial relations officer", role="industrial relations"))
    # Web app where clerks start runs, review drafts and publish.
    workbench = tm.add(
        tg.Endpoint(
            "Rostering workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company single sign-on (OIDC)"),
                c.RBAC(note="only roster clerks may start runs and publish"),
            },
        )
    )

    with tm.boundary("Crew systems", trust=tg.Trust.RESTRICTED):
        # The LLM agent that drafts each week's rosters.
        agent = tm.add(
            tg.Agent(
                "Rostering agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={
                    c.HumanInTheLoop(
                        approver="roster clerk, who reviews and publishes each roster"
                    ),
                    c.CircuitBreaker(max_steps=400),
                },
            )
        )
        # Existing crew management system: the record of who can work what.
        crew_system = tm.add(
            tg.DataStore(
                "Crew management system",
                stores={crew_records, requests},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
        # Weekly diagrams exported from train planning.
        diagram_store = tm.add(tg.DataStore("Crew diagram store", stores={diagrams}))
        # Agreement and working-time clauses for retrieval.
        agreements_index = tm.add(tg.VectorStore("Agreements index", stores={clauses}))
        # Chunks and embeds agreement documents as they are uploaded.
        indexing = tm.add(tg.Pipeline("Agreement indexing job", stage=tg.Stage.INGESTION))
        # Looks up crew the agent could assign.
        lookup_tool = tm.add(tg.Tool("Crew lookup tool", capabilities={"read"}))
        # Deterministic check of a draft against hours and rest limits.
        checker = tm.add(
            tg.Tool(
                "Working-time rule checker",
                capabilities={"read"},
                description="Encodes maximum turn length, minimum rest and turns per fortnight.",
            )
        )
        # Saves the agent's drafts; cannot publish.
        draft_tool = tm.add(tg.Tool("Draft roster tool", capabilities={"write"}))
        # Drafts and published rosters.
        roster_store = tm.add(tg.DataStore("Roster store", stores={draft, check_result, published}))

with tm.boundary("Crew app backend", trust=tg.Trust.INTERNAL):
    # Serves published rosters to crew and takes their requests.
    crew_api = tm.add(
        tg.Endpoint(
            "Crew app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="company single sign-on (Entra ID)")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(clerk, workbench, run_request, protocol="https")
tm.flow(workbench, agent, run_request)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(diagram_store, agent, diagrams, label="weekly diagram import")
tm.flow(agent, agreements_index, run_request, label="clause search")
tm.flow(agreements_index, agent, clauses)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, crew_system, lookup_call)
tm.flow(crew_system, lookup_tool, crew_records, requests)
tm.flow(lookup_tool, agent, crew_availability)

tm.flow(agent, checker, draft)
tm.flow(crew_system, checker, crew_records, label="hours already worked")
tm.flow(checker, agent, check_result)

tm.flow(agent, draft_tool, draft, check_result)
tm.flow(draft_tool, roster_store, draft, check_result)

tm.flow(roster_store, workbench, draft, check_result)
tm.flow(workbench, clerk, draft, check_result, protocol="https")
tm.flow(clerk, workbench, publish, protocol="https")
tm.flow(workbench, roster_store, published)

tm.flow(roster_store, crew_api, published)
tm.flow(crew_api, crew, published, protocol="https")
tm.flow(crew, crew_api, requests, protocol="https")
tm.flow(crew_api, crew_system, requests)

tm.flow(ir_officer, indexing, agreement_docs, protocol="https", label="upload")
tm.flow(indexing, agreements_index, clauses)
