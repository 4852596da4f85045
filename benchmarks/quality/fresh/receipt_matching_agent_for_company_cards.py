"""Receipt matching agent for company cards: the first design, before any security review.

The finance team of an EU-headquartered company runs an LLM agent that reconciles
company-card spending. The card issuer drops the daily transaction file on our SFTP
server; employees send receipts either by forwarding e-mails to a shared receipts
mailbox on our hosted mail provider or by photographing them in the expense app,
which uploads through an API behind company SSO. The agent runs in the finance
cloud account: it reads new receipts and open transactions, asks a hosted vision
LLM to extract and match them, codes each matched expense to a ledger account and
posts it to the ERP through a posting tool, e-mails employees whose receipts are
missing, and puts suspicious spending into the controller's review queue. Receipts
and transactions are encrypted at rest, the posting tool's ERP account can only
post to expense clearing accounts, the agent has a step limit and an audit log,
and the LLM vendor was vetted and signed a zero-retention DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Receipt matching agent for company cards",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent matching company-card transactions with e-mailed and photographed "
        "receipts, coding them to the ledger, chasing missing receipts and flagging "
        "suspicious spending."
    ),
)

# ---------------------------------------------------------------- data assets
receipt_photo = tg.Data(
    "Receipt photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of a paper receipt taken in the expense app.",
)
receipt_email = tg.Data(
    "Receipt e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail forwarded by an employee, with the receipt as body or attachment.",
)
card_transactions = tg.Data(
    "Card transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Daily issuer file: cardholder, masked card number, merchant, amount, date.",
)
match_prompt = tg.Data(
    "Matching prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Receipt content, candidate transactions and the coding instructions.",
)
match_proposal = tg.Data(
    "Match and coding proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Extracted receipt fields, the matched transaction and a ledger account.",
)
matched_expenses = tg.Data(
    "Matched expense records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
posting_call = tg.Data(
    "Ledger posting call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
journal_entry = tg.Data(
    "Expense journal entry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
chart_of_accounts = tg.Data("Chart of accounts and cost centres", kind="records")
posting_result = tg.Data(
    "Posting result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
reminder_call = tg.Data("Reminder call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reminder_email = tg.Data(
    "Missing-receipt reminder",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail to the cardholder listing transactions still without a receipt.",
)
flag_call = tg.Data("Flag call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
flagged_spend = tg.Data(
    "Flagged spending",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A transaction the agent finds suspicious, with its reasons and the receipt.",
)
review_outcome = tg.Data("Review outcome", kind="records", sensitivity=tg.Sensitivity.PII)
upload_status = tg.Data(
    "Upload status and missing-receipt list", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Cardholders, on their phones or mail clients wherever they are.
    employee = tm.add(tg.Actor("Employee cardholder", role="employee"))
    # The company's expense app on employees' own or company phones.
    expense_app = tm.add(
        tg.Device("Expense mobile app", description="iOS and Android app used by cardholders.")
    )

with tm.boundary("Card issuer", trust=tg.Trust.PARTNER):
    # The bank's daily file of company-card transactions.
    card_feed = tm.add(
        tg.DataSource(
            "Card issuer transaction file",
            origin=tg.Origin.PARTNER,
            provides={card_transactions},
        )
    )

with tm.boundary("Hosted mail provider", trust=tg.Trust.PARTNER):
    # receipts@ mailbox: employees forward receipts here; anyone can send mail to it.
    mailbox = tm.add(
        tg.DataSource(
            "Receipts mailbox",
            origin=tg.Origin.USER_UPLOAD,
            provides={receipt_email},
        )
    )
    # The provider's outbound relay that delivers the agent's reminder e-mails.
    mail_relay = tm.add(tg.ExternalService("Outbound mail relay"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads receipts and proposes matches and coding.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA with zero data retention")},
        )
    )

with tm.boundary("Finance cloud account", trust=tg.Trust.INTERNAL):
    # Receives receipt photos from the app.
    upload_api = tm.add(
        tg.Endpoint(
            "Receipt upload API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.InputValidation(note="image type and size checks"),
            },
        )
    )
    # Receipt images and the agent's extracted fields and matches.
    receipt_store = tm.add(
        tg.DataStore(
            "Receipt store",
            stores={receipt_photo, receipt_email, matched_expenses},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Imported issuer transactions awaiting a receipt.
    transaction_store = tm.add(
        tg.DataStore(
            "Card transaction store",
            stores={card_transactions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The agent: matches, codes, chases and flags on its own; only flags reach a person.
    agent = tm.add(
        tg.Agent(
            "Receipt matching agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=30), c.AuditLogging(retention_days=400)},
        )
    )
    # Posts coded expenses to the ERP and reads the chart of accounts.
    ledger_tool = tm.add(
        tg.Tool(
            "Ledger posting tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="ERP account can post only to expense clearing accounts")
            },
        )
    )
    # Sends missing-receipt reminders to cardholders.
    email_tool = tm.add(tg.Tool("Reminder e-mail tool", capabilities={"send-messages"}))
    # Puts suspicious spending in the controller's review queue.
    flag_tool = tm.add(tg.Tool("Review flag tool", capabilities={"write"}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The company's ERP holding the general ledger.
    erp = tm.add(tg.Service("ERP general ledger"))
    # Web app where the controller works through flagged spending.
    review_portal = tm.add(
        tg.Service(
            "Expense review portal",
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # The finance controller who investigates flagged spending.
    controller = tm.add(tg.Actor("Finance controller", role="finance controller"))

# ---------------------------------------------------------------- flows
# Receipts in
tm.flow(employee, expense_app, receipt_photo, label="photographs receipt")
tm.flow(expense_app, upload_api, receipt_photo, protocol="https")
tm.flow(upload_api, expense_app, upload_status, protocol="https")
tm.flow(expense_app, employee, upload_status)
tm.flow(upload_api, receipt_store, receipt_photo)
tm.flow(employee, mailbox, receipt_email, protocol="smtp", label="forwards receipt")
tm.flow(mailbox, agent, receipt_email, protocol="https", label="mailbox API")

# Transactions in
tm.flow(card_feed, transaction_store, card_transactions, protocol="sftp", label="daily file")

# Matching
tm.flow(transaction_store, agent, card_transactions)
tm.flow(receipt_store, agent, receipt_photo)
tm.flow(agent, llm, match_prompt, protocol="https")
tm.flow(llm, agent, match_proposal, protocol="https")
tm.flow(agent, receipt_store, matched_expenses, receipt_email)

# Coding to the ledger
tm.flow(agent, ledger_tool, posting_call)
tm.flow(ledger_tool, erp, journal_entry, protocol="https")
tm.flow(erp, ledger_tool, chart_of_accounts, posting_result, protocol="https")
tm.flow(ledger_tool, agent, posting_result, chart_of_accounts)

# Chasing missing receipts
tm.flow(agent, email_tool, reminder_call)
tm.flow(email_tool, mail_relay, reminder_email, protocol="smtp+starttls")
tm.flow(mail_relay, employee, reminder_email, protocol="smtp")

# Flagging suspicious spending
tm.flow(agent, flag_tool, flag_call)
tm.flow(flag_tool, review_portal, flagged_spend, protocol="https")
tm.flow(review_portal, controller, flagged_spend, protocol="https")
tm.flow(controller, review_portal, review_outcome, protocol="https")
