"""Seaside lifeguard rip current camera model: the first design, before any security review.

A lifeguard charity mounts a camera on each beach tower. The camera streams over
the tower LAN to a 4G router, which uploads the video to the charity's cloud. There
a vision model detects rip currents and swimmers drifting toward them, and an
alert service pushes alerts (with a still frame) to the tower tablet and, through
a radio gateway at the charity's lifeguard HQ, to the lifeguards' handheld radios.
Footage is kept for seven days in an encrypted cloud store so that incidents can
be reviewed by the charity's operations staff. Lifeguards file a daily beach report
from the tower tablet; the charity e-mails it to the council's beach officer, who
sets the daily safety flags on the council's public website. The upload endpoint
accepts only routers holding a per-router API key, and cloud staff sign in with SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Seaside lifeguard rip current camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Rip current and drifting swimmer alerts from tower cameras, for lifeguards.",
)

# ---------------------------------------------------------------- data assets
footage = tg.Data(
    "Beach video footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous video of the water and beach; bathers are identifiable.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
alert = tg.Data(
    "Rip current and drifting swimmer alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Tower, zone, confidence and a still frame of the swimmers involved.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
radio_alert = tg.Data(
    "Radio alert message",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Short text/tone alert naming the tower and zone.",
)
ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
daily_report = tg.Data(
    "Daily beach report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Conditions, observed rips, incidents and the recommended flag.",
)
flags = tg.Data("Beach safety flags", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
zones = tg.Data(
    "Detection zone configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-tower water zones, thresholds and patrol hours.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lifeguard tower",
    trust=tg.Trust.INTERNAL,
    description="Charity-owned equipment in a tower on a public beach.",
):
    # The people the whole system exists to help act faster.
    lifeguard = tm.add(tg.Actor("Lifeguard", role="lifeguard"))
    # The sensor: a fixed PTZ camera overlooking the bathing zone.
    camera = tm.add(tg.Device("Tower camera", description="IP camera on the tower mast."))
    # The only uplink from a tower: a 4G router with a VPN-less HTTPS upload client.
    router = tm.add(
        tg.Service(
            "Tower 4G router",
            description="Pulls the camera stream and uploads segments to the cloud over 4G.",
        )
    )
    # Where alerts are shown and acknowledged, and the daily report is written.
    tablet = tm.add(tg.Device("Tower tablet", description="Ruggedised Android tablet."))
    # The lifeguards on the sand carry radios; most alerts reach them this way.
    radio = tm.add(tg.Device("Lifeguard handheld radio"))

with tm.boundary(
    "Charity cloud",
    trust=tg.Trust.INTERNAL,
    description="The charity's cloud account, where the model runs.",
):
    # Receives the video segments from every tower router.
    ingest = tm.add(
        tg.Endpoint(
            "Video ingest endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-router API key")},
        )
    )
    # The vision model that spots rip currents and drifting swimmers.
    model = tm.add(
        tg.Model(
            "Rip current detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Detects rip currents and swimmers drifting toward them; a miss can cost a life.",
        )
    )
    # Turns detections into alerts for the right tower and tracks acknowledgements.
    alerts = tm.add(tg.Service("Alert service"))
    # Seven days of footage for incident review.
    footage_store = tm.add(
        tg.DataStore(
            "Footage store",
            stores={footage},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=7),
            },
        )
    )
    # Collects the lifeguards' daily reports and forwards them to the council.
    reports = tm.add(tg.Service("Daily report service"))

with tm.boundary("Lifeguard HQ", trust=tg.Trust.INTERNAL):
    # Bridges cloud alerts onto the lifeguards' radio channel.
    radio_gw = tm.add(
        tg.Service("Radio gateway", description="Digital radio base station interface.")
    )
    # Charity staff who configure detection zones and review footage after incidents.
    ops = tm.add(tg.Actor("Charity operations staff", role="operations", privileged=True))

with tm.boundary("Council", trust=tg.Trust.PARTNER):
    # The council decides and publishes the flags from the lifeguards' reports.
    officer = tm.add(tg.Actor("Council beach officer", role="council officer"))
    # The council's public website with the daily beach safety flags.
    council_site = tm.add(tg.ExternalService("Council beach safety website"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Beachgoers who check the flags before they swim.
    visitor = tm.add(tg.Actor("Beach visitor", role="public"))

# ---------------------------------------------------------------- flows
tm.flow(camera, router, footage, protocol="rtsp", label="tower LAN stream")
tm.flow(router, ingest, footage, protocol="https", label="4G upload")
tm.flow(ingest, model, footage)
tm.flow(ingest, footage_store, footage)
tm.flow(model, alerts, alert)

tm.flow(alerts, router, alert, protocol="https", label="push to tower")
tm.flow(router, tablet, alert, protocol="https")
tm.flow(tablet, lifeguard, alert, label="on the touchscreen")
tm.flow(lifeguard, tablet, ack, label="on the touchscreen")
tm.flow(tablet, router, ack, protocol="https")
tm.flow(router, alerts, ack, protocol="https")

tm.flow(alerts, radio_gw, radio_alert, protocol="https")
tm.flow(radio_gw, radio, radio_alert, protocol="dmr")
tm.flow(radio, lifeguard, radio_alert, label="audible tone and text")

tm.flow(lifeguard, tablet, daily_report, label="typed on the touchscreen")
tm.flow(tablet, router, daily_report, protocol="https")
tm.flow(router, reports, daily_report, protocol="https")
tm.flow(reports, officer, daily_report, protocol="smtp", label="daily e-mail")
tm.flow(officer, council_site, flags, protocol="https", label="sets flags in the CMS")
tm.flow(council_site, visitor, flags, protocol="https")

tm.flow(ops, alerts, zones, protocol="https", controls={c.Authentication(method="SSO")})
tm.flow(alerts, model, zones, label="zones and thresholds")
tm.flow(footage_store, ops, footage, protocol="https", label="incident review")
