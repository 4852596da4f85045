"""Water utility leak detection from acoustic loggers: the first design, before any security review.

The water company has battery-powered acoustic loggers clamped to valves and hydrants
in street chambers across its distribution network. Each night they record pipe noise
and, in the early morning, upload the recordings and their status over the mobile
network to an ingestion API in the company's cloud tenant, authenticated with a
per-logger API key set at installation; the reply carries the next night's schedule.
A nightly scoring job turns the recordings into acoustic features, adds pipe material
and age from the GIS asset register, and has an in-house model rank the likely leaks.
The ranked list goes to the network technicians' dispatch system, where a leakage
planner (company SSO with MFA) turns the top candidates into work orders for crews.
Crews see the jobs on their handheld app, check the site and record leak confirmed
or not found. Once a month those outcomes are joined with the recordings into a
labelled set, the model is retrained, and a data scientist promotes the new version.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Water utility leak detection (acoustic loggers)",
    profile=tg.RiskProfile.LOW,
    description=(
        "Overnight acoustic logger recordings are ranked for likely leaks by an in-house "
        "model; crews dispatched to check them label the outcome, which feeds monthly retraining."
    ),
)

# ---------------------------------------------------------------- data assets
recordings = tg.Data(
    "Acoustic recordings",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Short overnight noise recordings per logger, with logger id and timestamp.",
)
logger_status = tg.Data(
    "Logger status readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Battery level, signal strength and firmware version sent with each upload.",
)
logger_schedule = tg.Data(
    "Logger recording schedule",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recording window and upload time, returned in the upload reply.",
)
asset_data = tg.Data(
    "Pipe asset records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pipe material, diameter, age, burst history and logger positions on the network map.",
)
features = tg.Data(
    "Acoustic and pipe features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
)
leak_scores = tg.Data(
    "Leak likelihood scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
candidates = tg.Data(
    "Ranked leak candidates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Top-ranked logger locations with score and nearest pipe segment.",
)
work_orders = tg.Data(
    "Leak check work orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Location, access notes and assigned crew for each site to check.",
)
outcomes = tg.Data(
    "Leak check outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Leak confirmed or not found, with the crew's notes, per work order.",
)
training_set = tg.Data(
    "Labelled recordings",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Leak ranking model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="PyTorch checkpoint of the spectrogram model.",
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Street network and mobile field", trust=tg.Trust.UNTRUSTED):
    # The loggers sit in street chambers anyone with a chamber key can open.
    loggers = tm.add(
        tg.Device(
            "Acoustic loggers",
            fleet=True,
            description="Battery loggers with a SIM; upload once a night over the mobile network.",
        )
    )
    # Crews' company-issued handhelds, on the public mobile network.
    handheld = tm.add(
        tg.Device("Crew handheld app", fleet=True, description="Work order app on company phones.")
    )
    # The technicians who go to site and confirm or rule out each leak.
    crew = tm.add(tg.Actor("Network technician crew", role="field technician"))

with tm.boundary("Utility cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives the overnight uploads from the logger fleet.
    ingestion = tm.add(
        tg.Endpoint(
            "Logger upload API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-logger API key set at installation")},
        )
    )
    # Keeps the raw recordings for scoring and for building training sets.
    recording_store = tm.add(
        tg.DataStore(
            "Recording store",
            stores={recordings, logger_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS, provider-managed key")},
        )
    )
    # Runs once a night after the upload window closes.
    scoring_job = tm.add(
        tg.Service(
            "Nightly leak scoring job",
            description="Extracts features, calls the model, ranks candidates and posts the list.",
        )
    )
    # The in-house model that ranks loggers by how likely a leak is nearby.
    leak_model = tm.add(
        tg.Model(
            "Leak ranking model",
            task=tg.Task.RANKER,
            returns_scores=True,
            description="CNN over noise spectrograms plus pipe features.",
        )
    )
    # Joins crew outcomes to the recordings behind each work order.
    labelling = tm.add(tg.Pipeline("Monthly outcome labelling job", stage=tg.Stage.LABELING))
    # The growing labelled set the model is retrained on.
    label_set = tm.add(
        tg.Dataset(
            "Labelled leak dataset",
            stores={training_set},
            controls={c.DataVersioning()},
        )
    )
    # Retrains the model each month on the labelled set.
    retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; the scoring job loads the promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The company's GIS: where every pipe and logger is, and what it is made of.
    gis = tm.add(tg.DataStore("GIS asset register", stores={asset_data}))
    # The network technicians' dispatch and work management system.
    dispatch = tm.add(
        tg.Service(
            "Technician dispatch system",
            controls={
                c.Authentication(
                    method="company SSO with MFA for office staff; technician's own login on the handheld"
                ),
                c.RBAC(),
            },
        )
    )
    # Decides which candidates become work orders, given crew capacity.
    planner = tm.add(tg.Actor("Leakage planner", role="dispatch planner"))
    # Runs retraining and promotes model versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    loggers,
    ingestion,
    recordings,
    logger_status,
    protocol="https",
    label="overnight upload over mobile network",
)
tm.flow(ingestion, loggers, logger_schedule, protocol="https", label="upload reply")
tm.flow(ingestion, recording_store, recordings, logger_status)

tm.flow(recording_store, scoring_job, recordings, label="nightly batch read")
tm.flow(gis, scoring_job, asset_data, protocol="https", label="nightly asset export")
tm.flow(scoring_job, leak_model, features)
tm.flow(leak_model, scoring_job, leak_scores)
tm.flow(scoring_job, dispatch, candidates, protocol="https")

tm.flow(dispatch, planner, candidates, protocol="https")
tm.flow(planner, dispatch, work_orders, protocol="https", label="raises work orders")
tm.flow(dispatch, handheld, work_orders, protocol="https")
tm.flow(handheld, crew, work_orders, label="job list")
tm.flow(crew, handheld, outcomes, label="records result on site")
tm.flow(handheld, dispatch, outcomes, protocol="https")

tm.flow(dispatch, labelling, outcomes, protocol="https", label="monthly export")
tm.flow(recording_store, labelling, recordings, label="monthly batch read")
tm.flow(labelling, label_set, training_set)
tm.flow(label_set, retraining, training_set)
tm.flow(retraining, registry, model_artifact)
tm.flow(data_scientist, registry, release_approval, protocol="https", label="promotes version")
tm.flow(registry, leak_model, model_artifact, label="deploy")
