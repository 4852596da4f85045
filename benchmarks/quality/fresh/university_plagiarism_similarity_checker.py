"""University plagiarism similarity checker: the first design, before any security review.

Students upload essays to the university's virtual learning environment (Moodle), which
signs them in through the university SSO and forwards each submission to our similarity
service with a plugin API key. The service extracts the text from the Word or PDF file,
keeps the original and the text in a submission archive for future comparisons, and
compares it with past submissions and web sources: exact overlap by shingle fingerprints,
paraphrase by an open-weights sentence-embedding model, both held in one similarity
index. Phrases from the essay are sent to a commercial web search API, and the pages it
returns are crawled and indexed. The resulting similarity report goes back into the VLE,
where only the module's tutors see it. Everything runs in the university's private
cloud; traffic uses TLS, the archive is encrypted at rest, uploads are checked for type
and size, and submissions are kept indefinitely.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University plagiarism similarity checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Similarity reports on student essays against past submissions and the web.",
)

# ---------------------------------------------------------------- data assets
essay = tg.Data(
    "Essay submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The uploaded file with student ID, name, module and assignment.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
receipt = tg.Data("Submission receipt", kind="records", sensitivity=tg.Sensitivity.PII)
essay_text = tg.Data("Extracted essay text", kind="documents", sensitivity=tg.Sensitivity.PII)
chunks = tg.Data("Essay passages", kind="documents", sensitivity=tg.Sensitivity.PII)
vectors = tg.Data("Passage embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
fingerprints = tg.Data(
    "Fingerprints and embeddings of past submissions and web sources",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
)
candidates = tg.Data("Candidate matches", kind="retrieved-context", sensitivity=tg.Sensitivity.PII)
past_passages = tg.Data(
    "Matched passages from past submissions", kind="documents", sensitivity=tg.Sensitivity.PII
)
queries = tg.Data(
    "Search queries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Distinctive phrases lifted from the essay.",
)
results = tg.Data("Search results", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
web_pages = tg.Data("Web source pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
report = tg.Data(
    "Similarity report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Overall similarity score and the matched passages with their sources.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
report_request = tg.Data("Report request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students submit from their own devices, on or off campus.
    student = tm.add(tg.Actor("Student", role="student"))
    # Any public page an essay might have been copied from.
    web = tm.add(tg.DataSource("Public web", origin=tg.Origin.PUBLIC_WEB, provides={web_pages}))

with tm.boundary("Search vendor", trust=tg.Trust.PARTNER):
    # Commercial search API used to find candidate web sources for an essay.
    search_api = tm.add(tg.ExternalService("Web search API", provides="data-provider"))

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # Tutors and markers, who read the reports and decide on misconduct referrals.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))
    # Moodle: where essays are handed in and reports are read; role checks per module.
    vle = tm.add(
        tg.Service(
            "Virtual learning environment",
            internet_facing=True,
            controls={
                c.Authentication(method="university SSO (SAML)"),
                c.RBAC(note="reports visible only to the module's tutors"),
            },
        )
    )

with tm.boundary("University private cloud", trust=tg.Trust.INTERNAL):
    # The service's API the VLE plugin calls to submit and to fetch reports.
    api = tm.add(
        tg.Endpoint(
            "Similarity API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="plugin API key")},
        )
    )
    # Turns uploaded .docx/.pdf files into plain text with open-source parsers.
    extraction = tm.add(
        tg.Pipeline(
            "Text extraction",
            stage=tg.Stage.INGESTION,
            controls={c.InputValidation(note="file type and 20 MB size limit")},
        )
    )
    # Every submission ever made, kept for comparison with future ones.
    archive = tm.add(
        tg.DataStore(
            "Submission archive",
            stores={essay, essay_text},
            controls={c.EncryptionAtRest(key_management="private cloud KMS")},
        )
    )
    # Open-weights sentence-embedding model, for paraphrase detection.
    embedder = tm.add(tg.Model("Sentence embedding model", task="embedding", origin="open-weights"))
    # Shingle fingerprints and embeddings of past submissions and crawled web pages.
    index = tm.add(tg.VectorStore("Similarity index", stores={fingerprints}))
    # Matches a new essay against the index and the web, and writes the report.
    comparison = tm.add(tg.Service("Comparison service"))
    # Fetches and indexes the pages the search API points to.
    crawler = tm.add(tg.Pipeline("Web source crawler", stage=tg.Stage.INGESTION))
    # Finished reports, fetched by the VLE plugin.
    reports = tm.add(tg.DataStore("Report store", stores={report}))

# ---------------------------------------------------------------- flows
tm.flow(student, vle, essay, protocol="https")
tm.flow(vle, student, receipt, protocol="https")
tm.flow(vle, api, essay, protocol="https")
tm.flow(api, vle, receipt, protocol="https", label="submission accepted")
tm.flow(api, extraction, essay)
tm.flow(extraction, archive, essay, essay_text)
tm.flow(extraction, comparison, essay_text)

tm.flow(comparison, embedder, chunks)
tm.flow(embedder, comparison, vectors)
tm.flow(comparison, index, vectors, label="query and add new submission")
tm.flow(index, comparison, candidates)
tm.flow(archive, comparison, past_passages)
tm.flow(comparison, search_api, queries, protocol="https")
tm.flow(search_api, comparison, results, protocol="https")
tm.flow(comparison, crawler, results, label="pages to fetch")
tm.flow(web, crawler, web_pages, protocol="https")
tm.flow(crawler, embedder, web_pages)
tm.flow(embedder, crawler, vectors)
tm.flow(crawler, index, fingerprints)
tm.flow(crawler, comparison, web_pages, label="matched web passages")
tm.flow(comparison, reports, report)

tm.flow(tutor, vle, report_request, protocol="https")
tm.flow(vle, api, report_request, protocol="https")
tm.flow(reports, api, report)
tm.flow(api, vle, report, protocol="https")
tm.flow(vle, tutor, report, protocol="https")
