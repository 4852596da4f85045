"""Acoustic leak detection for water mains: the first design, before any security review.

The utility has fitted battery acoustic loggers to valves and hydrants on its
distribution mains. Each night the loggers record pipe noise and upload the clips
and noise-level summaries over LTE-M to the logger vendor's cloud platform, which
also pushes their recording schedules. An ingestion job in the utility's cloud pulls
the night's data through the vendor API into a recording store. A scoring service
joins each clip with pipe attributes from the GIS asset register, extracts spectral
features and runs an in-house detector that gives a leak probability per logger.
Leak analysts listen to flagged clips on a review dashboard and raise a work order
in the work management system only for those they confirm; repair crews report on
their mobile app whether a leak was found, and those outcomes label the training
set that a data scientist retrains the model on monthly. Controls in this design:
TLS from the loggers, SSO with MFA for staff apps, encrypted storage, analyst review
of every alert, and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water mains acoustic leak detection",
    profile=tg.RiskProfile.LOW,
    description=(
        "Nightly acoustic logger recordings scored by an in-house detector; analysts "
        "confirm likely leaks and dispatch repair crews."
    ),
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Acoustic recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
    description="Short night-time clips of pipe noise from each logger.",
)
noise_readings = tg.Data(
    "Logger noise readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Minimum night noise level, spread and battery status per logger.",
)
logger_config = tg.Data(
    "Logger recording schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
asset_data = tg.Data(
    "Pipe asset data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pipe material, diameter, age and logger locations on the network.",
)
features = tg.Data("Spectral features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
leak_score = tg.Data("Leak probability", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
alerts = tg.Data(
    "Leak alerts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Logger, location, leak probability and the clip to listen to.",
)
review = tg.Data("Analyst review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_orders = tg.Data(
    "Leak work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
outcomes = tg.Data(
    "Dig outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Leak found or not found, with pipe and joint type, reported by the crew.",
)
training_set = tg.Data(
    "Labelled leak training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data(
    "Leak detector checkpoint",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Street chambers and field", trust=tg.Trust.UNTRUSTED):
    # Battery acoustic loggers on valves and hydrants, reachable by anyone who lifts a cover.
    loggers = tm.add(tg.Device("Acoustic loggers", fleet=True))
    # Repair crews get work orders and report dig outcomes on their mobile app.
    crew = tm.add(tg.Actor("Repair crew", role="field technician"))

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's platform receives logger uploads and manages the fleet.
    vendor = tm.add(
        tg.ExternalService(
            "Logger vendor platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Receives uploads, manages schedules, exposes a REST API.",
        )
    )

with tm.boundary("Utility cloud", trust=tg.Trust.INTERNAL):
    # Nightly job that pulls the night's clips and readings through the vendor API.
    ingestion = tm.add(
        tg.Pipeline(
            "Recording ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="vendor API key in the cloud key vault")},
        )
    )
    # Object storage for clips and readings, kept for scoring, review and training.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recordings, noise_readings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Batch service that prepares features and runs the detector after ingestion.
    scoring = tm.add(
        tg.Service(
            "Leak scoring service",
            description="Joins clips with pipe attributes, extracts features, calls the model.",
        )
    )
    # The in-house detector: a convolutional network over spectrograms.
    model = tm.add(
        tg.Model(
            "Leak detector model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={c.HumanInTheLoop(approver="leak analyst confirms each alert")},
        )
    )
    # Web app where analysts listen to flagged clips and confirm or dismiss them.
    dashboard = tm.add(
        tg.Endpoint(
            "Leak review dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Clips joined with crew-reported dig outcomes, for retraining.
        dataset = tm.add(tg.Dataset("Leak training set", stores={training_set}))
        # Monthly retraining run by the data scientist from a notebook-launched job.
        training = tm.add(tg.Pipeline("Detector training", stage=tg.Stage.TRAINING))
        # Keeps every detector version so serving can be rolled back.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The GIS asset register: pipe attributes and where each logger is fitted.
    gis = tm.add(tg.DataStore("GIS asset register", stores={asset_data}))
    # Work management system that schedules repairs and records their outcomes.
    wms = tm.add(
        tg.DataStore(
            "Work management system",
            stores={work_orders, outcomes},
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Leak analysts in the network operations team review every alert.
    analyst = tm.add(tg.Actor("Leak analyst", role="network analyst"))
    # Builds the training set, retrains and promotes detector versions.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Loggers and the vendor platform
tm.flow(loggers, vendor, recordings, noise_readings, protocol="tls", label="nightly LTE-M upload")
tm.flow(vendor, loggers, logger_config, protocol="tls")
tm.flow(vendor, ingestion, recordings, noise_readings, protocol="https", label="vendor API pull")
tm.flow(ingestion, recording_store, recordings, noise_readings)

# Scoring
tm.flow(recording_store, scoring, recordings, noise_readings)
tm.flow(gis, scoring, asset_data, protocol="https")
tm.flow(scoring, model, features)
tm.flow(model, scoring, leak_score)
tm.flow(scoring, dashboard, alerts)

# Review and dispatch
tm.flow(dashboard, analyst, alerts, recordings, protocol="https")
tm.flow(analyst, dashboard, review, protocol="https")
tm.flow(dashboard, wms, work_orders, protocol="https", label="raise work order")
tm.flow(wms, crew, work_orders, protocol="https", label="crew mobile app")
tm.flow(crew, wms, outcomes, protocol="https", label="dig outcome")

# Retraining
tm.flow(wms, dataset, outcomes, protocol="https")
tm.flow(recording_store, dataset, recordings)
tm.flow(dataset, training, training_set)
tm.flow(scientist, training, training_config, protocol="https")
tm.flow(training, registry, weights)
tm.flow(scientist, registry, weights, protocol="https", label="promotes a version")
tm.flow(registry, model, weights, label="deploy")
