"""Cemetery plot records assistant: the first design, before any security review.

The town council's bereavement services team is adding a chat assistant to the
council website so that families and genealogists can ask who is buried where
without phoning or visiting the office. Anyone can use it without signing in;
the chat API limits each visitor to 20 requests a minute. An orchestrator in the
council's cloud tenancy embeds the question, retrieves matching entries from a
vector index of the digitised burial registers and plot maps, and asks an LLM
hosted by a vendor (assessed through the council's procurement checklist) to
answer from them. The index is rebuilt nightly from exports of the on-premises
burial register database and the cemetery plot map GIS; grant holders' contact
details are dropped before indexing. Historic registers were transcribed by a
digitisation contractor and imported into the register database. When the
assistant cannot answer, it files a search request that officers pick up.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cemetery plot records search assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Public chat assistant answering burial location questions from council registers.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Enquirer question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Often names the enquirer, the deceased and their relationship.",
)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
query_embedding = tg.Data("Query embedding", kind="embeddings", sensitivity="internal")
register_chunks = tg.Data(
    "Register entry chunks",
    kind="retrieved-context",
    sensitivity="confidential",
    description="Deceased's name, age, last address, burial date and plot reference.",
)
chunk_embeddings = tg.Data(
    "Register chunk embeddings", kind="embeddings", sensitivity="confidential"
)
prompt = tg.Data(
    "Prompt with register extracts",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the top retrieved register entries.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
search_request = tg.Data(
    "Staff search request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Enquirer's name, e-mail and the chat so far, for an officer to follow up.",
)
burial_records = tg.Data(
    "Burial register records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Deceased details, informant, funeral director, grant holder names and addresses.",
)
transcribed_registers = tg.Data(
    "Transcribed historic registers",
    kind="documents",
    sensitivity="confidential",
    description="Typed transcriptions of handwritten registers from 1856 to 1998.",
)
plot_map = tg.Data(
    "Plot map data",
    kind="records",
    sensitivity="internal",
    description="Sections, rows, plot numbers, plot status and geometry.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Families and genealogists using the council website; no account needed.
    enquirer = tm.add(tg.Actor("Public enquirer", role="family member or genealogist"))

with tm.boundary("Digitisation contractor", trust=tg.Trust.PARTNER):
    # The firm that transcribed the paper registers.
    contractor = tm.add(
        tg.DataSource(
            "Register transcription delivery",
            origin="partner",
            provides={transcribed_registers},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the answers; a vendor-hosted chat model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="council procurement checklist"),
            },
        )
    )
    # Embeds questions and register chunks; same vendor.
    embedder = tm.add(tg.Model("Embedding model", task="embedding", origin="third-party-api"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # The public chat API behind the widget on the council website.
    chat_api = tm.add(
        tg.Endpoint(
            "Burial records chat API",
            purpose="api",
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="questions over 1,000 characters are refused"),
            },
        )
    )
    # Retrieves register entries, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Records assistant orchestrator",
            description="Retrieves the top 8 register entries and asks the LLM to answer from them.",
        )
    )
    # Searchable index of register entries and plot locations.
    index = tm.add(
        tg.VectorStore("Register vector index", stores={register_chunks, chunk_embeddings})
    )
    # Rebuilds the index nightly from the register and plot map exports.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexing job",
            stage="ingestion",
            controls={c.DataMinimization(note="grant holder contact details dropped")},
        )
    )
    # Conversations kept to improve the assistant and answer complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Search requests the assistant could not answer, for officers to follow up.
    enquiry_queue = tm.add(
        tg.DataStore(
            "Search request queue",
            stores={search_request},
            controls={c.Authentication(method="council Entra ID single sign-on with MFA")},
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Bereavement services officers who keep the registers and answer requests.
    officer = tm.add(tg.Actor("Bereavement services officer", role="council staff"))
    # The statutory burial register, in the bereavement management system.
    register_db = tm.add(
        tg.DataStore(
            "Burial register database",
            stores={burial_records},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # The cemetery plot maps, in the council's GIS.
    gis = tm.add(tg.DataStore("Cemetery plot map GIS", stores={plot_map}))

# ---------------------------------------------------------------- flows
# Answering a question
tm.flow(enquirer, chat_api, question, protocol="https")
tm.flow(chat_api, orchestrator, question)
tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, index, query_embedding, label="similarity query")
tm.flow(index, orchestrator, register_chunks, label="retrieved entries")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(orchestrator, enquiry_queue, search_request, label="when no answer is found")
tm.flow(orchestrator, chat_api, answer)
tm.flow(chat_api, enquirer, answer, protocol="https")

# Staff
tm.flow(enquiry_queue, officer, search_request, protocol="https")
tm.flow(officer, register_db, burial_records, label="records burials and grants")
tm.flow(register_db, officer, burial_records)
tm.flow(officer, gis, plot_map, label="updates plot status")

# Digitisation and indexing
tm.flow(contractor, register_db, transcribed_registers, protocol="sftp", label="one-off import")
tm.flow(register_db, indexer, burial_records, protocol="https", label="nightly export")
tm.flow(gis, indexer, plot_map, protocol="https", label="nightly export")
tm.flow(indexer, embedder, register_chunks, protocol="https")
tm.flow(embedder, indexer, chunk_embeddings, protocol="https")
tm.flow(indexer, index, register_chunks, chunk_embeddings)
