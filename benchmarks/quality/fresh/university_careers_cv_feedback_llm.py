"""University careers CV feedback assistant: the first design, before any security review.

Students of the university upload a CV and, optionally, a cover letter and the
job advert they are applying to, and get written feedback on structure, wording
and fit to the role. Students sign in through the university's single sign-on
(with MFA). A text extractor turns the PDF or Word files into text; an
orchestrator adds the careers service's own guidance and example CVs and sends
the prompt to a hosted LLM that the university buys under an enterprise agreement
(vendor vetted by procurement, no training on our data, default content filter).
Uploads and feedback are kept in a history store so that students can revisit
them and careers advisers can read them before an appointment, through an adviser
console; advisers also maintain the guidance library. Everything of ours runs in
the university's cloud tenancy; the students are mostly in the UK and the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University careers CV feedback",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM feedback on students' CVs and cover letters for the careers service.",
)

# ---------------------------------------------------------------- data assets
cv_files = tg.Data(
    "CV and cover letter files",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PDF or DOCX; name, contact details, education, work history.",
)
request = tg.Data(
    "Feedback request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Target role and the pasted job advert text.",
)
cv_text = tg.Data("Extracted CV text", kind="documents", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Careers guidance and example CVs",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
)
prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, guidance excerpts, the CV text and the request.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
feedback = tg.Data("CV feedback", kind="model-output", sensitivity=tg.Sensitivity.PII)
history = tg.Data(
    "Feedback history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Each student's uploads, requests and the feedback they got.",
)
usage_logs = tg.Data("Usage logs", kind="logs", sensitivity=tg.Sensitivity.PII)
login = tg.Data("University login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
id_token = tg.Data("SSO identity token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any enrolled student or recent graduate, from their own laptop or phone.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("University IT", trust=tg.Trust.INTERNAL):
    # The central identity provider every university service signs in with.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, EU data region.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="procurement review; no training on prompts"),
                c.Guardrails(note="the vendor's default content filter"),
            },
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The student-facing web app: upload, request feedback, see past feedback.
    web_app = tm.add(
        tg.Endpoint(
            "CV feedback web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RateLimiting(requests_per_minute=5, note="also 20 feedback requests a day"),
            },
        )
    )
    # Turns uploaded PDF and Word files into plain text for the prompt.
    extractor = tm.add(
        tg.Service(
            "Document text extractor",
            controls={c.InputValidation(note="PDF or DOCX only, at most 5 MB")},
        )
    )
    # Builds the prompt from guidance, CV text and request; calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Feedback orchestrator",
            controls={c.SecretsManagement(note="LLM API key in the tenancy key vault")},
        )
    )
    # The careers service's handbook, marking rubric and anonymised example CVs.
    guidance_lib = tm.add(tg.DataStore("Careers guidance library", stores={guidance}))
    # Every upload and every piece of feedback, per student.
    history_db = tm.add(
        tg.DataStore(
            "Feedback history store",
            stores={history, cv_files},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Request and error logs for troubleshooting and usage reports.
    log_store = tm.add(tg.DataStore("Usage log store", stores={usage_logs}))
    # Advisers' view of a student's history, and the guidance editor.
    console = tm.add(
        tg.Endpoint(
            "Adviser console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Careers service office", trust=tg.Trust.INTERNAL):
    # Careers advisers who meet students and keep the guidance up to date.
    adviser = tm.add(tg.Actor("Careers adviser", role="careers staff"))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, login, protocol="https")
tm.flow(sso, web_app, id_token, protocol="oidc")
tm.flow(student, web_app, cv_files, request, protocol="https")
tm.flow(web_app, extractor, cv_files)
tm.flow(extractor, orchestrator, cv_text)
tm.flow(web_app, orchestrator, request)
tm.flow(guidance_lib, orchestrator, guidance)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, web_app, feedback)
tm.flow(web_app, student, feedback, history, protocol="https")
tm.flow(orchestrator, history_db, cv_files, history, label="save upload and feedback")
tm.flow(history_db, web_app, history, label="student's past feedback")
tm.flow(orchestrator, log_store, usage_logs)

tm.flow(adviser, sso, login, protocol="https")
tm.flow(sso, console, id_token, protocol="oidc")
tm.flow(adviser, console, guidance, protocol="https", label="looks up a student, edits guidance")
tm.flow(history_db, console, history, cv_files, label="student history")
tm.flow(console, adviser, history, cv_files, protocol="https")
tm.flow(console, guidance_lib, guidance, label="guidance edits")
