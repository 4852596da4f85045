"""Visa application document checker: the first design, before any security review.

An immigration law practice gives its clients a web portal where they answer
the visa questionnaire and upload supporting documents (passports, bank
statements, payslips, marriage and birth certificates, tenancy agreements).
The uploads are kept in an encrypted document store and run through the cloud
provider's OCR service. A checker service retrieves the relevant passages of
the immigration rules and the practice's own checklists from a vector index,
and asks a hosted LLM to compare the documents with them and list missing,
expired or inconsistent items as a JSON checklist. Caseworkers, signed in with
the firm's SSO, review every flag in the case workspace, ask the client for
anything missing through the portal, and only then submit the application
themselves on the government visa portal. Guidance pages are re-indexed weekly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Visa application document checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM pre-check of clients' visa supporting documents, reviewed by caseworkers.",
)

# ---------------------------------------------------------------- data assets
documents = tg.Data(
    "Supporting documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Identity, financial, family and sometimes medical documents of clients.",
)
answers = tg.Data(
    "Application questionnaire",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Visa category, personal history, sponsor and travel details.",
)
extracted = tg.Data("Extracted document text", sensitivity=tg.Sensitivity.PII, kind="documents")
guidance = tg.Data(
    "Published immigration rules and guidance", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
checklists = tg.Data(
    "Practice document checklists", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
rule_vectors = tg.Data(
    "Rule passage embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="embeddings"
)
rule_passages = tg.Data(
    "Retrieved rule passages", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
query = tg.Data("Rule lookup query", sensitivity=tg.Sensitivity.PII, kind="prompt")
prompt = tg.Data(
    "Document check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, rule passages, questionnaire answers and the documents' text.",
)
completion = tg.Data("LLM checklist output", sensitivity=tg.Sensitivity.PII, kind="model-output")
check_result = tg.Data(
    "Document check flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review = tg.Data("Caseworker review decision", sensitivity=tg.Sensitivity.PII, kind="records")
request = tg.Data("Request for missing documents", sensitivity=tg.Sensitivity.PII, kind="records")
submission = tg.Data(
    "Visa application submission", sensitivity=tg.Sensitivity.PII, kind="documents"
)
receipt = tg.Data("Submission receipt", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The firm's clients (applicants and sponsors), anywhere in the world.
    client = tm.add(tg.Actor("Client", role="visa applicant"))
    # Government guidance pages, crawled weekly to keep the rules current.
    gov_guidance = tm.add(
        tg.DataSource("Government guidance pages", origin=tg.Origin.PUBLIC_WEB, provides={guidance})
    )
    # Where caseworkers file the final application by hand.
    gov_portal = tm.add(tg.ExternalService("Government visa portal"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that does the document comparison.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; zero data retention tier")},
        )
    )
    # Vendor embedding endpoint for the rules index and lookup queries.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("Practice cloud tenant", trust=tg.Trust.INTERNAL):
    # Client-facing upload and questionnaire site.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
            },
        )
    )
    # Managed OCR turning scans and photos into text.
    ocr = tm.add(
        tg.Service("Document OCR service", description="The cloud provider's managed OCR.")
    )
    # Builds the prompt, calls the LLM and stores the parsed checklist.
    checker = tm.add(
        tg.Service(
            "Document checker",
            controls={
                c.SecretsManagement(note="LLM API key in the cloud secret manager"),
                c.OutputFiltering(note="output must parse against the checklist JSON schema"),
            },
        )
    )
    # Weekly job chunking and embedding the rules and checklists.
    indexer = tm.add(tg.Pipeline("Rules indexing job", stage=tg.Stage.INGESTION))
    # Index of rule passages and practice checklists.
    rules_index = tm.add(tg.VectorStore("Visa rules index", stores={rule_vectors, checklists}))
    # Caseworkers' screen for flags, documents and requests to clients.
    workspace = tm.add(
        tg.Endpoint(
            "Case review workspace",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="firm SSO with MFA"),
                c.HumanInTheLoop(approver="the assigned caseworker"),
            },
        )
    )

    with tm.boundary("Client data tier", trust=tg.Trust.RESTRICTED):
        # Original uploads, kept for the life of the case.
        doc_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={documents, extracted},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Case records: questionnaire, flags, reviews, correspondence.
        case_db = tm.add(
            tg.DataStore(
                "Case management database",
                stores={answers, check_result, review, request},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.AuditLogging()},
            )
        )

with tm.boundary("Practice office", trust=tg.Trust.INTERNAL):
    # Lawyers and paralegals who own each case.
    caseworker = tm.add(tg.Actor("Caseworker", role="caseworker"))
    # The firm's own checklists per visa route, kept on the document management system.
    checklist_library = tm.add(
        tg.DataSource(
            "Practice checklist library", origin=tg.Origin.INTERNAL, provides={checklists}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(client, portal, documents, answers, protocol="https")
tm.flow(portal, client, request, protocol="https", label="missing-item requests and status")
tm.flow(portal, doc_store, documents)
tm.flow(portal, case_db, answers)

tm.flow(doc_store, ocr, documents)
tm.flow(ocr, doc_store, extracted)
tm.flow(doc_store, checker, extracted)
tm.flow(case_db, checker, answers)
tm.flow(checker, embedder, query, protocol="https")
tm.flow(embedder, checker, rule_vectors, protocol="https", label="query embedding")
tm.flow(checker, rules_index, query, label="similarity search")
tm.flow(rules_index, checker, rule_passages)
tm.flow(checker, llm, prompt, protocol="https")
tm.flow(llm, checker, completion, protocol="https")
tm.flow(checker, case_db, check_result)

tm.flow(gov_guidance, indexer, guidance, protocol="https", label="weekly crawl")
tm.flow(checklist_library, indexer, checklists)
tm.flow(indexer, embedder, guidance, checklists, protocol="https")
tm.flow(embedder, indexer, rule_vectors, protocol="https")
tm.flow(indexer, rules_index, rule_vectors, checklists)

tm.flow(case_db, workspace, answers, check_result)
tm.flow(doc_store, workspace, documents)
tm.flow(workspace, caseworker, check_result, documents, protocol="https")
tm.flow(caseworker, workspace, review, request, protocol="https")
tm.flow(workspace, case_db, review, request)
tm.flow(workspace, portal, request)
tm.flow(caseworker, gov_portal, submission, protocol="https")
tm.flow(gov_portal, caseworker, receipt, protocol="https")
