"""Projector lamp and laser failure prediction: the first design, before any security review.

An independent cinema chain (twelve sites, about sixty screens) wants to replace
projector lamps and laser modules before they fail mid-show. A small collector in
each projection booth polls the projectors over SNMP for lamp hours, light output,
temperatures and error codes, and posts the readings to an ingestion job in the
chain's cloud account with a per-site API key. A gradient-boosted model, retrained
monthly from the telemetry and the maintenance history, estimates each lamp's or
laser's remaining life every night. A scheduler picks replacement slots outside
screenings and raises work orders in the service contractor's portal; orders above
a cost threshold wait for the operations manager's approval. The contractor's portal
calls a webhook when a job is closed, which updates the maintenance history. Models
are versioned in a registry that the ML engineer promotes from.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema projector lamp and laser failure prediction",
    profile=tg.RiskProfile.LOW,
    description=(
        "Predicts projector lamp and laser failures from booth telemetry and books "
        "replacements with the service contractor."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Projector telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lamp hours, light output, laser power, temperatures, fan speeds, error codes.",
)
site_api_key = tg.Data("Site API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
features = tg.Data("Lamp health features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
maintenance_records = tg.Data(
    "Maintenance history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past lamp and laser replacements, failures and contractor job notes.",
)
failure_labels = tg.Data(
    "Failure labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Training examples", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Failure model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="joblib-saved gradient-boosted survival model.",
)
release_approval = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
remaining_life = tg.Data(
    "Remaining life estimates",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Estimated days to failure per lamp or laser module.",
)
screenings = tg.Data("Screening schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
proposed_orders = tg.Data(
    "Proposed replacement orders", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
order_approval = tg.Data("Order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
work_order = tg.Data(
    "Contractor work order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site, screen, part, slot and the agreed price under the service contract.",
)
order_ack = tg.Data(
    "Work order acknowledgement", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
job_completion = tg.Data(
    "Job completion report", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Cinema site booth networks", trust=tg.Trust.INTERNAL):
    # The projectors themselves: lamp-based and laser digital cinema projectors.
    projectors = tm.add(tg.Device("Digital cinema projectors", fleet=True))
    # One small box per site that polls the projectors and forwards readings.
    collector = tm.add(tg.Service("Booth telemetry collector"))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Plans and approves costly replacements; runs the booths across the chain.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations manager"))
    # Builds and promotes the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Chain cloud account", trust=tg.Trust.INTERNAL):
    # Receives readings from every site and normalises them.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Time-series store of all projector readings.
    telemetry_store = tm.add(tg.DataStore("Telemetry store", stores={telemetry, features}))
    # What was replaced, when, and why: the source of failure labels.
    maintenance_store = tm.add(
        tg.DataStore("Maintenance history store", stores={maintenance_records, failure_labels})
    )
    # Monthly snapshot of features joined with failure labels.
    dataset = tm.add(tg.Dataset("Failure training set", stores={training_set}))
    # Monthly retraining job.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts; the nightly batch loads the promoted version.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Nightly remaining-life estimate for every lamp and laser module.
    model = tm.add(
        tg.Model(
            "Lamp and laser failure model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Turns estimates into replacement slots and contractor work orders.
    scheduler = tm.add(
        tg.Service(
            "Replacement scheduler",
            controls={
                c.HumanInTheLoop(
                    approver="the operations manager",
                    above="GBP 1,500 per work order",
                ),
                c.Authentication(method="OIDC with the company's Microsoft 365 accounts and MFA"),
                c.SecretsManagement(note="contractor API key in the cloud secrets manager"),
            },
        )
    )
    # Receives the contractor's job-closed callbacks.
    callback = tm.add(
        tg.Endpoint(
            "Contractor callback endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="static bearer token shared with the contractor")},
        )
    )
    # Film bookings and show times from the theatre management system.
    screening_source = tm.add(
        tg.DataSource("Theatre management system", origin=tg.Origin.INTERNAL, provides={screenings})
    )

with tm.boundary("Service contractor", trust=tg.Trust.PARTNER):
    # The projector service contractor's job portal.
    contractor = tm.add(tg.ExternalService("Contractor service portal"))

# ---------------------------------------------------------------- flows
tm.flow(projectors, collector, telemetry, protocol="snmp", label="SNMP v2c poll")
tm.flow(collector, ingestion, telemetry, site_api_key, protocol="https")
tm.flow(ingestion, telemetry_store, telemetry, features)

tm.flow(telemetry_store, dataset, features)
tm.flow(maintenance_store, dataset, failure_labels)
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, release_approval, protocol="https", label="promotes a version")
tm.flow(registry, model, model_artifact, label="loaded by the nightly batch")

tm.flow(telemetry_store, scheduler, features)
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, remaining_life)
tm.flow(screening_source, scheduler, screenings, protocol="https")
tm.flow(scheduler, ops_manager, proposed_orders, protocol="https")
tm.flow(ops_manager, scheduler, order_approval, protocol="https")
tm.flow(scheduler, contractor, work_order, protocol="https")
tm.flow(contractor, scheduler, order_ack, protocol="https", label="order accepted")
tm.flow(scheduler, maintenance_store, maintenance_records, label="open orders")
tm.flow(contractor, callback, job_completion, protocol="https", label="job closed webhook")
tm.flow(callback, maintenance_store, maintenance_records)
