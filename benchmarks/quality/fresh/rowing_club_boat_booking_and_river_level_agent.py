"""Rowing club boat booking agent: the first design, before any security review.

Members of a UK rowing club book boats by messaging the club's WhatsApp number.
The WhatsApp Business platform posts each message to a webhook on the club's
small cloud app, which looks the sender's number up in the membership records and
hands the message to an LLM agent (a hosted model behind a vendor API). The agent
checks the boat calendar, looks up each crew member's rowing grade and cox status,
fetches the river authority's public level and flow readings for the club's gauge,
and compares them with the captain's conditions rules (which grades may go out at
which river state). It books the boat, or refuses and tells the crew why. The club
captain and safety officer maintain qualifications and rules, and can reinstate a
blocked outing, on an admin web page signed in with club Google accounts.
Controls in this design: sender number matched to the membership list, a cap on
agent steps per message, TLS on every external link, and database encryption at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Rowing club boat booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books club boats, checks river level and flow, and blocks "
        "outings for crews not qualified for the conditions."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Member chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Booking request with the sender's phone number and name, and crew names.",
)
agent_reply = tg.Data(
    "Agent reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Booking confirmation or refusal, naming the crew.",
)
member_identity = tg.Data(
    "Member contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone number, e-mail and membership status.",
)
qualifications = tg.Data(
    "Crew qualification records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Rowing grade, swim test, cox and steering sign-offs for each member.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the conditions rules, the chat history and tool results.",
)
llm_completion = tg.Data(
    "Model completion and tool calls",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Qualification lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Qualification lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
river_query = tg.Data("River gauge query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
river_readings = tg.Data(
    "River level and flow readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
bookings = tg.Data(
    "Boat bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Boat, time slot, crew names and booking status (booked, blocked, reinstated).",
)
conditions_rules = tg.Data(
    "River conditions rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which grades and boat types may go out at which level and flow bands.",
)
outing_override = tg.Data(
    "Outing override",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Captain's decision to reinstate or block an outing by hand.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any club member (juniors, masters, novices) with WhatsApp on their phone.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Club captain and safety officer, working from their own laptops.
    captain = tm.add(tg.Actor("Club captain", role="captain and safety officer", privileged=True))
    # The river authority's open-data API with the gauge upstream of the boathouse.
    river_feed = tm.add(
        tg.ExternalService(
            "River authority level and flow API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public open-data API, readings every 15 minutes.",
        )
    )

with tm.boundary("WhatsApp Business platform", trust=tg.Trust.PARTNER):
    # Meta's cloud API: relays member messages to our webhook and sends our replies.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business cloud API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that plans the agent's steps and writes replies.
    llm = tm.add(tg.LLM("Hosted chat LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud app", trust=tg.Trust.INTERNAL):
    # Receives WhatsApp message webhooks and sends the agent's replies back.
    webhook = tm.add(
        tg.Endpoint(
            "Chat webhook endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="sender's WhatsApp number matched to the membership record")
            },
        )
    )
    # The LLM agent that handles each booking conversation end to end.
    agent = tm.add(
        tg.Agent(
            "Boat booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, cancels or refuses outings without a person approving each one.",
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Creates, moves and cancels bookings in the boat calendar.
    booking_tool = tm.add(tg.Tool("Boat booking tool", capabilities={"read", "write", "delete"}))
    # Reads each named crew member's grade and sign-offs.
    qualification_tool = tm.add(tg.Tool("Crew qualification lookup tool", capabilities={"read"}))
    # Fetches current level and flow for the club's gauge from the river authority.
    river_tool = tm.add(tg.Tool("River conditions tool", capabilities={"read", "network-egress"}))
    # Admin web page for the captain and safety officer.
    admin_console = tm.add(
        tg.Endpoint(
            "Captain admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="club Google Workspace sign-in (OIDC)")},
        )
    )
    # Managed Postgres tables: the boat calendar.
    calendar_db = tm.add(
        tg.DataStore(
            "Boat booking calendar",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Managed Postgres tables: members and their qualifications.
    members_db = tm.add(
        tg.DataStore(
            "Membership and qualification records",
            stores={member_identity, qualifications},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The captain's conditions rules, loaded into the agent's system prompt.
    rules_store = tm.add(tg.DataStore("River conditions rules table", stores={conditions_rules}))

# ---------------------------------------------------------------- flows
# member conversation
tm.flow(member, whatsapp, chat_message, protocol="whatsapp")
tm.flow(whatsapp, webhook, chat_message, protocol="https", label="incoming message webhook")
tm.flow(members_db, webhook, member_identity, label="sender lookup")
tm.flow(webhook, agent, chat_message)
tm.flow(agent, webhook, agent_reply)
tm.flow(webhook, whatsapp, agent_reply, protocol="https", label="send message API")
tm.flow(whatsapp, member, agent_reply, protocol="whatsapp")

# agent reasoning
tm.flow(rules_store, agent, conditions_rules)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# tools
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, calendar_db, bookings)
tm.flow(calendar_db, booking_tool, bookings)

tm.flow(agent, qualification_tool, lookup_call)
tm.flow(qualification_tool, agent, lookup_result)
tm.flow(members_db, qualification_tool, qualifications)

tm.flow(agent, river_tool, river_query)
tm.flow(river_tool, agent, river_readings)
tm.flow(river_tool, river_feed, river_query, protocol="https")
tm.flow(river_feed, river_tool, river_readings, protocol="https")

# captain administration
tm.flow(captain, admin_console, qualifications, conditions_rules, outing_override, protocol="https")
tm.flow(admin_console, captain, bookings, qualifications, protocol="https")
tm.flow(admin_console, members_db, qualifications)
tm.flow(members_db, admin_console, qualifications)
tm.flow(admin_console, rules_store, conditions_rules)
tm.flow(admin_console, calendar_db, outing_override)
tm.flow(calendar_db, admin_console, bookings)
