"""Community tool library: lending and safety-check agent, first design.

Members of a volunteer-run tool library reserve tools through a chat agent on the
library's website. The agent runs on the library's small cloud app and uses a
hosted LLM. Before reserving a dangerous power tool (chainsaw, table saw, angle
grinder) it looks up the member's induction records; it then books a collection
slot and schedules reminder texts and e-mails through a messaging provider.
Volunteers use a tablet app at the library to record inductions they give, log
returns and the safety check done on each returned tool. Each month the back end
e-mails the library's insurer the register of inductions, which the policy
requires. Members sign in with e-mail and password; volunteers share a PIN on
the tablet; the booking tool's database account can only touch reservations;
the LLM key is kept in the host's secret store; links use HTTPS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Tool library lending agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat reservations of power tools, gated on inductions, for a community tool library.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
induction_query = tg.Data("Induction lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
induction_status = tg.Data("Induction status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
inductions = tg.Data(
    "Induction records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Member, tool category, date and the volunteer who gave the induction.",
)
members = tg.Data("Member accounts", kind="records", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data("Tool catalogue and slots", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
reservations = tg.Data("Reservations and loans", kind="records", sensitivity=tg.Sensitivity.PII)
reminder_request = tg.Data("Reminder request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
reminder = tg.Data("Reminder message", kind="documents", sensitivity=tg.Sensitivity.PII)
safety_checks = tg.Data(
    "Return and safety check log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Tool returned, condition, guard and blade checks, PAT status, volunteer.",
)
register = tg.Data("Induction register export", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Library members reserving tools from home.
    member = tm.add(tg.Actor("Member", role="library member"))

with tm.boundary("Library cloud app", trust=tg.Trust.INTERNAL):
    # Chat endpoint behind the website's member login.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The LLM agent that answers, checks inductions, books slots and sets reminders.
    agent = tm.add(
        tg.Agent(
            "Lending agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.SecretsManagement(note="LLM API key in the host's secret store")},
        )
    )
    # Reads a member's inductions so the agent can gate dangerous tools.
    induction_tool = tm.add(tg.Tool("Induction check tool", capabilities={"read"}))
    # Creates and cancels reservations for collection slots.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="DB account limited to the reservations table")},
        )
    )
    # Schedules reminder texts and e-mails for collections and returns.
    reminder_tool = tm.add(tg.Tool("Reminder tool", capabilities={"send-messages"}))
    # Members and their induction records: what the insurer relies on.
    member_db = tm.add(
        tg.DataStore(
            "Member and induction database",
            stores={members, inductions},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Catalogue, slots, reservations, loans and safety check log.
    lending_db = tm.add(
        tg.DataStore("Lending database", stores={catalogue, reservations, safety_checks})
    )
    # API the volunteer tablet app calls; also runs the monthly insurer export.
    backend = tm.add(
        tg.Service(
            "Volunteer back end",
            controls={c.Authentication(method="shared volunteer PIN")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # SMS and e-mail delivery service.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider"))

with tm.boundary("Insurer", trust=tg.Trust.PARTNER):
    # The library's liability insurer, which requires the induction register.
    insurer = tm.add(tg.ExternalService("Insurer"))

with tm.boundary("Library workshop", trust=tg.Trust.INTERNAL):
    # Volunteers who give inductions, hand out tools and check returns.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))
    # Shared tablet at the counter running the volunteer app.
    tablet = tm.add(tg.Device("Volunteer tablet", fleet=False))

# ---------------------------------------------------------------- flows
# reserving through chat
tm.flow(member, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, induction_tool, induction_query)
tm.flow(member_db, induction_tool, inductions)
tm.flow(induction_tool, agent, induction_status)
tm.flow(agent, booking_tool, booking_request)
tm.flow(lending_db, booking_tool, catalogue, reservations)
tm.flow(booking_tool, lending_db, reservations)
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, reminder_tool, reminder_request)
tm.flow(reminder_tool, messaging, reminder, protocol="https")
tm.flow(messaging, member, reminder, protocol="sms", label="text and e-mail reminders")
tm.flow(agent, chat, reply)
tm.flow(chat, member, reply, protocol="https")

# volunteers at the library
tm.flow(
    volunteer, tablet, inductions, safety_checks, label="records inductions, returns and checks"
)
tm.flow(tablet, backend, inductions, safety_checks, protocol="https")
tm.flow(backend, member_db, inductions)
tm.flow(backend, lending_db, safety_checks, reservations, label="returns logged")
tm.flow(lending_db, backend, reservations, label="today's collections and returns")
tm.flow(member_db, backend, members, label="member lookup at collection")
tm.flow(backend, tablet, reservations, members, protocol="https")
tm.flow(tablet, volunteer, reservations, members)

# insurer
tm.flow(member_db, backend, inductions, label="monthly register")
tm.flow(backend, insurer, register, protocol="smtp", label="monthly e-mailed spreadsheet")
