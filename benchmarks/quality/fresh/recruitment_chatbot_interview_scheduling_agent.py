"""Careers chatbot and interview scheduling agent: the first design, before review.

A chat assistant on the employer's careers site answers candidates' questions about
open roles, benefits and the hiring process, tells signed-in candidates where their
applications stand, and books interviews straight into the hiring manager's calendar
once a candidate has been invited to interview. It runs in our cloud production
account: a chat API in front of an LLM agent that calls a hosted model from a vendor,
retrieves careers content from a vector index built nightly from job postings in the
applicant tracking system (a SaaS product), and acts through three tools: an
application-status lookup, an interview booking tool on the Microsoft 365 calendar API
and a confirmation e-mail sender. Candidates are in the EU and elsewhere. Controls so
far: candidate sign-in to the careers account, a rate limit on the chat API, TLS
everywhere, the vendor's content filter, a step limit on the agent, the calendar
client secret in a vault, encrypted transcript storage, and a vendor review of the LLM.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Recruitment chatbot and interview scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Careers-site assistant that answers candidates and books interviews.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Candidate chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved careers content and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
postings = tg.Data("Job postings", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
careers_chunks = tg.Data(
    "Careers content chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Job postings, benefits pages and hiring-process FAQ, chunked and embedded.",
)
applications = tg.Data(
    "Candidate applications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="CVs, contact details, stage in the process and recruiter notes.",
)
status_query = tg.Data("Application status query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
status_result = tg.Data("Application status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Interview booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Requisition, hiring manager, chosen slot, candidate name and e-mail.",
)
free_slots = tg.Data(
    "Hiring manager free slots",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
calendar_event = tg.Data("Interview calendar event", kind="records", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Interview availability", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
email_request = tg.Data(
    "Confirmation e-mail request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
email = tg.Data("Interview confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the careers site; signed in for status and booking.
    candidate = tm.add(tg.Actor("Candidate", role="job candidate"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's content filter"),
                c.SupplierAssessment(note="procurement review and DPA with EU data residency"),
            },
        )
    )

with tm.boundary("HR SaaS tenant", trust=tg.Trust.PARTNER):
    # System of record for requisitions, postings and applications.
    ats = tm.add(
        tg.DataStore(
            "Applicant tracking system",
            stores={applications, postings},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed")},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The company's mail and calendars; the agent books into managers' calendars here.
    calendar = tm.add(
        tg.ExternalService(
            "Microsoft 365 calendar API",
            description="Graph API; the booking app has calendar read/write on interviewer mailboxes.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional mail service used for candidate-facing e-mail.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Production cloud account", trust=tg.Trust.INTERNAL):
    # Public entry point behind the careers site's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Careers chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="careers account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Plans each turn: retrieves, calls tools, writes the answer.
    agent = tm.add(
        tg.Agent(
            "Scheduling assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Careers content the agent answers general questions from.
    kb = tm.add(tg.VectorStore("Careers knowledge index", stores={careers_chunks}))
    # Rebuilds the index each night from the live postings.
    indexer = tm.add(tg.Pipeline("Nightly careers indexing", stage=tg.Stage.INGESTION))
    # Read tool: where the candidate's applications stand.
    status_tool = tm.add(
        tg.Tool(
            "Application status lookup",
            capabilities={"read"},
            description="Queries the ATS for applications by the candidate id in the chat session.",
        )
    )
    # Write tool: reads free slots and creates the interview event.
    booking_tool = tm.add(
        tg.Tool(
            "Interview booking tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="Graph client secret in the cloud key vault")},
        )
    )
    # Sends the candidate the confirmation with date, place and video link.
    email_tool = tm.add(tg.Tool("Confirmation e-mail sender", capabilities={"send-messages"}))
    # Every conversation, kept for recruiters and for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Publishes interview availability and receives the bookings.
    manager = tm.add(tg.Actor("Hiring manager", role="hiring manager"))
    # Owns the process; reads transcripts when a candidate complains or asks for a person.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# conversation
tm.flow(candidate, chat_api, question, protocol="https", controls={tls})
tm.flow(chat_api, candidate, reply, protocol="https", controls={tls})
tm.flow(chat_api, agent, question)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(kb, agent, careers_chunks, label="similarity search")
tm.flow(agent, transcript_store, transcripts)

# careers content
tm.flow(ats, indexer, postings, protocol="https", label="nightly export of open postings")
tm.flow(indexer, kb, careers_chunks)

# application status
tm.flow(agent, status_tool, status_query)
tm.flow(status_tool, ats, status_query, protocol="https")
tm.flow(ats, status_tool, applications, protocol="https")
tm.flow(status_tool, agent, status_result)

# interview booking
tm.flow(manager, calendar, availability, protocol="https", label="marks interview slots")
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, calendar, booking_request, calendar_event, protocol="https")
tm.flow(calendar, booking_tool, free_slots, protocol="https")
tm.flow(booking_tool, agent, free_slots)
tm.flow(calendar, manager, calendar_event, protocol="https", label="interview invite")

# confirmation
tm.flow(agent, email_tool, email_request)
tm.flow(email_tool, mailer, email, protocol="https")
tm.flow(mailer, candidate, email, protocol="smtp", label="confirmation to candidate")

# recruiters
tm.flow(transcript_store, recruiter, transcripts, protocol="https", label="transcript review")
tm.flow(recruiter, ats, applications, protocol="https", label="manages applications")
