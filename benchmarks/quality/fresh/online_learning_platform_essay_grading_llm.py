"""Essay grading with an LLM: the first design, before any security review.

An online course provider lets students (mostly in the EU and UK) upload essays
for their course assignments through the learning platform's web app. A grading
service takes each new submission, adds the course's rubric and a few marked
exemplar essays written by the course designers, and asks a hosted LLM, run by a
model vendor behind its API, for a score per rubric criterion and written
feedback. The parsed grade and feedback go straight into the gradebook and are
shown to the student, who is also told by e-mail that the grade is ready.
A sampling job puts about one graded essay in ten into a review queue, where
contracted tutors, signing in through the company's SSO, check the grade and can
override it. Students sign in with e-mail and password; uploads are checked for
file type and size; the LLM's answer is checked against the rubric's JSON
schema; the vendor API key is kept in the cloud secret manager.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Online learning platform essay grading LLM",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM grading of student essays against course rubrics, with tutor sampling.",
)

# ---------------------------------------------------------------- data assets
essay = tg.Data(
    "Essay submission",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The uploaded essay file (DOCX or PDF) with the student's id and assignment.",
)
rubric = tg.Data(
    "Rubric and marked exemplars",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Grading criteria per assignment and exemplar essays with their marks.",
)
grading_prompt = tg.Data(
    "Grading prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Grading instructions, the rubric, the exemplars and the essay text.",
)
llm_grade = tg.Data(
    "LLM grade and feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="JSON with a score per rubric criterion, an overall grade and feedback text.",
)
grade = tg.Data(
    "Essay grade and feedback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
call_log = tg.Data(
    "LLM call log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every prompt and completion, kept for debugging the grading prompts.",
)
notification = tg.Data("Grade-ready e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
review_sample = tg.Data(
    "Moderation sample",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="About 10% of graded essays, with the LLM's grade and feedback.",
)
moderation = tg.Data(
    "Tutor moderation decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The tutor's agreement with the grade, or an overriding grade and comment.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Enrolled students, who submit essays and read their grades.
    student = tm.add(tg.Actor("Student", role="student"))
    # Contracted tutors work from home and reach the review portal over the internet.
    tutor = tm.add(tg.Actor("Tutor", role="contracted tutor"))
    # Transactional e-mail provider that delivers the grade-ready notices.
    email = tm.add(
        tg.ExternalService("E-mail delivery service", description="SaaS transactional e-mail.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The grading model itself: a general-purpose LLM behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted grading LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Scores essays per rubric criterion and writes feedback.",
        )
    )

with tm.boundary("Learning platform cloud", trust=tg.Trust.INTERNAL):
    # Student-facing web app: upload essays, read grades and feedback.
    web_app = tm.add(
        tg.Endpoint(
            "Learning platform web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="file type (DOCX, PDF) and 10 MB size limit"),
            },
        )
    )
    # Object storage and table of submitted essays, one row per submission.
    submissions = tm.add(
        tg.DataStore(
            "Submission store",
            stores={essay},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt, calls the LLM, parses its answer and records the grade.
    grader = tm.add(
        tg.Service(
            "Grading service",
            description="Queue worker: one LLM call per submission.",
            controls={
                tg.controls.SecretsManagement(note="vendor API key in the cloud secret manager"),
                tg.controls.OutputFiltering(
                    note="answer must parse as the rubric's JSON schema, scores in range"
                ),
            },
        )
    )
    # Rubrics and exemplar essays, maintained by the course designers.
    rubrics = tm.add(tg.DataStore("Rubric library", stores={rubric}))
    # The course's record of grades, which students see and certificates are based on.
    gradebook = tm.add(
        tg.DataStore(
            "Gradebook",
            stores={grade},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                tg.controls.AuditLogging(note="every grade change with who made it"),
            },
        )
    )
    # Prompt and completion log for the team tuning the grading prompts.
    log_store = tm.add(tg.DataStore("LLM call log store", stores={call_log}))
    # Nightly job that picks the essays tutors review.
    sampler = tm.add(
        tg.Service("Moderation sampling job", description="Random 10% per course each night.")
    )
    # Tutors' web portal: review sampled grades and override them.
    tutor_portal = tm.add(
        tg.Endpoint(
            "Tutor review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="tutors see only the courses they are assigned to"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who write rubrics and mark the exemplar essays.
    designer = tm.add(tg.Actor("Course designer", role="course designer"))

# ---------------------------------------------------------------- flows
# Submission and grading
tm.flow(student, web_app, essay, protocol="https")
tm.flow(web_app, submissions, essay)
tm.flow(submissions, grader, essay, label="new submission")
tm.flow(designer, rubrics, rubric, protocol="https", label="edits rubrics")
tm.flow(rubrics, grader, rubric)
tm.flow(grader, llm, grading_prompt, protocol="https")
tm.flow(llm, grader, llm_grade, protocol="https")
tm.flow(grader, log_store, call_log)
tm.flow(grader, gradebook, grade)

# Release to the student
tm.flow(gradebook, web_app, grade)
tm.flow(web_app, student, grade, protocol="https")
tm.flow(grader, email, notification, protocol="https")
tm.flow(email, student, notification, protocol="smtp")

# Tutor sampling and moderation
tm.flow(gradebook, sampler, grade)
tm.flow(sampler, tutor_portal, review_sample)
tm.flow(submissions, tutor_portal, essay, label="essay under review")
tm.flow(tutor_portal, tutor, review_sample, essay, protocol="https")
tm.flow(tutor, tutor_portal, moderation, protocol="https")
tm.flow(tutor_portal, gradebook, moderation, label="overrides grade")
