"""Funicular haul-cable wear model: the first design, before any security review.

A cliff funicular operator fits contact microphones to the haul cable's pulleys
and sheaves along the track and in the drive house. An edge recorder in the drive
house captures the audio on every trip, tags it with the car position and speed it
reads from the drive's PLC, computes spectral features and uploads features and
short clips over the site's 4G router to the operator's cloud tenant. A nightly
job runs a wear model that flags acoustic events consistent with broken wires and
estimates a wear index per rope section; the maintenance engineer sees the results
on a web dashboard and uses them to plan visual and magnetic rope inspections,
whose findings they record back as labels. An analytics consultancy retrains the
model from those findings. The model only advises: the statutory inspection
regime and the drive's own safety chain are unchanged. Controls in this design:
HTTPS uploads with a per-recorder API key, SSO with MFA on the dashboard, cloud
encryption at rest and versioned models in the registry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Funicular cable wear acoustic model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts haul-cable wire breaks and wear from pulley acoustics "
    "for the maintenance engineer's inspection plan.",
)

# ---------------------------------------------------------------- data assets
pulley_audio = tg.Data(
    "Pulley microphone audio",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
drive_state = tg.Data(
    "Drive operating state",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Car position, rope speed and motor load, polled every 100 ms.",
)
acoustic_features = tg.Data(
    "Acoustic features and clips",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-section spectral features and 2-second clips around acoustic events.",
)
predictions = tg.Data(
    "Wire break and wear predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
findings = tg.Data(
    "Rope inspection findings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Broken-wire counts and diameter loss per section from visual and "
    "magnetic rope tests, with the inspecting engineer's name.",
)
training_examples = tg.Data(
    "Labelled acoustic training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_config = tg.Data("Training run configuration", kind="instructions")
model_artifact = tg.Data(
    "Wear model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Funicular drive house and track", trust=tg.Trust.INTERNAL):
    # The sensors the whole system listens through, one per pulley and sheave.
    microphones = tm.add(
        tg.Device(
            "Pulley contact microphones",
            fleet=True,
            description="Piezo contact microphones wired to the edge recorder's audio interface.",
        )
    )
    # Existing drive controller; we only read its state to align audio with the car's position.
    drive_plc = tm.add(
        tg.Service(
            "Drive PLC",
            description="The funicular's drive controller; read-only Modbus register polling.",
        )
    )
    # Captures audio, aligns it to rope position and uploads features to the cloud.
    edge_recorder = tm.add(
        tg.Service(
            "Drive-house edge recorder",
            description="Industrial PC that buffers a week of audio and computes spectral features.",
        )
    )

with tm.boundary("Operator cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives the uploads from the drive house.
    ingestion = tm.add(
        tg.Endpoint(
            "Acoustic ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="per-recorder API key")},
        )
    )
    # Keeps features and clips for scoring and for retraining.
    recording_store = tm.add(
        tg.DataStore(
            "Acoustic recording store",
            stores={acoustic_features},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the wear model over the day's recordings.
    scoring_job = tm.add(
        tg.Service(
            "Nightly wear scoring job",
            description="Scores each rope section from the last 24 hours of features.",
        )
    )
    # The model itself: flags wire-break events and estimates a wear index per section.
    wear_model = tm.add(
        tg.Model(
            "Cable wear model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Flags acoustic events consistent with broken wires and "
            "regresses a wear index per rope section; the engineer decides the plan.",
        )
    )
    # Holds predictions and the engineer's inspection findings side by side.
    condition_db = tm.add(
        tg.DataStore(
            "Rope condition database",
            stores={predictions, findings},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the maintenance engineer reads predictions and records findings.
    dashboard = tm.add(
        tg.Service(
            "Inspection planning dashboard",
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="operator Microsoft Entra ID SSO with MFA")
            },
        )
    )
    # Training examples joined from recordings and inspection findings.
    training_set = tm.add(
        tg.Dataset(
            "Labelled training set",
            stores={training_examples},
            purpose=tg.DatasetPurpose.TRAINING,
        )
    )
    # Retrains the model when new inspection findings arrive, run by the consultancy.
    training = tm.add(
        tg.Pipeline(
            "Model training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Versioned model artifacts; the scoring job loads the version tagged as released.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )

with tm.boundary("Operator staff", trust=tg.Trust.INTERNAL):
    # Plans rope inspections and records what they find.
    engineer = tm.add(tg.Actor("Maintenance engineer", role="maintenance engineer"))

with tm.boundary("Analytics consultancy", trust=tg.Trust.PARTNER):
    # Builds and retrains the model under contract.
    data_scientist = tm.add(
        tg.Actor("Consultancy data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(microphones, edge_recorder, pulley_audio, label="wired analogue audio")
tm.flow(drive_plc, edge_recorder, drive_state, protocol="modbus")
tm.flow(edge_recorder, ingestion, acoustic_features, protocol="https", label="upload over 4G")
tm.flow(ingestion, recording_store, acoustic_features)

tm.flow(recording_store, scoring_job, acoustic_features, label="nightly batch")
tm.flow(scoring_job, wear_model, acoustic_features)
tm.flow(wear_model, scoring_job, predictions)
tm.flow(scoring_job, condition_db, predictions)

tm.flow(condition_db, dashboard, predictions, findings)
tm.flow(dashboard, engineer, predictions, findings, protocol="https")
tm.flow(engineer, dashboard, findings, protocol="https", label="records inspection results")
tm.flow(dashboard, condition_db, findings)

tm.flow(recording_store, training_set, acoustic_features, label="export")
tm.flow(condition_db, training_set, findings, label="export")
tm.flow(training_set, training, training_examples)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(registry, scoring_job, model_artifact, label="loads the released version")
