"""Gaming cafe booking and session agent: the first design.

A gaming cafe in Germany lets its members book PCs through a chat on its website.
An LLM agent (a hosted model from a vendor) takes the request, looks up the
member's date of birth and the PEGI / USK rating of the game they want, refuses
games above their age, books a PC and, during the visit, starts, extends and
ends the session on the PC through the cafe management server's API. For
members under 16 it texts the parent or guardian on file when a session starts,
when 15 minutes are left and when it ends. Members are registered at the front
desk, where staff check an ID and, for under-16s, record the parent's consent
and phone number. The agent, its tools and the member database run in the
cafe's cloud tenancy; the management server and the PCs are on the cafe LAN.
Members sign in to the chat with e-mail and password; the agent is limited to
25 steps per conversation; the member database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Gaming cafe age rating and session agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that books gaming PCs, checks members' ages against game ratings, "
        "manages session time and notifies parents of under-16s."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Booking chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the member asks: which game, when, for how long, extensions.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
member_profile = tg.Data(
    "Member profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, e-mail, date of birth checked against ID at the desk, "
    "parent consent flag, parent or guardian phone number.",
)
parent_contact = tg.Data("Parent contact details", kind="records", sensitivity=tg.Sensitivity.PII)
ratings = tg.Data(
    "Game age ratings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="PEGI and USK age rating of every game installed on the PCs.",
)
lookup_call = tg.Data("Age and rating lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
age_result = tg.Data(
    "Member age and game rating", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
session_call = tg.Data(
    "Booking and session command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Book a PC, start, extend or end a member's session.",
)
session_status = tg.Data(
    "Booking and session status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
pc_command = tg.Data(
    "PC unlock and lock command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pc_events = tg.Data(
    "PC session events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Who is signed in at which PC, game launched, minutes used and left.",
)
notify_call = tg.Data(
    "Parent notification request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
receipt = tg.Data("SMS delivery receipt", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
notification = tg.Data(
    "Parent notification SMS",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's first name, PC, session start, time left or end.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members book and extend sessions from their phones, also while at the cafe.
    member = tm.add(tg.Actor("Member", role="cafe customer"))
    # Receives texts about an under-16 member's sessions; never signs in.
    parent = tm.add(tg.Actor("Parent or guardian", role="parent"))
    # Public rating databases the game list is refreshed from.
    rating_source = tm.add(
        tg.DataSource(
            "PEGI and USK rating databases",
            origin=tg.Origin.PUBLIC_WEB,
            provides={ratings},
            description="Ratings looked up for each game the cafe installs.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the parent texts.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Cafe cloud tenancy", trust=tg.Trust.INTERNAL):
    # Chat on the cafe website and app, for signed-in members.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that handles bookings, age checks, session time and parent texts.
    agent = tm.add(
        tg.Agent(
            "Booking and session agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Checks the member's age against the game's rating before booking, "
            "books PCs, extends or ends sessions and notifies parents of under-16s.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Members, dates of birth, parent consent and phone numbers.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_profile, parent_contact},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The cafe's list of installed games with their age ratings.
    catalogue = tm.add(tg.DataStore("Game rating catalogue", stores={ratings}))
    # Read-only tool: the member's age and the requested game's rating.
    lookup_tool = tm.add(tg.Tool("Age and rating lookup tool", capabilities={"read"}))
    # Books PCs and starts, extends or ends sessions on the management server.
    session_tool = tm.add(tg.Tool("Booking and session tool", capabilities={"read", "write"}))
    # Texts the parent on file for an under-16 member.
    notify_tool = tm.add(
        tg.Tool("Parent notification tool", capabilities={"read", "send-messages"})
    )

with tm.boundary("Cafe LAN", trust=tg.Trust.INTERNAL):
    # Registers members after checking ID, records parent consent, can override sessions.
    staff = tm.add(tg.Actor("Front desk staff", role="cafe staff"))
    # Off-the-shelf cafe management software: bookings, session timers, PC lock/unlock.
    mgmt = tm.add(
        tg.Service(
            "Cafe management server",
            controls={c.Authentication(method="vendor API key")},
        )
    )
    # The gaming PCs with the vendor's client that locks the PC when time is up.
    pcs = tm.add(tg.Device("Gaming PCs", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(member, chat, chat_message, protocol="https")
tm.flow(chat, member, reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, reply)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, agent, age_result)
tm.flow(member_db, lookup_tool, member_profile)
tm.flow(catalogue, lookup_tool, ratings)

tm.flow(agent, session_tool, session_call)
tm.flow(session_tool, agent, session_status)
tm.flow(session_tool, mgmt, session_call, protocol="https")
tm.flow(mgmt, session_tool, session_status, pc_events, protocol="https")
tm.flow(mgmt, pcs, pc_command, protocol="wss")
tm.flow(pcs, mgmt, pc_events, protocol="wss")

tm.flow(agent, notify_tool, notify_call)
tm.flow(member_db, notify_tool, parent_contact)
tm.flow(notify_tool, sms, notification, protocol="https")
tm.flow(sms, notify_tool, receipt, protocol="https")
tm.flow(notify_tool, agent, receipt)
tm.flow(sms, parent, notification, protocol="sms")

tm.flow(
    staff,
    member_db,
    member_profile,
    parent_contact,
    protocol="https",
    label="registers member after ID check at the counter",
)
tm.flow(staff, mgmt, session_call, label="manual override at the desk")
tm.flow(mgmt, staff, pc_events, label="session overview on the desk screen")
tm.flow(rating_source, catalogue, ratings, protocol="https", label="rating lookup per new game")
