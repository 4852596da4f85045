"""Student loan hardship application agent: the first design, before any security review.

A student loan servicer adds a chat assistant to its borrower portal. Borrowers sign
in to their account (through the servicer's customer identity provider) and ask for
a hardship payment pause. The agent explains the options and collects the
borrower's income evidence (pay stubs, benefit letters, tax returns), uploaded
through the portal. It reads the borrower's loan account. It reads the uploaded
documents and checks the figures against the hardship eligibility rules. Then it
submits a complete application to the caseworkers' queue. A caseworker reviews
every application and decides; the decision is written back to the loan servicing
system. The language model is a vendor's hosted API. The portal needs sign-in and
has a rate limit and upload checks. The stores are encrypted, staff work under roles
with audit logs, and the agent has a step limit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Student loan hardship application agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"soc2"},
    description="Chat agent that prepares hardship payment-pause applications for caseworkers.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data("Borrower sign-in credentials", sensitivity="secret", kind="credentials")
session_token = tg.Data("Borrower session token", sensitivity="secret", kind="credentials")
chat_message = tg.Data("Borrower chat messages", sensitivity="pii", kind="prompt")
agent_reply = tg.Data("Agent replies", sensitivity="pii", kind="model-output")
evidence = tg.Data(
    "Income evidence documents",
    sensitivity="pii",
    kind="documents",
    description="Pay stubs, benefit award letters and tax returns uploaded by the borrower.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
document_text = tg.Data("Income document contents", sensitivity="pii", kind="tool-result")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity="pii",
    kind="prompt",
    description="System instructions, conversation so far, account facts and document text.",
)
llm_completion = tg.Data("Model completion", sensitivity="pii", kind="model-output")
tool_call = tg.Data("Agent tool calls", sensitivity="pii", kind="tool-call")
loan_account = tg.Data(
    "Loan account records",
    sensitivity="pii",
    kind="records",
    description="Balances, payment history, past forbearance months, SSN and contact details.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
account_summary = tg.Data("Loan account summary", sensitivity="pii", kind="tool-result")
eligibility_result = tg.Data("Eligibility check result", sensitivity="pii", kind="tool-result")
application = tg.Data(
    "Hardship application",
    sensitivity="pii",
    kind="records",
    description="Borrower details, stated income and household size, evidence references, "
    "the agent's eligibility summary.",
)
submission_receipt = tg.Data("Submission receipt", sensitivity="internal", kind="tool-result")
decision = tg.Data(
    "Hardship decision",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
transcript = tg.Data("Chat transcripts", sensitivity="pii", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The borrower, at home on a browser or phone.
    borrower = tm.add(tg.Actor("Borrower", role="borrower"))

with tm.boundary("Identity vendor", trust=tg.Trust.PARTNER):
    # Customer identity platform the servicer already uses for the portal.
    idp = tm.add(
        tg.ExternalService(
            "Customer identity provider",
            provides="identity-provider",
            controls={c.Authentication(method="password with SMS one-time code at every sign-in")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.SupplierAssessment(note="vendor security review; no training on our data")},
        )
    )

with tm.boundary("Servicer cloud", trust=tg.Trust.INTERNAL):
    # The signed-in part of the borrower website, where the chat and uploads live.
    portal = tm.add(
        tg.Endpoint(
            "Borrower portal chat API",
            purpose="api",
            internet_facing=True,
            controls={
                c.Authentication(method="OIDC session from the customer identity provider"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to PDF and images under 10 MB"),
            },
        )
    )
    # Runs the conversation, decides which tool to call next.
    agent = tm.add(
        tg.Agent(
            "Hardship application agent",
            autonomy="supervised",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Looks up the borrower's loans for the agent.
    account_tool = tm.add(
        tg.Tool(
            "Loan account lookup tool",
            capabilities={"read"},
            description="Reads balances, payment history and forbearance months used so far.",
        )
    )
    # Fetches uploaded evidence so the model can read the income figures.
    document_tool = tm.add(tg.Tool("Income document reader", capabilities={"read"}))
    # Applies the servicer's published hardship criteria to the figures the agent gives it.
    eligibility_tool = tm.add(tg.Tool("Hardship eligibility rules check", capabilities={"read"}))
    # Files the finished application into the caseworker queue.
    submit_tool = tm.add(
        tg.Tool(
            "Application submission tool",
            capabilities={"write"},
            controls={
                c.HumanInTheLoop(
                    approver="hardship caseworker",
                    note="a caseworker decides every application; the agent cannot grant a pause",
                )
            },
        )
    )
    # Keeps conversations for complaints handling and quality review.
    transcripts = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for everything borrowers upload.
    evidence_store = tm.add(
        tg.DataStore(
            "Income evidence store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Core servicing", trust=tg.Trust.RESTRICTED):
        # The servicer's system of record for every loan.
        servicing = tm.add(
            tg.DataStore(
                "Loan servicing system",
                stores={loan_account, decision},
                controls={
                    c.EncryptionAtRest(key_management="HSM-backed keys"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Case management system where hardship applications are worked and decided.
    case_mgmt = tm.add(
        tg.Service(
            "Hardship case management system",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Servicer staff who review the evidence and approve or deny the pause.
    caseworker = tm.add(tg.Actor("Hardship caseworker", role="caseworker"))

# ---------------------------------------------------------------- flows
tm.flow(borrower, idp, sign_in, protocol="https")
tm.flow(idp, portal, session_token, protocol="oidc")
tm.flow(borrower, portal, chat_message, evidence, protocol="https")
tm.flow(portal, borrower, agent_reply, protocol="https")
tm.flow(portal, evidence_store, evidence, label="upload")
tm.flow(portal, agent, chat_message)
tm.flow(agent, portal, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, account_tool, tool_call)
tm.flow(servicing, account_tool, loan_account, label="account query")
tm.flow(account_tool, agent, account_summary)

tm.flow(agent, document_tool, tool_call)
tm.flow(evidence_store, document_tool, evidence)
tm.flow(document_tool, agent, document_text)

tm.flow(agent, eligibility_tool, tool_call, label="income, household size, loan type")
tm.flow(eligibility_tool, agent, eligibility_result)

tm.flow(agent, submit_tool, application)
tm.flow(submit_tool, case_mgmt, application, protocol="https")
tm.flow(case_mgmt, submit_tool, submission_receipt, protocol="https")
tm.flow(submit_tool, agent, submission_receipt)

tm.flow(agent, transcripts, transcript)

tm.flow(case_mgmt, caseworker, application, protocol="https")
tm.flow(evidence_store, case_mgmt, evidence, protocol="https", label="evidence viewer")
tm.flow(caseworker, case_mgmt, decision, protocol="https")
tm.flow(case_mgmt, servicing, decision, protocol="https", label="apply forbearance")
