"""Fraud analyst copilot: the first design, before any security review.

A European payments company's fraud operations team asks a copilot questions
over past fraud cases: "have we seen this mule pattern before?", "summarise
what we learned about merchant X". A nightly ingestion job exports case files
and investigation notes from the case management system, plus the evidence
attached to chargeback disputes (merchant letters, customer e-mails, receipts),
masks card numbers to the last four digits, chunks and embeds them with a
self-hosted open-weights embedding model, and writes them to a vector index.
A RAG orchestrator retrieves the closest chunks for each question and sends
them with the question to a hosted LLM under a zero-retention contract. The
copilot is an internal web app behind Okta single sign-on with MFA, open to
the fraud analyst group; the case system and the index are encrypted with KMS
keys. Merchants upload dispute evidence through the existing disputes portal.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Fraud analyst copilot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="RAG copilot for fraud analysts over past case files and investigation notes.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Analyst question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data(
    "Copilot answer with case citations", kind="model-output", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data(
    "Prompt with retrieved case chunks",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the top-k case chunks.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
case_files = tg.Data(
    "Case files and investigation notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Cardholder and merchant details, transactions, analyst notes and outcomes.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
evidence = tg.Data(
    "Dispute evidence documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Merchant letters, customer e-mails, receipts and screenshots.",
)
chunks = tg.Data("Case chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Case embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
query_vector = tg.Data(
    "Question embedding", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sign_in = tg.Data("Okta sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
session_token = tg.Data("Okta session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
transcripts = tg.Data("Copilot conversation logs", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Merchants contesting chargebacks: their uploads end up in the case history.
    merchant = tm.add(tg.Actor("Merchant", role="merchant"))

with tm.boundary("Okta", trust=tg.Trust.PARTNER):
    # Workforce identity provider for every internal tool.
    idp = tm.add(tg.ExternalService("Okta", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The generative model, consumed through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review; zero-retention API terms")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The users: fraud analysts investigating open cases.
    analyst = tm.add(tg.Actor("Fraud analyst", role="fraud analyst"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Existing public portal where merchants answer chargeback disputes.
    portal = tm.add(
        tg.Endpoint(
            "Disputes portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # The chat front end analysts use.
    web = tm.add(
        tg.Endpoint(
            "Copilot web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Okta SSO (OIDC) with MFA"),
                c.RBAC(note="fraud analyst group only"),
            },
        )
    )
    # Embeds the question, retrieves chunks, builds the prompt and calls the LLM.
    orchestrator = tm.add(tg.Service("RAG orchestrator"))
    # Conversations kept so that team leads can review how the copilot is used.
    transcript_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))

    with tm.boundary("Fraud data zone", trust=tg.Trust.RESTRICTED):
        # System of record for fraud and dispute cases (inside the PCI DSS scope).
        case_system = tm.add(
            tg.DataStore(
                "Case management system",
                stores={case_files},
                controls={
                    c.EncryptionAtRest(key_management="AWS KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )
        # Holds the files merchants and customers send in as evidence.
        evidence_store = tm.add(
            tg.DataStore(
                "Evidence attachment store",
                stores={evidence},
                controls={c.EncryptionAtRest(key_management="AWS KMS")},
            )
        )
        # Turns case history into searchable chunks every night.
        ingestion = tm.add(
            tg.Pipeline(
                "Nightly case ingestion job",
                stage=tg.Stage.INGESTION,
                description="Exports cases and evidence, extracts text, chunks and embeds.",
                controls={c.DataMinimization(note="card numbers masked to the last four digits")},
            )
        )
        # Self-hosted so that case text is embedded without leaving our network.
        embedder = tm.add(
            tg.Model(
                "Embedding model",
                task=tg.Task.EMBEDDING,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
            )
        )
        # Similarity search over every ingested case, open and closed.
        index = tm.add(
            tg.VectorStore(
                "Case vector index",
                stores={chunks, embeddings},
                controls={c.EncryptionAtRest(key_management="AWS KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(merchant, portal, evidence, protocol="https", label="dispute evidence upload")
tm.flow(portal, evidence_store, evidence)

tm.flow(analyst, idp, sign_in, protocol="https")
tm.flow(idp, web, session_token, protocol="oidc")
tm.flow(analyst, web, question, protocol="https")
tm.flow(web, analyst, answer, protocol="https")

tm.flow(web, orchestrator, question)
tm.flow(orchestrator, web, answer)
tm.flow(orchestrator, embedder, question, label="embed question")
tm.flow(embedder, orchestrator, query_vector)
tm.flow(orchestrator, index, query_vector, label="similarity query")
tm.flow(index, orchestrator, chunks, label="retrieved context")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)

tm.flow(case_system, ingestion, case_files, label="nightly export")
tm.flow(evidence_store, ingestion, evidence, label="nightly export")
tm.flow(ingestion, embedder, chunks, label="embed chunks")
tm.flow(embedder, ingestion, embeddings)
tm.flow(ingestion, index, chunks, embeddings)
