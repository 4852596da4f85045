"""Youth sports video highlights: the first design, before any security review.

Parents and club coaches upload videos of children's matches (football, hockey,
basketball) through our mobile app and website. Coaches also upload the team
roster: each child's name, jersey number, birth year and a parent's email. In our
cloud account a processing pipeline transcodes each video, runs a player
tracking model (fine-tuned from open weights) and a highlight-moment model, and
matches each tracked player to the roster by jersey number and an appearance
embedding kept per child. It then cuts a personal highlight reel for every
child. Families and coaches watch reels in the app and share them by link with
relatives; anyone holding the link can watch. To improve the models, sampled
clips go to an annotation vendor and come back labelled for retraining. Clubs
are in the EU and UK. Controls: account login on the app, upload type and size
checks, KMS encryption of the video and roster stores, per-club roles on rosters.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Youth sports video highlights",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Upload of children's match videos, player tracking and per-child highlight reels "
        "shared by coaches and families."
    ),
)

# ---------------------------------------------------------------- data assets
game_video = tg.Data(
    "Match video",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Full match footage of minors, with venue and club visible.",
)
roster = tg.Data(
    "Team roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Child's name, jersey number, birth year, team, parent email.",
)
frames = tg.Data("Video frames", kind="media", sensitivity=tg.Sensitivity.PII)
tracks = tg.Data("Player tracks", kind="model-output", sensitivity=tg.Sensitivity.PII)
moments = tg.Data("Highlight moments", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
appearance = tg.Data(
    "Player appearance embeddings",
    kind="embeddings",
    sensitivity=tg.Sensitivity.PII,
    description="One vector per child, from kit, build and appearance across matches.",
)
player_match = tg.Data("Matched player ids", kind="model-output", sensitivity=tg.Sensitivity.PII)
reel = tg.Data("Highlight reel", kind="media", sensitivity=tg.Sensitivity.PII)
share_link = tg.Data("Share link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
clips = tg.Data("Sampled training clips", kind="training-data", sensitivity=tg.Sensitivity.PII)
annotations = tg.Data(
    "Player and action annotations", kind="labels", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Tracking model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents upload their own footage and watch and share their child's reels.
    parent = tm.add(tg.Actor("Parent", role="family member"))
    # Coaches and club admins upload matches and maintain the roster.
    coach = tm.add(tg.Actor("Club coach", role="coach"))
    # Relatives and anyone else who is sent a share link.
    viewer = tm.add(tg.Actor("Share link viewer", role="link recipient"))

with tm.boundary("Annotation vendor", trust=tg.Trust.PARTNER):
    # Outsourced labelling of player boxes, jersey numbers and actions.
    labeling = tm.add(tg.Pipeline("Vendor annotation", stage=tg.Stage.LABELING))

with tm.boundary("Platform cloud", trust=tg.Trust.INTERNAL):
    # The app and website backend: uploads, rosters, reel browsing.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email and password"),
                c.InputValidation(note="video type and size checks on upload"),
            },
        )
    )
    # Public share pages that stream a reel to whoever has the link.
    share_service = tm.add(tg.Endpoint("Share page service", purpose=tg.EndpointPurpose.API))
    # Object storage for uploaded match videos.
    video_store = tm.add(
        tg.DataStore(
            "Raw video store",
            stores={game_video},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Rosters linking children's names to jersey numbers and teams.
    roster_db = tm.add(
        tg.DataStore(
            "Roster database",
            stores={roster},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="a coach sees only their club's teams"),
            },
        )
    )
    # Transcodes videos, runs the models and cuts the reels.
    processing = tm.add(
        tg.Pipeline(
            "Video processing pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="ffmpeg plus open-source tracking libraries on GPU workers.",
        )
    )
    # Detects and follows every player through the match.
    tracking_model = tm.add(
        tg.Model(
            "Player tracking model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights detector fine-tuned on our labelled clips.",
        )
    )
    # Finds goals, saves and shots worth putting in a reel.
    highlight_model = tm.add(tg.Model("Highlight moment model", task=tg.Task.DETECTOR))
    # Per-child appearance vectors used to recognise the same child across matches.
    reid_index = tm.add(tg.VectorStore("Player re-identification index", stores={appearance}))
    # Finished reels, served to the app and to share pages.
    reel_store = tm.add(tg.DataStore("Reel store", stores={reel}))

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Labelled clips kept for retraining.
        training_set = tm.add(tg.Dataset("Training clip set", stores={clips, annotations}))
        # Periodic fine-tuning of the tracking model.
        training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.FINE_TUNING))

# ---------------------------------------------------------------- flows
tm.flow(parent, app_api, game_video, protocol="https", label="uploads match")
tm.flow(coach, app_api, game_video, roster, protocol="https", label="uploads match and roster")
tm.flow(app_api, video_store, game_video)
tm.flow(app_api, roster_db, roster)

tm.flow(video_store, processing, game_video)
tm.flow(processing, tracking_model, frames)
tm.flow(tracking_model, processing, tracks)
tm.flow(processing, highlight_model, frames, tracks)
tm.flow(highlight_model, processing, moments)
tm.flow(roster_db, processing, roster, label="jersey numbers to names")
tm.flow(processing, reid_index, appearance, label="lookup and update")
tm.flow(reid_index, processing, player_match)
tm.flow(processing, reel_store, reel)

tm.flow(reel_store, app_api, reel)
tm.flow(app_api, parent, reel, share_link, protocol="https")
tm.flow(app_api, coach, reel, share_link, protocol="https")
tm.flow(viewer, share_service, share_link, protocol="https")
tm.flow(reel_store, share_service, reel)
tm.flow(share_service, viewer, reel, protocol="https")

tm.flow(video_store, labeling, clips, protocol="https", label="sampled clips")
tm.flow(labeling, training_set, clips, annotations, protocol="https")
tm.flow(training_set, training, clips, annotations)
tm.flow(training, tracking_model, weights, label="deploy")
