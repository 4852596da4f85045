"""Greyhound pre-race injury risk model: the first design, before any security review.

The racing regulator wants track vets to see, before each race, which runners
are at raised risk of injury. Surface sensors installed at each licensed track
(moisture, compaction, temperature on the bends) push readings over MQTT with TLS
to an ingestion service in the regulator's cloud. A feature job joins the latest
track readings with each entered greyhound's vet records (inspections, past
injuries, time off) and race history from the racing records system. A scoring
endpoint runs a gradient-boosted model over the race card and returns a risk
score and top factors to a vet dashboard that track vets open on tablets at the
track; the vet examines the dog and alone decides any withdrawal. Injuries vets
record afterwards become labels for seasonal retraining by the data science
team. Controls: per-sensor API keys and schema checks at ingestion, Entra ID with
MFA and roles for vets, encrypted vet records, validated and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greyhound pre-race injury risk model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Per-runner injury risk scores from track surface sensors, vet records and race "
        "history, shown to track vets before each race."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Track surface sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Moisture, compaction and temperature per sensor, every five minutes.",
)
vet_records = tg.Data(
    "Greyhound vet records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pre-race inspections, injuries, treatments and stand-downs, with the trainer's licence number.",
)
vet_notes = tg.Data(
    "Inspection and injury notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="What the track vet records at pre-race inspection and after any injury.",
)
race_history = tg.Data(
    "Race history and race cards",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Results, sectional times, trials, grades and the entries for upcoming races.",
)
features = tg.Data("Runner risk features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
score_request = tg.Data(
    "Race card score request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
risk_scores = tg.Data(
    "Injury risk scores and top factors",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Per-runner probability of injury in the race; betting-sensitive before the off.",
)
training_data = tg.Data(
    "Historic runs with injury labels",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Features of past runs labelled with whether the greyhound was injured.",
)
run_config = tg.Data(
    "Retraining run configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Season window, hyperparameters and the promotion threshold.",
)
model_artifact = tg.Data(
    "Injury risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Joblib-saved gradient-boosted trees.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Licensed track sites", trust=tg.Trust.PARTNER):
    # Installed by the regulator in each track operator's racing surface.
    sensors = tm.add(
        tg.Device("Track surface sensors", description="Sensor nodes with a 4G modem at each bend.")
    )
    # Regulator-appointed vets on duty at every meeting; they examine each runner.
    vet = tm.add(tg.Actor("Track vet", role="track veterinary surgeon"))

with tm.boundary("Regulator cloud", trust=tg.Trust.INTERNAL):
    # Receives sensor readings and rejects malformed messages.
    ingestion = tm.add(
        tg.Service(
            "Sensor ingestion service",
            controls={
                c.Authentication(method="per-sensor API key"),
                c.SchemaEnforcement(note="readings outside physical ranges are dropped"),
            },
        )
    )
    # Latest and historic surface conditions per track.
    conditions_db = tm.add(tg.DataStore("Track conditions database", stores={readings}))
    # Existing system where vets record inspections and injuries.
    vet_system = tm.add(
        tg.DataStore(
            "Veterinary records system",
            stores={vet_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Existing system of race results, entries and race cards.
    racing_records = tm.add(tg.DataStore("Racing records system", stores={race_history}))
    # Joins track conditions, vet history and race history per runner.
    feature_job = tm.add(tg.Pipeline("Runner feature job", stage=tg.Stage.PREPROCESSING))
    feature_store = tm.add(tg.FeatureStore("Runner feature store", stores={features}, online=True))
    # Scores every runner on a race card on request.
    scoring = tm.add(tg.Endpoint("Risk scoring endpoint", returns_scores=True))
    # The model itself: advisory, the vet makes the call.
    model = tm.add(
        tg.Model(
            "Injury risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over track, vet and race-history features.",
            controls={
                c.HumanInTheLoop(
                    approver="the track vet examines the greyhound and decides any withdrawal"
                )
            },
        )
    )
    # Web app vets open on tablets at the track.
    dashboard = tm.add(
        tg.Endpoint(
            "Vet risk dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="regulator Entra ID accounts with MFA"),
                c.RBAC(note="vets see meetings at the tracks they are rostered to"),
            },
        )
    )

    with tm.boundary("Data science workspace", trust=tg.Trust.INTERNAL):
        training_set = tm.add(tg.Dataset("Injury training set", stores={training_data}))
        # Seasonal retraining; promotion only if it beats the current model on a holdout season.
        training = tm.add(
            tg.Pipeline(
                "Seasonal retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="holdout-season AUC and calibration check")},
            )
        )
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Regulator office network", trust=tg.Trust.INTERNAL):
    # Builds, retrains and deploys the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(sensors, ingestion, readings, protocol="MQTT over TLS")
tm.flow(ingestion, conditions_db, readings)
tm.flow(vet, vet_system, vet_notes, protocol="https", label="records inspections and injuries")

tm.flow(conditions_db, feature_job, readings)
tm.flow(vet_system, feature_job, vet_records)
tm.flow(racing_records, feature_job, race_history)
tm.flow(feature_job, feature_store, features)

tm.flow(vet, dashboard, score_request, protocol="https")
tm.flow(dashboard, scoring, score_request)
tm.flow(racing_records, scoring, race_history, label="race card entries")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, model, features)
tm.flow(model, scoring, risk_scores)
tm.flow(scoring, dashboard, risk_scores)
tm.flow(dashboard, vet, risk_scores, protocol="https")

tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(vet_system, training_set, vet_records, label="injury outcomes as labels")
tm.flow(training_set, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, training, run_config, label="launches retraining")
tm.flow(registry, model, model_artifact, label="deploy approved version")
