"""Pension fund member chatbot: the first design, before any security review.

Members of an EU occupational pension fund sign in to the member portal and ask a
chat assistant about their pension. An LLM agent, run in the fund's cloud tenancy,
answers from the scheme rules (trust deed, rules booklets, factsheets), which an
indexing pipeline chunks into a vector store, and from the member's own benefit
statement, which a read-only tool fetches from the pension administration system.
The language model is hosted by a vendor and called over its API.
When a member asks to transfer out or to retire, the agent does not act: a handoff
tool opens a case in the administrators' queue, and a pension administrator checks
and carries out every request in the administration system. Members sign in with a
password and an SMS code; the chat API is rate limited; the administration system
is encrypted, role-based and audited. Chat transcripts are kept for quality review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pension fund member chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Answers members' pension questions from scheme rules and their own "
    "benefit statements; hands transfer and retirement requests to administrators.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Member question", sensitivity=tg.Sensitivity.PII, kind="prompt")
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with scheme rules and statement",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, retrieved rule chunks and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
scheme_docs = tg.Data(
    "Scheme rules documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Trust deed and rules, member booklets, factsheets, FAQs.",
)
rule_chunks = tg.Data(
    "Scheme rule chunks and embeddings", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
rule_query = tg.Data("Rules search query", sensitivity=tg.Sensitivity.PII, kind="prompt")
member_records = tg.Data(
    "Member pension records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, date of birth, national ID number, address, salary history, "
    "accrued benefits, beneficiaries and bank details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
lookup_call = tg.Data("Statement lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
statement = tg.Data(
    "Benefit statement",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
request = tg.Data(
    "Transfer or retirement request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="What the member asked for, in the agent's summary, with the chat excerpt.",
)
case = tg.Data("Administration case", sensitivity=tg.Sensitivity.PII, kind="records")
case_status = tg.Data("Case status update", sensitivity=tg.Sensitivity.PII, kind="records")
processing = tg.Data(
    "Transfer and retirement processing", sensitivity=tg.Sensitivity.PII, kind="records"
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Scheme members, active, deferred and retired, on their own devices.
    member = tm.add(tg.Actor("Scheme member", role="pension scheme member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, reached over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; EU region, no training on our data.",
            controls={c.SupplierAssessment(note="vendor DPA and security questionnaire")},
        )
    )

with tm.boundary("Fund cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API behind the member portal; the only way members reach the agent.
    chat_api = tm.add(
        tg.Endpoint(
            "Member portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="member portal password and SMS code"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Decides whether to search the rules, fetch the statement or open a case.
    agent = tm.add(
        tg.Agent(
            "Member assistant agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Answers questions; transfers and retirements are only handed "
            "to administrators, who act on them.",
        )
    )
    # Where the agent looks up scheme rules by similarity.
    rules_index = tm.add(tg.VectorStore("Scheme rules vector store", stores={rule_chunks}))
    # Keeps the rules index in step with the document library.
    indexer = tm.add(
        tg.Pipeline(
            "Rules indexing pipeline",
            stage=tg.Stage.INGESTION,
            description="Chunks and embeds new and changed scheme documents weekly.",
        )
    )
    # Gives the agent the signed-in member's benefit statement.
    lookup_tool = tm.add(
        tg.Tool(
            "Benefit statement lookup tool",
            capabilities={"read"},
            description="Fetches the benefit statement for the member id taken from the "
            "portal session.",
            controls={c.LeastPrivilegeTools(note="read-only API credential for statements")},
        )
    )
    # Turns a member's transfer or retirement request into a case for a person.
    handoff_tool = tm.add(tg.Tool("Administrator handoff tool", capabilities={"write"}))
    # Conversations kept for quality review and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Pension administration platform", trust=tg.Trust.RESTRICTED):
    # The system of record for members and their benefits.
    admin_system = tm.add(
        tg.DataStore(
            "Pension administration system",
            stores={member_records},
            controls={
                c.EncryptionAtRest(key_management="platform-managed keys"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Work queue of requests the chatbot has handed over.
    case_queue = tm.add(tg.DataStore("Administration case queue", stores={case}))
    # Where the fund's published scheme documents are kept.
    doc_library = tm.add(
        tg.DataSource(
            "Scheme document library",
            origin=tg.Origin.INTERNAL,
            provides={scheme_docs},
        )
    )

with tm.boundary("Administration office", trust=tg.Trust.INTERNAL):
    # Checks and carries out every transfer and retirement.
    administrator = tm.add(tg.Actor("Pension administrator", role="pension administrator"))

# ---------------------------------------------------------------- flows
tm.flow(member, chat_api, question, protocol="https")
tm.flow(chat_api, agent, question)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, rules_index, rule_query, label="similarity search")
tm.flow(rules_index, agent, rule_chunks, label="retrieved rules")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, admin_system, lookup_call, protocol="https")
tm.flow(admin_system, lookup_tool, statement, protocol="https")
tm.flow(lookup_tool, agent, statement)

tm.flow(agent, handoff_tool, request)
tm.flow(handoff_tool, case_queue, case, protocol="https")
tm.flow(case_queue, administrator, case, protocol="https")
tm.flow(administrator, case_queue, case_status, protocol="https")
tm.flow(administrator, admin_system, processing, protocol="https")

tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, chat_api, answer)
tm.flow(chat_api, member, answer, protocol="https")

tm.flow(doc_library, indexer, scheme_docs, protocol="https", label="weekly sync")
tm.flow(indexer, rules_index, rule_chunks)
