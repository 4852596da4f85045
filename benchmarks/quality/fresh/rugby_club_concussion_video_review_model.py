"""Rugby club concussion video review: the first design, before any security review.

A professional rugby club in England wants its medical team to see possible head
impacts sooner. On match days a pitch-side edge server takes the league's broadcast
feed and the club's own gantry cameras, and a vision model fine-tuned from an
open-weights video backbone flags moments that look like a head impact, with a
confidence score and a short clip. The club doctor and physios review the flags on
tablets in a web app, tag the player from the squad list and record whether a head
injury assessment followed; confirmed events are sent to the club's hosted athlete
management system. The flags only prompt a look: the doctor decides every removal.
Reviewed clips become labels for retraining in the club's cloud account. Controls:
Entra ID sign-in with MFA and role-based access on the review app, disk encryption of
the clip store, TLS on links leaving the stadium, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rugby club concussion video review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags possible head impacts in match video for the medical team to review.",
)

# ---------------------------------------------------------------- data assets
broadcast_feed = tg.Data(
    "Broadcast match feed",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed clean feed with replays, before graphics.",
)
gantry_footage = tg.Data("Gantry camera footage", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
match_setup = tg.Data("Match setup", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
frames = tg.Data("Decoded video frames", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
impact_flags = tg.Data(
    "Head impact flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Timestamp, camera, bounding boxes and confidence score.",
)
flagged_clips = tg.Data("Flagged clips", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
squad_list = tg.Data(
    "Match squad list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Players' names and shirt numbers for the match.",
)
review_outcome = tg.Data(
    "Medical review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Player, impact confirmed or dismissed, HIA outcome, doctor's note.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
head_impact_events = tg.Data(
    "Confirmed head impact events", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
impact_labels = tg.Data(
    "Impact labels",
    kind="labels",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reviewed clips with the doctor's confirm or dismiss decision.",
)
base_weights = tg.Data(
    "Video backbone weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
detector_weights = tg.Data(
    "Impact detector checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public model hub the open-weights video backbone is downloaded from.
    model_hub = tm.add(
        tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB)
    )

with tm.boundary("League media platform", trust=tg.Trust.PARTNER):
    # The league's distribution of the broadcaster's clean feed to clubs.
    league_feed = tm.add(
        tg.DataSource("League video platform", origin=tg.Origin.PARTNER, provides={broadcast_feed})
    )

with tm.boundary("Athlete management vendor", trust=tg.Trust.PARTNER):
    # The club's existing hosted system for player injury and medical records.
    ams = tm.add(tg.ExternalService("Athlete management system"))

with tm.boundary("Stadium network", trust=tg.Trust.INTERNAL):
    # Fixed cameras on the gantry, filmed for coaching, give extra angles.
    cameras = tm.add(tg.Device("Gantry cameras", fleet=True))
    # Sets up each match's feeds and maintains the squad list and edge server.
    analyst = tm.add(tg.Actor("Video analyst", role="performance analyst", privileged=True))
    # Club doctor and physios: review every flag and decide on any removal.
    medic = tm.add(tg.Actor("Club doctor", role="medical team"))

    with tm.boundary("Pitch-side edge server", trust=tg.Trust.INTERNAL):
        # Decodes and syncs the feeds, runs the detector, cuts clips around flags.
        ingest = tm.add(tg.Service("Video ingest service"))
        # The vision model: flags likely head contact, never decides on a player.
        detector = tm.add(
            tg.Model(
                "Head impact detector",
                task=tg.Task.DETECTOR,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                returns_scores=True,
                high_stakes=True,
                description="Video transformer fine-tuned by the club on labelled match clips.",
                controls={c.HumanInTheLoop(approver="the club doctor reviews every flag")},
            )
        )
        # Flagged clips, flags and the medical team's review outcomes.
        clip_store = tm.add(
            tg.DataStore(
                "Clip and review store",
                stores={flagged_clips, impact_flags, review_outcome},
                controls={c.EncryptionAtRest(key_management="BitLocker with TPM")},
            )
        )
        # Shirt numbers to players, so the doctor can tag who was involved.
        squad_store = tm.add(tg.DataStore("Squad list store", stores={squad_list}))
        # Web app the medical team opens on tablets pitch-side and after the match.
        review_app = tm.add(
            tg.Service(
                "Medical review app",
                controls={
                    c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Reviewed clips with the doctor's decision, for retraining.
    training_set = tm.add(tg.Dataset("Labelled impact clips", stores={impact_labels}))
    # Fine-tunes the detector on a rented GPU after each block of fixtures.
    training = tm.add(
        tg.Pipeline("Detector fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True)
    )
    # Holds detector versions the analyst deploys to the edge server.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={detector_weights}, controls={c.ModelVersioning()}
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(league_feed, ingest, broadcast_feed, protocol="https", label="HLS stream")
tm.flow(cameras, ingest, gantry_footage, protocol="rtsp")
tm.flow(analyst, ingest, match_setup, protocol="https")
tm.flow(analyst, squad_store, squad_list, protocol="https")

tm.flow(ingest, detector, frames)
tm.flow(detector, ingest, impact_flags)
tm.flow(ingest, clip_store, flagged_clips, impact_flags)

tm.flow(clip_store, review_app, flagged_clips, impact_flags, review_outcome)
tm.flow(squad_store, review_app, squad_list)
tm.flow(review_app, clip_store, review_outcome)
tm.flow(review_app, medic, flagged_clips, impact_flags, squad_list, protocol="https")
tm.flow(medic, review_app, review_outcome, protocol="https")
tm.flow(review_app, ams, head_impact_events, protocol="https")

tm.flow(clip_store, training_set, impact_labels, protocol="https", label="weekly label export")
tm.flow(training_set, training, impact_labels)
tm.flow(model_hub, training, base_weights, protocol="https")
tm.flow(training, registry, detector_weights)
tm.flow(registry, detector, detector_weights, protocol="https", label="deploy")
