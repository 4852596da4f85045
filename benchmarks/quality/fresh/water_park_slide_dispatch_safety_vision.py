"""Water park slide dispatch: a vision check that the landing pool is clear.

Each slide has a camera over its landing pool. An edge vision server in the
ride plant room runs the vendor's obstruction detector on each stream, reporting
"clear" or "occupied" per slide to the slide's dispatch PLC over Modbus TCP.
The PLC turns the dispatch light at the top of the slide green only while the
pool is reported clear, no attendant hold is active and the minimum dispatch
interval has passed; if the clear signal stops refreshing it stays red and the
attendants fall back to radio calls. Attendants at the top hold riders with a
wired hold button. When the detector flags someone in the pool at dispatch or
a hold is pressed, the server saves a clip to the clip store (kept 30 days);
the safety manager reviews them in a web portal on the office network (park
SSO). The detector vendor pushes model updates to the edge server over the
internet. The park is in the EU; clips show guests, many of them children.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water park slide dispatch safety vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based landing-pool clear check gating the dispatch light on each slide.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Landing pool video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Live streams of guests, many of them children, in swimwear.",
)
verdict = tg.Data(
    "Pool occupancy verdict",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-slide clear/occupied with a confidence.",
)
clear_signal = tg.Data(
    "Pool clear signal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Modbus register per slide: 1 clear, 0 occupied, refreshed every 200 ms.",
)
hold = tg.Data("Attendant hold", kind="records", description="Wired hold button state.")
light_state = tg.Data("Dispatch light state", kind="records", description="Red or green.")
clips = tg.Data(
    "Incident clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
events = tg.Data("Dispatch events", kind="logs", description="Verdicts, holds and dispatch times.")
weights = tg.Data("Detector model update", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)
review_notes = tg.Data("Incident review notes", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Park guest areas", trust=tg.Trust.UNTRUSTED):
    # Guests riding the slides: seen by the cameras, follow the light and attendants.
    rider = tm.add(tg.Actor("Rider", role="park guest"))

with tm.boundary("Detector vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud that publishes new detector versions to our edge server.
    vendor_updates = tm.add(
        tg.ExternalService("Vendor model update service", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Ride control network", trust=tg.Trust.INTERNAL):
    # One IP camera over each landing pool.
    cameras = tm.add(tg.Device("Landing pool cameras"))
    # Plant-room server that decodes the streams, runs the detector, saves clips.
    edge = tm.add(tg.Service("Edge vision server"))
    # Person-in-pool detector; its verdict gates dispatch, so it is safety-relevant.
    detector = tm.add(
        tg.Model(
            "Landing pool obstruction detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Vendor-trained person detector; weights delivered by the vendor, run locally.",
        )
    )
    # Per-slide PLC that combines the clear signal, holds and dispatch interval.
    plc = tm.add(
        tg.Service(
            "Slide dispatch PLC",
            controls={
                c.FailClosed(
                    fallback="light stays red when the clear signal is older than 1 s; "
                    "attendants dispatch by radio with the pool lifeguard"
                ),
                c.SafetyLimits(
                    limits="PLC enforces the minimum dispatch interval and any hold forces red"
                ),
            },
        )
    )
    # Red/green light at the top of each slide that tells attendants and riders to go.
    light = tm.add(tg.Device("Dispatch light"))
    # Lifeguard-trained staff at each slide top who can hold riders.
    attendant = tm.add(tg.Actor("Top attendant", role="slide attendant"))
    # Clips saved around flagged dispatches and holds.
    clip_store = tm.add(
        tg.DataStore(
            "Incident clip store",
            stores={clips, events},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Park office network", trust=tg.Trust.INTERNAL):
    # Web app where incidents are reviewed and notes recorded.
    portal = tm.add(
        tg.Service(
            "Incident review portal",
            controls={c.Authentication(method="park SSO (Active Directory)"), c.RBAC()},
        )
    )
    # Reviews every flagged clip and writes up incidents.
    manager = tm.add(tg.Actor("Safety manager", role="safety manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(rider, cameras, video, label="seen in landing pool")
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, detector, video)
tm.flow(detector, edge, verdict)
tm.flow(edge, plc, clear_signal, protocol="modbus")
tm.flow(attendant, plc, hold, label="hold button")
tm.flow(plc, light, light_state, label="hardwired output")
tm.flow(plc, edge, hold, light_state, protocol="modbus", label="status read-back")
tm.flow(light, attendant, light_state)
tm.flow(light, rider, light_state)
tm.flow(attendant, rider, light_state, label="sends rider down")

tm.flow(edge, clip_store, clips, events, protocol="nfs")
tm.flow(clip_store, portal, clips, events, protocol="https")
tm.flow(portal, clip_store, review_notes, protocol="https")
tm.flow(manager, portal, review_notes, protocol="https")
tm.flow(portal, manager, clips, events, protocol="https")

tm.flow(vendor_updates, edge, weights, protocol="https")
