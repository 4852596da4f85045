"""Hospital bed demand forecast: the first design, before any security review.

A UK hospital group forecasts bed demand per ward for the next 72 hours. The
EHR's integration engine sends admission, discharge and transfer (ADT) messages
to an ingestion pipeline on our analytics platform (the group's cloud tenancy),
which pseudonymises patient identifiers and, with public bank-holiday dates and
UKHSA flu-surveillance figures, builds hourly ward features. A gradient-boosted
model trained in-house each week on that history is versioned in a registry and
run every hour by a forecast job; its forecasts feed a capacity dashboard that
bed managers use to plan staffing. Data engineers maintain the pipelines and
promote new model versions. Staff sign in with the group's Entra ID single
sign-on, the dashboard has role-based access, incoming ADT messages are
schema-checked, and new models are backtested before promotion. UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital bed demand forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Hourly 72-hour bed demand forecasts per ward for bed managers.",
)

# ---------------------------------------------------------------- data assets
adt = tg.Data(
    "ADT records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="HL7 admission, discharge and transfer messages: NHS number, ward, times, specialty.",
)
holidays = tg.Data("Bank holiday calendar", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
flu = tg.Data(
    "Flu surveillance figures",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Weekly UKHSA influenza positivity and admission rates by region.",
)
features = tg.Data(
    "Ward occupancy features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Hourly ward counts plus pseudonymised current stays (age band, length of stay).",
)
training_set = tg.Data(
    "Historical training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Three years of pseudonymised ADT history joined to the calendar and flu data.",
)
weights = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecasts = tg.Data(
    "Bed demand forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dashboard_view = tg.Data(
    "Capacity dashboard view", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
dashboard_query = tg.Data("Dashboard query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
pipeline_code = tg.Data(
    "Pipeline code and configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # gov.uk publishes bank holidays for England, Wales, Scotland and Northern Ireland.
    holiday_source = tm.add(
        tg.DataSource("gov.uk bank holidays", origin=tg.Origin.PUBLIC_DATASET, provides={holidays})
    )
    # UKHSA's weekly flu surveillance data, a leading signal for winter admissions.
    flu_source = tm.add(
        tg.DataSource("UKHSA flu surveillance", origin=tg.Origin.PUBLIC_DATASET, provides={flu})
    )

with tm.boundary("Trust clinical network", trust=tg.Trust.INTERNAL):
    # Plans beds and staffing from the dashboard, at site and ward level.
    bed_manager = tm.add(tg.Actor("Bed manager", role="bed manager"))

    with tm.boundary("EHR", trust=tg.Trust.RESTRICTED):
        # The system of record; its integration engine emits the ADT feed.
        ehr = tm.add(
            tg.DataSource(
                "EHR integration engine",
                origin=tg.Origin.INTERNAL,
                provides={adt},
                description="Forwards ADT messages as they happen.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and runs the pipelines; promotes model versions.
    engineer = tm.add(tg.Actor("Data engineer", role="data engineer", privileged=True))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Receives ADT messages and public data, pseudonymises and builds hourly features.
    ingestion = tm.add(
        tg.Pipeline(
            "ADT ingestion and feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.SchemaEnforcement(
                    note="HL7 ADT message schema; malformed messages dead-lettered"
                ),
                c.DataMinimization(note="NHS number replaced by a keyed pseudonym on arrival"),
            },
        )
    )
    # Current hourly features for scoring, and their history for training.
    feature_store = tm.add(
        tg.FeatureStore(
            "Ward feature store",
            stores={features},
            online=False,
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Snapshot of the history the weekly retraining uses.
    dataset = tm.add(tg.Dataset("Historical training dataset", stores={training_set}))
    # Weekly retraining, with a backtest on the last eight weeks before registration.
    training = tm.add(
        tg.Pipeline(
            "Weekly training pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against the last eight weeks")},
        )
    )
    # Holds trained versions; the forecast job loads the one marked production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The forecaster itself: gradient-boosted trees, one model for all wards.
    model = tm.add(
        tg.Model(
            "Bed demand model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts occupied beds per ward for each hour of the next 72.",
        )
    )
    # Runs every hour: reads the latest features, calls the model, writes forecasts.
    forecast_job = tm.add(tg.Service("Hourly forecast job"))
    # Forecast history, also used to show forecast against actual occupancy.
    forecast_store = tm.add(tg.DataStore("Forecast store", stores={forecasts}))
    # The web dashboard bed managers open on the trust network.
    dashboard = tm.add(
        tg.Endpoint(
            "Capacity dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Entra ID SSO"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Ingestion
tm.flow(ehr, ingestion, adt, protocol="mllp", label="HL7 ADT feed")
tm.flow(holiday_source, ingestion, holidays, protocol="https", label="daily download")
tm.flow(flu_source, ingestion, flu, protocol="https", label="weekly download")
tm.flow(ingestion, feature_store, features)

# Training
tm.flow(feature_store, dataset, training_set, label="weekly snapshot")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(engineer, registry, promotion, protocol="https", label="marks production version")

# Hourly forecasting
tm.flow(feature_store, forecast_job, features)
tm.flow(registry, forecast_job, weights, label="load production model")
tm.flow(forecast_job, model, features)
tm.flow(model, forecast_job, forecasts)
tm.flow(forecast_job, forecast_store, forecasts)

# Dashboard
tm.flow(forecast_store, dashboard, forecasts)
tm.flow(bed_manager, dashboard, dashboard_query, protocol="https", label="ward filter")
tm.flow(dashboard, bed_manager, dashboard_view, protocol="https")

# Maintenance
tm.flow(engineer, ingestion, pipeline_code, protocol="https", label="deploys")
tm.flow(engineer, training, pipeline_code, protocol="https", label="deploys")
