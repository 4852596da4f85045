"""Lake swimming venue tracker agent: the first design, before any security review.

Swimmers book an open-water session on the venue's website (e-mail and password),
pay through a hosted checkout and sign a waiver with a health declaration and an
emergency contact. At the lakeside hut, staff check them in on a check-in app, hand
out a hire wetsuit and clip a tracker tag to each swimmer's goggle strap. The tags
send positions over LoRaWAN to a shore gateway, which forwards them to a tracking
service in the venue's cloud account that keeps each swim's track. A tracker agent,
planning with a hosted LLM, watches the positions against the buoy line and the
swimmer's safety notes, and when a swimmer stops moving or crosses the buoy line it
pushes an alert to the handsets in the lifeguard boats without waiting for a person.
Staff sign in with their own accounts and two-step verification; the database is
encrypted at rest; payment webhooks are signature-checked; the agent logs decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lake swimming venue wetsuit hire and swimmer tracker agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Booking, waivers and wetsuit hire for open-water sessions, with tracker "
    "tags and an agent that alerts lifeguards in the safety boats.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data("Swimmer login credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
booking = tg.Data(
    "Session booking",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, session time, swim ability and wetsuit size.",
)
waiver = tg.Data(
    "Signed waiver with health declaration",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Declared medical conditions, emergency contact and the signed terms.",
)
checkout = tg.Data("Checkout request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
payment_done = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
checkin = tg.Data(
    "Check-in and tag assignment",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which tag and which hire wetsuit each swimmer has, and when they left the water.",
)
staff_login = tg.Data("Staff sign-in", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
positions = tg.Data("Tag position readings", sensitivity=tg.Sensitivity.PII, kind="records")
tracks = tg.Data(
    "Swim tracks",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
roster = tg.Data(
    "Swimmer roster with safety notes",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Who wears which tag, cap colour, ability and declared conditions.",
)
lake_map = tg.Data(
    "Buoy line and lake map settings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
prompt = tg.Data("Situation prompt", sensitivity=tg.Sensitivity.REGULATED, kind="prompt")
decision = tg.Data("LLM alert decision", sensitivity=tg.Sensitivity.PII, kind="model-output")
alert_call = tg.Data("Lifeguard alert request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
alert = tg.Data("Lifeguard alert", sensitivity=tg.Sensitivity.PII, kind="records")
ack = tg.Data("Alert acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking a swim; anyone can create an account.
    swimmer = tm.add(tg.Actor("Swimmer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never touch the venue's systems.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the tracker agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Venue cloud account", trust=tg.Trust.INTERNAL):
    # Public booking and waiver site.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Bookings, waivers and tag assignments: the venue's record of who is in the water.
    db = tm.add(
        tg.DataStore(
            "Booking and waiver database",
            stores={login, booking, waiver, checkin},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff app at the hut: checks the waiver is signed, pairs tag and wetsuit to the swimmer.
    checkin_app = tm.add(
        tg.Service(
            "Check-in and hire app",
            controls={
                c.Authentication(method="individual staff accounts with 2SV"),
                c.RBAC(),
            },
        )
    )
    # Network server and decoder for the tag uplinks; writes tracks and streams positions.
    tracking = tm.add(tg.Service("Tracking service"))
    # Keeps every swim's track for incident review.
    track_store = tm.add(tg.DataStore("Swim track store", stores={tracks}))
    # Buoy line coordinates, the lake outline and the stopped-swimmer timeout.
    settings = tm.add(tg.DataStore("Lake map settings", stores={lake_map}))
    # Watches positions and decides when and whom to alert.
    agent = tm.add(
        tg.Agent(
            "Swimmer tracker agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(note="every decision and alert is logged")},
        )
    )
    # Pushes an alert with the swimmer's cap colour and last position to the boat handsets.
    alert_tool = tm.add(tg.Tool("Lifeguard alert tool", capabilities={"send-messages"}))

with tm.boundary("Lakeside hut", trust=tg.Trust.INTERNAL):
    # Staff who check swimmers in and hand out wetsuits and tags.
    staff = tm.add(tg.Actor("Front desk staff", role="staff"))
    # LoRaWAN gateway on the hut roof, on the hut's broadband.
    shore_gateway = tm.add(tg.Service("Shore LoRaWAN gateway"))

with tm.boundary("Lake", trust=tg.Trust.UNTRUSTED):
    # One tag per swimmer in the water, sending its position every few seconds.
    tags = tm.add(tg.Device("Swimmer tracker tag", fleet=True))

with tm.boundary("Safety boats", trust=tg.Trust.INTERNAL):
    # Rugged phones mounted in each lifeguard boat.
    handset = tm.add(tg.Device("Lifeguard boat handset", fleet=True))
    # Lifeguards who go to the swimmer and acknowledge the alert.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))

# ---------------------------------------------------------------- flows
tm.flow(swimmer, website, login, booking, waiver, protocol="https")
tm.flow(website, swimmer, booking, protocol="https", label="confirmation")
tm.flow(website, payments, checkout, protocol="https")
tm.flow(
    payments,
    website,
    payment_done,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(website, db, booking, waiver)
tm.flow(db, website, login, booking)

tm.flow(staff, checkin_app, staff_login, checkin, protocol="https")
tm.flow(checkin_app, staff, booking, checkin, protocol="https")
tm.flow(db, checkin_app, booking, waiver, checkin, label="waiver status")
tm.flow(checkin_app, db, checkin, label="tag and wetsuit issued")

tm.flow(tags, shore_gateway, positions, protocol="lorawan")
tm.flow(shore_gateway, tracking, positions, protocol="wss")
tm.flow(tracking, track_store, tracks)
tm.flow(tracking, agent, positions, label="position stream")

tm.flow(db, agent, roster, label="who is in the water")
tm.flow(settings, agent, lake_map)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, decision, protocol="https")

tm.flow(agent, alert_tool, alert_call)
tm.flow(alert_tool, agent, ack)
tm.flow(alert_tool, handset, alert, protocol="https", label="push notification")
tm.flow(handset, alert_tool, ack, protocol="https")
tm.flow(handset, lifeguard, alert)
tm.flow(lifeguard, handset, ack)
