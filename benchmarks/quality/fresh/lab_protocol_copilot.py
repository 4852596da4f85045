"""Lab protocol copilot: the first design, before any security review.

Bench scientists at our biotech company open the copilot in a browser on the
corporate network (signed in through company SSO) and ask it to draft an
experiment protocol. A supervised agent retrieves relevant standard operating
procedures and past electronic lab notebook (ELN) entries from a vector index,
which a nightly job builds from the SOP document system and the ELN vendor's
export API, and sends them with the request to a hosted LLM from a vendor we
have an enterprise agreement with. While drafting, the agent can look up reagent
stock in the lab inventory system. When the scientist approves the draft in the
UI, the agent queues the run on the lab automation scheduler, which sits on the
restricted lab network and dispatches it to the liquid-handling robots. The
scheduler keeps its own run log; conversations are kept for troubleshooting.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lab protocol copilot",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM copilot that drafts experiment protocols from SOPs and ELN history, "
        "checks reagent stock and queues approved runs on lab robots."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Protocol request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What the scientist wants to run: assay, samples, constraints.",
)
approval = tg.Data("Protocol approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
draft = tg.Data(
    "Draft protocol",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
sops = tg.Data(
    "Standard operating procedures",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
notebook = tg.Data(
    "ELN entries",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Past experiments, results and unpublished research notes.",
)
chunks = tg.Data(
    "SOP and notebook chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the scientist's request, retrieved chunks and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Protocol text and tool-call requests.",
)
stock_query = tg.Data("Stock query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_levels = tg.Data(
    "Reagent stock levels", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
inventory = tg.Data("Inventory records", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
run_request = tg.Data(
    "Run request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Approved protocol converted into scheduler steps, volumes and plate layout.",
)
robot_method = tg.Data(
    "Robot method",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
run_status = tg.Data("Run status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
conversations = tg.Data(
    "Copilot conversations", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The person who asks for drafts and approves them before anything runs.
    scientist = tm.add(tg.Actor("Scientist", role="bench scientist"))

    # Internal document management system that holds the controlled SOPs.
    sop_repo = tm.add(
        tg.DataSource("SOP document system", origin=tg.Origin.INTERNAL, provides={sops})
    )

with tm.boundary("Copilot platform", trust=tg.Trust.INTERNAL):
    # Web UI and API the scientists use; behind company SSO.
    web_app = tm.add(
        tg.Endpoint(
            "Copilot web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )
    # Plans the draft, retrieves context, calls tools; queues runs only after approval.
    agent = tm.add(
        tg.Agent(
            "Protocol agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop around the hosted LLM.",
        )
    )
    # Semantic search over SOPs and notebook history for grounding the draft.
    index = tm.add(tg.VectorStore("SOP and notebook index", stores={chunks}))
    # Nightly job that chunks and embeds SOPs and ELN entries into the index.
    indexer = tm.add(tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION))
    # Lets the agent read reagent stock while drafting.
    inventory_tool = tm.add(tg.Tool("Inventory lookup tool", capabilities={tg.Capability.READ}))
    # Lets the agent submit an approved protocol to the lab scheduler.
    run_tool = tm.add(
        tg.Tool(
            "Run queue tool",
            capabilities={tg.Capability.WRITE},
            controls={c.HumanInTheLoop(approver="the requesting scientist, in the copilot UI")},
        )
    )
    # Conversation history kept for troubleshooting and prompt tuning.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={conversations}))

with tm.boundary("ELN vendor", trust=tg.Trust.PARTNER):
    # SaaS electronic lab notebook; exported through the vendor's API.
    eln = tm.add(
        tg.DataSource("Electronic lab notebook", origin=tg.Origin.VENDOR, provides={notebook})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted frontier model under an enterprise agreement (no training on our data).
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise agreement, zero data retention")},
        )
    )

with tm.boundary("Lab network", trust=tg.Trust.RESTRICTED):
    # Existing lab inventory / LIMS module with reagent stock.
    inventory_db = tm.add(tg.DataStore("Reagent inventory system", stores={inventory}))
    # Existing scheduler that turns runs into robot methods and dispatches them.
    scheduler = tm.add(
        tg.Service(
            "Lab automation scheduler",
            controls={c.AuditLogging(note="the scheduler's own run log")},
        )
    )
    # Liquid handlers and plate movers that execute runs.
    robots = tm.add(tg.Device("Lab robots", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(scientist, web_app, request, approval, protocol="https")
tm.flow(web_app, scientist, draft, run_status, protocol="https")
tm.flow(web_app, agent, request, approval)
tm.flow(agent, web_app, draft, run_status)

tm.flow(agent, index, request, label="similarity query")
tm.flow(index, agent, chunks, label="retrieved context")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, log_store, conversations)

tm.flow(agent, inventory_tool, stock_query)
tm.flow(inventory_tool, agent, stock_levels)
tm.flow(inventory_tool, inventory_db, stock_query)
tm.flow(inventory_db, inventory_tool, stock_levels)

tm.flow(agent, run_tool, run_request, label="after approval")
tm.flow(run_tool, agent, run_status)
tm.flow(run_tool, scheduler, run_request, protocol="http", label="scheduler REST API")
tm.flow(scheduler, run_tool, run_status, protocol="http")
tm.flow(scheduler, robots, robot_method)
tm.flow(robots, scheduler, run_status)

tm.flow(sop_repo, indexer, sops)
tm.flow(eln, indexer, notebook, protocol="https", label="nightly export")
tm.flow(indexer, index, chunks)
