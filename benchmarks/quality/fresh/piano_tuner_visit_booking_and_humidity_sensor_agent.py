"""Piano tuner visit booking and humidity sensor agent: the first design.

A small UK piano tuning business fits a humidity sensor inside each client's
piano; sensors upload readings over home Wi-Fi to an ingestion endpoint in our
cloud account, and a nightly job turns them into per-piano humidity trends.
A booking agent (our orchestration around a hosted LLM) reads the trends and
the texts clients send to the business number, proposes tuning visits, books
them straight into the tuners' Google calendars and texts clients about
humidity problems. Tuners see visits in their calendar app; the office manager
keeps client records in a small back-office web app. Controls: per-sensor API
keys and TLS on uploads, a step limit and run logging on the agent, the
calendar token in the secret manager, a per-client texting cap, encryption at
rest on the client database and a password sign-in to the back office.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Piano tuner visit booking and humidity sensor agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Books piano tuning visits from humidity sensor trends and client texts.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data("Humidity sensor readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
trends = tg.Data("Per-piano humidity trends", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
client_text = tg.Data(
    "Client text message",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Free text a client sends to the business number, with their phone number.",
)
client_records = tg.Data(
    "Client records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, home address, phone number, piano make and service history.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking = tg.Data("Visit booking", sensitivity=tg.Sensitivity.PII, kind="tool-call")
availability = tg.Data(
    "Tuner calendar availability", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
calendar_events = tg.Data("Tuner calendar events", sensitivity=tg.Sensitivity.PII, kind="records")
outbound_text = tg.Data(
    "Humidity or visit text to client", sensitivity=tg.Sensitivity.PII, kind="documents"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Client homes", trust=tg.Trust.UNTRUSTED):
    # The piano owner: receives texts and replies to the business number.
    client = tm.add(tg.Actor("Client", role="piano owner"))
    # One battery sensor per piano, on the client's home Wi-Fi.
    sensor = tm.add(
        tg.Device(
            "Piano humidity sensor",
            fleet=True,
            description="Reports relative humidity and temperature every 30 minutes.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Hosts the business phone number; relays texts both ways.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the booking agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The tuners' shared calendars, where visits are booked.
    calendar = tm.add(tg.ExternalService("Tuner calendars", provides="generic"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Receives sensor uploads.
    ingest = tm.add(
        tg.Endpoint(
            "Sensor ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-sensor API key provisioned at install")},
        )
    )
    # Time series of every sensor's readings.
    readings_db = tm.add(tg.DataStore("Sensor readings store", stores={readings}))
    # Nightly job that summarises readings into trends per piano.
    trend_job = tm.add(
        tg.Service(
            "Humidity trend job", description="Nightly rolling averages and swings per piano."
        )
    )
    # Receives the SMS provider's webhook for inbound texts.
    sms_webhook = tm.add(tg.Endpoint("Inbound SMS webhook", purpose=tg.EndpointPurpose.API))
    # The LLM agent that proposes and books visits and texts clients.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="every run's prompts and tool calls kept in the log bucket"),
            },
        )
    )
    # Lets the agent read free slots and create visits in the tuners' calendars.
    calendar_tool = tm.add(
        tg.Tool(
            "Calendar booking tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="Google OAuth token in the cloud secret manager")},
        )
    )
    # Lets the agent text clients through the SMS gateway.
    sms_tool = tm.add(
        tg.Tool(
            "Client texting tool",
            capabilities={"send-messages"},
            controls={c.RateLimiting(note="at most 3 texts per client per week")},
        )
    )
    # Clients, their pianos and service history.
    client_db = tm.add(
        tg.DataStore(
            "Client database",
            stores={client_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the office manager keeps client records up to date.
    backoffice = tm.add(
        tg.Service(
            "Back-office web app",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Staff", trust=tg.Trust.INTERNAL):
    # Visits clients; reads the day's visits in the calendar app.
    tuner = tm.add(tg.Actor("Piano tuner", role="tuner"))
    # Runs the office and the client list.
    office_manager = tm.add(tg.Actor("Office manager", role="office manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    sensor,
    ingest,
    readings,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(ingest, readings_db, readings)
tm.flow(readings_db, trend_job, readings)
tm.flow(trend_job, agent, trends, label="nightly trends")

tm.flow(client, sms_gateway, client_text, protocol="sms")
tm.flow(sms_gateway, sms_webhook, client_text, protocol="https")
tm.flow(sms_webhook, agent, client_text)

tm.flow(client_db, agent, client_records, label="client lookup")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, calendar_tool, booking)
tm.flow(calendar_tool, agent, availability)
tm.flow(calendar_tool, calendar, booking, protocol="https")
tm.flow(calendar, calendar_tool, availability, protocol="https")
tm.flow(calendar, tuner, calendar_events, protocol="https")

tm.flow(agent, sms_tool, outbound_text)
tm.flow(sms_tool, sms_gateway, outbound_text, protocol="https")
tm.flow(sms_gateway, client, outbound_text, protocol="sms")

tm.flow(office_manager, backoffice, client_records, protocol="https")
tm.flow(backoffice, office_manager, client_records, protocol="https")
tm.flow(backoffice, client_db, client_records)
tm.flow(client_db, backoffice, client_records)
