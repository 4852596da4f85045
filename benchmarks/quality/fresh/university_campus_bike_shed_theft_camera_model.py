"""University bike sheds: theft detection from shed cameras, first design.

Students and staff open the secure bike sheds by tapping their university card on
a door reader; the campus access control server checks the card against the card
holder list synced nightly from the university identity system. Cameras inside
each shed stream to the security network video recorder (31-day retention) and
to a video analytics server on an on-premises GPU host, which runs an in-house
detection model: it flags bolt-cutter or angle-grinder use, and pairs each person
with the bike they wheel in, using the card tap events, so that someone leaving
with a bike they did not arrive with is flagged. Pairings are kept until exit and
at most a day. Alerts with a still go to campus security officers' phones through
a push notification service (officers sign in to the security app with university
SSO and MFA), and as a short voice message to their DMR radios; officers
acknowledge on the phone and can pull the clip from the recorder.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "University bike shed theft detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Card-controlled bike sheds with camera analytics that alert campus security "
        "to bolt-cutter use and bikes leaving with someone other than who brought them."
    ),
)

# ---------------------------------------------------------------- data assets
card_number = tg.Data("Student card number", kind="records", sensitivity=tg.Sensitivity.PII)
unlock = tg.Data("Door unlock command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_holders = tg.Data(
    "Card holder list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card numbers, names and which sheds each holder may open.",
)
tap_events = tg.Data("Shed door access events", kind="logs", sensitivity=tg.Sensitivity.PII)
video = tg.Data(
    "Shed camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
frames = tg.Data("Decoded video frames", kind="features", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Tool-use and person-bike detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Boxes, tracks and appearance embeddings of people and bikes, with tool-use scores.",
)
pairings = tg.Data(
    "Entry person-bike pairings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who wheeled which bike in, with the card tap it matched.",
)
alert = tg.Data("Theft alert", kind="records", sensitivity=tg.Sensitivity.PII)
voice_alert = tg.Data("Radio voice alert", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clip_request = tg.Data("Clip request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clip = tg.Data("Alert video clip", kind="media", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Bike sheds", trust=tg.Trust.UNTRUSTED):
    # Anyone on campus can walk up to a shed; card holders can open it.
    student = tm.add(tg.Actor("Student or staff cyclist", role="card holder"))
    # Card reader on each shed door, wired back to the access control server.
    reader = tm.add(tg.Device("Shed door card reader"))
    # Fixed IP cameras covering each shed's door and racks.
    cameras = tm.add(tg.Device("Shed cameras"))

with tm.boundary("University corporate IT", trust=tg.Trust.INTERNAL):
    # Source of who holds which card and where they may go.
    identity = tm.add(tg.DataSource("University identity system", origin="internal"))

with tm.boundary("Campus security network", trust=tg.Trust.INTERNAL):
    # Decides whether a tapped card may open the shed door.
    access = tm.add(
        tg.Service(
            "Access control server",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Card holders synced from the identity system.
    card_db = tm.add(tg.DataStore("Card access database", stores={card_holders, tap_events}))
    # Records all shed footage for later investigation.
    nvr = tm.add(
        tg.DataStore(
            "Network video recorder",
            stores={video},
            controls={c.RetentionLimits(days=31), c.RBAC(note="security team only")},
        )
    )
    # Decodes camera streams, runs the model and tracks people and bikes.
    analytics = tm.add(tg.Service("Video analytics server"))
    # In-house detector, fine-tuned on footage from our own sheds.
    model = tm.add(
        tg.Model(
            "Bike theft detection model",
            task="detector",
            origin="in-house",
            high_stakes=True,
            returns_scores=True,
        )
    )
    # Short-lived store of who brought which bike in.
    pairing_store = tm.add(
        tg.DataStore(
            "Person-bike pairing store",
            stores={pairings},
            controls={c.RetentionLimits(days=1)},
        )
    )
    # Turns detections into alerts, sends them out and serves clips to officers.
    dispatcher = tm.add(
        tg.Service(
            "Alert dispatcher",
            internet_facing=True,
            controls={c.Authentication(method="university SSO (Entra ID) with MFA")},
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push notifications to the security app.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Officers on patrol", trust=tg.Trust.UNTRUSTED):
    # Campus security officers who respond to alerts.
    officer = tm.add(tg.Actor("Campus security officer", role="security officer"))
    # University-issued phones running the security app, on mobile data and Wi-Fi.
    phones = tm.add(tg.Device("Security officer phones"))
    # Existing DMR two-way radios.
    radios = tm.add(tg.Device("Officer two-way radios"))

# ---------------------------------------------------------------- flows
tm.flow(identity, card_db, card_holders, protocol="https", label="nightly sync")
tm.flow(student, reader, card_number, label="card tap", protocol="nfc")
tm.flow(reader, access, card_number, protocol="osdp")
tm.flow(card_db, access, card_holders)
tm.flow(access, card_db, tap_events)
tm.flow(access, reader, unlock, protocol="osdp")
tm.flow(access, analytics, tap_events, protocol="https")

tm.flow(cameras, nvr, video, protocol="rtsp")
tm.flow(cameras, analytics, video, protocol="rtsp")
tm.flow(analytics, model, frames)
tm.flow(model, analytics, detections)
tm.flow(analytics, pairing_store, pairings)
tm.flow(pairing_store, analytics, pairings)
tm.flow(analytics, dispatcher, alert, protocol="https")

tm.flow(dispatcher, push, alert, protocol="https")
tm.flow(push, phones, alert, protocol="https")
tm.flow(dispatcher, radios, voice_alert, protocol="dmr")
tm.flow(radios, officer, voice_alert)
tm.flow(phones, officer, alert, clip)
tm.flow(officer, phones, ack, clip_request)
tm.flow(phones, dispatcher, ack, clip_request, protocol="https")
tm.flow(nvr, dispatcher, clip, protocol="rtsp")
tm.flow(dispatcher, phones, clip, protocol="https")
