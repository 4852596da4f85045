"""Thesis plagiarism LLM checker: the first design.

A European university checks every submitted bachelor's, master's and doctoral
thesis for plagiarism. Students upload the thesis as PDF or DOCX to the university's
learning platform (university SSO with MFA). An originality service on the
university's cloud tenancy splits it into passages, embeds them with a self-hosted
open-weights embedding model and finds similar passages in an index of past theses;
it also sends distinctive phrases to a commercial web search API and fetches the
pages it returns. A hosted LLM, under a data processing agreement with no retention,
compares the passages with the candidate sources and drafts an originality report.
Examiners read the report in the examiner portal, decide, and the decision goes to
the student registry system, which archives accepted theses in the repository.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Thesis plagiarism LLM checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Drafts originality reports on submitted theses for the examiners, from "
    "past theses and web sources, with a hosted LLM.",
)

# ---------------------------------------------------------------- data assets
thesis = tg.Data(
    "Submitted thesis",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The full text with the author's name and student number; often unpublished "
    "research, some under embargo.",
)
passages = tg.Data("Thesis passages", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
passage_embeddings = tg.Data(
    "Passage embeddings", kind="embeddings", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
past_theses = tg.Data(
    "Past theses",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Accepted theses since 2005, with authors' names; some embargoed.",
)
index_entries = tg.Data(
    "Past-thesis passage index", kind="embeddings", sensitivity=tg.Sensitivity.PII
)
matches = tg.Data(
    "Matching past-thesis passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
search_query = tg.Data(
    "Web search phrases",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Distinctive sentences taken from the thesis.",
)
search_results = tg.Data("Web search results", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
web_pages = tg.Data("Web source pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
comparison_prompt = tg.Data(
    "Comparison prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, thesis passages, matching past-thesis passages and web excerpts.",
)
draft_report = tg.Data(
    "Draft originality report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data(
    "Examination decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Pass, revise or fail, with any finding of plagiarism.",
)
decision_notice = tg.Data("Decision notice", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits the thesis and later sees the decision.
    student = tm.add(tg.Actor("Student", role="student"))
    # Internal and external examiners work from anywhere, signing in to the portal.
    examiner = tm.add(tg.Actor("Thesis examiner", role="examiner"))
    # Pages the web search finds; anyone can publish them.
    web = tm.add(
        tg.DataSource("Public web sources", origin=tg.Origin.PUBLIC_WEB, provides={web_pages})
    )

with tm.boundary("Search vendor", trust=tg.Trust.PARTNER):
    # Commercial web search API used to find candidate sources.
    search_api = tm.add(
        tg.ExternalService("Web search API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Compares passages with sources and drafts the report.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model that drafts the originality report.",
            controls={c.SupplierAssessment(note="DPA with EU processing and zero retention")},
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Moodle-based learning platform where students hand in their work.
    lms = tm.add(
        tg.Service(
            "Learning platform",
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.InputValidation(note="PDF or DOCX only, 100 MB maximum"),
            },
        )
    )
    # Orchestrates chunking, retrieval, web search and the LLM call.
    checker = tm.add(
        tg.Service(
            "Originality check service",
            controls={c.SecretsManagement(note="API keys in the cloud key vault")},
        )
    )
    # Self-hosted open-weights embedding model.
    embedder = tm.add(
        tg.Model("Passage embedding model", task=tg.Task.EMBEDDING, origin="open-weights")
    )
    # Embeds newly archived theses into the index each night.
    indexer = tm.add(tg.Pipeline("Nightly thesis indexing", stage=tg.Stage.INGESTION))
    # Similarity index over passages of past theses.
    index = tm.add(tg.VectorStore("Past-thesis index", stores={index_entries, matches}))
    # Keeps draft reports for the examiners.
    report_store = tm.add(tg.DataStore("Originality report store", stores={draft_report}))
    # Where examiners read reports and record their decision.
    portal = tm.add(
        tg.Service(
            "Examiner portal",
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RBAC(note="examiners see only the theses assigned to them"),
                c.HumanInTheLoop(approver="the examination committee"),
            },
        )
    )

    with tm.boundary("Registry systems", trust=tg.Trust.RESTRICTED):
        # Student records system: records the decision and archives accepted theses.
        registry = tm.add(
            tg.Service("Student registry system", controls={c.RBAC(), c.AuditLogging()})
        )
        # Library repository of accepted theses; source of the index.
        repository = tm.add(
            tg.DataStore(
                "Thesis repository",
                stores={past_theses},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(student, lms, thesis, protocol="https", label="upload")
tm.flow(lms, checker, thesis, protocol="https")
tm.flow(lms, registry, thesis, protocol="https", label="submitted copy")

tm.flow(checker, embedder, passages)
tm.flow(embedder, checker, passage_embeddings)
tm.flow(checker, index, passage_embeddings, label="similarity query")
tm.flow(index, checker, matches)
tm.flow(repository, indexer, past_theses, label="newly archived theses")
tm.flow(indexer, embedder, past_theses)
tm.flow(embedder, indexer, index_entries)
tm.flow(indexer, index, index_entries)

tm.flow(checker, search_api, search_query, protocol="https")
tm.flow(search_api, checker, search_results, protocol="https")
tm.flow(web, checker, web_pages, protocol="https", label="fetch candidate sources")

tm.flow(checker, llm, comparison_prompt, protocol="https")
tm.flow(llm, checker, draft_report, protocol="https")
tm.flow(checker, report_store, draft_report)

tm.flow(report_store, portal, draft_report)
tm.flow(portal, examiner, draft_report, protocol="https")
tm.flow(examiner, portal, decision, protocol="https")
tm.flow(portal, registry, decision, protocol="https")
tm.flow(registry, repository, thesis, label="archive accepted thesis")
tm.flow(registry, lms, decision_notice, protocol="https")
tm.flow(lms, student, decision_notice, protocol="https")
