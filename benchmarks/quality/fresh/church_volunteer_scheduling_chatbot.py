"""Church volunteer scheduling chatbot: the first design, before any security review.

A large church with several hundred volunteers (welcome, worship, cafe, car park and
children's ministry teams) adds a chat assistant to its church app. Volunteers sign
in to the app and ask the chatbot to sign up for rota slots, swap shifts with another
volunteer and set reminders. Team coordinators publish the rotas in a web portal.
The chatbot is an LLM agent: the church's app backend sends the conversation to a
hosted LLM, which calls tools that read and change the rota and read the volunteer
database. That database includes each volunteer's teams, contact details and
safeguarding (DBS) check status, which the bot checks before a children's ministry
sign-up. Reminders go out by push and SMS through a messaging provider. Controls in
this design: app and portal sign-in, the volunteer confirms each booking in the chat,
role-based access and encryption at rest in the church management system, TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Church volunteer scheduling chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM chatbot in the church app for rota sign-ups, shift swaps and reminders, "
        "reading a volunteer database that holds safeguarding check status."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Volunteer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with rota and volunteer context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rota = tg.Data(
    "Rotas and assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Services, slots, teams and which volunteer is on each.",
)
volunteer_profile = tg.Data(
    "Volunteer profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, e-mail, teams, availability, children in the church.",
)
safeguarding = tg.Data(
    "Safeguarding check status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="DBS check level, date and outcome, training dates, cleared for children's work.",
)
reminder = tg.Data("Shift reminder", kind="records", sensitivity=tg.Sensitivity.PII)
transcript = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone in the congregation can install the app and register as a volunteer.
    volunteer = tm.add(tg.Actor("Volunteer", role="volunteer"))
    # The church app on volunteers' phones, where the chat lives.
    app = tm.add(tg.Device("Church app", fleet=True, description="iOS and Android app."))
    # Team leaders publish and edit rotas from home as much as from the church office.
    coordinator = tm.add(tg.Actor("Team coordinator", role="coordinator"))
    # Records DBS outcomes; the only role meant to change safeguarding status.
    safeguarding_lead = tm.add(
        tg.Actor("Safeguarding lead", role="safeguarding lead", privileged=True)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Understands the volunteer's request and decides which tool to call.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, via the vendor API.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers push notifications and SMS reminders.
    messaging = tm.add(tg.ExternalService("Push and SMS provider"))

with tm.boundary("Church app backend", trust=tg.Trust.INTERNAL):
    # The chat API the app calls; volunteers are signed in to the app.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Runs the conversation loop with the LLM and executes its tool calls.
    bot = tm.add(
        tg.Agent(
            "Scheduling chatbot",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the volunteer",
                    note="the bot shows the slot and asks the volunteer to confirm a sign-up or swap",
                )
            },
        )
    )
    # Signs up, withdraws and swaps volunteers between slots.
    rota_tool = tm.add(
        tg.Tool("Rota tool", capabilities={"read", "write"}, description="Rota read and update.")
    )
    # Looks up a volunteer's teams, contacts and clearance for children's ministry.
    lookup_tool = tm.add(
        tg.Tool("Volunteer lookup tool", capabilities={"read"}, description="Volunteer search.")
    )
    # Schedules reminders and tells the other volunteer about a swap request.
    reminder_tool = tm.add(
        tg.Tool("Reminder tool", capabilities={"send-messages"}, description="Queues messages.")
    )
    # Keeps conversations for troubleshooting and for disputes about who agreed to what.
    transcripts = tm.add(tg.DataStore("Transcript store", stores={transcript}))

with tm.boundary("Church management system", trust=tg.Trust.RESTRICTED):
    # The web portal where coordinators build and publish rotas.
    portal = tm.add(
        tg.Service(
            "Coordinator portal",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # The rotas the chatbot reads and changes.
    rota_db = tm.add(tg.DataStore("Rota database", stores={rota}, controls={c.RBAC()}))
    # The volunteer records, including safeguarding status.
    volunteer_db = tm.add(
        tg.DataStore(
            "Volunteer database",
            stores={volunteer_profile, safeguarding},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# The conversation.
tm.flow(volunteer, app, chat_message)
tm.flow(app, volunteer, chat_reply)
tm.flow(app, chat_api, chat_message, protocol="https")
tm.flow(chat_api, app, chat_reply, protocol="https")
tm.flow(chat_api, bot, chat_message)
tm.flow(bot, chat_api, chat_reply)
tm.flow(bot, llm, llm_prompt, protocol="https")
tm.flow(llm, bot, tool_call, chat_reply, protocol="https")
tm.flow(bot, transcripts, transcript)

# Tools.
tm.flow(bot, rota_tool, tool_call)
tm.flow(rota_tool, bot, rota, label="tool result")
tm.flow(rota_tool, rota_db, rota, protocol="https", label="sign-up, withdraw, swap")
tm.flow(rota_db, rota_tool, rota, protocol="https")
tm.flow(bot, lookup_tool, tool_call)
tm.flow(lookup_tool, bot, volunteer_profile, safeguarding, label="tool result")
tm.flow(volunteer_db, lookup_tool, volunteer_profile, safeguarding, protocol="https")
tm.flow(bot, reminder_tool, tool_call)
tm.flow(reminder_tool, messaging, reminder, protocol="https")
tm.flow(messaging, app, reminder, protocol="https", label="push or SMS")

# Coordinators and safeguarding.
tm.flow(coordinator, portal, rota, protocol="https", label="publish rota")
tm.flow(portal, coordinator, rota, volunteer_profile, protocol="https")
tm.flow(portal, rota_db, rota)
tm.flow(rota_db, portal, rota)
tm.flow(volunteer_db, portal, volunteer_profile, safeguarding)
tm.flow(safeguarding_lead, portal, safeguarding, protocol="https", label="record DBS outcome")
tm.flow(portal, volunteer_db, volunteer_profile, safeguarding)
