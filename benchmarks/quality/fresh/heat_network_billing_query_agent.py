"""Heat network billing query agent: the first design, before any security review.

A district heat network operator adds a billing assistant to its customer portal.
Residents sign in with e-mail and password; landlords of rented flats have their
own logins to the same portal and see the flats they let. The assistant is an LLM
agent running in the operator's cloud that calls a vendor-hosted model. It reads
the account's bills and heat meter readings to explain charges, can set up a
payment plan within the regulator's rules (given to it in its instructions) and
can apply a small goodwill credit, capped per credit in the credit tool. Disputes
over meter accuracy are handed to a billing specialist through a case queue.
Heat meter readings arrive nightly by SFTP from the meter-reading contractor's
platform and land in the meter readings database that billing uses. The portal
rate-limits callers, traffic is TLS, and the tools and the log store keep an
audit trail of what the agent did.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Heat network billing query agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent in the customer portal that explains heat bills, "
    "sets up payment plans and applies small goodwill credits.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Billing question", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the conversation so far, and bill and meter data fetched by tools.",
)
completion = tg.Data("Model completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
instructions = tg.Data(
    "Agent instructions and payment plan rules",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="System prompt, including the regulator's rules on payment plans.",
)
lookup_call = tg.Data("Account lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
plan_call = tg.Data("Payment plan request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
credit_call = tg.Data("Goodwill credit request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
bills = tg.Data(
    "Customer accounts and bills",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Account holder, flat, tariff, bills, balance, payment history.",
)
readings = tg.Data(
    "Heat meter readings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
plans = tg.Data("Payment plans", sensitivity=tg.Sensitivity.PII, kind="records")
credits = tg.Data("Goodwill credits", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
dispute = tg.Data(
    "Meter accuracy dispute",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The resident's complaint, the readings in question and the conversation.",
)
correction = tg.Data("Bill correction", sensitivity=tg.Sensitivity.PII, kind="records")
transcripts = tg.Data("Conversation transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person billed for heat in a flat, owner-occupier or tenant.
    resident = tm.add(tg.Actor("Resident", role="account holder"))
    # Landlords see the accounts of the flats they let, under their own login.
    landlord = tm.add(tg.Actor("Landlord", role="landlord of rented flats"))

with tm.boundary("Meter-reading contractor", trust=tg.Trust.PARTNER):
    # The contractor collects readings from the heat meters and publishes them to us.
    contractor = tm.add(
        tg.DataSource(
            "Meter-reading contractor platform",
            origin=tg.Origin.PARTNER,
            provides={readings},
            description="Heat meters report to this platform; a nightly export is pulled by SFTP.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with tool calling.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The customer portal's chat API: the only way in for residents and landlords.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The agent: reads the account, explains charges, sets up plans, applies credits.
    agent = tm.add(
        tg.Agent(
            "Billing query agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
            description="Acts on the signed-in account passed to it by the portal.",
        )
    )
    # Reads bills and meter readings for the account in the conversation.
    lookup_tool = tm.add(tg.Tool("Account lookup tool", capabilities={"read"}))
    # Creates a payment plan on the account in the billing system.
    plan_tool = tm.add(
        tg.Tool(
            "Payment plan tool",
            capabilities={"write"},
            controls={c.AuditLogging(retention_days=730)},
        )
    )
    # Posts a goodwill credit to the account; each credit is capped in the tool.
    credit_tool = tm.add(
        tg.Tool(
            "Goodwill credit tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 30 per credit"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Hands a meter accuracy dispute to the billing team.
    referral_tool = tm.add(tg.Tool("Dispute referral tool", capabilities={"write"}))
    # Transcripts kept for complaints handling and quality review.
    log_store = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly import of the contractor's meter readings.
    import_job = tm.add(tg.Pipeline("Nightly meter reading import job", stage=tg.Stage.INGESTION))

    with tm.boundary("Billing data tier", trust=tg.Trust.RESTRICTED):
        # System of record for accounts, bills, payment plans and credits.
        billing = tm.add(
            tg.DataStore(
                "Billing system",
                stores={bills, plans, credits},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Validated readings per meter, used by the billing run and the agent.
        meter_db = tm.add(tg.DataStore("Meter readings database", stores={readings}))
        # Open disputes waiting for a billing specialist.
        dispute_queue = tm.add(tg.DataStore("Dispute case queue", stores={dispute}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Investigates meter accuracy disputes and corrects bills.
    specialist = tm.add(tg.Actor("Billing specialist", role="billing staff"))

# ---------------------------------------------------------------- flows
tm.flow(resident, portal, question, protocol="https")
tm.flow(portal, resident, reply, protocol="https")
tm.flow(landlord, portal, question, protocol="https")
tm.flow(portal, landlord, reply, protocol="https")

tm.flow(portal, agent, question)
tm.flow(agent, portal, reply)
tm.flow(agent, llm, llm_prompt, instructions, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, log_store, transcripts)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, billing, lookup_call, label="account query")
tm.flow(billing, lookup_tool, bills)
tm.flow(lookup_tool, meter_db, lookup_call, label="readings query")
tm.flow(meter_db, lookup_tool, readings)
tm.flow(lookup_tool, agent, tool_result, bills, readings)

tm.flow(agent, plan_tool, plan_call)
tm.flow(plan_tool, billing, plans)
tm.flow(plan_tool, agent, tool_result)

tm.flow(agent, credit_tool, credit_call)
tm.flow(credit_tool, billing, credits)
tm.flow(credit_tool, agent, tool_result)

tm.flow(agent, referral_tool, dispute)
tm.flow(referral_tool, dispute_queue, dispute)
tm.flow(referral_tool, agent, tool_result)
tm.flow(dispute_queue, specialist, dispute, protocol="https")
tm.flow(specialist, dispute_queue, dispute, protocol="https", label="case outcome")
tm.flow(specialist, billing, correction, protocol="https")

tm.flow(contractor, import_job, readings, protocol="sftp", label="nightly export")
tm.flow(import_job, meter_db, readings)
tm.flow(meter_db, billing, readings, label="billing run")
