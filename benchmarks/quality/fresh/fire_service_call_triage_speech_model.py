"""Fire control call triage: the first design, before any security review.

Emergency calls reach the fire and rescue service's control room through the
national emergency call network, which passes the caller's number and location
with the audio. A call gateway streams the live audio to a speech model that
transcribes it; a classifier reads the transcript and suggests the incident type
and the resources to send. Control-room operators see the suggestion in the
command and control (mobilising) system, confirm or change it, and the system
pages the crews through the paging provider. Both models run on servers in the
control room and are maintained by their vendor over a VPN remote-support link.
Operators sign in to command and control with smartcards, dispatch needs an
operator's confirmation, and command and control keeps an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fire control call triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Live transcription and incident-type suggestions for 999 fire calls.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Emergency call audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
caller_location = tg.Data(
    "Caller number and location",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="CLI and handset location passed on by the emergency call network.",
)
transcript = tg.Data("Live call transcript", kind="model-output", sensitivity=tg.Sensitivity.PII)
suggestion = tg.Data(
    "Suggested incident type and resources",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
availability = tg.Data(
    "Appliance availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
incident = tg.Data(
    "Incident record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
dispatch = tg.Data("Confirmed dispatch", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
page = tg.Data("Crew page message", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
recordings = tg.Data("Call recordings and transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
model_update = tg.Data(
    "Vendor model update", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="unknown"
)
diagnostics = tg.Data("Model diagnostics", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Members of the public dialling 999; anyone can call.
    caller = tm.add(tg.Actor("Caller", role="member of the public"))

with tm.boundary("National emergency call network", trust=tg.Trust.PARTNER):
    # The telecoms operator's call-handling stage that routes fire calls to us.
    ecn = tm.add(
        tg.ExternalService(
            "Emergency call network",
            description="Answers 999/112, asks which service, connects the call to fire control.",
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # The supplier of both models; its engineers update and troubleshoot them remotely.
    vendor_support = tm.add(
        tg.ExternalService(
            "Vendor remote support",
            description="Vendor engineers pushing model updates and pulling diagnostics.",
        )
    )

with tm.boundary("Paging provider", trust=tg.Trust.PARTNER):
    # A commercial paging service that alerts on-call and station crews.
    pager_net = tm.add(tg.ExternalService("Paging service"))

with tm.boundary("Fire stations", trust=tg.Trust.INTERNAL):
    # Firefighters who receive the page and turn out.
    crew = tm.add(tg.Actor("Fire crew", role="firefighter"))

with tm.boundary("Fire control room network", trust=tg.Trust.INTERNAL):
    # Where the vendor's VPN terminates; gives its engineers a route to the model servers.
    vpn = tm.add(
        tg.Service(
            "Remote-support VPN gateway",
            controls={c.Authentication(method="vendor VPN account with password")},
        )
    )
    # Terminates the calls from the emergency call network and forks the live audio.
    gateway = tm.add(tg.Service("Call gateway"))
    # Vendor-supplied speech-to-text model, running on our own servers.
    speech = tm.add(
        tg.Model(
            "Speech transcription model",
            task=tg.Task.GENERATIVE,
            description="Streaming speech-to-text tuned for emergency calls; vendor-supplied.",
        )
    )
    # Vendor-supplied classifier that proposes incident type and pre-determined attendance.
    classifier = tm.add(
        tg.Model(
            "Incident type classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Suggests the incident type and the appliances to send, with a confidence.",
        )
    )
    # Operators' screens, where the calls are taken.
    operator = tm.add(tg.Actor("Control operator", role="control-room operator"))
    # Archive of call recordings and transcripts for quality review and inquiries.
    archive = tm.add(tg.DataStore("Call recording archive", stores={recordings}))

    with tm.boundary("Mobilising systems", trust=tg.Trust.RESTRICTED):
        # The command and control system: incident log, resources and mobilisation.
        cad = tm.add(
            tg.Service(
                "Command and control system",
                controls={
                    c.Authentication(method="operator smartcard and PIN"),
                    c.HumanInTheLoop(approver="control operator"),
                    c.AuditLogging(),
                    c.RBAC(),
                },
            )
        )
        # Incident and resource database behind command and control.
        incident_db = tm.add(tg.DataStore("Incident database", stores={incident, availability}))

# ---------------------------------------------------------------- flows
tm.flow(caller, ecn, call_audio, protocol="pstn")
tm.flow(ecn, caller, call_audio, protocol="pstn")
tm.flow(ecn, gateway, call_audio, caller_location, protocol="sip")
tm.flow(gateway, ecn, call_audio, protocol="sip", label="operator voice")
tm.flow(gateway, operator, call_audio, label="headset")
tm.flow(operator, gateway, call_audio, label="headset")

tm.flow(gateway, speech, call_audio, protocol="grpc", label="live audio stream")
tm.flow(speech, classifier, transcript, protocol="grpc")
tm.flow(speech, cad, transcript, protocol="grpc", label="transcript pane")
tm.flow(gateway, cad, caller_location)
tm.flow(cad, classifier, availability, label="available appliances")
tm.flow(classifier, cad, suggestion)
tm.flow(gateway, archive, recordings, label="call recording")
tm.flow(speech, archive, recordings, label="transcript")

tm.flow(cad, operator, transcript, suggestion, label="incident screen")
tm.flow(operator, cad, dispatch, label="confirms or changes the dispatch")
tm.flow(cad, incident_db, incident, availability)
tm.flow(incident_db, cad, incident, availability)
tm.flow(cad, pager_net, page, protocol="https")
tm.flow(pager_net, crew, page, protocol="pocsag")

tm.flow(vendor_support, vpn, model_update, protocol="ipsec")
tm.flow(vpn, speech, model_update, protocol="ssh")
tm.flow(vpn, classifier, model_update, protocol="ssh")
tm.flow(speech, vpn, diagnostics, protocol="ssh")
tm.flow(classifier, vpn, diagnostics, protocol="ssh")
tm.flow(vpn, vendor_support, diagnostics, protocol="ipsec")
