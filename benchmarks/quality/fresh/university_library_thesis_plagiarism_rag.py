"""Doctoral thesis overlap checking: the first design, before any security review.

When a doctoral candidate submits a thesis for examination through the graduate school
portal, the university library checks it for text that overlaps earlier work. A text
extractor turns the PDF into passages; a self-hosted open-weights embedding model embeds
them, and the check service looks each passage up in a vector index of the institutional
repository (published and embargoed theses, staff papers) and sends its sentences to a
commercial web search API. A hosted LLM (EU region, under the university's data processing
agreement) compares each passage with its candidate sources and writes the overlap
findings into a similarity report. The library's research integrity officer reviews and
releases each report to the examiners in the integrity report portal; external examiners
sign in there with guest accounts. Everything runs in the university's cloud tenancy.
Controls: SSO with MFA for candidates and staff, PDF checks on upload, encrypted thesis and
report stores, audit logging of checks, repository roles, vendor review and officer release.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Doctoral thesis overlap checking",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "RAG service that checks doctoral theses against the repository and the web "
        "for overlapping text and reports to examiners."
    ),
)

# ---------------------------------------------------------------- data assets
thesis_pdf = tg.Data(
    "Submitted thesis",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Unpublished thesis PDF with the candidate's name, student number and acknowledgements.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
submission_receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
thesis_passages = tg.Data(
    "Thesis passages",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Extracted text split into paragraph-sized passages.",
)
passage_embeddings = tg.Data(
    "Passage embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
repository_items = tg.Data(
    "Repository theses and papers",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Full texts of deposited theses and papers, including embargoed ones.",
)
repository_passages = tg.Data(
    "Matching repository passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
indexed_passages = tg.Data(
    "Indexed repository passages", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_queries = tg.Data(
    "Web search queries",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Distinctive sentences taken from the thesis.",
)
web_matches = tg.Data(
    "Web search matches",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="URLs and page extracts returned by the search API.",
)
comparison_prompt = tg.Data(
    "Passage comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, a thesis passage and its candidate sources from the index and the web.",
)
overlap_assessment = tg.Data(
    "Overlap assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Whether a passage copies or closely paraphrases a source, with the source and an explanation.",
)
similarity_report = tg.Data(
    "Similarity report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Overlap percentage and every flagged passage with its sources, about a named candidate.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report_release = tg.Data(
    "Report release decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
report_request = tg.Data("Report request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
deposits = tg.Data(
    "Repository deposits and embargo settings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits the thesis from wherever they work.
    candidate = tm.add(tg.Actor("Doctoral candidate", role="doctoral candidate"))
    # Internal and external examiners read the released report.
    examiner = tm.add(tg.Actor("Thesis examiner", role="examiner"))

with tm.boundary("Web search vendor", trust=tg.Trust.PARTNER):
    # Finds web pages that contain the thesis sentences.
    web_search = tm.add(
        tg.ExternalService("Web search API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor (EU region)", trust=tg.Trust.PARTNER):
    # Judges copying and close paraphrase, which plain similarity scores miss.
    llm = tm.add(
        tg.LLM(
            "Hosted comparison LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Its findings can start academic misconduct proceedings against a candidate.",
            controls={
                tg.controls.SupplierAssessment(
                    note="DPA signed; EU data residency; no training on customer data"
                )
            },
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where candidates upload the final thesis for examination.
    submission_portal = tm.add(
        tg.Endpoint(
            "Thesis submission portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="university SSO (SAML) with MFA"),
                tg.controls.InputValidation(note="PDF only, 200 MB limit"),
            },
        )
    )
    # Holds submitted theses until examination ends.
    thesis_store = tm.add(
        tg.DataStore(
            "Submitted thesis store",
            stores={thesis_pdf},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Turns the PDF into passages (Apache Tika).
    extractor = tm.add(tg.Service("Thesis text extractor"))
    # Runs a check: embeds, retrieves, searches the web, asks the LLM, writes the report.
    check_service = tm.add(
        tg.Service(
            "Overlap check service",
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )
    # Embeds thesis and repository passages; runs on the university's own GPUs.
    embedder = tm.add(
        tg.Model(
            "Passage embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
        )
    )
    # Nearest-neighbour search over the repository's passages.
    passage_index = tm.add(
        tg.VectorStore("Repository passage index", stores={indexed_passages, repository_items})
    )
    # Re-embeds new and changed repository items every night.
    indexer = tm.add(tg.Pipeline("Nightly repository indexing", stage=tg.Stage.INGESTION))
    # Keeps reports for the examination and any appeal.
    report_store = tm.add(
        tg.DataStore(
            "Similarity report store",
            stores={similarity_report},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where the integrity officer reviews and releases reports and examiners read them.
    report_portal = tm.add(
        tg.Endpoint(
            "Integrity report portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="university SSO with MFA for staff; e-mail and password guest accounts for external examiners"
                ),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="library research integrity officer"),
            },
        )
    )

with tm.boundary("Library systems", trust=tg.Trust.INTERNAL):
    # The institutional repository: the corpus theses are checked against.
    repository = tm.add(
        tg.DataStore(
            "Institutional repository",
            stores={repository_items},
            controls={tg.controls.RBAC()},
        )
    )
    # Library staff member who reviews each report before examiners see it.
    officer = tm.add(
        tg.Actor("Research integrity officer", role="library research integrity officer")
    )

# ---------------------------------------------------------------- flows
tm.flow(candidate, submission_portal, thesis_pdf, protocol="https")
tm.flow(submission_portal, candidate, submission_receipt, protocol="https")
tm.flow(submission_portal, thesis_store, thesis_pdf)
tm.flow(thesis_store, extractor, thesis_pdf)
tm.flow(extractor, check_service, thesis_passages)

tm.flow(check_service, embedder, thesis_passages)
tm.flow(embedder, check_service, passage_embeddings)
tm.flow(check_service, passage_index, passage_embeddings, label="similarity query")
tm.flow(passage_index, check_service, repository_passages, label="nearest passages")
tm.flow(check_service, web_search, search_queries, protocol="https")
tm.flow(web_search, check_service, web_matches, protocol="https")
tm.flow(check_service, llm, comparison_prompt, protocol="https")
tm.flow(llm, check_service, overlap_assessment, protocol="https")
tm.flow(check_service, report_store, similarity_report)

tm.flow(report_store, report_portal, similarity_report)
tm.flow(report_portal, officer, similarity_report, protocol="https")
tm.flow(officer, report_portal, report_release, protocol="https")
tm.flow(examiner, report_portal, report_request, protocol="https")
tm.flow(report_portal, examiner, similarity_report, protocol="https")

tm.flow(officer, repository, deposits, protocol="https")
tm.flow(repository, indexer, repository_items, label="nightly sync")
tm.flow(indexer, embedder, repository_items)
tm.flow(embedder, indexer, indexed_passages)
tm.flow(indexer, passage_index, indexed_passages, repository_items)
