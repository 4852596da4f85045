"""Ferry passenger counting by camera: the first design, before any security review.

An EU ferry operator counts foot passengers as they board and leave each vessel,
so the bridge knows how many people are aboard against the certified capacity and
shore operations can check the count against the ticketing manifest. Overhead
cameras at each gangway stream video over the vessel network to an edge box that
runs a person-detection model and keeps the count, shown live on a display on the
bridge where the deck officer resets it before each sailing. Counts, and a small
sample of clips for retraining, go ashore over the vessel's satellite/4G link to an
ingestion API in our cloud. A labelling vendor annotates the clips; the ML team
retrains, stores versions in a registry and pushes approved models to the vessels.
Controls in this design: per-vessel API keys and TLS to shore, video kept only in
memory on board apart from the sampled clips, encrypted and time-limited clip
storage, SSO on the operations dashboard, and a sign-off before each model rollout.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry passenger counting vision",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based boarding and disembarkation counts for a ferry fleet.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Gangway video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Overhead video of passengers walking through the gangway.",
)
frames = tg.Data("Gangway video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data("Person detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
count = tg.Data(
    "Passenger count",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
reset = tg.Data("Count reset command", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data(
    "Sampled gangway clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of video per sailing, sampled for retraining.",
)
labels = tg.Data("Person box labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
weights = tg.Data("Person detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
manifest = tg.Data(
    "Sailing manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booked passengers per sailing, with names as required for longer routes.",
)
reconciliation = tg.Data("Count reconciliation", kind="records", sensitivity=tg.Sensitivity.PII)
correction = tg.Data("Count correction", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Gangway", trust=tg.Trust.UNTRUSTED):
    # Members of the public walking past the cameras.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))

with tm.boundary("Vessel network", trust=tg.Trust.INTERNAL):
    # Overhead IP cameras, one or two per gangway.
    camera = tm.add(tg.Device("Gangway camera", description="Off-the-shelf PoE IP camera."))
    # Runs the detector on each frame, tracks people across the line and keeps the tally.
    edge = tm.add(
        tg.Service(
            "Edge counting unit",
            description="Industrial PC on the vessel LAN; one per vessel.",
            controls={
                c.DataMinimization(
                    note="video processed in memory; only counts and sampled clips leave"
                ),
            },
        )
    )
    # Finds people in each frame; the count it drives decides when boarding stops.
    detector = tm.add(
        tg.Model(
            "Person detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Open-weights object detector fine-tuned on our gangway footage.",
            controls={c.ModelValidation(note="count accuracy checked against manual tallies")},
        )
    )
    # Shows the live count on the bridge; the officer resets it before each sailing.
    display = tm.add(tg.Device("Bridge count display", fleet=False))
    # Responsible for not exceeding certified capacity; stops boarding at the limit.
    officer = tm.add(tg.Actor("Deck officer", role="ship's officer"))

with tm.boundary("Shore cloud", trust=tg.Trust.INTERNAL):
    # Receives counts and sampled clips from every vessel over the public internet.
    ingest = tm.add(
        tg.Endpoint(
            "Count ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-vessel API key")},
        )
    )
    # Counts per sailing and gangway, for operations and safety records.
    counts_db = tm.add(
        tg.DataStore(
            "Voyage counts database",
            stores={count, correction},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Shore view comparing counts with the ticketing manifest.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Sampled clips and their labels, used for retraining.
        clip_set = tm.add(
            tg.Dataset(
                "Training clip dataset",
                stores={clips, labels},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RetentionLimits(days=180),
                },
            )
        )
        # Fine-tunes the detector on the labelled clips.
        training = tm.add(tg.Pipeline("Detector training", stage=tg.Stage.TRAINING))
        # Versions of the detector.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )
        # Pushes an approved model version to the edge units over the air.
        ota = tm.add(
            tg.Pipeline(
                "Over-the-air model rollout",
                stage=tg.Stage.DEPLOYMENT,
                controls={c.HumanInTheLoop(approver="ML lead")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Shore staff who follow sailings and correct counts after the fact.
    controller = tm.add(tg.Actor("Operations controller", role="shore operations"))

with tm.boundary("Ticketing provider", trust=tg.Trust.PARTNER):
    # The booking system that knows who bought a ticket for each sailing.
    ticketing = tm.add(
        tg.ExternalService("Ticketing system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Labelling vendor", trust=tg.Trust.PARTNER):
    # Contract annotators who draw person boxes on the sampled clips.
    annotator = tm.add(tg.Actor("Labelling vendor annotator", role="contract annotator"))

# ---------------------------------------------------------------- flows
tm.flow(passenger, camera, video, label="walks through gangway")
tm.flow(camera, edge, video, protocol="rtsp")
tm.flow(edge, detector, frames)
tm.flow(detector, edge, detections)
tm.flow(edge, display, count, protocol="http", label="live count")
tm.flow(display, officer, count)
tm.flow(officer, display, reset, label="reset before sailing")
tm.flow(display, edge, reset, protocol="http")

tm.flow(edge, ingest, count, protocol="https", label="counts over satellite/4G")
tm.flow(edge, ingest, clips, protocol="https", label="sampled clip upload")
tm.flow(ingest, counts_db, count)
tm.flow(ingest, clip_set, clips)

tm.flow(counts_db, dashboard, count, correction)
tm.flow(ticketing, dashboard, manifest, protocol="https")
tm.flow(dashboard, controller, reconciliation, protocol="https")
tm.flow(controller, dashboard, correction, protocol="https")
tm.flow(dashboard, counts_db, correction)

tm.flow(clip_set, annotator, clips, protocol="sftp")
tm.flow(annotator, clip_set, labels, protocol="sftp")
tm.flow(clip_set, training, clips, labels)
tm.flow(training, registry, weights)
tm.flow(registry, ota, weights)
tm.flow(ota, detector, weights, protocol="https", label="over-the-air update")
