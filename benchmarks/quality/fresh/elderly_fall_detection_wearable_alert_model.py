"""Fall detection wristband for home care clients: the first design, before any security review.

Our home care service gives each client a wrist wearable with an LTE-M modem. A small
fall detection model runs on the wearable over wrist motion samples; on a detected fall
(or the SOS button) the wearable sends a fall alert with its GPS fix to our alert API in
the provider cloud and opens a two-way voice call to the 24/7 monitoring centre through
a cloud telephony provider. An alert routing service joins the alert with the client's
care record and emergency contacts, pushes it to the operators' console and has the
telephony provider call and text the family, who confirm by keypress. Care coordinators
keep records current in a web portal; ML engineers publish model releases to a registry
that an OTA service ships to the wearables. Controls: TLS on network links, per-device
certificates at the alert API, staff SSO with MFA on the portal, role-based access and
encryption at rest on care records, audit logging of routing, model validation before
release. Clients live in the EU, so GDPR covers their health data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Elderly fall detection wearable and alerting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="On-wrist fall detection for home care clients, with alerts to the "
    "monitoring centre and the client's family.",
)

# ---------------------------------------------------------------- data assets
motion = tg.Data(
    "Wrist motion samples",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Accelerometer and gyroscope windows, 50 Hz, kept only on the wearable.",
)
fall_event = tg.Data(
    "Fall detection result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Fall / no fall with a confidence score, per motion window.",
)
fall_alert = tg.Data(
    "Fall alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Device id, time, trigger (model or SOS button), confidence, GPS fix, battery.",
)
alert_ack = tg.Data("Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
care_record = tg.Data(
    "Client care record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Name, home address, conditions, medication, mobility notes, GP.",
)
contacts = tg.Data(
    "Emergency contacts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Family members' names, phone numbers and call order.",
)
key_safe = tg.Data(
    "Key safe code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Code of the key safe at the client's door, passed to ambulance crews.",
)
console_alert = tg.Data(
    "Alert case for operator",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The fall alert joined with the care record summary and contacts.",
)
outcome = tg.Data(
    "Alert outcome",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Operator's disposition: false alarm, client OK, family attending, ambulance called.",
)
voice = tg.Data("Voice call audio", kind="media", sensitivity=tg.Sensitivity.REGULATED)
family_request = tg.Data(
    "Family notification request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who to call or text, in which order, and the message text.",
)
family_msg = tg.Data(
    "Family fall notification",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Automated voice call and SMS saying a fall was detected and the centre is responding.",
)
family_confirm = tg.Data("Family confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
confirm_callback = tg.Data(
    "Call status callback",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Delivery status and the family member's keypress, posted back by the telephony provider.",
)
alert_log = tg.Data(
    "Alert history",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Every alert with its outcome, kept for care quality review.",
)
model_artifact = tg.Data(
    "Fall model artifact",
    format="unknown",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Quantised TensorFlow Lite flatbuffer for the wearable's microcontroller.",
)
firmware = tg.Data(
    "Wearable firmware bundle",
    kind="code",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Firmware image with the current fall model embedded.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Client home", trust=tg.Trust.UNTRUSTED):
    # The person we protect: wears the band day and night, may press SOS.
    client = tm.add(tg.Actor("Home care client", role="care client"))
    # Our wearable, many of them, sitting in clients' homes: runs the model, calls out.
    wearable = tm.add(
        tg.Device(
            "Fall detection wristband",
            fleet=True,
            description="Wrist wearable with LTE-M modem, SOS button, speaker and microphone.",
        )
    )
    # Runs on the wearable's microcontroller: decides when a fall alert is raised.
    fall_model = tm.add(
        tg.Model(
            "On-device fall detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="1-D CNN over 4 s motion windows; above threshold it raises a fall alert.",
            controls={
                c.ModelValidation(note="recall/false-alarm tests on recorded falls before release")
            },
        )
    )

with tm.boundary("Public phone network", trust=tg.Trust.UNTRUSTED):
    # Relatives listed as emergency contacts: are told of the fall and confirm.
    family = tm.add(tg.Actor("Family member", role="emergency contact"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud voice/SMS platform: carries the wearable's call and the family calls and texts.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony platform",
            provides=tg.ExternalCategory.GENERIC,
            description="Programmable voice and SMS, with status callbacks to our webhook.",
        )
    )

with tm.boundary("Provider cloud", trust=tg.Trust.INTERNAL):
    # Where wearables report alerts: the only inbound entry for devices.
    alert_api = tm.add(
        tg.Endpoint(
            "Alert ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device X.509 client certificates")},
        )
    )
    # Decides who is told: the monitoring console first, then family in call order.
    router = tm.add(
        tg.Service(
            "Alert routing service",
            description="Joins the alert with the care record, escalates to operators and family.",
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Web app for care coordinators to keep care records and contacts current.
    portal = tm.add(
        tg.Service(
            "Care records portal",
            internet_facing=True,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )
    # Pushes firmware and model updates to the fleet of wearables.
    ota = tm.add(tg.Service("OTA update service"))

    with tm.boundary("Care data tier", trust=tg.Trust.RESTRICTED):
        # System of record for clients' care plans, contacts and key safe codes.
        records = tm.add(
            tg.DataStore(
                "Client care records database",
                stores={care_record, contacts, key_safe},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Every alert and its outcome, for follow-up and quality review.
        events = tm.add(
            tg.DataStore(
                "Alert history store",
                stores={alert_log},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Holds released fall model versions for the OTA service.
        registry = tm.add(tg.ModelRegistry("Fall model registry", stores={model_artifact}))

with tm.boundary("Monitoring centre", trust=tg.Trust.INTERNAL):
    # 24/7 operators who talk to the client and decide on help.
    operator = tm.add(tg.Actor("Monitoring centre operator", role="alarm operator"))
    # Operators' alert screen: shows each alert with the care record and takes the outcome.
    console = tm.add(
        tg.Service(
            "Monitoring console",
            controls={c.Authentication(method="individual operator username and password")},
        )
    )

with tm.boundary("Provider office", trust=tg.Trust.INTERNAL):
    # Keeps care records and emergency contacts up to date.
    coordinator = tm.add(tg.Actor("Care coordinator", role="care coordinator"))
    # Trains the fall model and publishes releases to the registry.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# On the wrist
tm.flow(client, wearable, motion, label="worn on wrist")
tm.flow(wearable, fall_model, motion, protocol="local")
tm.flow(fall_model, wearable, fall_event, protocol="local")

# Alert to the cloud
tm.flow(wearable, alert_api, fall_alert, protocol="MQTT over TLS")
tm.flow(alert_api, wearable, alert_ack, protocol="MQTT over TLS")
tm.flow(alert_api, router, fall_alert, protocol="https")
tm.flow(records, router, care_record, contacts, key_safe)
tm.flow(router, events, alert_log)

# Monitoring centre
tm.flow(router, console, console_alert, protocol="wss")
tm.flow(console, operator, console_alert, key_safe)
tm.flow(operator, console, outcome)
tm.flow(console, router, outcome, protocol="wss")

# Voice call between the wearer and the operator
tm.flow(wearable, telephony, voice, protocol="gsm voice")
tm.flow(telephony, wearable, voice, protocol="gsm voice")
tm.flow(telephony, operator, voice, protocol="pstn")
tm.flow(operator, telephony, voice, protocol="pstn")

# Family notification
tm.flow(router, telephony, family_request, protocol="https")
tm.flow(telephony, family, family_msg, protocol="phone")
tm.flow(family, telephony, family_confirm, protocol="phone", label="keypress")
tm.flow(telephony, router, confirm_callback, protocol="https", label="status callback")

# Care records upkeep
tm.flow(coordinator, portal, care_record, contacts, key_safe, protocol="https")
tm.flow(portal, coordinator, care_record, contacts, protocol="https")
tm.flow(portal, records, care_record, contacts, key_safe)
tm.flow(records, portal, care_record, contacts)

# Model releases
tm.flow(ml_engineer, registry, model_artifact, protocol="https", label="publish release")
tm.flow(registry, ota, model_artifact)
tm.flow(ota, wearable, firmware, protocol="https", label="OTA update")
