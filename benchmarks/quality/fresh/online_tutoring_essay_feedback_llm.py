"""Essay feedback for secondary school pupils: the first design, before any security review.

Pupils aged 11 to 18 sign in to our tutoring web app and upload essays (Word or PDF)
written for a GCSE or A-level question. A text extractor turns the file into text; the
feedback service builds a prompt from the essay and the exam board's mark scheme and asks
a vendor-hosted LLM for feedback per assessment objective with an indicative mark band,
which is stored and shown to the pupil. Freelance tutors, working from home, spot-check a
sample of the feedback in a review console after pupils have seen it, and correct it.
The curriculum team downloads mark schemes from exam board websites into a library.
It all runs in our cloud account; the LLM runs at the vendor under a DPA. Pupils sign in
with e-mail and password, tutors with Google Workspace SSO and 2SV; uploads are checked
for type and size, and storage uses the cloud's default encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online tutoring essay feedback",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM feedback on pupils' essays against exam board mark schemes, spot-checked by tutors.",
)

# ---------------------------------------------------------------- data assets
essay_file = tg.Data(
    "Uploaded essay file",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="A pupil's essay as .docx or .pdf, often with their name and school on it.",
)
essay_text = tg.Data(
    "Essay text",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Plain text extracted from the upload, with the question it answers.",
)
mark_scheme = tg.Data(
    "Exam board mark schemes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Level descriptors and indicative content per question, from the exam boards.",
)
prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the mark scheme extract and the pupil's essay text.",
)
completion = tg.Data("LLM feedback draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
feedback = tg.Data(
    "Essay feedback and indicative mark band",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
corrections = tg.Data(
    "Tutor corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Edited feedback and a flag on feedback the tutor judged wrong.",
)
llm_logs = tg.Data(
    "Prompt and completion logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every prompt and completion, kept for debugging and quality review.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Secondary school pupils using the service at home; accounts are paid for by parents.
    pupil = tm.add(tg.Actor("Pupil", role="secondary school pupil"))
    # Freelance tutors on their own laptops at home.
    tutor = tm.add(tg.Actor("Tutor", role="freelance tutor"))
    # Where the curriculum team gets the published mark schemes.
    exam_board = tm.add(
        tg.DataSource(
            "Exam board website",
            origin=tg.Origin.PUBLIC_WEB,
            provides={mark_scheme},
            description="Published mark schemes and examiner reports (PDF).",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that writes the feedback; we do not host or train it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose chat model behind the vendor's API.",
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="DPA signed; API data not used for training"),
            },
        )
    )

with tm.boundary("Tutoring platform (cloud account)", trust=tg.Trust.INTERNAL):
    # What pupils use: sign-in, essay upload, and reading feedback.
    web_app = tm.add(
        tg.Endpoint(
            "Pupil web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="only .docx and .pdf, up to 10 MB"),
            },
        )
    )
    # Where tutors see the sampled essays with their feedback and correct them.
    console = tm.add(
        tg.Endpoint(
            "Tutor review console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(note="tutors see only the subjects they are assigned"),
            },
        )
    )
    # Raw uploads, kept so pupils can download their essay again.
    uploads = tm.add(
        tg.DataStore(
            "Essay upload bucket",
            stores={essay_file},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Turns Word and PDF uploads into plain text with an open-source parsing library.
    extractor = tm.add(
        tg.Service(
            "Essay text extractor",
            description="Converts .docx and .pdf uploads to plain text.",
        )
    )
    # Builds the prompt, calls the LLM, and stores the result.
    feedback_svc = tm.add(
        tg.Service(
            "Feedback service",
            description="Picks the mark scheme for the question, assembles the prompt, calls the LLM.",
            controls={c.SecretsManagement(note="LLM API key in the cloud secret manager")},
        )
    )
    # Essays, feedback and tutor corrections, per pupil.
    feedback_db = tm.add(
        tg.DataStore(
            "Feedback database",
            stores={essay_text, feedback, corrections},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Mark schemes by board, specification and question, maintained by the curriculum team.
    library = tm.add(tg.DataStore("Mark scheme library", stores={mark_scheme}))
    # Everything sent to and received from the LLM.
    log_store = tm.add(tg.DataStore("LLM log store", stores={llm_logs}))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Subject specialists who choose and load the mark schemes.
    curriculum = tm.add(tg.Actor("Curriculum team", role="curriculum editor"))

# ---------------------------------------------------------------- flows
tm.flow(pupil, web_app, essay_file, protocol="https", label="upload essay")
tm.flow(web_app, uploads, essay_file)
tm.flow(uploads, extractor, essay_file)
tm.flow(extractor, feedback_svc, essay_text)

tm.flow(library, feedback_svc, mark_scheme, label="mark scheme for the question")
tm.flow(feedback_svc, llm, prompt, protocol="https")
tm.flow(llm, feedback_svc, completion, protocol="https")
tm.flow(feedback_svc, feedback_db, essay_text, feedback)
tm.flow(feedback_svc, log_store, llm_logs)

tm.flow(feedback_db, web_app, feedback)
tm.flow(web_app, pupil, feedback, protocol="https", label="feedback shown")

tm.flow(feedback_db, console, essay_text, feedback, label="sample for spot-check")
tm.flow(console, tutor, essay_text, feedback, protocol="https")
tm.flow(tutor, console, corrections, protocol="https")
tm.flow(console, feedback_db, corrections)

tm.flow(exam_board, curriculum, mark_scheme, protocol="https", label="download")
tm.flow(curriculum, library, mark_scheme, protocol="https", label="load mark schemes")
