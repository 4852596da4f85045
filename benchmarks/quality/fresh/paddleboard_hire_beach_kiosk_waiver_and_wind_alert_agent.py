"""Paddleboard hire kiosk with a wind alert agent: the first design, before any review.

A paddleboard hire business runs a kiosk on a UK beach. Customers sign a safety
waiver (name, mobile number, emergency contact, swimming ability, signature) on
a tablet at the kiosk, and staff, signed in with a shared staff PIN, check
boards out and back in on the same tablet. The tablet talks to a small hire
backend in the cloud with a per-tablet API key. A wind alert agent reads the
weather station on the lifeguard hut every minute and a marine forecast; when
offshore wind passes the owner's thresholds it asks a hosted LLM to word a
recall, looks up who is on the water and texts every hirer through an SMS
gateway, without waiting for staff. Hirers' replies come back by webhook so
staff can see who has acknowledged. The owner edits thresholds from home.
Card payments are taken on a standalone terminal outside this system.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Paddleboard hire kiosk and wind alert agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Beach kiosk tablet for waivers and board hire, with an agent that recalls "
        "hirers by SMS when offshore wind picks up."
    ),
)

# ---------------------------------------------------------------- data assets
waiver = tg.Data(
    "Signed waiver",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, emergency contact, swimming ability, signature.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
hire = tg.Data(
    "Hire record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Board number, hirer, mobile number, time out and due back.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
check_in_out = tg.Data("Board check-out and check-in", kind="records")
readings = tg.Data(
    "Wind speed and direction readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Marine wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
thresholds = tg.Data(
    "Wind alert thresholds",
    kind="records",
    description="Offshore wind speed and gust limits, and the recall message template.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Active hires query", kind="tool-call")
active_hires = tg.Data("Boards on the water", kind="tool-result", sensitivity=tg.Sensitivity.PII)
sms_call = tg.Data("Recall SMS request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
recall_text = tg.Data("Recall text message", sensitivity=tg.Sensitivity.PII)
sms_reply = tg.Data("Hirer SMS reply", sensitivity=tg.Sensitivity.PII)
recall_status = tg.Data("Recall status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Walk-up customers: sign the waiver, take a board, get the recall texts.
    hirer = tm.add(tg.Actor("Hirer", role="customer"))

with tm.boundary("Beach kiosk", trust=tg.Trust.INTERNAL):
    # Seasonal staff hand out boards and watch the recall status.
    staff = tm.add(tg.Actor("Kiosk staff", role="kiosk staff"))
    # One tablet in a stand at the kiosk counter; customers and staff share it.
    tablet = tm.add(
        tg.Device(
            "Waiver tablet",
            fleet=False,
            controls={c.Authentication(method="shared staff PIN for the staff screens")},
        )
    )
    # Anemometer and wind vane on the lifeguard hut roof, posting over 4G.
    station = tm.add(tg.Device("Beach weather station", fleet=False))

with tm.boundary("Owner's home office", trust=tg.Trust.INTERNAL):
    # Sets the wind thresholds and reads the hire history.
    owner = tm.add(tg.Actor("Owner", role="business owner", privileged=True))

with tm.boundary("Hire cloud", trust=tg.Trust.INTERNAL):
    # Receives waivers, hires, readings and SMS webhooks; serves the admin pages.
    backend = tm.add(
        tg.Endpoint(
            "Hire backend API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="per-tablet API key for the kiosk; owner e-mail and password"
                )
            },
        )
    )
    # Waivers and hire records; the insurer wants waivers kept.
    hire_db = tm.add(
        tg.DataStore(
            "Hire database",
            stores={waiver, hire, recall_status, sms_reply},
            controls={c.EncryptionAtRest(key_management="managed database default")},
        )
    )
    # The owner's thresholds and message template.
    settings = tm.add(tg.DataStore("Alert settings", stores={thresholds}))
    # Decides when to recall and words the message; acts without a person.
    agent = tm.add(tg.Agent("Wind alert agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Reads who is on the water right now.
    lookup = tm.add(tg.Tool("Active hires lookup tool", capabilities={"read"}))
    # Sends recall texts through the gateway.
    sender = tm.add(tg.Tool("Recall SMS tool", capabilities={"send-messages"}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that interprets readings and words the recall.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers texts to hirers' phones and posts their replies back.
    gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Hourly marine wind forecast for the bay.
    marine = tm.add(
        tg.DataSource("Marine forecast service", origin=tg.Origin.VENDOR, provides={forecast})
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# waivers and hires at the kiosk
tm.flow(hirer, tablet, waiver, label="signs waiver at the counter")
tm.flow(staff, tablet, check_in_out)
tm.flow(tablet, backend, waiver, hire, check_in_out, protocol="https", controls={tls})
tm.flow(backend, hire_db, waiver, hire)
tm.flow(hire_db, backend, hire, recall_status)
tm.flow(backend, tablet, hire, recall_status, protocol="https", controls={tls})
tm.flow(tablet, staff, recall_status)

# wind watching
tm.flow(station, backend, readings, protocol="https", label="every minute over 4G")
tm.flow(backend, agent, readings)
tm.flow(marine, agent, forecast, protocol="https", controls={tls})
tm.flow(settings, agent, thresholds)
tm.flow(owner, backend, thresholds, protocol="https", controls={tls})
tm.flow(backend, owner, hire, protocol="https", controls={tls})
tm.flow(backend, settings, thresholds)

# recall
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, lookup, lookup_call)
tm.flow(hire_db, lookup, hire)
tm.flow(lookup, agent, active_hires)
tm.flow(agent, sender, sms_call)
tm.flow(sender, gateway, recall_text, protocol="https", controls={tls})
tm.flow(gateway, hirer, recall_text, protocol="sms")
tm.flow(agent, backend, recall_status)

# replies
tm.flow(hirer, gateway, sms_reply, protocol="sms")
tm.flow(gateway, backend, sms_reply, protocol="https", label="delivery and reply webhook")
tm.flow(backend, hire_db, sms_reply, recall_status)
tm.flow(backend, agent, sms_reply, label="acknowledgements")
