"""Tutoring marketplace matcher: the first design, before any security review.

An online marketplace where students (many of them under 16) find tutors. A
student or parent posts a tutoring request in the web or mobile app; an in-house
ranking model orders the available tutors by subject, level, availability and
past ratings, and is retrained weekly on booking and rating history. Students
and tutors then message each other through the platform and meet in video
sessions hosted by a video vendor. Every message is sent to a hosted LLM for
moderation (grooming, harassment, off-platform contact); flagged messages are
held for a trust & safety moderator. After each session the vendor's transcript
is summarised by the same LLM and the summary is emailed to the parent.
Runs in our cloud VPC; the LLM, video and email providers are SaaS vendors.
Controls in this design: app login, request quotas, TLS to the outside, encrypted
databases with role-based access, human review of flagged messages, moderation audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tutoring marketplace matcher",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches students, many of them minors, with tutors; LLM moderation of "
    "messages and LLM session summaries for parents.",
)

# ---------------------------------------------------------------- data assets
student_profile = tg.Data(
    "Student profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, age, school year, subjects, learning needs, parent contact.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
tutor_profile = tg.Data(
    "Tutor profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Subjects, rates, availability, background-check status, ratings.",
)
tutoring_request = tg.Data("Tutoring request", kind="records", sensitivity=tg.Sensitivity.PII)
tutor_ranking = tg.Data(
    "Ranked tutor list", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
chat_message = tg.Data(
    "Student-tutor message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
moderation_prompt = tg.Data(
    "Moderation and summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Policy instructions plus the message text or session transcript.",
)
llm_output = tg.Data("LLM verdict or summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
moderation_verdict = tg.Data(
    "Moderation verdict", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
flagged_message = tg.Data("Flagged message", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data("Moderator decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
session_media = tg.Data("Session audio and video", kind="media", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Session transcript", kind="documents", sensitivity=tg.Sensitivity.PII)
session_summary = tg.Data(
    "Session summary for parents", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_history = tg.Data(
    "Booking and rating history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
ranker_artifact = tg.Data(
    "Ranking model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM ranker saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The learners; most are 11-17 and use the app on their own.
    student = tm.add(tg.Actor("Student", role="student (often a minor)"))
    # Parents create accounts for under-16s and receive session summaries.
    parent = tm.add(tg.Actor("Parent", role="parent or guardian"))
    # Independent tutors who sign up, pass a background check and get booked.
    tutor = tm.add(tg.Actor("Tutor", role="tutor"))

with tm.boundary("Video vendor", trust=tg.Trust.PARTNER):
    # Hosts the live lessons and delivers a transcript after each one.
    video = tm.add(
        tg.ExternalService(
            "Video session provider",
            description="Hosted video rooms; posts a transcript webhook when a session ends.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used both as message moderator and summariser.
    llm = tm.add(
        tg.LLM(
            "Hosted moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model called with a moderation or summary prompt.",
        )
    )

with tm.boundary("Email vendor", trust=tg.Trust.PARTNER):
    # Transactional email provider that delivers summaries to parents.
    email = tm.add(tg.ExternalService("Transactional email service"))

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Public API behind the web and mobile apps: accounts, search, bookings, chat.
    app_api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="email and password; parent-created accounts for under-16s"
                ),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Orders eligible tutors for a request; served in-process by the matching service.
    ranker = tm.add(
        tg.Model(
            "Tutor ranking model",
            task=tg.Task.RANKER,
            description="Learning-to-rank model over tutor profiles and request features.",
        )
    )
    # Relays messages between students and tutors and keeps the history.
    messaging = tm.add(
        tg.Service(
            "Messaging service",
            controls={c.InputValidation(note="message length and attachment type limits")},
        )
    )
    # Sends messages and transcripts to the LLM, holds flagged messages, writes summaries.
    moderation = tm.add(
        tg.Service(
            "Moderation and summary service",
            controls={
                c.HumanInTheLoop(approver="trust & safety moderator, for flagged messages"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record: student and tutor profiles, bookings, ratings, summaries.
        market_db = tm.add(
            tg.DataStore(
                "Marketplace database",
                stores={student_profile, tutor_profile, booking_history, session_summary},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Full message history, kept for safeguarding investigations.
        message_store = tm.add(
            tg.DataStore(
                "Message store",
                stores={chat_message},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
    # Weekly export of bookings, completions and ratings used to train the ranker.
    training_set = tm.add(tg.Dataset("Ranking training set", stores={booking_history}))
    # Weekly retraining job that ships the new ranker straight to serving.
    training = tm.add(tg.Pipeline("Ranker retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who review messages the LLM flagged and suspend accounts.
    ts_moderator = tm.add(tg.Actor("Trust and safety moderator", role="moderator"))

# ---------------------------------------------------------------- flows
# matching
tm.flow(student, app_api, tutoring_request, student_profile, protocol="https")
tm.flow(parent, app_api, student_profile, protocol="https", label="creates child account")
tm.flow(tutor, app_api, tutor_profile, protocol="https")
tm.flow(app_api, market_db, student_profile, tutor_profile, tutoring_request)
tm.flow(market_db, app_api, student_profile, tutor_profile, session_summary)
tm.flow(app_api, ranker, tutoring_request)
tm.flow(market_db, ranker, tutor_profile, label="candidate tutors")
tm.flow(ranker, app_api, tutor_ranking)
tm.flow(app_api, student, tutor_ranking, chat_message, protocol="https")
tm.flow(app_api, parent, session_summary, protocol="https", label="parent dashboard")

# messaging and moderation
tm.flow(student, app_api, chat_message, protocol="https", label="sends message")
tm.flow(tutor, app_api, chat_message, protocol="https", label="sends message")
tm.flow(app_api, tutor, chat_message, tutoring_request, protocol="https")
tm.flow(app_api, messaging, chat_message)
tm.flow(messaging, app_api, chat_message, label="delivery")
tm.flow(messaging, message_store, chat_message)
tm.flow(message_store, messaging, chat_message, label="history")
tm.flow(messaging, moderation, chat_message)
tm.flow(moderation, messaging, moderation_verdict)
tm.flow(moderation, llm, moderation_prompt, protocol="https")
tm.flow(llm, moderation, llm_output, protocol="https")
tm.flow(moderation, ts_moderator, flagged_message, protocol="https")
tm.flow(ts_moderator, moderation, review_decision, protocol="https")

# sessions and summaries
tm.flow(student, video, session_media, protocol="https")
tm.flow(tutor, video, session_media, protocol="https")
tm.flow(video, student, session_media, protocol="https")
tm.flow(video, tutor, session_media, protocol="https")
tm.flow(video, moderation, transcript, protocol="https", label="session-ended webhook")
tm.flow(moderation, market_db, session_summary)
tm.flow(moderation, email, session_summary, protocol="https")
tm.flow(email, parent, session_summary, protocol="smtp", label="summary email")

# ranker retraining
tm.flow(market_db, training_set, booking_history, label="weekly export")
tm.flow(training_set, training, booking_history)
tm.flow(training, ranker, ranker_artifact, label="deploy")
