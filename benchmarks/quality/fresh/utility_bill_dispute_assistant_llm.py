"""Utility bill dispute assistant: the first design, before any security review.

An electricity and gas supplier (UK and EU customers) lets customers dispute a
bill from the signed-in account website or its chat widget. A dispute assistant,
an LLM agent running in our customer platform, reads the customer's meter
readings, tariff and payment history through a read-only billing lookup tool,
retrieves the relevant tariff and dispute-handling policy, and asks a hosted LLM
to explain the bill in plain words and draft a resolution. A resolution may
include an account credit: the agent files it through the credit tool, which
holds it until a billing agent approves it in the back-office console and never
posts more than the per-dispute credit cap. Smart meter readings arrive from the
meter data provider into our meter data store. Controls in this design: customer
sign-in and rate limits on the website, approval and a credit cap on credits,
role-based access for billing staff, encryption of the billing database and an
audit log of dispute cases.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Utility bill dispute assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that explains disputed energy bills and drafts resolutions, "
    "including capped account credits that a billing agent approves.",
)

# ---------------------------------------------------------------- data assets
dispute_msg = tg.Data(
    "Dispute message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the customer writes in the dispute form or chat.",
)
explanation = tg.Data("Bill explanation", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Dispute prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the dispute, account data and retrieved policy.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Billing lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
account_data = tg.Data(
    "Account billing data",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Meter readings, tariff, bills and payment history for one account.",
)
billing_records = tg.Data(
    "Billing records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Customer accounts, tariffs, bills, payments and direct debit details.",
)
meter_readings = tg.Data(
    "Meter readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
policy_docs = tg.Data(
    "Tariff and dispute policy",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tariff sheets, back-billing rules and the dispute-handling policy.",
)
credit_request = tg.Data(
    "Credit proposal",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
draft = tg.Data(
    "Draft resolution",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Explanation, proposed outcome and any proposed credit.",
)
decision = tg.Data("Agent decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
credit_posting = tg.Data(
    "Account credit",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
case_record = tg.Data(
    "Dispute case record",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Chat transcript, tool calls, draft and the agent's decision.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Household and small-business customers disputing a bill.
    customer = tm.add(tg.Actor("Customer", role="account holder"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model; writes the explanation and the draft.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat-completion model behind the vendor's API.",
        )
    )

with tm.boundary("Meter data provider", trust=tg.Trust.PARTNER):
    # Smart meter readings collected by the industry data provider.
    meter_feed = tm.add(
        tg.DataSource(
            "Smart meter reading feed",
            origin=tg.Origin.PARTNER,
            provides={meter_readings},
            description="Half-hourly and daily reads delivered as files.",
        )
    )

with tm.boundary("Customer platform", trust=tg.Trust.INTERNAL):
    # The account website and chat API customers sign in to.
    portal = tm.add(
        tg.Endpoint(
            "Account website and chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # LLM agent that gathers account data, calls the LLM and files credit proposals.
    assistant = tm.add(
        tg.Agent(
            "Dispute assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Orchestrates one dispute: lookup, retrieval, LLM call, draft.",
        )
    )
    # Read-only access to the customer's billing data for the agent.
    lookup = tm.add(
        tg.Tool(
            "Billing lookup tool",
            capabilities={"read"},
            description="Reads meter readings, tariff, bills and payments by account number.",
        )
    )
    # Files a credit on the account once a billing agent approves it.
    credit_tool = tm.add(
        tg.Tool(
            "Account credit tool",
            capabilities={"write", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="billing agent"),
                c.TransactionLimits(limit="GBP 200 per dispute"),
            },
        )
    )
    # Tariff sheets and dispute policy, embedded for retrieval.
    policy_index = tm.add(tg.VectorStore("Policy index", stores={policy_docs}))
    # Transcripts, drafts and decisions for complaints handling and the regulator.
    case_store = tm.add(
        tg.DataStore(
            "Dispute case store",
            stores={case_record},
            controls={c.AuditLogging(retention_days=2190)},
        )
    )

    with tm.boundary("Billing core", trust=tg.Trust.RESTRICTED):
        # System of record for accounts, tariffs, bills and payments.
        billing_db = tm.add(
            tg.DataStore(
                "Billing system",
                stores={billing_records},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Meter data management: validated reads per meter point.
        meter_store = tm.add(tg.DataStore("Meter data store", stores={meter_readings}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Back-office staff who approve or change each drafted resolution.
    billing_agent = tm.add(tg.Actor("Billing agent", role="billing staff"))
    # Back-office screen showing the draft, the account and the proposed credit.
    console = tm.add(
        tg.Service(
            "Billing agent console",
            controls={c.RBAC(), c.Authentication(method="corporate SSO")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, dispute_msg, protocol="https")
tm.flow(portal, customer, explanation, protocol="https")
tm.flow(portal, assistant, dispute_msg)
tm.flow(assistant, portal, explanation)

tm.flow(assistant, lookup, lookup_call)
tm.flow(lookup, assistant, account_data)
tm.flow(billing_db, lookup, billing_records, label="account, tariff, payments")
tm.flow(meter_store, lookup, meter_readings)
tm.flow(meter_feed, meter_store, meter_readings, protocol="sftp", label="daily read files")

tm.flow(policy_index, assistant, policy_docs, label="retrieved policy")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")

tm.flow(assistant, case_store, case_record, draft)
tm.flow(assistant, credit_tool, credit_request, label="proposed credit")
tm.flow(case_store, console, draft, case_record)
tm.flow(credit_tool, console, credit_request, label="awaiting approval")
tm.flow(console, billing_agent, draft, credit_request, protocol="https")
tm.flow(billing_agent, console, decision, protocol="https")
tm.flow(console, credit_tool, decision, label="approve or reject")
tm.flow(console, case_store, decision)
tm.flow(credit_tool, billing_db, credit_posting, label="post credit")
