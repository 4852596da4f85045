"""Outpatient no-show prediction and overbooking suggestions.

A US hospital wants fewer empty outpatient slots. Every night an extract copies
appointment history and patient demographics from the EHR into the clinical data
warehouse. A feature pipeline builds a labelled training set (attended or not)
and the features of the next 14 days of appointments. Data scientists retrain a
gradient-boosted classifier monthly and register it in MLflow; a nightly scoring
job loads the registered model, scores each upcoming appointment, and an
overbooking recommender turns the probabilities into suggested extra slots per
clinic session. Clinic schedulers see the suggestions in an internal dashboard
and decide themselves whether to book an extra patient in the EHR. All of it
runs on premises; the dashboard uses Active Directory SSO and role-based access,
and the EHR and warehouse are encrypted at rest with access logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Outpatient no-show overbooking model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Predicts outpatient no-shows and suggests overbooking slots to clinic schedulers.",
)

# ---------------------------------------------------------------- data assets
appointments = tg.Data(
    "Appointment records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Patient MRN, clinic, provider, slot, booking date, arrival status.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
demographics = tg.Data(
    "Patient demographics",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Age, ZIP code, payer, preferred language, portal enrolment.",
)
history = tg.Data(
    "Appointment history extract", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
training_set = tg.Data(
    "No-show training set",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="training-data",
    description="Two years of past appointments with features and the attended/no-show label.",
)
upcoming = tg.Data(
    "Upcoming appointment features", sensitivity=tg.Sensitivity.REGULATED, kind="features"
)
train_config = tg.Data("Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code")
artifact = tg.Data(
    "No-show model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
probabilities = tg.Data(
    "No-show probabilities", sensitivity=tg.Sensitivity.REGULATED, kind="model-output"
)
suggestions = tg.Data(
    "Overbooking suggestions",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Per clinic session: suggested extra slots and the appointments most likely missed.",
)
clinic_selection = tg.Data(
    "Clinic and date selection", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
scheduler_decision = tg.Data(
    "Scheduler accept or dismiss", sensitivity=tg.Sensitivity.INTERNAL, kind="feedback"
)
overbooking = tg.Data(
    "Overbooked appointment", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # Front-desk and clinic schedulers who act on the suggestions.
    scheduler = tm.add(tg.Actor("Clinic scheduler", role="clinic scheduler"))
    # Builds and retrains the model; can promote versions in the registry.
    data_scientist = tm.add(
        tg.Actor("Data scientist", role="analytics data scientist", privileged=True)
    )
    # Internal web dashboard listing suggested overbooks per clinic session.
    dashboard = tm.add(
        tg.Endpoint(
            "Overbooking dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="Active Directory SSO"),
                c.RBAC(note="schedulers see only the clinics they are assigned to"),
            },
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # The hospital's system of record for patients and appointments.
        ehr = tm.add(
            tg.DataStore(
                "Electronic health record",
                stores={appointments, demographics},
                controls={
                    c.EncryptionAtRest(key_management="SAN encryption"),
                    c.AuditLogging(),
                    c.RBAC(),
                },
            )
        )

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Nightly extract of only scheduling fields and demographics (no notes or results).
        extract = tm.add(
            tg.Pipeline(
                "Nightly EHR extract",
                stage=tg.Stage.INGESTION,
                controls={c.DataMinimization(note="no clinical notes, diagnoses or results")},
            )
        )
        # Shared clinical data warehouse the analytics team already uses.
        warehouse = tm.add(
            tg.DataStore(
                "Clinical data warehouse",
                stores={history},
                controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
            )
        )
        # Python job building the training set and the features of upcoming appointments.
        features = tm.add(
            tg.Pipeline(
                "No-show feature pipeline", stage=tg.Stage.PREPROCESSING, third_party_packages=True
            )
        )
        # Parquet snapshot of past appointments with outcomes, used for retraining.
        dataset = tm.add(tg.Dataset("No-show training dataset", stores={training_set}))
        # Monthly retraining of the XGBoost classifier, started by a data scientist.
        training = tm.add(
            tg.Pipeline(
                "Model training pipeline", stage=tg.Stage.TRAINING, third_party_packages=True
            )
        )
        # MLflow registry holding versioned joblib artifacts; "Production" stage is served.
        registry = tm.add(
            tg.ModelRegistry(
                "MLflow model registry",
                stores={artifact},
                controls={c.ModelVersioning()},
            )
        )
        # The classifier: probability that a given appointment is missed.
        model = tm.add(
            tg.Model(
                "No-show model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Gradient-boosted trees over lead time, prior no-shows, payer, ZIP, "
                "age, weekday and clinic.",
            )
        )
        # Scores the next 14 days of appointments every night.
        scoring = tm.add(tg.Service("Nightly scoring job"))
        # Turns probabilities into suggested extra slots, capped per session by clinic rules.
        recommender = tm.add(
            tg.Service(
                "Overbooking recommender",
                description="Suggests at most two extra slots per clinic session; suggestions only.",
                controls={
                    c.HumanInTheLoop(approver="the clinic scheduler, who books any overbook")
                },
            )
        )
        # Postgres table of current suggestions and what schedulers did with them.
        suggestion_store = tm.add(
            tg.DataStore("Suggestion store", stores={suggestions, scheduler_decision})
        )

# ---------------------------------------------------------------- flows
# data extraction and features
tm.flow(ehr, extract, appointments, demographics, protocol="odbc")
tm.flow(extract, warehouse, history, protocol="odbc")
tm.flow(warehouse, features, history, protocol="odbc")
tm.flow(features, dataset, training_set)

# training and promotion
tm.flow(data_scientist, training, train_config, label="starts monthly retraining")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, artifact, protocol="https")
tm.flow(data_scientist, registry, promotion, protocol="https", label="moves version to Production")
tm.flow(registry, model, artifact, protocol="https", label="load Production version")

# nightly scoring and suggestions
tm.flow(features, scoring, upcoming)
tm.flow(scoring, model, upcoming)
tm.flow(model, scoring, probabilities)
tm.flow(scoring, recommender, probabilities)
tm.flow(recommender, suggestion_store, suggestions)

# schedulers review and act
tm.flow(scheduler, dashboard, clinic_selection, scheduler_decision, protocol="https")
tm.flow(suggestion_store, dashboard, suggestions)
tm.flow(dashboard, scheduler, suggestions, protocol="https")
tm.flow(dashboard, suggestion_store, scheduler_decision)
tm.flow(scheduler, ehr, overbooking, label="books extra patient in the EHR scheduling module")
