"""Law school exam essay feedback: the first design, before any security review.

Law students practising for exams write answers to past-paper problem and essay
questions and upload them to a feedback portal. A feedback service combines each
essay with the question's marking rubric and the convenor's guidance notes, sends
them to a hosted LLM, and returns formative feedback (strengths, gaps, an
indicative rubric band) to the student. The feedback counts towards no grade.
Tutors spot-check a sample of essays and feedback in a staff console and can add
their own comments; module convenors maintain the questions and rubrics there.
The portal and service run in the university's cloud tenancy; students and staff
sign in through the university SSO with MFA, and enrolments come nightly from the
student record system. The LLM is a vendor's API under the university's data
processing agreement (no training on inputs). Uploads are limited by type, size
and a daily quota; the essay store uses the cloud provider's managed encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Law school exam essay feedback",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Formative LLM feedback on practice exam essays against marking rubrics.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("SSO sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
id_token = tg.Data("SSO identity token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
essay = tg.Data(
    "Practice essay",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The student's answer (docx or pasted text) with their name and student number.",
)
rubric = tg.Data(
    "Marking rubric and guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Practice questions, rubric bands and the convenor's notes on a good answer.",
)
prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the rubric and guidance, and the essay text.",
)
completion = tg.Data("LLM feedback draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
feedback = tg.Data(
    "Formative feedback",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Comments per rubric criterion and an indicative band; not a mark.",
)
tutor_comments = tg.Data(
    "Tutor spot-check comments", kind="feedback", sensitivity=tg.Sensitivity.PII
)
enrolments = tg.Data("Module enrolments", kind="records", sensitivity=tg.Sensitivity.PII)
usage_log = tg.Data("Prompt and response log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students work from home, the library or their phones.
    student = tm.add(tg.Actor("Law student", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model reached through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted feedback LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Writes feedback on an essay against the rubric it is given.",
            controls={
                c.SupplierAssessment(
                    note="university procurement review and DPA; no training on inputs"
                )
            },
        )
    )

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # Central identity provider all students and staff sign in with.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))
    # System of record for who is enrolled on which module.
    sis = tm.add(tg.DataStore("Student record system", stores={enrolments}))

with tm.boundary("Law school cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web front end students upload essays to and read feedback from.
    portal = tm.add(
        tg.Endpoint(
            "Essay feedback portal",
            purpose=tg.EndpointPurpose.API,
            description="Shows each student only their own essays and feedback.",
            controls={
                c.Authentication(method="University SSO (OIDC) with MFA"),
                c.InputValidation(note="docx, pdf or text only; 10 MB and 4,000 words max"),
                c.RateLimiting(note="five essay submissions per student per day"),
            },
        )
    )
    # Builds the prompt from essay and rubric, calls the LLM, stores the result.
    feedback_svc = tm.add(
        tg.Service(
            "Feedback service",
            description="Assembles the prompt, calls the LLM and saves the feedback.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Questions, rubrics and guidance per module, maintained by convenors.
    rubric_store = tm.add(tg.DataStore("Rubric and question bank", stores={rubric}))
    # Every essay with its LLM feedback and any tutor comments.
    essay_store = tm.add(
        tg.DataStore(
            "Essay and feedback store",
            stores={essay, feedback, tutor_comments},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Prompts and responses kept for debugging and cost reporting.
    log_store = tm.add(tg.DataStore("LLM call log", stores={usage_log}))
    # Staff-facing screens for spot-checks and rubric maintenance.
    console = tm.add(
        tg.Endpoint(
            "Staff review console",
            purpose=tg.EndpointPurpose.API,
            description="Tutors see a random sample of essays from the modules they teach.",
            controls={
                c.Authentication(method="University SSO (OIDC) with MFA"),
                c.RBAC(note="tutor and convenor roles per module"),
            },
        )
    )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Tutors review a sample of the generated feedback after students see it.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))
    # Convenors own the questions, rubrics and guidance for their module.
    convenor = tm.add(tg.Actor("Module convenor", role="convenor", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, sign_in, protocol="https")
tm.flow(sso, portal, id_token, protocol="oidc")
tm.flow(sis, portal, enrolments, label="nightly enrolment sync")

tm.flow(student, portal, essay, protocol="https")
tm.flow(portal, feedback_svc, essay)
tm.flow(rubric_store, feedback_svc, rubric)
tm.flow(feedback_svc, llm, prompt, protocol="https")
tm.flow(llm, feedback_svc, completion, protocol="https")
tm.flow(feedback_svc, essay_store, essay, feedback)
tm.flow(feedback_svc, log_store, usage_log)
tm.flow(feedback_svc, portal, feedback)
tm.flow(essay_store, portal, essay, feedback, tutor_comments, label="student's history")
tm.flow(portal, student, feedback, tutor_comments, protocol="https")

tm.flow(tutor, sso, sign_in, protocol="https")
tm.flow(convenor, sso, sign_in, protocol="https")
tm.flow(sso, console, id_token, protocol="oidc")
tm.flow(essay_store, console, essay, feedback, label="spot-check sample")
tm.flow(console, tutor, essay, feedback, protocol="https")
tm.flow(tutor, console, tutor_comments, protocol="https")
tm.flow(console, essay_store, tutor_comments)
tm.flow(convenor, console, rubric, protocol="https")
tm.flow(console, rubric_store, rubric)
tm.flow(rubric_store, console, rubric)
tm.flow(sis, console, enrolments, label="nightly enrolment sync")
