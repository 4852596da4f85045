"""Rowing club booking assistant: the first design, before any security review.

Members of our rowing club chat with an assistant in the members' area of the club
website to book club boats and coaching sessions, cancel bookings and ask about the
river. It is an LLM agent on our small cloud host, using a hosted model from an LLM
vendor, with tools to check and make bookings in the club's booking database, look
up a member's competency level for each boat class (novice, club, racing) in the
membership platform, and read river levels from the public flood-monitoring API
together with the captain's river flag. Coaches publish sessions and record
competency sign-offs, and the captain sets the flag, in a small admin portal.
Members and staff sign in with their membership platform login, the assistant asks
the member to confirm each booking before it is made, chat requests are rate
limited, and transcripts are deleted after 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rowing club boat booking chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Chat assistant for members to book boats and coaching, checked against "
        "competency levels, and to ask about river conditions."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Prompt with booking context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, member name and level, conversation so far, tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Member id, boat or session, date and time; book, cancel or list.",
)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Boat and coaching bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who has which boat or coaching slot when, and the fleet with boat classes.",
)
competency_query = tg.Data("Competency lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
competency = tg.Data(
    "Member competency levels",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Level per boat class, swim test and coach sign-off date for each member.",
)
members = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, membership category, date of birth for juniors.",
)
river_query = tg.Data(
    "River conditions lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
river_levels = tg.Data(
    "River level readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Level and flow at the nearest gauging station.",
)
river_flag = tg.Data(
    "Club river flag status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Green, amber or red flag and the captain's note on what it allows.",
)
river_result = tg.Data(
    "River conditions result", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
coaching_slots = tg.Data("Coaching sessions", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
member_login = tg.Data(
    "Member sign-in",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Session token from the membership platform login.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books boats and coaching and asks about the river, from a phone or laptop.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Public flood-monitoring API for the river gauge near the boathouse.
    river_api = tm.add(
        tg.ExternalService(
            "Flood monitoring API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Government open-data API, no key needed.",
        )
    )

with tm.boundary("Club volunteers", trust=tg.Trust.INTERNAL):
    # Runs coaching sessions and signs members off for each boat class.
    coach = tm.add(tg.Actor("Coach", role="coach"))
    # Sets the river flag and decides who may take out which boats.
    captain = tm.add(tg.Actor("Club captain", role="captain", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads the chat and chooses the tool calls.
    llm = tm.add(tg.LLM("Hosted chat model", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Membership platform", trust=tg.Trust.PARTNER):
    # The club's membership SaaS: member records, logins and competency levels.
    membership = tm.add(
        tg.DataStore(
            "Membership database",
            stores={members, competency},
            description="Read and written through the platform's REST API with a club API key.",
        )
    )

with tm.boundary("Club cloud host", trust=tg.Trust.INTERNAL):
    # The chat widget's backend in the members' area.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="membership platform login: e-mail and password"),
                c.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Runs the conversation: builds the prompt, calls the model, runs the tools.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="System prompt tells it to check competency and the flag before booking.",
            controls={
                c.HumanInTheLoop(approver="the member, who confirms the booking summary in chat"),
                c.CircuitBreaker(max_steps=8),
            },
        )
    )
    # Books, cancels and lists boat and coaching bookings for the member.
    booking_tool = tm.add(
        tg.Tool("Booking tool", capabilities={"read", "write", "delete"}, origin="first-party")
    )
    # Reads the member's level for the boat class asked for.
    competency_tool = tm.add(tg.Tool("Competency lookup tool", capabilities={"read"}))
    # Combines the gauge reading with the club flag for river questions.
    river_tool = tm.add(tg.Tool("River conditions tool", capabilities={"read", "network-egress"}))
    # Fleet, bookings, coaching sessions and the river flag.
    booking_db = tm.add(
        tg.DataStore("Booking database", stores={bookings, coaching_slots, river_flag})
    )
    # Conversations, kept for a while to answer disputes about bookings.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # Where coaches and the captain manage sessions, sign-offs and the flag.
    admin_portal = tm.add(
        tg.Service(
            "Club admin portal",
            controls={
                c.Authentication(method="membership platform login: e-mail and password"),
                c.RBAC(note="coach and captain roles"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Chat
tm.flow(member, chat_api, message, member_login, protocol="https", controls={tls})
tm.flow(chat_api, assistant, message)
tm.flow(assistant, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, assistant, completion, protocol="https", controls={tls})
tm.flow(assistant, chat_api, reply)
tm.flow(chat_api, member, reply, protocol="https", controls={tls})
tm.flow(assistant, transcript_store, transcripts)

# Booking
tm.flow(assistant, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, coaching_slots, river_flag)
tm.flow(booking_tool, assistant, booking_result)

# Competency
tm.flow(assistant, competency_tool, competency_query)
tm.flow(competency_tool, membership, competency_query, protocol="https", controls={tls})
tm.flow(membership, competency_tool, competency, protocol="https", controls={tls})
tm.flow(competency_tool, assistant, competency)

# River conditions
tm.flow(assistant, river_tool, river_query)
tm.flow(river_tool, river_api, river_query, protocol="https")
tm.flow(river_api, river_tool, river_levels, protocol="https")
tm.flow(booking_db, river_tool, river_flag)
tm.flow(river_tool, assistant, river_result)

# Administration
tm.flow(coach, admin_portal, coaching_slots, competency, protocol="https", controls={tls})
tm.flow(captain, admin_portal, river_flag, protocol="https", controls={tls})
tm.flow(admin_portal, booking_db, coaching_slots, river_flag)
tm.flow(booking_db, admin_portal, bookings, coaching_slots)
tm.flow(admin_portal, membership, competency, protocol="https", controls={tls})
tm.flow(membership, admin_portal, members, competency, protocol="https", controls={tls})
tm.flow(admin_portal, coach, bookings, members, protocol="https", controls={tls})
tm.flow(admin_portal, captain, bookings, protocol="https", controls={tls})
