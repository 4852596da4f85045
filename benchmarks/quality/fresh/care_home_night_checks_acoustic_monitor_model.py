"""Care home night acoustic monitoring: the first design, before any security review.

Our care homes replace hourly in-room night checks with listening. An acoustic
sensor in each resident's bedroom sends short sound segments, only when the sound
level passes a threshold, over a dedicated Wi-Fi network to a sensor hub in the
home. The hub forwards them over mutual TLS to our cloud, where an in-house
detection model flags falls, calls for help, distress and irregular breathing.
An alerting service matches each event to the resident's care profile and pushes
an alert, with a ten-second clip, to the night staff's shared handsets; staff
record what they found, and if the hub or the model goes quiet the handsets tell
staff to go back to in-person checks. Care managers set each resident's alert
profile in a web dashboard (individual accounts with TOTP). Clips and check
outcomes are kept 30 days, encrypted, and confirmed events are labelled into a
dataset for periodic retraining; new models go through the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care home night acoustic monitoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Listens in residents' bedrooms at night for falls, distress and breathing "
    "problems, and alerts night staff to check on them.",
)

# ---------------------------------------------------------------- data assets
sounds = tg.Data(
    "Bedroom sounds",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the sensor microphone picks up in a resident's room at night.",
)
segments = tg.Data(
    "Bedroom sound segments",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Five-second audio segments above the loudness threshold, tagged with sensor id.",
)
events = tg.Data(
    "Detected night events",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Fall, call for help, distress or irregular breathing, with a confidence.",
)
profiles = tg.Data(
    "Resident care profiles",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Room and sensor mapping, falls risk, breathing conditions, alert settings.",
)
alert = tg.Data(
    "Resident alert",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Room, resident, event type and a link to the clip.",
)
clip = tg.Data("Alert audio clip", kind="media", sensitivity=tg.Sensitivity.REGULATED)
outcome = tg.Data(
    "Check outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.REGULATED,
    description="What the carer found: fall, resident settled, false alarm.",
)
night_report = tg.Data("Night event report", kind="records", sensitivity=tg.Sensitivity.REGULATED)
labelled = tg.Data(
    "Labelled event clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Clips labelled from staff check outcomes.",
)
weights = tg.Data("Acoustic model artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Resident bedrooms", trust=tg.Trust.PARTNER):
    # The residents being listened to; they do not use the system.
    resident = tm.add(tg.Actor("Resident", role="care home resident"))
    # Wall-mounted microphone unit with a loudness gate, one per bedroom.
    sensor = tm.add(tg.Device("Bedroom acoustic sensor", fleet=True))

with tm.boundary("Care home site", trust=tg.Trust.INTERNAL):
    # Collects segments from the home's sensors and forwards them to the cloud.
    hub = tm.add(
        tg.Device(
            "Care home sensor hub",
            fleet=True,
            description="One per home, on the staff network, with a per-hub client certificate.",
        )
    )
    # Night care assistants who check on residents when alerted.
    carer = tm.add(tg.Actor("Night care assistant", role="carer"))
    # The home's handsets carried on the night shift; show alerts and play clips.
    handset = tm.add(
        tg.Device(
            "Night staff handset app",
            fleet=True,
            description="Shared phones kept at the nurse station between shifts.",
            controls={c.Authentication(method="shared night-shift PIN on the home's handsets")},
        )
    )
    # Sets each resident's alert profile and reads the night reports.
    manager = tm.add(tg.Actor("Care manager", role="home manager"))

with tm.boundary("Monitoring cloud", trust=tg.Trust.INTERNAL):
    # Receives segments from the hubs and hands them to the model.
    ingest = tm.add(
        tg.Endpoint(
            "Audio ingestion endpoint",
            purpose=tg.EndpointPurpose.INFERENCE,
            internet_facing=True,
            controls={
                c.Authentication(method="per-hub X.509 client certificates"),
                c.InputValidation(note="segment length, sample rate and sensor id checked"),
            },
        )
    )
    # Sound event detector trained by our data team on labelled night audio.
    detector = tm.add(
        tg.Model(
            "Night acoustic event model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Detects falls, calls for help, distress and irregular breathing.",
        )
    )
    # Turns events into alerts for the right room and staff, and watches for silence.
    alerting = tm.add(
        tg.Service(
            "Night alerting service",
            controls={
                c.FailClosed(
                    fallback="if a hub or the model sends nothing for two minutes, handsets "
                    "alarm and staff return to in-person checks"
                ),
            },
        )
    )
    # Per-resident settings that decide which events alert and how loudly.
    profile_store = tm.add(
        tg.DataStore(
            "Resident care profile store",
            stores={profiles},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Segments, alerts, clips and outcomes for the night report and labelling.
    event_store = tm.add(
        tg.DataStore(
            "Event and clip store",
            stores={segments, alert, clip, outcome},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=30),
            },
        )
    )
    # Web dashboard for care managers.
    dashboard = tm.add(
        tg.Endpoint(
            "Care manager dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual e-mail and password with TOTP"),
                c.RBAC(note="managers see the residents of their own home"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.RESTRICTED):
        # Confirmed and false-alarm clips with their labels.
        dataset = tm.add(tg.Dataset("Labelled night audio set", stores={labelled}))
        # Periodic retraining of the detector on the labelled set.
        training = tm.add(tg.Pipeline("Detector retraining pipeline", stage=tg.Stage.TRAINING))
        # Versions of the detector; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(resident, sensor, sounds)
tm.flow(sensor, hub, segments, protocol="mqtt", label="over the sensor Wi-Fi (WPA2)")
tm.flow(hub, ingest, segments, protocol="mtls")
tm.flow(ingest, detector, segments)
tm.flow(ingest, event_store, segments)
tm.flow(detector, alerting, events)

tm.flow(profile_store, alerting, profiles, label="resident and room lookup")
tm.flow(alerting, handset, alert, protocol="https", label="push alert")
tm.flow(event_store, handset, clip, protocol="https")
tm.flow(handset, carer, alert, clip)
tm.flow(carer, handset, outcome)
tm.flow(handset, alerting, outcome, protocol="https")
tm.flow(alerting, event_store, alert, outcome)

tm.flow(manager, dashboard, profiles, protocol="https", label="edit alert profiles")
tm.flow(dashboard, profile_store, profiles)
tm.flow(profile_store, dashboard, profiles)
tm.flow(event_store, dashboard, night_report)
tm.flow(dashboard, manager, night_report, protocol="https")

tm.flow(event_store, dataset, labelled, label="weekly export of labelled clips")
tm.flow(dataset, training, labelled)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
