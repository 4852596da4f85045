"""Real-time agent assist for the retail bank's call centre: first design, pre-review.

Customers phone the bank; calls land on our cloud contact-centre platform (Genesys
Cloud), which streams both sides of the audio to our assist service over a secure
websocket once the caller has passed ID&V in the IVR. The assist service has a cloud
speech-to-text model transcribe the call live, redacts card numbers from the
transcript, retrieves matching procedures from a knowledge-base vector index, fetches
a summary of the identified customer's accounts from the customer account API, and
asks a hosted LLM (EU region) for a suggested answer and next steps. Suggestions
appear in an assist panel in the agent's desktop; the human agent decides what to say
and do, and can rate each suggestion. Transcripts, suggestions and ratings are kept
for quality assurance for 90 days. The knowledge base is indexed nightly from the
bank's procedures wiki. Used by about 600 call-centre agents on managed desktops.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Call centre real-time agent assist",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description=(
        "Live call transcription with LLM-suggested answers and next steps for the "
        "bank's call-centre agents, from the knowledge base and the customer's accounts."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Call audio",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Caller and agent voice; callers sometimes read out card numbers.",
)
transcript = tg.Data(
    "Live call transcript",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
call_context = tg.Data(
    "Call context",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer ID verified in the IVR, agent ID, queue, call ID.",
)
kb_articles = tg.Data(
    "Procedures and product articles",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
kb_chunks = tg.Data(
    "Knowledge-base chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
kb_query = tg.Data("Knowledge-base query", kind="prompt", sensitivity=tg.Sensitivity.PII)
account_request = tg.Data("Account summary request", kind="records", sensitivity=tg.Sensitivity.PII)
account_summary = tg.Data(
    "Customer account summary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Products, balances, recent transactions, open complaints, vulnerability flags.",
)
account_records = tg.Data(
    "Customer and account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
assist_prompt = tg.Data(
    "Assist prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the redacted transcript so far, KB chunks, account summary.",
)
completion = tg.Data("LLM suggestion", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestion = tg.Data(
    "Suggested answer and next steps",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Shown to the agent with links to the KB articles it drew on.",
)
rating = tg.Data("Suggestion rating", kind="feedback")
qa_record = tg.Data(
    "Call assist record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Redacted transcript, suggestions shown and agent ratings per call.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the published numbers.
    customer = tm.add(tg.Actor("Caller", role="bank customer"))

with tm.boundary("Contact-centre platform vendor", trust=tg.Trust.PARTNER):
    # Routes calls, runs the IVR and ID&V, and forks the audio to us.
    ccaas = tm.add(
        tg.ExternalService(
            "Cloud contact-centre platform",
            description="Genesys Cloud: IVR, ID&V, routing, softphone, AudioHook streaming.",
        )
    )

with tm.boundary("Cloud AI services", trust=tg.Trust.PARTNER):
    # Transcribes the call as it happens.
    stt = tm.add(
        tg.Model(
            "Speech-to-text model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hyperscaler streaming speech recognition, EU region, no data retention.",
            controls={c.SupplierAssessment()},
        )
    )
    # Drafts the suggested answer and next steps.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model, EU region, zero data retention agreed.",
            controls={
                c.SupplierAssessment(),
                c.Guardrails(note="the vendor's default content filter"),
            },
        )
    )

with tm.boundary("Bank private cloud", trust=tg.Trust.INTERNAL):
    # Glues the call stream, retrieval, account data and the LLM together.
    assist = tm.add(
        tg.Service(
            "Agent assist service",
            description="Per-call session: transcribe, redact, retrieve, prompt, push suggestion.",
            controls={
                c.Authentication(
                    method="AudioHook API key and HMAC request signature from the platform"
                ),
                c.DataMinimization(
                    note="card numbers and CVVs redacted from transcripts by pattern match"
                ),
                c.SecretsManagement(note="vendor API keys in the bank's HashiCorp Vault"),
            },
        )
    )
    # Knowledge-base index the assist service searches during the call.
    kb_index = tm.add(tg.VectorStore("Knowledge-base vector index", stores={kb_chunks}))
    # Nightly job that chunks and embeds the procedures wiki.
    indexer = tm.add(tg.Pipeline("Nightly KB indexing job", stage=tg.Stage.INGESTION))
    # Procedures and product information maintained by the knowledge team.
    wiki = tm.add(
        tg.DataStore(
            "Procedures wiki",
            stores={kb_articles},
            controls={c.RBAC(note="only knowledge-team editors can publish")},
        )
    )
    # The agent's side panel in the desktop, next to the softphone.
    panel = tm.add(
        tg.Endpoint(
            "Agent assist panel",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA on managed desktops"),
                c.UserTraining(note="agents trained that suggestions are advice to check"),
            },
        )
    )
    # QA copy of each assisted call.
    qa_store = tm.add(
        tg.DataStore(
            "Call assist QA store",
            stores={qa_record},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=90),
                c.RBAC(),
            },
        )
    )

    with tm.boundary("Core banking zone", trust=tg.Trust.RESTRICTED):
        # Existing read API over the customer's products and transactions.
        account_api = tm.add(
            tg.Service(
                "Customer account API",
                description="Returns an account summary for a customer ID.",
                controls={
                    c.MutualAuthentication(note="service mesh mTLS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # System of record for customers and accounts.
        core_banking = tm.add(tg.DataStore("Core banking system", stores={account_records}))

with tm.boundary("Call centre floor", trust=tg.Trust.INTERNAL):
    # Takes the call, reads the suggestions and decides what to do.
    agent_staff = tm.add(tg.Actor("Call-centre agent", role="customer service agent"))

# ---------------------------------------------------------------- flows
tm.flow(customer, ccaas, call_audio, protocol="pstn")
tm.flow(ccaas, customer, call_audio, protocol="pstn")
tm.flow(agent_staff, ccaas, call_audio, protocol="webrtc", label="softphone")
tm.flow(ccaas, agent_staff, call_audio, protocol="webrtc", label="softphone")

tm.flow(ccaas, assist, call_audio, call_context, protocol="wss", label="AudioHook stream")
tm.flow(assist, stt, call_audio, protocol="wss")
tm.flow(stt, assist, transcript, protocol="wss")

tm.flow(assist, kb_index, kb_query, label="similarity search")
tm.flow(kb_index, assist, kb_chunks)

tm.flow(assist, account_api, account_request, protocol="https")
tm.flow(account_api, core_banking, account_request)
tm.flow(core_banking, account_api, account_records)
tm.flow(account_api, assist, account_summary, protocol="https")

tm.flow(assist, llm, assist_prompt, protocol="https")
tm.flow(llm, assist, completion, protocol="https")

tm.flow(assist, panel, suggestion, transcript, protocol="wss")
tm.flow(panel, agent_staff, suggestion, transcript, protocol="https")
tm.flow(agent_staff, panel, rating, protocol="https")
tm.flow(panel, assist, rating, protocol="wss")
tm.flow(assist, qa_store, qa_record)

tm.flow(wiki, indexer, kb_articles, label="nightly export")
tm.flow(indexer, kb_index, kb_chunks)
