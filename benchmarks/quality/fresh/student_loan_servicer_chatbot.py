"""Student loan servicer chatbot: the first design, before any security review.

Borrowers chat with an assistant on the servicer's website and mobile app. Anyone
can ask general questions about repayment plans, which the assistant answers from
the servicer's policy documents (federal plan rules and our own procedures), indexed
in a vector store by a nightly pipeline. After signing in through the customer
identity provider, a borrower can also ask for their loan balance, which the agent
reads from the loan servicing system through a read-only tool, and can ask to enrol
in an income-driven repayment (IDR) plan: the agent fills in the application from the
chat and, once the borrower presses Confirm, an enrolment tool submits it to the
servicing system. The LLM is a vendor-hosted model. The chat API sits behind the web
gateway with rate limits, the servicing system encrypts its data and audits access,
and transcripts are kept for complaint handling and handed to human representatives
when a borrower asks for one.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student loan servicer chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Borrower-facing assistant answering repayment questions, looking up "
    "balances and enrolling borrowers in IDR plans.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("Borrower credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
session_token = tg.Data("Session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
message = tg.Data(
    "Borrower message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text; borrowers often type income, family size or SSN digits.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, retrieved policy passages and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answer text or a tool call chosen by the model.",
)
policy_docs = tg.Data(
    "Repayment policy documents",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Federal repayment plan rules and the servicer's procedures.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
policy_chunks = tg.Data(
    "Policy passages and embeddings", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
balance_call = tg.Data("Balance lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
balance = tg.Data(
    "Loan balance and status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Loans, principal, interest, current plan, next payment due.",
)
loan_records = tg.Data(
    "Borrower loan accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Identity, SSN, loans, payment history, repayment plan.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
enrol_call = tg.Data(
    "IDR enrolment call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen plan, reported income and family size, borrower id.",
)
enrol_result = tg.Data("Enrolment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
idr_application = tg.Data(
    "IDR application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Borrowers on the website or app; general questions need no sign-in.
    borrower = tm.add(tg.Actor("Borrower", role="borrower"))

with tm.boundary("Identity vendor", trust=tg.Trust.PARTNER):
    # Customer identity provider for the borrower portal (password + SMS code).
    idp = tm.add(
        tg.ExternalService(
            "Customer identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model that plans answers and tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor contract with zero data retention")},
        )
    )

with tm.boundary("Servicer cloud", trust=tg.Trust.INTERNAL):
    # Public entry point for the chat widget and app.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="message length limit"),
                c.Authentication(method="OIDC", note="optional; needed for account questions"),
            },
        )
    )
    # Orchestrates retrieval, the LLM and the two tools for one conversation.
    agent = tm.add(
        tg.Agent(
            "Repayment assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the borrower", note="Confirm button before IDR enrolment"
                ),
            },
        )
    )
    # Index of policy passages the agent answers from.
    policy_index = tm.add(tg.VectorStore("Policy vector store", stores={policy_chunks}))
    # Nightly job that chunks and embeds the policy documents.
    indexer = tm.add(tg.Pipeline("Policy indexing pipeline", stage=tg.Stage.INGESTION))
    # Compliance team's document library: the source of policy text.
    policy_library = tm.add(
        tg.DataSource("Policy document library", origin=tg.Origin.INTERNAL, provides={policy_docs})
    )
    # Reads the signed-in borrower's balance from the servicing system.
    balance_tool = tm.add(
        tg.Tool(
            "Balance lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account")},
        )
    )
    # Submits an IDR application for the borrower.
    enrol_tool = tm.add(tg.Tool("IDR enrolment tool", capabilities={"write"}))
    # Conversation log kept for complaints and regulator inquiries.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

    with tm.boundary("Servicing core", trust=tg.Trust.RESTRICTED):
        # The system of record for every borrower's loans.
        servicing = tm.add(
            tg.DataStore(
                "Loan servicing system",
                stores={loan_records, idr_application},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

with tm.boundary("Contact centre", trust=tg.Trust.INTERNAL):
    # Human representatives who take over escalated chats.
    rep = tm.add(tg.Actor("Customer service representative", role="support staff"))

# ---------------------------------------------------------------- flows
# sign-in
tm.flow(borrower, idp, credentials, protocol="https")
tm.flow(idp, borrower, session_token, protocol="https")

# chat
tm.flow(borrower, chat_api, message, session_token, protocol="https")
tm.flow(chat_api, borrower, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# policy answers
tm.flow(policy_library, indexer, policy_docs, label="nightly export")
tm.flow(indexer, policy_index, policy_chunks)
tm.flow(agent, policy_index, message, label="similarity query")
tm.flow(policy_index, agent, policy_chunks)

# account actions
tm.flow(agent, balance_tool, balance_call)
tm.flow(balance_tool, servicing, balance_call, protocol="https")
tm.flow(servicing, balance_tool, loan_records, protocol="https")
tm.flow(balance_tool, agent, balance)
tm.flow(agent, enrol_tool, enrol_call, label="after borrower confirms")
tm.flow(enrol_tool, servicing, idr_application, protocol="https")
tm.flow(servicing, enrol_tool, enrol_result, protocol="https")
tm.flow(enrol_tool, agent, enrol_result)

# records and escalation
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, rep, transcripts, protocol="https", label="escalation hand-off")
tm.flow(rep, borrower, reply, protocol="https", label="live chat")
