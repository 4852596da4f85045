"""Podcast ad insertion: the first design, before any security review.

Our podcast network inserts ads into episodes at the moment a listener's app
downloads them. The ad insertion server takes the download request (IP address,
user agent, app, episode), looks up what we know of that listener and of the
episode, asks an in-house ranking model which live campaigns fit, and stitches the
chosen ad audio into the episode it streams back. Episode features come from a
transcription job that sends each new episode to a third-party speech-to-text API
and extracts topics and brand-safety labels from the transcript. Advertisers sign
up in a self-service portal, upload their ad audio, set targeting and budgets and
read their delivery reports; ad ops review each new creative before it can run.
Listeners are in the EU and the US. The model is retrained weekly on delivery logs.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Podcast ad insertion matching model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Matches advertisers' campaigns to episodes and listeners and "
    "inserts the ads at download time.",
)

# ---------------------------------------------------------------- data assets
download_request = tg.Data(
    "Download request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IP address, user agent, app name and episode id of each download.",
)
episode_audio = tg.Data("Episode audio", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
stitched_audio = tg.Data("Episode audio with ads", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
ad_audio = tg.Data("Ad creatives", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
transcript = tg.Data(
    "Episode transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="May name guests and callers before the episode is public.",
)
episode_features = tg.Data(
    "Episode topics and brand-safety labels", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
listener_features = tg.Data(
    "Listener profiles",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Per hashed IP and user agent: region, listening history, inferred interests.",
)
delivery_log = tg.Data(
    "Ad delivery log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Each download with the ads inserted, the listener key and the region.",
)
campaigns = tg.Data(
    "Campaigns and targeting",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Advertiser accounts, budgets, flight dates, targeting and excluded shows.",
)
match_request = tg.Data("Match request", kind="features", sensitivity=tg.Sensitivity.PII)
ad_decision = tg.Data("Ranked ad choice", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
reports = tg.Data("Delivery reports", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
approval = tg.Data("Creative approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Matching model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a podcast app; the app fetches the enclosure URL from our RSS feed.
    listener = tm.add(tg.Actor("Listener", role="listener"))
    # Brands and agencies; anyone with a card can sign up.
    advertiser = tm.add(tg.Actor("Advertiser", role="advertiser"))

with tm.boundary("Speech-to-text vendor", trust=tg.Trust.PARTNER):
    # Hosted transcription; we send it every new episode before release.
    stt_api = tm.add(
        tg.ExternalService("Speech-to-text API", provides=tg.ExternalCategory.MODEL_API)
    )

with tm.boundary("Ad platform VPC", trust=tg.Trust.INTERNAL):
    # The enclosure URL of every episode points here, behind the CDN.
    insertion = tm.add(
        tg.Endpoint(
            "Ad insertion server",
            purpose=tg.EndpointPurpose.API,
            description="Resolves the download, asks the matcher for ads and stitches audio.",
        )
    )
    # Ranks live campaigns for one download.
    matcher = tm.add(
        tg.Model(
            "Ad matching model",
            task=tg.Task.RANKER,
            description="Learning-to-rank over campaign targeting, episode topics and "
            "listener profile; a brand-safety filter drops campaigns that exclude the show.",
        )
    )
    # Self-service campaign management for advertisers.
    portal = tm.add(
        tg.Endpoint(
            "Advertiser portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="audio format, length and loudness checks on uploads"),
                c.HumanInTheLoop(approver="ad ops", note="new creatives wait for review"),
            },
        )
    )
    # Campaigns, budgets and pacing counters.
    campaign_db = tm.add(
        tg.DataStore(
            "Campaign database",
            stores={campaigns},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Episode audio and ad creatives, served to the stitcher.
    audio_store = tm.add(tg.DataStore("Audio object store", stores={episode_audio, ad_audio}))
    # Online listener and episode features, plus the delivery log used for training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Listener and episode feature store",
            stores={listener_features, episode_features, delivery_log},
            online=True,
            controls={c.RetentionLimits(days=395, note="raw delivery logs only")},
        )
    )
    # Transcribes new episodes and extracts topics and brand-safety labels.
    transcription = tm.add(tg.Pipeline("Episode transcription job", stage=tg.Stage.PREPROCESSING))
    # Weekly retraining on delivery logs and features.
    training = tm.add(tg.Pipeline("Weekly matcher training", stage=tg.Stage.TRAINING))
    # Versioned model files the matcher loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews new creatives and handles advertiser disputes.
    ad_ops = tm.add(tg.Actor("Ad ops", role="ad operations"))

# ---------------------------------------------------------------- flows
# playback
tm.flow(listener, insertion, download_request, protocol="https")
tm.flow(insertion, listener, stitched_audio, protocol="https")
tm.flow(feature_store, insertion, listener_features, episode_features, label="online lookup")
tm.flow(insertion, feature_store, delivery_log)
tm.flow(campaign_db, insertion, campaigns, label="live campaigns")
tm.flow(insertion, campaign_db, delivery_log, label="pacing counters")
tm.flow(insertion, matcher, match_request)
tm.flow(matcher, insertion, ad_decision)
tm.flow(audio_store, insertion, episode_audio, ad_audio)

# advertisers
tm.flow(advertiser, portal, campaigns, ad_audio, protocol="https")
tm.flow(portal, advertiser, reports, protocol="https")
tm.flow(portal, campaign_db, campaigns)
tm.flow(campaign_db, portal, campaigns, reports)
tm.flow(portal, audio_store, ad_audio)
tm.flow(ad_ops, portal, approval, protocol="https")
tm.flow(portal, ad_ops, ad_audio, campaigns, protocol="https", label="review queue")

# episode understanding
tm.flow(audio_store, transcription, episode_audio)
tm.flow(transcription, stt_api, episode_audio, protocol="https")
tm.flow(stt_api, transcription, transcript, protocol="https")
tm.flow(transcription, feature_store, episode_features)

# retraining
tm.flow(feature_store, training, delivery_log, listener_features, episode_features)
tm.flow(training, registry, artifact)
tm.flow(registry, matcher, artifact, label="loaded at deploy")
