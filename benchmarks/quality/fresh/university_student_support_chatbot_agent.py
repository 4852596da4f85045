"""University student support chatbot: the first design, before any security review.

Enrolled students open a chat panel in the student portal, signed in through the
university's single sign-on, and ask about tuition fees, coursework extensions and
wellbeing support. An LLM agent running in the university's cloud tenancy answers
from an index of the published fees, extensions and wellbeing guidance, and looks up
the student's own fee balance and deadlines in the student record system. It can log
an extension request into the student casework system, where a student adviser
decides it, and book an appointment with an adviser in the hosted booking service.
The language model is a vendor-hosted API. Controls in this design: SSO with MFA and
a per-student rate limit on the chat API, the vendor's content filter, a step limit
on the agent, and the student confirming a summary in the chat before anything is
logged or booked. Transcripts are kept, encrypted, for service improvement; the
record and casework systems keep their existing role-based access.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "University student support chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Student-facing assistant for fees, extensions and wellbeing that can log "
        "extension requests and book adviser appointments."
    ),
)

# ---------------------------------------------------------------- data assets
student_message = tg.Data(
    "Student message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Free text; students often mention health, money or family difficulties.",
)
student_identity = tg.Data(
    "Signed-in student ID",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student number taken from the SSO session by the chat API.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved guidance and tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or the tool calls the model chooses.",
)
guidance_pages = tg.Data(
    "Fees, extensions and wellbeing guidance pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
record_lookup = tg.Data("Student record lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
record_summary = tg.Data(
    "Fee balance and deadlines",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Outstanding fees, instalment dates, enrolled modules and submission deadlines.",
)
student_records = tg.Data(
    "Student records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
extension_request = tg.Data(
    "Extension request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Module, assessment, new date asked for and the student's stated circumstances.",
)
extension_case = tg.Data(
    "Extension case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Logged request with circumstances, which may include health conditions.",
)
extension_decision = tg.Data("Extension decision", kind="records", sensitivity=tg.Sensitivity.PII)
case_reference = tg.Data("Case reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_request = tg.Data(
    "Appointment booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Adviser team, slot, student name, e-mail and a short reason for the visit.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
appointments = tg.Data("Adviser appointments", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Enrolled students, on their own devices, anywhere.
    student = tm.add(tg.Actor("Student", role="enrolled student"))

with tm.boundary("University website", trust=tg.Trust.INTERNAL):
    # The published policy pages the assistant answers from; edited by many staff teams.
    web_pages = tm.add(
        tg.DataSource(
            "University policy web pages",
            origin=tg.Origin.INTERNAL,
            provides={guidance_pages},
            description="Public fees, extensions and wellbeing pages on the university CMS.",
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # The entry point behind the student portal's chat panel.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (Microsoft Entra ID) with MFA"),
                c.RateLimiting(requests_per_minute=20, note="per signed-in student"),
            },
        )
    )
    # Decides whether to answer from guidance, look up the record, or call a tool.
    agent = tm.add(
        tg.Agent(
            "Student support agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Orchestrates retrieval, the LLM and the three tools for one chat session.",
            controls={
                c.CircuitBreaker(max_steps=8),
                c.HumanInTheLoop(
                    approver="the student, who confirms a summary in the chat before a "
                    "request is logged or a booking made"
                ),
            },
        )
    )
    # Index of the published guidance, so that answers cite current policy.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Nightly job that crawls the policy pages and rebuilds the index.
    indexer = tm.add(
        tg.Pipeline(
            "Guidance indexing job",
            stage=tg.Stage.INGESTION,
            description="Fetches the policy pages, chunks and embeds them nightly.",
        )
    )
    # Read-only look-up of the student's fees and deadlines.
    record_tool = tm.add(
        tg.Tool(
            "Student record lookup tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="read-only service account on fee and module views")
            },
        )
    )
    # Logs an extension request for an adviser to decide.
    extension_tool = tm.add(tg.Tool("Extension request tool", capabilities={"write"}))
    # Books a slot with a student adviser; the booking service e-mails the student.
    booking_tool = tm.add(tg.Tool("Adviser booking tool", capabilities={"write", "send-messages"}))
    # Conversation history kept for service improvement and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Student systems", trust=tg.Trust.RESTRICTED):
    # Existing system of record for enrolment and finance.
    srs = tm.add(
        tg.DataStore(
            "Student record system",
            stores={student_records},
            controls={c.RBAC(), c.EncryptionAtRest()},
        )
    )
    # Existing casework system used by Student Services.
    casework = tm.add(
        tg.DataStore(
            "Student casework system",
            stores={extension_case, extension_decision},
            controls={c.RBAC()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Booking SaaS", trust=tg.Trust.PARTNER):
    # Hosted appointment calendar the adviser teams already use.
    booking_service = tm.add(
        tg.ExternalService("Appointment booking service", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Decides extension requests and holds the appointments.
    adviser = tm.add(tg.Actor("Student adviser", role="student services staff"))

# ---------------------------------------------------------------- flows
tm.flow(student, chat_api, student_message, protocol="https")
tm.flow(chat_api, student, assistant_reply, protocol="https")
tm.flow(chat_api, agent, student_message, student_identity)
tm.flow(agent, chat_api, assistant_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, guidance_index, student_message, label="similarity query")
tm.flow(guidance_index, agent, guidance_chunks, label="retrieved guidance")
tm.flow(web_pages, indexer, guidance_pages, protocol="https", label="nightly crawl")
tm.flow(indexer, guidance_index, guidance_chunks)

tm.flow(agent, record_tool, record_lookup)
tm.flow(record_tool, srs, record_lookup, protocol="https")
tm.flow(srs, record_tool, student_records, protocol="https")
tm.flow(record_tool, agent, record_summary)

tm.flow(agent, extension_tool, extension_request)
tm.flow(extension_tool, casework, extension_case, protocol="https")
tm.flow(casework, extension_tool, case_reference, protocol="https")
tm.flow(extension_tool, agent, case_reference)
tm.flow(casework, adviser, extension_case, protocol="https", label="review queue")
tm.flow(adviser, casework, extension_decision, protocol="https")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_service, booking_request, protocol="https")
tm.flow(booking_service, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)
tm.flow(booking_service, adviser, appointments, protocol="https", label="adviser calendar")
tm.flow(
    booking_service,
    student,
    booking_confirmation,
    protocol="smtp+starttls",
    label="confirmation e-mail",
)

tm.flow(agent, transcript_store, transcripts)
