"""Glacial lake outburst warning: the first design, before any security review.

A regional civil-protection agency watches a glacial lake above a valley town. An
unattended station at the lake (water-level, seismic and camera sensors) reports
every few minutes over a commercial satellite service, whose gateway forwards the
messages over HTTPS to an ingest API in the agency's cloud. There a model predicts
an outburst flood; above the alarm threshold an alert service triggers the valley
sirens (over a private cellular APN) and SMS alerts to registered residents via a
mobile operator's bulk-SMS gateway, with no one in between. Duty officers watch a
console and can cancel an alert under way. Residents register phone numbers on a
public sign-up page; the model is retrained each autumn from the season's data.
Controls: an API key on the ingest API, SSO with MFA and roles on the console,
encrypted storage, audit logs of every alert, and backtesting before deployment.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glacial lake outburst siren model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts a glacial lake outburst flood from lake telemetry and sounds "
    "the valley sirens and SMS alerts automatically; duty officers can cancel.",
)

# ---------------------------------------------------------------- data assets
water_level = tg.Data(
    "Lake telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Water level, seismic readings and station health, every few minutes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
camera_images = tg.Data(
    "Lake camera images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Low-resolution stills of the moraine dam and the lake outlet.",
)
history = tg.Data(
    "Telemetry history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
model_file = tg.Data(
    "Outburst model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient-boosting model saved with joblib.",
)
prediction = tg.Data(
    "Outburst prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
siren_command = tg.Data(
    "Siren activation command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
siren_status = tg.Data("Siren status and heartbeat", kind="records")
sms_alert = tg.Data(
    "SMS alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Alert text and the list of recipient phone numbers.",
)
phone_numbers = tg.Data(
    "Resident phone numbers",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
alert_view = tg.Data(
    "Alert and prediction dashboard",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
cancellation = tg.Data(
    "Alert cancellation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Lake monitoring site",
    trust=tg.Trust.UNTRUSTED,
    description="Unattended mountain site, reachable on foot by hikers.",
):
    # The only eyes on the lake: solar-powered logger with its sensors and satellite modem.
    station = tm.add(
        tg.Device(
            "Lake sensor station",
            fleet=False,
            description="Radar water-level gauge, geophone, camera and a satellite modem.",
        )
    )

with tm.boundary("Satellite operator", trust=tg.Trust.PARTNER):
    # The commercial satellite service relays the station's short-burst messages to us.
    sat_gateway = tm.add(
        tg.ExternalService(
            "Satellite message gateway",
            description="Operator's ground gateway; forwards each message to our ingest API.",
        )
    )

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Receives the forwarded satellite messages from the operator.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingest API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="static API key shared with the satellite operator"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Keeps every reading and image: the model's input and next year's training data.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={water_level, camera_images, history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Predicts an outburst from the latest readings.
    model = tm.add(
        tg.Model(
            "Outburst flood prediction model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Gradient-boosted trees over level rise rate and seismic activity; "
            "a probability above the alarm threshold raises an alert.",
            controls={c.ModelValidation(note="backtested on recorded past outbursts")},
        )
    )
    # Turns a prediction into sirens and SMS, and stops them on a cancellation.
    alerting = tm.add(
        tg.Service(
            "Alert orchestrator",
            description="Triggers sirens and SMS automatically when the threshold is crossed.",
            controls={c.AuditLogging(retention_days=3650)},
        )
    )
    # Where duty officers watch predictions and cancel a false alarm.
    console = tm.add(
        tg.Endpoint(
            "Duty officer console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="agency SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Residents' phone numbers for the SMS alerts.
    subscribers = tm.add(
        tg.DataStore(
            "Alert subscriber list",
            stores={phone_numbers},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Public page where residents register a phone number.
    signup = tm.add(tg.Endpoint("Resident sign-up page", purpose=tg.EndpointPurpose.API))
    # Retrains the model each autumn from the season's telemetry.
    retraining = tm.add(
        tg.Pipeline(
            "Seasonal retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )

with tm.boundary("Agency operations centre", trust=tg.Trust.INTERNAL):
    # On call around the clock; can cancel an alert.
    officer = tm.add(
        tg.Actor("Duty officer", role="civil-protection duty officer", privileged=True)
    )

with tm.boundary("Mobile network operator", trust=tg.Trust.PARTNER):
    # Bulk-SMS gateway that delivers the alerts to phones.
    sms_gateway = tm.add(tg.ExternalService("Bulk SMS gateway"))

with tm.boundary(
    "Valley siren sites",
    trust=tg.Trust.UNTRUSTED,
    description="Sirens on poles and roofs around the town, each with a cellular modem.",
):
    # The outdoor sirens that warn people in the valley.
    sirens = tm.add(tg.Device("Valley sirens", fleet=True))

with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # People living in and visiting the valley town.
    resident = tm.add(tg.Actor("Valley resident", role="resident"))

# ---------------------------------------------------------------- flows
tm.flow(station, sat_gateway, water_level, camera_images, protocol="iridium-sbd")
tm.flow(sat_gateway, ingest, water_level, camera_images, protocol="https")
tm.flow(ingest, telemetry_db, water_level, camera_images)
tm.flow(telemetry_db, model, water_level, label="latest readings")
tm.flow(model, alerting, prediction)

tm.flow(alerting, sirens, siren_command, protocol="mqtt", label="private cellular APN")
tm.flow(sirens, alerting, siren_status, protocol="mqtt", label="private cellular APN")
tm.flow(subscribers, alerting, phone_numbers)
tm.flow(alerting, sms_gateway, sms_alert, protocol="https")
tm.flow(sms_gateway, resident, sms_alert, protocol="sms")

tm.flow(alerting, console, alert_view, siren_status)
tm.flow(telemetry_db, console, camera_images, water_level, label="live readings")
tm.flow(console, officer, alert_view, camera_images, protocol="https")
tm.flow(officer, console, cancellation, protocol="https")
tm.flow(console, alerting, cancellation)

tm.flow(resident, signup, phone_numbers, protocol="https")
tm.flow(signup, subscribers, phone_numbers)

tm.flow(telemetry_db, retraining, history)
tm.flow(retraining, model, model_file, label="deploy new season's model")
