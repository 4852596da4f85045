"""Pension transfer advice assistant: the first design, before any security review.

Members of our pension scheme sign in to the member portal (member number and
password plus an SMS one-time code) and ask a chat assistant about transferring
their pension out to another provider. An orchestrator in our cloud fetches the
member's record from the pension administration database, retrieves passages of
the scheme rules and transfer guidance from a vector index, and asks a hosted LLM
to answer and to flag scam warning signs (cold calls, overseas investments, early
access promises). Any transfer worth more than GBP 30,000 is handed to a regulated
adviser at our partner advice firm through a referral queue; the assistant itself
never executes a transfer. Pensions administrators load the scheme documents and
review the scam flags. Controls in this design: portal sign-in, a chat rate limit,
the LLM vendor's content filter, encrypted and role-restricted member records,
transcript logging for six years, and TLS on traffic leaving our network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pension transfer advice assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Member-facing chat that explains pension transfers out, flags scam signs "
    "and refers large transfers to a regulated adviser.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Member question", sensitivity=tg.Sensitivity.PII, kind="prompt")
answer = tg.Data("Assistant answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
member_record = tg.Data(
    "Member pension record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, NI number, address, scheme benefits and transfer value.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
scheme_docs = tg.Data(
    "Scheme rules and transfer guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rule_passages = tg.Data(
    "Scheme rule passages", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
rule_chunks = tg.Data("Scheme rule chunks and embeddings", kind="embeddings")
prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, scam checklist, the member's record, rule passages and the question.",
)
completion = tg.Data(
    "LLM completion with scam flags", kind="model-output", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
referral = tg.Data(
    "Adviser referral case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member details, transfer value, receiving scheme, transcript and scam flags.",
)
advice_outcome = tg.Data("Advice outcome", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Scheme members asking about moving their pension out.
    member = tm.add(tg.Actor("Scheme member", role="pension scheme member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that writes the answers and scam flags; hosted by a vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Advice firm", trust=tg.Trust.PARTNER):
    # The FCA-regulated adviser who takes over transfers above the advice threshold.
    adviser = tm.add(tg.Actor("Regulated adviser", role="pension transfer specialist"))

with tm.boundary("Provider cloud", trust=tg.Trust.INTERNAL):
    # The member portal members sign in to; hosts the chat widget.
    portal = tm.add(
        tg.Service(
            "Member portal",
            internet_facing=True,
            controls={c.Authentication(method="member number and password with SMS one-time code")},
        )
    )
    # Chat API behind the portal, per-member quota.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # Builds the prompt from record and rules, calls the LLM, routes large transfers.
    orchestrator = tm.add(
        tg.Service(
            "Assistant orchestrator",
            description="Looks up the record, retrieves rules, calls the LLM, raises referrals.",
            controls={
                c.HumanInTheLoop(approver="regulated adviser", above="GBP 30,000 transfer value"),
                c.AuditLogging(retention_days=2190),
            },
        )
    )
    # Keeps every conversation for complaints and regulatory record keeping.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))
    # Queue of referral cases shared with the advice firm and the admin team.
    referral_queue = tm.add(
        tg.DataStore("Adviser referral queue", stores={referral, advice_outcome})
    )

    with tm.boundary("Member data tier", trust=tg.Trust.RESTRICTED):
        # System of record for members' benefits and transfer values.
        records_db = tm.add(
            tg.DataStore(
                "Pension administration database",
                stores={member_record},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Where the scheme booklets and guidance PDFs are kept.
        doc_library = tm.add(tg.DataStore("Scheme document library", stores={scheme_docs}))
        # Chunks and embeds scheme documents when they change.
        indexer = tm.add(tg.Pipeline("Rules indexing pipeline", stage=tg.Stage.INGESTION))
        # Retrieval index the orchestrator queries for relevant rules.
        rules_index = tm.add(
            tg.VectorStore("Scheme rules index", stores={rule_chunks, rule_passages})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Pensions staff who publish scheme documents and review scam flags.
    administrator = tm.add(tg.Actor("Pensions administrator", role="scheme administration"))

# ---------------------------------------------------------------- flows
tm.flow(member, portal, question, protocol="https")
tm.flow(portal, member, answer, protocol="https")
tm.flow(portal, chat_api, question)
tm.flow(chat_api, portal, answer)
tm.flow(chat_api, orchestrator, question)
tm.flow(orchestrator, chat_api, answer)

tm.flow(orchestrator, records_db, question, label="record lookup by member id")
tm.flow(records_db, orchestrator, member_record)
tm.flow(orchestrator, rules_index, question, label="similarity query")
tm.flow(rules_index, orchestrator, rule_passages)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, transcript_store, transcripts)

tm.flow(orchestrator, referral_queue, referral, label="transfer above GBP 30,000 or scam flag")
tm.flow(referral_queue, adviser, referral, protocol="https")
tm.flow(adviser, referral_queue, advice_outcome, protocol="https")
tm.flow(referral_queue, administrator, referral, label="scam flag review")

tm.flow(administrator, doc_library, scheme_docs, label="publishes scheme documents")
tm.flow(doc_library, indexer, scheme_docs)
tm.flow(indexer, rules_index, rule_chunks)
