"""Pension fund member query assistant: the first design, before any security review.

Members of a UK defined-benefit and defined-contribution pension scheme sign in to
the member portal and can ask an LLM assistant about their benefits. The assistant
is an orchestrator in our member-services cloud that calls a hosted LLM from a
vendor. It answers from the scheme rules, booklets and factsheets (chunked and
embedded into a vector index by an ingestion job), and from the member's own
record, which it reads through a tool over the pension administration system's API.
It can run a retirement quote through the administration system's quotation engine,
and it can start a transfer-out request, which lands in the administrators'
casework queue; administrators then run the scheme's anti-scam due diligence
(receiving scheme checks, red and amber flags) before any transfer is paid.
Controls in this design: portal sign-in with an SMS one-time code, request rate
limits, TLS to the vendor, the vendor's content filter, role-based access and
encryption at rest on the administration platform, and audit logs of the chats.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pension fund member query assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM assistant in the member portal answering benefit questions, "
    "producing retirement quotes and starting transfer-out requests.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Member question", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with scheme rules and member context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, retrieved rule chunks and tool results.",
)
completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Answer text or a tool call the orchestrator should make.",
)
rules_docs = tg.Data(
    "Scheme rules documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Trust deed and rules, member booklets, factsheets, transfer guidance.",
)
rules_chunks = tg.Data(
    "Scheme rules chunks", sensitivity=tg.Sensitivity.INTERNAL, kind="retrieved-context"
)
record_lookup = tg.Data("Member record lookup", sensitivity=tg.Sensitivity.PII, kind="tool-call")
member_record = tg.Data(
    "Member record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, NI number, address, salary and service history, "
    "accrued benefits, nominated beneficiaries.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
quote_request = tg.Data(
    "Retirement quote request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
quote = tg.Data(
    "Retirement quote",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Pension and lump-sum options at a chosen retirement date.",
)
transfer_request = tg.Data(
    "Transfer-out request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Member's instruction to transfer out: receiving scheme name, its PSTR "
    "and the receiving scheme's payment details, as given by the member in the chat.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
transfer_ack = tg.Data(
    "Transfer request reference", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
transfer_case = tg.Data(
    "Transfer casework item",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transfer_decision = tg.Data(
    "Transfer due diligence outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Administrator's anti-scam checks and approval or refusal of the transfer.",
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Scheme members (active, deferred, pensioners) using the portal from home.
    member = tm.add(tg.Actor("Scheme member", role="pension scheme member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model; we send prompts over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted chat model with tool calling; no training on our data "
            "under the enterprise terms.",
            controls={
                tg.controls.Guardrails(note="the vendor's built-in content filter"),
                tg.controls.SupplierAssessment(note="procurement and DPA review of the vendor"),
            },
        )
    )

with tm.boundary("Member services cloud", trust=tg.Trust.INTERNAL):
    # The member-facing web portal and chat API; members sign in here.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="member number and password with SMS one-time code at every sign-in"
                ),
                tg.controls.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Runs the conversation: retrieves rules, calls the LLM and the tools it asks for.
    assistant = tm.add(
        tg.Agent(
            "Member assistant orchestrator",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop around the hosted LLM; acts for the signed-in member.",
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )
    # RAG index of the scheme's governing documents and member literature.
    rules_index = tm.add(tg.VectorStore("Scheme rules index", stores={rules_chunks}))
    # Chunks and embeds scheme documents when the pensions team publishes a new version.
    ingestion = tm.add(tg.Pipeline("Scheme document ingestion", stage=tg.Stage.INGESTION))
    # Reads the member's record from the administration system for the assistant.
    record_tool = tm.add(tg.Tool("Member record tool", capabilities={"read"}))
    # Asks the administration system's quotation engine for retirement options.
    quote_tool = tm.add(tg.Tool("Retirement quote tool", capabilities={"read"}))
    # Opens a transfer-out case for administrators; it pays nothing itself.
    transfer_tool = tm.add(
        tg.Tool(
            "Transfer request tool",
            capabilities={"write"},
            controls={
                tg.controls.HumanInTheLoop(
                    approver="scheme administrator, after anti-scam due diligence"
                )
            },
        )
    )
    # Keeps every conversation for complaints and regulatory enquiries.
    chat_log = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Administration platform", trust=tg.Trust.RESTRICTED):
    # The scheme's pension administration system: member records, calculations, casework.
    admin_system = tm.add(
        tg.Service(
            "Pension administration system",
            description="Administration package with a REST API, quotation engine and "
            "workflow; runs the benefit payment and transfer payment runs.",
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    # System of record for members' data and benefits.
    records_db = tm.add(
        tg.DataStore(
            "Member records database",
            stores={member_record},
            controls={
                tg.controls.EncryptionAtRest(key_management="database TDE"),
                tg.controls.RBAC(),
            },
        )
    )
    # Work queue the transfer-out requests land in for administrators.
    casework = tm.add(
        tg.DataStore(
            "Transfer casework queue", stores={transfer_case}, controls={tg.controls.RBAC()}
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Pensions administrators who process transfers and run the anti-scam checks.
    administrator = tm.add(tg.Actor("Scheme administrator", role="pensions administrator"))
    # SharePoint library where the pensions team publishes approved scheme documents.
    doc_library = tm.add(
        tg.DataSource("Scheme document library", origin=tg.Origin.INTERNAL, provides={rules_docs})
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(member, portal, question, protocol="https")
tm.flow(portal, member, reply, protocol="https")
tm.flow(portal, assistant, question)
tm.flow(assistant, portal, reply)

tm.flow(assistant, rules_index, question, label="similarity query")
tm.flow(rules_index, assistant, rules_chunks, label="retrieved rules")
tm.flow(assistant, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, assistant, completion, protocol="https", controls={tls})

tm.flow(assistant, record_tool, record_lookup)
tm.flow(record_tool, admin_system, record_lookup, protocol="https")
tm.flow(admin_system, record_tool, member_record, protocol="https")
tm.flow(record_tool, assistant, member_record)

tm.flow(assistant, quote_tool, quote_request)
tm.flow(quote_tool, admin_system, quote_request, protocol="https")
tm.flow(admin_system, quote_tool, quote, protocol="https")
tm.flow(quote_tool, assistant, quote)

tm.flow(assistant, transfer_tool, transfer_request)
tm.flow(transfer_tool, admin_system, transfer_request, protocol="https")
tm.flow(admin_system, transfer_tool, transfer_ack, protocol="https")
tm.flow(transfer_tool, assistant, transfer_ack)

tm.flow(admin_system, records_db, member_record)
tm.flow(records_db, admin_system, member_record)
tm.flow(admin_system, casework, transfer_case)
tm.flow(casework, administrator, transfer_case, protocol="https")
tm.flow(administrator, admin_system, transfer_decision, protocol="https")

tm.flow(assistant, chat_log, transcripts)

tm.flow(doc_library, ingestion, rules_docs, protocol="https")
tm.flow(ingestion, rules_index, rules_chunks)
