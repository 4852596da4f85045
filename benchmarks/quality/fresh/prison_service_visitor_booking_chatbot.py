"""Prison visitor booking chatbot: the first design, before any security review.

Friends and family who are on a prisoner's approved visitor list use a chat
assistant on the prison service's public website to book social visits, check
how many visiting orders a prisoner has left and ask about visiting rules
(dress code, ID to bring, what may be handed in). Visitors sign in with
GOV.UK One Login before the chat opens. An LLM agent, running in the prison
service's cloud tenant and calling a hosted model, answers rules questions from
an index of the published per-prison visiting pages, reads visiting orders and
the approved visitor list from the prison case management system through a
read-only tool, and books a slot through the existing visits booking system,
which checks the approved list, slot capacity and the prisoner's visiting order
balance itself. Confirmations go out by text and e-mail through GOV.UK Notify.
Visits staff in each prison manage slots and see bookings in the visits system.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Prison visitor booking chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Public chat assistant that books prison social visits for approved visitors.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Visitor sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail, password and one-time code entered at GOV.UK One Login.",
)
id_token = tg.Data(
    "Visitor identity token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OIDC ID token with the visitor's verified e-mail and One Login subject id.",
)
message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: names, prisoner number, dates, questions about rules.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, retrieved rules and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
rules_pages = tg.Data(
    "Prison visiting information pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Per-prison visiting times, dress code, ID rules, published on GOV.UK.",
)
rules_chunks = tg.Data(
    "Visiting rules chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
vo_query = tg.Data(
    "Visiting order lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Prisoner number and the signed-in visitor's details.",
)
vo_details = tg.Data(
    "Visiting order details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Prisoner name, establishment, VO balance, approved visitors and any bans.",
)
prisoner_records = tg.Data(
    "Prisoner visits records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Visiting orders, approved visitor lists, visit restrictions and prisoner location.",
)
booking_request = tg.Data(
    "Visit booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Prisoner number, slot, lead visitor and accompanying visitors (children included).",
)
booking_result = tg.Data("Visit booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Visit bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
slots = tg.Data("Visit slot schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data(
    "Booking confirmation message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Text and e-mail with date, time, prison and booking reference.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Friends and family booking visits; anyone can open the chat page.
    visitor = tm.add(tg.Actor("Visitor", role="prison visitor"))
    # Public per-prison visiting pages the rules index is built from.
    gov_pages = tm.add(
        tg.DataSource(
            "GOV.UK prison visiting pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={rules_pages},
            description="Crawled weekly from the prison service's published pages.",
        )
    )

with tm.boundary("GOV.UK One Login", trust=tg.Trust.PARTNER):
    # Government identity service that signs visitors in before the chat opens.
    one_login = tm.add(
        tg.ExternalService(
            "GOV.UK One Login",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Signs visitors in with e-mail, password and an SMS or app code.",
        )
    )

with tm.boundary("GOV.UK Notify", trust=tg.Trust.PARTNER):
    # Government messaging service that sends booking confirmations.
    notify = tm.add(
        tg.ExternalService("GOV.UK Notify", description="Sends texts and e-mails for us.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent calls for every turn.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model in the vendor's UK region.",
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Prison service cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website's chat widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="GOV.UK One Login OIDC, password with SMS or app code"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that holds the conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Visits booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books a visit once the visitor confirms the slot in the chat.",
        )
    )
    # Index of the visiting rules the agent answers questions from.
    rules_index = tm.add(tg.VectorStore("Visiting rules index", stores={rules_chunks}))
    # Weekly job that crawls, chunks and embeds the visiting pages.
    indexer = tm.add(tg.Pipeline("Rules indexing job", stage=tg.Stage.INGESTION))
    # Read-only tool over the case management system's visits API.
    vo_tool = tm.add(
        tg.Tool(
            "Visiting order lookup tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="read-only service account scoped to visits data")
            },
        )
    )
    # Tool that creates a booking in the visits booking system.
    booking_tool = tm.add(tg.Tool("Visit booking tool", capabilities={"write"}))
    # Conversation history kept for support and service improvement.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Prison estate network", trust=tg.Trust.RESTRICTED):
    # The system of record for prisoners: visiting orders, approved visitors, restrictions.
    nomis = tm.add(
        tg.DataStore(
            "Prison case management system",
            stores={prisoner_records},
            controls={
                c.EncryptionAtRest(),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Existing visits booking system that owns slots and bookings.
    visits_system = tm.add(
        tg.Service(
            "Visits booking system",
            description="Slots per prison, bookings, cancellations; used by visits staff.",
            controls={
                c.PolicyEnforcement(
                    rules="refuses visitors not on the prisoner's approved list, banned "
                    "visitors, full slots and bookings beyond the VO balance"
                ),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Visits hall staff who set slots and check visitors in on the day.
    visits_staff = tm.add(tg.Actor("Visits staff", role="prison visits officer"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(visitor, one_login, sign_in, protocol="https", controls={tls})
tm.flow(one_login, chat_api, id_token, protocol="https", label="OIDC callback")
tm.flow(visitor, chat_api, message, protocol="https", controls={tls})
tm.flow(chat_api, visitor, reply, protocol="https", controls={tls})
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(gov_pages, indexer, rules_pages, protocol="https", label="weekly crawl")
tm.flow(indexer, rules_index, rules_chunks)
tm.flow(agent, rules_index, message, label="similarity query")
tm.flow(rules_index, agent, rules_chunks)

tm.flow(agent, vo_tool, vo_query)
tm.flow(vo_tool, agent, vo_details)
tm.flow(vo_tool, nomis, vo_query, protocol="https", label="visits API")
tm.flow(nomis, vo_tool, prisoner_records, protocol="https")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, visits_system, booking_request, protocol="https")
tm.flow(visits_system, booking_tool, booking_result, protocol="https")
tm.flow(nomis, visits_system, prisoner_records, label="approved visitors and VO balance")
tm.flow(visits_system, nomis, bookings, label="visit recorded, VO debited")

tm.flow(visits_staff, visits_system, slots, label="sets visit slots")
tm.flow(visits_system, visits_staff, bookings, label="daily visits list")

tm.flow(visits_system, notify, confirmation, protocol="https")
tm.flow(notify, visitor, confirmation, protocol="sms", label="text and e-mail")

tm.flow(agent, transcript_store, transcripts)
