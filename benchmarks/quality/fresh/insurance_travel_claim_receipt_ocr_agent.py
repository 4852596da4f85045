"""Travel claim receipt agent: the first design, before any security review.

Policyholders claim travel expenses (medical bills abroad, cancelled bookings, lost
baggage) on the insurer's claims portal: they fill in a claim form, upload photos or
PDFs of their receipts and give the bank account to pay. Each new claim is queued for
an LLM agent running in the insurer's cloud. The agent has a tool that sends receipts
to a third-party OCR API and returns the extracted fields, a tool that looks up the
policy's cover, limits and excess, and a tool that writes a proposed settlement into
the claims management system. A hosted LLM does the reasoning. A claims handler
reviews every proposal in the claims workbench and approves or changes it; only then
does the payments system pay the traveller. Controls: customer sign-in, upload checks
and rate limits on the portal, SSO with MFA and roles for staff, encrypted stores,
a step limit and trace logging on the agent, and a vendor review of the LLM provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Travel claim receipt agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent reads travel-claim receipts, checks them against the policy and proposes a settlement.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Travel claim form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Policy number, trip dates, what happened and the amounts claimed.",
)
receipts = tg.Data(
    "Claim receipts",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photos and PDFs of receipts and invoices, including medical bills from abroad.",
)
bank_details = tg.Data(
    "Payout bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
decision_notice = tg.Data("Claim decision notice", kind="records", sensitivity=tg.Sensitivity.PII)
task = tg.Data("Claim assessment task", kind="records", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the claim, extracted receipt text and the policy terms.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
ocr_request = tg.Data("OCR request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
ocr_text = tg.Data("OCR text", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
extracted = tg.Data(
    "Extracted receipt fields",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Merchant, date, currency, amount and line items per receipt.",
)
policy_query = tg.Data("Policy lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
policy = tg.Data(
    "Policy cover and limits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cover sections, per-item limits, excess and exclusions for the policy.",
)
proposal = tg.Data(
    "Proposed settlement",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Amount per receipt, total, deductions and the agent's reasons.",
)
claim_record = tg.Data(
    "Claim with proposed settlement", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
approval = tg.Data("Settlement approval", kind="records", sensitivity=tg.Sensitivity.PII)
payment = tg.Data("Settlement payment instruction", kind="records", sensitivity=tg.Sensitivity.PII)
payment_status = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
trace = tg.Data("Agent run trace", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The policyholder making the claim, from a browser or the mobile app.
    traveller = tm.add(tg.Actor("Traveller", role="policyholder"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by a vendor under contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review and DPA; no training on our data")},
        )
    )

with tm.boundary("OCR vendor", trust=tg.Trust.PARTNER):
    # A document-AI API that turns receipt images into text.
    ocr_api = tm.add(
        tg.ExternalService(
            "Document OCR API",
            provides=tg.ExternalCategory.GENERIC,
            description="Cloud receipt and invoice recognition.",
        )
    )

with tm.boundary("Insurer cloud", trust=tg.Trust.INTERNAL):
    # The public claims portal where travellers file claims and read decisions.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Object storage for the uploaded receipt files.
    receipt_store = tm.add(
        tg.DataStore(
            "Receipt document store",
            stores={receipts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that assesses each claim and drafts the settlement.
    agent = tm.add(
        tg.Agent(
            "Claim assessment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the receipts, checks each against the policy and proposes a settlement.",
            controls={
                c.CircuitBreaker(max_steps=30),
                c.HumanInTheLoop(
                    approver="claims handler, for every proposed settlement before payment"
                ),
                c.AuditLogging(retention_days=365, note="every prompt, tool call and result"),
            },
        )
    )
    # Tool: fetches the claim's receipts and sends them to the OCR vendor.
    ocr_tool = tm.add(
        tg.Tool(
            "Receipt OCR tool",
            capabilities={"read", "network-egress"},
            description="Fetches receipt files by claim id and returns the extracted fields.",
        )
    )
    # Tool: looks up cover, limits and excess for a policy number.
    policy_tool = tm.add(tg.Tool("Policy lookup tool", capabilities={"read"}))
    # Tool: records the agent's proposed settlement on the claim; it cannot pay.
    proposal_tool = tm.add(
        tg.Tool(
            "Settlement proposal tool",
            capabilities={"write"},
            description="Writes the proposed settlement to the claim for a handler to review.",
        )
    )
    # Store of agent traces for complaints and audits.
    trace_store = tm.add(tg.DataStore("Agent trace log", stores={trace}))
    # Internal web app where handlers review proposals against the receipts.
    workbench = tm.add(
        tg.Service(
            "Claims workbench",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Core insurance systems", trust=tg.Trust.RESTRICTED):
        # The policy administration system: the record of what each policy covers.
        policy_admin = tm.add(tg.DataStore("Policy administration system", stores={policy}))
        # The system of record for claims, proposals, approvals and bank details.
        claims_system = tm.add(
            tg.DataStore(
                "Claims management system",
                stores={claim_form, claim_record, bank_details, approval, decision_notice},
                controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
            )
        )
        # Pays approved settlements to the traveller's bank account.
        payments = tm.add(
            tg.Service(
                "Claims payments system",
                description="Runs the daily payout file to the bank for approved claims.",
                controls={c.AuditLogging()},
            )
        )

with tm.boundary("Claims operations", trust=tg.Trust.INTERNAL):
    # The handler who approves, changes or rejects every proposed settlement.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
tm.flow(traveller, portal, claim_form, receipts, bank_details, protocol="https")
tm.flow(portal, traveller, decision_notice, protocol="https")
tm.flow(portal, receipt_store, receipts)
tm.flow(portal, claims_system, claim_form, bank_details)
tm.flow(claims_system, portal, decision_notice)

tm.flow(claims_system, agent, task, label="new claim queued")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, ocr_tool, ocr_request)
tm.flow(receipt_store, ocr_tool, receipts)
tm.flow(ocr_tool, ocr_api, receipts, protocol="https")
tm.flow(ocr_api, ocr_tool, ocr_text, protocol="https")
tm.flow(ocr_tool, agent, extracted)

tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_admin, policy_tool, policy)
tm.flow(policy_tool, agent, policy)

tm.flow(agent, proposal_tool, proposal)
tm.flow(proposal_tool, claims_system, proposal)
tm.flow(agent, trace_store, trace)

tm.flow(claims_system, workbench, claim_record)
tm.flow(receipt_store, workbench, receipts)
tm.flow(workbench, handler, claim_record, receipts, protocol="https")
tm.flow(handler, workbench, approval, protocol="https")
tm.flow(workbench, claims_system, approval)

tm.flow(claims_system, payments, payment, bank_details, label="approved claims only")
tm.flow(payments, claims_system, payment_status)
