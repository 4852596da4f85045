"""University IT service desk: LLM ticket triage and routing, first design.

Students and staff raise IT tickets through the self-service portal of our SaaS
ITSM platform (university SSO with MFA) or by e-mailing the service desk mailbox.
When a ticket is created the ITSM platform calls our triage service, which runs in
the university's cloud subscription. The service looks up the requester's role and
department in the identity directory, retrieves similar resolved tickets and
knowledge-base articles from a vector index, and asks a hosted LLM (EU region, under
the university's data processing agreement) for a category, a priority, a resolver
team and a draft answer. Category, priority and team are written back to the ticket
automatically; the draft answer is only sent after a service desk analyst edits or
accepts it. A nightly job indexes KB articles and resolved tickets, with requester
names and e-mail addresses removed. Prompts and suggestions are kept in a triage log
for quality review. The ITSM vendor encrypts the ticket database at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University IT service desk ticket routing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM suggests category, priority, resolver team and a draft answer for "
    "IT tickets raised by students and staff.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Support request",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="What the requester writes: name, contact details, the problem, screenshots.",
)
request_email = tg.Data(
    "Support request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="A request sent to the service desk mailbox, with any attachments.",
)
ticket = tg.Data(
    "IT ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
ticket_reply = tg.Data("Ticket update and reply", kind="records", sensitivity=tg.Sensitivity.PII)
new_ticket = tg.Data(
    "New ticket notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ticket id, requester id, subject and description.",
)
profile_query = tg.Data("Requester lookup", kind="records", sensitivity=tg.Sensitivity.PII)
requester_profile = tg.Data(
    "Requester profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Role (student or staff), faculty or department, campus, VIP flag.",
)
similarity_query = tg.Data("Similarity query", kind="prompt", sensitivity=tg.Sensitivity.PII)
context = tg.Data(
    "Similar tickets and KB passages",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
triage_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the category and team lists, the ticket, the requester "
    "profile and the retrieved passages.",
)
suggestion = tg.Data(
    "Triage suggestion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Category, priority, resolver team and a draft answer.",
)
routing_update = tg.Data(
    "Routing update",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Category, priority and assignment group set on the ticket, plus the draft answer as a work note.",
)
reviewed_reply = tg.Data(
    "Analyst reply and re-routing", kind="records", sensitivity=tg.Sensitivity.PII
)
resolution = tg.Data("Resolution notes", kind="records", sensitivity=tg.Sensitivity.PII)
kb_articles = tg.Data(
    "Knowledge-base articles", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
resolved_tickets = tg.Data(
    "Resolved tickets export", kind="records", sensitivity=tg.Sensitivity.PII
)
chunks = tg.Data(
    "Indexed passages and embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
triage_log = tg.Data("Triage log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students and staff raise tickets from anywhere, on and off campus.
    requester = tm.add(tg.Actor("Student or staff member", role="requester"))

with tm.boundary("ITSM vendor cloud", trust=tg.Trust.PARTNER):
    # The requester-facing web front end of the SaaS ITSM platform.
    portal = tm.add(
        tg.Endpoint(
            "Self-service portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO (SAML) with MFA")},
        )
    )
    # Turns mails to the service desk address into tickets; accepts any sender.
    mail_intake = tm.add(
        tg.Service(
            "Service desk mail intake",
            description="Inbound mailbox connector of the ITSM platform.",
        )
    )
    # Ticket workflow, queues and the agent workspace the IT staff use.
    itsm = tm.add(
        tg.Service(
            "ITSM workflow",
            description="Ticket lifecycle, assignment groups, notifications and the agent "
            "workspace; fires a webhook on each new ticket and takes updates over its REST API.",
            controls={
                c.Authentication(method="university SSO (SAML) with MFA for IT staff"),
                c.RBAC(
                    note="ITSM roles: requesters see their own tickets, staff their groups' queues"
                ),
            },
        )
    )
    # The system of record for tickets, run by the vendor.
    ticket_db = tm.add(
        tg.DataStore(
            "Ticket database",
            stores={ticket},
            controls={c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("University cloud subscription", trust=tg.Trust.INTERNAL):
    # The new component: calls the LLM and writes the triage result back to the ticket.
    triage = tm.add(
        tg.Service(
            "Ticket triage service",
            description="Receives the new-ticket webhook, builds the prompt, calls the LLM and "
            "writes category, priority and assignment group back through the ITSM API.",
            controls={
                c.Authentication(method="shared secret token in the ITSM webhook header"),
                c.SecretsManagement(note="ITSM and LLM API keys in the university key vault"),
                c.OutputFiltering(
                    note="category and team must be one of the configured values; "
                    "anything else goes to the general service desk queue"
                ),
                c.HumanInTheLoop(
                    approver="service desk analyst",
                    note="draft answers are sent only by an analyst; category, priority and "
                    "team assignment are applied automatically",
                ),
            },
        )
    )
    # Retrieval context for the triage prompt.
    index = tm.add(
        tg.VectorStore(
            "Ticket and KB vector index",
            stores={chunks},
            description="Embeds with a locally hosted open-weights sentence-embedding model.",
        )
    )
    # Keeps the index fresh from the KB and from tickets closed in the last two years.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly indexing job",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(
                    note="requester names and e-mail addresses removed from resolved tickets; "
                    "free text is indexed as written"
                )
            },
        )
    )
    # Prompts and suggestions kept so the service desk lead can review triage quality.
    log_store = tm.add(
        tg.DataStore(
            "Triage log store",
            stores={triage_log},
            controls={c.EncryptionAtRest(key_management="cloud platform managed keys")},
        )
    )

with tm.boundary("LLM provider (EU region)", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the provider's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="procurement review and DPA; EU data residency, no training on our data"
                )
            },
        )
    )

with tm.boundary("Campus network", trust=tg.Trust.INTERNAL):
    # Reviews triage suggestions, edits and sends answers, corrects routing.
    analyst = tm.add(tg.Actor("Service desk analyst", role="service desk staff"))
    # Second-line teams (networks, identity, teaching systems) that receive routed tickets.
    resolver = tm.add(tg.Actor("Resolver team engineer", role="IT staff"))
    # On-premises wiki the service desk writes how-to and fix articles in.
    kb = tm.add(tg.DataStore("Knowledge base", stores={kb_articles}))
    # University identity directory, read for the requester's role and department.
    directory = tm.add(
        tg.DataStore(
            "Identity directory",
            stores={requester_profile},
            controls={c.RBAC(note="read-only service account for the triage service")},
        )
    )

# ---------------------------------------------------------------- flows
# intake
tm.flow(requester, portal, request, protocol="https")
tm.flow(portal, requester, ticket_reply, protocol="https")
tm.flow(requester, mail_intake, request_email, protocol="smtp")
tm.flow(mail_intake, requester, ticket_reply, protocol="smtp", label="acknowledgement and replies")
tm.flow(portal, itsm, request)
tm.flow(itsm, portal, ticket_reply)
tm.flow(mail_intake, itsm, request_email)
tm.flow(itsm, mail_intake, ticket_reply)
tm.flow(itsm, ticket_db, ticket)
tm.flow(ticket_db, itsm, ticket)

# triage
tm.flow(itsm, triage, new_ticket, protocol="https", label="new-ticket webhook")
tm.flow(triage, directory, profile_query, protocol="ldaps")
tm.flow(directory, triage, requester_profile, protocol="ldaps")
tm.flow(triage, index, similarity_query)
tm.flow(index, triage, context)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, suggestion, protocol="https")
tm.flow(triage, log_store, triage_log)
tm.flow(triage, itsm, routing_update, protocol="https", label="ITSM REST API")

# people working the tickets
tm.flow(itsm, analyst, ticket, routing_update, protocol="https")
tm.flow(analyst, itsm, reviewed_reply, protocol="https")
tm.flow(itsm, resolver, ticket, protocol="https", label="routed ticket")
tm.flow(resolver, itsm, resolution, protocol="https")
tm.flow(analyst, kb, kb_articles, protocol="https")

# indexing
tm.flow(kb, indexer, kb_articles, protocol="https")
tm.flow(ticket_db, indexer, resolved_tickets, protocol="https", label="nightly export")
tm.flow(indexer, index, chunks)
