"""Elevator entrapment detection: the first design, before any security review.

Our building services company maintains elevators in customer buildings across
the EU. Each elevator car gets an IP camera; its video goes over the building's
wiring to an edge gateway we install in the machine room, which also reads the
car's state (stopped between floors, doors closed) from the lift controller.
A detection model on the gateway flags trapped, fallen or injured passengers and
sends an alert with a short clip over the gateway's LTE link to our service
cloud. Operators in the 24/7 service centre see the alert and clip, talk to the
passengers over the car's emergency intercom, and dispatch a technician through
our field service management SaaS. New model versions go from the model
registry to the gateways over the air. Controls: gateway API keys, TLS on cloud
links, console SSO with MFA and roles, encrypted clips kept 30 days, audit logs,
and operator confirmation before any dispatch.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Elevator entrapment detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Cameras in elevator cars detect trapped or injured passengers and alert the 24/7 service centre.",
)

# ---------------------------------------------------------------- data assets
car_video = tg.Data(
    "Car video stream",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous video of the car interior; passengers are identifiable.",
)
car_status = tg.Data(
    "Car status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Floor position, motion, door state and fault codes.",
)
detection = tg.Data(
    "Detection result",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Entrapment / fallen-person class with a confidence score per car.",
)
alert = tg.Data(
    "Entrapment alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Building, car, detection class, confidence and timestamp.",
)
clip = tg.Data(
    "Event clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Thirty seconds of video around the detection.",
)
voice = tg.Data("Intercom voice", kind="media", sensitivity=tg.Sensitivity.PII)
dispatch_decision = tg.Data(
    "Dispatch decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
work_order = tg.Data(
    "Work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Building address, car, urgency, and building access instructions.",
)
job_status = tg.Data("Job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
detector_weights = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Elevator cars", trust=tg.Trust.UNTRUSTED):
    # Members of the public ride the cars; anyone can reach the camera and intercom.
    passenger = tm.add(tg.Actor("Passenger", role="elevator passenger"))
    # Vandal-resistant IP camera in the car ceiling, one per car.
    camera = tm.add(tg.Device("Car camera", description="IP camera streaming RTSP to the gateway."))
    # The emergency intercom that lifts must have; operators speak through it.
    intercom = tm.add(tg.Device("Car intercom", description="Emergency phone on a GSM voice line."))

with tm.boundary("Building machine room", trust=tg.Trust.PARTNER):
    # The customer's lift controller; we only read its status port.
    lift_controller = tm.add(
        tg.Device("Lift controller", description="Existing controller, read over Modbus TCP.")
    )
    # Our gateway: decodes video, fuses car status, runs the model, sends alerts over LTE.
    gateway = tm.add(
        tg.Service(
            "Edge gateway",
            description="Industrial PC in the machine room with an LTE modem.",
        )
    )
    # Runs on the gateway so that video never leaves the building unless there is an event.
    detector = tm.add(
        tg.Model(
            "Entrapment detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Person detection and pose model plus a rule on car status.",
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Service cloud", trust=tg.Trust.INTERNAL):
    # Where gateways post alerts and clips.
    alert_api = tm.add(
        tg.Endpoint(
            "Alert ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-gateway API key")},
        )
    )
    # Tracks each alert from arrival to a technician closing the job.
    incidents = tm.add(
        tg.Service(
            "Incident management service",
            controls={
                c.HumanInTheLoop(approver="service centre operator"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Keeps clips for operators and for later review of false alarms.
    clip_store = tm.add(
        tg.DataStore(
            "Event clip store",
            stores={clip},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Versions of the detector trained by our ML team.
    registry = tm.add(tg.ModelRegistry("Model registry", stores={detector_weights}))
    # Pushes a new detector version to the gateway fleet.
    ota = tm.add(tg.Pipeline("OTA model deployment", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Service centre", trust=tg.Trust.INTERNAL):
    # 24/7 staff who handle alarms from all buildings.
    operator = tm.add(tg.Actor("Service centre operator", role="operator"))
    # Web console showing alerts, clips and the intercom line.
    console = tm.add(
        tg.Service(
            "Operator console",
            controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Field service vendor", trust=tg.Trust.PARTNER):
    # SaaS we already use to schedule and dispatch technicians.
    fsm = tm.add(tg.ExternalService("Field service management SaaS"))

with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # Technicians on the road, using the vendor's mobile app.
    technician = tm.add(tg.Actor("Technician", role="field technician"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, camera, car_video, label="captured in view")
tm.flow(camera, gateway, car_video, protocol="rtsp")
tm.flow(lift_controller, gateway, car_status, protocol="modbus")
tm.flow(gateway, detector, car_video, car_status, protocol="local")
tm.flow(detector, gateway, detection, protocol="local")

tm.flow(gateway, alert_api, alert, clip, protocol="https", label="over LTE")
tm.flow(alert_api, incidents, alert)
tm.flow(alert_api, clip_store, clip)
tm.flow(incidents, console, alert, protocol="https")
tm.flow(clip_store, console, clip, protocol="https")
tm.flow(console, operator, alert, clip)
tm.flow(operator, console, dispatch_decision)
tm.flow(console, incidents, dispatch_decision, protocol="https")

tm.flow(passenger, intercom, voice)
tm.flow(intercom, passenger, voice)
tm.flow(intercom, console, voice, protocol="sip", label="emergency call")
tm.flow(console, intercom, voice, protocol="sip", label="operator speaks")

tm.flow(incidents, fsm, work_order, protocol="https")
tm.flow(fsm, technician, work_order, protocol="https")
tm.flow(technician, fsm, job_status, protocol="https")
tm.flow(fsm, incidents, job_status, protocol="https", label="job status webhook")

tm.flow(registry, ota, detector_weights)
tm.flow(ota, gateway, detector_weights, protocol="https", label="over LTE")
tm.flow(gateway, detector, detector_weights, protocol="local", label="loads new version")
