"""Holiday park caravan gas-leak monitoring: the first design, before any security review.

A holiday park operator fits a gas sensor, a smart gas meter and a remotely
operated shut-off valve in each of its static caravans. The devices join the
park's Wi-Fi (shared with guests) and report to the sensor vendor's cloud over
MQTT with TLS, each with its own device certificate. In the vendor cloud a
detection model scores readings for likely leaks or faulty appliances: the
alert service notifies the park maintenance team and, for high readings, closes
the caravan's gas valve without waiting for anyone. Maintenance staff reopen
valves from the vendor console after an inspection. Guests report gas smells in
the park app, which forwards them to the vendor alert service. Owners of
privately owned caravans sign in to the same app to see their own caravan's
readings, fetched from the vendor's readings API. The vendor retrains the model
on fleet readings and maintenance outcomes. Guest and owner data are UK/EU
personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Holiday park caravan gas-leak monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Gas sensors and smart meters in static caravans; a vendor model flags leaks, "
    "alerts maintenance and shuts gas valves remotely.",
)

# ---------------------------------------------------------------- data assets
gas_readings = tg.Data(
    "Gas sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="LPG concentration, temperature and sensor health every 30 seconds.",
)
meter_reads = tg.Data(
    "Gas meter reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Flow rate and consumption per caravan; shows when a caravan is occupied.",
)
valve_command = tg.Data(
    "Valve shut-off command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_reset = tg.Data(
    "Valve reopen request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
leak_score = tg.Data(
    "Leak likelihood score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
maintenance_alert = tg.Data(
    "Maintenance alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Caravan number, pitch, occupancy and the reason for the alert.",
)
smell_report = tg.Data(
    "Guest smell report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text description, caravan number and the guest's name and phone.",
)
bookings = tg.Data(
    "Bookings and owner register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
owner_readings = tg.Data(
    "Owner caravan readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="History of gas readings, meter reads and alerts for one caravan.",
)
readings_request = tg.Data("Readings request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
app_sign_in = tg.Data(
    "App sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
outcomes = tg.Data(
    "Inspection outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the engineer found: leak, faulty appliance, or false alarm.",
)
training_set = tg.Data("Fleet training data", kind="training-data", sensitivity=tg.Sensitivity.PII)
model_file = tg.Data(
    "Leak model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Holidaymakers staying in park-owned caravans; use the park app.
    guest = tm.add(tg.Actor("Guest", role="holidaymaker"))
    # Private owners of caravans sited on the park; see their own caravan's readings.
    owner = tm.add(tg.Actor("Caravan owner", role="owner"))

with tm.boundary(
    "Static caravans",
    trust=tg.Trust.UNTRUSTED,
    description="Devices inside guest- or owner-occupied caravans, on the park Wi-Fi guests also use.",
):
    # Detects LPG near the appliances; the main input to the model.
    sensor = tm.add(tg.Device("Caravan gas sensor", description="Vendor LPG sensor, Wi-Fi."))
    # Measures gas flow; unusual flow with no appliance in use suggests a leak.
    meter = tm.add(tg.Device("Smart gas meter"))
    # Closes the caravan's gas supply on command from the vendor cloud.
    valve = tm.add(
        tg.Device("Remote gas shut-off valve", description="Motorised valve on the supply line.")
    )

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # Receives device telemetry and sends commands back to the devices.
    hub = tm.add(
        tg.Service(
            "Vendor IoT hub",
            controls={c.Authentication(method="per-device X.509 certificates")},
        )
    )
    # Keeps every caravan's readings history.
    telemetry = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={gas_readings, meter_reads},
            controls={c.EncryptionAtRest(key_management="vendor cloud KMS")},
        )
    )
    # Scores readings for a likely leak or a faulty appliance.
    model = tm.add(
        tg.Model(
            "Gas leak detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Vendor's gradient-boosted model over sensor and meter readings.",
        )
    )
    # Turns scores and smell reports into alerts; closes valves above the high threshold.
    alerts = tm.add(
        tg.Service(
            "Alert and valve control service",
            controls={c.AuditLogging(retention_days=365)},
            description="Alerts maintenance above 0.5; above 0.9 also shuts the valve automatically.",
        )
    )
    # Lets the park app fetch one caravan's readings for its owner.
    readings_api = tm.add(
        tg.Endpoint(
            "Vendor readings API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="park operator API key")},
        )
    )
    # Monthly retraining on fleet readings and inspection outcomes.
    retraining = tm.add(tg.Pipeline("Model retraining pipeline", stage=tg.Stage.TRAINING))

with tm.boundary("Park operator cloud", trust=tg.Trust.INTERNAL):
    # Backend of the park app for guests and owners.
    app_api = tm.add(
        tg.Endpoint(
            "Park app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="guests: booking reference and surname; owners: e-mail and password"
                )
            },
        )
    )
    # Bookings, owner accounts and which caravan each person may see.
    park_db = tm.add(
        tg.DataStore("Park bookings database", stores={bookings, smell_report, app_sign_in})
    )

with tm.boundary("Park office", trust=tg.Trust.INTERNAL):
    # On-site gas-safe engineers and maintenance staff who respond to alerts.
    maintenance = tm.add(tg.Actor("Maintenance team", role="maintenance staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensor, hub, gas_readings, protocol="mqtts")
tm.flow(meter, hub, meter_reads, protocol="mqtts")
tm.flow(hub, valve, valve_command, protocol="mqtts", label="close valve")
tm.flow(hub, telemetry, gas_readings, meter_reads)
tm.flow(hub, model, gas_readings, meter_reads, label="live scoring")
tm.flow(model, alerts, leak_score)
tm.flow(alerts, hub, valve_command, label="shut-off above 0.9")
tm.flow(alerts, maintenance, maintenance_alert, protocol="https", label="push notification and SMS")
tm.flow(maintenance, alerts, valve_reset, outcomes, protocol="https", label="vendor console")
tm.flow(alerts, hub, valve_reset, label="reopen valve")

tm.flow(guest, app_api, app_sign_in, smell_report, protocol="https")
tm.flow(app_api, park_db, smell_report, bookings)
tm.flow(park_db, app_api, bookings, app_sign_in, label="account and caravan lookup")
tm.flow(app_api, alerts, smell_report, protocol="https", label="forward smell report")
tm.flow(owner, app_api, app_sign_in, readings_request, protocol="https")
tm.flow(app_api, readings_api, readings_request, protocol="https")
tm.flow(readings_api, telemetry, readings_request)
tm.flow(telemetry, readings_api, owner_readings)
tm.flow(readings_api, app_api, owner_readings, protocol="https")
tm.flow(app_api, owner, owner_readings, protocol="https")

tm.flow(telemetry, retraining, training_set)
tm.flow(alerts, retraining, outcomes)
tm.flow(retraining, model, model_file, label="deploy new version")
