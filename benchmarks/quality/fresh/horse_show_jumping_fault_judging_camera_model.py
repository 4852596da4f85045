"""Show jumping fault judging camera model: the first design.

An international show jumping venue in the EU wants help with judging faults. Fixed
cameras around the arena stream video to an edge server in the venue's equipment
room, where a vision model trained in-house detects knocked-down poles and refusals
at each fence. A fault event service matches each detection to the rider on course
and the fence number from the start list and course plan that the timing and
scoring provider's system supplies, and puts it on the ground jury's console with a
replay clip. The jury confirms or rejects each fault; only confirmed faults go to
the scoring system, which runs the scoreboard and results. Clips are kept for
appeals and, after annotation by the venue's vision team, to retrain the model in
the venue's cloud account. Judges sign in to the console with their own accounts
and every decision is logged; clips are deleted after the appeal period.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Show jumping fault judging camera model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Camera-based knockdown and refusal detection, confirmed by the ground jury.",
)

# ---------------------------------------------------------------- data assets
arena_video = tg.Data(
    "Arena video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live streams of the course; riders, grooms and spectators are identifiable.",
)
frames = tg.Data("Fence camera frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Fault detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Knockdown or refusal, fence zone, timestamp and confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fault_clips = tg.Data(
    "Fault replay clips",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of video around each detection, for the jury and appeals.",
)
start_list = tg.Data(
    "Start list and course plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rider and horse names, draw order, fence numbering and time allowed.",
)
proposed_faults = tg.Data(
    "Proposed faults",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Detected faults tied to the rider on course and the fence number.",
)
jury_decision = tg.Data(
    "Jury fault decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
confirmed_faults = tg.Data(
    "Confirmed faults",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
round_result = tg.Data("Round result", kind="records", sensitivity=tg.Sensitivity.PII)
labels = tg.Data(
    "Fault labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_clips = tg.Data(
    "Labeled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data("Fault model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Arena camera network", trust=tg.Trust.INTERNAL):
    # Fixed PoE cameras, two to four per fence, on a VLAN of their own.
    cameras = tm.add(
        tg.Device(
            "Arena cameras",
            fleet=True,
            description="IP cameras covering every fence and the in-gate.",
        )
    )

with tm.boundary("Venue equipment room", trust=tg.Trust.INTERNAL):
    # Edge server that decodes the streams, cuts frames per fence and buffers clips.
    ingest = tm.add(tg.Service("Video ingest server"))
    # The vision model: detects a pole leaving its cups, or a horse stopping at a fence.
    model = tm.add(
        tg.Model(
            "Fault detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Detects knockdowns and refusals per fence; its faults decide placings and prize money.",
            controls={
                c.HumanInTheLoop(approver="the ground jury, for every fault before it is scored")
            },
        )
    )
    # Turns detections into faults for the rider on course, using the start list.
    fault_service = tm.add(tg.Service("Fault event service"))
    # Replay clips kept for the jury, for appeals and for training.
    clip_archive = tm.add(
        tg.DataStore(
            "Clip archive",
            stores={fault_clips},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Tablet app in the judges' box where the ground jury confirms or rejects faults.
    jury_console = tm.add(
        tg.Service(
            "Ground jury console",
            controls={
                c.Authentication(method="individual username and password"),
                c.AuditLogging(),
            },
        )
    )
    # The officials who judge the competition under the rules; they decide every fault.
    jury = tm.add(tg.Actor("Ground jury", role="judge"))

with tm.boundary("Timing and scoring provider", trust=tg.Trust.PARTNER):
    # The provider's scoring system: start lists, scoreboard, official results.
    scoring = tm.add(
        tg.ExternalService(
            "Scoring system",
            description="The timing and scoring provider's software, run by their operator at the venue.",
        )
    )

with tm.boundary("Venue cloud account", trust=tg.Trust.INTERNAL):
    # Annotation of archived clips by the vision team.
    labeling = tm.add(tg.Pipeline("Clip annotation", stage=tg.Stage.LABELING))
    # The venue's vision engineers: label clips and release new model versions.
    vision_team = tm.add(tg.Actor("Vision engineer", role="ml engineer", privileged=True))
    # Curated, labeled clips the model is trained on.
    dataset = tm.add(
        tg.Dataset(
            "Fault training set",
            stores={training_clips, labels},
            controls={c.DataVersioning()},
        )
    )
    # Retrains the detector between shows.
    training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))
    # Holds versioned model weights that the edge server loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# live detection
tm.flow(cameras, ingest, arena_video, protocol="rtsp")
tm.flow(ingest, model, frames)
tm.flow(model, fault_service, detections)
tm.flow(ingest, clip_archive, fault_clips)

# matching to the rider on course
tm.flow(scoring, fault_service, start_list, protocol="https", label="current competitor")

# jury confirmation
tm.flow(fault_service, jury_console, proposed_faults)
tm.flow(clip_archive, jury_console, fault_clips, label="replay")
tm.flow(jury_console, jury, proposed_faults, fault_clips)
tm.flow(jury, jury_console, jury_decision)
tm.flow(jury_console, fault_service, jury_decision)

# confirmed faults to scoring, and the round result back
tm.flow(jury_console, scoring, confirmed_faults, protocol="https")
tm.flow(scoring, jury_console, round_result, protocol="https")

# retraining between shows
tm.flow(clip_archive, labeling, fault_clips, protocol="https")
tm.flow(vision_team, labeling, labels, protocol="https")
tm.flow(labeling, dataset, training_clips, labels)
tm.flow(dataset, training, training_clips, labels)
tm.flow(training, registry, weights)
tm.flow(vision_team, registry, release, protocol="https", label="approves release")
tm.flow(registry, ingest, weights, protocol="https", label="deploy to edge")
tm.flow(ingest, model, weights, label="load")
