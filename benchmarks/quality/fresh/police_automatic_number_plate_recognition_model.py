"""Police automatic number plate recognition: the first design, before any security review.

The force's fixed and mobile roadside ANPR cameras send frames of passing vehicles
over a private mobile network to the ANPR back office in the force data centre. A
plate-reading model, trained in-house, reads each plate; every read is kept in the
read store and matched against hotlists (stolen, wanted, uninsured vehicles) built
from the national police systems' extracts plus local entries that control room
operators add. A hit is pushed as an alert with the capture image to the mobile
data terminals in patrol cars, and the officer checks the image against the
vehicle before deciding to stop it. Operators search reads and correct misreads in
a web console; the corrections become labels for the data science team's periodic
retraining. Controls in this design: per-camera keys, smartcard sign-in with roles
and audit logging on the console, encrypted reads kept for one year, evaluation
before a model is registered, and the officer's visual check of every hit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Police automatic number plate recognition",
    profile=tg.RiskProfile.HIGH,
    # Law-enforcement processing of personal data (the GDPR's sibling regime for
    # police); gdpr is the nearest framework the vocabulary offers.
    frameworks={"gdpr"},
    description=(
        "Roadside cameras, a plate-reading model and hotlist matching that alerts "
        "officers in patrol cars."
    ),
)

# ---------------------------------------------------------------- data assets
frames = tg.Data(
    "Vehicle capture images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Plate patch and overview image; occupants can be visible.",
)
reads = tg.Data(
    "Plate reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Plate text, read confidence, camera, location and time of each pass.",
)
hotlist = tg.Data(
    "Hotlist entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Plates of interest with the reason and the action officers should take.",
)
alert = tg.Data("Hotlist hit alert", kind="records", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data("Stop outcome", kind="records", sensitivity=tg.Sensitivity.PII)
camera_key = tg.Data("Camera API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
search = tg.Data("Read search request", kind="records", sensitivity=tg.Sensitivity.PII)
corrections = tg.Data(
    "Misread corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data("Labelled plate crops", kind="training-data", sensitivity=tg.Sensitivity.PII)
artifact = tg.Data(
    "Plate reader model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside camera estate", trust=tg.Trust.INTERNAL):
    # Force-owned cameras on poles, gantries and in ANPR vans; capture and upload only.
    camera = tm.add(
        tg.Device(
            "Roadside ANPR camera",
            fleet=True,
            description="Infrared camera with a 4G router on the force's private APN.",
        )
    )

with tm.boundary("National police systems", trust=tg.Trust.PARTNER):
    # Nationally maintained vehicle-of-interest and insurance/licensing extracts.
    national_feed = tm.add(
        tg.DataSource(
            "National hotlist extract",
            origin=tg.Origin.PARTNER,
            provides={hotlist},
            description="Several extracts a day from national police and vehicle databases.",
        )
    )

with tm.boundary("Force data centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("ANPR back office", trust=tg.Trust.RESTRICTED):
        # Receives frames from the whole camera fleet.
        ingest = tm.add(
            tg.Service(
                "Frame ingest service",
                controls={c.Authentication(method="per-camera API key")},
            )
        )
        # Reads the plate characters from each frame.
        plate_reader = tm.add(
            tg.Model(
                "Plate reading model",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                returns_scores=True,
                high_stakes=True,
                description="Plate localisation and character recognition with a confidence.",
            )
        )
        # Compares each read with the current hotlists and raises hits.
        matcher = tm.add(tg.Service("Hotlist matching service"))
        # The merged national and local hotlists.
        hotlist_store = tm.add(tg.DataStore("Hotlist store", stores={hotlist}))
        # Every read, kept for investigations under the national ANPR standards.
        read_store = tm.add(
            tg.DataStore(
                "ANPR read store",
                stores={reads, frames, outcome},
                controls={
                    c.EncryptionAtRest(key_management="force HSM"),
                    c.RetentionLimits(days=365),
                },
            )
        )
        # Pushes hits to the terminals of patrol cars near the camera.
        dispatch = tm.add(
            tg.Service(
                "Alert dispatch service",
                controls={
                    c.HumanInTheLoop(
                        approver="the patrol officer, who checks the capture image "
                        "against the vehicle before any stop"
                    )
                },
            )
        )
        # Web console for control room operators: searches, local hotlist, corrections.
        console = tm.add(
            tg.Endpoint(
                "ANPR operator console",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="warrant card smartcard and PIN"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=730),
                },
            )
        )

    with tm.boundary("Data science enclave", trust=tg.Trust.INTERNAL):
        # Plate crops with confirmed text, from operator corrections.
        dataset = tm.add(tg.Dataset("Plate training set", stores={training_set, corrections}))
        # Periodic retraining and evaluation on a held-out set of plates.
        training = tm.add(
            tg.Pipeline(
                "Plate reader retraining",
                stage=tg.Stage.TRAINING,
                controls={c.ModelValidation()},
            )
        )
        # Versions of the plate reader; the back office loads the approved one.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={artifact}))
    # The force's data scientists who own the plate reader.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # Operators who maintain local hotlist entries and review reads.
    operator = tm.add(tg.Actor("Control room operator", role="ANPR operator"))

with tm.boundary("Patrol vehicles", trust=tg.Trust.INTERNAL):
    # In-car terminal showing hits with the capture image.
    mdt = tm.add(tg.Device("Patrol car mobile data terminal", fleet=True))
    # The officer who decides whether to stop the vehicle.
    officer = tm.add(tg.Actor("Patrol officer", role="police officer"))

# ---------------------------------------------------------------- flows
tm.flow(camera, ingest, frames, camera_key, protocol="https", label="over private APN")
tm.flow(ingest, plate_reader, frames)
tm.flow(plate_reader, ingest, reads)
tm.flow(ingest, read_store, reads, frames)
tm.flow(ingest, matcher, reads)
tm.flow(hotlist_store, matcher, hotlist)
tm.flow(national_feed, hotlist_store, hotlist, protocol="sftp", label="scheduled extract")
tm.flow(matcher, dispatch, alert)
tm.flow(dispatch, mdt, alert, frames, protocol="https")
tm.flow(mdt, officer, alert, frames)
tm.flow(officer, mdt, outcome)
tm.flow(mdt, dispatch, outcome, protocol="https")
tm.flow(dispatch, read_store, outcome)

tm.flow(operator, console, search, hotlist, corrections, protocol="https")
tm.flow(console, read_store, search)
tm.flow(read_store, console, reads, frames)
tm.flow(console, operator, reads, frames, protocol="https")
tm.flow(console, hotlist_store, hotlist, label="local entries")
tm.flow(console, dataset, corrections)
tm.flow(read_store, dataset, frames, label="crops of corrected reads")

tm.flow(dataset, training, training_set, corrections)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, approval, label="approves release")
tm.flow(registry, plate_reader, artifact, label="deploy")
