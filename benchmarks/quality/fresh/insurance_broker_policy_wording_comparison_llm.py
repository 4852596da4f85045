"""Policy wording comparison assistant: the first design, before any security review.

Account brokers at a commercial insurance broker (EU offices) use an internal web
app to compare insurers' policy wordings for a client's renewal or new placement.
The broker picks the client from the broking system and the wordings to compare;
an orchestrator pulls the client's risk details, retrieves the matching clauses
from a clause index and asks a hosted LLM to set out the differences in cover,
limits, conditions and exclusions, then drafts a comparison note. Wordings come
from insurers' broker portals or are uploaded by brokers from underwriters' e-mails;
an ingestion job parses, chunks and embeds them with the vendor's embedding model.
The broker reviews and edits the draft and sends it to the client from Outlook;
the tool itself sends nothing. Brokers sign in with Entra ID (MFA), the broking
system keeps its role-based access, the LLM vendor was reviewed (no training on
our data) and its API key sits in Key Vault. There is no prompt filtering yet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Policy wording comparison assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM comparison of insurers' policy wordings, drafting notes brokers send to clients.",
)

# ---------------------------------------------------------------- data assets
wordings = tg.Data(
    "Policy wordings",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Insurers' standard and manuscript wordings, endorsements and quote slips (PDF).",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
clause_chunks = tg.Data(
    "Clause chunks and embeddings",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
clause_text = tg.Data(
    "Clause text for embedding", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
embeddings = tg.Data(
    "Clause embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
client_risk = tg.Data(
    "Client risk details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client's business, turnover, sums insured, claims history, director and contact names.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
client_ref = tg.Data("Client lookup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
request = tg.Data(
    "Comparison request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chosen client, insurers and wordings, and the broker's questions.",
)
query = tg.Data("Clause search query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, client risk summary and the retrieved clauses of each wording.",
)
completion = tg.Data("LLM comparison output", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_note = tg.Data(
    "Draft comparison note",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Table of cover differences and exclusions with a covering note, for the broker to edit.",
)
sent_note = tg.Data("Comparison note to client", kind="documents", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data("Broker ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
usage_log = tg.Data("Prompt and usage log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The commercial client who receives the broker's comparison note.
    client = tm.add(tg.Actor("Commercial client", role="client contact"))

with tm.boundary("Insurer portals", trust=tg.Trust.PARTNER):
    # Where insurers publish their current wordings for brokers to download.
    insurer_portal = tm.add(
        tg.DataSource(
            "Insurer wording portals",
            origin=tg.Origin.PARTNER,
            provides={wordings},
            description="Insurers' broker portals; wordings fetched by a scheduled job.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that reads the clauses and writes the comparison.
    llm = tm.add(
        tg.LLM(
            "Hosted comparison LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's API; its comparison drives "
            "the cover advice a client acts on.",
            controls={
                c.SupplierAssessment(note="enterprise terms: no training on our data, EU region")
            },
        )
    )
    # Vendor embedding model used to index clauses and embed search queries.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Company identity provider for broker sign-in.
    idp = tm.add(tg.ExternalService("Entra ID", provides=tg.ExternalCategory.IDENTITY_PROVIDER))
    # Brokers send the final note from their own mailbox.
    mail = tm.add(tg.ExternalService("Exchange Online mail"))

with tm.boundary("Broker office network", trust=tg.Trust.INTERNAL):
    # The account broker who runs comparisons and owns the advice.
    broker = tm.add(tg.Actor("Account broker", role="broker"))

with tm.boundary("Broker cloud subscription", trust=tg.Trust.INTERNAL):
    # Internal web app: starts comparisons, uploads wordings, shows drafts.
    web = tm.add(
        tg.Endpoint(
            "Comparison web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID OIDC single sign-on with MFA"),
                c.InputValidation(note="uploads limited to PDF and DOCX under 20 MB"),
            },
        )
    )
    # Builds the prompt from client details and clauses, calls the LLM, writes the draft.
    orchestrator = tm.add(
        tg.Service(
            "Comparison orchestrator",
            controls={
                c.SecretsManagement(note="LLM vendor API key in Key Vault"),
                c.HumanInTheLoop(approver="the account broker, who edits and sends every note"),
            },
        )
    )
    # Parses, chunks and embeds new wordings.
    ingestion = tm.add(
        tg.Pipeline(
            "Wording ingestion job",
            stage=tg.Stage.INGESTION,
            description="PDF text extraction, clause splitting and embedding; runs nightly and on upload.",
        )
    )
    # Original wording documents, kept for citing the source page.
    library = tm.add(
        tg.DataStore(
            "Wording library",
            stores={wordings},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Clause index all brokers search, across every insurer's wordings.
    clause_index = tm.add(tg.VectorStore("Clause index", stores={clause_chunks}))
    # Saved drafts, so a broker can reopen and edit a comparison.
    drafts = tm.add(tg.DataStore("Draft notes store", stores={draft_note}))
    # Prompts, outputs and who ran them, for E&O queries.
    audit_log = tm.add(
        tg.DataStore(
            "Usage log",
            stores={usage_log},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

    with tm.boundary("Broking data tier", trust=tg.Trust.RESTRICTED):
        # Existing system of record for clients, risks and placements.
        broking = tm.add(
            tg.DataStore(
                "Broking system",
                stores={client_risk},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(idp, web, id_token, protocol="https", label="sign-in")
tm.flow(broker, web, request, protocol="https", controls={tls})
tm.flow(
    broker, web, wordings, protocol="https", controls={tls}, label="uploads underwriter wordings"
)
tm.flow(web, broker, draft_note, protocol="https", controls={tls})

tm.flow(web, orchestrator, request)
tm.flow(orchestrator, web, draft_note)
tm.flow(web, ingestion, wordings, label="uploaded wordings")

tm.flow(orchestrator, broking, client_ref)
tm.flow(broking, orchestrator, client_risk)

tm.flow(orchestrator, embedder, query, protocol="https", controls={tls})
tm.flow(embedder, orchestrator, embeddings, protocol="https", controls={tls})
tm.flow(orchestrator, clause_index, query, embeddings, label="similarity search")
tm.flow(clause_index, orchestrator, clause_chunks, label="retrieved clauses")
tm.flow(library, orchestrator, wordings, label="full sections for cited clauses")

tm.flow(orchestrator, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, orchestrator, completion, protocol="https", controls={tls})

tm.flow(orchestrator, drafts, draft_note)
tm.flow(drafts, orchestrator, draft_note, label="reopened drafts")
tm.flow(orchestrator, audit_log, usage_log)

tm.flow(insurer_portal, ingestion, wordings, protocol="https", label="scheduled download")
tm.flow(ingestion, library, wordings)
tm.flow(ingestion, embedder, clause_text, protocol="https", controls={tls})
tm.flow(embedder, ingestion, embeddings, protocol="https", controls={tls})
tm.flow(ingestion, clause_index, clause_chunks)

tm.flow(
    broker,
    mail,
    sent_note,
    protocol="https",
    controls={tls},
    label="edited note sent by the broker",
)
tm.flow(mail, client, sent_note, protocol="smtp")
