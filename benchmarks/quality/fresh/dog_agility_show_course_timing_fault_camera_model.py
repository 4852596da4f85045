"""Agility fault camera: the first design, before any security review.

A UK dog agility show organiser puts cameras at each ring's contact equipment and
jumps. A ringside edge box runs an in-house detector that flags missed contacts and
knocked poles and sends each fault to the timing and results system on the scorer's
laptop, which adds start and finish times from wireless timing gates and the judge's
own calls; the judge confirms or overrides camera faults on a ringside tablet.
Running orders come from the show entry company, and results go live on the
organiser's public results website. Run clips are kept at the ring for queries, then
uploaded, labelled by volunteers and used to retrain the detector in the cloud; the
edge box downloads the approved model before each show. The model is evaluated on
held-out show footage, result uploads need a per-show API key, and run clips are
deleted after 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Agility fault camera",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Camera detection of missed contacts and knocked poles feeding show results.",
)

# ---------------------------------------------------------------- data assets
video = tg.Data(
    "Course video frames",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Live video of dog and handler on the contacts and jumps.",
)
gate_times = tg.Data("Timing gate events", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
detections = tg.Data(
    "Fault detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Missed contact or pole down, with obstacle, time and confidence.",
)
judge_calls = tg.Data(
    "Judge's fault calls",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Judge's own faults, refusals, eliminations, and confirm or override "
    "of each camera fault.",
)
running_order = tg.Data(
    "Running order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Handler name, dog name, registration number, class and height.",
)
results = tg.Data(
    "Run results",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fault_view = tg.Data("Run faults and times", kind="records", sensitivity=tg.Sensitivity.PII)
clips = tg.Data("Run clips", kind="media", sensitivity=tg.Sensitivity.PII)
labelled_clips = tg.Data(
    "Labelled fault clips", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Fault detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Competitors and spectators following results on their phones.
    public = tm.add(tg.Actor("Competitor or spectator", role="public"))

with tm.boundary("Show entry company", trust=tg.Trust.PARTNER):
    # Takes entries for the show and produces the running order for each class.
    entries = tm.add(tg.ExternalService("Show entry system", provides="data-provider"))

with tm.boundary("Show ground ring network", trust=tg.Trust.INTERNAL):
    # Fixed cameras at each contact obstacle and jump, on the ring's Wi-Fi.
    cameras = tm.add(tg.Device("Course cameras", fleet=True))
    # Wireless start and finish beams with a USB receiver on the scorer's laptop.
    gates = tm.add(tg.Device("Timing gates", fleet=True))
    # Ringside box that decodes the video and runs the detector.
    edge = tm.add(tg.Service("Ringside inference box"))
    # The detector itself: in-house, trained on past shows' footage.
    detector = tm.add(
        tg.Model(
            "Contact and pole fault detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Flags missed contacts and knocked poles; faults go straight to scoring.",
            controls={c.ModelValidation(note="held-out footage from three past shows")},
        )
    )
    # Combines times, camera faults and judge's calls into each run's result.
    timing = tm.add(tg.Service("Timing and results system"))
    # Scorer running the timing laptop in the ring's scoring tent.
    scorer = tm.add(tg.Actor("Ring scorer", role="scorer"))
    # The ring judge, who has the final say on faults.
    judge = tm.add(tg.Actor("Ring judge", role="judge"))
    # Clips of each run kept on the ringside box for queries and labelling.
    clip_store = tm.add(
        tg.DataStore("Run clip store", stores={clips}, controls={c.RetentionLimits(days=30)})
    )

with tm.boundary("Organiser cloud", trust=tg.Trust.INTERNAL):
    # Public live results pages for each ring.
    results_site = tm.add(
        tg.Service(
            "Results website",
            internet_facing=True,
            controls={c.Authentication(method="per-show API key for result uploads")},
        )
    )
    # Web labelling tool where volunteers mark each fault on uploaded clips.
    labelling = tm.add(
        tg.Pipeline(
            "Clip labelling",
            stage=tg.Stage.LABELING,
            description="Organiser's volunteers mark contacts and poles in a web labelling tool.",
        )
    )
    # Labelled clips from past shows.
    training_set = tm.add(tg.Dataset("Fault clip training set", stores={labelled_clips}))
    # Retrains the detector between shows.
    training = tm.add(tg.Pipeline("Detector retraining", stage=tg.Stage.TRAINING))
    # Bucket holding the approved model versions the edge boxes download.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

# ---------------------------------------------------------------- flows
# In the ring
tm.flow(cameras, edge, video, protocol="rtsp")
tm.flow(edge, detector, video)
tm.flow(detector, edge, detections)
tm.flow(edge, timing, detections, protocol="http", label="fault events")
tm.flow(edge, clip_store, clips)
tm.flow(gates, timing, gate_times, protocol="usb", label="radio to USB receiver")
tm.flow(timing, judge, fault_view, protocol="http", label="ringside tablet")
tm.flow(judge, timing, judge_calls, protocol="http", label="ringside tablet")
tm.flow(scorer, timing, judge_calls, label="scoring laptop keyboard")
tm.flow(timing, scorer, fault_view, label="laptop screen")
tm.flow(clip_store, scorer, clips, label="replayed on the laptop for queries")

# Entries and results
tm.flow(entries, timing, running_order, protocol="https", label="running order download")
tm.flow(timing, results_site, results, protocol="https", label="4G uplink")
tm.flow(results_site, public, results, protocol="https")

# Retraining between shows
tm.flow(clip_store, labelling, clips, protocol="https", label="after-show upload")
tm.flow(labelling, training_set, labelled_clips)
tm.flow(training_set, training, labelled_clips)
tm.flow(training, registry, weights)
tm.flow(registry, edge, weights, protocol="https", label="pre-show download")
