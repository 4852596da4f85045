"""Law firm contract review LLM: the first design, before any security review.

Associates at a European commercial law firm review counterparty contract drafts
with an internal web app. They pick a draft filed in the matter's workspace of
the document management system (DMS); the app parses it, looks up the firm's
standard positions for each clause in a playbook index, and asks a hosted LLM
(in the firm's own tenant with the model vendor) for a list of issues and
suggested redlines. The associate goes through the suggestions and accepts the
ones they agree with; only accepted ones are saved back to the DMS as a review
memo. Knowledge-management lawyers curate the clause bank the playbook index is
built from. Controls in this design: firm SSO with MFA on the app, matter-level
access walls and encryption in the DMS, a vendor review with zero data retention
for the LLM tenant, prompt and response logging, and associate approval of every
redline.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Law firm contract review LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM-assisted issue spotting and redlining of counterparty contract drafts.",
)

# ---------------------------------------------------------------- data assets
contract_draft = tg.Data(
    "Counterparty contract draft",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Client-confidential deal terms; often names of individuals and signatories.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_request = tg.Data(
    "Review request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Matter number, document reference and review type.",
)
document_fetch = tg.Data(
    "Document fetch request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
contract_text = tg.Data(
    "Extracted contract text",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
clause_embeddings = tg.Data(
    "Clause embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
playbook_context = tg.Data(
    "Playbook positions and precedent clauses",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
review_prompt = tg.Data(
    "Review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, playbook positions and the contract text.",
)
llm_output = tg.Data(
    "Issues list and suggested redlines",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
)
review_memo = tg.Data(
    "Accepted review memo",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
precedent_clauses = tg.Data(
    "Precedent clause bank",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
review_logs = tg.Data(
    "Prompt and response logs", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="logs"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drafts arrive from opposing counsel by e-mail and are filed to the matter.
    counterparty = tm.add(
        tg.DataSource(
            "Counterparty counsel drafts",
            origin=tg.Origin.PARTNER,
            provides={contract_draft},
            description="Word and PDF attachments e-mailed by the other side's lawyers.",
        )
    )

with tm.boundary("LLM vendor tenant", trust=tg.Trust.PARTNER):
    # The firm's dedicated deployment of a commercial chat model.
    llm = tm.add(
        tg.LLM(
            "Hosted review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="contractual zero data retention, EU region")
            },
        )
    )
    # Embedding model from the same vendor, used for the playbook index and queries.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Firm network", trust=tg.Trust.INTERNAL):
    # Fee earners using the tool on live matters.
    associate = tm.add(tg.Actor("Associate lawyer", role="associate"))
    # Curators of the firm's standard positions.
    km_lawyer = tm.add(tg.Actor("Knowledge management lawyer", role="knowledge lawyer"))
    # Existing DMS holding every matter's documents.
    dms = tm.add(
        tg.DataStore(
            "Document management system",
            stores={contract_draft, review_memo},
            controls={
                tg.controls.RBAC(note="matter-level ethical walls"),
                tg.controls.EncryptionAtRest(key_management="firm-managed keys"),
            },
        )
    )

    with tm.boundary("Contract review app", trust=tg.Trust.INTERNAL):
        # Browser front end and API the associates use.
        web_app = tm.add(
            tg.Endpoint(
                "Contract review web app",
                purpose=tg.EndpointPurpose.API,
                controls={
                    tg.controls.Authentication(method="firm SSO (Entra ID) with MFA"),
                    tg.controls.HumanInTheLoop(approver="the reviewing associate"),
                },
            )
        )
        # Assembles the prompt from contract text and playbook, calls the LLM.
        orchestrator = tm.add(tg.Service("Review orchestrator"))
        # Turns Word and PDF files (including scans, by OCR) into clause-segmented text.
        parser = tm.add(tg.Service("Document parser"))
        # Index of playbook positions and precedent clauses.
        playbook_index = tm.add(
            tg.VectorStore("Playbook index", stores={playbook_context, clause_embeddings})
        )
        # Rebuilds the playbook index when the clause bank changes.
        indexer = tm.add(tg.Pipeline("Playbook indexing pipeline", stage=tg.Stage.INGESTION))
        # Curated precedent clauses and fallback positions.
        clause_bank = tm.add(tg.DataStore("Clause bank", stores={precedent_clauses}))
        # Keeps every prompt and response for supervision and complaints.
        log_store = tm.add(
            tg.DataStore(
                "Review log store",
                stores={review_logs},
                controls={tg.controls.AuditLogging(retention_days=2190)},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(counterparty, dms, contract_draft, protocol="smtp+starttls", label="filed from e-mail")

tm.flow(associate, web_app, review_request, protocol="https")
tm.flow(web_app, associate, llm_output, protocol="https")
tm.flow(associate, web_app, review_memo, protocol="https", label="accepted redlines")
tm.flow(web_app, orchestrator, review_request)
tm.flow(orchestrator, web_app, llm_output)
tm.flow(web_app, dms, review_memo, protocol="https")

tm.flow(orchestrator, dms, document_fetch, protocol="https")
tm.flow(dms, parser, contract_draft, protocol="https")
tm.flow(parser, orchestrator, contract_text)

tm.flow(orchestrator, embedder, contract_text, protocol="https")
tm.flow(embedder, orchestrator, clause_embeddings, protocol="https")
tm.flow(orchestrator, playbook_index, clause_embeddings, label="similarity query")
tm.flow(playbook_index, orchestrator, playbook_context)
tm.flow(orchestrator, llm, review_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_output, protocol="https")
tm.flow(orchestrator, log_store, review_logs)

tm.flow(km_lawyer, clause_bank, precedent_clauses, protocol="https")
tm.flow(clause_bank, indexer, precedent_clauses)
tm.flow(indexer, embedder, precedent_clauses, protocol="https")
tm.flow(embedder, indexer, clause_embeddings, protocol="https")
tm.flow(indexer, playbook_index, playbook_context, clause_embeddings)
