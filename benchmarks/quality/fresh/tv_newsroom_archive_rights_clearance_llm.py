"""Archive rights clearance assistant: the first design, before any security review.

Producers in the broadcaster's newsroom ask a chat assistant whether an archive
clip can be reused in a programme. An LLM agent in our newsroom platform looks the
clip up in the rights database, searches the original contracts in the contract
document store and the licence terms sent by news agencies, and answers whether
the clip is cleared, needs a payment or is blocked. When the producer confirms in
the chat, the agent books the clip for the programme through a booking tool, and
the booking is written to the clip usage log that the rights team pays from.
Rights staff maintain the rights database by hand. Agencies e-mail licence updates
to a shared rights mailbox; a nightly import job files the attachments into the
licence terms store. The model is a vendor-hosted LLM called over HTTPS. Staff sign
in with the corporate SSO; the rights database is role-restricted and audited, and
the contract store is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newsroom archive rights clearance assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that tells producers whether archive clips are cleared, and books them.",
)

# ---------------------------------------------------------------- data assets
clip_question = tg.Data(
    "Clip clearance question",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Clip id, programme, intended use and territory, typed by a producer.",
)
clearance_answer = tg.Data(
    "Clearance answer",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cleared, needs payment (with the fee) or blocked, with the reasons.",
)
agent_prompt = tg.Data(
    "Agent prompt with rights context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question, rights records and contract excerpts.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
rights_query = tg.Data("Rights lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
rights_records = tg.Data(
    "Clip rights records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-clip owner, licence, restrictions, fees and embargoes.",
)
search_query = tg.Data(
    "Document search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
contracts = tg.Data(
    "Original contracts",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Scanned contracts with freelancers, contributors and production companies.",
)
licence_mail = tg.Data(
    "Agency licence e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="E-mails from news agencies with licence updates and PDF terms attached.",
)
licence_terms = tg.Data(
    "Agency licence terms",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
document_excerpts = tg.Data(
    "Contract and licence excerpts", kind="retrieved-context", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Clip booking call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clip id, programme, transmission date and the fee to be paid.",
)
booking_result = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
usage_bookings = tg.Data(
    "Clip usage bookings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="What was booked for which programme, and what is owed to whom.",
)
rights_edits = tg.Data(
    "Rights record updates", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # News agencies (Reuters, AP, pool partners) e-mail licence changes to us.
    agency = tm.add(tg.Actor("News agency licensing desk", role="agency licensing"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose chat model the agent reasons with; vendor-hosted.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="procurement review of the vendor's terms and retention")
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Producers and editors who want to reuse archive footage.
    producer = tm.add(tg.Actor("Producer", role="newsroom producer"))
    # The rights team keeps the rights database and pays for clip usage.
    rights_staff = tm.add(tg.Actor("Rights staff", role="rights and clearances"))
    # Shared Exchange mailbox the agencies write to.
    mailbox = tm.add(tg.Service("Rights mailbox", description="Shared rights@ mailbox."))

with tm.boundary("Newsroom platform", trust=tg.Trust.INTERNAL):
    # The chat web app producers use; signs them in with the corporate SSO.
    chat_app = tm.add(
        tg.Endpoint(
            "Clearance chat app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # The LLM agent: decides which lookups to make and whether to book.
    agent = tm.add(
        tg.Agent(
            "Rights clearance agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="the producer confirms the booking in the chat")},
        )
    )
    # Reads a clip's rights record.
    rights_tool = tm.add(tg.Tool("Rights lookup tool", capabilities={"read"}))
    # Full-text search over contracts and agency licence terms.
    search_tool = tm.add(tg.Tool("Contract and licence search tool", capabilities={"read"}))
    # Books a clip for a programme and records the fee owed.
    booking_tool = tm.add(tg.Tool("Clip booking tool", capabilities={"write"}))
    # Nightly job that files agency attachments into the licence terms store.
    importer = tm.add(tg.Pipeline("Nightly licence import job", stage=tg.Stage.INGESTION))

    with tm.boundary("Rights data tier", trust=tg.Trust.RESTRICTED):
        # System of record for clip rights, edited by the rights team.
        rights_db = tm.add(
            tg.DataStore(
                "Rights database",
                stores={rights_records},
                controls={c.RBAC(note="rights staff edit, everyone else reads"), c.AuditLogging()},
            )
        )
        # Scanned original contracts.
        contract_store = tm.add(
            tg.DataStore(
                "Contract document store",
                stores={contracts},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Agency licence terms as received.
        licence_store = tm.add(tg.DataStore("Licence terms store", stores={licence_terms}))
        # Bookings the rights team pays from.
        usage_log = tm.add(tg.DataStore("Clip usage log", stores={usage_bookings}))

# ---------------------------------------------------------------- flows
tm.flow(producer, chat_app, clip_question, protocol="https")
tm.flow(chat_app, agent, clip_question)
tm.flow(agent, chat_app, clearance_answer)
tm.flow(chat_app, producer, clearance_answer, protocol="https")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, rights_tool, rights_query)
tm.flow(rights_tool, rights_db, rights_query)
tm.flow(rights_db, rights_tool, rights_records)
tm.flow(rights_tool, agent, rights_records)

tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, contract_store, search_query)
tm.flow(contract_store, search_tool, contracts)
tm.flow(search_tool, licence_store, search_query)
tm.flow(licence_store, search_tool, licence_terms)
tm.flow(search_tool, agent, document_excerpts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, usage_log, usage_bookings)
tm.flow(booking_tool, agent, booking_result)

tm.flow(rights_staff, rights_db, rights_edits, protocol="https", label="maintains rights")
tm.flow(rights_db, rights_staff, rights_records, protocol="https")
tm.flow(usage_log, rights_staff, usage_bookings, protocol="https", label="pays for bookings")

tm.flow(agency, mailbox, licence_mail, protocol="smtp", label="licence updates")
tm.flow(mailbox, importer, licence_mail, protocol="https")
tm.flow(importer, licence_store, licence_terms)
