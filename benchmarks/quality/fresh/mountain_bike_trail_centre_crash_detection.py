"""Trail centre crash detection: the first design, before any security review.

A mountain bike trail centre lends riders a clip-on motion sensor, paired over
Bluetooth with the centre's phone app on the rider's own phone. Riders register
in the app with their name, phone number and an emergency contact. The app
forwards the sensor's motion readings and its GPS position to the sensor
vendor's cloud, where the vendor's model detects crashes. On a suspected crash
the app asks the rider whether they are all right; with no answer in time, the
vendor's alert service calls the centre's alert webhook with the rider and
position. The centre's dispatch service, on the site network, looks the rider up
and shows the alert on the control room screen and on the rescue team's radios.
Controls: SMS code sign-in at registration, per-sensor device keys and TLS to
the vendor, an API key on the webhook, an encrypted rider register, an alert log.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Trail centre crash detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Crash detection for riders on loaned sensors, alerting the centre's rescue team.",
)

# ---------------------------------------------------------------- data assets
motion = tg.Data(
    "Motion sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accelerometer and gyroscope samples, tagged with the sensor's loan id.",
)
gps = tg.Data(
    "Rider GPS position",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
crash_check = tg.Data(
    "Crash check-in",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'Are you OK?' prompt with a countdown.",
)
rider_response = tg.Data("Rider response", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
crash_event = tg.Data(
    "Crash detection",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Crash probability and time for one sensor.",
)
crash_alert = tg.Data(
    "Crash alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider id, last GPS position and time of the suspected crash.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
registration = tg.Data(
    "Rider registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider name, phone number, emergency contact name and number, sensor loan id.",
)
rescue_alert = tg.Data(
    "Rescue alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alert with the rider's name, position and emergency contact.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
rescue_status = tg.Data("Rescue status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Trails", trust=tg.Trust.UNTRUSTED):
    # The person riding with the loaned sensor.
    rider = tm.add(tg.Actor("Rider", role="visitor"))
    # Clip-on motion sensor lent at the desk, one per rider.
    sensor = tm.add(tg.Device("Clip-on motion sensor", fleet=True))
    # The centre's app on the rider's own phone: registration, relay, check-in.
    phone_app = tm.add(tg.Device("Rider phone app", fleet=True))

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # Receives the readings relayed by the phone app.
    ingest = tm.add(
        tg.Endpoint(
            "Vendor ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-sensor device keys issued by the vendor")
            },
        )
    )
    # The vendor's crash detector, run on each window of readings.
    crash_model = tm.add(
        tg.Model(
            "Crash detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            controls={tg.controls.SupplierAssessment(note="vendor questionnaire at procurement")},
        )
    )
    # The vendor keeps the raw readings for support and model improvement.
    motion_store = tm.add(tg.DataStore("Vendor motion data store", stores={motion, gps}))
    # Runs the check-in countdown and raises the alert to the centre.
    vendor_alerts = tm.add(tg.Service("Vendor alert service"))

with tm.boundary("Trail centre site network", trust=tg.Trust.INTERNAL):
    # Takes rider sign-ups from the app.
    registration_api = tm.add(
        tg.Endpoint(
            "Rider registration API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="phone number and SMS code")},
        )
    )
    # Riders and their emergency contacts, keyed by sensor loan id.
    rider_register = tm.add(
        tg.DataStore(
            "Rider register",
            stores={registration},
            controls={tg.controls.EncryptionAtRest(key_management="database-managed key")},
        )
    )
    # Receives the vendor's alert calls.
    alert_webhook = tm.add(
        tg.Endpoint(
            "Crash alert webhook",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="vendor API key in a request header")},
        )
    )
    # Joins the alert to the rider, pushes it to the screen and radios, logs it.
    dispatch = tm.add(
        tg.Service(
            "Rescue dispatch service",
            controls={tg.controls.AuditLogging(retention_days=365)},
        )
    )
    # Wall screen in the control room showing open alerts on the trail map.
    screen = tm.add(tg.Device("Control room screen", fleet=False))
    # Handheld digital radios carried by the rescue team; show text alerts.
    radios = tm.add(tg.Device("Rescue team radios", fleet=True))
    # Staff who watch the screen and coordinate the rescue.
    operator = tm.add(tg.Actor("Control room operator", role="centre staff"))
    # First-aid trained staff who ride out to the crash.
    rescue_team = tm.add(tg.Actor("Rescue team", role="centre staff"))

# ---------------------------------------------------------------- flows
# Registration.
tm.flow(rider, phone_app, registration, label="sign-up form")
tm.flow(phone_app, registration_api, registration, protocol="https")
tm.flow(registration_api, rider_register, registration)

# Riding: sensor to phone to vendor.
tm.flow(sensor, phone_app, motion, protocol="ble")
tm.flow(phone_app, ingest, motion, gps, protocol="https")
tm.flow(ingest, motion_store, motion, gps)
tm.flow(ingest, crash_model, motion)
tm.flow(crash_model, vendor_alerts, crash_event)
tm.flow(ingest, vendor_alerts, gps, label="latest position")

# Check-in with the rider.
tm.flow(vendor_alerts, phone_app, crash_check, protocol="https", label="push notification")
tm.flow(phone_app, rider, crash_check, label="on screen with alarm")
tm.flow(rider, phone_app, rider_response, label="I'm OK / need help")
tm.flow(phone_app, vendor_alerts, rider_response, protocol="https")

# Alerting the centre.
tm.flow(vendor_alerts, alert_webhook, crash_alert, protocol="https", label="webhook")
tm.flow(alert_webhook, dispatch, crash_alert)
tm.flow(rider_register, dispatch, registration, label="lookup by loan id")
tm.flow(dispatch, screen, rescue_alert, protocol="http")
tm.flow(screen, operator, rescue_alert)
tm.flow(dispatch, radios, rescue_alert, protocol="dmr")
tm.flow(radios, rescue_team, rescue_alert)
tm.flow(rescue_team, radios, rescue_status, label="acknowledge and on scene")
tm.flow(radios, dispatch, rescue_status, protocol="dmr")
tm.flow(operator, dispatch, rescue_status, label="close alert")
