"""Ice hockey rink puck tracking and referee review: the first design.

A professional league fits every arena with an overhead camera array and infrared
antennas that pick up the transmitter inside each game puck. An edge tracking
server in the arena's officiating room fuses both into puck and player positions
with an in-house detector, and a second in-house model flags likely goals, offsides
and high sticks as review candidates. Candidates and the matching clips go up to a
replay and review service in the league's cloud, where the video goal judge in the
arena and the officials in the league situation room review them and enter the
ruling; the on-ice referee announces it. Broadcasters pull a tracking feed through
a keyed API. Labelled clips from past games retrain the models in the league's ML
platform, and the edge server pulls the promoted version from the model registry.
Controls in this design: TLS to the cloud, SSO with MFA for officials, a person
makes every ruling, rulings are audit-logged, and models are versioned.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice hockey puck tracking and referee review",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Arena puck and player tracking that flags review candidates for video goal "
        "judges and the league situation room, and feeds broadcasters."
    ),
)

# ---------------------------------------------------------------- data assets
camera_video = tg.Data(
    "Rink camera video",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Raw multi-angle feeds, before any broadcast delay.",
)
puck_signals = tg.Data(
    "Puck transmitter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
positions = tg.Data(
    "Puck and player positions",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-frame puck location and the tracked position of each named player.",
)
candidates = tg.Data(
    "Review candidates",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Possible goal, offside or high-stick events with a confidence.",
)
clips = tg.Data("Review clips", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ruling = tg.Data(
    "Referee ruling",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
broadcast_feed = tg.Data(
    "Broadcast tracking feed",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed puck speed and player tracking stats, on a short delay.",
)
labelled_clips = tg.Data(
    "Labelled game clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past clips with the final ruling and annotated puck positions.",
)
feed_request = tg.Data(
    "Feed subscription request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Tracking model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Arena officiating network", trust=tg.Trust.INTERNAL):
    # Fixed overhead and goal-line cameras: the source of every review angle.
    cameras = tm.add(tg.Device("Rink camera array", fleet=True))
    # Receivers for the infrared transmitter inside each game puck.
    antennas = tm.add(tg.Device("Puck tracker antennas", fleet=True))
    # Fuses video and puck signals at the rink, where latency matters.
    edge = tm.add(
        tg.Service(
            "Edge tracking server",
            description="Runs the detectors on site and uploads candidates and clips.",
        )
    )
    # Locates the puck and each player in every frame.
    detector = tm.add(
        tg.Model("Puck and player detector", task=tg.Task.DETECTOR, origin="in-house")
    )
    # Turns trajectories into possible goals, offsides and high sticks for review.
    event_model = tm.add(
        tg.Model(
            "Review event model",
            task=tg.Task.CLASSIFIER,
            origin="in-house",
            returns_scores=True,
            high_stakes=True,
            description="Flags events for review; it never changes the scoreboard itself.",
            controls={
                c.HumanInTheLoop(approver="video goal judge or situation room official"),
            },
        )
    )
    # The off-ice official in the arena's review booth who checks each candidate.
    goal_judge = tm.add(tg.Actor("Video goal judge", role="league official"))

with tm.boundary("League cloud", trust=tg.Trust.INTERNAL):
    # Queues candidates with their clips and records the ruling.
    review = tm.add(
        tg.Endpoint(
            "Replay and review service",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="league SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Keeps every clip tied to a review, for disputes and for training.
    clip_store = tm.add(
        tg.DataStore(
            "Review clip store",
            stores={clips, ruling},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Sells the tracking stats to broadcast partners.
    feed_api = tm.add(
        tg.Endpoint(
            "Broadcast tracking API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-broadcaster API key")},
        )
    )

    with tm.boundary("League ML platform", trust=tg.Trust.INTERNAL):
        # Past clips with rulings, the ground truth for retraining.
        train_set = tm.add(tg.Dataset("Labelled clip dataset", stores={labelled_clips}))
        # Retrains both models between seasons and mid-season.
        training = tm.add(tg.Pipeline("Tracking model training", stage=tg.Stage.TRAINING))
        # Holds promoted model versions that arenas pull.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("League operations network", trust=tg.Trust.INTERNAL):
    # Central officials who review every goal in every arena.
    situation_room = tm.add(tg.Actor("Situation room official", role="league official"))

with tm.boundary("Broadcast partner", trust=tg.Trust.PARTNER):
    # The rights-holder's graphics system that overlays tracking stats.
    broadcaster = tm.add(tg.Actor("Broadcaster graphics system", role="broadcaster", human=False))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, camera_video, protocol="rtsp")
tm.flow(antennas, edge, puck_signals, protocol="udp")
tm.flow(edge, detector, camera_video, puck_signals)
tm.flow(detector, edge, positions)
tm.flow(edge, event_model, positions)
tm.flow(event_model, edge, candidates)

tm.flow(edge, review, candidates, clips, protocol="https")
tm.flow(review, clip_store, clips, ruling)
tm.flow(clip_store, review, clips, label="replay")
tm.flow(review, goal_judge, candidates, clips, protocol="https")
tm.flow(goal_judge, review, ruling, protocol="https")
tm.flow(review, situation_room, candidates, clips, protocol="https")
tm.flow(situation_room, review, ruling, protocol="https")

tm.flow(edge, feed_api, positions, protocol="https")
tm.flow(broadcaster, feed_api, feed_request, protocol="https")
tm.flow(feed_api, broadcaster, broadcast_feed, protocol="https")

tm.flow(clip_store, train_set, labelled_clips, label="nightly export")
tm.flow(train_set, training, labelled_clips)
tm.flow(training, registry, weights)
tm.flow(registry, edge, weights, protocol="https", label="arena pulls promoted model")
tm.flow(edge, detector, weights, id="edge->detector-load", label="load model")
tm.flow(edge, event_model, weights, id="edge->event-model-load", label="load model")
