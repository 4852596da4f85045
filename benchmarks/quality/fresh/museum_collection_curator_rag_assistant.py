"""Curator research assistant for the museum's collection: the first design.

Curators and registrars ask questions in plain language and get answers with citations
to object numbers, object-file documents and archive letter scans, which they open to
check. The web app runs in the museum's cloud tenancy on a public URL so staff can use
it from home, behind Microsoft Entra ID single sign-on with MFA. A RAG orchestrator
embeds the question, searches a vector index of catalogue records, object files and
OCR'd letters, and sends the passages to a hosted LLM (enterprise terms, EU region, no
training on inputs). A nightly pipeline pulls records from the on-premises collection
management system, object files from the file share and letter scans from the archive's
asset store, then OCRs, chunks and embeds them. Every curator can search the whole
index; conversations are logged for quality review. Object files and letters hold
personal data of donors, lenders and correspondents, so UK GDPR applies.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Museum collection curator RAG assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Staff assistant answering curators' questions over the collection, "
    "object files and archive letters, with citations.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Curator question", sensitivity="internal", kind="prompt")
sign_in = tg.Data("Staff sign-in credentials", sensitivity="secret", kind="credentials")
id_token = tg.Data("Entra ID token", sensitivity="secret", kind="credentials")
query_vector = tg.Data("Question embedding", sensitivity="internal", kind="embeddings")
passages = tg.Data(
    "Retrieved passages",
    sensitivity="pii",
    kind="retrieved-context",
    description="Top-k chunks of catalogue records, object files and letters, with source ids.",
)
prompt = tg.Data(
    "Prompt with passages",
    sensitivity="pii",
    kind="prompt",
    description="System prompt asking for cited answers, the question and the passages.",
)
completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
answer = tg.Data("Cited answer", sensitivity="pii", kind="model-output")
object_records = tg.Data(
    "Object catalogue records",
    sensitivity="pii",
    kind="records",
    description="Object number, description, location, valuation, acquisition source "
    "and donor or lender names.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
object_files = tg.Data(
    "Object files",
    sensitivity="pii",
    kind="documents",
    description="Condition reports, provenance research, loan agreements and donor correspondence.",
)
letter_scans = tg.Data(
    "Archive letter scans",
    sensitivity="pii",
    kind="media",
    description="Scanned historic and 20th-century letters; some correspondents are living.",
)
chunks = tg.Data("Text chunks", sensitivity="pii", kind="documents")
embeddings = tg.Data("Chunk embeddings", sensitivity="pii", kind="embeddings")
conversation_logs = tg.Data("Conversation logs", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Museum staff network", trust="internal"):
    # Curators and registrars: the people the assistant is for; they also keep the CMS.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # Archive staff scan letters and upload them to the digital asset store.
    archivist = tm.add(tg.Actor("Archivist", role="archivist"))

with tm.boundary("Museum on-premises data centre", trust="internal"):
    # The collection management system: the museum's system of record for objects.
    cms = tm.add(
        tg.DataStore(
            "Collection management system",
            stores={object_records},
            controls={c.RBAC(note="existing CMS roles for curators, registrars and volunteers")},
        )
    )
    # Departmental file share holding the scanned and born-digital object files.
    file_share = tm.add(tg.DataStore("Collections file share", stores={object_files}))
    # The archive's digital asset store for scanned letters.
    dams = tm.add(tg.DataStore("Archive digital asset store", stores={letter_scans}))

with tm.boundary("Museum cloud tenancy", trust="internal"):
    # The web app curators use; public URL behind single sign-on so it works from home.
    web_app = tm.add(
        tg.Endpoint(
            "Curator assistant web app",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on (OIDC) with MFA"),
            },
        )
    )
    # Embeds the question, retrieves passages, builds the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            description="Retrieves passages, assembles a citation prompt, calls the LLM.",
            controls={c.SecretsManagement(note="vendor API key held in the cloud key vault")},
        )
    )
    # Vector index over all collection text; every signed-in curator searches all of it.
    index = tm.add(
        tg.VectorStore(
            "Collection vector index",
            stores={chunks, embeddings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Nightly job: pulls sources, OCRs letters, chunks and embeds them.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion pipeline",
            stage="ingestion",
            third_party_packages=True,
            description="Uses open-source OCR and PDF parsing libraries.",
        )
    )
    # Questions and answers kept so the digital team can review answer quality.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={conversation_logs}))

with tm.boundary("AI vendor", trust="partner"):
    # Hosted chat model under the museum's enterprise agreement, EU region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={
                c.SupplierAssessment(note="enterprise terms: EU region, no training on inputs")
            },
        )
    )
    # The same vendor's embedding model, for chunks and questions.
    embedder = tm.add(
        tg.Model("Hosted embedding model", task="embedding", origin="third-party-api")
    )

with tm.boundary("Identity provider", trust="partner"):
    # The museum's existing staff directory and single sign-on.
    idp = tm.add(tg.ExternalService("Microsoft Entra ID", provides="identity-provider"))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(curator, idp, sign_in, protocol="oidc")
tm.flow(idp, curator, id_token, protocol="oidc")

# question and answer
tm.flow(curator, web_app, question, id_token, protocol="https")
tm.flow(web_app, orchestrator, question)
tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, query_vector, protocol="https")
tm.flow(orchestrator, index, query_vector, label="similarity query")
tm.flow(index, orchestrator, passages, label="retrieved passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, log_store, conversation_logs)
tm.flow(orchestrator, web_app, answer)
tm.flow(web_app, curator, answer, protocol="https")

# keeping the sources
tm.flow(curator, cms, object_records, protocol="https", label="catalogue edits")
tm.flow(curator, file_share, object_files, protocol="smb", label="files documents")
tm.flow(archivist, dams, letter_scans, protocol="https", label="uploads scans")

# nightly ingestion
tm.flow(cms, ingestion, object_records, protocol="https", label="nightly export via CMS API")
tm.flow(file_share, ingestion, object_files, protocol="smb", label="nightly sync over site VPN")
tm.flow(dams, ingestion, letter_scans, protocol="https", label="nightly export")
tm.flow(ingestion, embedder, chunks, protocol="https")
tm.flow(embedder, ingestion, embeddings, protocol="https")
tm.flow(ingestion, index, chunks, embeddings)
