"""Lawn bowls club green booking and rink allocation agent: the first design.

A members' lawn bowls club in England replaces its paper booking sheet with a
chat assistant on the club website. Members sign in and ask in plain words for
a rink ("two rinks on Thursday afternoon for a roll-up"); an LLM agent reads the
request, checks the green against the booking database and the greenkeeper's
closures, books the rink and sends a confirmation by e-mail or SMS. Visitors pay
a green fee through a payment link whose amount comes from the club's fee table.
Once a week the agent also allocates rinks for the county league fixtures it
reads from the league's fixtures feed; the match secretary approves those
allocations in the admin console before they are published, while casual
bookings go ahead directly. The site runs on a small hosted VPS; the model is a
vendor's API. Controls: TLS on every web hop, member and committee sign-in with
e-mail and password, a step limit on the agent, encrypted database volume.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Lawn bowls club green booking and rink allocation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat-based rink booking and league rink allocation for a members' bowls club.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="The member's message, with their name and membership number.",
)
agent_reply = tg.Data("Booking reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation, green availability and tool results.",
)
agent_completion = tg.Data(
    "Agent completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
availability = tg.Data("Rink availability", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
booking_call = tg.Data("Rink booking call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
bookings = tg.Data(
    "Rink bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
members = tg.Data(
    "Member directory",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, membership numbers, e-mail addresses and mobile numbers.",
)
member_login = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
closures = tg.Data(
    "Green closures",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Rinks out of play for maintenance, frost or waterlogging.",
)
fixtures = tg.Data("County league fixtures", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
allocation = tg.Data("League rink allocation", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
notice = tg.Data("Booking confirmation message", sensitivity=tg.Sensitivity.PII, kind="records")
fee_table = tg.Data("Green fee price list", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
payment_link = tg.Data(
    "Green fee payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
payment_status = tg.Data("Payment status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
chat_log = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members and visiting bowlers book from their own phones and computers.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Committee volunteers run the club from home; no club office network exists.
    secretary = tm.add(tg.Actor("Match secretary", role="committee member", privileged=True))
    greenkeeper = tm.add(tg.Actor("Greenkeeper", role="greenkeeper"))
    # The county association publishes the season's fixtures as a web page/CSV.
    league_feed = tm.add(
        tg.DataSource(
            "County league fixtures feed",
            origin=tg.Origin.PARTNER,
            provides={fixtures},
            description="Fixtures page published by the county bowls association.",
        )
    )

with tm.boundary("Service vendors", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the vendor's API; the agent's reasoning runs here.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )
    # Sends booking confirmations and reminders by e-mail and SMS.
    messaging = tm.add(tg.ExternalService("E-mail and SMS gateway"))
    # Card payments for visitors' green fees.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages; the club never sees card numbers.",
        )
    )

with tm.boundary("Club VPS", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the club website, where members sign in.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="membership number and password")},
        )
    )
    # Committee pages: closures, fixtures review and allocation approval.
    admin = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that books casual rinks and drafts league allocations.
    agent = tm.add(
        tg.Agent(
            "Rink booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.CircuitBreaker(max_steps=12),
                tg.controls.HumanInTheLoop(
                    approver="match secretary",
                    note="league rink allocations only; casual bookings go ahead directly",
                ),
            },
        )
    )
    # Reads free rinks for a date and session, honouring closures.
    lookup_tool = tm.add(tg.Tool("Availability lookup tool", capabilities={"read"}))
    # Creates, moves and cancels rink bookings in the database.
    booking_tool = tm.add(tg.Tool("Rink booking tool", capabilities={"read", "write", "delete"}))
    # Sends the confirmation or reminder through the messaging gateway.
    notify_tool = tm.add(tg.Tool("Notification tool", capabilities={"send-messages"}))
    # Creates a checkout link for a visitor's green fee.
    fee_tool = tm.add(
        tg.Tool(
            "Green fee payment link tool",
            capabilities={"money-movement"},
            description="The amount is read from the green fee price list in the database.",
        )
    )
    # The club's single Postgres database (managed volume, encrypted by the host).
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, members, member_login, closures, allocation, fee_table},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider default")},
        )
    )
    # Conversation history kept for resolving disputes about bookings.
    log_store = tm.add(tg.DataStore("Chat transcript store", stores={chat_log}))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(member, chat, booking_request, member_login, protocol="https", controls={tls})
tm.flow(chat, member, agent_reply, protocol="https", controls={tls})
tm.flow(chat, booking_db, member_login, label="check sign-in")
tm.flow(chat, agent, booking_request)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, agent_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, agent_completion, protocol="https", controls={tls})
tm.flow(agent, log_store, chat_log)

tm.flow(agent, lookup_tool, booking_call, label="query free rinks")
tm.flow(lookup_tool, booking_db, booking_call)
tm.flow(booking_db, lookup_tool, availability, bookings, closures)
tm.flow(lookup_tool, agent, availability)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings, allocation)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(booking_tool, agent, availability, label="booking result")

tm.flow(agent, notify_tool, notice)
tm.flow(booking_db, notify_tool, members, label="contact details")
tm.flow(notify_tool, messaging, notice, protocol="https", controls={tls})
tm.flow(messaging, member, notice, protocol="sms")

tm.flow(agent, fee_tool, booking_call, label="visitor green fee")
tm.flow(booking_db, fee_tool, fee_table)
tm.flow(fee_tool, payments, payment_link, protocol="https", controls={tls})
tm.flow(payments, fee_tool, payment_link, protocol="https", controls={tls})
tm.flow(fee_tool, agent, payment_link)
tm.flow(payments, admin, payment_status, protocol="https", label="payment webhook")

tm.flow(league_feed, agent, fixtures, protocol="https", label="weekly fixtures read")

tm.flow(secretary, admin, allocation, protocol="https", controls={tls}, label="approves allocation")
tm.flow(admin, secretary, allocation, protocol="https", controls={tls})
tm.flow(admin, booking_db, allocation, closures, payment_status)
tm.flow(booking_db, admin, allocation, bookings, members)
tm.flow(greenkeeper, admin, closures, protocol="https", controls={tls}, label="marks rinks closed")
