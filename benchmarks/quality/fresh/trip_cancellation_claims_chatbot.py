"""Trip cancellation claims chatbot: the first design, before any security review.

A travel insurer in the EU lets customers file trip cancellation claims by chat
in its customer web app. The chatbot is an LLM agent: it looks up the customer's
policy and cover, asks why the trip was cancelled, and collects the supporting
documents (medical certificates, booking invoices, cancellation confirmations),
which are uploaded to a claim document store. A hosted LLM reads the documents
and the conversation and the agent decides: claims up to EUR 500 that match the
policy are paid straight to the bank account the customer gives in the chat,
through the insurer's payment provider; everything else is referred to a claims
handler, who works it in the claims workbench. Customers sign in with e-mail and
password plus a one-time code; uploads are checked for file type and size; the
document store is encrypted; handlers' access is role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trip cancellation claims chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat-based claim intake that auto-pays small trip cancellation claims.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Cancellation reason, trip details and answers to the bot's questions.",
)
bot_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
claim_documents = tg.Data(
    "Claim documents",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Medical certificates (health data), booking invoices, cancellation letters.",
)
bank_details = tg.Data(
    "Customer bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IBAN and account holder name typed in the chat for the payout.",
)
policy = tg.Data("Travel policy and cover", kind="records", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Claim assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, conversation, policy terms and extracted document text.",
)
llm_output = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Claim facts, the bot's assessment, outcome and payout reference.",
)
payout_instruction = tg.Data(
    "Claim payout instruction", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
handler_decision = tg.Data("Handler claim decision", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Policyholders filing a claim from the customer web app.
    customer = tm.add(tg.Actor("Customer", role="policyholder"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the conversation and the uploaded documents.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Vendor chat model with vision, used under an EU data processing agreement.",
            controls={c.SupplierAssessment(note="vendor DPA and EU data residency reviewed")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The insurer's payment service provider that sends SEPA credit transfers.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider payouts API",
            description="Sends SEPA transfers from the insurer's claims account.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # The chat API behind the customer web app.
    chat_api = tm.add(
        tg.Endpoint(
            "Claims chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with a one-time code"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # The LLM agent that runs the claim conversation and decides the outcome.
    agent = tm.add(
        tg.Agent(
            "Claims chatbot agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Tool-calling loop around the hosted LLM; pays small claims itself.",
        )
    )
    # Uploaded documents, kept with the claim.
    doc_store = tm.add(
        tg.DataStore(
            "Claim document store",
            stores={claim_documents},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Policy administration system: who is covered, for which trip, up to what amount.
    policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy}))
    # Claims of record, written by the bot and by handlers.
    claims_db = tm.add(tg.DataStore("Claims database", stores={claim_record, bank_details}))
    # Lets the agent read the customer's policy and cover.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Lets the agent fetch uploaded documents to pass to the LLM.
    doc_tool = tm.add(tg.Tool("Document reader tool", capabilities={"read"}))
    # Pays approved small claims through the payment provider.
    payout_tool = tm.add(
        tg.Tool(
            "Claim payout tool",
            capabilities={"money-movement"},
            controls={c.TransactionLimits(limit="EUR 500 per claim")},
        )
    )
    # Puts claims the bot does not pay into the handlers' queue.
    referral_tool = tm.add(tg.Tool("Handler referral tool", capabilities={"write"}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal app where handlers review referred claims and pay or decline them.
    workbench = tm.add(tg.Service("Claims workbench", controls={c.RBAC()}))
    # Claims staff who assess referred claims.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, chat_message, claim_documents, bank_details, protocol="https")
tm.flow(chat_api, customer, bot_reply, protocol="https")
tm.flow(chat_api, doc_store, claim_documents, label="upload")
tm.flow(chat_api, agent, chat_message, bank_details)
tm.flow(agent, chat_api, bot_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(agent, policy_tool, tool_call)
tm.flow(policy_admin, policy_tool, policy)
tm.flow(policy_tool, agent, policy)

tm.flow(agent, doc_tool, tool_call)
tm.flow(doc_store, doc_tool, claim_documents)
tm.flow(doc_tool, agent, claim_documents)

tm.flow(agent, claims_db, claim_record, bank_details)

tm.flow(agent, payout_tool, payout_instruction)
tm.flow(payout_tool, payments, payout_instruction, bank_details, protocol="https")
tm.flow(payments, payout_tool, payment_confirmation, protocol="https")
tm.flow(payout_tool, agent, payment_confirmation)

tm.flow(agent, referral_tool, claim_record)
tm.flow(referral_tool, workbench, claim_record, label="referred claim")
tm.flow(claims_db, workbench, claim_record, bank_details)
tm.flow(doc_store, workbench, claim_documents)
tm.flow(workbench, handler, claim_record, claim_documents, protocol="https")
tm.flow(handler, workbench, handler_decision, protocol="https")
tm.flow(workbench, claims_db, handler_decision)
tm.flow(
    workbench,
    payments,
    payout_instruction,
    bank_details,
    protocol="https",
    label="handler-approved payout",
)
tm.flow(payments, workbench, payment_confirmation, protocol="https")
