"""Night-time fall detection with room radar: the first design, before any security review.

A care home group fits a ceiling-mounted mmWave radar sensor in each resident's
bedroom. Sensors stream point-cloud frames over the home's sensor VLAN to an edge
gateway in the comms cupboard, which runs an in-house fall detection model. When
the model sees a fall, the gateway sends the event to the group's cloud alert
service, which looks up who sleeps in that room in the care management system
(a vendor SaaS) and pushes an alert to the night carers' handsets. Carers
acknowledge alerts on the handset app. Home managers review events and mark false
alarms in a web dashboard; confirmed and rejected events become labelled data for
quarterly retraining by the group's data science team. Controls in this design:
TLS with gateway certificates to the cloud, SSO with MFA and roles on the
dashboard, encrypted event storage, model validation and versioning before
release, and missed-heartbeat alerts that fall back to manual night checks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care home night fall detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Bedroom radar sensors detect residents' falls at night and alert night staff.",
)

# ---------------------------------------------------------------- data assets
point_cloud = tg.Data(
    "Radar point-cloud frames",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Movement and posture of whoever is in a resident's bedroom, tagged with the room.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
fall_event = tg.Data(
    "Fall event",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Room, time, fall confidence and a ten-second point-cloud snippet.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
residents = tg.Data(
    "Resident room allocation and falls risk",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Resident name, room, mobility notes and falls-risk score from the care plan.",
)
fall_alert = tg.Data(
    "Fall alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Resident name, room and time of the suspected fall.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Alert acknowledgement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which carer took the alert, when, and the outcome they recorded.",
)
event_review = tg.Data(
    "Event review",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Manager's verdict on each event: confirmed fall or false alarm.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled fall clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Point-cloud snippets with their review labels, pseudonymised by room id.",
)
model_artifact = tg.Data(
    "Fall detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
training_config = tg.Data("Training job configuration", kind="code")

# ---------------------------------------------------------------- elements
with tm.boundary("Care home site", trust=tg.Trust.INTERNAL):
    # Night carers respond to alerts on the floor.
    carer = tm.add(tg.Actor("Night carer", role="care staff"))
    # The home manager reviews the night's events each morning.
    manager = tm.add(tg.Actor("Home manager", role="care home manager"))
    # Shared ward handsets running the alert app, enrolled in the group's MDM.
    handset = tm.add(
        tg.Device(
            "Carer handset",
            description="Android handsets handed over at shift change, with the alert app.",
        )
    )
    # The gateway turns raw radar frames into fall decisions on site, so alerts
    # still reach the cloud path without streaming raw frames off site.
    gateway = tm.add(
        tg.Service(
            "Site edge gateway",
            description="Small industrial PC in the comms cupboard; runs the detector.",
            controls={
                c.FailClosed(
                    fallback="missed sensor or gateway heartbeat alerts night staff, "
                    "who revert to hourly manual room checks"
                )
            },
        )
    )
    # The detector decides whether a resident has fallen: a missed fall leaves
    # someone on the floor all night.
    detector = tm.add(
        tg.Model(
            "Fall detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Small temporal CNN over point-cloud frames, trained in-house.",
            controls={c.ModelVersioning()},
        )
    )

    with tm.boundary("Sensor VLAN", trust=tg.Trust.INTERNAL):
        # One radar per bedroom: no camera, so residents keep some privacy.
        radar = tm.add(
            tg.Device(
                "Bedroom radar sensor",
                description="Ceiling-mounted 60 GHz radar that emits point-cloud frames.",
            )
        )

with tm.boundary("Group cloud tenancy", trust=tg.Trust.INTERNAL):
    # Routes each fall event to the right home's night staff.
    alert_service = tm.add(
        tg.Service(
            "Alert service",
            description="Enriches events with the resident's details and sends alerts.",
            controls={
                c.Authentication(method="per-gateway X.509 device certificates"),
                c.AuditLogging(),
            },
        )
    )
    # Keeps every event, alert and acknowledgement for incident review.
    event_store = tm.add(
        tg.DataStore(
            "Fall event store",
            stores={fall_event, fall_alert, acknowledgement, event_review},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Managers review events and label false alarms here.
    dashboard = tm.add(
        tg.Service(
            "Events dashboard",
            description="Web app listing each home's night events for its manager.",
            controls={c.Authentication(method="group Entra ID SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.RESTRICTED):
        # Labelled clips that the next model version is trained on.
        clips = tm.add(tg.Dataset("Fall clip training set", stores={training_clips}))
        # Quarterly retraining and evaluation against a held-out set of real falls.
        training = tm.add(
            tg.Pipeline(
                "Detector training pipeline",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation()},
            )
        )
        # Holds released detector versions that gateways pull.
        registry = tm.add(
            tg.ModelRegistry(
                "Detector model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Trains and releases the detector.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Care software vendor", trust=tg.Trust.PARTNER):
    # The care planning system of record: who is in which room, and their falls risk.
    care_system = tm.add(
        tg.ExternalService(
            "Care management system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor-hosted digital care planning SaaS used by every home.",
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers alerts to the handsets.
    push = tm.add(tg.ExternalService("Push notification service"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(radar, gateway, point_cloud, protocol="mqtt", label="frames every 100 ms")
tm.flow(gateway, detector, point_cloud)
tm.flow(detector, gateway, fall_event)
tm.flow(
    gateway,
    alert_service,
    fall_event,
    protocol="https",
    controls={tls, c.MutualAuthentication()},
)
tm.flow(care_system, alert_service, residents, protocol="https", controls={tls})
tm.flow(alert_service, push, fall_alert, protocol="https", controls={tls})
tm.flow(push, handset, fall_alert, protocol="https", controls={tls})
tm.flow(handset, carer, fall_alert, label="alarm tone and screen")
tm.flow(carer, handset, acknowledgement)
tm.flow(handset, alert_service, acknowledgement, protocol="https", controls={tls})
tm.flow(alert_service, event_store, fall_event, fall_alert, acknowledgement)

tm.flow(event_store, dashboard, fall_event, fall_alert, acknowledgement)
tm.flow(dashboard, manager, fall_event, fall_alert, acknowledgement, protocol="https")
tm.flow(manager, dashboard, event_review, protocol="https", label="confirm or reject")
tm.flow(dashboard, event_store, event_review)

tm.flow(event_store, clips, training_clips, label="quarterly export")
tm.flow(data_scientist, training, training_config)
tm.flow(clips, training, training_clips)
tm.flow(training, registry, model_artifact)
tm.flow(
    registry,
    gateway,
    model_artifact,
    protocol="https",
    controls={tls},
    label="gateway pulls release",
)
tm.flow(gateway, detector, model_artifact, label="load")
