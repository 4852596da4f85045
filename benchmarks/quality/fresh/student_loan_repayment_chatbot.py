"""Student loan repayment chatbot: the first design, before any security review.

A government-owned student loans company adds a chatbot to its borrower website.
Borrowers sign in with the government identity service (OIDC, password plus a
code from SMS or an authenticator app) and ask about their balance, repayments
received and overpayment refunds. An LLM agent hosted in the company's cloud
tenancy answers from published repayment guidance and, through a read-only tool,
from the borrower's account in the loans system. It can also start an overpayment
refund application, taking the bank details the refund should go to; caseworkers
check each application against the account before the refund payment run pays it
by BACS. Employers' payroll repayment submissions reach us from the tax authority
as nightly SFTP files and a batch job posts them to balances. The model is a
vendor-hosted LLM with the vendor's content filter. First-design controls: sign-in
through the identity service, a rate limit on the chat API, TLS everywhere,
encryption and role-based access on the loans system, and caseworker approval of refunds.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student loan repayment chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Borrower-facing chatbot answering balance and repayment questions "
    "and starting overpayment refund applications.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Borrower sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
id_token = tg.Data(
    "Identity service ID token",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Signed OIDC token naming the borrower's verified identity.",
)
question = tg.Data("Borrower question", sensitivity=tg.Sensitivity.PII, kind="prompt")
answer = tg.Data("Chatbot answer", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Prompt with account context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, guidance passages and account details.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
guidance = tg.Data(
    "Repayment guidance passages", sensitivity=tg.Sensitivity.PUBLIC, kind="retrieved-context"
)
lookup_call = tg.Data("Account lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
account = tg.Data(
    "Loan account record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Balance, interest, repayments received by source, refund history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
account_result = tg.Data(
    "Account lookup result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
refund_call = tg.Data("Refund application call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
refund_bank = tg.Data(
    "Refund bank details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Account name, sort code and account number the refund is paid to.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
refund_app = tg.Data(
    "Refund application",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tax years claimed, amount the borrower believes was overpaid.",
)
refund_approval = tg.Data("Refund approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
refund_payment = tg.Data(
    "Refund payment instruction", sensitivity=tg.Sensitivity.PII, kind="records"
)
refund_posting = tg.Data("Refund posting", sensitivity=tg.Sensitivity.PII, kind="records")
payroll = tg.Data(
    "Payroll repayment submissions",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Per-employee student loan deductions reported by employers through payroll.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
postings = tg.Data("Repayment postings", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Borrowers: students and graduates, anywhere, on any device.
    borrower = tm.add(tg.Actor("Borrower", role="borrower"))

with tm.boundary("Government identity service", trust=tg.Trust.PARTNER):
    # Cross-government sign-in; we receive its OIDC tokens, we hold no passwords.
    identity = tm.add(
        tg.ExternalService("Government identity service", provides="identity-provider")
    )

with tm.boundary("Tax authority", trust=tg.Trust.PARTNER):
    # The tax authority forwards employers' payroll deductions to us.
    tax_feed = tm.add(
        tg.DataSource(
            "Tax authority payroll feed",
            origin=tg.Origin.PARTNER,
            provides={payroll},
            description="Nightly files of deductions from employers' payroll submissions.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by a vendor under contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Banking network", trust=tg.Trust.PARTNER):
    # BACS bureau that pays approved refunds into borrowers' bank accounts.
    bacs = tm.add(
        tg.ExternalService("BACS payment bureau", description="Sponsoring bank's bureau.")
    )

with tm.boundary("Chatbot cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public chat API behind the borrower website; holds the signed-in session.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="government identity service OIDC: password plus SMS or "
                    "authenticator app code at every sign-in"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: answers questions and calls the lookup and refund tools.
    agent = tm.add(
        tg.Agent(
            "Repayment chatbot agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Decides which tool to call from the conversation.",
        )
    )
    # Published repayment, threshold and refund guidance, chunked for retrieval.
    guidance_index = tm.add(tg.VectorStore("Repayment guidance index", stores={guidance}))
    # Reads the signed-in borrower's account from the loans system.
    lookup_tool = tm.add(
        tg.Tool("Account lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Files an overpayment refund application for staff to check.
    refund_tool = tm.add(
        tg.Tool("Refund application tool", capabilities={"write"}, origin="first-party")
    )
    # Conversation history kept for complaints and quality review.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Loans core", trust=tg.Trust.RESTRICTED):
    # System of record for every borrower's loan account.
    loans = tm.add(
        tg.DataStore(
            "Loans account system",
            stores={account, refund_bank},
            controls={
                c.EncryptionAtRest(key_management="HSM-backed keys"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Nightly job that matches payroll deductions to borrowers and posts them.
    ingest_job = tm.add(
        tg.Service(
            "Nightly repayment posting job",
            description="Matches deductions to accounts by national insurance number.",
        )
    )
    # Queue of refund applications awaiting a caseworker.
    casework = tm.add(
        tg.DataStore("Refund casework queue", stores={refund_app, refund_bank}, controls={c.RBAC()})
    )
    # Builds the BACS refund run from approved applications.
    refund_run = tm.add(
        tg.Service(
            "Refund payment run",
            description="Daily BACS file of approved refunds.",
            controls={c.HumanInTheLoop(approver="refunds caseworker")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who check each refund application against the account.
    caseworker = tm.add(tg.Actor("Refunds caseworker", role="caseworker"))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(borrower, identity, sign_in, protocol="https")
tm.flow(identity, chat_api, id_token, protocol="https", label="OIDC callback")

# conversation
tm.flow(borrower, chat_api, question, refund_bank, protocol="https")
tm.flow(chat_api, agent, question, refund_bank)
tm.flow(agent, guidance_index, question, label="similarity query")
tm.flow(guidance_index, agent, guidance)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, loans, lookup_call, protocol="https", label="account query")
tm.flow(loans, lookup_tool, account, protocol="https")
tm.flow(lookup_tool, agent, account_result)
tm.flow(agent, refund_tool, refund_call, refund_bank)
tm.flow(refund_tool, casework, refund_app, refund_bank, protocol="https")
tm.flow(agent, transcript_store, transcripts)
tm.flow(agent, chat_api, answer)
tm.flow(chat_api, borrower, answer, protocol="https")

# payroll repayments
tm.flow(tax_feed, ingest_job, payroll, protocol="sftp")
tm.flow(ingest_job, loans, postings)

# refund casework and payment
tm.flow(casework, caseworker, refund_app, refund_bank, protocol="https")
tm.flow(loans, caseworker, account, protocol="https", label="checks repayment history")
tm.flow(caseworker, refund_run, refund_approval, protocol="https")
tm.flow(casework, refund_run, refund_app, refund_bank)
tm.flow(refund_run, bacs, refund_payment, protocol="sftp")
tm.flow(refund_run, loans, refund_posting)
