"""Online exam plagiarism detection service: the first design, before any security review.

Universities in the EU run take-home and online exams in their learning management
system (LMS). When a student submits an answer, the LMS pushes the file to our
submission API over LTI 1.3. We extract the text, embed it with an open-weights
embedding model and search a reference index of earlier submissions and crawled
public web pages. A scoring model turns the matches into a plagiarism score, and a
hosted LLM writes a short explanation of the strongest matches for the instructor.
The report is stored in our cloud and shown on an instructor dashboard (single
sign-on through the university's identity provider); a score summary goes back to
the LMS. The score is advisory: the instructor decides whether to open a misconduct
case. Controls in this design: LTI client authentication and file checks on the
submission API, TLS on every external link, encrypted submission storage, SSO and
per-course roles on the dashboard, and instructor sign-off on every decision.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online exam plagiarism detection service",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Similarity checking of online exam submissions for EU universities.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Exam submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The student's answer file with student id, course and exam metadata.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
chunks = tg.Data("Submission text chunks", kind="documents", sensitivity=tg.Sensitivity.PII)
embeddings = tg.Data("Passage embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PII)
web_pages = tg.Data("Public web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
matches = tg.Data(
    "Matched source passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Nearest passages from earlier students' submissions and web pages.",
)
match_features = tg.Data("Match features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
score = tg.Data("Plagiarism score", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Explanation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the flagged passages and the sources they match.",
)
explanation = tg.Data("Match explanation", kind="model-output", sensitivity=tg.Sensitivity.PII)
report = tg.Data(
    "Similarity report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
score_summary = tg.Data("Similarity score summary", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Misconduct decision", kind="records", sensitivity=tg.Sensitivity.PII)
instructor_login = tg.Data(
    "Instructor sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data("Instructor ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Writes and submits the exam answers; sees the score summary in the LMS.
    student = tm.add(tg.Actor("Student", role="student"))
    # Reviews the similarity report and decides whether to open a case.
    instructor = tm.add(tg.Actor("Instructor", role="course instructor"))
    # Source of web text that students may copy from, crawled into the index.
    web = tm.add(
        tg.DataSource(
            "Public web sources",
            origin=tg.Origin.PUBLIC_WEB,
            provides={web_pages},
            description="Encyclopaedia, essay-mill and Q&A sites, crawled weekly.",
        )
    )

with tm.boundary("University", trust=tg.Trust.PARTNER):
    # The customer's LMS, where exams are taken and submissions collected.
    lms = tm.add(
        tg.ExternalService(
            "University LMS", description="Moodle or Canvas, integrated via LTI 1.3."
        )
    )
    # The university's SSO, so instructors sign in with their campus account.
    idp = tm.add(
        tg.ExternalService(
            "University identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the human-readable explanation of the strongest matches.
    llm = tm.add(
        tg.LLM(
            "Hosted explanation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Service VPC", trust=tg.Trust.INTERNAL):
    # Receives submissions from the LMS and passes the score summary back.
    api = tm.add(
        tg.Endpoint(
            "Submission API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="LTI 1.3 signed client assertion per LMS tenant"),
                c.InputValidation(note="file type, size and page-count checks"),
            },
        )
    )
    # Parses PDF/DOCX, chunks the text and gets embeddings; also processes crawled pages.
    extraction = tm.add(
        tg.Pipeline(
            "Text extraction and embedding pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
        )
    )
    # Turns passages into vectors for near-duplicate and paraphrase search.
    embedder = tm.add(
        tg.Model(
            "Passage embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Multilingual sentence-embedding model from a public model hub.",
        )
    )
    # Looks up matches, scores them, asks the LLM for an explanation, writes the report.
    matcher = tm.add(tg.Service("Matching service"))
    # Decides how likely the matches are to be plagiarism; instructors act on it.
    scorer = tm.add(
        tg.Model(
            "Plagiarism scoring model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted classifier over match length, overlap and rarity.",
            controls={c.HumanInTheLoop(approver="course instructor")},
        )
    )
    # Where instructors read reports and record their decision.
    dashboard = tm.add(
        tg.Endpoint(
            "Instructor dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC single sign-on via the university IdP"),
                c.RBAC(note="instructors see only the courses they teach"),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Original submissions, kept for re-checks and as future reference material.
        submissions_db = tm.add(
            tg.DataStore(
                "Submission store",
                stores={submission},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Embeddings of all earlier submissions and crawled pages, searched for matches.
        index = tm.add(
            tg.VectorStore("Reference corpus index", stores={embeddings, chunks, web_pages})
        )
        # Reports and instructor decisions.
        reports_db = tm.add(tg.DataStore("Report store", stores={report, decision}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(student, lms, submission, protocol="https", label="submits exam answer")
tm.flow(lms, api, submission, protocol="https", controls={tls}, label="LTI submission push")
tm.flow(api, submissions_db, submission)
tm.flow(submissions_db, extraction, submission)
tm.flow(web, extraction, web_pages, protocol="https", label="weekly crawl")
tm.flow(extraction, embedder, chunks)
tm.flow(embedder, extraction, embeddings)
tm.flow(extraction, index, embeddings, chunks, web_pages, label="add to reference corpus")
tm.flow(extraction, matcher, embeddings, chunks, label="new submission to check")

tm.flow(matcher, index, embeddings, label="similarity query")
tm.flow(index, matcher, matches, label="nearest passages")
tm.flow(matcher, scorer, match_features)
tm.flow(scorer, matcher, score)
tm.flow(matcher, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, matcher, explanation, protocol="https", controls={tls})
tm.flow(matcher, reports_db, report)
tm.flow(matcher, api, score_summary)
tm.flow(api, lms, score_summary, protocol="https", controls={tls}, label="grade passback")
tm.flow(lms, student, score_summary, protocol="https")

tm.flow(instructor, idp, instructor_login, protocol="https", label="campus sign-in")
tm.flow(idp, instructor, id_token, protocol="https")
tm.flow(instructor, dashboard, id_token, decision, protocol="https", controls={tls})
tm.flow(dashboard, instructor, report, protocol="https", controls={tls})
tm.flow(reports_db, dashboard, report)
tm.flow(dashboard, reports_db, decision, label="records instructor decision")
