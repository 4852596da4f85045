"""Blood bank inventory and expiry forecaster: the first design, before any security review.

A regional blood service supplies the blood banks of about forty hospitals. Each
hospital's transfusion lab reports its stock (units by blood group, component and
expiry date) through a partner web portal that the service runs in its cloud tenancy.
A nightly job merges those reports with the service's own issue records from the
blood establishment computer system. An in-house gradient-boosted model forecasts,
per hospital and blood type, next week's demand and the units likely to expire, and a
transfer optimiser turns the forecasts into suggested inter-hospital transfers.
Logistics planners review the suggestions in a planning console and approve them;
approved transfers go to the courier company's dispatch system and appear in the
portal for the sending and receiving hospitals. Planners sign in with the service's
single sign-on and roles; hospital users have portal accounts with a password. The
model is retrained monthly by the ML team and versioned in a registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Blood bank inventory and expiry forecaster",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Forecasts hospital blood demand and expiry per blood type and suggests "
        "transfers between hospital blood banks for planners to approve."
    ),
)

# ---------------------------------------------------------------- data assets
stock_report = tg.Data(
    "Hospital stock report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units on hand by blood group, component, unit number and expiry date.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
inventory = tg.Data(
    "Regional inventory",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
issue_records = tg.Data(
    "Issue and collection records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units issued to each hospital and units released from processing.",
)
demand_history = tg.Data(
    "Demand history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Three years of daily usage, wastage and stock per hospital and blood type.",
)
model_artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data(
    "Demand and expiry forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
suggestions = tg.Data(
    "Suggested transfers", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
transfer_order = tg.Data(
    "Approved transfer order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
transfer_notice = tg.Data(
    "Transfer notice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
dispatch_status = tg.Data(
    "Courier dispatch status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_job = tg.Data(
    "Retraining job definition", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital networks", trust=tg.Trust.PARTNER):
    # Transfusion lab staff at each hospital report stock and read transfer notices.
    hospital_staff = tm.add(tg.Actor("Hospital blood bank staff", role="hospital lab staff"))

with tm.boundary("Courier company", trust=tg.Trust.PARTNER):
    # The contracted courier's system schedules the temperature-controlled vans.
    courier = tm.add(
        tg.ExternalService(
            "Courier dispatch system",
            description="The courier's booking API for temperature-controlled transport.",
        )
    )

with tm.boundary("Blood service cloud", trust=tg.Trust.INTERNAL):
    # Hospitals' only way in: stock reporting and transfer notices.
    portal = tm.add(
        tg.Endpoint(
            "Partner portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="per-user account, e-mail and password"),
                c.InputValidation(note="form fields checked for type and range"),
            },
        )
    )
    # Nightly merge of the hospital reports with the service's own issue records.
    ingestion = tm.add(
        tg.Pipeline(
            "Stock ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="report CSV must match the agreed columns")},
        )
    )
    # The single view of stock across the region, read by forecasting and planning.
    inventory_db = tm.add(
        tg.DataStore(
            "Regional inventory database",
            stores={inventory, stock_report},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the forecast every night for each hospital and blood type.
    forecaster = tm.add(
        tg.Model(
            "Demand and expiry forecaster",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees predicting 7-day demand and expiring units.",
        )
    )
    # Deterministic optimiser: moves units that will expire towards forecast demand.
    optimiser = tm.add(
        tg.Service(
            "Transfer optimiser",
            description="Linear program over forecasts, stock and courier lead times.",
        )
    )
    # Where planners see suggestions and approve or reject each transfer.
    console = tm.add(
        tg.Endpoint(
            "Planning console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="planner and viewer roles"),
                c.HumanInTheLoop(approver="logistics planner"),
                c.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Snapshot of demand history used for monthly retraining.
        history = tm.add(tg.Dataset("Demand history dataset", stores={demand_history}))
        # Monthly retraining job run by the ML team.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the forecaster; serving loads the one marked current.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Blood service corporate network", trust=tg.Trust.INTERNAL):
    # The blood establishment computer system: the source of truth for issued units.
    becs = tm.add(
        tg.DataSource(
            "Blood establishment computer system",
            origin=tg.Origin.INTERNAL,
            provides={issue_records},
        )
    )
    # Approves or rejects each suggested transfer.
    planner = tm.add(tg.Actor("Logistics planner", role="logistics planner"))
    # Owns the model and its retraining.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Hospitals report stock and read their transfer notices.
tm.flow(hospital_staff, portal, stock_report, protocol="https", label="daily stock report")
tm.flow(portal, hospital_staff, transfer_notice, inventory, protocol="https")
tm.flow(portal, ingestion, stock_report)
tm.flow(becs, ingestion, issue_records, protocol="sftp", label="nightly extract")
tm.flow(ingestion, inventory_db, inventory, stock_report)

# Forecasting and transfer suggestions.
tm.flow(inventory_db, forecaster, inventory, label="current stock and recent usage")
tm.flow(registry, forecaster, model_artifact, label="load current version")
tm.flow(forecaster, optimiser, forecast)
tm.flow(inventory_db, optimiser, inventory)
tm.flow(optimiser, console, suggestions)

# Planner approval and dispatch.
tm.flow(console, planner, suggestions, forecast, protocol="https")
tm.flow(planner, console, transfer_order, protocol="https", label="approve or reject")
tm.flow(console, courier, transfer_order, protocol="https", label="book transport")
tm.flow(courier, console, dispatch_status, protocol="https", label="status webhook")
tm.flow(console, inventory_db, transfer_order, label="reserve units in transit")
tm.flow(console, portal, transfer_notice)

# Retraining.
tm.flow(inventory_db, history, demand_history, label="monthly snapshot")
tm.flow(history, training, demand_history)
tm.flow(ml_engineer, training, training_job, protocol="https")
tm.flow(training, registry, model_artifact)
