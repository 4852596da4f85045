"""Kids reading companion: the first design, before any security review.

Children aged 5-10 read stories aloud to an app on a family or school tablet. A
speech model shipped with the app scores pronunciation and fluency on the device;
the audio stays on the tablet and only scores and misread words go to our cloud
backend. There a reading coach service asks a hosted LLM for a few sentences of
encouraging feedback and to pick the next story from our library, given the
child's level and history. Parents sign in to a web dashboard to see progress;
teachers of licensed schools sign in through the school's SSO and see their class.
Traffic is HTTPS, the progress database is encrypted at rest, the dashboard has
role-based access, and we rely on the LLM vendor's content filter. New speech
models are published to a download bucket the app checks on start-up. Launch
markets are the UK and the EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kids reading companion",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Read-aloud coaching for children: on-device scoring, LLM feedback, "
    "parent and teacher dashboards.",
)

# ---------------------------------------------------------------- data assets
reading_audio = tg.Data(
    "Child's reading audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Voice of a child reading aloud; processed in memory on the tablet.",
)
reading_scores = tg.Data(
    "Pronunciation and fluency scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-session scores, words per minute and misread words, tied to the child.",
)
child_profile = tg.Data(
    "Child profile and reading history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="First name, age, reading level, class, past sessions and scores.",
)
feedback_prompt = tg.Data(
    "Feedback prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the child's first name, level, scores, misread words "
    "and candidate stories.",
)
llm_feedback = tg.Data(
    "Feedback and next story choice",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Short encouraging text addressed to the child and the id of the next story.",
)
stories = tg.Data("Story library texts", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
progress_report = tg.Data("Progress report", kind="records", sensitivity=tg.Sensitivity.PII)
class_roster = tg.Data(
    "Class roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Teacher, class and the children enrolled under a school licence.",
)
parent_login = tg.Data("Parent login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sso_assertion = tg.Data(
    "Teacher SSO assertion", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
speech_model_file = tg.Data(
    "Speech scoring model package",
    format="onnx",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Family or school tablet", trust=tg.Trust.UNTRUSTED):
    # The child using the app; not an account holder, signed in by a parent or teacher.
    child = tm.add(tg.Actor("Child reader", role="child"))
    # The app installed on many tablets we do not manage.
    tablet_app = tm.add(
        tg.Device(
            "Reading app",
            fleet=True,
            description="iOS/Android app; records audio, shows stories and feedback.",
        )
    )
    # Scores reading on the device so that audio never has to leave it.
    speech_model = tm.add(
        tg.Model(
            "On-device speech scoring model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned acoustic model run with ONNX Runtime Mobile.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents follow their own children's progress from a browser.
    parent = tm.add(tg.Actor("Parent", role="parent"))
    # Teachers see their class when the school has a licence.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))

with tm.boundary("School identity provider", trust=tg.Trust.PARTNER):
    # Each licensed school's SSO (Google Workspace for Education, Entra ID) signs teachers in.
    school_sso = tm.add(
        tg.ExternalService("School SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the feedback text and chooses the next story.
    feedback_llm = tm.add(
        tg.LLM(
            "Hosted feedback LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content moderation")},
        )
    )

with tm.boundary("Cloud backend", trust=tg.Trust.INTERNAL):
    # The API the tablets call: session upload, feedback, story download.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="parent account token stored on the tablet")},
        )
    )
    # Builds the LLM prompt from scores and history, stores the session.
    coach_service = tm.add(
        tg.Service(
            "Reading coach service",
            description="Assembles the prompt, calls the LLM, records the session.",
        )
    )
    # Web dashboard for parents and teachers.
    dashboard = tm.add(
        tg.Service(
            "Progress dashboard",
            controls={
                c.Authentication(method="email and password for parents, SAML SSO for teachers"),
                c.RBAC(note="parents see their children, teachers their class"),
            },
        )
    )
    # Where the app fetches new versions of the speech model.
    model_bucket = tm.add(tg.ModelRegistry("Model download bucket", stores={speech_model_file}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Children's profiles, sessions and scores, and school rosters.
        progress_db = tm.add(
            tg.DataStore(
                "Progress database",
                stores={child_profile, reading_scores, class_roster},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Curated, levelled stories written or licensed by our editors.
        story_library = tm.add(tg.DataStore("Story library", stores={stories}))

with tm.boundary("Company network", trust=tg.Trust.INTERNAL):
    # Trains and publishes the speech model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# on the tablet
tm.flow(child, tablet_app, reading_audio, label="reads aloud")
tm.flow(tablet_app, speech_model, reading_audio, protocol="local")
tm.flow(speech_model, tablet_app, reading_scores, protocol="local")
tm.flow(tablet_app, child, llm_feedback, stories, label="feedback and next story")

# tablet <-> cloud
tm.flow(tablet_app, app_api, reading_scores, protocol="https", label="session upload")
tm.flow(app_api, tablet_app, llm_feedback, stories, protocol="https")
tm.flow(model_bucket, tablet_app, speech_model_file, protocol="https", label="model update")

# feedback generation
tm.flow(app_api, coach_service, reading_scores)
tm.flow(coach_service, progress_db, reading_scores, label="store session")
tm.flow(progress_db, coach_service, child_profile, label="level and history")
tm.flow(story_library, coach_service, stories, label="candidate stories")
tm.flow(coach_service, feedback_llm, feedback_prompt, protocol="https")
tm.flow(feedback_llm, coach_service, llm_feedback, protocol="https")
tm.flow(coach_service, app_api, llm_feedback, stories)

# dashboards
tm.flow(parent, dashboard, parent_login, protocol="https", label="sign in")
tm.flow(dashboard, parent, progress_report, protocol="https")
tm.flow(teacher, school_sso, sso_assertion, protocol="https", label="school sign-in")
tm.flow(school_sso, dashboard, sso_assertion, class_roster, protocol="https")
tm.flow(dashboard, teacher, progress_report, protocol="https", label="class progress")
tm.flow(dashboard, progress_db, class_roster, label="roster sync")
tm.flow(progress_db, dashboard, child_profile, reading_scores)

# model publishing
tm.flow(ml_engineer, model_bucket, speech_model_file, protocol="https", label="publish model")
