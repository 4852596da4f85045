"""Acoustic leak detection: the first design, before any security review.

A regional water utility has fitted several thousand acoustic loggers to valves
and hydrants on its distribution mains. Each night the loggers record pipe noise
and upload summaries over NB-IoT to the logger vendor's cloud platform, which
our ingestion job pulls from hourly with an API key kept in the cloud key vault.
In the utility's analytics tenant, a triage service scores each logger's night
with an in-house leak classifier, groups neighbouring flags using pipe data from
the GIS, and raises a leak-survey work order in the work management system for
every cluster above the threshold. Leak analysts see the flags on a dashboard and
can cancel or merge work orders; repair crews get them on rugged tablets and
record what they found, and those outcomes become labels for monthly retraining
by the data science team. Staff sign in with corporate SSO and MFA. The system
raises work orders only; it controls no valves or pumps.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Acoustic leak detection",
    profile=tg.RiskProfile.LOW,
    description="Flags likely leaks from acoustic logger data and raises work orders "
    "for repair crews.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Acoustic logger readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Nightly noise level, spread and spectrum summary per logger.",
)
features = tg.Data("Acoustic features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
pipe_network = tg.Data(
    "Pipe network data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Main locations, materials, diameters and logger positions.",
)
leak_scores = tg.Data("Leak scores", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
leak_flags = tg.Data(
    "Suspected leak clusters",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Neighbouring loggers above threshold, with location and score.",
)
work_order = tg.Data(
    "Leak survey work order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
review = tg.Data("Analyst review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
outcomes = tg.Data(
    "Repair outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Leak found or not, leak type and position, recorded by the crew.",
)
training_config = tg.Data(
    "Training run settings", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Leak model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM classifier saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Field",
    trust=tg.Trust.UNTRUSTED,
    description="Street chambers, hydrants and crews on site: physically reachable by anyone.",
):
    # The sensors: battery loggers magnet-mounted on valves and hydrants.
    loggers = tm.add(tg.Device("Acoustic noise loggers", fleet=True))
    # Crew devices that receive work orders and record outcomes.
    tablets = tm.add(tg.Device("Crew rugged tablets", fleet=True))
    # The people who survey and dig.
    crew = tm.add(tg.Actor("Repair crew", role="field operative"))

with tm.boundary("Logger vendor cloud", trust=tg.Trust.PARTNER):
    # Vendor's platform the loggers upload to; we pull from its API.
    vendor = tm.add(tg.ExternalService("Logger vendor IoT platform", provides="data-provider"))

with tm.boundary("Utility analytics cloud", trust=tg.Trust.INTERNAL):
    # Pulls new readings from the vendor API every hour.
    ingestion = tm.add(
        tg.Pipeline(
            "Logger ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SecretsManagement(note="vendor API key in the cloud key vault"),
                c.SchemaEnforcement(),
            },
        )
    )
    # History of all logger readings.
    acoustic_store = tm.add(
        tg.DataStore(
            "Acoustic data store",
            stores={readings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The leak classifier.
    leak_model = tm.add(
        tg.Model(
            "Leak classifier",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Scores the probability that a logger's night is a leak.",
        )
    )
    # Scores, clusters flags and raises work orders.
    triage = tm.add(
        tg.Service(
            "Leak triage service",
            description="Runs each morning; raises a survey work order per cluster above "
            "the threshold without waiting for an analyst.",
        )
    )
    # Where analysts look at flags.
    dashboard = tm.add(
        tg.Service(
            "Leak dashboard",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Readings joined to repair outcomes.
    training_set = tm.add(tg.Dataset("Labelled leak training set", stores={features, outcomes}))
    # Monthly retraining.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="must beat the current model on a held-out quarter")},
        )
    )
    # Versions of the classifier that serving loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The utility's GIS of the pipe network.
    gis = tm.add(tg.DataStore("GIS pipe network", stores={pipe_network}, controls={c.RBAC()}))
    # Work management system: the system of record for work orders.
    wms = tm.add(
        tg.Service(
            "Work management system",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )
    # Reviews flags, cancels or merges work orders.
    analyst = tm.add(tg.Actor("Leak analyst", role="network analyst"))
    # Owns the model and its retraining.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

# Readings in
tm.flow(
    loggers,
    vendor,
    readings,
    protocol="nb-iot",
    controls={c.EncryptionInTransit(protocol="DTLS")},
    label="nightly upload",
)
tm.flow(vendor, ingestion, readings, protocol="https", controls={tls}, label="hourly API pull")
tm.flow(ingestion, acoustic_store, readings)

# Scoring and triage
tm.flow(acoustic_store, triage, readings)
tm.flow(gis, triage, pipe_network, protocol="https", controls={tls})
tm.flow(triage, leak_model, features)
tm.flow(leak_model, triage, leak_scores)
tm.flow(triage, wms, work_order, protocol="https", controls={tls}, label="service account")
tm.flow(triage, dashboard, leak_flags)

# Analyst review
tm.flow(dashboard, analyst, leak_flags, protocol="https", controls={tls})
tm.flow(analyst, dashboard, review, protocol="https", controls={tls})
tm.flow(dashboard, wms, review, protocol="https", controls={tls}, label="cancel or merge")
tm.flow(wms, dashboard, work_order, protocol="https", controls={tls}, label="order status")

# Crews
tm.flow(wms, tablets, work_order, protocol="https", controls={tls})
tm.flow(tablets, crew, work_order)
tm.flow(crew, tablets, outcomes)
tm.flow(tablets, wms, outcomes, protocol="https", controls={tls})

# Retraining
tm.flow(wms, training_set, outcomes, protocol="https", controls={tls}, label="weekly export")
tm.flow(acoustic_store, training_set, features, label="features computed from readings")
tm.flow(training_set, training, features, outcomes)
tm.flow(scientist, training, training_config)
tm.flow(training, registry, artifact)
tm.flow(registry, leak_model, artifact, label="loaded at deploy")
