"""Parental-control content classifier: the first design, before any security review.

Our streaming service receives programmes from studios and distributors as video,
audio and subtitle files delivered over SFTP into the media archive. A media
analysis pipeline samples frames, transcribes the audio and parses the subtitles,
and an in-house classifier proposes an age rating and content descriptors
(violence, language, sexual content, drug use) for each title. Confident
predictions are published straight to the title catalogue; low-confidence ones
go to the standards editors, who watch the flagged scenes and set the rating.
Household apps ask the parental-control API whether a title may be shown to a
profile, using the profile's maturity setting and PIN. Editors' decisions are kept
as labels for monthly retraining, and an ML engineer promotes new model versions
from the registry. Everything runs in our cloud account in the EU; staff sign in
through corporate SSO with MFA; the media archive and profile store are encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parental-control content classifier",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Classifies programmes for age ratings and parental-control filters from "
        "video, audio and subtitles; serves the filters to household apps."
    ),
)

# ---------------------------------------------------------------- data assets
programme_media = tg.Data(
    "Programme video and audio",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Mezzanine files, often delivered before release under studio contract.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
subtitles = tg.Data(
    "Subtitle files",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="SRT and TTML subtitle and caption tracks delivered with each title.",
)
content_features = tg.Data(
    "Extracted content features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Frame embeddings, audio transcript and subtitle text per scene.",
)
predicted_rating = tg.Data(
    "Predicted age rating",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Age band, content descriptors and a confidence score per descriptor.",
)
published_rating = tg.Data(
    "Published age rating",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The rating and descriptors shown to viewers and used by the filters.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
editor_labels = tg.Data(
    "Editor rating decisions",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_examples = tg.Data(
    "Rating training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
model_weights = tg.Data(
    "Classifier weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint written by the training job.",
)
promotion_request = tg.Data("Model promotion request", kind="records")
profile_settings = tg.Data(
    "Viewer profile and parental settings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Household profiles, child profiles' maturity level and the parental PIN.",
)
access_check = tg.Data(
    "Title access check",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Profile id and title id sent when a profile browses or presses play.",
)
access_decision = tg.Data(
    "Title access decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Allowed, hidden or PIN required, per title and profile.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents set up child profiles and PINs; children browse and watch.
    viewer = tm.add(tg.Actor("Household viewer", role="subscriber"))
    # Our TV, mobile and web apps: the only clients of the parental-control API.
    apps = tm.add(
        tg.Device(
            "Streaming apps",
            description="Smart-TV, set-top box, mobile and web players.",
        )
    )

with tm.boundary("Studio and distributor delivery", trust=tg.Trust.PARTNER):
    # Where programmes come from: content partners push titles to our SFTP drop.
    studio_delivery = tm.add(
        tg.DataSource(
            "Studio content delivery",
            origin=tg.Origin.PARTNER,
            provides={programme_media, subtitles},
        )
    )

with tm.boundary("Streaming platform", trust=tg.Trust.INTERNAL):
    # Holds every delivered title; the source for analysis and for editor previews.
    archive = tm.add(
        tg.DataStore(
            "Media asset archive",
            stores={programme_media, subtitles},
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RBAC(note="content operations and standards teams only"),
            },
        )
    )
    # Turns a title into scene-level features the classifier can read.
    analysis = tm.add(
        tg.Pipeline(
            "Media analysis pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            description="Frame sampling, open-source speech-to-text and subtitle parsing.",
        )
    )
    # Runs each title through the classifier and routes the result by confidence.
    orchestrator = tm.add(
        tg.Service(
            "Rating orchestrator",
            description="Publishes confident ratings; queues the rest for an editor.",
            controls={
                c.HumanInTheLoop(
                    approver="standards editor",
                    note="low-confidence predictions only; confident ones publish automatically",
                ),
            },
        )
    )
    # The model this design is about: proposes an age rating for each title.
    classifier = tm.add(
        tg.Model(
            "Content rating classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Multimodal classifier over video, audio transcript and subtitles.",
        )
    )
    # The rating every filter and every title page reads.
    catalogue = tm.add(tg.DataStore("Title catalogue", stores={published_rating}))
    # Answers the apps: may this profile see this title?
    parental_api = tm.add(
        tg.Endpoint(
            "Parental-control API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="OAuth 2.0 account access tokens"),
                c.RateLimiting(requests_per_minute=600),
            },
        )
    )
    # Household profiles and their parental settings.
    profile_store = tm.add(
        tg.DataStore(
            "Profile store",
            stores={profile_settings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Editor decisions joined to the features of the titles they rated.
        training_set = tm.add(
            tg.Dataset("Rating training set", stores={training_examples, editor_labels})
        )
        # Monthly retraining of the classifier.
        training = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the classifier, from which serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Standards editors review queued titles and set the final rating.
    editor = tm.add(tg.Actor("Standards editor", role="compliance editor"))
    # Where editors see the flagged scenes and the predicted rating.
    console = tm.add(
        tg.Service(
            "Rating review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Promotes new classifier versions into serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Ingest and analysis
tm.flow(studio_delivery, archive, programme_media, subtitles, protocol="sftp")
tm.flow(archive, analysis, programme_media, subtitles)
tm.flow(analysis, orchestrator, content_features)
tm.flow(orchestrator, classifier, content_features)
tm.flow(classifier, orchestrator, predicted_rating)

# Publishing: automatic for confident predictions, through an editor for the rest
tm.flow(orchestrator, catalogue, published_rating, label="confident predictions")
tm.flow(orchestrator, console, predicted_rating, label="low-confidence queue")
tm.flow(archive, console, programme_media, subtitles, label="flagged scene preview")
tm.flow(console, editor, predicted_rating, programme_media, protocol="https")
tm.flow(editor, console, editor_labels, protocol="https")
tm.flow(console, catalogue, published_rating, label="editor-set rating")

# Parental controls in the apps
tm.flow(viewer, apps, profile_settings, label="on the TV or phone")
tm.flow(apps, parental_api, access_check, profile_settings, protocol="https")
tm.flow(parental_api, profile_store, profile_settings)
tm.flow(profile_store, parental_api, profile_settings)
tm.flow(catalogue, parental_api, published_rating)
tm.flow(parental_api, apps, access_decision, protocol="https")
tm.flow(apps, viewer, access_decision, label="on the TV or phone")

# Retraining and promotion
tm.flow(console, training_set, editor_labels)
tm.flow(analysis, training_set, content_features, label="offline copy")
tm.flow(training_set, training, training_examples, editor_labels)
tm.flow(training, registry, model_weights)
tm.flow(ml_engineer, registry, promotion_request, protocol="https")
tm.flow(registry, classifier, model_weights, label="deploy")
