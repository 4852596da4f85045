"""University student wellbeing chatbot with counselling referral: the first design.

Students open a wellbeing chat on the student portal after signing in with the
university's single sign-on. An LLM agent in the university's cloud tenancy answers
questions about support services from an index of the Student Support web pages,
runs a short risk-screening questionnaire (scored by fixed rules, not by the model)
and books counselling appointments in the Counselling Service's booking system.
Every student message is also sent to a hosted content-safety classifier; messages
it flags as mentioning self-harm are passed by the chat API to a referral service
that alerts the duty wellbeing adviser on Microsoft Teams. The language model is a
hosted model under the university's enterprise agreement, with the vendor's content
filter switched on. The Counselling Service keeps its own case notes system, which
only counsellors use. Chat transcripts and questionnaire answers are kept in the
chatbot database, encrypted at rest with platform-managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University student wellbeing chatbot with counselling referral",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Student-portal wellbeing chatbot: support-service answers, risk screening, "
        "counselling bookings and self-harm referral to the duty wellbeing adviser."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Student chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text; students often describe their mental health (health data).",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="high"),
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
prompt = tg.Data(
    "Prompt with conversation and service context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, recent conversation turns and retrieved service pages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
service_pages = tg.Data(
    "Support service pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
service_chunks = tg.Data(
    "Support service chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
answers = tg.Data(
    "Screening questionnaire answers",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
screening_score = tg.Data(
    "Risk screening score", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
self_harm_flag = tg.Data(
    "Self-harm flag", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
referral_alert = tg.Data(
    "Self-harm referral alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Student name, ID, phone number and the flagged message.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
acknowledgement = tg.Data("Referral acknowledgement", kind="records")
booking_request = tg.Data(
    "Counselling booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_result = tg.Data(
    "Booking slots and confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
appointment = tg.Data(
    "Counselling appointment with screening summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
)
case_notes = tg.Data(
    "Counselling case notes",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students use the portal from their own phones and laptops, on and off campus.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API behind the student portal widget; sign-in is the university SSO.
    chat_api = tm.add(
        tg.Endpoint(
            "Wellbeing chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (Entra ID) with MFA"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The conversational agent: answers, runs the questionnaire and books appointments.
    agent = tm.add(
        tg.Agent(
            "Wellbeing chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books the slot the student picks; no staff approval of bookings.",
        )
    )
    # Index of the Student Support pages, so answers cite real services.
    kb = tm.add(tg.VectorStore("Support services index", stores={service_chunks}))
    # Scores the questionnaire with the published fixed scoring rules.
    questionnaire = tm.add(
        tg.Tool(
            "Risk screening questionnaire tool",
            capabilities={"read", "write"},
            description="Stores the answers and returns the score band.",
        )
    )
    # Creates appointments in the Counselling Service booking system.
    booking_tool = tm.add(
        tg.Tool(
            "Counselling booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="service account can only create bookings")},
        )
    )
    # Pages the duty wellbeing adviser when a message is flagged.
    referral = tm.add(
        tg.Service(
            "Duty referral service",
            description="Posts an alert to the duty adviser channel in Microsoft Teams.",
        )
    )
    # Transcripts and questionnaire answers, kept for follow-up and service reporting.
    chatbot_db = tm.add(
        tg.DataStore(
            "Chatbot database",
            stores={transcripts, answers, screening_score},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )

with tm.boundary("AI platform vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model under the university's enterprise agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted chat LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )
    # The vendor's content-safety classifier, used for its self-harm category.
    classifier = tm.add(
        tg.Model(
            "Self-harm message classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
        )
    )

with tm.boundary("University web", trust=tg.Trust.INTERNAL):
    # The public Student Support pages in the university's web CMS.
    cms = tm.add(
        tg.DataSource(
            "Student Support web pages",
            origin=tg.Origin.INTERNAL,
            provides={service_pages},
        )
    )

with tm.boundary("Student Services staff network", trust=tg.Trust.INTERNAL):
    # The adviser on the duty rota who contacts students at risk the same day.
    duty_adviser = tm.add(tg.Actor("Duty wellbeing adviser", role="wellbeing adviser"))

with tm.boundary("Counselling Service", trust=tg.Trust.RESTRICTED):
    # The service's appointment system; counsellors see bookings in it.
    booking_system = tm.add(
        tg.DataStore(
            "Counselling booking system",
            stores={appointment},
            controls={c.Authentication(method="university SSO (Entra ID) with MFA")},
        )
    )
    # The service's own clinical case notes, kept apart from the chatbot.
    case_notes_system = tm.add(
        tg.DataStore(
            "Counselling case notes system",
            stores={case_notes},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(),
                c.AuditLogging(),
            },
        )
    )
    # Counsellors see their appointments and write case notes.
    counsellor = tm.add(tg.Actor("Counsellor", role="counsellor"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(student, chat_api, message, answers, protocol="https", controls={tls})
tm.flow(chat_api, student, reply, protocol="https", controls={tls})

tm.flow(chat_api, classifier, message, protocol="https", label="every message")
tm.flow(classifier, chat_api, self_harm_flag, protocol="https")
tm.flow(chat_api, referral, referral_alert, label="flagged messages")
tm.flow(referral, duty_adviser, referral_alert, protocol="https", label="Teams alert")
tm.flow(duty_adviser, referral, acknowledgement, protocol="https")

tm.flow(chat_api, agent, message, answers)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, kb, message, label="similarity query")
tm.flow(kb, agent, service_chunks, label="retrieved context")
tm.flow(cms, kb, service_pages, protocol="https", label="nightly sync")

tm.flow(agent, questionnaire, answers)
tm.flow(questionnaire, agent, screening_score)
tm.flow(questionnaire, chatbot_db, answers, screening_score)
tm.flow(agent, chatbot_db, transcripts)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_system, appointment, protocol="https")
tm.flow(booking_system, booking_tool, booking_result, protocol="https", label="free slots")

tm.flow(booking_system, counsellor, appointment, protocol="https")
tm.flow(counsellor, case_notes_system, case_notes, protocol="https")
tm.flow(case_notes_system, counsellor, case_notes, protocol="https")
