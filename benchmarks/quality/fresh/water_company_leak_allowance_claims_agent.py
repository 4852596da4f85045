"""Water company leak allowance claims agent: the first design, before any security review.

Household customers whose bill rose because of a leak on their supply pipe can
claim a leak allowance. They sign in to My Account on the company website, fill
in the claim form and upload a photo of the plumber's repair invoice. A claims
agent (an LLM agent in our cloud, using a hosted multimodal model) reads the
claim and the invoice photo, fetches the account's meter reads and billing
history, works out the excess consumption, and applies credits of up to 200
pounds to the billing account itself through a credit tool. Larger claims go to
a claims handler's work queue; the handler approves or rejects them and applies
the credit in billing. The customer is told the outcome by e-mail.
Controls in this design: password sign-in to My Account, upload type and size
checks, a 200 pound per-claim cap enforced by the credit tool, audit logs of
credits, and role-based access in billing and the work queue.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water company leak allowance claims agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Leak allowance claims assessed by an agent that credits billing accounts.",
)

# ---------------------------------------------------------------- data assets
claim_form = tg.Data(
    "Leak allowance claim",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Account number, supply address, leak and repair dates, free-text description.",
)
invoice_photo = tg.Data(
    "Plumber invoice photo",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Photo or scan of the plumber's invoice for the supply pipe repair.",
)
claim_status = tg.Data("Claim status", sensitivity=tg.Sensitivity.PII, kind="records")
llm_prompt = tg.Data(
    "Claim assessment prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the claim, the invoice image, meter reads and billing history.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
meter_query = tg.Data("Meter read query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
meter_reads = tg.Data(
    "Meter reads",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Actual and estimated reads for the customer's meter over the claim period.",
)
account_query = tg.Data("Billing account query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
billing_history = tg.Data("Billing history", sensitivity=tg.Sensitivity.PII, kind="records")
billing_accounts = tg.Data(
    "Customer billing accounts",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
credit_request = tg.Data(
    "Leak allowance credit request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Account, amount (at most 200 pounds) and claim reference.",
)
credit_result = tg.Data("Credit posting result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
referral = tg.Data(
    "Referred claim with agent assessment",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The claim, invoice photo and the agent's calculation of the allowance.",
)
handler_decision = tg.Data(
    "Claims handler decision",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Approved amount or rejection reason for a referred claim.",
)
handler_credit = tg.Data(
    "Approved allowance credit", sensitivity=tg.Sensitivity.PII, kind="records"
)
outcome_email = tg.Data("Claim outcome e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Household customer making the claim from the website.
    customer = tm.add(tg.Actor("Customer", role="household customer"))

with tm.boundary("Customer services cloud", trust=tg.Trust.INTERNAL):
    # My Account claim pages and API: where claims and invoice photos come in.
    portal = tm.add(
        tg.Endpoint(
            "My Account claims portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="My Account e-mail and password"),
                c.InputValidation(note="uploads limited to JPEG, PNG and PDF under 10 MB"),
            },
        )
    )
    # Holds submitted claims, invoice photos and their status.
    claim_store = tm.add(
        tg.DataStore(
            "Claims store",
            stores={claim_form, invoice_photo, claim_status, handler_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The LLM agent that assesses each new claim and decides credit or referral.
    agent = tm.add(
        tg.Agent(
            "Leak allowance claims agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(approver="claims handler", above="GBP 200 per claim"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Reads the account's meter reads for the claim period.
    meter_tool = tm.add(tg.Tool("Meter read lookup tool", capabilities={"read"}))
    # Reads the account's bills and consumption history.
    billing_tool = tm.add(tg.Tool("Billing history lookup tool", capabilities={"read"}))
    # Posts the allowance as a credit on the billing account.
    credit_tool = tm.add(
        tg.Tool(
            "Billing credit tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 200 per claim"),
                c.SecretsManagement(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Sends claims over the limit to the handlers' queue.
    referral_tool = tm.add(tg.Tool("Claims referral tool", capabilities={"write"}))
    # Sends the customer the outcome of an automatically settled claim.
    email_tool = tm.add(tg.Tool("Customer e-mail tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the claim text and the invoice image.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used for customer notifications.
    email_service = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Billing and metering", trust=tg.Trust.RESTRICTED):
    # Customer billing system: accounts, bills and credits.
    billing = tm.add(
        tg.DataStore(
            "Customer billing system",
            stores={billing_accounts, billing_history, handler_credit},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Meter data management: reads from meter readers and AMR meters.
    meter_data = tm.add(tg.DataStore("Meter data management system", stores={meter_reads}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Work queue of referred claims awaiting a handler.
    work_queue = tm.add(
        tg.DataStore("Claims handler work queue", stores={referral}, controls={c.RBAC()})
    )
    # Claims handler who decides claims above 200 pounds.
    handler = tm.add(tg.Actor("Claims handler", role="claims handler"))

# ---------------------------------------------------------------- flows
# the customer's claim
tm.flow(customer, portal, claim_form, invoice_photo, protocol="https")
tm.flow(portal, claim_store, claim_form, invoice_photo)
tm.flow(claim_store, portal, claim_status)
tm.flow(portal, customer, claim_status, protocol="https")

# assessment
tm.flow(claim_store, agent, claim_form, invoice_photo, label="new claim")
tm.flow(agent, claim_store, claim_status)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, meter_tool, meter_query)
tm.flow(meter_tool, meter_data, meter_query, protocol="https")
tm.flow(meter_data, meter_tool, meter_reads, protocol="https")
tm.flow(meter_tool, agent, meter_reads)

tm.flow(agent, billing_tool, account_query)
tm.flow(billing_tool, billing, account_query, protocol="https")
tm.flow(billing, billing_tool, billing_history, protocol="https")
tm.flow(billing_tool, agent, billing_history)

# settling up to 200 pounds
tm.flow(agent, credit_tool, credit_request)
tm.flow(credit_tool, billing, credit_request, protocol="https")
tm.flow(billing, credit_tool, credit_result, protocol="https")
tm.flow(credit_tool, agent, credit_result)

tm.flow(agent, email_tool, outcome_email)
tm.flow(email_tool, email_service, outcome_email, protocol="https")
tm.flow(email_service, customer, outcome_email, protocol="smtp")

# referral above 200 pounds
tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, work_queue, referral, protocol="https")
tm.flow(work_queue, handler, referral, protocol="https")
tm.flow(handler, billing, handler_credit, protocol="https", label="applies approved credit")
tm.flow(handler, claim_store, handler_decision, protocol="https")
