"""Student loan repayment helpline chatbot: the first design, before any security review.

A student loans company adds a chat assistant to the borrower's online account, to take
load off the telephone helpline. Borrowers sign in to their online account and ask about
their balance, interest, the repayment threshold of their plan and whether they are due a
refund of over-repaid amounts. A helpline agent in the company's cloud platform sends the
conversation to a hosted LLM from a vendor, answers policy questions from an index of the
published repayment guidance, and reads the borrower's account through a lookup tool. When
a borrower has over-repaid it can start a refund claim, with the bank details the borrower
types in, which goes to the refund casework system where a caseworker checks it before
any money is paid. Transcripts are kept for quality review. Controls in this design:
account sign-in with password and secret answer, per-session rate limits, a step limit on
the agent, the vendor's content filter, a read-only database role for the lookup tool,
format checks on bank details, and encryption, role-based access and audit logs on the
loan account database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student loan repayment helpline chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Signed-in borrowers ask an LLM agent about balances, thresholds and "
    "refunds; it can start refund claims for caseworkers to check.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Borrower chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation, retrieved guidance and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
guidance = tg.Data(
    "Published repayment guidance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Plan types, repayment thresholds, interest rates and refund rules.",
)
guidance_chunks = tg.Data(
    "Guidance chunks and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
guidance_query = tg.Data("Guidance search query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Account lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_summary = tg.Data(
    "Account summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Balance, plan type, interest rate and repayments received this tax year.",
)
loan_records = tg.Data(
    "Loan account records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Borrower identity, contact details, loan balances, employer repayments "
    "and income information received from the tax authority.",
)
refund_request = tg.Data(
    "Refund claim request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Tax years claimed for and the borrower's bank account details.",
)
claim_reference = tg.Data("Refund claim reference", kind="tool-result")
refund_claim = tg.Data(
    "Refund claim with bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
refund_decision = tg.Data("Refund decision", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the chatbot serves.
    borrower = tm.add(tg.Actor("Borrower", role="student loan borrower"))
    # The company's public guidance pages, the source of policy answers.
    guidance_site = tm.add(
        tg.DataSource(
            "Public repayment guidance pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={guidance},
            description="The company's published guidance on the government website.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Chatbot platform", trust=tg.Trust.INTERNAL):
    # The chat API the online account's chat widget talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="online account sign-in: e-mail, password and secret answer"
                ),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Decides whether to answer from guidance, look up the account or start a claim.
    agent = tm.add(
        tg.Agent(
            "Helpline agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Passes the customer reference from the signed-in session to its tools.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Index of the published guidance, for policy and threshold questions.
    guidance_index = tm.add(tg.VectorStore("Guidance index", stores={guidance_chunks}))
    # Refreshes the index when the guidance pages change.
    indexer = tm.add(tg.Pipeline("Guidance indexing pipeline", stage=tg.Stage.INGESTION))
    # Reads the borrower's own loan account for balance and repayment questions.
    lookup_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            description="Reads the account whose customer reference is taken from the chat session.",
            controls={c.LeastPrivilegeTools(note="read-only database role")},
        )
    )
    # Opens a refund claim in the casework system for an over-repaid borrower.
    refund_tool = tm.add(
        tg.Tool(
            "Refund claim tool",
            capabilities={"write"},
            controls={c.InputValidation(note="sort code and account number format checks")},
        )
    )
    # Conversation history kept for quality review and complaints.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )

with tm.boundary("Core loan systems", trust=tg.Trust.RESTRICTED):
    # The system of record for every borrower's loan.
    loan_db = tm.add(
        tg.DataStore(
            "Loan account database",
            stores={loan_records},
            controls={
                c.EncryptionAtRest(key_management="KMS"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Where refund claims are checked by a person before any payment.
    casework = tm.add(
        tg.Service(
            "Refund casework system",
            description="Queues refund claims for caseworkers, who check them against "
            "repayment records before approving a payment.",
            controls={c.HumanInTheLoop(approver="refunds caseworker")},
        )
    )

with tm.boundary("Staff network", trust=tg.Trust.INTERNAL):
    # Works the refund claim queue.
    caseworker = tm.add(tg.Actor("Refunds caseworker", role="caseworker"))

# ---------------------------------------------------------------- flows
tm.flow(borrower, chat_api, message, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, guidance_index, guidance_query)
tm.flow(guidance_index, agent, guidance_chunks)
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, loan_db, lookup_call)
tm.flow(loan_db, lookup_tool, loan_records)
tm.flow(lookup_tool, agent, account_summary)
tm.flow(agent, refund_tool, refund_request)
tm.flow(refund_tool, casework, refund_claim)
tm.flow(casework, refund_tool, claim_reference)
tm.flow(refund_tool, agent, claim_reference)
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, borrower, reply, protocol="https")

tm.flow(casework, caseworker, refund_claim, protocol="https")
tm.flow(caseworker, casework, refund_decision, protocol="https")
tm.flow(loan_db, casework, loan_records, label="repayment records for the check")
tm.flow(casework, loan_db, refund_decision)

tm.flow(guidance_site, indexer, guidance, protocol="https", label="crawled on change")
tm.flow(indexer, guidance_index, guidance_chunks)
