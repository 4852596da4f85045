"""Hospital linen RFID tracking and par-level forecast: the first design, before any security review.

A German hospital group tags its sheets, gowns and scrubs with UHF RFID chips.
Tunnel readers at the clean and soiled linen docks and smart linen cabinets on
the wards report reads to an edge gateway on the hospital's device VLAN; the
cabinets record the staff badge that opened them. The external laundry
contractor uploads daily delivery and wash-cycle manifests over SFTP. An
ingestion pipeline in the hospital data centre checks files against an agreed
schema and writes linen events to a database. Each week a training pipeline
fits a gradient-boosted demand model (saved with joblib, versioned in a model
registry); a nightly forecast job uses it to set par levels per ward and sends
replenishment orders to the contractor. Linen services managers see stock and
forecasts in a dashboard behind hospital SSO and can adjust par levels there.
No patient data is handled; the staff badge IDs are personal data.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hospital linen RFID tracking and par-level forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="RFID tracking of hospital linen with a weekly-trained demand forecast.",
)

# ---------------------------------------------------------------- data assets
tag_reads = tg.Data(
    "RFID tag reads",
    kind="records",
    description="EPC, reader antenna, direction and timestamp.",
)
cabinet_transactions = tg.Data(
    "Cabinet transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items taken or returned, ward cabinet, and the staff badge ID.",
)
manifests = tg.Data(
    "Laundry manifests",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Items collected, washed, rejected and delivered, with wash-cycle counts.",
)
linen_events = tg.Data(
    "Linen events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
training_features = tg.Data("Ward demand features", kind="features")
training_config = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
forecast = tg.Data("Par-level forecast", kind="model-output")
replenishment = tg.Data(
    "Replenishment order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dashboard_view = tg.Data("Stock and forecast view", kind="records")
par_adjustments = tg.Data("Par-level adjustments", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital device VLAN", trust=tg.Trust.INTERNAL):
    # Fixed UHF tunnel readers at the clean and soiled linen docks.
    tunnel_readers = tm.add(tg.Device("Dock tunnel readers"))
    # Badge-opened smart cabinets on each ward that count what is taken.
    cabinets = tm.add(tg.Device("Ward linen cabinets"))
    # Collects reads from readers and cabinets and forwards them to the data centre.
    gateway = tm.add(tg.Service("RFID edge gateway"))

with tm.boundary("Laundry contractor", trust=tg.Trust.PARTNER):
    # The contractor's own RFID and logistics system: manifests in, orders out.
    contractor = tm.add(
        tg.ExternalService(
            "Laundry contractor system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SFTP drop for daily manifests and incoming replenishment orders.",
        )
    )

with tm.boundary("Hospital data centre", trust=tg.Trust.INTERNAL):
    # Validates and merges reads, cabinet transactions and manifests into events.
    ingestion = tm.add(
        tg.Pipeline(
            "Linen event ingestion",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.SchemaEnforcement(note="agreed CSV schema for manifests")},
        )
    )
    # System of record for linen movements, forecasts and par levels.
    event_db = tm.add(
        tg.DataStore(
            "Linen event database",
            stores={linen_events, forecast, par_adjustments},
            controls={tg.controls.EncryptionAtRest()},
        )
    )
    # Weekly snapshot of per-ward demand features used for training.
    training_set = tm.add(tg.Dataset("Demand training snapshot", stores={training_features}))
    # Fits the gradient-boosted demand model each week.
    training = tm.add(
        tg.Pipeline("Weekly model training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds versioned model artifacts for the forecast job to load.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # The in-house demand model that predicts linen use per ward and item type.
    model = tm.add(
        tg.Model(
            "Linen demand model",
            task=tg.Task.REGRESSOR,
            description="LightGBM regressor over recent usage, bed occupancy and weekday.",
        )
    )
    # Runs the model every night and turns forecasts into replenishment orders.
    forecast_job = tm.add(tg.Service("Nightly forecast job"))
    # Web dashboard for linen services; also where par levels are adjusted.
    dashboard = tm.add(
        tg.Endpoint(
            "Linen dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="hospital Active Directory SSO"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Hospital corporate network", trust=tg.Trust.INTERNAL):
    # Linen services manager who watches stock and sets par levels.
    manager = tm.add(tg.Actor("Linen services manager", role="operations staff"))
    # Maintains the ingestion and training code.
    engineer = tm.add(tg.Actor("Data engineer", role="data engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(tunnel_readers, gateway, tag_reads, protocol="llrp")
tm.flow(cabinets, gateway, cabinet_transactions, protocol="mqtt")
tm.flow(gateway, ingestion, tag_reads, cabinet_transactions, protocol="https")
tm.flow(contractor, ingestion, manifests, protocol="sftp", label="daily manifest upload")
tm.flow(ingestion, event_db, linen_events)

tm.flow(event_db, training_set, training_features, label="weekly snapshot")
tm.flow(training_set, training, training_features)
tm.flow(engineer, training, training_config, label="git push")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load latest version")

tm.flow(event_db, forecast_job, linen_events)
tm.flow(forecast_job, model, training_features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, event_db, forecast)
tm.flow(forecast_job, contractor, replenishment, protocol="sftp")

tm.flow(event_db, dashboard, dashboard_view)
tm.flow(dashboard, manager, dashboard_view, protocol="https")
tm.flow(manager, dashboard, par_adjustments, protocol="https")
tm.flow(dashboard, event_db, par_adjustments)
