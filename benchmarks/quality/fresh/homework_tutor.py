"""Homework tutor: the first design of an AI tutoring assistant for secondary schools.

Pupils (many of them under 16) sign in through their school's identity provider
and chat with the tutor from a browser or the school app; they can also upload
photos of their homework. A tutor orchestrator in our EU cloud tenant picks the
system prompt for the subject, retrieves passages from the school's course
materials (uploaded by teachers and indexed per school) and sends the prompt and
photo to a multimodal LLM hosted by a vendor in its EU region. Every conversation
is stored so that teachers can follow their pupils' work on a dashboard.
Controls in this design: school SSO sign-in for pupils and teachers, TLS on every
external hop, a per-pupil request quota and upload type/size checks on the chat
API, the vendor's built-in safety filter, role-based access on the dashboard
(teachers see their own classes), per-school scoping of the retrieval index and
encryption at rest of the conversation and photo stores.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Homework tutor",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM tutoring assistant for secondary-school pupils in EU schools, "
    "grounded in teachers' course materials, with a teacher dashboard.",
)

# ---------------------------------------------------------------- data assets
pupil_message = tg.Data(
    "Pupil message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text typed by a pupil, often a minor; may mention personal matters.",
)
homework_photo = tg.Data(
    "Homework photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo of a worksheet or exercise book; can show names, faces, rooms.",
)
tutor_answer = tg.Data("Tutor answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Tutor prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Subject system prompt, retrieved course passages, recent turns and the photo.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
subject_prompts = tg.Data(
    "Subject system prompts",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
course_materials = tg.Data(
    "Course materials",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Worksheets, slides and answer keys uploaded by teachers.",
)
material_chunks = tg.Data(
    "Course material chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transcripts = tg.Data(
    "Pupil conversations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
sso_token = tg.Data("School SSO token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the product is for; minors using home or school devices.
    pupil = tm.add(tg.Actor("Pupil", role="pupil"))
    # Teachers upload materials and review conversations from school or home.
    teacher = tm.add(tg.Actor("Teacher", role="teacher"))

with tm.boundary("School IT", trust=tg.Trust.PARTNER):
    # Each school's existing identity provider: we do not hold pupil passwords.
    school_idp = tm.add(
        tg.ExternalService(
            "School identity provider", provides=tg.ExternalCategory.IDENTITY_PROVIDER
        )
    )

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the photos and writes the tutoring replies.
    llm = tm.add(
        tg.LLM(
            "Hosted tutor LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model with image input, called per pupil turn.",
            controls={c.Guardrails(note="the vendor's default content safety filter")},
        )
    )

with tm.boundary("Tutor platform (EU cloud)", trust=tg.Trust.INTERNAL):
    # Public entry point for the pupil chat and photo uploads.
    chat_api = tm.add(
        tg.Endpoint(
            "Tutor chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via school SSO"),
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Builds the prompt per subject, retrieves context and calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Tutor orchestrator",
            description="Selects the subject prompt, runs retrieval, calls the LLM, saves turns.",
        )
    )
    # Per-subject system prompts written by our curriculum team.
    prompt_store = tm.add(tg.DataStore("Subject prompt store", stores={subject_prompts}))
    # Uploaded photos are kept so teachers can see what the pupil asked about.
    photo_store = tm.add(
        tg.DataStore(
            "Homework photo store",
            stores={homework_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # All pupil conversations, the source of the teacher dashboard.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Teachers' web app: view class conversations and upload course materials.
    dashboard = tm.add(
        tg.Endpoint(
            "Teacher dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC via school SSO"),
                c.RBAC(note="teachers see only the classes they are assigned to"),
            },
        )
    )
    # Chunks and embeds uploaded materials into the school's index.
    ingestion = tm.add(
        tg.Pipeline(
            "Course material ingestion",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Parses PDFs and slides, chunks and embeds them.",
        )
    )
    # Retrieval index of course materials, one namespace per school.
    index = tm.add(
        tg.VectorStore(
            "Course material index",
            stores={material_chunks},
            controls={c.PermissionAwareRetrieval(note="queries scoped to the pupil's school")},
        )
    )

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(pupil, school_idp, sso_token, protocol="https", label="sign in")
tm.flow(school_idp, chat_api, sso_token, protocol="https", label="OIDC token")
tm.flow(teacher, school_idp, sso_token, protocol="https", label="sign in")
tm.flow(school_idp, dashboard, sso_token, protocol="https", label="OIDC token")

# tutoring turn
tm.flow(pupil, chat_api, pupil_message, homework_photo, protocol="https")
tm.flow(chat_api, orchestrator, pupil_message, homework_photo)
tm.flow(orchestrator, photo_store, homework_photo)
tm.flow(prompt_store, orchestrator, subject_prompts)
tm.flow(orchestrator, index, pupil_message, label="similarity query")
tm.flow(index, orchestrator, material_chunks, label="retrieved passages")
tm.flow(orchestrator, llm, llm_prompt, homework_photo, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, conversation_store, transcripts)
tm.flow(conversation_store, orchestrator, transcripts, label="recent turns")
tm.flow(orchestrator, chat_api, tutor_answer)
tm.flow(chat_api, pupil, tutor_answer, protocol="https")

# teacher side
tm.flow(conversation_store, dashboard, transcripts)
tm.flow(photo_store, dashboard, homework_photo)
tm.flow(dashboard, teacher, transcripts, homework_photo, protocol="https")
tm.flow(teacher, dashboard, course_materials, protocol="https", label="upload materials")
tm.flow(dashboard, ingestion, course_materials)
tm.flow(ingestion, index, material_chunks)
