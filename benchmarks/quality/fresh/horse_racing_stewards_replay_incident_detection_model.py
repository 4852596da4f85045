"""Stewards' replay incident detection: the first design, before any security review.

A racecourse wants a second pair of eyes for its stewards. The camera contractor's
patrol and head-on cameras feed race video over the course's fibre network to a
replay ingest service, which cuts each race and archives it. Straight after each
race a replay analysis service decodes the frames, tracks each runner against the
racecard declarations it gets from the racing administration, and runs an in-house
detection model that flags possible interference (a horse crossing, bumping,
squeezing) with the horses and jockeys involved, a confidence and the clip. Flags
appear on the console in the stewards' inquiry room; the stewards alone decide
whether to hold an inquiry. Their outcomes are turned into labels for retraining
in the ML cloud account, and new models are promoted from a registry. Controls in
this design: individual sign-in and roles on the console, stewards deciding every
inquiry, model versioning, evaluation before release and an audit log of flags.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Stewards' replay incident detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags possible interference incidents in race replays for the stewards.",
)

# ---------------------------------------------------------------- data assets
race_video = tg.Data(
    "Race patrol video",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Patrol, head-on and pan camera angles; jockeys are identifiable.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
declarations = tg.Data(
    "Racecard declarations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Runners, draw, silks, jockeys and trainers for each race.",
)
frames = tg.Data(
    "Decoded video frames and runner tracks",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
detections = tg.Data(
    "Interference detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Time window, horses and jockeys involved, type of incident, confidence.",
)
flags = tg.Data(
    "Incident flags with clips",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
outcomes = tg.Data(
    "Stewards' inquiry outcomes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether an inquiry was held, its finding and any penalty.",
)
labels = tg.Data(
    "Incident labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labelled race clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Detection model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Camera contractor", trust=tg.Trust.PARTNER):
    # The contractor films every race for the stewards and the broadcasters.
    cameras = tm.add(
        tg.DataSource(
            "Patrol camera feeds",
            origin=tg.Origin.PARTNER,
            provides={race_video},
            description="Camera contractor's feeds from the OB unit at the course.",
        )
    )

with tm.boundary("Racing administration", trust=tg.Trust.PARTNER):
    # The sport's declarations system: who runs and who rides in each race.
    racecard = tm.add(
        tg.DataSource(
            "Racecard declarations feed",
            origin=tg.Origin.PARTNER,
            provides={declarations},
        )
    )

with tm.boundary("Racecourse network", trust=tg.Trust.INTERNAL):
    # Records the feeds, cuts each race and archives it.
    ingest = tm.add(tg.Service("Replay ingest service"))
    # Every race's video, kept for inquiries, appeals and training.
    archive = tm.add(tg.DataStore("Race video archive", stores={race_video}))
    # Decodes frames, tracks runners and runs the detector after each race.
    analysis = tm.add(tg.Service("Replay analysis service"))
    # The detector: possible interference in a race, with a confidence.
    detector = tm.add(
        tg.Model(
            "Interference detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Video model over runner tracks; flags above a confidence threshold.",
        )
    )
    # Flags, clips and the stewards' outcome for each flag.
    incident_store = tm.add(
        tg.DataStore(
            "Incident flag store",
            stores={flags, outcomes},
            controls={c.AuditLogging()},
        )
    )
    # Screen in the inquiry room: plays flagged clips beside the camera angles.
    console = tm.add(
        tg.Endpoint(
            "Inquiry room review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="individual username and password"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the stewards' panel decides every inquiry"),
            },
        )
    )

    with tm.boundary("Stewards' inquiry room", trust=tg.Trust.INTERNAL):
        # The raceday stewards, who review flags and hold inquiries.
        stewards = tm.add(tg.Actor("Raceday stewards", role="steward"))

with tm.boundary("ML cloud account", trust=tg.Trust.INTERNAL):
    # Turns stewards' outcomes and archived clips into labelled training data.
    labelling = tm.add(tg.Pipeline("Inquiry outcome labelling job", stage=tg.Stage.LABELING))
    # Labelled clips from past races and inquiries.
    training_set = tm.add(
        tg.Dataset("Labelled incident training set", stores={labels, training_clips})
    )
    # Retrains the detector at the end of each season block.
    training = tm.add(
        tg.Pipeline(
            "Detector training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="held-out races scored before release")},
        )
    )
    # Released model versions; the analysis service pulls the current one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and releases the detector.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(cameras, ingest, race_video, protocol="rtsp", label="course fibre")
tm.flow(ingest, archive, race_video)
tm.flow(archive, analysis, race_video, label="race just run")
tm.flow(racecard, analysis, declarations, protocol="https")

tm.flow(analysis, detector, frames)
tm.flow(detector, analysis, detections)
tm.flow(analysis, incident_store, flags)
tm.flow(incident_store, console, flags)
tm.flow(archive, console, race_video, label="other camera angles")
tm.flow(console, stewards, flags, race_video)
tm.flow(stewards, console, outcomes, label="inquiry held or no further action")
tm.flow(console, incident_store, outcomes)

tm.flow(incident_store, labelling, flags, outcomes, protocol="https", label="weekly export")
tm.flow(archive, labelling, race_video, protocol="https", label="weekly export")
tm.flow(labelling, training_set, labels, training_clips)
tm.flow(training_set, training, labels, training_clips)
tm.flow(ml_engineer, training, label="starts training run")
tm.flow(training, registry, weights)
tm.flow(registry, analysis, weights, protocol="https", label="pulls released version")
