"""Racehorse training yard: gallop sensor fitness and injury-risk model (first design).

During morning gallops each horse wears a tracker on its girth that logs GPS
speed and heart rate. When the string comes back, the trackers are docked in the
tack room, and a sync hub there uploads the session to our cloud ingestion API
with its per-hub API key. A feature pipeline turns each session into recovery,
speed and stride features; an in-house gradient-boosted model scores each horse's
fitness and injury risk, and the scores land in the yard's horse records database.
The trainer plans the week's work on a web dashboard (e-mail and password) and
records vet-confirmed injuries, which a monthly retraining job uses as labels.
A weekly job writes a summary per horse that owners read in a mobile app, which
shows each owner only their own horses. Everything runs in one cloud account;
stores use the provider's default encryption at rest, and all traffic is HTTPS.
The yard is in the UK and owners' accounts are personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Racehorse gallop sensor fitness model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Scores racehorse fitness and injury risk from gallop sensor data for the "
        "trainer's work planning, with weekly summaries for owners."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Gallop GPS and heart-rate readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per-second speed, position on the gallops and heart rate, by tracker id.",
)
features = tg.Data(
    "Gallop session features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Peak and recovery heart rate, sectional speeds, stride length and frequency.",
)
scores = tg.Data(
    "Fitness and injury risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Commercially sensitive: a horse's form is betting-relevant information.",
)
horse_records = tg.Data(
    "Horse profiles and work history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Age, tracker pairing, past gallops, race entries and vet notes.",
)
work_plan = tg.Data("Weekly work plan", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
injury_labels = tg.Data(
    "Vet-confirmed injury history",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fitness model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
owner_accounts = tg.Data(
    "Owner accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner names, e-mail addresses and which horses they own shares in.",
)
summary = tg.Data(
    "Weekly horse summary",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Work done, fitness trend and trainer's comment for one horse.",
)
owner_request = tg.Data("Owner app request", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Training yard", trust=tg.Trust.INTERNAL):
    # Worn by each horse during gallops; records until docked.
    tracker = tm.add(
        tg.Device(
            "Gallop GPS and heart-rate tracker",
            description="Girth-mounted sensor pod, one per horse in the string.",
        )
    )
    # Tack-room mini PC: reads docked trackers and uploads the sessions.
    sync_hub = tm.add(
        tg.Service(
            "Tack-room sync hub",
            description="Reads docked trackers over USB and uploads each session.",
        )
    )
    # Plans the horses' work from the scores and records injuries.
    trainer = tm.add(tg.Actor("Trainer", role="trainer"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owners (or syndicate members) of the horses in training.
    owner = tm.add(tg.Actor("Horse owner", role="owner"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Receives uploaded sessions from the yard's hub.
    ingestion = tm.add(
        tg.Endpoint(
            "Session ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-hub API key")},
        )
    )
    # Raw sensor sessions, kept for retraining.
    readings_store = tm.add(
        tg.DataStore(
            "Gallop readings store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Cleans the traces and computes per-session features.
    feature_job = tm.add(tg.Pipeline("Session feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Scores fitness and injury risk for each horse after each gallop.
    fitness_model = tm.add(
        tg.Model(
            "Fitness and injury risk model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            description="Gradient-boosted trees; advisory, the trainer decides the work.",
        )
    )
    # The yard's system of record for horses, plans, scores, owners and summaries.
    records_db = tm.add(
        tg.DataStore(
            "Horse records database",
            stores={horse_records, scores, work_plan, injury_labels, owner_accounts, summary},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The trainer's web app for planning work and recording injuries.
    dashboard = tm.add(
        tg.Endpoint(
            "Trainer dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Writes one summary per horse every Monday morning.
    summary_job = tm.add(tg.Service("Weekly owner summary job"))
    # Backend of the owners' mobile app.
    owner_api = tm.add(
        tg.Endpoint(
            "Owner app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Returns only the summaries of the signed-in owner's own horses.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Monthly retraining on past sessions and injury outcomes.
        retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Holds trained model versions for deployment.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(tracker, sync_hub, readings, protocol="usb", label="docked after gallop")
tm.flow(sync_hub, ingestion, readings, protocol="https")
tm.flow(ingestion, readings_store, readings)
tm.flow(readings_store, feature_job, readings, label="new sessions")
tm.flow(records_db, feature_job, horse_records, label="tracker pairing and history")
tm.flow(feature_job, fitness_model, features)
tm.flow(fitness_model, records_db, scores)

tm.flow(records_db, dashboard, horse_records, scores, injury_labels, owner_accounts)
tm.flow(dashboard, records_db, work_plan, injury_labels, owner_accounts, horse_records)
tm.flow(dashboard, trainer, horse_records, scores, work_plan, protocol="https")
tm.flow(trainer, dashboard, work_plan, injury_labels, owner_accounts, protocol="https")

tm.flow(records_db, summary_job, horse_records, scores, work_plan, label="weekly")
tm.flow(summary_job, records_db, summary)
tm.flow(owner, owner_api, owner_request, protocol="https")
tm.flow(records_db, owner_api, summary, owner_accounts)
tm.flow(owner_api, owner, summary, protocol="https")

tm.flow(readings_store, retraining, readings, label="monthly export")
tm.flow(records_db, retraining, injury_labels, label="monthly export")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, fitness_model, model_artifact, label="deploy")
