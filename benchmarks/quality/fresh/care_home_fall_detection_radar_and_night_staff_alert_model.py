"""Care home fall detection: radar sensors and night staff alerts (first design).

Each resident's room has a ceiling radar sensor (no camera) that streams point
readings over the home's Wi-Fi to an edge hub in the comms cupboard. The hub runs
the vendor's detection model, which flags falls and long periods out of bed at
night; the night alert service pushes those alerts to the night carers' handsets
and re-alerts until someone acknowledges. The hub also uploads events, short
radar clips and device health to the sensor vendor's cloud, where the vendor
monitors the fleet, retrains the model monthly and pushes updates back to hubs.
A daily job in the vendor cloud turns each resident's night into a wellbeing
summary that invited family members read in a mobile app; the care manager
manages residents and family invites in the same portal. Hubs authenticate to
the vendor with per-hub certificates; family and staff sign in with e-mail and
password. Residents' data is special-category health data under UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care home fall detection and night alerts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Radar-based fall and bed-exit detection alerting night staff, with a family app.",
)

# ---------------------------------------------------------------- data assets
radar_readings = tg.Data(
    "Radar readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Point-cloud frames of movement and posture in a resident's room.",
)
radar_features = tg.Data("Radar feature frames", kind="features", sensitivity=tg.Sensitivity.PII)
room_events = tg.Data(
    "Fall and bed-exit events",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
staff_alert = tg.Data(
    "Night staff alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Room number, resident's name and event type (fall, out of bed too long).",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
acknowledgement = tg.Data(
    "Alert acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
radar_clips = tg.Data(
    "Uploaded radar clips",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="A minute of radar frames around each event, kept to improve the model.",
)
device_health = tg.Data("Device health telemetry", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
room_config = tg.Data(
    "Room configuration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which resident is in which room, their night hours and alert thresholds.",
)
training_set = tg.Data(
    "Labelled radar training set", kind="training-data", sensitivity=tg.Sensitivity.REGULATED
)
model_artifact = tg.Data(
    "Detection model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
resident_profile = tg.Data("Resident profile", kind="records", sensitivity=tg.Sensitivity.REGULATED)
family_invite = tg.Data("Family invitation", kind="records", sensitivity=tg.Sensitivity.PII)
summary_request = tg.Data(
    "Wellbeing summary request", kind="records", sensitivity=tg.Sensitivity.PII
)
wellbeing_summary = tg.Data(
    "Daily wellbeing summary",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Hours in bed, times up at night, falls and how fast staff responded.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Relatives invited by the care home; they use the app on their own phones.
    family = tm.add(tg.Actor("Family member", role="resident's relative"))

with tm.boundary("Care home network", trust=tg.Trust.INTERNAL):
    # One per room, ceiling-mounted; chosen over cameras for residents' privacy.
    sensor = tm.add(
        tg.Device("Room radar sensor", description="60 GHz radar, Wi-Fi, vendor firmware.")
    )
    # Local box so alerts still work when the internet link is down.
    hub = tm.add(
        tg.Service(
            "Edge hub",
            description="Collects radar readings, runs the detection model, uploads to the vendor.",
        )
    )
    # The vendor's model, executed on the hub.
    detector = tm.add(
        tg.Model(
            "Fall and bed-exit detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="Flags falls and out-of-bed periods longer than the resident's threshold.",
        )
    )
    # Turns events into handset alerts and re-alerts until acknowledged.
    alerter = tm.add(
        tg.Service(
            "Night alert service",
            description="Pushes alerts to handsets; escalates to the senior carer after 3 minutes.",
            controls={
                c.AuditLogging(note="alert and acknowledgement times kept for CQC reporting")
            },
        )
    )
    # Shared handsets carried by the night shift.
    handset = tm.add(
        tg.Device("Staff handset", description="Android handset running the alert app.")
    )
    # Night carers who go to the room.
    carer = tm.add(tg.Actor("Night carer", role="care staff"))
    # Sets up residents, rooms and family access.
    manager = tm.add(tg.Actor("Care manager", role="care home manager", privileged=True))

with tm.boundary("Sensor vendor cloud", trust=tg.Trust.PARTNER):
    # Where every hub connects to upload and to fetch its configuration.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-hub X.509 device certificates")},
        )
    )
    # Everything uploaded from all customers' homes, for monitoring and retraining.
    lake = tm.add(
        tg.DataStore(
            "Sensor data lake",
            stores={room_events, radar_clips, device_health, training_set, acknowledgement},
            controls={
                c.EncryptionAtRest(key_management="cloud provider KMS"),
                c.RBAC(),
            },
        )
    )
    # Monthly retraining on clips labelled by the vendor's annotators.
    retrain = tm.add(
        tg.Pipeline(
            "Model retraining pipeline",
            stage=tg.Stage.TRAINING,
            controls={
                c.ModelValidation(note="recall on a held-out set of real falls before release")
            },
        )
    )
    # Released model versions that hubs download.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Vendor staff watching the fleet for offline sensors and missed events.
    engineer = tm.add(
        tg.Actor("Vendor support engineer", role="vendor fleet monitoring", privileged=True)
    )
    # Builds each resident's summary once a day.
    summariser = tm.add(
        tg.Service(
            "Daily wellbeing summary job",
            description="Aggregates the previous night's events per resident at 07:00.",
        )
    )
    # Resident profiles, family accounts and the summaries they can read.
    accounts = tm.add(
        tg.DataStore(
            "Resident and family account store",
            stores={resident_profile, family_invite, wellbeing_summary, room_config},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Backend of the family app and the care manager's admin pages.
    portal = tm.add(
        tg.Endpoint(
            "Family and care portal API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="family accounts linked to one resident"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Detection and alerting in the home
tm.flow(sensor, hub, radar_readings, protocol="mqtt", label="care home Wi-Fi")
tm.flow(hub, detector, radar_features)
tm.flow(detector, hub, room_events)
tm.flow(hub, alerter, room_events)
tm.flow(alerter, handset, staff_alert, protocol="https", label="push over Wi-Fi")
tm.flow(handset, carer, staff_alert, label="on the handset screen")
tm.flow(carer, handset, acknowledgement)
tm.flow(handset, alerter, acknowledgement, protocol="https")
tm.flow(alerter, hub, acknowledgement)

# Upload to the vendor and configuration back
tm.flow(
    hub,
    ingest,
    room_events,
    radar_clips,
    device_health,
    acknowledgement,
    protocol="https",
    controls={c.MutualAuthentication(note="hub client certificate")},
)
tm.flow(ingest, hub, room_config, protocol="https", label="config sync")
tm.flow(ingest, lake, room_events, radar_clips, device_health, acknowledgement)
tm.flow(accounts, ingest, room_config)
tm.flow(lake, engineer, device_health, room_events, protocol="https", label="fleet dashboard")

# Model improvement
tm.flow(engineer, lake, training_set, label="labels uploaded clips")
tm.flow(lake, retrain, training_set, label="monthly export")
tm.flow(retrain, registry, model_artifact)
tm.flow(registry, hub, model_artifact, protocol="https", label="over-the-air model update")
tm.flow(hub, detector, model_artifact, label="load model")

# Family app and care manager
tm.flow(lake, summariser, room_events, acknowledgement, label="daily batch")
tm.flow(summariser, accounts, wellbeing_summary)
tm.flow(family, portal, summary_request, protocol="https")
tm.flow(accounts, portal, wellbeing_summary, resident_profile)
tm.flow(portal, family, wellbeing_summary, protocol="https")
tm.flow(manager, portal, resident_profile, family_invite, room_config, protocol="https")
tm.flow(portal, manager, resident_profile, wellbeing_summary, protocol="https")
tm.flow(portal, accounts, resident_profile, family_invite, room_config)
