"""AI writing and plagiarism detector: the first design, before any security review.

A European university adds integrity checks to its learning platform. Every essay
a student submits is stored and scored twice: a plagiarism matcher compares it
with a source index (crawled web pages and journals plus all earlier submissions),
and the essay text is sent to a vendor-hosted AI-text detector that returns the
likelihood that it was machine-written, per passage. An integrity scoring service
combines both into a report with highlighted passages. Instructors see the report
in the platform and can refer a case; students see their own report and can
appeal to the academic integrity panel, whose members decide the outcome.
Controls in this design: university SSO and course roles on the platform,
encryption at rest for submissions and reports, TLS to the vendor, a vendor
review, the right to appeal and a human panel decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "AI writing and plagiarism detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Scores student essays for plagiarism and AI-generated text; feeds misconduct cases.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Essay submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="The essay file with the student's id, course and assignment.",
)
essay_text = tg.Data(
    "Essay text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Extracted plain text of one essay; may contain the student's name.",
)
corpus = tg.Data("Web and journal sources", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
fingerprints = tg.Data(
    "Source fingerprints",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
    description="Shingle hashes and passage embeddings of sources and of earlier student essays.",
)
matches = tg.Data(
    "Plagiarism matches",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Matched passages, their sources and a similarity percentage.",
)
ai_score = tg.Data(
    "AI-likelihood score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Per-passage and whole-essay probability that the text was machine-written.",
)
report = tg.Data(
    "Integrity report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Both scores and the highlighted passages, as shown to instructors and the student.",
)
referral = tg.Data("Misconduct referral", kind="records", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Student appeal",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The student's statement and evidence such as drafts and version history.",
)
case_file = tg.Data("Integrity case file", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Panel decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits essays, reads their own report, appeals.
    student = tm.add(tg.Actor("Student", role="student"))
    # Public pages and open-access journals the source index is built from.
    sources = tm.add(
        tg.DataSource("Web and journal corpus", origin=tg.Origin.PUBLIC_WEB, provides={corpus})
    )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Sees scores for their course and refers suspected cases.
    instructor = tm.add(tg.Actor("Instructor", role="teaching staff"))
    # Hears appeals and decides misconduct outcomes.
    panel = tm.add(tg.Actor("Academic integrity panel", role="integrity panel member"))

with tm.boundary("Detector vendor", trust=tg.Trust.PARTNER):
    # Commercial AI-text detector, called per essay over the vendor's API.
    detector = tm.add(
        tg.Model(
            "AI-text detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            controls={c.SupplierAssessment(note="university procurement review and DPA")},
        )
    )

with tm.boundary("University cloud", trust=tg.Trust.INTERNAL):
    # The learning platform's web app: submission, reports, referrals and appeals.
    platform = tm.add(
        tg.Endpoint(
            "Learning platform",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="university SSO (SAML)"), c.RBAC()},
            description="Students see only their own reports; instructors see their courses.",
        )
    )
    # Runs both checks on each new submission and builds the report.
    scoring = tm.add(
        tg.Service(
            "Integrity scoring service",
            controls={
                c.Contestability(note="students see their report and can appeal to the panel")
            },
        )
    )
    # Looks up overlapping passages in the source index.
    matcher = tm.add(tg.Service("Plagiarism matcher"))
    # Crawls sources and adds every new submission to the index.
    ingestion = tm.add(
        tg.Pipeline(
            "Source ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Weekly crawl plus each graded submission; open-source text extraction.",
        )
    )
    # Case management for referrals and appeals.
    appeals = tm.add(
        tg.Service(
            "Appeals workflow",
            controls={c.HumanInTheLoop(approver="academic integrity panel")},
        )
    )

    with tm.boundary("Student records tier", trust=tg.Trust.RESTRICTED):
        # Every submitted essay, kept for the length of the degree.
        submissions = tm.add(
            tg.DataStore(
                "Submission store",
                stores={submission},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Index of source and past-submission fingerprints for matching.
        index = tm.add(tg.VectorStore("Source index", stores={fingerprints}))
        # Integrity reports, referrals and decisions.
        reports = tm.add(
            tg.DataStore(
                "Integrity report store",
                stores={report, case_file, decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(student, platform, submission, protocol="https", label="submits essay")
tm.flow(platform, submissions, submission)
tm.flow(submissions, scoring, essay_text)

tm.flow(scoring, matcher, essay_text)
tm.flow(matcher, index, essay_text, label="fingerprint lookup")
tm.flow(index, matcher, fingerprints, label="candidate sources")
tm.flow(matcher, scoring, matches)
tm.flow(scoring, detector, essay_text, protocol="https")
tm.flow(detector, scoring, ai_score, protocol="https")
tm.flow(scoring, reports, report)

tm.flow(reports, platform, report, decision)
tm.flow(platform, instructor, report, protocol="https")
tm.flow(platform, student, report, decision, protocol="https", label="own report and outcome")
tm.flow(instructor, platform, referral, protocol="https", label="refers a case")
tm.flow(student, platform, appeal, protocol="https", label="appeals")
tm.flow(platform, appeals, referral, appeal)
tm.flow(reports, appeals, report)
tm.flow(appeals, panel, case_file, protocol="https")
tm.flow(panel, appeals, decision, protocol="https")
tm.flow(appeals, reports, case_file, decision)

tm.flow(sources, ingestion, corpus, protocol="https", label="weekly crawl")
tm.flow(submissions, ingestion, essay_text, label="past submissions")
tm.flow(ingestion, index, fingerprints)
