"""Hospital bed demand flow forecaster: the first design, before any security review.

The hospital forecasts emergency admissions and bed demand for the next 72 hours,
by specialty and ward group. Admission, discharge and transfer (ADT) events come
from the patient administration system as HL7 v2 messages through the hospital's
integration engine; an ingestion pipeline also pulls the national public-health
agency's flu and norovirus surveillance API and a commercial weather API, and
loads everything into the analytics data warehouse on the hospital's network.
A nightly job in the warehouse retrains a gradient-boosted regression model and
saves it to a model registry; an hourly job scores the next 72 hours into a
forecast table. Bed managers read the forecast on a dashboard and use it to
cancel elective surgery or open escalation wards. Controls: warehouse access by
role with encryption and query audit, pseudonymised training data, versioned
models, TLS to the external APIs, and dashboard sign-in with hospital SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital bed demand flow forecaster",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="72-hour emergency admission and bed demand forecast for bed managers.",
)

# ---------------------------------------------------------------- data assets
adt = tg.Data(
    "ADT events",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="HL7 v2 admission, discharge and transfer messages with patient identifiers.",
)
surveillance = tg.Data(
    "Flu and norovirus surveillance data",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
history = tg.Data(
    "Admission and occupancy history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Patient-level ADT history kept in the warehouse.",
)
training_set = tg.Data(
    "Pseudonymised training features",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly admission and occupancy counts by specialty, with surveillance and weather.",
)
scoring_features = tg.Data(
    "Scoring features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data(
    "Bed demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
pipeline_changes = tg.Data(
    "Pipeline and model code changes", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("External data providers", trust=tg.Trust.PARTNER):
    # National public-health agency: weekly flu and norovirus activity by region.
    surveillance_api = tm.add(
        tg.ExternalService(
            "Public-health surveillance API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )
    # Commercial weather service: temperature and cold-snap forecasts.
    weather_api = tm.add(
        tg.ExternalService("Weather API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The system of record for admissions, discharges and transfers.
    pas = tm.add(
        tg.DataSource(
            "Patient administration system",
            origin=tg.Origin.INTERNAL,
            provides={adt},
        )
    )
    # Routes HL7 feeds between clinical systems; forwards ADT to the warehouse.
    integration = tm.add(
        tg.Service("Integration engine", description="Hospital HL7 interface engine.")
    )
    # Staff who manage patient flow and act on the forecast.
    bed_manager = tm.add(tg.Actor("Bed manager", role="operations staff"))
    # Web dashboard showing the 72-hour forecast against current capacity.
    dashboard = tm.add(
        tg.Service(
            "Bed demand dashboard",
            controls={c.Authentication(method="hospital Active Directory SSO")},
        )
    )

    with tm.boundary("Analytics data warehouse", trust=tg.Trust.RESTRICTED):
        # Loads ADT messages and pulls the two external APIs into the warehouse.
        ingestion = tm.add(tg.Pipeline("Warehouse ingestion pipeline", stage=tg.Stage.INGESTION))
        # Patient-level history and external series, the source for training and scoring.
        warehouse = tm.add(
            tg.DataStore(
                "Warehouse tables",
                stores={history, surveillance, weather, forecast},
                controls={
                    c.RBAC(),
                    c.EncryptionAtRest(key_management="warehouse-managed keys"),
                    c.AuditLogging(retention_days=365),
                },
            )
        )
        # Pseudonymised hourly feature table the model is trained on.
        train_data = tm.add(
            tg.Dataset(
                "Training feature table",
                stores={training_set},
                controls={c.DataMinimization(note="patient identifiers dropped; counts only")},
            )
        )
        # Nightly retraining inside the warehouse's compute.
        training = tm.add(
            tg.Pipeline(
                "Nightly retraining job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Keeps each trained model version for scoring and rollback.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )
        # Loads the latest model and writes the 72-hour forecast every hour.
        scoring = tm.add(tg.Service("Hourly forecast job"))
        # The forecasting model itself.
        model = tm.add(
            tg.Model(
                "Bed demand forecast model",
                task=tg.Task.REGRESSOR,
                description="Gradient-boosted regression of admissions and occupancy, 72 hours ahead.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # The analyst who builds and maintains the pipelines and model.
    analyst = tm.add(tg.Actor("Data analyst", role="analytics team", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(pas, integration, adt, protocol="mllp")
tm.flow(integration, ingestion, adt, protocol="mllp")
tm.flow(surveillance_api, ingestion, surveillance, protocol="https")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, warehouse, history, surveillance, weather)

tm.flow(warehouse, train_data, history, surveillance, weather, label="nightly feature build")
tm.flow(train_data, training, training_set)
tm.flow(training, registry, artifact)

tm.flow(registry, scoring, artifact, label="load latest version")
tm.flow(warehouse, scoring, scoring_features)
tm.flow(scoring, model, scoring_features)
tm.flow(model, scoring, forecast)
tm.flow(scoring, warehouse, forecast, label="forecast table")

tm.flow(warehouse, dashboard, forecast)
tm.flow(dashboard, bed_manager, forecast, protocol="https")

tm.flow(analyst, training, pipeline_changes, label="deploys job code")
tm.flow(analyst, warehouse, pipeline_changes, label="SQL and table changes")
