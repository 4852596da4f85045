"""Delay Repay claim agent: the first design, before any security review.

Passengers whose train was late claim compensation on the operator's website. They give
the journey, the ticket reference (or a photo of a paper ticket), a short account of what
happened, and either ask for the refund to go back to the card they paid with or give
bank details. An LLM agent on the operator's cloud handles each claim: it looks the ticket
up in the ticket sales database, checks the train's actual running in the industry's
train running data feed, works out the compensation band, and pays it through the payment
service provider. Claims up to GBP 150 are paid without staff review; larger ones wait for
a claims handler in the back office console. Passengers sign in with e-mail and password;
bank details go straight from the portal into the encrypted claims database, and the
payout tool reads them from there. The PSP key is held in the cloud secret manager, every
payout is logged, and the agent stops after a fixed number of steps per claim.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Delay Repay claim agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Autonomous handling and payment of passengers' delay compensation claims.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Delay claim",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Journey, ticket reference, delay details and the passenger's own account.",
)
ticket_photo = tg.Data("Ticket photo", kind="media", sensitivity=tg.Sensitivity.PII)
bank_details = tg.Data(
    "Bank account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account name, sort code and account number for BACS refunds.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
refund_destination = tg.Data(
    "Refund destination",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The stored bank details, or the original card payment reference.",
)
agent_prompt = tg.Data("Agent context", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_completion = tg.Data("Agent tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ticket_query = tg.Data("Ticket query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ticket_record = tg.Data(
    "Ticket sale record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ticket type, route, validity, price paid and payment reference.",
)
running_query = tg.Data(
    "Train running query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
running_data = tg.Data(
    "Train running records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Scheduled and actual arrival times per station, cancellations.",
)
refund_instruction = tg.Data("Refund instruction", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payout_instruction = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Amount, claim reference and destination sent to the PSP.",
)
payout_confirmation = tg.Data(
    "Payout confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
claim_record = tg.Data(
    "Claim record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The claim, the agent's findings, the amount, the status and the payout reference.",
)
claim_outcome = tg.Data("Claim outcome", kind="records", sensitivity=tg.Sensitivity.PII)
staff_approval = tg.Data(
    "Payout approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A claims handler's approval of a claim above the automatic limit.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with an account can claim.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # The claim form and status pages on the operator's website.
    portal = tm.add(
        tg.Endpoint(
            "Delay Repay portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload type and size checks on ticket photos"),
            },
        )
    )
    # Decides each claim and pays it.
    agent = tm.add(
        tg.Agent(
            "Claim handling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=25),
                c.HumanInTheLoop(approver="a claims handler", above="GBP 150 per claim"),
            },
        )
    )
    # Reads the ticket sale behind the claim.
    ticket_tool = tm.add(tg.Tool("Ticket lookup tool", capabilities={"read"}))
    # The retail system's record of every ticket sold.
    ticket_db = tm.add(tg.DataStore("Ticket sales database", stores={ticket_record}))
    # Reads actual running times for the claimed journey.
    running_tool = tm.add(tg.Tool("Train running lookup tool", capabilities={"read"}))
    # Pays the compensation through the PSP.
    payout_tool = tm.add(
        tg.Tool(
            "Refund payout tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 150 per claim"),
                c.SecretsManagement(note="PSP API key in the cloud secret manager"),
                c.AuditLogging(),
            },
        )
    )
    # Claims, their status and the passengers' bank details.
    claims_db = tm.add(
        tg.DataStore(
            "Claims database",
            stores={claim_record, bank_details},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Customer relations staff who review the larger claims.
    handler = tm.add(tg.Actor("Claims handler", role="customer relations staff"))
    # Their view of referred claims.
    console = tm.add(
        tg.Endpoint(
            "Claims review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent; it also reads ticket photos.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Rail industry data", trust=tg.Trust.PARTNER):
    # The industry's real-time and historical train running feed.
    running_feed = tm.add(
        tg.DataSource("Train running data feed", origin=tg.Origin.PARTNER, provides={running_data})
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card refunds against the original payment and BACS transfers to bank accounts.
    psp = tm.add(tg.ExternalService("Payment service provider"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, portal, claim, ticket_photo, bank_details, protocol="https")
tm.flow(portal, passenger, claim_outcome, protocol="https")
tm.flow(portal, claims_db, claim_record, bank_details, label="new claim")
tm.flow(portal, agent, claim, ticket_photo)
tm.flow(claims_db, portal, claim_outcome, label="claim status")

tm.flow(agent, llm, agent_prompt, ticket_photo, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

tm.flow(agent, ticket_tool, ticket_query)
tm.flow(ticket_tool, ticket_db, ticket_query)
tm.flow(ticket_db, ticket_tool, ticket_record)
tm.flow(ticket_tool, agent, ticket_record)

tm.flow(agent, running_tool, running_query)
tm.flow(running_tool, running_feed, running_query, protocol="https")
tm.flow(running_feed, running_tool, running_data, protocol="https")
tm.flow(running_tool, agent, running_data)

tm.flow(agent, payout_tool, refund_instruction)
tm.flow(claims_db, payout_tool, refund_destination)
tm.flow(payout_tool, psp, payout_instruction, protocol="https")
tm.flow(psp, payout_tool, payout_confirmation, protocol="https")
tm.flow(payout_tool, agent, payout_confirmation)
tm.flow(agent, claims_db, claim_record)

tm.flow(claims_db, console, claim_record, label="claims referred for review")
tm.flow(console, handler, claim_record, protocol="https")
tm.flow(handler, console, staff_approval, protocol="https")
tm.flow(console, claims_db, staff_approval)
tm.flow(console, payout_tool, staff_approval)
