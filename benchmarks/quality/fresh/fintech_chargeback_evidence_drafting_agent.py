"""Chargeback evidence drafting agent: the first design, before any security review.

Our payments platform acquires card payments for small online merchants. When a
cardholder disputes a payment, the card network's dispute system notifies our
chargeback intake endpoint. An LLM agent then assembles the representment: it
looks up the original transaction, pulls shipping tracking from the carrier,
reads the receipts, delivery photos and customer e-mails the merchant uploads in
the merchant portal, retrieves similar past cases that we won, and drafts a
rebuttal letter with a hosted LLM. A dispute analyst reviews every draft in the
back-office console and signs it off; only then does the agent submit the packet
to the card network. Controls in this design: merchant and staff sign-in, the
analyst sign-off, a step limit on the agent, a read-only masked transaction
lookup, encryption at rest of the stores, and a vendor review of the LLM API.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Chargeback evidence drafting agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="An LLM agent that drafts chargeback representment packets for merchants.",
)

# ---------------------------------------------------------------- data assets
chargeback_notice = tg.Data(
    "Chargeback notice",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Dispute id, reason code, amount, cardholder name and PAN from the network.",
)
transaction = tg.Data(
    "Transaction records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Authorisation, capture, AVS/CVV results, IP and device of the original payment.",
)
lookup_call = tg.Data(
    "Transaction lookup call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_result = tg.Data(
    "Masked transaction details",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="The transaction with the PAN reduced to its last four digits.",
)
tracking_call = tg.Data(
    "Tracking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
tracking = tg.Data(
    "Shipping tracking events",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Carrier scan events and the delivery address.",
)
merchant_evidence = tg.Data(
    "Merchant evidence uploads",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Receipts, delivery photos, customer e-mail threads and chat logs, as PDFs and images.",
)
past_cases = tg.Data(
    "Past winning representments",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, reason code, masked transaction, tracking, evidence text and past cases.",
)
completion = tg.Data("Draft rebuttal text", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_packet = tg.Data(
    "Draft representment packet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Rebuttal letter plus the selected evidence, compiled as one PDF.",
)
signoff = tg.Data("Analyst sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
submit_call = tg.Data(
    "Representment submission", kind="tool-call", sensitivity=tg.Sensitivity.REGULATED
)
case_outcome = tg.Data("Dispute outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
case_status = tg.Data("Case status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Merchants self-onboard; they upload evidence and follow their disputes.
    merchant = tm.add(tg.Actor("Merchant", role="merchant"))

with tm.boundary("Card network", trust=tg.Trust.PARTNER):
    # Source of chargebacks and destination of representments (dispute API).
    network = tm.add(
        tg.ExternalService(
            "Card network dispute system",
            description="The network's dispute resolution API used through our acquiring licence.",
        )
    )

with tm.boundary("Shipping carrier", trust=tg.Trust.PARTNER):
    # Proof of delivery is the strongest evidence for 'item not received' disputes.
    carrier = tm.add(tg.ExternalService("Carrier tracking API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the rebuttal letter; we do not host a model ourselves.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed, zero data retention tier")},
        )
    )

with tm.boundary("Disputes platform", trust=tg.Trust.INTERNAL):
    # Merchants log in here to upload evidence and see the draft and the outcome.
    portal = tm.add(
        tg.Endpoint(
            "Merchant portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.InputValidation(note="PDF, JPEG and PNG only, 20 MB per file"),
            },
        )
    )
    # Receives dispute notifications pushed by the card network.
    intake = tm.add(
        tg.Endpoint(
            "Chargeback intake",
            purpose=tg.EndpointPurpose.API,
            controls={c.SchemaEnforcement(note="network dispute message schema")},
        )
    )
    # The LLM agent that gathers evidence and drafts the packet for each dispute.
    agent = tm.add(
        tg.Agent(
            "Evidence drafting agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="dispute analyst"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Read-only lookup into the payments ledger for the disputed payment.
    lookup_tool = tm.add(
        tg.Tool(
            "Transaction lookup tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="read-only replica, scoped service account"),
                c.DataMinimization(note="returns the last four digits of the PAN only"),
            },
        )
    )
    # Calls the carrier API with the tracking number on the order.
    tracking_tool = tm.add(
        tg.Tool("Shipping tracking tool", capabilities={"read", "network-egress"})
    )
    # Files the representment with the card network once the analyst has signed off.
    submit_tool = tm.add(
        tg.Tool(
            "Representment submission tool",
            capabilities={"write", "network-egress"},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Uploaded merchant evidence and the drafted packets.
    evidence_store = tm.add(
        tg.DataStore(
            "Evidence store",
            stores={merchant_evidence, draft_packet},
            controls={c.EncryptionAtRest(key_management="KMS")},
        )
    )
    # Past representments that won, retrieved as examples for the letter.
    case_index = tm.add(tg.VectorStore("Past case index", stores={past_cases}))
    # Staff back-office screen where analysts review drafts and sign off.
    console = tm.add(
        tg.Endpoint(
            "Analyst review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Cardholder data environment", trust=tg.Trust.RESTRICTED):
        # The payments ledger: system of record for every card payment.
        ledger = tm.add(
            tg.DataStore(
                "Transaction database",
                stores={transaction},
                controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Disputes operations staff; accountable for every submitted packet.
    analyst = tm.add(tg.Actor("Dispute analyst", role="disputes operations"))

# ---------------------------------------------------------------- flows
# a dispute arrives
tm.flow(network, intake, chargeback_notice, protocol="https", label="chargeback notification")
tm.flow(intake, agent, chargeback_notice, label="opens a case")

# evidence gathering
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, ledger, lookup_call, label="query by transaction id")
tm.flow(ledger, lookup_tool, transaction)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, tracking_tool, tracking_call)
tm.flow(tracking_tool, carrier, tracking_call, protocol="https")
tm.flow(carrier, tracking_tool, tracking, protocol="https")
tm.flow(tracking_tool, agent, tracking)

tm.flow(merchant, portal, merchant_evidence, protocol="https", label="uploads evidence")
tm.flow(portal, evidence_store, merchant_evidence)
tm.flow(evidence_store, agent, merchant_evidence)
tm.flow(agent, case_index, chargeback_notice, label="similar-case query")
tm.flow(case_index, agent, past_cases)

# drafting
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, evidence_store, draft_packet)

# review and submission
tm.flow(evidence_store, console, draft_packet, merchant_evidence)
tm.flow(console, analyst, draft_packet, protocol="https")
tm.flow(analyst, console, signoff, protocol="https")
tm.flow(console, agent, signoff)
tm.flow(agent, submit_tool, submit_call)
tm.flow(submit_tool, network, submit_call, draft_packet, protocol="https")
tm.flow(network, intake, case_outcome, protocol="https", label="outcome notification")

# merchants follow their disputes
tm.flow(intake, evidence_store, case_outcome)
tm.flow(evidence_store, portal, draft_packet, case_status)
tm.flow(portal, merchant, draft_packet, case_status, protocol="https")
