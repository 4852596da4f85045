"""Court interpreter terminology assistant: the first design, before any security review.

The courts service books freelance interpreters for hearings in many languages. This
assistant lets them look up legal terminology before a hearing: an interpreter signs
in to a web app with their booking-system account (e-mail and password) and asks
questions such as how a charge or a procedural term is rendered in a language pair.
A RAG orchestrator in the courts' cloud tenancy embeds the question, retrieves past
approved glossary entries and passages from licensed legal dictionaries and public
legislation from a vector index, and has a hosted LLM (the cloud provider's AI
service, vendor-assessed, with its default content filter) compose the answer.
Interpreters can also suggest new glossary entries; a terminology lead reviews them
in a staff-only editor (staff SSO with MFA, role-based access) before they are
approved and re-indexed. Questions and answers are logged for quality review. All
managed stores use the platform's encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Court interpreter terminology assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "RAG assistant for freelance court interpreters to look up legal terminology "
        "and approved glossary entries in many languages before hearings."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Interpreter question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; may quote names or charges from the hearing papers.",
)
answer = tg.Data("Terminology answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
query_embedding = tg.Data(
    "Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
retrieved = tg.Data(
    "Retrieved glossary and dictionary passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Prompt with retrieved passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the interpreter's question and the top-k passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
approved_entries = tg.Data(
    "Approved glossary entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Term, language pair, approved rendering, usage notes, approver.",
)
suggestion = tg.Data(
    "Suggested glossary entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A proposed rendering with the submitting interpreter's name.",
)
review_decision = tg.Data("Glossary review decision", kind="records")
dictionaries = tg.Data(
    "Licensed legal dictionary content",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
legislation = tg.Data(
    "Legislation and court form texts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
chunks = tg.Data(
    "Glossary and dictionary chunks with embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
transcripts = tg.Data("Question and answer log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Self-employed interpreters working from home or court waiting rooms.
    interpreter = tm.add(tg.Actor("Freelance court interpreter", role="interpreter"))
    # Public statute and court form texts, crawled weekly.
    legislation_site = tm.add(
        tg.DataSource(
            "Public legislation website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={legislation},
        )
    )

with tm.boundary("Dictionary publisher", trust=tg.Trust.PARTNER):
    # Multilingual legal dictionaries licensed from a publisher, delivered as files.
    publisher = tm.add(
        tg.DataSource(
            "Legal dictionary publisher feed",
            origin=tg.Origin.VENDOR,
            provides={dictionaries},
        )
    )

with tm.boundary("Cloud AI service", trust=tg.Trust.PARTNER):
    # Composes answers; the provider's default content filter is left on.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="provider's default content filter"),
                c.SupplierAssessment(note="assessed under the government cloud framework"),
            },
        )
    )
    # Embeds questions and index chunks for similarity search.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Courts cloud tenancy", trust=tg.Trust.INTERNAL):
    # The interpreters' front door, reached over the internet.
    web_app = tm.add(
        tg.Endpoint(
            "Interpreter assistant web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password from the interpreter booking account")
            },
        )
    )
    # Embeds the question, retrieves passages, builds the prompt and calls the LLM.
    orchestrator = tm.add(tg.Service("RAG orchestrator"))
    # The retrieval index over approved entries, dictionaries and legislation.
    index = tm.add(
        tg.VectorStore(
            "Terminology vector index",
            stores={chunks},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Kept for the language services team's quality reviews.
    qa_log = tm.add(
        tg.DataStore(
            "Question and answer log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Interpreters' proposals waiting for review.
    suggestions = tm.add(
        tg.DataStore(
            "Glossary suggestion queue",
            stores={suggestion},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # The system of record for approved renderings.
    glossary_db = tm.add(
        tg.DataStore(
            "Approved glossary database",
            stores={approved_entries},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Chunks and embeds new approved entries, dictionary releases and legislation.
    indexer = tm.add(tg.Pipeline("Nightly indexing pipeline", stage=tg.Stage.INGESTION))
    # Staff-only editor where suggestions are reviewed and approved.
    editor = tm.add(
        tg.Service(
            "Glossary review editor",
            controls={
                c.Authentication(method="courts staff SSO (OIDC) with MFA"),
                c.RBAC(note="only terminology leads can approve entries"),
            },
        )
    )

with tm.boundary("Courts staff network", trust=tg.Trust.INTERNAL):
    # Language services staff who own the glossary's content.
    lead = tm.add(tg.Actor("Terminology lead", role="language services staff"))

# ---------------------------------------------------------------- flows
# asking a question
tm.flow(interpreter, web_app, question, protocol="https")
tm.flow(web_app, orchestrator, question)
tm.flow(orchestrator, embedder, question, protocol="https")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, index, query_embedding, label="similarity query")
tm.flow(index, orchestrator, retrieved, label="top-k passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, qa_log, transcripts)
tm.flow(orchestrator, web_app, answer)
tm.flow(web_app, interpreter, answer, protocol="https")

# suggesting and approving entries
tm.flow(interpreter, web_app, suggestion, protocol="https", label="suggest an entry")
tm.flow(web_app, suggestions, suggestion)
tm.flow(suggestions, editor, suggestion)
tm.flow(editor, lead, suggestion, protocol="https")
tm.flow(lead, editor, review_decision, protocol="https")
tm.flow(editor, glossary_db, approved_entries)

# indexing
tm.flow(glossary_db, indexer, approved_entries, label="nightly export")
tm.flow(publisher, indexer, dictionaries, protocol="sftp", label="quarterly release")
tm.flow(legislation_site, indexer, legislation, protocol="https", label="weekly crawl")
tm.flow(indexer, embedder, approved_entries, dictionaries, legislation, protocol="https")
tm.flow(embedder, indexer, chunks, protocol="https")
tm.flow(indexer, index, chunks)
