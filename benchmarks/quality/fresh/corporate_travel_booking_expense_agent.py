"""Corporate travel booking and expense agent: the first design, before any security review.

Staff ask a travel assistant in the company chat (Teams app, signed in through the
corporate identity provider) to book flights and hotels for business trips. An LLM
agent, running in the company's cloud tenant on a hosted model, reads the request,
checks it against the travel policy through a read-only policy tool, and books through
the travel management company's (TMC) booking API with the company's TMC account; the
booking tool fills in passenger details (passport, loyalty numbers) from the HR
traveller profiles. Bookings within policy are made straight away; an out-of-policy
trip is sent to the traveller's line manager in the chat and booked only once they
approve. After the trip the agent files expense claims in the expense management SaaS
from the TMC invoice and from receipt photos the traveller uploads in the chat.
Controls in this design: SSO with MFA for staff, TLS on every external call, the TMC and
expense API keys held in the cloud key vault, HR profiles encrypted at rest, and a step
limit on each agent run. Transcripts and tool calls are kept in a conversation log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Corporate travel booking and expense agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that books staff travel within policy through the TMC and files expenses.",
)

# ---------------------------------------------------------------- data assets
travel_request = tg.Data(
    "Travel request chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Trip dates, destinations, preferences and the traveller's identity.",
)
receipts = tg.Data(
    "Receipt photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of taxi, meal and incidental receipts taken by the traveller.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, tool results and tool schemas.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
policy_query = tg.Data("Policy lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
travel_policy = tg.Data(
    "Travel policy rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cabin class, hotel rate caps per city, advance-booking rules, approvers.",
)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Search or book: traveller's employee id, itinerary, chosen fare or room.",
)
booking_result = tg.Data(
    "Offers and booking confirmations",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Flight and hotel offers with prices and descriptions, PNRs, e-tickets.",
)
traveller_profile = tg.Data(
    "Traveller profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name as on passport, date of birth, passport number, loyalty numbers, cost centre.",
)
tmc_booking = tg.Data(
    "TMC search and booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Itinerary with passenger details, charged to the company's lodged card at the TMC.",
)
tmc_response = tg.Data(
    "TMC offers, itineraries and invoices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
expense_call = tg.Data(
    "Expense filing tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Claim lines (amount, category, date, cost centre) with the receipts attached.",
)
expense_status = tg.Data("Expense claim status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
expense_claim = tg.Data(
    "Expense claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approval_request = tg.Data(
    "Out-of-policy approval request", kind="records", sensitivity=tg.Sensitivity.PII
)
approval_decision = tg.Data(
    "Manager approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
transcripts = tg.Data("Conversation and tool-call log", kind="logs", sensitivity=tg.Sensitivity.PII)
tmc_api_key = tg.Data(
    "TMC and expense API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The member of staff who travels and asks the assistant to book and claim.
    employee = tm.add(tg.Actor("Employee traveller", role="employee"))
    # Approves trips the agent finds outside the travel policy.
    manager = tm.add(tg.Actor("Line manager", role="approver"))

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # The Teams app backend staff talk to; signs people in through corporate SSO.
    chat = tm.add(
        tg.Endpoint(
            "Travel assistant chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA")},
        )
    )
    # The LLM agent that plans bookings and expense claims and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Travel booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Checks the request against policy, books through the TMC, files expenses.",
            controls={
                c.HumanInTheLoop(
                    approver="the traveller's line manager",
                    note="out-of-policy trips only; in-policy bookings are made directly",
                ),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Read-only lookup of the company travel policy for the agent.
    policy_tool = tm.add(tg.Tool("Travel policy lookup tool", capabilities={"read"}))
    # The travel policy as the travel team maintains it.
    policy_store = tm.add(tg.DataStore("Travel policy documents", stores={travel_policy}))
    # Wraps the TMC API: searches fares and rooms and books them on the company account.
    booking_tool = tm.add(
        tg.Tool(
            "TMC booking tool",
            capabilities={"read", "write", "money-movement"},
            controls={c.SecretsManagement(note="TMC API key in the cloud key vault")},
        )
    )
    # Creates expense claims in the expense SaaS on the traveller's behalf.
    expense_tool = tm.add(
        tg.Tool(
            "Expense filing tool",
            capabilities={"write"},
            controls={c.SecretsManagement(note="expense API key in the cloud key vault")},
        )
    )
    # Keeps each conversation and the tool calls made, for support and disputes.
    log_store = tm.add(tg.DataStore("Conversation log store", stores={transcripts}))

    with tm.boundary("HR data zone", trust=tg.Trust.RESTRICTED):
        # Passenger details the booking tool needs; synced from the HR system.
        profiles = tm.add(
            tg.DataStore(
                "HR traveller profiles",
                stores={traveller_profile},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model with function calling.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Travel management company", trust=tg.Trust.PARTNER):
    # The TMC's booking API: GDS fares, hotel content, ticketing and invoicing.
    tmc = tm.add(tg.ExternalService("TMC booking API", provides="generic"))

with tm.boundary("Expense SaaS", trust=tg.Trust.PARTNER):
    # The company's expense management system, where claims are reviewed and reimbursed.
    expense_system = tm.add(tg.ExternalService("Expense management system", provides="generic"))

# ---------------------------------------------------------------- flows
tm.flow(employee, chat, travel_request, receipts, protocol="https")
tm.flow(chat, employee, agent_reply, protocol="https")
tm.flow(chat, agent, travel_request, receipts)
tm.flow(agent, chat, agent_reply, approval_request)

tm.flow(chat, manager, approval_request, protocol="https")
tm.flow(manager, chat, approval_decision, protocol="https")
tm.flow(chat, agent, approval_decision, label="approval relayed")

tm.flow(agent, llm, llm_prompt, receipts, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, policy_tool, policy_query)
tm.flow(policy_store, policy_tool, travel_policy)
tm.flow(policy_tool, agent, travel_policy, label="policy rules")

tm.flow(agent, booking_tool, booking_call)
tm.flow(profiles, booking_tool, traveller_profile)
tm.flow(booking_tool, tmc, tmc_booking, tmc_api_key, protocol="https")
tm.flow(tmc, booking_tool, tmc_response, protocol="https")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, expense_tool, expense_call, receipts)
tm.flow(expense_tool, expense_system, expense_claim, receipts, tmc_api_key, protocol="https")
tm.flow(expense_system, expense_tool, expense_status, protocol="https")
tm.flow(expense_tool, agent, expense_status)

tm.flow(agent, log_store, transcripts)
