"""Care home fall detection with ceiling radar: the first design, before any security review.

Each resident's room has a ceiling mmWave radar (no camera) that streams point-cloud
readings over the home's sensor Wi-Fi to an edge server in the comms room, where a
fall detection model runs on short windows of readings. On a detected fall an alert
manager looks up the room in the resident roster (synced nightly from the group's
care management SaaS), stores the event and pages night staff through the existing
nurse-call gateway and its radio pagers. Staff confirm or dismiss each alert on the
nurse station dashboard; outcomes and the readings around each event go to the care
group's cloud, where the model is retrained quarterly and pulled by the edge server.
Residents are in the UK and EU, and the events are health data. Controls so far:
staff sign in with their own accounts, the edge disk is encrypted, events are kept
90 days, a DPIA covers the processing, uploads leave out names, models are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care home radar fall detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Ceiling radar and an edge model detect falls in residents' rooms and page night staff.",
)

# ---------------------------------------------------------------- data assets
movement = tg.Data(
    "Resident movement and posture",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="What the radar senses of the person in the room.",
)
readings = tg.Data(
    "Radar point cloud readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
window_features = tg.Data("Motion window features", kind="features", sensitivity=tg.Sensitivity.PII)
fall_event = tg.Data(
    "Fall detection event",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Room, time, confidence and the fall type the model saw.",
)
roster = tg.Data(
    "Resident room roster",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Resident name, room, and fall-risk notes from the care plan.",
)
page = tg.Data(
    "Fall alert page",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Room number, resident first name and 'possible fall'.",
)
outcome = tg.Data(
    "Alert outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fall confirmed, false alarm or resident already assisted, with a note.",
)
event_clips = tg.Data(
    "Labelled event windows",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Readings around each alert with its outcome, keyed by room, not by name.",
)
artifact = tg.Data("Fall model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Residents' rooms", trust=tg.Trust.INTERNAL):
    # The person the system watches over; sensed, never asked.
    resident = tm.add(tg.Actor("Resident", role="care home resident"))
    # One ceiling radar per room, on the sensor Wi-Fi.
    radar = tm.add(tg.Device("Ceiling radar sensors", description="mmWave radar, one per room."))

with tm.boundary("Care home site network", trust=tg.Trust.INTERNAL):
    # Edge server: windows the readings and runs the model.
    edge = tm.add(tg.Service("Edge inference service"))
    # The fall detector on the edge server.
    model = tm.add(
        tg.Model(
            "Fall detection model",
            task=tg.Task.DETECTOR,
            high_stakes=True,
            description="1D-CNN over 4-second windows of point-cloud features.",
        )
    )
    # Decides whom to page and records every event.
    alerts = tm.add(tg.Service("Alert manager"))
    # Events and their outcomes on the edge server.
    event_store = tm.add(
        tg.DataStore(
            "Fall event store",
            stores={fall_event, outcome, readings},
            controls={
                c.EncryptionAtRest(key_management="full-disk encryption, key in the server TPM"),
                c.RetentionLimits(days=90),
                c.ImpactAssessment(basis="provision of health or social care, Art. 9(2)(h)"),
            },
        )
    )
    # Local copy of who is in which room.
    roster_db = tm.add(tg.DataStore("Resident roster", stores={roster}))
    # The care home's existing nurse-call system, which drives the paging transmitter.
    nurse_call = tm.add(tg.Device("Nurse-call paging gateway", fleet=False))
    # Pagers carried by the night staff.
    pagers = tm.add(tg.Device("Night staff pagers"))
    # Web dashboard on the nurse station PC and the staff tablets.
    dashboard = tm.add(
        tg.Service(
            "Nurse station dashboard",
            controls={
                c.Authentication(method="each staff member's own username and password"),
                c.RBAC(),
            },
        )
    )
    # Carers and nurses on the night shift.
    staff = tm.add(tg.Actor("Night staff", role="carer"))

with tm.boundary("Care software vendor", trust=tg.Trust.PARTNER):
    # The care management SaaS the group uses: source of resident and room records.
    care_system = tm.add(tg.ExternalService("Care management system", provides="data-provider"))

with tm.boundary("Care group cloud", trust=tg.Trust.INTERNAL):
    # Uploaded event windows and outcomes from all homes.
    dataset = tm.add(
        tg.Dataset(
            "Fall event dataset",
            stores={event_clips},
            controls={c.DataMinimization(note="names dropped on the edge before upload")},
        )
    )
    # Quarterly retraining job.
    training = tm.add(tg.Pipeline("Quarterly retraining", stage=tg.Stage.TRAINING))
    # Versions of the model the edge servers download.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# detection
tm.flow(resident, radar, movement, label="sensed in the room")
tm.flow(radar, edge, readings, protocol="mqtt", label="sensor Wi-Fi")
tm.flow(edge, model, window_features)
tm.flow(model, edge, fall_event)
tm.flow(edge, alerts, fall_event, readings)

# alerting
tm.flow(roster_db, alerts, roster, label="room lookup")
tm.flow(alerts, event_store, fall_event, readings)
tm.flow(alerts, nurse_call, page, protocol="ESPA 4.4.4 over RS-232")
tm.flow(nurse_call, pagers, page, protocol="pocsag")
tm.flow(pagers, staff, page, label="on the pager screen")

# review of each alert
tm.flow(event_store, dashboard, fall_event, protocol="https")
tm.flow(dashboard, staff, fall_event, roster, protocol="https")
tm.flow(roster_db, dashboard, roster, protocol="https")
tm.flow(staff, dashboard, outcome, protocol="https", label="confirm or dismiss")
tm.flow(dashboard, event_store, outcome, protocol="https")

# roster sync
tm.flow(care_system, roster_db, roster, protocol="https", label="nightly sync")

# retraining
tm.flow(event_store, dataset, event_clips, protocol="https", label="nightly upload")
tm.flow(dataset, training, event_clips)
tm.flow(training, registry, artifact)
tm.flow(registry, edge, artifact, protocol="https", label="edge server pulls new version")
tm.flow(edge, model, artifact, label="loads the model")
