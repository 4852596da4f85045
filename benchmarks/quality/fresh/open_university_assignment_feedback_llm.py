"""Assignment feedback assistant: the first design, before any security review.

A distance-learning university in the UK, with students across Europe, wants to cut
the time its part-time tutors spend writing feedback. Students upload essays (Word or
PDF) to the student portal, which signs them in through university SSO; uploads are
checked for file type and size, stored encrypted, and sent to a commercial similarity
checking service. A text-extraction service turns each file into plain text, and a
feedback orchestrator sends the essay text, the assignment brief and the module's
marking rubric to an LLM hosted by a model provider, which drafts feedback per rubric
criterion with a suggested band. Drafts wait in a draft store until the student's
tutor, working from home through the marking tool (SSO with MFA, own tutor group
only), edits them, sets the mark and releases both. Released marks go to the student
record system; feedback is shown to the student in the portal. Module teams maintain
the rubrics.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Assignment feedback assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM drafts rubric-based essay feedback; tutors edit, mark and release it.",
)

# ---------------------------------------------------------------- data assets
essay_file = tg.Data(
    "Essay submission file",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="The student's uploaded Word or PDF file, with name and student number.",
)
essay_text = tg.Data("Extracted essay text", kind="documents", sensitivity=tg.Sensitivity.PII)
rubrics = tg.Data(
    "Marking rubrics and assignment briefs",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
feedback_prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Drafting instructions, the brief, the rubric and the essay text.",
)
draft_feedback = tg.Data(
    "Draft feedback and suggested bands",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Comments per rubric criterion and a suggested band for each.",
)
similarity_report = tg.Data("Similarity report", kind="records", sensitivity=tg.Sensitivity.PII)
tutor_edits = tg.Data(
    "Tutor-edited feedback and marks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
released_feedback = tg.Data("Released feedback", kind="records", sensitivity=tg.Sensitivity.PII)
released_marks = tg.Data(
    "Released marks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Submits essays and reads released feedback, from anywhere.
    student = tm.add(tg.Actor("Student", role="student"))
    # Part-time associate lecturers mark from home on their own computers.
    tutor = tm.add(tg.Actor("Tutor", role="associate lecturer"))

with tm.boundary("Similarity service vendor", trust=tg.Trust.PARTNER):
    # Commercial plagiarism and similarity checking, already used for all submissions.
    similarity_checker = tm.add(
        tg.ExternalService("Similarity checking service", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Model provider", trust=tg.Trust.PARTNER):
    # Drafts the feedback; the university does not train or tune it.
    feedback_llm = tm.add(
        tg.LLM(
            "Feedback drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Hosted general-purpose model; its suggested bands inform the mark.",
            controls={c.SupplierAssessment(note="DPA: no training on submissions, EU hosting")},
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The students' way in: submission and feedback pages.
    portal = tm.add(
        tg.Endpoint(
            "Student portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (SAML) with username and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Every submission as the student handed it in.
    submission_store = tm.add(
        tg.DataStore(
            "Submission store",
            stores={essay_file},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Parses Word and PDF files into plain text for the model.
    extractor = tm.add(
        tg.Service(
            "Text extraction service",
            description="Open-source document parsers in a container.",
        )
    )
    # Builds the prompt per submission and stores the model's draft.
    orchestrator = tm.add(
        tg.Service(
            "Feedback orchestrator",
            controls={c.SecretsManagement(note="model provider API key in the cloud vault")},
        )
    )
    # Rubrics and briefs per module and assignment.
    rubric_library = tm.add(tg.DataStore("Rubric library", stores={rubrics}))
    # Drafts awaiting the tutor, and the tutor's work in progress.
    draft_store = tm.add(tg.DataStore("Draft feedback store", stores={draft_feedback, tutor_edits}))
    # Where tutors read essays, edit drafts, set marks and release.
    marking_tool = tm.add(
        tg.Endpoint(
            "Tutor marking tool",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RBAC(note="tutors see only their own tutor group"),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="the student's tutor releases every feedback and mark"),
            },
        )
    )

    with tm.boundary("Student records zone", trust=tg.Trust.RESTRICTED):
        # The university's system of record for marks and progression.
        student_records = tm.add(
            tg.DataStore(
                "Student record system",
                stores={released_marks},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Writes the rubric and brief for each assignment.
    module_lead = tm.add(tg.Actor("Module team lead", role="academic staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(student, portal, essay_file, protocol="https", controls={tls}, label="upload")
tm.flow(portal, submission_store, essay_file)
tm.flow(portal, similarity_checker, essay_file, protocol="https", controls={tls})
tm.flow(similarity_checker, marking_tool, similarity_report, protocol="https", controls={tls})

tm.flow(submission_store, extractor, essay_file)
tm.flow(extractor, orchestrator, essay_text)
tm.flow(rubric_library, orchestrator, rubrics)
tm.flow(orchestrator, feedback_llm, feedback_prompt, protocol="https", controls={tls})
tm.flow(feedback_llm, orchestrator, draft_feedback, protocol="https", controls={tls})
tm.flow(orchestrator, draft_store, draft_feedback)

tm.flow(draft_store, marking_tool, draft_feedback, tutor_edits)
tm.flow(marking_tool, draft_store, tutor_edits, label="save work in progress")
tm.flow(submission_store, marking_tool, essay_file)
tm.flow(rubric_library, marking_tool, rubrics)
tm.flow(
    marking_tool,
    tutor,
    essay_file,
    draft_feedback,
    similarity_report,
    rubrics,
    protocol="https",
    controls={tls},
)
tm.flow(tutor, marking_tool, tutor_edits, protocol="https", controls={tls})

tm.flow(marking_tool, student_records, released_marks, label="release")
tm.flow(marking_tool, portal, released_feedback, label="release")
tm.flow(portal, student, released_feedback, protocol="https", controls={tls})

tm.flow(module_lead, rubric_library, rubrics, protocol="https", label="maintains rubrics")
