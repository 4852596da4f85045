"""Immigration advice triage chatbot: the first design, before any security review.

A regulated immigration advice charity puts a chat assistant on its website so that
people can describe their situation in their own language (English, Arabic, Farsi,
Tigrinya, Ukrainian, French) at any hour. An LLM agent running in the charity's Azure
subscription asks triage questions, translates, looks up vetted signposting material
(GOV.UK guidance and partner services) in a vector index, books an appointment with an
adviser in the charity's Microsoft Bookings calendar and writes a triage summary into
the hosted case management system. It signposts only and must never give legal advice;
advisers give the advice in the appointment. The model is a vendor-hosted LLM.
Controls in this design: TLS everywhere, a per-visitor rate limit on the chat API, the
vendor's content filter, a step cap on the agent, keys in Azure Key Vault, a booking
tool limited to the one booking calendar, and role-based, MFA-protected adviser access
to the case system. Enquirers do not sign in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Immigration advice triage chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Multilingual triage, signposting and appointment booking for a regulated "
        "immigration advice charity; no legal advice is given by the bot."
    ),
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Enquiry messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description=(
        "Free text in the enquirer's language: nationality, immigration status, deadlines, "
        "and often reasons for an asylum claim (religion, sexuality, health)."
    ),
)
reply = tg.Data("Chatbot replies", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the conversation so far and retrieved signposting passages.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
guidance_pages = tg.Data(
    "GOV.UK guidance and partner service pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
signposting_chunks = tg.Data(
    "Signposting passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
kb_query = tg.Data("Signposting search query", kind="prompt", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Appointment booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, e-mail, language, chosen slot and enquiry category.",
)
booking_result = tg.Data(
    "Available slots and booking confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
)
booking_confirmation = tg.Data(
    "Appointment confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)
adviser_availability = tg.Data("Adviser availability", kind="records")
triage_summary = tg.Data(
    "Triage summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Category, urgency (e.g. detention, removal date), language and key facts.",
)
case_records = tg.Data(
    "Client case records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person asking for help: anonymous, often on a phone, often not in English.
    enquirer = tm.add(tg.Actor("Enquirer", role="member of the public"))
    # Public guidance the signposting index is built from, fetched weekly.
    guidance_source = tm.add(
        tg.DataSource(
            "GOV.UK and partner directory pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance_pages},
            description="GOV.UK visa and asylum guidance and the pages of partner services.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that triages, translates and drafts the replies.
    llm = tm.add(
        tg.LLM(
            "Hosted multilingual LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Charity Azure subscription", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30, note="per visitor session")},
        )
    )
    # The LLM agent: runs the triage conversation and decides when to book or hand off.
    agent = tm.add(
        tg.Agent(
            "Triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description=(
                "Asks triage questions, signposts, books appointments and hands cases to "
                "advisers; the system prompt forbids legal advice."
            ),
            controls={
                c.CircuitBreaker(max_steps=12),
                c.SecretsManagement(note="vendor and Graph API keys in Azure Key Vault"),
            },
        )
    )
    # Vetted signposting material the agent retrieves from.
    signposting_index = tm.add(tg.VectorStore("Signposting index", stores={signposting_chunks}))
    # Weekly job that fetches, chunks and embeds the guidance pages.
    indexer = tm.add(tg.Pipeline("Weekly signposting indexer", stage=tg.Stage.INGESTION))
    # Tool the agent books adviser appointments with.
    booking_tool = tm.add(
        tg.Tool(
            "Appointment booking tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="Graph permission scoped to the booking calendar")
            },
        )
    )
    # Tool the agent writes the triage summary to the case system with.
    handoff_tool = tm.add(tg.Tool("Case handoff tool", capabilities={"write"}))
    # Full conversations, kept for quality review and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The charity's adviser calendars; sends the confirmation e-mail itself.
    bookings = tm.add(
        tg.ExternalService("Microsoft Bookings", description="Adviser appointment calendars.")
    )

with tm.boundary("Case management SaaS", trust=tg.Trust.PARTNER):
    # System of record for clients and their cases, as the regulator requires.
    case_system = tm.add(
        tg.DataStore(
            "Case management system",
            stores={case_records, triage_summary},
            controls={
                c.RBAC(),
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.EncryptionAtRest(note="provider default"),
            },
        )
    )

with tm.boundary("Charity staff network", trust=tg.Trust.INTERNAL):
    # Regulated adviser who reads the triage summary and holds the appointment.
    adviser = tm.add(tg.Actor("Immigration adviser", role="adviser"))

# ---------------------------------------------------------------- flows
tm.flow(enquirer, chat_api, enquiry, protocol="https")
tm.flow(chat_api, agent, enquiry)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, enquirer, reply, protocol="https")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, signposting_index, kb_query, label="similarity search")
tm.flow(signposting_index, agent, signposting_chunks, label="retrieved passages")
tm.flow(guidance_source, indexer, guidance_pages, protocol="https", label="weekly fetch")
tm.flow(indexer, signposting_index, signposting_chunks)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, bookings, booking_request, protocol="https")
tm.flow(bookings, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(bookings, enquirer, booking_confirmation, protocol="smtp")
tm.flow(adviser, bookings, adviser_availability, protocol="https")

tm.flow(agent, handoff_tool, triage_summary)
tm.flow(handoff_tool, case_system, triage_summary, protocol="https")
tm.flow(case_system, adviser, triage_summary, case_records, protocol="https")
tm.flow(adviser, case_system, case_records, protocol="https")

tm.flow(agent, transcript_store, transcripts)
