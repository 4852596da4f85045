"""Cathedral bell tower ringing schedule agent: the first design, before any security review.

The cathedral's band of bell ringers (about thirty volunteers) rings for Sunday
services, weddings, civic occasions and a weekly practice night. The tower captain
asks an LLM agent, through a small web app, to plan the practice and service rota
for the coming weeks. The agent reads the Chapter office's service calendar, the
ringer directory (contact details, which bells each ringer can handle, replies about
availability) and, through a read-only tool, the visitor department's tower access
booking system, so practices do not clash with tower tours or bell maintenance.
It drafts the rota with a hosted LLM; the captain approves it in the app, and a
messaging tool then texts or e-mails each ringer through an SMS and e-mail gateway.
Ringers answer by text or e-mail; the gateway posts their replies to the app.
Everything runs in one cloud tenancy; the captain signs in with the cathedral's
Microsoft 365 account, the database is encrypted by the cloud provider, and no rota
is sent before the captain approves it (reminders for an approved rota are automatic).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral bell tower ringing schedule agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Plans the cathedral's ringing rota and practices and messages the ringers.",
)

# ---------------------------------------------------------------- data assets
planning_request = tg.Data(
    "Rota planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The captain's instructions: weeks to plan, special services, who is away.",
)
rota_draft = tg.Data("Draft rota", kind="model-output", sensitivity=tg.Sensitivity.PII)
rota_approval = tg.Data("Rota approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_rota = tg.Data(
    "Approved ringing rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which ringer rings which bell at which service or practice.",
)
ringer_records = tg.Data(
    "Ringer contact details and abilities",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="Names, mobile numbers, e-mail addresses, bells and methods each can ring.",
)
availability_replies = tg.Data(
    "Ringer availability replies",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text SMS and e-mail answers from ringers ('can't do Easter Day').",
)
service_schedule = tg.Data("Service schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tower_bookings = tg.Data(
    "Tower access bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Tower tour slots, contractor and maintenance visits, with the booker's name.",
)
booking_query = tg.Data(
    "Tower booking query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Planning prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, ringer list, replies, services and bookings.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
ringer_messages = tg.Data(
    "Rota messages to ringers",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Rota notices, practice reminders and availability questions.",
)
agent_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteer captain, working from a home laptop or phone.
    captain = tm.add(tg.Actor("Tower captain", role="tower captain"))
    # The ringers only receive texts or e-mails and reply to them.
    ringer = tm.add(tg.Actor("Ringer", role="volunteer bell ringer"))

with tm.boundary("Cathedral Microsoft 365", trust=tg.Trust.INTERNAL):
    # The Chapter office keeps the service calendar; the agent reads its published feed.
    service_calendar = tm.add(
        tg.DataSource(
            "Chapter service calendar",
            origin=tg.Origin.INTERNAL,
            provides={service_schedule},
            description="Shared calendar of services, weddings and civic events.",
        )
    )

with tm.boundary("Visitor booking SaaS", trust=tg.Trust.PARTNER):
    # The visitor department's ticketing system for tower tours and access slots.
    booking_system = tm.add(
        tg.ExternalService(
            "Tower access booking system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Hosted ticketing platform; read through its API with an API key.",
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the texts and e-mails and posts ringers' replies back to us.
    gateway = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drafts the rota and the messages.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cathedral cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web app the captain uses; it also receives the gateway's reply webhook.
    rota_app = tm.add(
        tg.Endpoint(
            "Rota web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="cathedral Microsoft 365 account")},
        )
    )
    # Plans the rota: reads calendar, directory and bookings, drafts with the LLM.
    agent = tm.add(
        tg.Agent(
            "Ringing schedule agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the tower captain",
                    note="each rota is approved in the app before it is sent; "
                    "reminders for an approved rota go out automatically",
                )
            },
        )
    )
    # Read-only lookup of tower access bookings for the weeks being planned.
    booking_tool = tm.add(tg.Tool("Tower booking lookup tool", capabilities={"read"}))
    # Sends rota notices, reminders and availability questions to ringers.
    messaging_tool = tm.add(tg.Tool("Ringer messaging tool", capabilities={"send-messages"}))
    # Ringers' contact details, abilities and their availability replies.
    directory = tm.add(
        tg.DataStore(
            "Ringer directory",
            stores={ringer_records, availability_replies},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Approved rotas and past rotas, so the agent can share out services fairly.
    rota_store = tm.add(
        tg.DataStore(
            "Rota store",
            stores={approved_rota},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the agent did and sent, for the captain to look back on.
    run_log = tm.add(tg.DataStore("Agent run log store", stores={agent_log}))

# ---------------------------------------------------------------- flows
tm.flow(captain, rota_app, planning_request, rota_approval, protocol="https")
tm.flow(rota_app, captain, rota_draft, protocol="https")
tm.flow(rota_app, agent, planning_request, rota_approval)
tm.flow(agent, rota_app, rota_draft)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(service_calendar, agent, service_schedule, protocol="https", label="calendar feed")
tm.flow(directory, agent, ringer_records, availability_replies)
tm.flow(rota_store, agent, approved_rota, label="past rotas")
tm.flow(agent, rota_store, approved_rota)
tm.flow(agent, run_log, agent_log)

tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, booking_system, booking_query, protocol="https")
tm.flow(booking_system, booking_tool, tower_bookings, protocol="https")
tm.flow(booking_tool, agent, tower_bookings)

tm.flow(agent, messaging_tool, ringer_messages)
tm.flow(messaging_tool, gateway, ringer_messages, protocol="https")
tm.flow(gateway, ringer, ringer_messages, protocol="sms")
tm.flow(ringer, gateway, availability_replies, protocol="sms")
tm.flow(gateway, rota_app, availability_replies, protocol="https", label="inbound reply webhook")
tm.flow(rota_app, directory, availability_replies)
