"""Tram wheel wear forecasting: the first design, before any security review.

As each tram enters the depot it passes over a wayside laser scanner on the entry
track that measures every wheel's profile (flange height and thickness, qR and
diameter); a tag reader beside the track tells the scanner which tram it is. The
scanner's controller sends one measurement file per pass over SFTP to an ingestion
job in the corporate data centre, which checks it against a schema, stores it and
raises a work request in the maintenance system (EAM) when a wheel is already past
its maintenance limit. Each night a forecast job runs an in-house regression model
over the measurement history to predict each wheel's wear rate and the date it will
need turning on the wheel lathe, and proposes lathe slots in the EAM. Planners see
wear trends on an internal dashboard behind corporate SSO; lathe operators record
turnings in the EAM, and a reliability engineer retrains the model each month from
measurements and turning records and releases it through a model registry. The
scanner vendor supports its controller remotely over TeamViewer.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tram depot wheel wear forecasting",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Predicts wheel wear and wheel-turning dates for each tram from laser scans "
        "taken at the depot entry."
    ),
)

# ---------------------------------------------------------------- data assets
tram_id = tg.Data(
    "Tram identity read",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tram number and passing time read from the tram's RFID tag.",
)
profiles = tg.Data(
    "Wheel profile measurements",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-wheel flange height, flange thickness, qR and diameter for one pass.",
)
limit_alert = tg.Data(
    "Wheel limit exceedance alert",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data(
    "Wheel wear history features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Measurement history per wheel, mileage since last turning, route mix.",
)
forecast = tg.Data(
    "Wheel wear forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Predicted wear rate and date each wheel reaches its turning limit.",
)
proposed_slots = tg.Data("Proposed wheel lathe slots", kind="records")
work_orders = tg.Data("Wheel turning work orders", kind="records")
turning_records = tg.Data(
    "Wheel turning records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Diameter and profile before and after each turning, with the lathe used.",
)
training_data = tg.Data(
    "Wheel wear training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_artifact = tg.Data(
    "Wheel wear model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosting model saved with joblib.",
)
release = tg.Data("Model release approval", kind="records")
retrain_config = tg.Data("Retraining run configuration", kind="records")
dashboard_view = tg.Data("Wear trends and forecasts view", kind="records")
remote_session = tg.Data("Scanner remote support session")
diagnostics = tg.Data("Scanner diagnostics logs", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Depot trackside OT network", trust=tg.Trust.INTERNAL):
    # The measuring equipment on the depot entry track; one installation.
    scanner = tm.add(
        tg.Device(
            "Wheel profile laser scanner",
            fleet=False,
            description="Vendor-supplied wayside laser unit with its own controller PC.",
        )
    )
    # Says which tram the scanned wheels belong to.
    tag_reader = tm.add(tg.Device("Tram ID tag reader", fleet=False))

with tm.boundary("Scanner vendor", trust=tg.Trust.PARTNER):
    # The vendor's support desk, which maintains the scanner's controller software.
    vendor_support = tm.add(tg.ExternalService("Scanner vendor remote support"))

with tm.boundary("Corporate data centre", trust=tg.Trust.INTERNAL):
    # Receives each pass's file, validates it and applies the hard maintenance limits.
    ingestion = tm.add(
        tg.Pipeline(
            "Scan ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(
                    note="rejects files with an unknown tram number or values out of the scanner's range"
                )
            },
        )
    )
    # Time series of every wheel's measurements, and the nightly forecasts.
    measurement_db = tm.add(
        tg.DataStore(
            "Wheel measurement database",
            stores={profiles, tram_id, forecast},
            controls={c.RBAC(), c.DataVersioning(note="nightly backups")},
        )
    )
    # The existing maintenance system of record: work orders and wheel turning history.
    eam = tm.add(
        tg.Service(
            "Maintenance management system (EAM)",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Runs the model over every wheel each night and proposes lathe slots.
    forecast_job = tm.add(tg.Service("Nightly wear forecast job"))
    # The prediction model itself, loaded by the forecast job.
    wear_model = tm.add(
        tg.Model(
            "Wheel wear prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts wear rate per wheel and the date it reaches the turning limit.",
        )
    )
    # Where planners look at wear trends and forecasts.
    dashboard = tm.add(
        tg.Service(
            "Wheel condition dashboard",
            controls={c.Authentication(method="corporate SSO with MFA")},
        )
    )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Measurement history joined with turning records, for monthly retraining.
        train_set = tm.add(tg.Dataset("Wheel wear training set", stores={training_data}))
        # Monthly retraining with a back-test against last year's turnings.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="back-test against the last 12 months of turnings")
                },
            )
        )
        # Versions of the model; the forecast job loads the released one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Books lathe slots and fleet availability from the forecasts.
    planner = tm.add(tg.Actor("Maintenance planner", role="depot maintenance planner"))
    # Turns wheels and records the result.
    lathe_operator = tm.add(tg.Actor("Wheel lathe operator", role="depot technician"))
    # Owns the model: retrains it and releases new versions.
    engineer = tm.add(
        tg.Actor("Reliability engineer", role="rolling stock reliability engineer", privileged=True)
    )

# ---------------------------------------------------------------- flows
# measuring each pass
tm.flow(tag_reader, scanner, tram_id, protocol="rs-485", label="tag read on entry")
tm.flow(scanner, ingestion, profiles, tram_id, protocol="sftp", label="measurement file per pass")
tm.flow(ingestion, measurement_db, profiles, tram_id)
tm.flow(ingestion, eam, limit_alert, protocol="https", label="work request when past limit")

# vendor support
tm.flow(vendor_support, scanner, remote_session, protocol="teamviewer")
tm.flow(scanner, vendor_support, diagnostics, protocol="teamviewer")

# nightly forecasting
tm.flow(measurement_db, forecast_job, profiles, label="nightly batch read")
tm.flow(forecast_job, wear_model, features)
tm.flow(wear_model, forecast_job, forecast)
tm.flow(forecast_job, measurement_db, forecast)
tm.flow(forecast_job, eam, proposed_slots, protocol="https")
tm.flow(registry, wear_model, model_artifact, label="load released version")

# planning and turning
tm.flow(measurement_db, dashboard, profiles, forecast)
tm.flow(dashboard, planner, dashboard_view, protocol="https")
tm.flow(eam, planner, proposed_slots, limit_alert, work_orders, protocol="https")
tm.flow(planner, eam, work_orders, protocol="https", label="confirms lathe slots")
tm.flow(eam, lathe_operator, work_orders, protocol="https")
tm.flow(lathe_operator, eam, turning_records, protocol="https")

# retraining
tm.flow(measurement_db, train_set, profiles, label="monthly export")
tm.flow(eam, train_set, turning_records, label="monthly export")
tm.flow(train_set, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(engineer, training, retrain_config, protocol="https", label="starts retraining")
tm.flow(engineer, registry, release, protocol="https", label="releases version")
