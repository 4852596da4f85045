"""Children's reading tutor: the first design, before any security review.

An education company's app for children aged 5 to 11, used at home and in UK and
EU primary schools. A child reads a levelled book aloud on a tablet or phone; the
app uploads each page's recording to our cloud. A fine-tuned open-weights speech
model transcribes it and scores accuracy and fluency against the book text, and a
tutor service asks a vendor-hosted LLM for short spoken feedback and for the next
book from the catalogue. Parents and teachers see progress on a web dashboard and
teachers can assign books. Recordings are kept to improve the speech model, which
an ML engineer promotes from a registry after nightly fine-tuning. Tablets are
paired by a parent and hold a device token; parents sign in with e-mail and
password, teachers with their school's Google or Microsoft account. The tutor
sends the LLM no names or account ids, the vendor's content filter is on, and the
learner data stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Children's reading tutor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Voice reading tutor for children with LLM feedback and book choice.",
)

# ---------------------------------------------------------------- data assets
recording = tg.Data(
    "Reading recording",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="A child's voice reading one page aloud.",
)
device_token = tg.Data("Device token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
parent_login = tg.Data(
    "Parent sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
teacher_token = tg.Data("Teacher SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
transcript = tg.Data(
    "Transcript and fluency scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Words recognised, miscues, words per minute and accuracy per page.",
)
book_text = tg.Data(
    "Levelled book texts",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed publishers' texts with reading level and themes.",
)
tutor_prompt = tg.Data(
    "Tutor prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Page text, transcript, scores, reading level, age band and recent book list.",
)
llm_reply = tg.Data(
    "Feedback and next-book choice",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
progress = tg.Data(
    "Reading history and progress",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
child_profile = tg.Data(
    "Child profile and parental consent",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="First name, age, school class, avatar and the parent's consent choices.",
)
assignment = tg.Data("Teacher book assignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data(
    "Speech model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Homes and schools", trust=tg.Trust.UNTRUSTED):
    # The learner: reads aloud and listens to the feedback.
    child = tm.add(tg.Actor("Child reader", role="child learner"))
    # Sets up the account, pairs the tablet and follows progress.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # Follows a class's progress and assigns books.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))
    # Our app on family or school tablets and phones.
    app = tm.add(
        tg.Device(
            "Reading app on tablet or phone",
            fleet=True,
            description="Records each page, plays feedback, shows the next book.",
        )
    )

with tm.boundary("School identity providers", trust=tg.Trust.PARTNER):
    # Schools' Google Workspace or Microsoft Entra tenants for teacher sign-in.
    school_idp = tm.add(
        tg.ExternalService("School identity provider", provides="identity-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes child-friendly feedback and picks the next book.
    llm = tm.add(
        tg.LLM(
            "Hosted tutor LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content safety filter, strictest setting")},
        )
    )

with tm.boundary("Tutor cloud", trust=tg.Trust.INTERNAL):
    # Entry point for the apps: uploads and feedback.
    session_api = tm.add(
        tg.Endpoint(
            "Reading session API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-device token issued when a parent pairs the tablet"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Speech recognition fine-tuned on children's voices; scores the reading.
    speech_model = tm.add(
        tg.Model(
            "Children's speech recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            description="Whisper-style model fine-tuned on our recordings; outputs words and scores.",
        )
    )
    # Runs each session: transcribe, score, ask the LLM, record progress.
    tutor = tm.add(
        tg.Service(
            "Tutor orchestrator",
            description="Builds the tutor prompt and turns the LLM reply into feedback and a book.",
            controls={c.DataMinimization(note="no names, school or account ids in LLM prompts")},
        )
    )
    # Licensed book texts and their levels.
    catalogue = tm.add(tg.DataStore("Book catalogue", stores={book_text}))
    # Web dashboard for parents and teachers.
    dashboard = tm.add(
        tg.Endpoint(
            "Parent and teacher dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Parents see their children's progress; teachers see their classes.",
            controls={
                c.Authentication(
                    method="parents: e-mail and password; teachers: school Google or Microsoft SSO"
                ),
                c.RBAC(note="parent and teacher roles"),
            },
        )
    )

    with tm.boundary("Learner data tier", trust=tg.Trust.RESTRICTED):
        # Profiles, consent, reading history and assignments.
        progress_db = tm.add(
            tg.DataStore(
                "Learner progress database",
                stores={progress, child_profile, assignment, parent_login, device_token},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Every page recording, kept for model improvement.
        recording_store = tm.add(
            tg.DataStore(
                "Recording store",
                stores={recording, transcript},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Nightly fine-tuning of the speech model on new recordings.
    finetune = tm.add(
        tg.Pipeline(
            "Nightly speech fine-tuning",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
        )
    )
    # Versions of the speech model awaiting promotion.
    registry = tm.add(
        tg.ModelRegistry(
            "Speech model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews word-error metrics and promotes a new speech model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# reading session
tm.flow(parent, app, parent_login, label="pairs the tablet")
tm.flow(child, app, recording, label="reads aloud into the microphone")
tm.flow(app, session_api, recording, device_token, protocol="https")
tm.flow(session_api, tutor, recording)
tm.flow(tutor, speech_model, recording, book_text)
tm.flow(speech_model, tutor, transcript)
tm.flow(catalogue, tutor, book_text)
tm.flow(progress_db, tutor, progress, assignment, label="reading history and level")
tm.flow(tutor, llm, tutor_prompt, protocol="https")
tm.flow(llm, tutor, llm_reply, protocol="https")
tm.flow(tutor, progress_db, progress)
tm.flow(tutor, recording_store, recording, transcript)
tm.flow(tutor, session_api, llm_reply, book_text)
tm.flow(session_api, app, llm_reply, book_text, protocol="https")
tm.flow(app, child, llm_reply, book_text, label="spoken feedback and next book on screen")

# dashboard
tm.flow(parent, dashboard, parent_login, child_profile, protocol="https")
tm.flow(dashboard, parent, progress, protocol="https")
tm.flow(teacher, school_idp, teacher_token, protocol="oidc", label="signs in")
tm.flow(school_idp, dashboard, teacher_token, protocol="oidc")
tm.flow(teacher, dashboard, assignment, protocol="https")
tm.flow(dashboard, teacher, progress, protocol="https")
tm.flow(dashboard, progress_db, child_profile, assignment, parent_login)
tm.flow(progress_db, dashboard, progress, child_profile, parent_login)
tm.flow(session_api, progress_db, device_token, label="device token check")

# speech model improvement
tm.flow(recording_store, finetune, recording, transcript, label="nightly export")
tm.flow(catalogue, finetune, book_text, label="reference texts")
tm.flow(finetune, registry, weights)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promotes a version")
tm.flow(registry, speech_model, weights, label="deploy")
