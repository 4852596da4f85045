"""Credit union member loan chat agent: the first design, before any security review.

Members of the credit union apply for small personal loans from the mobile app
by chatting with a loan agent. Members sign in to the app with their password and
a one-time code at every sign-in. The agent runs in the credit union's cloud
account and uses a general-purpose LLM behind a vendor's hosted API. It asks the
member about the loan, reads the member's account history from the core banking
system, and runs an affordability check through the credit bureau's API. It then
submits the application to a loan decision tool: loans under USD 2,000 that pass
the lending policy are approved and paid into the member's share account at once;
larger or borderline loans are queued for a loan officer, who decides in the
lending workbench. Applications and chat transcripts are kept in an application
store. Controls in this design: sign-in with a one-time code, a request quota on
the chat API, TLS to the vendors, the bureau key in a vault, a per-loan cap on
automatic approvals, a step limit on the agent and audit logs of loan decisions.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Credit union member loan chat agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "In-app chat agent that takes small-loan applications, checks affordability "
        "and approves and disburses loans under USD 2,000."
    ),
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Member sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="App password and the one-time code.",
)
member_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and the tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply to the member or the next tool call.",
)
account_query = tg.Data("Account history query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_history = tg.Data(
    "Member account history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Balances, deposits and transactions of the last 12 months.",
)
bureau_request = tg.Data(
    "Affordability check request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, address, SSN and the loan amount.",
)
credit_report = tg.Data(
    "Credit bureau affordability result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Credit score, existing debts and the bureau's affordability verdict.",
)
loan_application = tg.Data(
    "Loan application",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, term, purpose, stated income and the affordability result.",
)
loan_outcome = tg.Data("Loan decision outcome", kind="tool-result", sensitivity=tg.Sensitivity.PII)
disbursement = tg.Data(
    "Loan booking and disbursement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Creates the loan account and credits the member's share account.",
)
booking_confirmation = tg.Data("Loan booking confirmation", kind="records")
application_record = tg.Data(
    "Application record and transcript",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
referral = tg.Data("Referred loan application", kind="records", sensitivity=tg.Sensitivity.PII)
officer_decision = tg.Data("Loan officer decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member (or anyone holding a member's phone and password) applies here.
    member = tm.add(tg.Actor("Member", role="credit union member"))
    # The credit union's mobile app on members' own phones; it hosts the chat.
    app = tm.add(
        tg.Device(
            "Member mobile app",
            description="iOS and Android app; the chat screen talks to the chat API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with; we do not host it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Credit bureau", trust=tg.Trust.PARTNER):
    # Source of the credit file and the affordability verdict.
    bureau = tm.add(
        tg.ExternalService(
            "Credit bureau API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Credit union cloud", trust=tg.Trust.INTERNAL):
    # Entry point for the chat; checks the member session before any message.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app password and one-time code at every sign-in"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Loan chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Interviews the member and submits the application without staff.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads the signed-in member's account history from core banking.
    account_tool = tm.add(
        tg.Tool(
            "Account history tool",
            capabilities={"read"},
            description="Calls core banking with the member number from the chat session.",
        )
    )
    # Calls the credit bureau with the member's identity and the requested amount.
    bureau_tool = tm.add(
        tg.Tool(
            "Affordability check tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="bureau API key in the cloud secret store")},
        )
    )
    # Applies the lending policy, books and pays small loans, refers the rest.
    decision_tool = tm.add(
        tg.Tool(
            "Loan decision and disbursement tool",
            capabilities={"write", "money-movement"},
            description=(
                "Rules-based lending policy; approves and disburses loans under USD 2,000 "
                "that pass, and refers larger or borderline ones to a loan officer."
            ),
            controls={
                c.TransactionLimits(limit="USD 2,000 per loan"),
                c.HumanInTheLoop(approver="loan officer", above="USD 2,000 per loan"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Keeps every application and its chat transcript for lending records.
    app_store = tm.add(
        tg.DataStore(
            "Loan application store",
            stores={application_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Core banking", trust=tg.Trust.RESTRICTED):
    # System of record for member accounts and loans.
    core = tm.add(
        tg.Service(
            "Core banking system",
            description="Hosted core; the integration layer exposes account and loan APIs.",
            controls={c.RBAC(note="service accounts per integration")},
        )
    )

with tm.boundary("Credit union staff network", trust=tg.Trust.INTERNAL):
    # Staff member who decides on referred applications.
    officer = tm.add(tg.Actor("Loan officer", role="lending staff"))
    # Queue and screen where officers review referrals and record decisions.
    workbench = tm.add(
        tg.Service(
            "Lending workbench",
            controls={c.Authentication(method="staff SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(member, app, sign_in, member_message, label="typed in the app")
tm.flow(app, member, agent_reply, label="shown in the app")
tm.flow(app, chat_api, sign_in, member_message, protocol="https")
tm.flow(chat_api, app, agent_reply, protocol="https")
tm.flow(chat_api, agent, member_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, account_tool, account_query)
tm.flow(account_tool, core, account_query, protocol="https")
tm.flow(core, account_tool, account_history, protocol="https")
tm.flow(account_tool, agent, account_history)

tm.flow(agent, bureau_tool, bureau_request)
tm.flow(bureau_tool, bureau, bureau_request, protocol="https")
tm.flow(bureau, bureau_tool, credit_report, protocol="https")
tm.flow(bureau_tool, agent, credit_report)

tm.flow(agent, decision_tool, loan_application)
tm.flow(decision_tool, agent, loan_outcome)
tm.flow(decision_tool, core, disbursement, protocol="https")
tm.flow(core, decision_tool, booking_confirmation, protocol="https")
tm.flow(decision_tool, app_store, application_record)
tm.flow(agent, app_store, application_record, label="chat transcript")
tm.flow(decision_tool, workbench, referral, label="referred application")

tm.flow(workbench, officer, referral, application_record)
tm.flow(app_store, workbench, application_record)
tm.flow(officer, workbench, officer_decision)
tm.flow(workbench, core, disbursement, label="officer-approved loan", protocol="https")
tm.flow(core, workbench, booking_confirmation, protocol="https")
