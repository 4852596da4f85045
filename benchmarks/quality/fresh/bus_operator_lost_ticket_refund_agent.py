"""Lost and unused mobile ticket refund agent: the first design, before any security review.

Passengers of our bus company ask for a refund of a mobile ticket they did not use or
lost access to (phone lost, app reinstalled) through a chat in the ticketing app, signed
in with their app account. An LLM agent, running in our cloud and calling a vendor-hosted
model, looks up the passenger's tickets and the validation taps our on-bus validators
recorded, decides whether the ticket was used, and pays the fare back to the card it was
bought with through the payment provider's refund API, using the stored card token.
Refunds above GBP 20 are held for a customer service agent to approve in the back-office
console; smaller ones go through straight away. The refund tool only refunds to the
token of the original purchase and never more than the fare paid. Conversations and
decisions are kept in a case log. Data stores are encrypted at rest, staff sign in with
SSO and MFA, and the chat API is rate limited. UK operator: UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus operator lost ticket refund agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that refunds unused or lost mobile bus tickets to the original card.",
)

# ---------------------------------------------------------------- data assets
refund_request = tg.Data(
    "Refund request message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="What the passenger types: which ticket, why it was not used, what happened.",
)
agent_reply = tg.Data("Refund agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with case context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, refund policy text, the conversation and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
ticket_query = tg.Data("Ticket lookup query", sensitivity=tg.Sensitivity.PII, kind="tool-call")
ticket_records = tg.Data(
    "Mobile ticket and purchase records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tickets bought, fare paid, activation time, account id, card token reference.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
validation_query = tg.Data(
    "Validation record query", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
validation_taps = tg.Data(
    "Ticket validation records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Each scan of a mobile ticket barcode on a bus: ticket id, vehicle, stop, time.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
refund_call = tg.Data(
    "Refund instruction",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Ticket id, amount and reason the agent asks the refund tool to pay.",
)
refund_result = tg.Data(
    "Refund outcome", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
card_token = tg.Data(
    "Card token",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="credentials",
    description="The payment provider's token for the card the ticket was bought with.",
)
psp_refund = tg.Data(
    "Card refund order",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Original payment reference, card token and refund amount.",
)
psp_confirmation = tg.Data(
    "Card refund confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
held_refund = tg.Data(
    "Held refund for review",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Refunds over the threshold, with the agent's reasoning and the evidence.",
)
refund_approval = tg.Data("Refund approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
case_log = tg.Data(
    "Refund case log",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Transcripts, tool calls and the refund decision for each case.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The passenger asking for the refund, in the ticketing app on their phone.
    passenger = tm.add(tg.Actor("Passenger", role="app customer"))

with tm.boundary("Bus fleet", trust=tg.Trust.INTERNAL):
    # The barcode validators on each bus: their scans tell us whether a ticket was used.
    validators = tm.add(
        tg.Device(
            "On-bus ticket validators",
            fleet=True,
            description="Scan mobile ticket barcodes at boarding; upload scans over 4G.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reasons over the case and chooses the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The card acquirer/PSP that took the original payment and performs the refund.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider refund API",
            description="Refunds a previous card payment by its reference and card token.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Entry point for the in-app refund chat.
    chat_api = tm.add(
        tg.Endpoint(
            "Refund chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app account e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that handles each refund case end to end.
    agent = tm.add(
        tg.Agent(
            "Refund agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Checks tickets and validation taps and decides on the refund.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the signed-in passenger's tickets and purchases.
    ticket_tool = tm.add(
        tg.Tool(
            "Ticket lookup tool",
            capabilities={"read"},
            description="Returns only the tickets of the signed-in passenger's own account.",
        )
    )
    # Reads the validation scans of one ticket, to see whether it was used.
    validation_tool = tm.add(tg.Tool("Validation record lookup tool", capabilities={"read"}))
    # Pays the refund back to the original card through the payment provider.
    refund_tool = tm.add(
        tg.Tool(
            "Card refund tool",
            capabilities={"read", "money-movement"},
            controls={
                c.HumanInTheLoop(approver="customer service agent", above="GBP 20 per refund"),
                c.PolicyEnforcement(
                    rules="refunds only to the card token of the original purchase, "
                    "never more than the fare paid, one refund per ticket"
                ),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Where held refunds wait for a person, and staff approve or reject them.
    console = tm.add(
        tg.Service(
            "Refund review console",
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Record of every case for complaints and audits.
    case_store = tm.add(
        tg.DataStore(
            "Refund case log store",
            stores={case_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Ticketing data tier", trust=tg.Trust.RESTRICTED):
        # The ticketing system's database: tickets, purchases and card tokens.
        ticket_db = tm.add(
            tg.DataStore(
                "Mobile ticketing database",
                stores={ticket_records, card_token},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Validation scans uploaded by the buses.
        validation_db = tm.add(
            tg.DataStore(
                "Validation records store",
                stores={validation_taps},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Customer service office", trust=tg.Trust.INTERNAL):
    # Staff who approve refunds above the threshold and handle escalations.
    cs_agent = tm.add(tg.Actor("Customer service agent", role="support staff"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, chat_api, refund_request, protocol="https")
tm.flow(chat_api, agent, refund_request)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, passenger, agent_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, ticket_tool, ticket_query)
tm.flow(ticket_tool, ticket_db, ticket_query)
tm.flow(ticket_db, ticket_tool, ticket_records)
tm.flow(ticket_tool, agent, ticket_records)

tm.flow(agent, validation_tool, validation_query)
tm.flow(validation_tool, validation_db, validation_query)
tm.flow(validation_db, validation_tool, validation_taps)
tm.flow(validation_tool, agent, validation_taps)

tm.flow(validators, validation_db, validation_taps, protocol="https", label="scan upload")

tm.flow(agent, refund_tool, refund_call)
tm.flow(ticket_db, refund_tool, ticket_records, card_token, label="original purchase")
tm.flow(refund_tool, psp, psp_refund, protocol="https")
tm.flow(psp, refund_tool, psp_confirmation, protocol="https")
tm.flow(refund_tool, agent, refund_result)

tm.flow(refund_tool, console, held_refund, label="over GBP 20")
tm.flow(console, cs_agent, held_refund, protocol="https")
tm.flow(cs_agent, console, refund_approval, protocol="https")
tm.flow(console, refund_tool, refund_approval)

tm.flow(agent, case_store, case_log)
tm.flow(case_store, console, case_log, label="case history")
