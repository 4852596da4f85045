"""Lab chemical safety assistant: the first design, before any security review.

A UK university's Environment, Health and Safety (EHS) office offers researchers
a chat assistant that answers questions on chemical storage: can these two be
stored together, which cabinet should a new bottle go in, what does the SDS say
about incompatibilities. Researchers sign in with university SSO (Entra ID with
MFA). An orchestrator in the university's cloud tenant reads the lab's holdings
from the existing chemical inventory system through a read-only service account,
retrieves passages from an index of safety data sheets fetched nightly from the
SDS vendor, adds the EHS segregation guidance table, and asks a hosted LLM (the
university's Azure OpenAI deployment, with the vendor's content filter) for an
answer. Conversations are logged for EHS review. Answers are advisory; nothing
is written back to the inventory.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lab chemical storage safety assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant answering chemical storage compatibility questions from the "
    "inventory system and safety data sheets.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Storage question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The researcher's question, tied to their university identity and lab.",
)
answer = tg.Data(
    "Storage advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which chemicals may share a cabinet and why, citing the SDS sections used.",
)
sign_in = tg.Data("SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
inventory = tg.Data(
    "Chemical inventory records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Containers, CAS numbers, quantities, building, room and cabinet, and the "
    "custodian's name; includes toxic and controlled substances.",
)
container_entry = tg.Data(
    "Container registration",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A new bottle logged by a researcher, with free-text notes.",
)
sds = tg.Data(
    "Safety data sheets",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Supplier SDS PDFs, sections 7 (handling and storage) and 10 (stability "
    "and reactivity) matter most here.",
)
sds_chunks = tg.Data(
    "SDS passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
guidance = tg.Data(
    "Segregation guidance table",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The EHS office's hazard-class segregation matrix and storage rules.",
)
prompt = tg.Data(
    "Assembled prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the question, the lab's inventory rows, SDS passages and guidance.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
chat_log = tg.Data(
    "Conversation log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Question, answer, user id, lab and the sources retrieved.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Researchers, postdocs and PhD students asking where to store things.
    researcher = tm.add(tg.Actor("Researcher", role="lab researcher"))
    # EHS staff who maintain the guidance and read the conversation log.
    ehs_officer = tm.add(tg.Actor("EHS safety officer", role="safety officer", privileged=True))

with tm.boundary("Microsoft cloud", trust=tg.Trust.PARTNER):
    # The university's identity provider, used for sign-in to the assistant.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Entra ID tenant of the university, MFA enforced for staff and students.",
        )
    )
    # The language model that writes the answers.
    llm = tm.add(
        tg.LLM(
            "Azure OpenAI deployment",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A GPT-class chat model in the university's Azure subscription.",
            controls={c.Guardrails(note="Azure OpenAI default content filter")},
        )
    )

with tm.boundary("SDS vendor", trust=tg.Trust.PARTNER):
    # Commercial SDS service the university already subscribes to.
    sds_vendor = tm.add(
        tg.DataSource(
            "SDS vendor library",
            origin=tg.Origin.VENDOR,
            provides={sds},
            description="Current supplier SDSs for the CAS numbers in the inventory.",
        )
    )

with tm.boundary("University cloud tenant", trust=tg.Trust.INTERNAL):
    # Chat front end and API researchers use from a browser.
    chat_app = tm.add(
        tg.Endpoint(
            "Safety assistant web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="OIDC via university SSO with MFA")},
        )
    )
    # Looks up the lab's holdings, retrieves SDS passages and guidance, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="Builds the prompt from the inventory of the lab the researcher names, "
            "SDS passages and the guidance table.",
        )
    )
    # Nightly job that pulls SDSs for inventoried CAS numbers, chunks and embeds them.
    sds_pipeline = tm.add(tg.Pipeline("Nightly SDS indexing job", stage=tg.Stage.INGESTION))
    # Searchable index of SDS passages.
    sds_index = tm.add(tg.VectorStore("SDS vector index", stores={sds_chunks}))
    # The EHS office's segregation matrix, edited by EHS staff.
    guidance_store = tm.add(tg.DataStore("EHS storage guidance", stores={guidance}))
    # Every conversation, kept for EHS review and answer quality checks.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={chat_log},
            controls={c.EncryptionAtRest(key_management="Azure platform-managed keys")},
        )
    )

with tm.boundary("University data centre", trust=tg.Trust.INTERNAL):
    # Existing system of record for chemicals on campus; the assistant only reads it.
    inventory_system = tm.add(
        tg.DataStore(
            "Chemical inventory system",
            stores={inventory},
            controls={
                c.RBAC(note="assistant uses a read-only service account"),
                c.EncryptionAtRest(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(researcher, sso, sign_in, protocol="oidc")
tm.flow(sso, chat_app, sign_in, protocol="oidc")

# Asking and answering
tm.flow(researcher, chat_app, question, protocol="https")
tm.flow(chat_app, orchestrator, question)
tm.flow(inventory_system, orchestrator, inventory, protocol="https", label="lab holdings lookup")
tm.flow(orchestrator, sds_index, question, label="similarity query")
tm.flow(sds_index, orchestrator, sds_chunks, label="retrieved SDS passages")
tm.flow(guidance_store, orchestrator, guidance)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, chat_log)
tm.flow(orchestrator, chat_app, answer)
tm.flow(chat_app, researcher, answer, protocol="https")

# Inventory upkeep (existing process, outside the assistant)
tm.flow(
    researcher,
    inventory_system,
    container_entry,
    protocol="https",
    label="registers a new container",
)

# SDS ingestion
tm.flow(
    inventory_system, sds_pipeline, inventory, protocol="https", label="nightly CAS number export"
)
tm.flow(sds_vendor, sds_pipeline, sds, protocol="https", label="nightly SDS fetch")
tm.flow(sds_pipeline, sds_index, sds_chunks)

# EHS oversight
tm.flow(ehs_officer, guidance_store, guidance, protocol="https", label="edits segregation rules")
tm.flow(log_store, ehs_officer, chat_log, protocol="https", label="reviews conversations")
