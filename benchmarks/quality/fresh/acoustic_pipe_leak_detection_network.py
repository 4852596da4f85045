"""Acoustic pipe leak detection network: the first design, before any security review.

A water utility fits battery-powered acoustic loggers to valves and hydrants across
its distribution network. Each night they record pipe noise and post the readings
over the cellular network to an ingestion API in the utility's cloud account, which
checks a per-device token and the payload schema and stores the readings. A scoring
service combines them with pipe geometry from the GIS and runs an in-house model
that detects leaks and estimates where they are between loggers; each alert becomes
a work order in the maintenance management system through an integration service.
Field crews see the work orders in the maintenance app, dig or listen on site and
close them as leak confirmed or not found. Closed work orders are joined with the
readings into labelled examples; a training pipeline retrains the model monthly and
ML engineers promote new versions from the registry to scoring.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Acoustic pipe leak detection network",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Acoustic loggers on water mains feed a cloud leak detection and localisation "
        "model that raises maintenance work orders; crew confirmations feed retraining."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Acoustic readings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Nightly noise level spectra and short audio samples, with logger id and time.",
)
logger_config = tg.Data(
    "Logger configuration",
    kind="records",
    description="Recording schedule and upload window sent back with each upload's reply.",
)
pipe_network = tg.Data(
    "Pipe network data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Main geometry, material, diameter and logger positions from the GIS.",
)
leak_features = tg.Data("Leak features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
leak_estimate = tg.Data(
    "Leak probability and location",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
leak_alert = tg.Data(
    "Leak alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Suspected leak with estimated position along a main and a confidence.",
)
work_order = tg.Data(
    "Leak work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
crew_confirmation = tg.Data(
    "Crew leak confirmation",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Work order closure: leak confirmed (with the actual position) or not found.",
)
training_examples = tg.Data("Labelled leak examples", kind="training-data")
leak_labels = tg.Data(
    "Leak labels",
    kind="labels",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_config = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Leak model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="joblib file of the gradient-boosted detector and localisation model.",
)
promotion = tg.Data("Model promotion", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Street and field", trust=tg.Trust.UNTRUSTED):
    # Thousands of loggers in valve chambers and on hydrants, reachable by anyone who lifts a cover.
    loggers = tm.add(
        tg.Device(
            "Acoustic loggers",
            description="Battery loggers with a cellular modem and a per-device token.",
        )
    )
    # Maintenance crews working from tablets on the mobile network.
    crew = tm.add(tg.Actor("Field crew", role="maintenance crew"))

with tm.boundary("Utility cloud account", trust=tg.Trust.INTERNAL):
    # Public API the loggers upload to over the cellular network.
    ingestion = tm.add(
        tg.Endpoint(
            "Logger ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-device token provisioned at manufacture"),
                c.SchemaEnforcement(),
            },
        )
    )
    # Object storage of every reading, kept for correlation and training.
    readings_store = tm.add(
        tg.DataStore(
            "Readings store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs after each night's uploads: builds features and calls the model.
    scoring = tm.add(tg.Service("Leak scoring service"))
    # In-house model that detects leak noise and localises it between loggers.
    leak_model = tm.add(
        tg.Model(
            "Leak detection and localisation model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Flags mains with leak noise and estimates the position along the pipe.",
        )
    )
    # Turns alerts into work orders and pulls closed ones back.
    integration = tm.add(
        tg.Service(
            "Work order integration",
            controls={
                c.SecretsManagement(note="maintenance system API key in the cloud secret store")
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Joins crew outcomes with the readings around each work order.
        labelling = tm.add(tg.Pipeline("Leak labelling pipeline", stage=tg.Stage.LABELING))
        # Labelled examples the model is trained on.
        dataset = tm.add(
            tg.Dataset(
                "Leak training set",
                stores={training_examples, leak_labels},
                controls={c.DataVersioning()},
            )
        )
        # Monthly retraining job; installs its Python packages when it starts.
        training = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # Versions of the model that scoring loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Utility corporate network", trust=tg.Trust.INTERNAL):
    # Asset and work management system used by planners and crews.
    maintenance = tm.add(
        tg.Service(
            "Maintenance management system",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Source of pipe geometry and logger positions.
    gis = tm.add(tg.DataSource("Network GIS", provides={pipe_network}))
    # Builds and promotes models.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Readings in, over the carrier's cellular network
tm.flow(loggers, ingestion, readings, protocol="https")
tm.flow(ingestion, loggers, logger_config, protocol="https")
tm.flow(ingestion, readings_store, readings)

# Nightly detection and localisation
tm.flow(readings_store, scoring, readings)
tm.flow(gis, scoring, pipe_network, protocol="https")
tm.flow(scoring, leak_model, leak_features)
tm.flow(leak_model, scoring, leak_estimate)
tm.flow(scoring, integration, leak_alert)

# Work orders out, crew outcomes back
tm.flow(integration, maintenance, work_order, protocol="https")
tm.flow(maintenance, crew, work_order, protocol="https")
tm.flow(crew, maintenance, crew_confirmation, protocol="https")
tm.flow(maintenance, integration, crew_confirmation, protocol="https", label="closed work orders")

# Retraining from confirmed leaks
tm.flow(integration, labelling, crew_confirmation)
tm.flow(readings_store, labelling, readings)
tm.flow(labelling, dataset, training_examples, leak_labels)
tm.flow(dataset, training, training_examples, leak_labels)
tm.flow(ml_engineer, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, label="promotes version")
tm.flow(registry, leak_model, model_artifact, label="deploy")
