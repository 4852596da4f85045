"""Hospital pharmacy stock expiry forecasting: the first design, before any security review.

The hospital pharmacy loses medicines every month to expiry, mostly slow-moving
lines sitting in ward stock. A nightly job extracts batch-level stock (with expiry
dates) and ward issue history from the pharmacy stock control system, plus cabinet
counts from the wards' automated dispensing cabinets and delivery notes that the
wholesaler drops on an SFTP server. An in-house gradient-boosted model forecasts, per
batch and location, how much will expire unused; a transfer planner then suggests
moving stock between wards or back to the main dispensary. Pharmacy stock
controllers see the suggestions on an intranet dashboard (hospital single sign-on,
role-based access) and record any transfer they accept in the stock control system
themselves: nothing is moved automatically. Ward managers see their own ward's list.
The model is retrained monthly by the pharmacy informatics data scientist and kept
in a small MLflow registry. Everything runs on the hospital's on-premises network;
no patient-identifiable data is extracted, only ward-level quantities.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hospital pharmacy stock expiry forecasting",
    profile=tg.RiskProfile.LOW,
    description=(
        "Forecasts which medicine batches will expire unused in the hospital pharmacy "
        "and on wards, and suggests transfers for pharmacists to action."
    ),
)

# ---------------------------------------------------------------- data assets
stock_levels = tg.Data(
    "Batch stock levels and expiry dates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
ward_issues = tg.Data(
    "Ward issue and return history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Quantities issued to and returned from each ward; no patient identifiers.",
)
cabinet_counts = tg.Data("Dispensing cabinet counts", kind="records")
delivery_notes = tg.Data(
    "Wholesaler delivery notes",
    kind="records",
    description="Lines delivered with batch numbers and expiry dates, as CSV.",
)
features = tg.Data("Expiry forecasting features", kind="features")
training_history = tg.Data(
    "Historical stock and expiry outcomes",
    kind="training-data",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data("Expiry forecast model artifact", format="pickle")
forecast = tg.Data("Expiry risk forecast", kind="model-output")
suggestions = tg.Data(
    "Suggested ward transfers",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
transfer_record = tg.Data("Recorded stock transfer", kind="records")
dashboard_view = tg.Data("Dashboard view of forecasts and suggestions", kind="model-output")
dashboard_request = tg.Data("Dashboard request", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Wholesaler", trust=tg.Trust.PARTNER):
    # The pharmaceutical wholesaler's EDI system: the only outside source of data.
    wholesaler = tm.add(
        tg.DataSource(
            "Wholesaler delivery feed",
            origin=tg.Origin.PARTNER,
            provides={delivery_notes},
            description="Drops a delivery-note CSV per order on our SFTP server.",
        )
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The people who act on the suggestions.
    stock_controller = tm.add(
        tg.Actor("Pharmacy stock controller", role="pharmacy technician / pharmacist")
    )
    ward_manager = tm.add(tg.Actor("Ward manager", role="nurse in charge of a ward"))
    # Owns the model: builds features, retrains and registers it.
    data_scientist = tm.add(
        tg.Actor("Pharmacy informatics data scientist", role="data scientist", privileged=True)
    )

    # Automated dispensing cabinets on the wards report their counts to the extract.
    cabinets = tm.add(
        tg.DataSource(
            "Ward dispensing cabinets",
            origin=tg.Origin.INTERNAL,
            provides={cabinet_counts},
            description="Vendor cabinets on 30 wards; counts exported by the cabinet server.",
        )
    )

    # The intranet dashboard where stock controllers and ward managers see suggestions.
    dashboard = tm.add(
        tg.Endpoint(
            "Expiry dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="hospital Active Directory single sign-on"),
                tg.controls.RBAC(
                    note="stock controllers see all locations, ward managers their ward"
                ),
            },
        )
    )

    with tm.boundary("Pharmacy systems", trust=tg.Trust.RESTRICTED):
        # System of record for pharmacy stock: batches, locations, issues, transfers.
        stock_system = tm.add(
            tg.DataStore(
                "Pharmacy stock control system",
                stores={stock_levels, ward_issues, transfer_record},
                controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
            )
        )

    with tm.boundary("Analytics server", trust=tg.Trust.INTERNAL):
        # Pulls the night's stock, issues, cabinet counts and deliveries into features.
        extract = tm.add(
            tg.Pipeline(
                "Nightly stock extract",
                stage=tg.Stage.INGESTION,
                third_party_packages=True,
                controls={tg.controls.SchemaEnforcement(note="delivery CSV columns checked")},
            )
        )
        # History of stock positions and what actually expired, for retraining.
        training_set = tm.add(tg.Dataset("Expiry training history", stores={training_history}))
        # Monthly retraining, run by hand by the data scientist.
        training = tm.add(
            tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
        )
        # MLflow on the analytics server; the serving job loads the latest version.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={model_file}))
        # The forecasting model itself.
        model = tm.add(
            tg.Model(
                "Expiry forecast model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Gradient-boosted trees predicting units of each batch left at expiry.",
            )
        )
        # Scores every batch and location each night.
        forecast_job = tm.add(tg.Service("Nightly forecast job"))
        # Turns forecasts into transfer suggestions (a rules-based optimiser, no LLM).
        planner = tm.add(
            tg.Service(
                "Transfer planner",
                description="Matches at-risk batches to wards with demand; advisory only.",
                controls={
                    tg.controls.HumanInTheLoop(
                        approver="pharmacy stock controller records each accepted transfer"
                    )
                },
            )
        )
        # Forecasts and suggestions the dashboard reads.
        results = tm.add(
            tg.DataStore("Forecast and suggestion store", stores={forecast, suggestions})
        )

# ---------------------------------------------------------------- flows
tm.flow(wholesaler, extract, delivery_notes, protocol="sftp")
tm.flow(stock_system, extract, stock_levels, ward_issues, label="nightly read-only extract")
tm.flow(cabinets, extract, cabinet_counts, label="nightly export")
tm.flow(extract, training_set, training_history)
tm.flow(extract, forecast_job, features)

tm.flow(data_scientist, training, training_history, label="starts monthly retraining")
tm.flow(training_set, training, training_history)
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="latest version loaded")

tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, results, forecast)
tm.flow(results, planner, forecast)
tm.flow(stock_system, planner, stock_levels, label="current stock by location")
tm.flow(planner, results, suggestions)

tm.flow(results, dashboard, forecast, suggestions)
tm.flow(stock_controller, dashboard, dashboard_request, protocol="https")
tm.flow(dashboard, stock_controller, dashboard_view, protocol="https")
tm.flow(ward_manager, dashboard, dashboard_request, protocol="https")
tm.flow(dashboard, ward_manager, dashboard_view, protocol="https")
tm.flow(stock_controller, stock_system, transfer_record, label="records accepted transfers")
