"""Archery club range safety camera: the first design, before any security review.

A volunteer-run archery club wants an extra pair of eyes on the outdoor range.
Two fixed IP cameras watch the range and the paths that cross behind the
targets; a range monitor program on a small PC in the clubhouse runs an
open-weights person detector on their video while a shoot is on. When someone
walks onto the range it sounds the whistle and switches on the red lights
through a USB relay box. Range officers see the alarm on a club tablet and can
silence it from there; the program saves a short clip of every incident for the
club safety officer, who reviews them from the clubhouse network. The volunteer
who built the system looks after it from home through a remote-desktop service.
Controls in this design: a PIN on the range web app, an account password with
TOTP on the remote-desktop service, clips deleted after 30 days. The cameras sit
on the clubhouse LAN and the tablet uses the club Wi-Fi.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Archery club range safety camera",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Person detection on the archery range that sounds the whistle and red lights "
        "while archers shoot; run on a clubhouse PC by volunteers."
    ),
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Range camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of the range; members, visitors and walkers are identifiable.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
detections = tg.Data(
    "Person detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boxes and confidences for people inside the range zone.",
)
alarm_command = tg.Data(
    "Whistle and red light command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alarm_status = tg.Data(
    "Alarm status and snapshot",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the alarm is sounding, with the frame that triggered it.",
)
silence = tg.Data(
    "Silence alarm request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
clips = tg.Data(
    "Incident clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Twenty seconds either side of each alarm.",
)
alarm_log = tg.Data(
    "Alarm event log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Time of each alarm, who silenced it from the tablet, and when.",
)
weights = tg.Data(
    "Person detector weights",
    format="pickle",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="A PyTorch checkpoint of a small open-weights detector.",
)
remote_session = tg.Data(
    "Remote desktop session",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Screen, keyboard and file transfer to the clubhouse PC.",
)
settings = tg.Data(
    "Range zone and alarm settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The range polygon, confidence threshold and shooting hours.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Range", trust=tg.Trust.INTERNAL):
    # The eyes of the system: two PoE cameras on poles, wired back to the clubhouse.
    cameras = tm.add(
        tg.Device(
            "Range cameras",
            fleet=True,
            description="Two fixed IP cameras covering the shooting line and the field.",
        )
    )
    # What actually warns people: whistle horn and red lamps switched by a relay.
    relay = tm.add(
        tg.Device(
            "Whistle and red light relay box",
            fleet=False,
            description="USB relay board driving the range horn and the red warning lamps.",
        )
    )

with tm.boundary("Clubhouse PC", trust=tg.Trust.INTERNAL):
    # The core program: reads video, runs the detector, raises and clears alarms.
    monitor = tm.add(
        tg.Service(
            "Range monitor",
            description="Python program that samples frames, applies the range zone and "
            "sounds the alarm when a person is inside it during shooting hours.",
        )
    )
    # The detector itself, run locally on the PC's CPU.
    detector = tm.add(
        tg.Model(
            "Person detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Off-the-shelf people detector, not retrained for the range.",
        )
    )
    # Small web app so range officers do not have to walk to the clubhouse.
    web_app = tm.add(
        tg.Endpoint(
            "Range control web app",
            purpose=tg.EndpointPurpose.API,
            description="Shows alarm status and lets range officers silence it; "
            "lists incident clips for the safety officer.",
            controls={
                tg.controls.Authentication(
                    method="shared range officer PIN; safety officer password"
                )
            },
        )
    )
    # Evidence for the safety officer's incident reviews.
    clip_store = tm.add(
        tg.DataStore(
            "Incident clip folder",
            stores={clips},
            controls={tg.controls.RetentionLimits(days=30)},
        )
    )
    # Record of alarms and silences for the club's safety records.
    event_log = tm.add(tg.DataStore("Alarm event log file", stores={alarm_log, settings}))
    # Lets the volunteer look after the PC without driving to the club.
    remote_agent = tm.add(
        tg.Service(
            "Remote desktop agent",
            description="The remote-desktop vendor's agent, running unattended on the PC.",
        )
    )

with tm.boundary("Club Wi-Fi", trust=tg.Trust.INTERNAL):
    # The club's tablet, kept at the shooting line during sessions.
    tablet = tm.add(
        tg.Device(
            "Range officer tablet",
            fleet=False,
            description="Android tablet with the web app open in a browser.",
        )
    )
    # The person in charge of the shooting line.
    range_officer = tm.add(tg.Actor("Range officer", role="range officer"))
    # Reviews incidents and reports them to the club committee.
    safety_officer = tm.add(tg.Actor("Club safety officer", role="safety officer"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The member who built the system and maintains it from home.
    volunteer = tm.add(
        tg.Actor("Volunteer system maintainer", role="administrator", privileged=True)
    )
    # Where the detector weights were downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("Remote desktop vendor", trust=tg.Trust.PARTNER):
    # The vendor's relay that brokers sessions to the clubhouse PC.
    remote_service = tm.add(
        tg.ExternalService(
            "Remote desktop service",
            controls={tg.controls.Authentication(method="vendor account password with TOTP")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, monitor, video, protocol="rtsp", label="live streams")
tm.flow(monitor, detector, video, protocol="local", label="sampled frames")
tm.flow(detector, monitor, detections, protocol="local")
tm.flow(monitor, relay, alarm_command, protocol="usb")

tm.flow(monitor, clip_store, clips)
tm.flow(monitor, event_log, alarm_log)
tm.flow(event_log, monitor, settings, label="loaded at start-up")

tm.flow(monitor, web_app, alarm_status, protocol="local")
tm.flow(web_app, monitor, silence, protocol="local")
tm.flow(web_app, tablet, alarm_status, protocol="http")
tm.flow(tablet, web_app, silence, protocol="http")
tm.flow(range_officer, tablet, silence, label="taps silence on the touchscreen")
tm.flow(tablet, range_officer, alarm_status, label="on the touchscreen")
tm.flow(web_app, event_log, alarm_log, label="who silenced and when")

tm.flow(clip_store, web_app, clips)
tm.flow(web_app, safety_officer, clips, protocol="http")

tm.flow(model_hub, monitor, weights, protocol="https", label="downloaded at set-up")

tm.flow(volunteer, remote_service, remote_session, protocol="https")
tm.flow(remote_service, volunteer, remote_session, protocol="https")
tm.flow(remote_service, remote_agent, remote_session, protocol="tls")
tm.flow(remote_agent, remote_service, remote_session, clips, protocol="tls")
tm.flow(remote_agent, event_log, settings, label="edits range zone and thresholds")
tm.flow(clip_store, remote_agent, clips, label="file transfer for the safety officer")
