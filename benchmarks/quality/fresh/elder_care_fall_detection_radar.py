"""Elder-care fall detection radar: the first design, before any security review.

A wall-mounted mmWave radar sensor watches the home of an elderly person who
lives alone. A fall-detection model runs on the sensor, so raw radar returns
never leave the home; only fall events and heartbeats go to the vendor's cloud,
over MQTT with mutual TLS and a per-device certificate. The cloud event service
looks up the resident's care plan, pushes an alert to the family caregivers'
mobile app and, when nobody acknowledges within a few minutes, escalates the case
to a partner 24/7 monitoring centre whose operators call the resident and, if
needed, emergency services. Caregivers sign in to the app to see events and edit
the care plan, which includes medical notes and how to get into the home. The
vendor signs model and firmware images and pushes them to the fleet over the air
after an engineer approves a release. Sold to families in the EU and the UK.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Elder-care fall detection radar",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-device radar fall detection with caregiver alerts and 24/7 escalation.",
)

# ---------------------------------------------------------------- data assets
radar_returns = tg.Data(
    "Radar returns",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Point clouds of the resident's movements; processed on the sensor only.",
)
fall_event = tg.Data(
    "Fall event",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Fall detected, confidence, room and time; health data under GDPR art. 9.",
)
heartbeat = tg.Data(
    "Device heartbeat and telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)
care_plan = tg.Data(
    "Resident profile and care plan",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Name, address, conditions, medication, contacts and key-safe code.",
)
alert = tg.Data("Caregiver alert", kind="records", sensitivity=tg.Sensitivity.PII)
acknowledgement = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
caregiver_login = tg.Data(
    "Caregiver credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
escalation = tg.Data(
    "Escalation case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The fall event with the resident's address, care plan and access details.",
)
case_outcome = tg.Data("Case outcome", kind="records", sensitivity=tg.Sensitivity.PII)
emergency_call = tg.Data("Emergency call", kind="records", sensitivity=tg.Sensitivity.REGULATED)
model_artifact = tg.Data(
    "Fall-detection model",
    kind="model-artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Quantised TFLite model for the sensor's DSP.",
)
firmware = tg.Data(
    "Firmware image",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
release = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Resident's home", trust=tg.Trust.UNTRUSTED):
    # The person being protected; sensed, does not interact with the system.
    resident = tm.add(tg.Actor("Resident", role="monitored person"))
    # The sensor fleet, on the resident's home Wi-Fi.
    sensor = tm.add(tg.Device("Radar sensor", description="mmWave radar with a DSP and Wi-Fi."))
    # Runs on the sensor: decides whether a fall happened.
    model = tm.add(
        tg.Model(
            "On-device fall-detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="A missed fall means nobody is alerted; a false one calls out help.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Family members with the mobile app; usually two or three per resident.
    caregiver = tm.add(tg.Actor("Family caregiver", role="caregiver"))
    # Ambulance or police dispatch, reached by phone.
    emergency = tm.add(tg.Actor("Emergency services", role="emergency dispatcher"))
    # APNs and FCM: deliver alerts to the caregivers' phones.
    push = tm.add(tg.ExternalService("Mobile push service"))

with tm.boundary("Vendor cloud", trust=tg.Trust.INTERNAL):
    # MQTT broker front end for the sensor fleet.
    ingest = tm.add(
        tg.Endpoint(
            "Device ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device X.509 certificate")},
        )
    )
    # Correlates events, applies the escalation timer, raises missing-heartbeat alarms.
    events = tm.add(
        tg.Service(
            "Event and escalation service",
            controls={
                c.AuditLogging(retention_days=365),
                c.AnomalyDetection(note="alarms when a sensor misses heartbeats"),
            },
        )
    )
    # Residents, care plans and event history.
    db = tm.add(
        tg.DataStore(
            "Resident and event database",
            stores={care_plan, fall_event, acknowledgement, case_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Backend of the caregiver mobile app.
    app_api = tm.add(
        tg.Endpoint(
            "Caregiver app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="email and password")},
        )
    )
    # Holds every released model and firmware version.
    artifacts = tm.add(
        tg.ModelRegistry(
            "Model and firmware registry",
            stores={model_artifact, firmware},
            controls={
                c.SignedModels(note="signed at build; the bootloader verifies"),
                c.ModelVersioning(),
            },
        )
    )
    # Rolls approved releases out to the fleet over the air.
    ota = tm.add(
        tg.Pipeline(
            "OTA update service",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="the firmware release engineer")},
        )
    )

with tm.boundary("Vendor corporate network", trust=tg.Trust.INTERNAL):
    # Builds, evaluates and releases models and firmware.
    engineer = tm.add(tg.Actor("Firmware and ML engineer", role="engineer", privileged=True))

with tm.boundary("Monitoring centre", trust=tg.Trust.PARTNER):
    # The partner's alarm-receiving software, integrated over its REST API.
    console = tm.add(tg.Service("Monitoring centre console"))
    # Trained operators, 24/7.
    operator = tm.add(tg.Actor("Monitoring operator", role="operator"))

# ---------------------------------------------------------------- flows
tm.flow(resident, sensor, radar_returns, label="sensed movement")
tm.flow(sensor, model, radar_returns, protocol="local")
tm.flow(model, sensor, fall_event, protocol="local")
tm.flow(sensor, ingest, fall_event, heartbeat, protocol="mtls", label="MQTT over mutual TLS")
tm.flow(ingest, events, fall_event, heartbeat)

tm.flow(events, db, fall_event, case_outcome)
tm.flow(db, events, care_plan, acknowledgement)
tm.flow(events, push, alert, protocol="https")
tm.flow(push, caregiver, alert, protocol="https")

tm.flow(caregiver, app_api, caregiver_login, acknowledgement, care_plan, protocol="https")
tm.flow(app_api, caregiver, fall_event, care_plan, protocol="https")
tm.flow(app_api, db, acknowledgement, care_plan)
tm.flow(db, app_api, fall_event, care_plan)

tm.flow(
    events,
    console,
    escalation,
    protocol="https",
    controls={c.Authentication(method="static API key")},
    label="unacknowledged fall",
)
tm.flow(console, events, case_outcome, protocol="https")
tm.flow(console, operator, escalation)
tm.flow(operator, console, case_outcome)
tm.flow(operator, emergency, emergency_call, label="phone call")

tm.flow(engineer, artifacts, model_artifact, firmware, protocol="https", label="upload build")
tm.flow(engineer, ota, release, protocol="https", label="approve rollout")
tm.flow(artifacts, ota, model_artifact, firmware)
tm.flow(ota, sensor, model_artifact, firmware, protocol="https", label="OTA update")
tm.flow(sensor, ota, heartbeat, protocol="https", label="update status")
tm.flow(sensor, model, model_artifact, protocol="local", label="install model")
