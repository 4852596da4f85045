"""Power plant procedure assistant: the first design, before any security review.

Control-room operators at a gas-fired power plant ask questions in a browser on
their workstations ("what is the step after purging the HRSG?", "which trip
limits apply to GT2 vibration?"). An orchestrator embeds the question, retrieves
matching chunks from a vector index built from the plant's controlled procedure
library, the equipment vendors' manuals and past shift logs, and sends a prompt to
an open-weights LLM hosted on a GPU server in the plant's operations network. The
LLM can ask for live tag values, which a read-only lookup tool fetches from the
plant historian in the OT DMZ. Weights are downloaded once from a public model hub
and carried in through the plant's media-scanning kiosk. Operators sign in with
their plant domain accounts; the procedure library keeps its own revision control
and role-based access; the historian account is read-only. No other AI-specific
safeguards are planned for the first release.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Power plant procedure RAG assistant",
    profile=tg.RiskProfile.HIGH,
    description="Answers control-room questions from procedures, manuals, shift logs and live tags.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Operator question", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
answer = tg.Data(
    "Assistant answer",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Cited procedure steps and explanations that operators may act on.",
)
prompt = tg.Data(
    "Prompt with retrieved context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, question, top-k chunks and any tag values fetched.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
procedures = tg.Data(
    "Operating and emergency procedures",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
manuals = tg.Data(
    "Equipment manuals",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Vendor O&M manuals for the gas turbines, HRSG, steam turbine and BOP.",
)
shift_logs = tg.Data(
    "Shift logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Free-text operator log entries with names, events and equipment states.",
)
chunks = tg.Data(
    "Document chunks and embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
text_to_embed = tg.Data("Text to embed", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents")
vectors = tg.Data("Embedding vectors", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings")
tag_query = tg.Data("Tag lookup request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
tag_values = tg.Data(
    "Live tag values",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-result",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weights = tg.Data(
    "Open-weights LLM and embedding weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
conversations = tg.Data("Conversation log", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the open-weights models are downloaded from.
    model_hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))

with tm.boundary("Equipment vendors", trust=tg.Trust.PARTNER):
    # OEM manuals arrive as PDFs from the vendors' customer portals.
    vendor_manuals = tm.add(
        tg.DataSource(
            "Vendor manual portals",
            origin=tg.Origin.VENDOR,
            provides={manuals},
            description="Turbine, HRSG and BOP vendors' documentation portals.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Engineering staff who write, approve and revise procedures.
    doc_controller = tm.add(tg.Actor("Procedure document controller", role="document control"))
    # The plant's controlled document system: the master copy of every procedure.
    procedure_library = tm.add(
        tg.DataStore(
            "Controlled procedure library",
            stores={procedures, manuals},
            controls={
                c.RBAC(note="only document control can publish a revision"),
                c.DataVersioning(note="every procedure revision is kept"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("Plant operations network", trust=tg.Trust.INTERNAL):
    # The people the assistant is for, at control-room workstations.
    operator = tm.add(tg.Actor("Control-room operator", role="operator"))
    # Electronic shift log that operators already write into each shift.
    shift_log_system = tm.add(tg.DataStore("Shift log system", stores={shift_logs}))
    # Browser-facing chat API on the AI server.
    chat = tm.add(
        tg.Endpoint(
            "Assistant web endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="plant Active Directory (Kerberos)")},
        )
    )
    # Retrieves context, builds the prompt, runs the tag lookups the LLM asks for.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Python service using an open-source RAG framework.",
        )
    )
    # The locally hosted generative model on the GPU server.
    llm = tm.add(
        tg.LLM(
            "Local open-weights LLM",
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="A 70B instruction-tuned open-weights model served with vLLM.",
        )
    )
    # Turns document chunks and questions into vectors.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.OPEN_WEIGHTS)
    )
    # Index of procedures, manuals and shift logs searched for each question.
    index = tm.add(tg.VectorStore("Document vector index", stores={chunks}))
    # Nightly job that re-reads the sources, chunks, embeds and re-indexes them.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexing job",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="PDF parsing and chunking with open-source libraries.",
        )
    )
    # Keeps every question and answer for later review of the assistant.
    conversation_store = tm.add(tg.DataStore("Conversation log store", stores={conversations}))
    # Read-only lookup of named tags, called by the orchestrator on the LLM's request.
    tag_tool = tm.add(
        tg.Tool(
            "Historian tag lookup",
            capabilities={"read"},
            origin="first-party",
            controls={c.LeastPrivilegeTools(note="read-only historian service account")},
        )
    )

with tm.boundary("OT DMZ", trust=tg.Trust.RESTRICTED):
    # The plant historian: time series of every DCS tag, mirrored out of the control network.
    historian = tm.add(
        tg.DataStore(
            "Plant historian",
            stores={tag_values},
            controls={c.RBAC(note="historian accounts are read-only or admin")},
        )
    )

# ---------------------------------------------------------------- flows
# question and answer
tm.flow(operator, chat, question, protocol="https")
tm.flow(chat, orchestrator, question)
tm.flow(orchestrator, embedder, question, label="embed question")
tm.flow(embedder, orchestrator, vectors)
tm.flow(orchestrator, index, vectors, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, llm, prompt, protocol="http", label="local inference API")
tm.flow(llm, orchestrator, completion, tag_query, protocol="http")
tm.flow(orchestrator, tag_tool, tag_query)
tm.flow(tag_tool, historian, tag_query, protocol="https", label="historian web API")
tm.flow(historian, tag_tool, tag_values, protocol="https")
tm.flow(tag_tool, orchestrator, tag_values)
tm.flow(orchestrator, conversation_store, conversations)
tm.flow(orchestrator, chat, answer)
tm.flow(chat, operator, answer, protocol="https")

# sources and indexing
tm.flow(doc_controller, procedure_library, procedures, label="publishes revisions")
tm.flow(vendor_manuals, procedure_library, manuals, protocol="https", label="manual downloads")
tm.flow(operator, shift_log_system, shift_logs, label="writes shift log")
tm.flow(procedure_library, indexer, procedures, manuals, protocol="https")
tm.flow(shift_log_system, indexer, shift_logs)
tm.flow(indexer, embedder, text_to_embed)
tm.flow(embedder, indexer, vectors)
tm.flow(indexer, index, chunks)

# model weights
tm.flow(
    model_hub,
    llm,
    weights,
    protocol="https",
    label="downloaded once, carried in on scanned media",
    controls={c.VulnerabilityScanning(note="plant removable-media scanning kiosk")},
)
tm.flow(
    model_hub,
    embedder,
    weights,
    protocol="https",
    label="downloaded once, carried in on scanned media",
    controls={c.VulnerabilityScanning(note="plant removable-media scanning kiosk")},
)
