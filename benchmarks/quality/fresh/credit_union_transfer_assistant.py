"""Credit union transfer assistant: the first design, before any security review.

Members chat with an assistant inside the credit union's mobile banking app. It
answers questions about their balances, recent transactions and the credit
union's products, and it can move money between the member's own accounts or pay
one of the member's saved payees. The assistant service runs in the credit
union's cloud VPC behind the mobile API; it calls a hosted LLM, a product FAQ
index, and three tools that talk to the hosted core banking platform and the
bill-pay vendor. Every transfer or payment the assistant proposes is shown to the
member on a confirmation screen and only executes once they tap Confirm.
Controls in this design: login through the digital banking identity provider with
MFA and biometrics, rate limits on the mobile API, tools that act with the
member's own session, own-account and saved-payee checks with amount limits on
the money tools, the LLM vendor's content filter, and encrypted transcripts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Credit union transfer assistant",
    profile=tg.RiskProfile.HIGH,
    description="In-app LLM assistant that answers account questions and moves members' money.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Member message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
session = tg.Data(
    "Member session token",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="OAuth access token from the digital banking login.",
)
token_check = tg.Data("Token introspection result", kind="records", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with account context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation so far, tool results with balances and transactions.",
)
llm_completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Answer text or a tool call (lookup, transfer, bill payment).",
)
faq_query = tg.Data("FAQ query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
faq_chunks = tg.Data(
    "Product FAQ passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
faq_docs = tg.Data("Product and rates pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
lookup_call = tg.Data("Account lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_data = tg.Data(
    "Account balances and transactions",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transfer_call = tg.Data(
    "Transfer request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="From-account, to-account, amount, memo.",
)
payment_call = tg.Data(
    "Bill payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Saved payee id, amount, pay date.",
)
confirm_prompt = tg.Data(
    "Confirmation request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Summary of the pending transfer or payment shown on the confirm screen.",
)
confirmation = tg.Data("Member confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
ledger_posting = tg.Data(
    "Ledger transfer",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
payees = tg.Data("Saved payees", kind="records", sensitivity=tg.Sensitivity.PII)
bill_payment = tg.Data(
    "Bill payment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the credit union with the app and online banking enrolled.
    member = tm.add(tg.Actor("Member", role="credit union member"))
    # The iOS/Android banking app: chat screen and transfer confirmation screen.
    app = tm.add(tg.Device("Mobile banking app", fleet=True))

with tm.boundary("Digital banking IdP", trust=tg.Trust.PARTNER):
    # The digital banking vendor's login service: MFA at enrolment, biometrics on the phone.
    idp = tm.add(
        tg.ExternalService(
            "Member identity provider",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            controls={c.Authentication(method="OAuth 2.0 with MFA and device biometrics")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Understands the question, writes the answer and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.Guardrails(note="the vendor's default content filter"),
                c.SupplierAssessment(note="vendor due diligence done by the credit union"),
            },
        )
    )

with tm.boundary("Core processor", trust=tg.Trust.PARTNER):
    # Hosted core banking: the system of record for share and loan accounts.
    core = tm.add(
        tg.DataStore(
            "Core banking system",
            stores={account_data, ledger_posting},
            controls={c.AuditLogging(note="core transaction journal")},
        )
    )

with tm.boundary("Bill-pay vendor", trust=tg.Trust.PARTNER):
    # Holds members' saved payees and sends the payments.
    billpay = tm.add(tg.ExternalService("Bill-pay platform"))

with tm.boundary("Credit union cloud VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for the app; checks the session and routes chat and confirmations.
    mobile_api = tm.add(
        tg.Endpoint(
            "Mobile API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="bearer token checked with the IdP"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # The assistant: keeps the conversation, calls the LLM and the tools.
    assistant = tm.add(
        tg.Agent(
            "Assistant orchestrator",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Tool-calling loop; the member confirms every money movement.",
        )
    )
    # Answers product questions (rates, fees, cut-off times) from published pages.
    faq_index = tm.add(tg.VectorStore("Product FAQ index", stores={faq_docs, faq_chunks}))
    # Reads balances, transactions and payees for the signed-in member.
    account_tool = tm.add(
        tg.Tool(
            "Account lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="calls the core with the member's own session")},
        )
    )
    # Moves money between the member's own accounts.
    transfer_tool = tm.add(
        tg.Tool(
            "Internal transfer tool",
            capabilities={"money-movement", "write"},
            controls={
                c.HumanInTheLoop(approver="the member, on the in-app confirm screen"),
                c.InputValidation(note="both accounts must belong to the member; daily limit"),
                c.LeastPrivilegeTools(note="acts with the member's own session"),
            },
        )
    )
    # Pays one of the member's already-saved payees.
    billpay_tool = tm.add(
        tg.Tool(
            "Bill payment tool",
            capabilities={"money-movement", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.HumanInTheLoop(approver="the member, on the in-app confirm screen"),
                c.InputValidation(note="saved payees only; per-payment limit"),
            },
        )
    )
    # Transcripts kept for complaints, disputes and quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Credit union corporate network", trust=tg.Trust.INTERNAL):
    # Member service reps read transcripts when a member calls about a chat or transfer.
    staff = tm.add(tg.Actor("Member service rep", role="member services"))

# ---------------------------------------------------------------- flows
# chat
tm.flow(member, app, message, confirmation, label="types and confirms")
tm.flow(app, member, reply, confirm_prompt, label="shows")
tm.flow(app, mobile_api, message, session, protocol="https", label="chat")
tm.flow(mobile_api, idp, session, protocol="https")
tm.flow(idp, mobile_api, token_check, protocol="https")
tm.flow(mobile_api, assistant, message, session)
tm.flow(assistant, mobile_api, reply)
tm.flow(mobile_api, app, reply, protocol="https", label="chat")

# model and knowledge
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, llm_completion, protocol="https")
tm.flow(assistant, faq_index, faq_query)
tm.flow(faq_index, assistant, faq_chunks)
tm.flow(assistant, transcript_store, transcripts)
tm.flow(transcript_store, staff, transcripts, protocol="https")

# account lookups
tm.flow(assistant, account_tool, lookup_call, session)
tm.flow(account_tool, core, lookup_call, session, protocol="https")
tm.flow(core, account_tool, account_data, protocol="https")
tm.flow(account_tool, assistant, tool_result, account_data)

# transfers between own accounts
tm.flow(assistant, transfer_tool, transfer_call, session)
tm.flow(transfer_tool, mobile_api, confirm_prompt, label="pending transfer")
tm.flow(mobile_api, app, confirm_prompt, protocol="https", label="confirm screen")
tm.flow(app, mobile_api, confirmation, session, protocol="https", label="confirm tap")
tm.flow(mobile_api, transfer_tool, confirmation, label="transfer confirmed")
tm.flow(transfer_tool, core, ledger_posting, protocol="https")
tm.flow(core, transfer_tool, tool_result, protocol="https")
tm.flow(transfer_tool, assistant, tool_result)

# bill payments to saved payees
tm.flow(assistant, billpay_tool, payment_call, session)
tm.flow(billpay_tool, billpay, session, protocol="https", label="list saved payees")
tm.flow(billpay, billpay_tool, payees, protocol="https")
tm.flow(billpay_tool, mobile_api, confirm_prompt, label="pending payment")
tm.flow(mobile_api, billpay_tool, confirmation, label="payment confirmed")
tm.flow(billpay_tool, billpay, bill_payment, protocol="https", label="submit payment")
tm.flow(billpay, billpay_tool, tool_result, protocol="https", label="payment status")
tm.flow(billpay_tool, assistant, tool_result, payees)
