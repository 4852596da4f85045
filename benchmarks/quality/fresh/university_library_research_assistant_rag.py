"""Library research assistant: the first design, before any security review.

A UK university library is adding a research assistant to its website. Students
and staff sign in with university single sign-on and ask research questions in a
chat panel; an orchestrator in the library's cloud tenancy searches the library
catalogue and the licensed journal databases through their vendor APIs, adds
matching passages from an index of the librarians' subject guides, and has a
hosted LLM write an answer with citations. A nightly pipeline rebuilds the index
from the subject guides and a catalogue export. Conversations are kept so that
librarians can review answer quality. Sign-in uses SAML with MFA, the chat API is
rate limited, database API keys live in a vault, the transcript store is
encrypted with a one-year retention, and the LLM vendor's content filter is on.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Library research assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Answers students' research questions from the catalogue, licensed databases and subject guides.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Research question", kind="prompt", sensitivity="pii")
answer = tg.Data("Answer with citations", kind="model-output", sensitivity="pii")
sso_assertion = tg.Data("SSO assertion", kind="credentials", sensitivity="confidential")
prompt = tg.Data(
    "Prompt with retrieved sources",
    kind="prompt",
    sensitivity="confidential",
    description="System prompt, the question, catalogue hits, article abstracts and guide passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity="confidential")
catalogue_query = tg.Data("Catalogue search query", kind="records", sensitivity="internal")
catalogue_results = tg.Data("Catalogue search results", kind="records", sensitivity="public")
catalogue_export = tg.Data("Catalogue records export", kind="records", sensitivity="public")
journal_query = tg.Data("Journal database query", kind="records", sensitivity="internal")
abstracts = tg.Data(
    "Licensed article metadata and abstracts",
    kind="documents",
    sensitivity="confidential",
    description="Returned under the library's subscription licences; not for redistribution.",
)
db_api_key = tg.Data("Journal database API key", kind="credentials", sensitivity="secret")
guides = tg.Data("Subject guide pages", kind="documents", sensitivity="public")
guide_edits = tg.Data("Subject guide edits", kind="documents", sensitivity="public")
chunks = tg.Data("Guide and catalogue chunks", kind="retrieved-context", sensitivity="public")
transcripts = tg.Data(
    "Conversation transcripts",
    kind="logs",
    sensitivity="pii",
    description="Questions, answers and the asker's university ID.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Students and staff asking research questions from anywhere.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("University IT", trust="internal"):
    # The university's identity provider that signs everyone in.
    idp = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("Library systems vendor", trust="partner"):
    # The hosted library services platform: catalogue search and record export.
    catalogue = tm.add(
        tg.ExternalService(
            "Library catalogue API",
            provides="data-provider",
            description="Discovery search over the library's holdings, run by the library systems vendor.",
        )
    )
    # Subject guides the librarians write on a hosted guides platform.
    guide_site = tm.add(tg.DataSource("Subject guides site", origin="vendor", provides={guides}))

with tm.boundary("Journal publishers", trust="partner"):
    # Licensed abstracting and full-text databases the library subscribes to.
    journals = tm.add(tg.ExternalService("Licensed journal databases", provides="data-provider"))

with tm.boundary("LLM vendor", trust="partner"):
    # The model that writes the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Library cloud tenancy", trust="internal"):
    # The chat API the website's chat panel calls.
    chat_api = tm.add(
        tg.Endpoint(
            "Research assistant chat API",
            purpose="api",
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Runs the searches, assembles the prompt and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "RAG orchestrator",
            controls={c.SecretsManagement(note="database API keys in the cloud vault")},
        )
    )
    # Embedded chunks of subject guides and catalogue records.
    index = tm.add(tg.VectorStore("Guide and catalogue index", stores={chunks}))
    # Rebuilds the index every night.
    indexer = tm.add(tg.Pipeline("Nightly indexing pipeline", stage="ingestion"))
    # Kept for librarians' quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RetentionLimits(days=365)},
        )
    )
    # Where librarians read transcripts.
    review_console = tm.add(
        tg.Service(
            "Librarian review console",
            controls={c.Authentication(method="university SSO (SAML) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Library staff network", trust="internal"):
    # Writes the subject guides and reviews answers.
    librarian = tm.add(tg.Actor("Subject librarian", role="librarian"))

# ---------------------------------------------------------------- flows
# Sign-in
tm.flow(student, idp, sso_assertion, protocol="saml")
tm.flow(idp, chat_api, sso_assertion, protocol="saml")

# Asking and answering
tm.flow(student, chat_api, question, protocol="https")
tm.flow(chat_api, orchestrator, question)
tm.flow(orchestrator, catalogue, catalogue_query, protocol="https")
tm.flow(catalogue, orchestrator, catalogue_results, protocol="https")
tm.flow(orchestrator, journals, journal_query, db_api_key, protocol="https")
tm.flow(journals, orchestrator, abstracts, protocol="https")
tm.flow(orchestrator, index, question, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, chat_api, answer)
tm.flow(chat_api, student, answer, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)

# Nightly indexing
tm.flow(guide_site, indexer, guides, protocol="https", label="nightly crawl")
tm.flow(catalogue, indexer, catalogue_export, protocol="https", label="nightly export")
tm.flow(indexer, index, chunks)

# Librarians
tm.flow(librarian, guide_site, guide_edits, protocol="https")
tm.flow(transcript_store, review_console, transcripts)
tm.flow(review_console, librarian, transcripts, protocol="https")
