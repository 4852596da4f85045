"""Student wellbeing chat with crisis triage: the first design, before any security review.

A European university offers students a wellbeing chat on the student portal, anonymous
by default: a student chats without signing in with an assistant backed by a hosted LLM
and grounded in the counselling service's self-help articles. An in-house fine-tuned
risk classifier scores every student message; a crisis-level message is flagged on the
counsellors' triage console, the on-call counsellor is paged by SMS and can join the
chat. A student who wants an appointment can sign in with university SSO, sharing their
student ID with a booking service that books a slot in the counselling case-management
system. Transcripts are kept for 30 days; counsellors label de-identified flagged ones to
retrain the classifier. Controls: rate limits, the vendor's safety filter and contract
review, counsellor review of every flag, SSO with MFA, role-based access and audit logs
on the console, an encrypted transcript store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student wellbeing chat triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Anonymous-by-default wellbeing chat for students, with an LLM assistant, "
        "crisis flagging to on-call counsellors and opt-in appointment booking."
    ),
)

# ---------------------------------------------------------------- data assets
student_message = tg.Data(
    "Student chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text about the student's mental health; may identify them.",
)
assistant_reply = tg.Data(
    "Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
llm_prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, recent conversation turns and retrieved self-help articles.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
articles = tg.Data(
    "Self-help articles",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
risk_score = tg.Data(
    "Crisis risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
crisis_flag = tg.Data(
    "Crisis flag",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Session handle, risk score and the flagged conversation excerpt.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
page = tg.Data(
    "On-call page",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'New crisis flag on the console', with no chat content.",
)
counsellor_message = tg.Data(
    "Counsellor chat message", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
sso_credentials = tg.Data(
    "University sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
id_token = tg.Data(
    "SSO ID token",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="Signed token carrying the student ID, name and university e-mail.",
)
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Student ID, preferred times and, if the student agrees, the chat summary.",
)
slots = tg.Data("Appointment slots", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
appointment = tg.Data(
    "Counselling appointment", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
labels = tg.Data(
    "Crisis labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
labelled_transcripts = tg.Data(
    "De-identified labelled transcripts",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
classifier_artifact = tg.Data(
    "Risk classifier weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students chat from the portal in their browser, anonymously unless they sign in.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted chat model writes the assistant's replies.
    llm = tm.add(
        tg.LLM(
            "Hosted wellbeing LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content safety filter"),
                c.ModelAlignment(note="vendor safety tuning"),
                c.SupplierAssessment(note="DPA signed; zero-retention API tier"),
            },
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the page to the on-call counsellor's phone.
    sms = tm.add(tg.ExternalService("SMS paging service"))

with tm.boundary("University network", trust=tg.Trust.INTERNAL):
    # University single sign-on, used only when a student opts in to book.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="SAML/OIDC with MFA")},
        )
    )
    # On-call counsellors, on the university network or the staff VPN.
    counsellor = tm.add(tg.Actor("On-call counsellor", role="counsellor", privileged=True))

with tm.boundary("Wellbeing platform", trust=tg.Trust.INTERNAL):
    # Public chat API behind the portal; anonymous sessions get a random session id.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Runs each turn: retrieval, LLM call, risk scoring, flagging and storage.
    orchestrator = tm.add(tg.Service("Chat orchestrator"))
    # Index of the counselling service's approved self-help articles.
    article_index = tm.add(tg.VectorStore("Self-help article index", stores={articles}))
    # Scores each student message for crisis risk (self-harm, suicide, danger).
    classifier = tm.add(
        tg.Model(
            "Crisis risk classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights encoder fine-tuned on counsellor-labelled transcripts.",
            controls={
                c.ModelValidation(note="recall on a held-out crisis set checked before release"),
                c.HumanInTheLoop(approver="the on-call counsellor reviews every flag"),
            },
        )
    )
    # Conversation history, kept for 30 days for continuity and counsellor review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Booking only ever sees students who signed in and chose to share their ID.
    booking = tm.add(tg.Service("Booking service"))

    with tm.boundary("Counselling service", trust=tg.Trust.RESTRICTED):
        # Counsellors see crisis flags and transcripts here and can join a chat.
        console = tm.add(
            tg.Service(
                "Counsellor triage console",
                controls={
                    c.Authentication(method="university SSO with MFA"),
                    c.RBAC(note="counsellors and the service lead only"),
                    c.AuditLogging(retention_days=365),
                },
            )
        )
        # The counselling centre's case-management and appointment system.
        case_system = tm.add(
            tg.DataStore("Counselling case-management system", stores={appointment})
        )
        # Flagged transcripts, de-identified and labelled by counsellors, for retraining.
        label_set = tm.add(
            tg.Dataset(
                "Crisis training set",
                stores={labelled_transcripts, labels},
                controls={
                    c.DataMinimization(note="names, IDs and places removed before labelling")
                },
            )
        )
        # Quarterly fine-tuning of the risk classifier on the labelled set.
        training = tm.add(tg.Pipeline("Classifier fine-tuning", stage=tg.Stage.FINE_TUNING))

# ---------------------------------------------------------------- flows
# the chat turn
tm.flow(student, chat_api, student_message, protocol="https")
tm.flow(chat_api, student, assistant_reply, counsellor_message, protocol="https")
tm.flow(chat_api, orchestrator, student_message)
tm.flow(orchestrator, chat_api, assistant_reply, counsellor_message)
tm.flow(orchestrator, article_index, student_message, label="similarity query")
tm.flow(article_index, orchestrator, articles)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_completion, protocol="https")
tm.flow(orchestrator, classifier, student_message)
tm.flow(classifier, orchestrator, risk_score)
tm.flow(orchestrator, transcript_store, transcripts)
tm.flow(transcript_store, orchestrator, transcripts, label="conversation history")

# crisis triage
tm.flow(orchestrator, console, crisis_flag, protocol="https")
tm.flow(console, sms, page, protocol="https")
tm.flow(sms, counsellor, page, protocol="sms")
tm.flow(counsellor, console, sso_credentials, counsellor_message, protocol="https")
tm.flow(console, counsellor, crisis_flag, transcripts, protocol="https")
tm.flow(transcript_store, console, transcripts)
tm.flow(console, orchestrator, counsellor_message, protocol="https", label="counsellor joins chat")

# opt-in booking
tm.flow(student, sso, sso_credentials, protocol="https")
tm.flow(sso, student, id_token, protocol="https")
tm.flow(
    student, chat_api, id_token, booking_request, protocol="https", id="student->chat-api:booking"
)
tm.flow(chat_api, booking, id_token, booking_request)
tm.flow(booking, case_system, booking_request, protocol="https")
tm.flow(case_system, booking, slots, appointment, protocol="https")
tm.flow(booking, chat_api, slots, appointment)
tm.flow(chat_api, student, slots, appointment, protocol="https", id="chat-api->student:booking")

# classifier retraining
tm.flow(transcript_store, label_set, transcripts, label="flagged sessions, de-identified")
tm.flow(counsellor, label_set, labels, protocol="https")
tm.flow(label_set, training, labelled_transcripts, labels)
tm.flow(training, classifier, classifier_artifact, label="deploy")
