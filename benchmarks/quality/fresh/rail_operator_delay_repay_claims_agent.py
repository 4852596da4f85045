"""Delay Repay claims agent: the first design, before any security review.

A train operator's passengers claim delay compensation through the claims portal
on the operator's website, signed in to their account. A claim gives the journey
and either a booking reference or a photo of the ticket. An LLM agent, running in
the operator's claims platform on a hosted model, reads the claim (and the photo),
looks the sale up in the retail ticketing system, checks the train's actual
running times in the rail industry's performance feed and works out what is due.
Claims up to GBP 50 are refunded straight to the card used, through the payment
provider; larger claims and claims the agent suspects are fraudulent are referred
to the customer relations team, who decide and pay them from their case queue.
Controls in this design: account sign-in, rate limits and upload checks on the
portal, a hard GBP 50 cap in the refund tool, approval by customer relations above
it, a step limit on the agent, encrypted and audited claim records, and TLS on
every link that leaves the platform.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Delay Repay claims agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that checks delay compensation claims and refunds up to GBP 50.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Delay claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, e-mail, journey, booking reference and a free-text note.",
)
ticket_photo = tg.Data(
    "Ticket photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of a paper ticket or season ticket uploaded by the passenger.",
)
ticket_details = tg.Data(
    "Ticket sale record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ticket type, route, validity, price paid and the original payment reference.",
)
running_times = tg.Data(
    "Actual train running times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Scheduled and actual arrival times per train and station, from the industry feed.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the claim, the ticket photo and the tool results so far.",
)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Lookup tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data("Lookup tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
refund_call = tg.Data(
    "Compensation refund call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Claim id, amount and the original payment reference to refund against.",
)
refund_request = tg.Data(
    "Card refund request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_result = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
referral = tg.Data(
    "Claim referral",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Claims above GBP 50 or suspected fraud, with the agent's reasons.",
)
claim_record = tg.Data(
    "Claim records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every claim, its evidence, the agent's decision and payment outcome.",
)
claim_outcome = tg.Data("Claim outcome", kind="records", sensitivity=tg.Sensitivity.PII)
advisor_decision = tg.Data(
    "Customer relations decision", kind="records", sensitivity=tg.Sensitivity.PII
)
psp_api_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people the compensation is for; anyone can open an account and claim.
    passenger = tm.add(tg.Actor("Passenger", role="claimant"))

with tm.boundary("Rail industry data", trust=tg.Trust.PARTNER):
    # The industry's historical service performance feed: the source of truth for delays.
    performance_feed = tm.add(
        tg.ExternalService(
            "Industry performance feed",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Historical train running times published to train operators.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model the agent reasons with; it also reads the ticket photos.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="vendor review done; UK region, no training on our data")
            },
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the operator's card payments and refunds them to the original card.
    psp = tm.add(
        tg.ExternalService("Payment service provider", description="Card acquiring and refunds.")
    )

with tm.boundary("Claims platform", trust=tg.Trust.INTERNAL):
    # The only way in for passengers: web and app claim forms behind account sign-in.
    portal = tm.add(
        tg.Endpoint(
            "Claims portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="uploads limited to JPEG/PNG/PDF under 10 MB"),
            },
        )
    )
    # Decides each claim: reads it, calls the lookups, pays or refers.
    agent = tm.add(
        tg.Agent(
            "Delay Repay agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="customer relations team", above="GBP 50 per claim"),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Holds uploaded ticket photos until the claim is closed.
    photo_store = tm.add(
        tg.DataStore(
            "Ticket photo bucket",
            stores={ticket_photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Every claim and what happened to it; also what the agent checks for repeat claims.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_record},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Read-only lookup of the ticket sale by booking reference or ticket number.
    ticket_tool = tm.add(tg.Tool("Ticket lookup tool", capabilities={"read"}))
    # Read-only lookup of a train's scheduled and actual times.
    times_tool = tm.add(tg.Tool("Running times lookup tool", capabilities={"read"}))
    # Refunds the compensation to the card the ticket was bought with.
    refund_tool = tm.add(
        tg.Tool(
            "Compensation refund tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 50 per claim"),
                c.SecretsManagement(note="payment provider API key in the cloud secrets manager"),
            },
        )
    )
    # Puts a claim into the customer relations queue with the agent's reasons.
    referral_tool = tm.add(tg.Tool("Referral tool", capabilities={"write"}))

with tm.boundary("Retail systems", trust=tg.Trust.INTERNAL):
    # The operator's ticket sales records, shared with web and station retail.
    ticketing = tm.add(tg.DataStore("Retail ticketing system", stores={ticket_details}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Case management for referred claims; advisors decide and pay from here.
    case_queue = tm.add(
        tg.Service(
            "Customer relations case queue",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Staff who handle the claims the agent cannot settle alone.
    advisor = tm.add(tg.Actor("Customer relations advisor", role="customer relations staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Passenger submits a claim and reads the outcome.
tm.flow(passenger, portal, claim, ticket_photo, protocol="https", controls={tls})
tm.flow(portal, photo_store, ticket_photo)
tm.flow(portal, agent, claim, label="new claim")
tm.flow(agent, portal, claim_outcome)
tm.flow(portal, passenger, claim_outcome, protocol="https", controls={tls})

# Agent reasoning.
tm.flow(photo_store, agent, ticket_photo)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

# Ticket lookup.
tm.flow(agent, ticket_tool, lookup_call)
tm.flow(ticket_tool, ticketing, lookup_call, label="sale query")
tm.flow(ticketing, ticket_tool, ticket_details)
tm.flow(ticket_tool, agent, lookup_result)

# Running times lookup.
tm.flow(agent, times_tool, lookup_call)
tm.flow(times_tool, performance_feed, lookup_call, protocol="https", label="train and date query")
tm.flow(performance_feed, times_tool, running_times, protocol="https")
tm.flow(times_tool, agent, lookup_result)

# Claim history and decision record.
tm.flow(claims_db, agent, claim_record, label="previous claims for this passenger")
tm.flow(agent, claims_db, claim_record, label="decision and evidence")

# Paying up to GBP 50.
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, psp, refund_request, psp_api_key, protocol="https")
tm.flow(psp, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, agent, refund_result)

# Referring larger or suspicious claims.
tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, case_queue, referral, protocol="https")
tm.flow(case_queue, advisor, referral, claim_record, protocol="https")
tm.flow(advisor, case_queue, advisor_decision, protocol="https")
tm.flow(claims_db, case_queue, claim_record, protocol="https", label="claim history")
tm.flow(case_queue, claims_db, advisor_decision, protocol="https")
tm.flow(case_queue, psp, refund_request, protocol="https", label="advisor-approved refund")
tm.flow(psp, case_queue, refund_result, protocol="https")
