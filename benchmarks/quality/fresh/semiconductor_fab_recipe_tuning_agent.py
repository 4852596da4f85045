"""Etch recipe tuning agent: the first design, before any security review.

Process engineers in the fab ask an LLM agent, through an internal web app, why an
etch step is drifting and how to correct it. The agent reads metrology results from
the yield database and equipment/FDC logs from the equipment data store, searches an
index of internal process documentation (specs, OCAPs, past change notes), and
proposes recipe adjustments. It can save a proposed recipe as a draft in the recipe
management system (RMS) through a draft-only service account; an engineer reviews
the draft in the RMS and releases it, and the RMS then downloads it to the etch
tools over SECS/GEM. The LLM is an open-weights model served on the fab's own GPU
servers, since recipes are trade secrets. Controls in this design: corporate SSO on
the web app, a step limit on the agent, the draft-only RMS account, role-based
release with RMS audit logging, and the etch tools' own hardware interlocks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Etch recipe tuning agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that proposes etch recipe adjustments from metrology and tool logs.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Engineer question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
proposal = tg.Data(
    "Proposed recipe adjustment", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, tool results and retrieved document chunks.",
)
llm_reply = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
metrology = tg.Data(
    "Metrology results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="CD, etch depth and uniformity measurements per lot and wafer.",
)
equipment_logs = tg.Data(
    "Equipment and FDC logs",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chamber sensor traces, alarms and maintenance events from the etch tools.",
)
process_docs = tg.Data(
    "Process documentation",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Process specs, OCAPs, change notes and tool vendor manuals.",
)
doc_chunks = tg.Data(
    "Process document chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_recipe = tg.Data(
    "Draft etch recipe",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
released_recipe = tg.Data(
    "Released etch recipe",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
release_approval = tg.Data("Recipe release approval", kind="records")
transcripts = tg.Data("Agent session log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Fab office network", trust=tg.Trust.INTERNAL):
    # The people who ask for adjustments and release recipes.
    engineer = tm.add(tg.Actor("Process engineer", role="etch process engineer"))
    # Where the process documentation is written and kept today.
    doc_system = tm.add(
        tg.DataSource(
            "Document management system",
            origin=tg.Origin.INTERNAL,
            provides={process_docs},
        )
    )

with tm.boundary("Fab AI platform", trust=tg.Trust.INTERNAL):
    # Internal web app the engineers chat with the agent through.
    web_app = tm.add(
        tg.Endpoint(
            "Recipe assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # The LLM agent: plans, calls the tools, writes the proposal.
    agent = tm.add(
        tg.Agent(
            "Recipe tuning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Open-weights model on the fab's GPU servers, so recipes never leave the site.
    llm = tm.add(
        tg.LLM(
            "Process LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights instruction model served with vLLM on site.",
        )
    )
    # Read-only query of metrology results and equipment logs.
    fab_data_tool = tm.add(tg.Tool("Fab data query tool", capabilities={"read"}))
    # Semantic search over the process documentation index.
    doc_search_tool = tm.add(tg.Tool("Process doc search tool", capabilities={"read"}))
    # Saves a proposed recipe into the RMS as a draft, never released.
    draft_tool = tm.add(
        tg.Tool(
            "Recipe draft tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="RMS service account may create drafts only"),
            },
        )
    )
    # Index of chunked, embedded process documents.
    doc_index = tm.add(tg.VectorStore("Process doc index", stores={doc_chunks}))
    # Nightly job that chunks and embeds new and changed documents.
    indexer = tm.add(tg.Pipeline("Doc indexing job", stage=tg.Stage.INGESTION))
    # Conversation and tool-call history, kept for troubleshooting the agent.
    session_log = tm.add(tg.DataStore("Agent session log store", stores={transcripts}))

with tm.boundary("Fab manufacturing network", trust=tg.Trust.RESTRICTED):
    # Yield management database holding inline and end-of-line metrology.
    yield_db = tm.add(tg.DataStore("Yield and metrology database", stores={metrology}))
    # Equipment engineering data store for FDC traces and tool logs.
    eq_data = tm.add(tg.DataStore("Equipment data store", stores={equipment_logs}))
    # System of record for recipes; drafts wait here for an engineer's release.
    rms = tm.add(
        tg.Service(
            "Recipe management system",
            controls={
                c.RBAC(note="only the recipe owner role can release"),
                c.HumanInTheLoop(approver="process engineer owning the recipe"),
                c.AuditLogging(),
            },
        )
    )
    # The etch chambers that run the released recipes.
    etch_tools = tm.add(
        tg.Device(
            "Etch tools",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="tool controller interlocks on RF power, pressure and gas flows"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(engineer, web_app, question, protocol="https")
tm.flow(web_app, engineer, proposal, protocol="https")
tm.flow(web_app, agent, question, protocol="https")
tm.flow(agent, web_app, proposal, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, session_log, transcripts)

tm.flow(agent, fab_data_tool, tool_call)
tm.flow(fab_data_tool, agent, metrology, equipment_logs, label="tool result")
tm.flow(fab_data_tool, yield_db, tool_call, protocol="jdbc over TLS", label="metrology query")
tm.flow(yield_db, fab_data_tool, metrology, protocol="jdbc over TLS")
tm.flow(fab_data_tool, eq_data, tool_call, protocol="https", label="log query")
tm.flow(eq_data, fab_data_tool, equipment_logs, protocol="https")

tm.flow(agent, doc_search_tool, tool_call)
tm.flow(doc_search_tool, doc_index, tool_call, label="similarity query")
tm.flow(doc_index, doc_search_tool, doc_chunks)
tm.flow(doc_search_tool, agent, doc_chunks, label="tool result")

tm.flow(agent, draft_tool, tool_call, draft_recipe)
tm.flow(draft_tool, rms, draft_recipe, protocol="https", label="save as draft")
tm.flow(rms, draft_tool, draft_recipe, protocol="https", label="draft id")

tm.flow(engineer, rms, release_approval, protocol="https", label="reviews and releases")
tm.flow(rms, engineer, draft_recipe, protocol="https", label="draft for review")
tm.flow(rms, etch_tools, released_recipe, protocol="secs/gem hsms", label="recipe download")
tm.flow(etch_tools, eq_data, equipment_logs, protocol="secs/gem hsms")

tm.flow(doc_system, indexer, process_docs, protocol="https", label="nightly export")
tm.flow(indexer, doc_index, doc_chunks)
