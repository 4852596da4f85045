"""Language school placement test: the first design, before any security review.

Our language school in the EU places new applicants in a course level (CEFR A1
to C2) with an online test. Applicants get a test link by e-mail, write short
answers and record a two-minute speaking task in the browser. A grading service
sends the recording to a cloud speech-to-text API, then sends the written
answers, the transcript and our rubric to a hosted LLM, which returns a
suggested level with a short rationale per skill. Teachers, who sign in with the
school's Google Workspace accounts, review the answers, listen to the recording
and confirm or change the level in a review dashboard; only a confirmed level
is written to the student information system and e-mailed to the applicant.
Controls: one-time test links, upload checks and rate limits on the portal, a
schema check on the LLM's answer, encrypted submissions, teacher SSO, teacher
confirmation of every placement, and DPAs signed with both AI vendors.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Language school placement test",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Online placement test graded by speech recognition and an LLM, confirmed by teachers.",
)

# ---------------------------------------------------------------- data assets
invitation = tg.Data(
    "Test invitation link",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="One-time link with a random token, valid for 7 days.",
)
profile = tg.Data(
    "Applicant profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, age band, first language, course wanted.",
)
test_items = tg.Data(
    "Test items",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Question bank and speaking prompts; leaked items make the test useless.",
)
rubric = tg.Data(
    "Grading rubric and instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
written = tg.Data("Written answers", kind="records", sensitivity=tg.Sensitivity.PII)
recording = tg.Data(
    "Speaking recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The applicant's voice, two minutes of audio.",
)
transcript = tg.Data("Speech transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
grading_prompt = tg.Data(
    "Grading prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Rubric, test items, the written answers and the transcript.",
)
suggestion = tg.Data(
    "Suggested level",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="CEFR level with a score and rationale per skill.",
)
placement = tg.Data(
    "Confirmed placement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sso_assertion = tg.Data(
    "Teacher SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
result_email = tg.Data("Result e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who signs up on the website; some want a higher level than they have.
    applicant = tm.add(tg.Actor("Applicant", role="prospective student"))

with tm.boundary("School cloud tenant", trust=tg.Trust.INTERNAL):
    # The browser-facing test: serves items, takes answers and audio uploads.
    portal = tm.add(
        tg.Endpoint(
            "Placement test portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="one-time test link sent by e-mail"),
                c.InputValidation(note="audio format, length and size; answer length"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs grading: speech-to-text, prompt assembly, LLM call, hand-off to teachers.
    grading = tm.add(
        tg.Service(
            "Grading service",
            controls={
                c.OutputFiltering(note="LLM answer parsed against a JSON schema of levels"),
                c.HumanInTheLoop(approver="placement teacher"),
            },
        )
    )
    # Keeps each attempt for teacher review and for disputes.
    submissions = tm.add(
        tg.DataStore(
            "Submission store",
            stores={profile, written, recording, transcript, suggestion, placement},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Maintained by the academic team.
    test_bank = tm.add(tg.DataStore("Test bank", stores={test_items, rubric}))
    # Where teachers see the suggestion next to the evidence and confirm a level.
    dashboard = tm.add(
        tg.Endpoint(
            "Teacher review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO")},
        )
    )

with tm.boundary("School network", trust=tg.Trust.INTERNAL):
    # Teachers who make the placement decision.
    teacher = tm.add(tg.Actor("Teacher", role="placement teacher"))

with tm.boundary("Speech vendor", trust=tg.Trust.PARTNER):
    # Cloud speech-to-text; we send it each recording.
    asr = tm.add(
        tg.Model(
            "Speech recognition API",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted LLM that grades against the rubric.
    llm = tm.add(
        tg.LLM(
            "Grading LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention option")},
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The school's existing student information system.
    sis = tm.add(tg.ExternalService("Student information system"))
    # Transactional e-mail for invitations and results.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))
    # Google Workspace, which teachers already use.
    idp = tm.add(
        tg.ExternalService("Google Workspace", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(grading, mailer, invitation, protocol="https")
tm.flow(mailer, applicant, invitation, protocol="smtp+starttls")
tm.flow(applicant, portal, invitation, profile, written, recording, protocol="https")
tm.flow(test_bank, portal, test_items)
tm.flow(portal, applicant, test_items, protocol="https")
tm.flow(portal, grading, profile, written, recording)
tm.flow(grading, submissions, profile, written, recording, transcript, suggestion)

tm.flow(grading, asr, recording, protocol="https")
tm.flow(asr, grading, transcript, protocol="https")
tm.flow(test_bank, grading, rubric, test_items)
tm.flow(grading, llm, grading_prompt, protocol="https")
tm.flow(llm, grading, suggestion, protocol="https")

tm.flow(teacher, idp, sso_assertion, protocol="https", label="sign in")
tm.flow(idp, dashboard, sso_assertion, protocol="https")
tm.flow(submissions, dashboard, written, recording, transcript, suggestion)
tm.flow(dashboard, teacher, written, recording, transcript, suggestion, protocol="https")
tm.flow(teacher, dashboard, placement, protocol="https")
tm.flow(dashboard, grading, placement)

tm.flow(grading, submissions, placement, id="grading->submissions:placement")
tm.flow(grading, sis, placement, protocol="https")
tm.flow(grading, mailer, result_email, protocol="https", id="grading->mailer:result")
tm.flow(mailer, applicant, result_email, protocol="smtp+starttls", id="mailer->applicant:result")
