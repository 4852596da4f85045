"""Call centre agent assist: the first design, before any security review.

A UK gas and electricity supplier adds real-time assistance to its customer
contact centre. The hosted contact-centre platform forks the live audio of each
call to our agent assist service, which streams it to a speech-to-text vendor and
gets a running transcript back. As the call goes on, the service looks up the
caller's account summary in the customer account system, retrieves knowledge base
articles (tariffs, billing, meter faults, payment plans, priority services), and
asks a hosted LLM for a suggested answer and next steps, shown to the adviser in a
side panel; advisers can also type questions and rate suggestions. Card payments
go to a separate secure IVR, so no card numbers are spoken to advisers. At the end
of each call the transcript, suggestions and ratings go to the call archive beside
the platform's nightly recording export. QA analysts review calls in a QA portal
and edit the prompt templates from what they find. Staff sign in with corporate
SSO, traffic is TLS, the archive is encrypted and both AI vendors signed a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Call centre agent assist",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Live call transcription and LLM-suggested answers for contact-centre advisers, "
        "with transcripts and recordings kept for quality review and prompt tuning."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The live conversation between the customer and the adviser.",
)
recordings = tg.Data(
    "Call recordings",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Whole-call recordings, which can include health details of vulnerable customers.",
)
transcript = tg.Data(
    "Live call transcript",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
account_number = tg.Data("Customer account number", kind="records", sensitivity=tg.Sensitivity.PII)
account_summary = tg.Data(
    "Customer account summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, tariff, balance, payment plan and priority services flags.",
)
retrieval_query = tg.Data(
    "Knowledge retrieval query", kind="prompt", sensitivity=tg.Sensitivity.PII
)
query_embedding = tg.Data("Query embedding", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
kb_passages = tg.Data(
    "Knowledge base passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
articles = tg.Data(
    "Knowledge articles",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
article_embeddings = tg.Data(
    "Article chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
prompt_templates = tg.Data(
    "Prompt templates",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="System prompt and few-shot example exchanges copied from reviewed calls.",
)
assist_prompt = tg.Data(
    "Assist prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Template, recent transcript, account summary and retrieved passages.",
)
suggestion = tg.Data(
    "Suggested answer and next steps", kind="model-output", sensitivity=tg.Sensitivity.PII
)
adviser_question = tg.Data("Adviser question", kind="prompt", sensitivity=tg.Sensitivity.PII)
rating = tg.Data("Suggestion rating", kind="feedback", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the contact centre and claim to be an account holder.
    customer = tm.add(tg.Actor("Customer", role="caller"))

with tm.boundary("Contact-centre platform vendor", trust=tg.Trust.PARTNER):
    # Hosted telephony: routes calls, records them and forks live audio to us.
    ccaas = tm.add(
        tg.ExternalService(
            "Contact-centre platform",
            description="Cloud contact-centre service; keeps call recordings for 90 days.",
        )
    )

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Streaming transcription of both sides of the call.
    stt = tm.add(
        tg.ExternalService(
            "Streaming speech-to-text",
            provides="model-api",
            controls={c.SupplierAssessment(note="DPA signed; no audio kept by the vendor")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the suggested answer and next steps from the assist prompt.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed; zero data retention option enabled")},
        )
    )
    # Embeds knowledge articles and live retrieval queries.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Utility cloud tenant", trust=tg.Trust.INTERNAL):
    # Orchestrates each live call: audio to STT, retrieval, prompting, archiving.
    assist = tm.add(
        tg.Service(
            "Agent assist service",
            description="One session per live call; calls the STT and LLM vendors.",
            controls={c.SecretsManagement(note="vendor API keys in the cloud key vault")},
        )
    )
    # The side panel in the adviser's desktop that shows transcript and suggestions.
    panel = tm.add(
        tg.Endpoint(
            "Agent assist panel",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Vector index of knowledge base chunks searched during calls.
    kb_index = tm.add(tg.VectorStore("Knowledge base index", stores={article_embeddings}))
    # Re-chunks and re-embeds articles when the knowledge team publishes changes.
    indexer = tm.add(tg.Pipeline("Knowledge indexing pipeline", stage=tg.Stage.INGESTION))
    # Prompt templates the assist service loads at the start of each call.
    template_store = tm.add(tg.DataStore("Prompt template store", stores={prompt_templates}))
    # Recordings, transcripts, suggestions and ratings kept for quality review.
    archive = tm.add(
        tg.DataStore(
            "Call archive",
            stores={recordings, transcript, suggestion, rating},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where QA analysts listen to calls, read transcripts and edit prompt templates.
    qa_portal = tm.add(
        tg.Endpoint(
            "QA review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(note="QA analyst role only"),
            },
        )
    )

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # Existing billing and CRM system: source of the caller's account summary.
    accounts = tm.add(
        tg.DataStore(
            "Customer account system",
            stores={account_summary},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Published knowledge base maintained by the knowledge team.
    kb_articles = tm.add(tg.DataStore("Knowledge base articles", stores={articles}))

with tm.boundary("Contact centre floor", trust=tg.Trust.INTERNAL):
    # Advisers take calls on a softphone and read suggestions in the panel.
    adviser = tm.add(tg.Actor("Contact centre adviser", role="adviser"))
    # Reviews calls and tunes the prompts.
    qa_analyst = tm.add(tg.Actor("QA analyst", role="quality analyst"))

# ---------------------------------------------------------------- flows
# the call itself
tm.flow(customer, ccaas, call_audio, protocol="pstn")
tm.flow(ccaas, customer, call_audio, protocol="pstn")
tm.flow(adviser, ccaas, call_audio, protocol="srtp", label="softphone")
tm.flow(ccaas, adviser, call_audio, protocol="srtp", label="softphone")

# live transcription
tm.flow(ccaas, assist, call_audio, account_number, protocol="wss", label="live media fork")
tm.flow(assist, stt, call_audio, protocol="wss")
tm.flow(stt, assist, transcript, protocol="wss")

# context for the suggestion
tm.flow(assist, accounts, account_number, protocol="https", label="account lookup")
tm.flow(accounts, assist, account_summary, protocol="https")
tm.flow(assist, embedder, retrieval_query, protocol="https")
tm.flow(embedder, assist, query_embedding, protocol="https")
tm.flow(assist, kb_index, query_embedding, label="similarity query")
tm.flow(kb_index, assist, kb_passages)
tm.flow(template_store, assist, prompt_templates)
tm.flow(assist, llm, assist_prompt, protocol="https")
tm.flow(llm, assist, suggestion, protocol="https")

# the adviser's panel
tm.flow(assist, panel, transcript, suggestion)
tm.flow(panel, assist, adviser_question, rating)
tm.flow(panel, adviser, transcript, suggestion, protocol="https")
tm.flow(adviser, panel, adviser_question, rating, protocol="https")

# archiving and quality review
tm.flow(assist, archive, transcript, suggestion, rating, label="end of call")
tm.flow(ccaas, archive, recordings, protocol="https", label="nightly recording export")
tm.flow(archive, qa_portal, recordings, transcript, suggestion, rating)
tm.flow(qa_portal, qa_analyst, recordings, transcript, suggestion, rating, protocol="https")
tm.flow(qa_analyst, qa_portal, prompt_templates, protocol="https", label="prompt edits")
tm.flow(qa_portal, template_store, prompt_templates)

# knowledge base indexing
tm.flow(kb_articles, indexer, articles, protocol="https", label="on publish")
tm.flow(indexer, embedder, articles, protocol="https")
tm.flow(embedder, indexer, article_embeddings, protocol="https")
tm.flow(indexer, kb_index, article_embeddings)
