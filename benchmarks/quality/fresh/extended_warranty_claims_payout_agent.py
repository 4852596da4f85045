"""Extended warranty claims agent: the first design, before any security review.

An electronics retailer sells extended warranties. Customers sign in to their
retailer account and open a claims chat, describe the fault, and upload photos of
the device and their receipt. An LLM agent (a hosted model behind the vendor's
API) checks the warranty and purchase records, reads the warranty terms, looks at
earlier claims, and decides on a repair (booked with the repair partner), a
replacement, or a cash settlement paid by bank transfer to the account the
customer types into the chat. Settlements above GBP 250 are referred to a claims
handler, who approves them in an internal console. Controls in this design:
account sign-in with e-mail and password, rate limits and file checks on the
chat API, HTTPS throughout, mutual TLS to the bank, a per-claim settlement cap, a
step limit on the agent, encrypted stores, the payout API key in a secrets
manager, SSO with MFA and roles for handlers, and a log of every agent action.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Extended warranty claims agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that settles extended-warranty claims by repair, replacement "
    "or bank payout, referring large claims to a handler.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fault description and answers to the agent's questions.",
)
evidence = tg.Data(
    "Device photos and receipts",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded images and PDFs; receipts show name, address and card last digits.",
)
bank_details = tg.Data(
    "Payout bank account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account name, sort code and account number typed by the customer in the chat.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, chat history, images, tool results and retrieved terms.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
warranty_records = tg.Data(
    "Warranty and purchase records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
coverage_query = tg.Data("Coverage lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
coverage_result = tg.Data(
    "Coverage lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
terms = tg.Data("Warranty terms and claims policy", kind="documents")
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Fault, evidence links, decision, amount and payout account.",
)
payout_request = tg.Data(
    "Settlement payout request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Claim id, amount and the payout bank account details.",
)
payment_instruction = tg.Data(
    "Bank payment instruction", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_status = tg.Data("Payment status", kind="tool-result")
payout_key = tg.Data("Bank payouts API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
booking_request = tg.Data(
    "Repair or replacement request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Device, fault, customer name and collection or delivery address.",
)
booking_confirmation = tg.Data("Booking confirmation", kind="tool-result")
referral = tg.Data(
    "Referred claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claims above the settlement cap, with the agent's summary and recommendation.",
)
handler_decision = tg.Data(
    "Handler settlement approval", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Warranty holders making a claim from the retailer's website or app.
    customer = tm.add(tg.Actor("Customer", role="warranty holder"))

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # Public chat and upload API behind the retailer's account sign-in.
    chat_api = tm.add(
        tg.Endpoint(
            "Claims chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="retailer account e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Runs the conversation and decides repair, replacement or settlement.
    agent = tm.add(
        tg.Agent(
            "Claims agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=30),
                c.HumanInTheLoop(approver="claims handler", above="GBP 250 per claim"),
                c.TransactionLimits(limit="GBP 250 per claim"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Object storage for the photos and receipts customers upload.
    evidence_store = tm.add(
        tg.DataStore(
            "Claim evidence store",
            stores={evidence},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads warranty contracts and purchase history for the claimed device.
    coverage_tool = tm.add(tg.Tool("Coverage lookup tool", capabilities={"read"}))
    # Index of the warranty terms and internal claims policy the agent cites.
    terms_index = tm.add(tg.VectorStore("Warranty terms index", stores={terms}))
    # Claims and their outcomes; the agent checks it for repeat claims.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_record, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sends the settlement to the customer's bank account through the bank's API.
    payout_tool = tm.add(
        tg.Tool(
            "Settlement payout tool",
            capabilities={"money-movement"},
            controls={c.SecretsManagement(note="bank API key in the cloud secrets manager")},
        )
    )
    # Books a repair, or a replacement dispatch, with the repair partner.
    booking_tool = tm.add(tg.Tool("Repair booking tool", capabilities={"write"}))
    # Where claims handlers review referred claims and approve large settlements.
    console = tm.add(
        tg.Service(
            "Claims handler console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Retail data centre", trust=tg.Trust.RESTRICTED):
    # System of record for warranties sold and the purchases they cover.
    warranty_db = tm.add(
        tg.DataStore(
            "Warranty and purchase database",
            stores={warranty_records},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who decide claims above the agent's cap.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the chat, photos and receipts.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The retailer's bank, paying settlements by Faster Payments.
    bank = tm.add(tg.ExternalService("Bank payouts API"))

with tm.boundary("Repair partner", trust=tg.Trust.PARTNER):
    # Contracted repair company that also ships replacement devices.
    repair_partner = tm.add(tg.ExternalService("Repair partner API"))

# ---------------------------------------------------------------- flows
# the claims chat
tm.flow(customer, chat_api, chat_message, evidence, bank_details, protocol="https")
tm.flow(chat_api, evidence_store, evidence)
tm.flow(chat_api, agent, chat_message, bank_details)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, customer, agent_reply, protocol="https")

# the agent's reasoning and lookups
tm.flow(evidence_store, agent, evidence)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, terms_index, chat_message, label="similarity query")
tm.flow(terms_index, agent, terms, label="retrieved terms")
tm.flow(agent, coverage_tool, coverage_query)
tm.flow(coverage_tool, warranty_db, coverage_query, protocol="tls")
tm.flow(warranty_db, coverage_tool, warranty_records, protocol="tls")
tm.flow(coverage_tool, agent, coverage_result)
tm.flow(agent, claims_db, claim_record, bank_details)
tm.flow(claims_db, agent, claim_record, label="earlier claims")

# outcomes
tm.flow(agent, payout_tool, payout_request)
tm.flow(payout_tool, bank, payment_instruction, payout_key, protocol="mtls")
tm.flow(bank, payout_tool, payment_status, protocol="mtls")
tm.flow(payout_tool, agent, payment_status)
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, repair_partner, booking_request, protocol="https")
tm.flow(repair_partner, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)

# referral of large claims
tm.flow(agent, console, referral)
tm.flow(evidence_store, console, evidence)
tm.flow(console, handler, referral, evidence, protocol="https")
tm.flow(handler, console, handler_decision, protocol="https")
tm.flow(console, claims_db, handler_decision)
tm.flow(console, payout_tool, payout_request, label="approved settlement")
