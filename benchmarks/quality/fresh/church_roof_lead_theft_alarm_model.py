"""Church roof lead-theft alarm for a diocese: the first design.

Thieves strip lead from church roofs at night. The diocese fits its at-risk
churches with roof-level beam and lead-tamper sensors and thermal cameras that
cover the roof slopes, wired to a site alarm hub with a 4G router. When a roof
sensor trips, the hub sends the trigger and a short thermal clip to the
diocese's cloud service, where an in-house person detector checks the clip for
a person (rather than birds, cats or moving branches) and an alarm service
combines it with the site's schedule of notified roof works. Confirmed alarms go
to a contracted alarm receiving centre (ARC), whose operator views the clip and
phones the police or the churchwarden. Churchwardens keep keyholder details and
roof-works notices up to date in a parish portal; the diocesan security officer
reviews alarms and labels clips for quarterly retraining. Controls: per-hub
device certificates, encrypted DC-09 signalling to an NSI Gold ARC, password
sign-in to the portal, encrypted clip storage kept 31 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Church roof lead-theft alarm",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Detects people on church roofs at night from roof sensors and thermal cameras "
        "and alerts a monitoring centre, which calls the police or the churchwarden."
    ),
)

# ---------------------------------------------------------------- data assets
sensor_triggers = tg.Data(
    "Roof sensor triggers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Zone, sensor id, beam break or lead tamper, time.",
)
thermal_clips = tg.Data(
    "Thermal roof clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Ten-second thermal video of the roof around each trigger; may show people.",
)
site_event = tg.Data(
    "Site alarm event",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The trigger, its clip and the hub's site id, as sent from the church.",
)
detection = tg.Data(
    "Person detection result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Person on roof or not, with the frames it was seen in.",
)
site_records = tg.Data(
    "Site and keyholder records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Church addresses, roof zone plans, churchwardens' and keyholders' names and phones.",
)
roof_works = tg.Data(
    "Roof works notices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Dates and times contractors are allowed on the roof; alarms are held then.",
)
alarm_signal = tg.Data(
    "Alarm signal with clip",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Site, zone, detection result, clip and keyholder list for the operator.",
)
disposition = tg.Data(
    "Alarm disposition",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acknowledged, police called, keyholder called, or false alarm.",
)
police_report = tg.Data(
    "Police incident call",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Church address, what the clip shows, URN of the alarm.",
)
keyholder_callout = tg.Data("Keyholder call-out", kind="records", sensitivity=tg.Sensitivity.PII)
alarm_history = tg.Data(
    "Alarm history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every alarm event, its detection result, clip and disposition.",
)
clip_labels = tg.Data(
    "Clip labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reviewed outcome per clip: person, animal, weather, foliage.",
)
detector_weights = tg.Data(
    "Detector weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned person detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Church sites", trust=tg.Trust.INTERNAL):
    # The first sign of someone on the roof: beam breaks in the valleys and lead tamper.
    roof_sensors = tm.add(
        tg.Device(
            "Roof sensors",
            fleet=True,
            description="Wireless active-infrared beams and lead-tamper sensors, several per church.",
        )
    )
    # Thermal cameras let the detector and the operator see what tripped the sensor.
    cameras = tm.add(
        tg.Device(
            "Thermal roof cameras",
            fleet=True,
            description="Fixed thermal cameras under the eaves and on the tower covering roof slopes.",
        )
    )
    # Per-church hub: gathers triggers, cuts the clip, sends both over 4G.
    hub = tm.add(
        tg.Device(
            "Site alarm hub",
            fleet=True,
            description="Alarm panel with 4G router and clip buffer, one per church.",
        )
    )

with tm.boundary("Diocesan cloud", trust=tg.Trust.INTERNAL):
    # Receives events from every church hub.
    ingestion = tm.add(
        tg.Endpoint(
            "Event ingestion endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-hub X.509 device certificates")},
        )
    )
    # Tells a person on the roof from birds, cats and branches, to cut false alarms.
    detector = tm.add(
        tg.Model(
            "Person-on-roof detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned thermal person detector; a person raises an alarm to the ARC.",
        )
    )
    # Combines the trigger, the detection and the site's roof-works schedule; raises alarms.
    alarm_service = tm.add(
        tg.Service(
            "Alarm decision service",
            description="Holds alarms during notified roof works; otherwise alarms on a detected person.",
            controls={
                c.HumanInTheLoop(approver="ARC operator views the clip before calling the police"),
            },
        )
    )
    # Churches, roof zones, keyholders and roof-works notices.
    site_register = tm.add(
        tg.DataStore("Site and keyholder register", stores={site_records, roof_works})
    )
    # Alarm events and clips, for the ARC, the security officer and retraining.
    event_store = tm.add(
        tg.DataStore(
            "Alarm event and clip store",
            stores={alarm_history, thermal_clips, clip_labels},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=31),
            },
        )
    )
    # Where churchwardens notify roof works and keep keyholders current; staff review alarms.
    portal = tm.add(
        tg.Service(
            "Parish portal",
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="churchwarden and diocesan staff roles"),
            },
        )
    )
    # Quarterly fine-tuning on the clips the security officer has labelled.
    retraining = tm.add(tg.Pipeline("Detector retraining pipeline", stage=tg.Stage.FINE_TUNING))
    # Storage bucket the detector's weights are loaded from.
    model_store = tm.add(tg.ModelRegistry("Detector model store", stores={detector_weights}))

with tm.boundary("Alarm receiving centre", trust=tg.Trust.PARTNER):
    # Contracted 24-hour monitoring centre that handles confirmed alarms.
    arc_platform = tm.add(
        tg.ExternalService(
            "ARC alarm platform",
            description="The ARC's alarm management software; takes SIA DC-09 signals.",
            controls={c.SupplierAssessment(note="ARC chosen for NSI Gold certification")},
        )
    )
    # Views the clip and decides whom to call.
    arc_operator = tm.add(tg.Actor("ARC operator", role="alarm monitoring operator"))

with tm.boundary("Diocesan office", trust=tg.Trust.INTERNAL):
    # Manages sites and keyholders, reviews alarms and labels clips.
    security_officer = tm.add(
        tg.Actor("Diocesan security officer", role="property and security officer", privileged=True)
    )

with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # Volunteer who holds the keys and is called out to the church.
    churchwarden = tm.add(tg.Actor("Churchwarden", role="churchwarden and keyholder"))
    # Dispatches officers to a verified roof intrusion.
    police = tm.add(tg.Actor("Police control room", role="police call handler"))

# ---------------------------------------------------------------- flows
# at the church
tm.flow(roof_sensors, hub, sensor_triggers, protocol="868 MHz alarm radio")
tm.flow(cameras, hub, thermal_clips, protocol="rtsp")
tm.flow(hub, ingestion, site_event, protocol="mqtts")

# detection and alarm decision
tm.flow(ingestion, alarm_service, site_event)
tm.flow(ingestion, event_store, alarm_history, thermal_clips)
tm.flow(alarm_service, detector, thermal_clips)
tm.flow(detector, alarm_service, detection)
tm.flow(site_register, alarm_service, site_records, roof_works)
tm.flow(alarm_service, event_store, alarm_history)

# monitoring centre and call-outs
tm.flow(
    alarm_service,
    arc_platform,
    alarm_signal,
    protocol="sia-dc-09",
    controls={c.EncryptionInTransit(protocol="DC-09 AES-128")},
)
tm.flow(arc_platform, alarm_service, disposition, protocol="sia-dc-09")
tm.flow(arc_platform, arc_operator, alarm_signal)
tm.flow(arc_operator, arc_platform, disposition)
tm.flow(site_register, arc_platform, site_records, protocol="https", label="nightly keyholder sync")
tm.flow(arc_operator, police, police_report, protocol="phone")
tm.flow(arc_operator, churchwarden, keyholder_callout, protocol="phone")

# parish portal
tm.flow(churchwarden, portal, roof_works, site_records, protocol="https")
tm.flow(portal, churchwarden, roof_works, site_records, protocol="https")
tm.flow(portal, site_register, roof_works, site_records)
tm.flow(site_register, portal, roof_works, site_records)
tm.flow(security_officer, portal, site_records, clip_labels, protocol="https")
tm.flow(portal, security_officer, alarm_history, thermal_clips, protocol="https")
tm.flow(event_store, portal, alarm_history, thermal_clips)
tm.flow(portal, event_store, clip_labels)

# retraining
tm.flow(event_store, retraining, thermal_clips, clip_labels, label="quarterly export")
tm.flow(retraining, model_store, detector_weights)
tm.flow(model_store, detector, detector_weights, label="load on deploy")
