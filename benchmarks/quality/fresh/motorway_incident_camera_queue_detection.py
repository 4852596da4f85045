"""Motorway incident and queue detection: the first design, before any security review.

A highways agency watches a motorway with roadside CCTV cameras. The cameras stream
over the agency's roadside network to the video management system in the regional
control centre, which shows them on the video wall and forwards them to a vendor's
cloud. There the vendor's model detects stopped vehicles, debris and queues, keeps
a short clip of each event, and posts an alert to the control centre's alert
intake API. The incident management system puts alerts in front of operators, who
confirm them on the live video and set lane closures and speed limits on the
overhead signs through the signal control system; the model never sets a sign.
Confirmed incidents go to the police control room over an API and to recovery
operators by SMS. Controls so far: operator sign-in, role-based access, operator
approval of every sign setting, the signalling system's permitted-aspect rules,
an API key on alert intake, TLS to the vendor, vendor due diligence at
procurement and a 31-day clip retention limit in the vendor contract.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motorway incident camera queue detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vendor-hosted detection of stopped vehicles, debris and queues from motorway "
    "CCTV, alerting control centre operators who set lane closures and speed limits.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Motorway camera video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Live streams showing vehicles, number plates and people on the hard shoulder.",
)
event_clips = tg.Data(
    "Incident event clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Twenty seconds of video around each detection, kept by the vendor.",
)
alert = tg.Data(
    "Incident alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Type (stopped vehicle, debris, queue), camera, lane, confidence and clip link.",
)
confirmation = tg.Data(
    "Operator confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Operator confirms or dismisses an alert and adds incident details.",
)
sign_settings = tg.Data(
    "Sign settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Lane closure arrows, red X and mandatory speed limits per gantry.",
)
sign_status = tg.Data(
    "Sign status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What each sign is displaying, and faults.",
)
incident_record = tg.Data(
    "Incident records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident log: location, times, vehicles involved with registrations, actions taken.",
)
notification = tg.Data(
    "Incident notification",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, lanes affected, vehicle description and registration where known.",
)
police_ack = tg.Data("Police acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside network", trust=tg.Trust.INTERNAL):
    # Fixed and pan-tilt-zoom cameras on masts every few hundred metres.
    cameras = tm.add(
        tg.Device(
            "Roadside CCTV cameras",
            fleet=True,
            description="IP cameras on masts, streaming to the control centre.",
        )
    )
    # Matrix signs on gantries showing lane closures and speed limits.
    signs = tm.add(
        tg.Device(
            "Overhead matrix signs",
            fleet=True,
            description="Variable message and lane signals on gantries, addressed per lane.",
        )
    )

with tm.boundary("Regional control centre", trust=tg.Trust.INTERNAL):
    # Operators who watch the motorway and respond to incidents.
    operator = tm.add(tg.Actor("Control centre operator", role="traffic officer operator"))
    # Takes in all camera streams, drives the video wall and forwards streams to the vendor.
    vms = tm.add(
        tg.Service(
            "Video management system",
            description="Records and relays camera streams; forwards them to the vendor cloud.",
        )
    )
    # Where vendor alerts arrive.
    alert_intake = tm.add(
        tg.Endpoint(
            "Alert intake API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="vendor API key")},
        )
    )
    # Shows alerts to operators and records incidents.
    ims = tm.add(
        tg.Service(
            "Incident management system",
            description="Alert queue, incident records and the operator console.",
            controls={
                c.Authentication(method="Active Directory username and password"),
                c.RBAC(note="operator, supervisor and administrator roles"),
            },
        )
    )
    # Sends operator-chosen settings to the signs.
    signal_control = tm.add(
        tg.Service(
            "Signal control system",
            description="Sets lane closures and speed limits on the gantry signs.",
            controls={
                c.HumanInTheLoop(approver="control centre operator"),
                c.SafetyLimits(limits="only permitted aspect sequences along consecutive gantries"),
            },
        )
    )
    # The incident log the agency keeps.
    incident_db = tm.add(tg.DataStore("Incident log database", stores={incident_record}))
    # Sends incident notices out to police and recovery services.
    notifier = tm.add(
        tg.Service(
            "Incident notification gateway",
            description="Posts incidents to the police API and texts recovery operators.",
        )
    )

with tm.boundary("Detection vendor cloud", trust=tg.Trust.PARTNER):
    # Receives the forwarded streams.
    ingest = tm.add(tg.Endpoint("Video ingest endpoint", purpose=tg.EndpointPurpose.INFERENCE))
    # The vendor's detector for stopped vehicles, debris and queues.
    detector = tm.add(
        tg.Model(
            "Incident detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Detects stopped vehicles, debris and queues in each stream.",
            controls={c.SupplierAssessment(note="security questionnaire at procurement")},
        )
    )
    # Clips of detected events for operator review and the vendor's accuracy reports.
    clip_store = tm.add(
        tg.DataStore(
            "Vendor event clip store",
            stores={event_clips},
            controls={c.RetentionLimits(days=31)},
        )
    )

with tm.boundary("Police", trust=tg.Trust.PARTNER):
    # The police force's command and control system, which takes incidents from us.
    police = tm.add(
        tg.ExternalService(
            "Police control room system",
            description="Receives incident notifications and acknowledges them.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Contracted breakdown recovery companies, told where to go by text message.
    recovery = tm.add(tg.Actor("Recovery operator", role="contracted recovery service"))

# ---------------------------------------------------------------- flows
# Video.
tm.flow(cameras, vms, video, protocol="rtsp")
tm.flow(vms, operator, video, label="video wall")
tm.flow(vms, ingest, video, protocol="rtsps", label="forwarded streams")
tm.flow(ingest, detector, video)
tm.flow(detector, clip_store, event_clips)

# Alerts and operator response.
tm.flow(detector, alert_intake, alert, protocol="https")
tm.flow(alert_intake, ims, alert)
tm.flow(clip_store, ims, event_clips, protocol="https", label="clip playback")
tm.flow(ims, operator, alert, event_clips)
tm.flow(operator, ims, confirmation)
tm.flow(ims, incident_db, incident_record)
tm.flow(incident_db, ims, incident_record)

# Signs.
tm.flow(operator, signal_control, sign_settings)
tm.flow(signal_control, signs, sign_settings, protocol="snmp")
tm.flow(signs, signal_control, sign_status, protocol="snmp")
tm.flow(signal_control, operator, sign_status)

# Notifications.
tm.flow(ims, notifier, notification)
tm.flow(notifier, police, notification, protocol="https")
tm.flow(police, notifier, police_ack, protocol="https")
tm.flow(notifier, ims, police_ack)
tm.flow(notifier, recovery, notification, protocol="sms")
