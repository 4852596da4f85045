"""University student wellbeing chatbot: the first design, before any security review.

Students open a chat page on the university's website (phone or laptop), sign in
with university single sign-on and ask about support services: counselling,
disability support, hardship funds, out-of-hours helplines. A wellbeing assistant
(an LLM agent hosted in the university's cloud tenancy) answers from an index of
the Student Services web pages, which a nightly job crawls and embeds. It reasons
with a hosted LLM from a commercial vendor, whose built-in content filter is on.
The assistant can book a counselling appointment for the signed-in student
through the counselling service's SaaS case-management system, and when it judges
a message to describe a crisis (risk of self-harm or harm to others) it sends an
alert through a paging service to the wellbeing on-call team, who then contact the
student. Conversations are kept in a transcript store, encrypted at rest. The chat
API sits behind SSO with MFA and a per-student rate limit. Students are in the UK
and EU, and messages often disclose mental-health information.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University student wellbeing chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Answers students' questions about support services, books counselling "
        "appointments and escalates crisis messages to the on-call wellbeing team."
    ),
)

# ---------------------------------------------------------------- data assets
student_message = tg.Data(
    "Student chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free text; often discloses mental-health details (special category data).",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data(
    "SSO ID token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC ID token with the student's ID and e-mail.",
)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, recent conversation turns and retrieved service pages.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
service_pages = tg.Data(
    "Student Services pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
page_chunks = tg.Data(
    "Service page chunks and embeddings", kind="embeddings", sensitivity=tg.Sensitivity.PUBLIC
)
retrieved_pages = tg.Data(
    "Retrieved service information", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
booking_call = tg.Data(
    "Appointment booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Student ID, chosen slot and a short reason for the appointment.",
)
booking_result = tg.Data(
    "Available slots and booking confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
appointment_record = tg.Data(
    "Counselling appointment record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
crisis_alert = tg.Data(
    "Crisis alert message",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Student name, phone number, campus and the messages that triggered it.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
alert_ack = tg.Data(
    "Alert delivery receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data(
    "Chat transcripts",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students chat from their own phones and laptops, on or off campus.
    student = tm.add(tg.Actor("Student", role="student"))

with tm.boundary("Identity provider tenant", trust=tg.Trust.PARTNER):
    # The university's existing SSO, run as a cloud identity service.
    sso = tm.add(
        tg.ExternalService(
            "University SSO",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Cloud identity provider for all staff and student accounts.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The assistant's reasoning model; the vendor's content filter is enabled.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.Guardrails(note="vendor's built-in content filter")},
        )
    )

with tm.boundary("Counselling SaaS", trust=tg.Trust.PARTNER):
    # Where Counselling and Mental Health keep their calendars and case notes.
    counselling_system = tm.add(
        tg.ExternalService(
            "Counselling case management system",
            description="Vendor-hosted calendar and case records of the counselling service.",
        )
    )

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # Delivers alerts by push notification and SMS to whoever is on call.
    pager = tm.add(tg.ExternalService("Paging service", description="SaaS on-call paging."))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only thing students reach: serves the chat page and its API.
    chat_api = tm.add(
        tg.Endpoint(
            "Wellbeing chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="University SSO (OIDC) with MFA"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Decides per turn whether to answer, look up services, book or escalate.
    assistant = tm.add(
        tg.Agent(
            "Wellbeing assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description=(
                "Orchestrates the conversation with the hosted LLM and calls the "
                "booking and escalation tools on its own judgement."
            ),
        )
    )
    # Reads the counselling calendar and books a slot for the student in the session.
    booking_tool = tm.add(
        tg.Tool(
            "Counselling booking tool",
            capabilities={"read", "write"},
            description="Books under the student ID taken from the chat session.",
        )
    )
    # Raises a page to the on-call wellbeing team when the assistant flags a crisis.
    escalation_tool = tm.add(tg.Tool("Crisis escalation tool", capabilities={"send-messages"}))
    # Keeps every conversation for follow-up by the wellbeing team.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Index of the Student Services pages the assistant answers from.
    service_index = tm.add(tg.VectorStore("Support services index", stores={page_chunks}))
    # Nightly crawl and embedding of the Student Services pages.
    indexer = tm.add(tg.Pipeline("Nightly page indexing job", stage=tg.Stage.INGESTION))

with tm.boundary("University web estate", trust=tg.Trust.INTERNAL):
    # The public Student Services site, edited by Student Services staff.
    services_site = tm.add(tg.DataSource("Student Services website", provides={service_pages}))

with tm.boundary("Wellbeing team", trust=tg.Trust.INTERNAL):
    # Trained staff on a rota who respond to crisis alerts out of hours too.
    on_call = tm.add(tg.Actor("On-call wellbeing team", role="wellbeing staff"))

# ---------------------------------------------------------------- flows
tm.flow(student, sso, label="sign-in", protocol="https")
tm.flow(sso, chat_api, id_token, protocol="oidc")
tm.flow(student, chat_api, student_message, protocol="https")
tm.flow(chat_api, student, assistant_reply, protocol="https")

tm.flow(chat_api, assistant, student_message)
tm.flow(assistant, chat_api, assistant_reply)

tm.flow(assistant, service_index, student_message, label="similarity query")
tm.flow(service_index, assistant, retrieved_pages)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")

tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, assistant, booking_result)
tm.flow(booking_tool, counselling_system, booking_call, protocol="https")
tm.flow(counselling_system, booking_tool, booking_result, appointment_record, protocol="https")

tm.flow(assistant, escalation_tool, crisis_alert)
tm.flow(escalation_tool, assistant, alert_ack)
tm.flow(escalation_tool, pager, crisis_alert, protocol="https")
tm.flow(pager, escalation_tool, alert_ack, protocol="https")
tm.flow(pager, on_call, crisis_alert, protocol="sms", label="page to on-call phone")

tm.flow(assistant, transcript_store, transcripts)

tm.flow(services_site, indexer, service_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, service_index, page_chunks)
