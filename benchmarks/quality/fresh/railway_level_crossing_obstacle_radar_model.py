"""Level crossing obstacle detection: the first design, before any security review.

At automatic half-barrier crossings an obstacle radar and two CCTV cameras sit on
the lineside cabinet. Once the crossing controller proves the barriers down, an
edge unit runs an in-house model over radar tracks and frames; if a vehicle or
person is still on the crossing it sends an alert over the railway's own telecoms
network to an alert server in the signalling control centre. The signaller sees
it on the signalling workstation and can hold trains at the protecting signal;
the interlocking keeps its own SIL4 logic. Every crossing cycle is kept in an
event store for safety investigators. The radar vendor dials in through the
railway's VPN gateway to tune detection zones and thresholds. Controls: TLS on
the alert link, a heartbeat fault alarm, safety validation of the model, token
VPN sign-in for the vendor and role-based access to the event store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Level crossing obstacle detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Radar and camera obstacle detection at automatic level crossings, "
    "alerting the signaller who can hold trains.",
)

# ---------------------------------------------------------------- data assets
radar_tracks = tg.Data(
    "Radar detections",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tracked objects in the crossing zone: position, size, speed.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
frames = tg.Data(
    "Crossing camera frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Video of road users, vehicles and number plates on the crossing.",
)
barrier_status = tg.Data(
    "Barrier down and locked status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fused_input = tg.Data(
    "Fused detection input",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Radar tracks aligned with the matching camera frames.",
)
verdict = tg.Data(
    "Obstruction verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert = tg.Data(
    "Obstruction alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crossing id, time, object class and a still image.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
heartbeat = tg.Data("Heartbeat and alert acknowledgement", kind="records")
hold_command = tg.Data(
    "Signal hold request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
signal_state = tg.Data("Signal and route indications", kind="records")
events = tg.Data(
    "Crossing event records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Radar track, video clip and verdict for every barrier-down cycle.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
tuning = tg.Data(
    "Detection zone and threshold settings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
event_query = tg.Data("Event search query", kind="records")
diagnostics = tg.Data("Radar diagnostics", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Radar vendor", trust=tg.Trust.PARTNER):
    # The vendor's field engineer who tunes detection remotely.
    vendor_engineer = tm.add(
        tg.Actor("Radar vendor engineer", role="vendor support engineer", privileged=True)
    )

with tm.boundary("Crossing site cabinet", trust=tg.Trust.INTERNAL):
    # The sensor the whole scheme is built around: sees objects in the crossing box.
    radar = tm.add(tg.Device("Obstacle radar", fleet=True))
    # Confirms what the radar sees and gives the signaller a picture.
    cameras = tm.add(tg.Device("Crossing CCTV cameras", fleet=True))
    # Existing crossing controller: lowers the barriers and proves them down.
    controller = tm.add(
        tg.Service(
            "Crossing controller",
            description="Existing relay-based crossing controller; its barrier-proved "
            "contacts start the detection cycle.",
        )
    )
    # Runs the detection cycle and talks to the control centre.
    edge = tm.add(
        tg.Service(
            "Crossing edge unit",
            description="Industrial PC in the cabinet that fuses radar and camera data, "
            "runs the model and sends alerts and events.",
        )
    )
    # Decides whether the crossing is obstructed.
    model = tm.add(
        tg.Model(
            "Obstruction detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Classifies fused radar tracks and frames as vehicle, person or clear.",
            controls={
                c.ModelValidation(
                    note="tested against the crossing safety case scenarios before each release"
                )
            },
        )
    )

with tm.boundary("Railway data centre", trust=tg.Trust.INTERNAL):
    # The only way in for the vendor: the railway's remote access VPN.
    vpn = tm.add(
        tg.Service(
            "Vendor remote access VPN gateway",
            description="IPsec VPN into the operational telecoms network for suppliers.",
            controls={
                c.Authentication(method="per-engineer VPN account with password and hardware token")
            },
        )
    )
    # Evidence for safety investigations after near misses and incidents.
    event_store = tm.add(
        tg.DataStore(
            "Crossing event store",
            stores={events},
            controls={c.RBAC(note="investigators and crossing maintainers only")},
        )
    )

with tm.boundary("Signalling control centre", trust=tg.Trust.RESTRICTED):
    # Receives alerts from every crossing and watches each crossing's heartbeat.
    alert_server = tm.add(
        tg.Service(
            "Crossing alert server",
            controls={
                c.FailClosed(
                    fallback="a missed heartbeat raises a crossing-failed alarm to the "
                    "signaller, who then cautions trains over the crossing"
                )
            },
        )
    )
    # Existing signalling workstation where the alert appears.
    workstation = tm.add(tg.Service("Signalling workstation"))
    # Decides whether to hold trains.
    signaller = tm.add(tg.Actor("Signaller", role="signaller"))
    # Existing interlocking that sets the protecting signal.
    interlocking = tm.add(
        tg.Service(
            "Interlocking",
            controls={
                c.SafetyLimits(
                    limits="SIL4 interlocking logic: a signal only clears with its route "
                    "locked and the crossing proved down"
                )
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews events after near misses and incidents.
    investigator = tm.add(tg.Actor("Safety investigator", role="investigator"))

# ---------------------------------------------------------------- flows
# At the crossing
tm.flow(radar, edge, radar_tracks, label="cabinet ethernet")
tm.flow(cameras, edge, frames, protocol="rtsp")
tm.flow(controller, edge, barrier_status, label="relay contacts: barriers proved down")
tm.flow(edge, model, fused_input)
tm.flow(model, edge, verdict)

# Over the railway telecoms network to the control centre
tm.flow(
    edge,
    alert_server,
    alert,
    heartbeat,
    protocol="tls",
    controls={c.EncryptionInTransit(protocol="TLS 1.2")},
)
tm.flow(alert_server, edge, heartbeat, protocol="tls")
tm.flow(alert_server, workstation, alert)
tm.flow(workstation, alert_server, heartbeat, label="alert acknowledged")
tm.flow(workstation, signaller, alert, signal_state, label="on the panel")
tm.flow(signaller, workstation, hold_command, label="on the panel")
tm.flow(workstation, interlocking, hold_command)
tm.flow(interlocking, workstation, signal_state)

# Event records for investigations
tm.flow(edge, event_store, events, protocol="https")
tm.flow(investigator, event_store, event_query, protocol="https")
tm.flow(event_store, investigator, events, protocol="https")

# Vendor tuning
tm.flow(vendor_engineer, vpn, tuning, protocol="ipsec")
tm.flow(vpn, edge, tuning, protocol="ssh")
tm.flow(edge, vpn, diagnostics, protocol="ssh")
tm.flow(vpn, vendor_engineer, diagnostics, protocol="ipsec")
