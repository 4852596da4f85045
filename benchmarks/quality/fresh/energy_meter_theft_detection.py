"""Energy meter theft detection: the first design, before any security review.

A UK/EU electricity distributor wants to find electricity theft and meter
tampering. Smart meters at customers' premises report half-hourly readings and
tamper events to the meter head-end system (HES) in the AMI network; the HES
exports them every night over SFTP to our analytics platform, where they are
joined with account and premise data from the customer information system.
A feature pipeline builds consumption profiles and a nightly scoring job runs an
anomaly-detection model over every premise. Premises above a threshold become
cases in the field-inspection queue. Inspectors see their work orders in a
mobile app (company SSO with MFA), visit the premise and record the outcome;
nothing is done to a customer on a flag alone. Confirmed outcomes become labels
for a quarterly retraining run by the data science team, and approved models
are promoted from the model registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Energy meter theft detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Anomaly detection on smart-meter readings to route theft inspections.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Half-hourly readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per-meter consumption every 30 minutes; reveals occupancy patterns.",
)
meter_events = tg.Data(
    "Meter events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tamper, cover-open, magnetic-field and power-outage alarms.",
)
accounts = tg.Data(
    "Customer account data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Account holder, premise address, tariff, occupancy type, payment status.",
)
features = tg.Data(
    "Consumption features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-premise load profiles, ratios to peers, event counts.",
)
score = tg.Data("Theft score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
case = tg.Data(
    "Inspection work order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Premise, customer name and address, score and reason codes.",
)
outcome = tg.Data(
    "Inspection outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Inspector's finding, notes and photos of the meter installation.",
)
labels = tg.Data(
    "Theft labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data("Training code and configuration", kind="code")
approval = tg.Data("Release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # The meters sit in customers' homes and businesses, where tampering happens.
    meters = tm.add(tg.Device("Smart meters", fleet=True))

with tm.boundary("AMI network", trust=tg.Trust.RESTRICTED):
    # Collects readings and events from the meters; operated by the metering team.
    hes = tm.add(
        tg.DataSource(
            "Meter head-end system",
            origin=tg.Origin.INTERNAL,
            provides={readings, meter_events},
        )
    )

with tm.boundary("Enterprise applications", trust=tg.Trust.INTERNAL):
    # Billing and customer system of record: who lives where, on which tariff.
    cis = tm.add(
        tg.DataSource("Customer information system", origin=tg.Origin.INTERNAL, provides={accounts})
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Loads the nightly HES export and the CIS extract into the warehouse.
    ingestion = tm.add(
        tg.Pipeline(
            "Readings ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="HES export files checked against the file spec")},
        )
    )
    # History of readings, events and accounts.
    warehouse = tm.add(
        tg.DataStore(
            "Meter data warehouse",
            stores={readings, meter_events, accounts},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Builds per-premise consumption profiles.
    feature_job = tm.add(tg.Pipeline("Feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Offline store of features for scoring and training.
    feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=False))
    # The anomaly detector; its flags send inspectors to people's homes.
    model = tm.add(
        tg.Model(
            "Theft detection model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            controls={
                c.HumanInTheLoop(
                    approver="field inspector",
                    note="no back-billing or disconnection without an on-site inspection",
                )
            },
        )
    )
    # Nightly batch: scores every premise and opens cases above the threshold.
    scoring = tm.add(tg.Service("Nightly scoring job"))
    # Case management for revenue protection.
    queue = tm.add(tg.DataStore("Inspection queue", stores={case, outcome}))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Inspection outcomes joined with features, for retraining.
        label_set = tm.add(tg.Dataset("Labeled inspections", stores={labels, features}))
        # Quarterly retraining run by the data scientists.
        training = tm.add(tg.Pipeline("Model training", stage=tg.Stage.TRAINING))
        # Versioned model artifacts; serving loads the promoted version.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Utility DMZ", trust=tg.Trust.INTERNAL):
    # Backend of the inspectors' mobile app.
    inspection_api = tm.add(
        tg.Endpoint(
            "Inspection app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Revenue protection inspectors on company tablets over mobile networks.
    inspector = tm.add(tg.Actor("Field inspector", role="revenue protection inspector"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trains, evaluates and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(meters, hes, readings, meter_events, protocol="dlms", label="RF mesh / cellular")
tm.flow(hes, ingestion, readings, meter_events, protocol="sftp", label="nightly export")
tm.flow(cis, ingestion, accounts, label="nightly extract")
tm.flow(ingestion, warehouse, readings, meter_events, accounts)

tm.flow(warehouse, feature_job, readings, meter_events, accounts)
tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, queue, case, label="scores above threshold")

tm.flow(queue, inspection_api, case)
tm.flow(inspection_api, inspector, case, protocol="https", label="work orders")
tm.flow(inspector, inspection_api, outcome, protocol="https", label="visit outcome")
tm.flow(inspection_api, queue, outcome)

tm.flow(queue, label_set, labels, label="closed cases")
tm.flow(feature_store, label_set, features, label="snapshot at flag time")
tm.flow(label_set, training, labels, features)
tm.flow(data_scientist, training, training_config, protocol="ssh")
tm.flow(training, registry, weights)
tm.flow(data_scientist, registry, approval, protocol="https", label="approves promotion")
tm.flow(registry, model, weights, label="deploy")
