"""Primate enrichment and welfare camera model: the first design, before any security review.

A UK zoo has fixed cameras in its primate houses and outdoor enclosures, on their own
VLAN, streaming to a network video recorder that keeps 30 days of footage. An on-site
GPU server pulls the streams and runs a behaviour model, trained with a university
partner from an open-weights pose model, that recognises use of each enrichment device
(puzzle feeders, rope nets, scent boxes) and stress signs such as pacing and over-grooming.
Scored events go to a behaviour database. A reporting service, using the animal roster
from Species360 ZIMS, builds each morning's welfare summary per group and flags behaviour
far from an animal's baseline; summaries and alerts reach keepers by e-mail and SMS
through a notification provider. Keepers review clips and label events in a staff
dashboard; labelled clips go by SFTP to the university, which retrains the model and
returns the weights after a held-out evaluation. Footage also shows keepers and visitors.
Controls: VLAN separation, staff SSO on the dashboard, footage retention, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zoo primate enrichment and welfare camera model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Scores primates' use of enrichment and signs of stress from enclosure cameras, "
        "with a daily welfare summary and alerts to keepers."
    ),
)

# ---------------------------------------------------------------- data assets
live_video = tg.Data(
    "Enclosure video streams",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Mostly animals; keepers in the enclosure and visitors at viewing glass also appear.",
)
footage = tg.Data(
    "Recorded enclosure footage",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="30 days of continuous recording per camera.",
)
frames = tg.Data("Sampled video frames", kind="media", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Behaviour detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per individual: pose, behaviour class, enrichment device touched, stress score.",
)
events = tg.Data(
    "Behaviour events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
roster = tg.Data(
    "Animal roster",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Individuals, groups, enclosures and ID photos from ZIMS.",
)
daily_summary = tg.Data(
    "Daily welfare summary", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
alert = tg.Data(
    "Unusual behaviour alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
)
keeper_contacts = tg.Data(
    "Keeper mobile numbers and e-mail addresses", kind="records", sensitivity=tg.Sensitivity.PII
)
clips = tg.Data("Event clips", kind="media", sensitivity=tg.Sensitivity.PII)
annotations = tg.Data(
    "Keeper behaviour annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Keeper confirms, corrects or rejects the behaviour the model scored.",
)
training_clips = tg.Data(
    "Labelled training clips",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Event clips with keeper labels, exported monthly.",
)
run_config = tg.Data(
    "Training scripts and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Behaviour model checkpoint",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch .pt checkpoint.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Camera VLAN", trust=tg.Trust.INTERNAL):
    # The only source of what the animals do; fixed PoE cameras in every primate space.
    cameras = tm.add(
        tg.Device("Enclosure cameras", fleet=True, description="24 PoE IP cameras, RTSP out.")
    )
    # Keeps footage for the welfare team and for security, and serves clips.
    nvr = tm.add(
        tg.DataStore(
            "Network video recorder",
            stores={footage, clips},
            controls={c.RetentionLimits(days=30)},
        )
    )

with tm.boundary("Zoo server room", trust=tg.Trust.INTERNAL):
    # Pulls streams, samples frames and runs the model around the clock.
    inference = tm.add(
        tg.Service(
            "Behaviour inference server",
            description="On-site GPU box; samples two frames per second per camera.",
        )
    )
    # Recognises individuals' behaviour and enrichment use from frames.
    behaviour_model = tm.add(
        tg.Model(
            "Primate behaviour model",
            task="detector",
            origin="open-weights",
            returns_scores=True,
            description="Pose and behaviour detector fine-tuned from an open pose model.",
        )
    )
    # The welfare record the summaries and baselines are computed from.
    event_db = tm.add(
        tg.DataStore(
            "Behaviour event database",
            stores={events, annotations, daily_summary, alert},
        )
    )
    # Builds the daily summary, compares each animal with its baseline, raises alerts.
    reporting = tm.add(
        tg.Service(
            "Welfare reporting service",
            description="Baseline per individual over 28 days; alert past 3 standard deviations.",
        )
    )
    # Where keepers read summaries, watch clips and label events.
    dashboard = tm.add(
        tg.Service(
            "Keeper welfare dashboard",
            controls={c.Authentication(method="zoo Microsoft 365 staff accounts (Entra ID SSO)")},
        )
    )
    # Versioned checkpoints the inference server loads.
    model_store = tm.add(
        tg.ModelRegistry("Model file store", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Zoo staff network", trust=tg.Trust.INTERNAL):
    # Primate keepers: act on alerts, read the summary, label events.
    keeper = tm.add(tg.Actor("Primate keeper", role="keeper"))

with tm.boundary("Notification provider", trust=tg.Trust.PARTNER):
    # Delivers alerts by SMS and summaries by e-mail to keepers' phones.
    notifier = tm.add(tg.ExternalService("SMS and e-mail delivery service"))

with tm.boundary("Species360", trust=tg.Trust.PARTNER):
    # Zoo's animal record system: who lives in which enclosure, with ID photos.
    zims = tm.add(tg.ExternalService("Species360 ZIMS", provides="data-provider"))

with tm.boundary("University research cluster", trust=tg.Trust.PARTNER):
    # Partner researcher who curates the labels and runs training.
    researcher = tm.add(tg.Actor("University researcher", role="research partner"))
    # Labelled clips exported from the zoo, kept for training and research.
    training_set = tm.add(tg.Dataset("Labelled clip dataset", stores={training_clips}))
    # Fine-tunes the behaviour model on the university GPU cluster.
    training = tm.add(
        tg.Pipeline(
            "Behaviour model training",
            stage="fine-tuning",
            third_party_packages=True,
            controls={
                c.ModelValidation(note="per-behaviour precision and recall on held-out clips")
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, nvr, live_video, protocol="rtsp")
tm.flow(cameras, inference, live_video, protocol="rtsp")
tm.flow(inference, behaviour_model, frames, protocol="local")
tm.flow(behaviour_model, inference, detections, protocol="local")
tm.flow(inference, event_db, events)

tm.flow(zims, reporting, roster, protocol="https")
tm.flow(event_db, reporting, events, annotations)
tm.flow(reporting, event_db, daily_summary, alert)
tm.flow(reporting, notifier, alert, daily_summary, keeper_contacts, protocol="https")
tm.flow(notifier, keeper, alert, protocol="sms", label="alert text")
tm.flow(notifier, keeper, daily_summary, protocol="smtp", label="summary e-mail")

tm.flow(event_db, dashboard, events, daily_summary, alert)
tm.flow(nvr, dashboard, clips, protocol="http", label="clip playback")
tm.flow(dashboard, keeper, daily_summary, events, clips, protocol="https")
tm.flow(keeper, dashboard, annotations, protocol="https", label="labels and alert acknowledgements")
tm.flow(dashboard, event_db, annotations)

tm.flow(
    dashboard,
    training_set,
    training_clips,
    protocol="sftp",
    label="monthly export of labelled clips",
)
tm.flow(researcher, training, run_config, protocol="ssh")
tm.flow(training_set, training, training_clips)
tm.flow(training, model_store, weights, protocol="sftp")
tm.flow(model_store, behaviour_model, weights, label="load at restart")
