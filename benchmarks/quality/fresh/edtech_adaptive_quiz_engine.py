"""Adaptive quiz engine: the first design, before any security review.

Secondary-school students (ages 11-18) practise with adaptive quizzes on our
learning platform. After each answer, the quiz engine asks a knowledge-tracing
model, trained in-house on past answer histories, which item from the item bank
to serve next. When a student gets a question wrong or asks for help, the engine
sends the question and the student's answer to a hosted LLM API, which writes a
hint or a worked explanation. Teachers author questions in a teacher portal and
see class dashboards built from the answer logs. Every night the answer logs are
exported to a training snapshot and the knowledge-tracing model is retrained and
registered, then loaded by the engine. Everything runs in our cloud account;
schools (mostly in the EU) connect through their own identity providers over SSO.
Both portals require SSO login, teachers see only their own classes, the answer
log store is encrypted with the cloud KMS, model versions are pinned in the
registry, and we rely on the LLM provider's content filter.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Adaptive quiz engine",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Adaptive question selection and LLM hints for secondary-school students.",
)

# ---------------------------------------------------------------- data assets
school_login = tg.Data("School credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
sso_assertion = tg.Data(
    "SSO assertion",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Signed SAML/OIDC assertion: student or teacher id, school, class groups.",
)
student_answer = tg.Data(
    "Student answer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen option or free-text answer, timing, help requests.",
)
quiz_item = tg.Data("Quiz question", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
answer_history = tg.Data(
    "Answer history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
next_item = tg.Data("Next-item choice", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
hint_prompt = tg.Data(
    "Hint prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the question, the student's answer and recent mistakes.",
)
hint = tg.Data("Hint or explanation", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
authored_item = tg.Data(
    "Teacher-authored question", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
dashboard = tg.Data("Class dashboard", kind="records", sensitivity=tg.Sensitivity.PII)
training_snapshot = tg.Data(
    "Answer-log training snapshot",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
kt_weights = tg.Data(
    "Knowledge-tracing model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint saved with torch.save.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students on school or home devices, in a browser.
    student = tm.add(tg.Actor("Student", role="student"))
    # Teachers author items and monitor their classes.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))

with tm.boundary("School identity providers", trust=tg.Trust.PARTNER):
    # Each school's IdP (Google Workspace, Entra ID, ...) authenticates its users.
    school_idp = tm.add(tg.ExternalService("School IdP", provides="identity-provider"))

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # Hosted model API that writes hints and explanations.
    hint_llm = tm.add(
        tg.LLM(
            "Hint LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the provider's built-in content filter")},
        )
    )

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the student quiz app.
    quiz_api = tm.add(
        tg.Endpoint(
            "Student quiz API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="school SSO (SAML/OIDC)")},
        )
    )
    # Web portal where teachers author items and view dashboards.
    teacher_portal = tm.add(
        tg.Endpoint(
            "Teacher portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="school SSO (SAML/OIDC)"), c.RBAC()},
        )
    )
    # Runs quiz sessions: records answers, asks the model for the next item, asks for hints.
    engine = tm.add(tg.Service("Quiz engine"))
    # Predicts per-skill mastery and ranks candidate items for the next question.
    kt_model = tm.add(
        tg.Model(
            "Knowledge-tracing model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Deep knowledge-tracing network over each student's answer sequence.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The questions, from our content team and from teachers.
        item_bank = tm.add(tg.DataStore("Item bank", stores={quiz_item, authored_item}))
        # Every answer every student gives, per school and class.
        answer_logs = tm.add(
            tg.DataStore(
                "Answer log store",
                stores={answer_history},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML training account", trust=tg.Trust.INTERNAL):
        # Nightly export of the answer logs for retraining.
        training_set = tm.add(tg.Dataset("Training snapshot", stores={training_snapshot}))
        # Retrains the knowledge-tracing model every night.
        retraining = tm.add(
            tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Holds model versions; the engine loads the pinned latest one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={kt_weights}, controls={c.ModelVersioning()})
        )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(student, school_idp, school_login, protocol="https")
tm.flow(teacher, school_idp, school_login, protocol="https")
tm.flow(school_idp, quiz_api, sso_assertion, protocol="https")
tm.flow(school_idp, teacher_portal, sso_assertion, protocol="https")

# quiz session
tm.flow(student, quiz_api, student_answer, protocol="https")
tm.flow(quiz_api, engine, student_answer)
tm.flow(engine, answer_logs, student_answer, label="append answer")
tm.flow(answer_logs, engine, answer_history)
tm.flow(engine, kt_model, answer_history)
tm.flow(kt_model, engine, next_item)
tm.flow(item_bank, engine, quiz_item)
tm.flow(engine, hint_llm, hint_prompt, protocol="https")
tm.flow(hint_llm, engine, hint, protocol="https")
tm.flow(engine, quiz_api, quiz_item, hint)
tm.flow(quiz_api, student, quiz_item, hint, protocol="https")

# teachers
tm.flow(teacher, teacher_portal, authored_item, protocol="https")
tm.flow(teacher_portal, item_bank, authored_item)
tm.flow(item_bank, teacher_portal, quiz_item, authored_item, label="edit items")
tm.flow(answer_logs, teacher_portal, dashboard, label="class aggregates")
tm.flow(teacher_portal, teacher, dashboard, quiz_item, protocol="https")

# nightly retraining
tm.flow(answer_logs, training_set, training_snapshot, label="nightly export")
tm.flow(training_set, retraining, training_snapshot)
tm.flow(retraining, registry, kt_weights)
tm.flow(registry, kt_model, kt_weights, label="load pinned version")
