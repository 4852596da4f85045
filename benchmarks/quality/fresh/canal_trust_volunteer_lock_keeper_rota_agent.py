"""Volunteer lock keeper rota agent: the first design, before any security review.

The canal charity runs busy flights of locks with volunteer lock keepers. Volunteers
enter the days they can work in the volunteer portal. Each week an LLM agent builds
the rota for every lock site: it reads availability, the volunteers' lock-operation
and first-aid training records, and boat traffic forecasts from a small in-house
model fed by the passage counters at the locks. It asks a hosted LLM to draft the
rota and the messages to volunteers. The volunteer coordinator approves the weekly
rota in the portal before it is published; changes during the week (a volunteer
drops out, a forecast jumps) are made and messaged by the agent directly by SMS
through a messaging provider. Everything runs in the charity's cloud tenancy. The
portal signs volunteers in with e-mail and password and staff with Microsoft 365
single sign-on; internet traffic uses TLS, and the agent logs every tool call.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Volunteer lock keeper rota agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Builds volunteer lock keepers' rotas and messages volunteers about changes.",
)

# ---------------------------------------------------------------- data assets
availability = tg.Data(
    "Volunteer availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Days and lock sites each volunteer can cover, with notes they type.",
)
contacts = tg.Data(
    "Volunteer contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, e-mail address and home lock site.",
)
training = tg.Data(
    "Volunteer training records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Lock operation competency, first-aid certificate and their expiry dates.",
)
passage_counts = tg.Data("Lock passage counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
traffic_forecast = tg.Data(
    "Boat traffic forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
rota = tg.Data(
    "Lock keeper rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who covers which lock site on which shift, draft or published.",
)
approval = tg.Data("Rota approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
lookup_call = tg.Data("Rota data query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Rota planning data",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Availability, training status, current rota and traffic forecast per site.",
)
prompt = tg.Data(
    "Rota planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, planning data and the change to handle.",
)
proposal = tg.Data(
    "Rota proposal and message drafts", kind="model-output", sensitivity=tg.Sensitivity.PII
)
rota_update = tg.Data("Rota update", kind="tool-call", sensitivity=tg.Sensitivity.PII)
message = tg.Data(
    "Shift change message",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient mobile number and the text about the changed shift.",
)
sms = tg.Data("Shift change SMS", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The volunteers: members of the public who signed up to keep locks.
    volunteer = tm.add(tg.Actor("Volunteer lock keeper", role="volunteer"))

with tm.boundary("Lock sites", trust=tg.Trust.UNTRUSTED):
    # Counters in lockside cabinets on the public towpath feed the traffic forecast.
    counters = tm.add(
        tg.Device(
            "Lock passage counters",
            description="Beam counters at each lock, reporting over a cellular modem.",
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # The staff member who owns the rota and keeps training records up to date.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="coordinator"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts rotas and messages; the charity does not run its own model.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Delivers the SMS messages to volunteers' phones.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where volunteers give availability and see shifts, and the coordinator approves.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="volunteers: e-mail and password; staff: Microsoft 365 single sign-on"
                ),
            },
        )
    )
    # Plans the rota and handles changes through its tools.
    agent = tm.add(
        tg.Agent(
            "Rota agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="volunteer coordinator",
                    note="the weekly rota waits for the coordinator; changes during "
                    "the week go ahead directly",
                ),
                c.AuditLogging(note="every tool call and message sent is logged"),
            },
        )
    )
    # Reads what the agent plans from.
    data_tool = tm.add(tg.Tool("Rota data lookup tool", capabilities={"read"}))
    # Writes draft rotas and in-week changes to the rota store.
    rota_tool = tm.add(tg.Tool("Rota update tool", capabilities={"read", "write"}))
    # Sends SMS messages through the messaging provider.
    message_tool = tm.add(tg.Tool("Volunteer messaging tool", capabilities={"send-messages"}))
    # Predicts boats per lock per day from passage counts.
    forecast_model = tm.add(
        tg.Model(
            "Boat traffic forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted model retrained each season on passage counts.",
        )
    )
    # Volunteer profiles and availability.
    volunteer_db = tm.add(
        tg.DataStore(
            "Volunteer database",
            stores={availability, contacts},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Who is trained for which lock and until when.
    training_db = tm.add(
        tg.DataStore(
            "Training records store",
            stores={training},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Draft and published rotas.
    rota_store = tm.add(tg.DataStore("Rota store", stores={rota}))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Volunteers and the coordinator in the portal
tm.flow(volunteer, portal, availability, contacts, protocol="https", controls={tls})
tm.flow(portal, volunteer, rota, protocol="https", controls={tls}, label="my shifts")
tm.flow(portal, volunteer_db, availability, contacts)
tm.flow(rota_store, portal, rota)
tm.flow(portal, coordinator, rota, protocol="https", controls={tls}, label="draft rota")
tm.flow(coordinator, portal, approval, protocol="https", controls={tls})
tm.flow(portal, rota_store, approval, label="publish rota")
tm.flow(coordinator, training_db, training, protocol="https", controls={tls}, label="after courses")

# Traffic forecast
tm.flow(counters, forecast_model, passage_counts, protocol="https", label="hourly upload")

# The agent and its tools
tm.flow(agent, data_tool, lookup_call)
tm.flow(data_tool, agent, lookup_result)
tm.flow(volunteer_db, data_tool, availability, contacts)
tm.flow(training_db, data_tool, training)
tm.flow(rota_store, data_tool, rota)
tm.flow(data_tool, forecast_model, lookup_call, label="forecast request")
tm.flow(forecast_model, data_tool, traffic_forecast)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, proposal, protocol="https", controls={tls})

tm.flow(agent, rota_tool, rota_update)
tm.flow(rota_tool, rota_store, rota)
tm.flow(rota_store, rota_tool, rota)

tm.flow(agent, message_tool, message)
tm.flow(message_tool, sms_gateway, message, protocol="https", controls={tls})
tm.flow(sms_gateway, volunteer, sms, protocol="sms")
