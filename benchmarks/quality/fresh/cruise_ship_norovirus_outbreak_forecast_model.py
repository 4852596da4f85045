"""Norovirus outbreak forecast for a cruise fleet: the first design, before any security review.

A Europe-based cruise line wants early warning of gastrointestinal outbreaks on each
ship. The medical centre's clinicians record every passenger and crew visit in the
ship's medical record system, which sends each GI case (cabin, deck, onset time,
symptoms) to a surveillance job on the ship's hotel server every few hours; the
housekeeping and galley crews log cabin, public-area and galley sanitation on tablets.
The job turns both into per-zone features, and a forecast service runs the outbreak
model on them and shows the risk per deck, with an alert, on a dashboard the ship's
public-health officer watches; the officer records each outbreak declaration there.
Every night the ship sends its GI line list, sanitation summary and declarations over
the satellite link to the shore cloud, where the fleet data team retrains the model and
ships new versions back to every ship. The medical record system has role-based access
and an audit trail, staff sign in with their crew accounts, and satellite traffic is HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Norovirus outbreak forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Forecasts GI outbreaks on board from medical visits and sanitation logs.",
)

# ---------------------------------------------------------------- data assets
visits = tg.Data(
    "Medical centre visit records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Passenger and crew consultations: identity, cabin, symptoms, treatment.",
)
gi_cases = tg.Data(
    "GI case messages",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each gastrointestinal case: name, passenger or crew, cabin, deck, onset time.",
)
sanitation_entries = tg.Data(
    "Sanitation log entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cleaning and disinfection of cabins, public toilets and galleys, with crew ID.",
)
features = tg.Data(
    "Outbreak risk features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Case counts and attack rates per deck and crew area, cabin clusters, "
    "sanitation coverage, days into the voyage.",
)
forecast = tg.Data(
    "Outbreak risk forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Probability per zone of crossing the outbreak threshold in the next 72 hours.",
)
alert = tg.Data("Outbreak alert", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
declarations = tg.Data(
    "Outbreak declarations",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
line_list = tg.Data(
    "Daily GI line list",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The day's GI cases with age, sex, cabin and onset, as kept for port health.",
)
history = tg.Data(
    "Fleet outbreak history",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
weights = tg.Data(
    "Outbreak model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted model saved with joblib.",
)
training_job = tg.Data("Retraining request", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Ship hotel network", trust=tg.Trust.INTERNAL):
    with tm.boundary("Medical centre network", trust=tg.Trust.RESTRICTED):
        # Ship's doctors and nurses, who see the patients and record each visit.
        clinician = tm.add(tg.Actor("Medical centre clinician", role="ship's doctor or nurse"))
        # The medical centre's record system, the source of GI case data.
        emr = tm.add(
            tg.DataStore(
                "Medical centre EMR",
                stores={visits},
                controls={
                    c.Authentication(method="individual EMR login"),
                    c.RBAC(note="clinician and medical admin roles"),
                    c.AuditLogging(note="vendor audit trail of record access"),
                },
            )
        )

    # Housekeeping and galley supervisors who log sanitation rounds.
    supervisor = tm.add(tg.Actor("Housekeeping supervisor", role="housekeeping crew"))
    # Tablet app the crew log cleaning and disinfection in.
    sanitation_app = tm.add(
        tg.Endpoint(
            "Sanitation logging app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="crew ID card tap on the tablet")},
        )
    )
    # Where the sanitation rounds are kept.
    sanitation_db = tm.add(tg.DataStore("Sanitation log database", stores={sanitation_entries}))
    # Builds the per-zone features from GI cases and sanitation logs every few hours.
    feature_job = tm.add(
        tg.Pipeline(
            "Surveillance feature job",
            stage=tg.Stage.PREPROCESSING,
            description="Keeps the voyage's GI cases so it can compute clusters by cabin.",
        )
    )
    # Holds the current voyage's features for the forecast service.
    feature_store = tm.add(tg.FeatureStore("Voyage feature store", stores={features}, online=False))
    # Runs the model on a schedule, raises alerts and collects the officer's declarations.
    forecast_service = tm.add(tg.Service("Outbreak forecast service"))
    # The forecasting model itself.
    model = tm.add(
        tg.Model(
            "Outbreak forecast model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Scores each zone's risk of an outbreak; above 0.6 an alert is raised.",
        )
    )
    # Where the public-health officer sees the risk map and alerts, and declares outbreaks.
    dashboard = tm.add(
        tg.Endpoint(
            "Public health dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="crew directory account")},
        )
    )
    # Decides on enhanced sanitation, isolation and reporting to port health.
    officer = tm.add(tg.Actor("Public health officer", role="ship public health officer"))

with tm.boundary("Shore cloud", trust=tg.Trust.INTERNAL):
    # Every ship's line lists, sanitation summaries and declarations, for training.
    fleet_history = tm.add(
        tg.Dataset(
            "Fleet outbreak history",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Retrains the model on the fleet's history.
    training = tm.add(tg.Pipeline("Model retraining", stage=tg.Stage.TRAINING))
    # Keeps the model versions sent to the ships.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Fleet epidemiologist and data scientists who own the model.
    data_team = tm.add(tg.Actor("Fleet data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(clinician, emr, visits, protocol="https")
tm.flow(emr, clinician, visits, protocol="https")
tm.flow(emr, feature_job, gi_cases, protocol="mllp", label="HL7 v2 case messages")

tm.flow(supervisor, sanitation_app, sanitation_entries, protocol="https")
tm.flow(sanitation_app, sanitation_db, sanitation_entries)
tm.flow(sanitation_db, feature_job, sanitation_entries)

tm.flow(feature_job, feature_store, features)
tm.flow(feature_store, forecast_service, features)
tm.flow(forecast_service, model, features)
tm.flow(model, forecast_service, forecast)
tm.flow(forecast_service, dashboard, forecast, alert)
tm.flow(dashboard, officer, forecast, alert, protocol="https")
tm.flow(officer, dashboard, declarations, protocol="https")
tm.flow(dashboard, forecast_service, declarations)

tm.flow(
    feature_job,
    fleet_history,
    line_list,
    sanitation_entries,
    protocol="https",
    label="nightly upload over the satellite link",
)
tm.flow(
    forecast_service,
    fleet_history,
    declarations,
    protocol="https",
    label="nightly upload over the satellite link",
)
tm.flow(fleet_history, training, history)
tm.flow(data_team, training, training_job, protocol="https")
tm.flow(training, registry, weights)
tm.flow(
    registry,
    forecast_service,
    weights,
    protocol="https",
    label="pushed to each ship over the satellite link",
)
tm.flow(forecast_service, model, weights, label="load")
