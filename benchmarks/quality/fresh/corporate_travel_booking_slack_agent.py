"""Corporate travel booking Slack agent: the first design, before any security review.

Staff ask a bot in the company's Slack workspace to book flights and hotels. Slack
sends each message to our events endpoint in the company cloud, which hands it to
an LLM agent backed by a hosted model. The agent reads the travel policy from the
intranet document store, searches fares and rooms through the travel management
company's (TMC) API and books through the same API, which charges the company card
the TMC holds on file. A booking outside the policy waits until the traveller's
manager approves it in Slack; in-policy bookings go straight through. Confirmed
itineraries are sent to the finance system for expenses, and every conversation
and booking is logged. Controls: Slack request signatures are verified, the TMC
API key is kept in a vault, the agent has a step limit, and the model vendor was
reviewed and keeps no prompts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Corporate travel booking Slack agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent in Slack that books staff travel through the TMC on the company card.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Travel request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text in Slack: destination, dates, preferences.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with policy and offers",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, policy extracts and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
policy_query = tg.Data("Policy lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
policy_doc = tg.Data(
    "Travel policy",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
search = tg.Data("Fare and room search", kind="tool-call", sensitivity=tg.Sensitivity.PII)
offers = tg.Data(
    "Flight and hotel offers",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Fares, rooms, prices and supplier descriptions from the TMC.",
)
booking = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Chosen offer, traveller name, date of birth, loyalty numbers; paid with the card on file.",
)
itinerary = tg.Data(
    "Booked itinerary",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmation numbers, flights, hotel, price charged to the company card.",
)
approval_request = tg.Data(
    "Out-of-policy approval request", kind="records", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Manager approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Conversation and booking log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Company workforce", trust=tg.Trust.INTERNAL):
    # Staff member who asks for a trip in Slack.
    traveller = tm.add(tg.Actor("Traveller", role="employee"))
    # The traveller's line manager, who approves out-of-policy bookings.
    manager = tm.add(tg.Actor("Line manager", role="manager"))

with tm.boundary("Slack", trust=tg.Trust.PARTNER):
    # The company's Slack workspace: where staff talk to the bot and managers approve.
    slack = tm.add(tg.ExternalService("Slack workspace", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor reviewed; zero data retention agreement")},
        )
    )

with tm.boundary("Travel management company", trust=tg.Trust.PARTNER):
    # The TMC's booking API: search, book, and charge the company card on file.
    tmc = tm.add(
        tg.ExternalService(
            "TMC booking API",
            provides="generic",
            description="Searches GDS fares and hotel content; books and charges the company card held by the TMC.",
        )
    )

with tm.boundary("Finance SaaS", trust=tg.Trust.PARTNER):
    # Expense system that receives itineraries for reconciliation.
    finance = tm.add(tg.ExternalService("Finance expense system", provides="generic"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Receives Slack events (messages, button clicks) for the bot.
    events = tm.add(tg.Endpoint("Slack events endpoint", purpose=tg.EndpointPurpose.API))
    # The LLM agent that plans searches and bookings.
    agent = tm.add(
        tg.Agent(
            "Travel booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the traveller's line manager, in Slack",
                    above="the travel policy",
                    note="only bookings outside the policy wait for approval",
                ),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Reads the travel policy for the agent.
    policy_tool = tm.add(tg.Tool("Travel policy lookup", capabilities={"read"}))
    # Searches fares and rooms at the TMC.
    search_tool = tm.add(tg.Tool("TMC search tool", capabilities={"read"}))
    # Books at the TMC; the booking charges the company card.
    booking_tool = tm.add(
        tg.Tool(
            "TMC booking tool",
            capabilities={"write", "money-movement"},
            controls={c.SecretsManagement(note="TMC API key in the cloud vault")},
        )
    )
    # Posts the approval request to the manager in Slack.
    approval_tool = tm.add(tg.Tool("Manager approval request tool", capabilities={"send-messages"}))
    # Sends confirmed itineraries to the finance system.
    expense_tool = tm.add(tg.Tool("Expense export tool", capabilities={"write"}))
    # Keeps every conversation, tool call and booking.
    log_store = tm.add(
        tg.DataStore(
            "Booking audit log",
            stores={transcripts},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Intranet", trust=tg.Trust.INTERNAL):
    # The intranet document store holding the travel policy.
    docs = tm.add(tg.DataStore("Intranet document store", stores={policy_doc}))

# ---------------------------------------------------------------- flows
slack_signature = c.MessageIntegrity(note="Slack signing secret checked on every request")

# the conversation
tm.flow(traveller, slack, request, protocol="https")
tm.flow(
    slack, events, request, protocol="https", label="Events API webhook", controls={slack_signature}
)
tm.flow(events, agent, request)
tm.flow(agent, slack, reply, protocol="https", label="chat.postMessage")
tm.flow(slack, traveller, reply, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, log_store, transcripts)

# policy
tm.flow(agent, policy_tool, policy_query)
tm.flow(docs, policy_tool, policy_doc, protocol="https")
tm.flow(policy_tool, agent, policy_doc)

# search and booking
tm.flow(agent, search_tool, search)
tm.flow(search_tool, tmc, search, protocol="https")
tm.flow(tmc, search_tool, offers, protocol="https")
tm.flow(search_tool, agent, offers)
tm.flow(agent, booking_tool, booking)
tm.flow(booking_tool, tmc, booking, protocol="https")
tm.flow(tmc, booking_tool, itinerary, protocol="https")
tm.flow(booking_tool, agent, itinerary)

# manager approval for out-of-policy bookings
tm.flow(agent, approval_tool, approval_request)
tm.flow(approval_tool, slack, approval_request, protocol="https")
tm.flow(slack, manager, approval_request, protocol="https")
tm.flow(manager, slack, approval, protocol="https", label="clicks Approve")
tm.flow(
    slack,
    events,
    approval,
    protocol="https",
    id="slack-approval-callback",
    label="interactivity callback",
    controls={slack_signature},
)
tm.flow(events, agent, approval, id="events-approval-to-agent")

# expenses
tm.flow(agent, expense_tool, itinerary)
tm.flow(expense_tool, finance, itinerary, protocol="https")
