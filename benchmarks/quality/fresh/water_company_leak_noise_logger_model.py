"""Leak noise logger ranking: the first design, before any security review.

About 6,000 acoustic noise loggers are fixed to valves and hydrants on our
distribution mains. Each night they record pipe noise and upload it over a
cellular (LTE-M) link to the logger vendor's hosted head-end, which also sends
them their recording schedule. Our ingestion pipeline on the corporate data
platform pulls the night's readings from the vendor API with an API key kept in
Key Vault and stores them in the data lake. A nightly scoring job joins the
noise features with GIS pipe attributes (material, age, diameter) and asks an
in-house gradient-boosted ranker for a leak likelihood per logger; the ranked
list appears on the leakage dashboard (Entra ID sign-in) for leakage analysts,
who raise investigation jobs in the work management system. Detection crews get
the jobs and the ranked list on managed tablets and record dig outcomes, which
become the labels for monthly retraining. Models are versioned in MLflow.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Leak noise logger ranking",
    profile=tg.RiskProfile.LOW,
    description="Ranks likely leaks on water mains from acoustic logger data for detection crews.",
)

# ---------------------------------------------------------------- data assets
noise_readings = tg.Data(
    "Logger noise readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Nightly noise level, spread and spectrum per logger, with logger id.",
)
logger_schedule = tg.Data(
    "Logger recording schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recording window and upload time pushed down to each logger.",
)
vendor_api_key = tg.Data(
    "Vendor API key",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
noise_features = tg.Data(
    "Noise features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-logger features derived from the readings (night minimum, trend).",
)
pipe_assets = tg.Data(
    "Pipe asset attributes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Main locations, material, age and diameter from GIS: critical infrastructure maps.",
)
repair_records = tg.Data(
    "Leak repair records",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Where crews dug and whether a leak was found, used as training labels.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Leak ranker model",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
leak_scores = tg.Data(
    "Leak likelihood scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
ranked_list = tg.Data(
    "Ranked leak list",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Loggers ordered by leak likelihood, with map locations.",
)
job_orders = tg.Data(
    "Leak investigation jobs",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Street location, priority and assigned crew.",
)
dig_outcome = tg.Data(
    "Dig outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Leak found or not, pipe condition and photos noted by the crew.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Street network", trust=tg.Trust.UNTRUSTED):
    # The sensors themselves: in chambers and on hydrants, physically reachable by anyone.
    loggers = tm.add(
        tg.Device(
            "Acoustic noise loggers",
            fleet=True,
            description="Battery loggers with built-in LTE-M modems, fixed magnetically to fittings.",
        )
    )

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor runs the head-end that loggers talk to; we only see its API.
    head_end = tm.add(
        tg.ExternalService(
            "Logger vendor head-end",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Vendor SaaS receiving logger uploads and managing logger configuration.",
        )
    )

with tm.boundary("Corporate data platform", trust=tg.Trust.INTERNAL):
    # Pulls the night's readings from the vendor and derives features.
    ingestion = tm.add(
        tg.Pipeline(
            "Noise ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="vendor API key held in Azure Key Vault")},
        )
    )
    # Data lake zone holding raw readings and features.
    noise_store = tm.add(
        tg.DataStore(
            "Noise data lake",
            stores={noise_readings, noise_features},
            controls={
                c.EncryptionAtRest(key_management="platform-managed keys"),
                c.RBAC(note="data platform roles"),
            },
        )
    )
    # Snapshot of features joined with repair outcomes for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Leak training set",
            stores={noise_features, pipe_assets, repair_records},
            purpose="training",
        )
    )
    # Monthly retraining notebook job run by the data science team.
    training = tm.add(
        tg.Pipeline("Monthly ranker retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # MLflow registry: the scoring job loads the version tagged Production.
    registry = tm.add(
        tg.ModelRegistry(
            "MLflow model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(note="scoring loads the Production-tagged version")},
        )
    )
    # The ranker itself, loaded in-process by the scoring job.
    ranker = tm.add(
        tg.Model(
            "Leak likelihood ranker",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees scoring each logger's chance of a nearby leak.",
        )
    )
    # Runs after ingestion each night and publishes the ranked list.
    scoring = tm.add(tg.Service("Nightly leak scoring job"))
    # Web dashboard analysts and crews read the ranked list on.
    dashboard = tm.add(
        tg.Endpoint(
            "Leakage dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="Entra ID single sign-on"),
                c.RBAC(note="leakage and field operations groups"),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # System of record for pipe assets.
    gis = tm.add(
        tg.DataSource("GIS asset register", origin=tg.Origin.INTERNAL, provides={pipe_assets})
    )
    # Work management system: jobs out to crews, outcomes back.
    wms = tm.add(
        tg.DataStore(
            "Work management system",
            stores={job_orders, repair_records},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )
    # Decides which ranked loggers become investigation jobs.
    analyst = tm.add(tg.Actor("Leakage analyst", role="leakage analyst"))
    # Builds and retrains the ranker.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Field operations", trust=tg.Trust.INTERNAL):
    # Crews walk the flagged mains with ground microphones and dig.
    crew = tm.add(tg.Actor("Leak detection crew", role="field technician"))
    # Company-managed tablets, on the mobile network with always-on VPN.
    tablet = tm.add(
        tg.Device(
            "Crew field tablet",
            fleet=True,
            description="Intune-managed tablet running the job app and the dashboard in a browser.",
            controls={c.Authentication(method="Entra ID sign-in on an Intune-enrolled tablet")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(loggers, head_end, noise_readings, protocol="lte-m", label="nightly upload")
tm.flow(head_end, loggers, logger_schedule, protocol="lte-m", label="configuration downlink")
tm.flow(ingestion, head_end, vendor_api_key, protocol="https", label="nightly pull request")
tm.flow(head_end, ingestion, noise_readings, protocol="https", label="nightly pull")
tm.flow(ingestion, noise_store, noise_readings, noise_features)

tm.flow(noise_store, training_set, noise_features, label="monthly snapshot")
tm.flow(gis, training_set, pipe_assets, label="monthly export")
tm.flow(wms, training_set, repair_records, label="monthly export")
tm.flow(training_set, training, noise_features, pipe_assets, repair_records)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)

tm.flow(registry, scoring, model_artifact, label="load Production version")
tm.flow(noise_store, scoring, noise_features, label="nightly batch read")
tm.flow(gis, scoring, pipe_assets, label="nightly sync")
tm.flow(scoring, ranker, noise_features, pipe_assets)
tm.flow(ranker, scoring, leak_scores)
tm.flow(scoring, dashboard, ranked_list)

tm.flow(dashboard, analyst, ranked_list, protocol="https")
tm.flow(analyst, wms, job_orders, protocol="https", label="raises investigation jobs")
tm.flow(wms, tablet, job_orders, protocol="https")
tm.flow(dashboard, tablet, ranked_list, protocol="https")
tm.flow(tablet, crew, job_orders, ranked_list, label="on the screen")
tm.flow(crew, tablet, dig_outcome, label="typed on the touchscreen")
tm.flow(tablet, wms, dig_outcome, protocol="https")
