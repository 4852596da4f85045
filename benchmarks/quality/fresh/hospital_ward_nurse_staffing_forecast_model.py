"""Ward nurse staffing forecast: the first design, before any security review.

An acute hospital trust wants to see nursing shortfalls days ahead. Each night a
job takes admission, discharge and transfer events from the patient administration
system (HL7 ADT feed) and the acuity census nurses record in the trust's hosted
e-rostering service, strips patient identifiers and builds ward-by-shift features.
An in-house regression model, retrained monthly and kept in a model registry,
forecasts nursing hours per ward for the next 72 hours; the forecast job compares
them with the roster and suggests bank shifts. Staffing office coordinators see
them on an intranet dashboard (trust single sign-on, staffing role only), choose
which bank shifts to request, and the dashboard posts those to the e-rostering
service, which offers them to bank nurses.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ward nurse staffing forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Forecasts ward nursing demand from admissions and acuity, and suggests "
    "bank shifts to the staffing office.",
)

# ---------------------------------------------------------------- data assets
adt_events = tg.Data(
    "Admission, discharge and transfer events",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="HL7 ADT messages: NHS number, ward, bed, specialty, admission time.",
)
acuity = tg.Data(
    "Patient acuity scores",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Safer Nursing Care Tool level of care per occupied bed, twice daily.",
)
rosters = tg.Data(
    "Rosters and staff availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who is rostered on which ward and shift, and open bank shifts.",
)
history = tg.Data(
    "Ward demand history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pseudonymised ward-by-shift admissions, acuity mix and hours worked.",
)
daily_features = tg.Data(
    "Current ward demand features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_code = tg.Data("Training code and configuration", kind="code")
model_file = tg.Data(
    "Staffing forecast model file",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM regressor saved with joblib.",
)
forecast = tg.Data(
    "Nursing demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
suggestions = tg.Data(
    "Suggested bank shifts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
shift_decisions = tg.Data("Coordinator shift choices", kind="records")
bank_requests = tg.Data(
    "Bank shift requests",
    kind="records",
    description="Ward, date, shift and grade of each bank shift to offer.",
)
fill_status = tg.Data("Bank shift fill status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Trust network", trust=tg.Trust.INTERNAL):
    # Records the acuity census on each ward; the source of the acuity data.
    ward_nurse = tm.add(tg.Actor("Ward nurse in charge", role="nurse"))
    # Decides which bank shifts to request; the only user of the forecasts.
    coordinator = tm.add(tg.Actor("Staffing office coordinator", role="staffing coordinator"))
    # Builds and retrains the model.
    data_scientist = tm.add(
        tg.Actor("Trust data scientist", role="data scientist", privileged=True)
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The existing patient administration system: where admissions come from.
        pas = tm.add(
            tg.DataStore(
                "Patient administration system (PAS)",
                stores={adt_events},
                controls={
                    c.EncryptionAtRest(key_management="database TDE"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Nightly ingestion: pseudonymises and aggregates the feeds into features.
        ingestion = tm.add(
            tg.Pipeline(
                "Nightly demand ingestion job",
                stage=tg.Stage.PREPROCESSING,
                description="Drops NHS numbers and names; aggregates to ward and shift.",
                controls={c.DataMinimization(note="pseudonymised, ward-level aggregates")},
            )
        )
        # Two years of history the model is trained on.
        history_set = tm.add(
            tg.Dataset("Ward demand history set", stores={history}, purpose="training")
        )
        # Monthly retraining, run by the data scientist from the team's repository.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Keeps each trained model version; the forecast job loads the current one.
        registry = tm.add(
            tg.ModelRegistry(
                "Forecast model registry",
                stores={model_file},
                controls={c.ModelVersioning()},
            )
        )
        # The forecasting model itself.
        model = tm.add(
            tg.Model(
                "Staffing demand forecast model",
                task=tg.Task.REGRESSOR,
                origin=tg.ModelOrigin.IN_HOUSE,
                description="Predicts nursing hours needed per ward for the next 72 hours.",
            )
        )
        # Runs the model each night and turns the gap to the roster into suggestions.
        forecast_job = tm.add(
            tg.Service(
                "Nightly forecast job",
                description="Scores the current features and compares with the roster.",
            )
        )
        # Holds forecasts and suggestions for the dashboard.
        forecast_store = tm.add(
            tg.DataStore("Forecast database", stores={forecast, suggestions, fill_status})
        )
        # The intranet dashboard the staffing office works from.
        dashboard = tm.add(
            tg.Endpoint(
                "Staffing dashboard",
                purpose=tg.EndpointPurpose.API,
                controls={
                    c.Authentication(method="trust Active Directory single sign-on"),
                    c.RBAC(note="staffing office role only"),
                },
            )
        )

with tm.boundary("E-rostering vendor", trust=tg.Trust.PARTNER):
    # The trust's hosted e-rostering and bank system: acuity census, rosters, bank offers.
    erostering = tm.add(
        tg.ExternalService(
            "E-rostering and bank service",
            provides=tg.ExternalCategory.GENERIC,
            controls={c.SupplierAssessment(note="NHS DSP Toolkit assessed supplier")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(ward_nurse, erostering, acuity, protocol="https", label="twice-daily acuity census")
tm.flow(pas, ingestion, adt_events, protocol="mllp", label="HL7 ADT feed")
tm.flow(erostering, ingestion, acuity, rosters, protocol="https", label="nightly export")

tm.flow(ingestion, history_set, history)
tm.flow(history_set, training, history)
tm.flow(data_scientist, training, training_code, label="runs retraining")
tm.flow(training, registry, model_file)

tm.flow(ingestion, forecast_job, daily_features, rosters)
tm.flow(registry, forecast_job, model_file, label="loads current version")
tm.flow(forecast_job, model, daily_features)
tm.flow(model, forecast_job, forecast)
tm.flow(forecast_job, forecast_store, forecast, suggestions)

tm.flow(forecast_store, dashboard, forecast, suggestions, fill_status)
tm.flow(dashboard, coordinator, forecast, suggestions, fill_status, protocol="https")
tm.flow(coordinator, dashboard, shift_decisions, protocol="https")
tm.flow(dashboard, erostering, bank_requests, protocol="https")
tm.flow(erostering, dashboard, fill_status, protocol="https")
tm.flow(dashboard, forecast_store, fill_status)
