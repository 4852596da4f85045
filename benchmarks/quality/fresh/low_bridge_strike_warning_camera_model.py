"""Low bridge strike warning: the first design, before any security review.

The railway's infrastructure team fits a roadside unit (number plate camera plus a
laser height detector) in front of each low road bridge over the railway, and a
vibration sensor on the bridge deck. The units report over the public mobile
network to a vendor-hosted platform, where a model reads the plate and the vehicle
height. When an over-height lorry approaches, the platform switches on the roadside
warning sign; when the bridge sensor reports a strike, it raises an alert on the
signallers' workstation in the rail operating centre so that trains are stopped
until an engineer has examined the bridge. Engineers use the vendor's portal to
review events and to report hauliers of repeat offenders to the traffic
commissioner, after a keeper lookup with the DVLA. Devices sign in to the platform
with per-device certificates and all links use TLS; the event store is encrypted.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Low bridge strike warning",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Over-height vehicle warnings at low bridges and bridge-strike alerts to signallers.",
)

# ---------------------------------------------------------------- data assets
vehicle_images = tg.Data(
    "Vehicle and number plate images",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Camera frames of each approaching vehicle, plate visible.",
)
detection_report = tg.Data(
    "Detection report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plate image crop, measured height, lane, time and unit id.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
strike_signal = tg.Data(
    "Bridge strike signal",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plate_read = tg.Data(
    "Plate read and height verdict",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
)
sign_command = tg.Data(
    "Warning sign activation",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_message = tg.Data("Over-height warning message", sensitivity=tg.Sensitivity.PUBLIC)
strike_alert = tg.Data(
    "Bridge strike alert",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
alert_ack = tg.Data("Alert acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
events = tg.Data(
    "Over-height and strike event records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Plates, images, heights and strike events, kept for offender reporting.",
)
exam_result = tg.Data(
    "Bridge examination result", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
clearance = tg.Data("Bridge clearance to resume trains", sensitivity=tg.Sensitivity.INTERNAL)
keeper_query = tg.Data("Keeper lookup request", sensitivity=tg.Sensitivity.PII, kind="records")
keeper_details = tg.Data(
    "Vehicle keeper and operator details", sensitivity=tg.Sensitivity.PII, kind="records"
)
offender_report = tg.Data(
    "Repeat offender report",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Haulier, vehicles, dates and images of repeated over-height approaches.",
)
model_update = tg.Data(
    "Plate and height model update", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public road", trust=tg.Trust.UNTRUSTED):
    # The person the cameras watch and the sign warns; often a lorry driver.
    driver = tm.add(tg.Actor("Lorry driver", role="road user"))

with tm.boundary(
    "Roadside and bridge equipment",
    trust=tg.Trust.INTERNAL,
    description="Locked cabinets on the highway verge and sensors on the bridge deck.",
):
    # Reads plates and measures vehicle height ahead of the bridge.
    detector = tm.add(
        tg.Device(
            "Roadside plate camera and laser height detector",
            description="One unit per bridge approach, 4G modem in the cabinet.",
        )
    )
    # Detects that a vehicle has hit the bridge.
    strike_sensor = tm.add(
        tg.Device("Bridge strike vibration sensor", description="Accelerometer on the bridge deck.")
    )
    # Tells the driver to stop and turn back before reaching the bridge.
    sign = tm.add(tg.Device("Roadside warning sign", description="Flashing variable message sign."))

with tm.boundary("Vendor cloud platform", trust=tg.Trust.PARTNER):
    # Where every detector, sensor and sign connects over the mobile network.
    ingest = tm.add(
        tg.Endpoint(
            "Detector ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-device X.509 client certificates"),
            },
        )
    )
    # Reads the plate and decides whether the vehicle is over the bridge's height.
    model = tm.add(
        tg.Model(
            "Plate and height recognition model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Vendor's ANPR and height-classification model.",
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Turns model verdicts and strike signals into sign commands and alerts.
    event_service = tm.add(
        tg.Service(
            "Event and alerting service",
            description="Switches on the sign for over-height vehicles, raises strike alerts.",
        )
    )
    # Keeps every event for review and for offender reporting.
    event_store = tm.add(
        tg.DataStore(
            "Event store",
            stores={events},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Railway engineers review events, close strikes and run offender reports here.
    portal = tm.add(
        tg.Endpoint(
            "Vendor operations portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.AuditLogging(),
            },
        )
    )
    # Vendor staff who train and deploy the recognition model.
    vendor_engineer = tm.add(
        tg.Actor("Vendor ML engineer", role="vendor engineer", privileged=True)
    )

with tm.boundary("Signalling control network", trust=tg.Trust.RESTRICTED):
    # Receives strike alerts from the vendor and shows them to the signaller.
    alert_gateway = tm.add(
        tg.Service(
            "Signaller alert gateway",
            controls={tg.controls.Authentication(method="vendor API key")},
        )
    )
    # Stops trains over a struck bridge and restarts them after clearance.
    signaller = tm.add(tg.Actor("Signaller", role="signaller", privileged=True))

with tm.boundary("Railway corporate network", trust=tg.Trust.INTERNAL):
    # Examines struck bridges and handles repeat offenders.
    engineer = tm.add(tg.Actor("Infrastructure engineer", role="bridge examiner"))

with tm.boundary("Government services", trust=tg.Trust.PARTNER):
    # Tells us who keeps a vehicle, for repeat offenders only.
    dvla = tm.add(tg.ExternalService("DVLA keeper lookup", provides="data-provider"))
    # Regulator who acts against the hauliers' operator licences.
    commissioner = tm.add(tg.ExternalService("Office of the Traffic Commissioner"))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

# detection at the roadside
tm.flow(driver, detector, vehicle_images, label="vehicle passes the camera and laser")
tm.flow(detector, ingest, detection_report, protocol="https", controls={tls}, label="over 4G")
tm.flow(strike_sensor, ingest, strike_signal, protocol="https", controls={tls}, label="over 4G")
tm.flow(ingest, model, detection_report)
tm.flow(model, event_service, plate_read)
tm.flow(ingest, event_service, strike_signal)

# warning the driver
tm.flow(event_service, sign, sign_command, protocol="https", controls={tls}, label="over 4G")
tm.flow(sign, driver, sign_message, label="flashing roadside sign")

# alerting the signaller
tm.flow(event_service, alert_gateway, strike_alert, protocol="https", controls={tls})
tm.flow(alert_gateway, signaller, strike_alert, label="alarm on the signaller's workstation")
tm.flow(signaller, alert_gateway, alert_ack)
tm.flow(alert_gateway, event_service, alert_ack, protocol="https", controls={tls})

# records, examination and offender reporting
tm.flow(event_service, event_store, events, plate_read)
tm.flow(event_store, portal, events)
tm.flow(portal, event_store, exam_result)
tm.flow(portal, engineer, events, protocol="https")
tm.flow(engineer, portal, exam_result, protocol="https")
tm.flow(engineer, signaller, clearance, protocol="phone", label="bridge examined, safe for trains")
tm.flow(portal, dvla, keeper_query, protocol="https")
tm.flow(dvla, portal, keeper_details, protocol="https")
tm.flow(portal, engineer, offender_report, protocol="https", label="exported report")
tm.flow(engineer, commissioner, offender_report, protocol="smtp+starttls", label="e-mailed")

# model maintenance
tm.flow(vendor_engineer, model, model_update, label="deploys new model version")
