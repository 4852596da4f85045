"""Airline maintenance logbook NLP: the first design, before any security review.

Pilots write defects and mechanics write rectifications as free text in a
vendor-hosted electronic tech log, on tablets at the gate or in the flight deck.
A nightly ingestion job pulls the new entries over the vendor's API and the
component removal history from our MRO system, runs an in-house NLP model that
extracts defects (ATA chapter, component, symptom) from the text, and writes
everything to a maintenance data lake. A failure model then scores each tail
and component for the risk of an unscheduled removal in the next 30 days.
Reliability engineers read the predictions in a dashboard and plan maintenance
work orders in the MRO system; they also annotate a sample of entries each month.
Both models are retrained monthly (the NLP model from an open-weights base model),
tested on a held-out period, and promoted from a registry by an ML engineer.
Access is through corporate SSO with roles; traffic is HTTPS or SFTP.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline maintenance logbook NLP",
    profile=tg.RiskProfile.HIGH,
    description="Defect extraction from tech-log free text and component failure prediction.",
)

# ---------------------------------------------------------------- data assets
entries = tg.Data(
    "Tech log entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Free-text defect and rectification entries with tail, crew and licence numbers.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
history = tg.Data(
    "Component removal history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Part and serial numbers, flight hours and cycles, removals and findings.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
defects = tg.Data(
    "Extracted defects",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
features = tg.Data("Reliability features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
predictions = tg.Data(
    "Failure predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per tail and component risk of unscheduled removal in the next 30 days.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
work_orders = tg.Data(
    "Maintenance work orders", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
labels = tg.Data(
    "Defect annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_data = tg.Data(
    "Training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
base_model = tg.Data(
    "Open-weights base language model", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
nlp_artifact = tg.Data(
    "Defect extractor artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="safetensors"
)
failure_artifact = tg.Data(
    "Failure model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
approval = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Flight decks and line stations", trust=tg.Trust.PARTNER):
    # Captains and first officers report defects after each flight.
    pilot = tm.add(tg.Actor("Pilot", role="flight crew"))
    # Own and contracted line mechanics at outstations record rectifications.
    mechanic = tm.add(tg.Actor("Line mechanic", role="licensed engineer"))

with tm.boundary("Tech log vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's electronic tech log: the legal record of defects.
    etl = tm.add(
        tg.DataSource(
            "Electronic tech log",
            origin=tg.Origin.VENDOR,
            provides={entries},
            description="SaaS eTechLog; entries are typed on crew and mechanic tablets.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public hub the NLP base model is downloaded from at each retraining.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Airline corporate network", trust=tg.Trust.INTERNAL):
    # Plans maintenance from the predictions and annotates entries.
    engineer = tm.add(tg.Actor("Reliability engineer", role="reliability engineer"))
    # Runs retraining and promotes models to production.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))
    # The MRO system of record for components and work orders.
    mro = tm.add(
        tg.DataSource(
            "MRO system",
            origin=tg.Origin.INTERNAL,
            provides={history},
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Read-only dashboard of predictions and extracted defects.
    dashboard = tm.add(
        tg.Endpoint(
            "Reliability dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Reliability analytics platform", trust=tg.Trust.INTERNAL):
        # Nightly pull of new entries and component history.
        ingestion = tm.add(
            tg.Pipeline(
                "Nightly ingestion job",
                stage=tg.Stage.INGESTION,
                controls={
                    c.SchemaEnforcement(note="tech log API fields and ATA chapter codes"),
                    c.SecretsManagement(note="vendor API key and SFTP key in the vault"),
                },
            )
        )
        # Token-classification model over the free text.
        extractor = tm.add(
            tg.Model(
                "Defect extraction model",
                task=tg.Task.CLASSIFIER,
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Fine-tuned transformer tagging ATA chapter, component and symptom.",
            )
        )
        # Gradient-boosted model scoring removal risk per tail and component.
        failure_model = tm.add(
            tg.Model(
                "Component failure model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
            )
        )
        # Raw entries, history, extracted defects and predictions.
        lake = tm.add(
            tg.DataStore(
                "Maintenance data lake",
                stores={entries, history, defects, features, predictions},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Web tool where engineers annotate a monthly sample of entries.
        labeling = tm.add(tg.Pipeline("Annotation tool", stage=tg.Stage.LABELING))
        # Monthly training snapshot of annotations, features and outcomes.
        dataset = tm.add(tg.Dataset("Monthly training set", stores={training_data, labels}))
        # Retrains both models and backtests them on the last held-out quarter.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest on a held-out quarter")},
            )
        )
        # Versioned model artifacts that scoring loads from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={nlp_artifact, failure_artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(pilot, etl, entries, protocol="https", label="defect entries")
tm.flow(mechanic, etl, entries, protocol="https", label="rectification entries")
tm.flow(etl, ingestion, entries, protocol="https", label="nightly API pull")
tm.flow(mro, ingestion, history, protocol="sftp", label="nightly extract")
tm.flow(ingestion, extractor, entries)
tm.flow(extractor, ingestion, defects)
tm.flow(ingestion, lake, entries, history, defects, features)

tm.flow(lake, failure_model, features)
tm.flow(failure_model, lake, predictions)
tm.flow(lake, dashboard, predictions, defects)
tm.flow(dashboard, engineer, predictions, defects, protocol="https")
tm.flow(engineer, mro, work_orders, protocol="https", label="plans maintenance")

tm.flow(lake, labeling, entries, label="monthly sample")
tm.flow(labeling, engineer, entries, protocol="https")
tm.flow(engineer, labeling, labels, protocol="https")
tm.flow(labeling, dataset, labels)
tm.flow(lake, dataset, training_data, label="defects, features and removal outcomes")
tm.flow(dataset, training, training_data, labels)
tm.flow(hub, training, base_model, protocol="https")
tm.flow(training, registry, nlp_artifact, failure_artifact)
tm.flow(ml_engineer, registry, approval, protocol="https", label="promotes version")
tm.flow(registry, extractor, nlp_artifact, label="load")
tm.flow(registry, failure_model, failure_artifact, label="load")
