"""Maintenance copilot with CMMS access: the first design, before any security review.

Field technicians in the factory ask a copilot about machine faults from rugged
tablets on the plant Wi-Fi. The copilot backend runs in our cloud VPC: an agent
sends the question to a hosted LLM and, through tools, retrieves passages from
OEM machine manuals and past work orders (indexed nightly into a vector store),
reads recent sensor history for the machine from the plant historian in the OT
DMZ, and creates or updates work orders in the CMMS when the technician asks.
Technicians sign in with corporate SSO on the tablets; the CMMS tool shows the
drafted work order and writes it only after the technician confirms. The
historian tool uses a read-only historian account, the CMMS keeps its own change
history, and conversations are kept in an encrypted log store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Maintenance copilot with CMMS access",
    profile=tg.RiskProfile.HIGH,
    description="Shop-floor copilot that answers fault questions and files work orders in the CMMS.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Technician question", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
answer = tg.Data("Copilot answer", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, retrieved passages, sensor readings and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_call = tg.Data("Document search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
passages = tg.Data(
    "Manual and work-order passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
manuals = tg.Data(
    "OEM machine manuals",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed manuals and service bulletins from equipment makers.",
)
work_orders = tg.Data(
    "Work-order history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past faults, causes, repairs and the technicians who did them.",
)
historian_call = tg.Data(
    "Sensor history query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
sensor_history = tg.Data(
    "Sensor history",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Recent tag values (temperatures, vibration, pressures, alarms) for one asset.",
)
wo_change = tg.Data(
    "Work-order create or update",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
wo_result = tg.Data("Work-order result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Conversation logs", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant floor Wi-Fi", trust=tg.Trust.INTERNAL):
    # The users: maintenance technicians working at the machines.
    technician = tm.add(tg.Actor("Field technician", role="maintenance technician"))
    # Shared rugged tablets running the copilot app; passed between shifts.
    tablet = tm.add(tg.Device("Rugged tablet", fleet=True))

with tm.boundary("Copilot VPC", trust=tg.Trust.INTERNAL):
    # The API the tablet app calls; signs technicians in through corporate SSO.
    api = tm.add(
        tg.Endpoint(
            "Copilot API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Orchestrates the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Maintenance copilot agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop around the hosted LLM.",
        )
    )
    # Semantic search over manuals and past work orders.
    search_tool = tm.add(tg.Tool("Document search tool", capabilities={"read"}))
    # Index of chunked manuals and work orders, shared by all technicians.
    index = tm.add(tg.VectorStore("Maintenance knowledge index", stores={passages}))
    # Nightly job that chunks and embeds new manuals and closed work orders.
    indexer = tm.add(tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION))
    # Reads recent tag values for an asset from the historian.
    historian_tool = tm.add(
        tg.Tool(
            "Historian query tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only historian account")},
        )
    )
    # Creates or updates work orders in the CMMS through its REST API.
    wo_tool = tm.add(
        tg.Tool(
            "Work-order tool",
            capabilities={"read", "write"},
            description="Uses one CMMS integration account for all technicians.",
            controls={c.HumanInTheLoop(approver="the requesting technician confirms the draft")},
        )
    )
    # Keeps every conversation for support and improving prompts.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model; we send it prompts over its API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms: no training on our data")},
        )
    )

with tm.boundary("Equipment OEMs", trust=tg.Trust.PARTNER):
    # Where the machine manuals and service bulletins come from.
    oem_portal = tm.add(
        tg.DataSource("OEM documentation portals", origin=tg.Origin.VENDOR, provides={manuals})
    )

with tm.boundary("OT DMZ", trust=tg.Trust.RESTRICTED):
    # Plant historian mirror in the OT DMZ, fed from the control network.
    historian = tm.add(
        tg.DataSource("Plant historian", origin=tg.Origin.INTERNAL, provides={sensor_history})
    )

with tm.boundary("Enterprise IT", trust=tg.Trust.INTERNAL):
    # The maintenance management system of record: assets, work orders, schedules.
    cmms = tm.add(
        tg.Service(
            "CMMS",
            controls={c.AuditLogging(note="built-in change history per work order")},
        )
    )

# ---------------------------------------------------------------- flows
# the technician's question and the answer
tm.flow(technician, tablet, question)
tm.flow(tablet, api, question, protocol="https")
tm.flow(api, agent, question)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, api, answer)
tm.flow(api, tablet, answer, protocol="https")
tm.flow(tablet, technician, answer)
tm.flow(agent, log_store, transcripts)

# retrieval from manuals and past work orders
tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, index, search_call, label="similarity query")
tm.flow(index, search_tool, passages)
tm.flow(search_tool, agent, passages)

# sensor history
tm.flow(agent, historian_tool, historian_call)
tm.flow(historian_tool, historian, historian_call, protocol="https", label="historian web API")
tm.flow(historian, historian_tool, sensor_history, protocol="https")
tm.flow(historian_tool, agent, sensor_history)

# work orders
tm.flow(agent, wo_tool, wo_change)
tm.flow(wo_tool, cmms, wo_change, protocol="https")
tm.flow(cmms, wo_tool, wo_result, protocol="https")
tm.flow(wo_tool, agent, wo_result)

# nightly indexing
tm.flow(oem_portal, indexer, manuals, protocol="https")
tm.flow(cmms, indexer, work_orders, protocol="https", label="closed work orders")
tm.flow(indexer, index, passages)
