"""Hospital ward staffing forecaster: the first design, before any security review.

Forecasts how many nurses each inpatient ward needs, per shift, for the next 72
hours. A nightly ingestion job pulls admission/discharge/transfer (ADT) census
from the EHR's FHIR bulk-export API, scheduled surgeries from the OR scheduling
system, and the shifts actually worked from the rostering vendor's export API,
and writes them, with ward-level demand features, to the clinical data warehouse.
A nightly training job retrains a gradient-boosted forecasting model on the
warehouse, backtests it and publishes it to the model registry; a forecast job
scores every four hours and pushes the forecasts to the vendor-hosted rostering
tool. Nurse managers log in to the rostering tool with hospital SSO, read the
forecasts and decide whether to call in agency nurses through the agency portal.
Controls in this design: HTTPS on every external link, encryption and role-based
access on the warehouse, aggregation of patient records to ward counts before
features are built, a backtest gate before publishing, and versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hospital ward staffing forecaster",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="72-hour per-ward nurse staffing forecasts from EHR census and OR schedules.",
)

# ---------------------------------------------------------------- data assets
adt_census = tg.Data(
    "ADT census events",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient-level admissions, discharges, transfers and bed assignments.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
surgical_schedule = tg.Data(
    "Scheduled surgeries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient, procedure, planned date and expected post-op ward.",
)
staffing_actuals = tg.Data(
    "Staffing actuals",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Shifts worked per ward, with nurse names, grades and agency use.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
ward_features = tg.Data(
    "Ward demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly ward-level census counts, acuity mix, expected admissions.",
)
model_artifact = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
forecast = tg.Data(
    "Staffing forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Nurses needed per ward and shift for 72 hours, with a prediction interval.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
roster_decision = tg.Data(
    "Roster changes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shift assignments, overtime offers and agency call-in decisions.",
)
agency_request = tg.Data(
    "Agency shift request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ward, shift, skill mix and number of agency nurses requested.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # System of record for patient census; the forecaster only reads its bulk export.
    ehr = tm.add(tg.DataSource("EHR", origin=tg.Origin.INTERNAL, provides={adt_census}))
    # Surgeries drive post-op ward demand two to three days ahead.
    or_scheduling = tm.add(
        tg.DataSource(
            "OR scheduling system", origin=tg.Origin.INTERNAL, provides={surgical_schedule}
        )
    )
    # Decides staffing from the forecasts; the model only advises.
    nurse_manager = tm.add(tg.Actor("Nurse manager", role="ward nurse manager"))
    # Maintains the training code and watches the backtests.
    data_scientist = tm.add(tg.Actor("Data scientist", role="clinical analytics", privileged=True))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Nightly batch that extracts sources and aggregates patients into ward counts.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.DataMinimization(
                    note="patient identifiers dropped once census is aggregated per ward"
                ),
                tg.controls.SchemaEnforcement(),
            },
        )
    )
    # Retrains nightly on the last two years of ward history.
    training = tm.add(
        tg.Pipeline(
            "Nightly training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Runs on the shared analytics Spark cluster; pip installs at start.",
            controls={
                tg.controls.ModelValidation(
                    note="backtest on the last 8 weeks; publish only if MAPE does not regress"
                )
            },
        )
    )
    # Holds the published model versions the forecast job loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # Scores every four hours and pushes results to the rostering tool.
    forecast_job = tm.add(
        tg.Service(
            "Forecast job",
            description="Loads the latest model, builds current features, scores 72 hours.",
        )
    )
    # The forecasting model itself: a regressor whose output drives staffing.
    model = tm.add(
        tg.Model(
            "Staffing forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees; one forecast per ward and shift.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="ward nurse manager",
                    note="forecast is advisory; the manager decides every call-in",
                )
            },
        )
    )

    with tm.boundary("Clinical data enclave", trust=tg.Trust.RESTRICTED):
        # Central warehouse holding the raw extracts and the ward features.
        warehouse = tm.add(
            tg.DataStore(
                "Clinical data warehouse",
                stores={adt_census, surgical_schedule, staffing_actuals, ward_features},
                controls={
                    tg.controls.EncryptionAtRest(key_management="Azure Key Vault"),
                    tg.controls.RBAC(),
                },
            )
        )

with tm.boundary("Rostering vendor cloud", trust=tg.Trust.PARTNER):
    # SaaS rostering tool the nursing office already uses; shows the forecasts.
    rostering = tm.add(
        tg.ExternalService(
            "Rostering tool",
            provides=tg.ExternalCategory.GENERIC,
            controls={tg.controls.Authentication(method="hospital SAML SSO")},
        )
    )

with tm.boundary("Staffing agency", trust=tg.Trust.PARTNER):
    # Where managers book agency nurses when the forecast shows a shortfall.
    agency_portal = tm.add(tg.ExternalService("Agency booking portal"))

# ---------------------------------------------------------------- flows
tm.flow(ehr, ingestion, adt_census, protocol="https", label="FHIR bulk export")
tm.flow(or_scheduling, ingestion, surgical_schedule, protocol="https")
tm.flow(rostering, ingestion, staffing_actuals, protocol="https", label="shift export API")
tm.flow(ingestion, warehouse, adt_census, surgical_schedule, staffing_actuals, ward_features)

tm.flow(warehouse, training, ward_features, staffing_actuals)
tm.flow(data_scientist, training, training_code, protocol="https", label="git push")
tm.flow(training, registry, model_artifact)
tm.flow(registry, forecast_job, model_artifact, label="load latest version")

tm.flow(warehouse, forecast_job, ward_features, label="current features")
tm.flow(forecast_job, model, ward_features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, warehouse, forecast, label="forecast history")
tm.flow(forecast_job, rostering, forecast, protocol="https")

tm.flow(rostering, nurse_manager, forecast, protocol="https")
tm.flow(nurse_manager, rostering, roster_decision, protocol="https")
tm.flow(nurse_manager, agency_portal, agency_request, protocol="https")
tm.flow(warehouse, data_scientist, ward_features, forecast, protocol="https", label="analysis")
