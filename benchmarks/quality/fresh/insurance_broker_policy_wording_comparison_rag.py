"""Commercial insurance broker: policy wording comparison assistant (first design).

Account executives at a UK commercial insurance broker compare insurers' policy wordings
for their clients. A RAG assistant retrieves passages from insurers' wordings and
endorsements (downloaded from the insurers' broker extranets), from the client's existing
policies and from the broker's own coverage notes, and a hosted LLM highlights the
differences and drafts a comparison. The executive checks and edits every draft in the
comparison workbench before releasing it; clients read released comparisons and upload
their existing policies through the client portal. Documents are chunked and embedded by
an ingestion pipeline using the LLM vendor's embedding API; the broking system remains the
record of clients and coverage notes.
Controls: client portal sign-in with an SMS code and upload checks, SSO with MFA for staff,
executive approval before anything reaches a client, retrieval scoped to the open client
file, encryption of the document store, and a vendor review of the LLM provider.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Insurance broker policy wording comparison",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "RAG assistant over insurers' wordings, endorsements, client policies and coverage "
        "notes that drafts wording comparisons for account executives to check."
    ),
)

# ---------------------------------------------------------------- data assets
client_policies = tg.Data(
    "Client policy documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Schedules and wordings of the client's current cover: insured names, "
    "directors, sums insured, claims history.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
wordings = tg.Data(
    "Insurer wordings and endorsements",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Standard policy wordings and endorsement libraries from each insurer.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
coverage_notes = tg.Data(
    "Broker coverage notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The broker's own analysis of wordings and negotiated extensions.",
)
client_file = tg.Data(
    "Client file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Client name, contacts, lines of cover and renewal dates.",
)
text_chunks = tg.Data("Document text chunks", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL)
indexed_chunks = tg.Data(
    "Indexed wording chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Chunks of wordings, client policies and coverage notes, tagged by client and insurer.",
)
comparison_request = tg.Data(
    "Comparison request",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which client, which policies and insurers to compare, and the executive's question.",
)
query_text = tg.Data("Retrieval query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
prompt = tg.Data(
    "Comparison prompt with retrieved passages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request and the top passages from each wording.",
)
completion = tg.Data(
    "LLM comparison completion", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft = tg.Data(
    "Draft wording comparison",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Highlighted differences in cover, exclusions and conditions, with citations.",
)
approved = tg.Data(
    "Approved wording comparison",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The broker's commercial clients: finance directors, risk managers.
    client = tm.add(tg.Actor("Client", role="commercial client"))

with tm.boundary("Insurer extranets", trust=tg.Trust.PARTNER):
    # Insurers publish wordings and endorsements for brokers on their extranets.
    insurer_library = tm.add(
        tg.DataSource(
            "Insurer wording libraries",
            origin=tg.Origin.PARTNER,
            provides={wordings},
            description="Downloaded weekly from each insurer's broker extranet.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the passages and drafts the comparison.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="enterprise terms: no training on our data")
            },
        )
    )
    # The same vendor's embedding API, used for documents and queries.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("Broker cloud", trust=tg.Trust.INTERNAL):
    # Where clients upload their existing policies and read released comparisons.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password with SMS code"),
                tg.controls.InputValidation(note="PDF and Word only, 25 MB limit"),
            },
        )
    )
    # Web app the account executives work in.
    workbench = tm.add(
        tg.Endpoint(
            "Comparison workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Entra ID SSO with MFA"),
                tg.controls.HumanInTheLoop(approver="the account executive"),
            },
        )
    )
    # Retrieves passages, builds the prompt and calls the LLM.
    orchestrator = tm.add(tg.Service("RAG orchestrator"))
    # Keeps drafts and approved comparisons per client file.
    draft_store = tm.add(tg.DataStore("Comparison draft store", stores={draft, approved}))

    with tm.boundary("Document tier", trust=tg.Trust.RESTRICTED):
        # Originals of every document the assistant reads.
        doc_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={client_policies, wordings},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Extracts text, chunks and embeds new documents.
        ingestion = tm.add(tg.Pipeline("Document ingestion pipeline", stage=tg.Stage.INGESTION))
        # Vector index of all chunks, tagged by client and insurer.
        index = tm.add(
            tg.VectorStore(
                "Wording vector index",
                stores={indexed_chunks},
                controls={
                    tg.controls.PermissionAwareRetrieval(
                        note="client documents filtered to the open client file"
                    )
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The people who use the assistant and sign off every comparison.
    executive = tm.add(tg.Actor("Account executive", role="account executive"))
    # Existing broking platform: record of clients and the broker's coverage notes.
    broking = tm.add(tg.DataStore("Broking system", stores={client_file, coverage_notes}))

# ---------------------------------------------------------------- flows
tm.flow(client, portal, client_policies, protocol="https", label="policy upload")
tm.flow(portal, doc_store, client_policies)
tm.flow(insurer_library, ingestion, wordings, protocol="https", label="weekly download")
tm.flow(ingestion, doc_store, wordings)
tm.flow(doc_store, ingestion, client_policies)
tm.flow(broking, ingestion, coverage_notes, protocol="https")
tm.flow(ingestion, embedder, text_chunks, protocol="https")
tm.flow(embedder, ingestion, embeddings, protocol="https")
tm.flow(ingestion, index, indexed_chunks)

tm.flow(executive, workbench, comparison_request, protocol="https")
tm.flow(broking, workbench, client_file, protocol="https")
tm.flow(workbench, orchestrator, comparison_request)
tm.flow(orchestrator, embedder, query_text, protocol="https")
tm.flow(embedder, orchestrator, embeddings, protocol="https")
tm.flow(orchestrator, index, query_text, label="similarity query")
tm.flow(index, orchestrator, indexed_chunks, label="retrieved passages")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, workbench, draft)
tm.flow(workbench, draft_store, draft, approved)
tm.flow(draft_store, workbench, draft)
tm.flow(workbench, executive, draft, protocol="https")
tm.flow(executive, workbench, approved, protocol="https", label="checks, edits and releases")

tm.flow(draft_store, portal, approved)
tm.flow(portal, client, approved, protocol="https")
