"""Offshore wind crew transfer: step-over safety and seasickness model (first design).

An offshore wind operator wants to know, turbine by turbine and hour by hour,
whether technicians can safely step from a crew transfer vessel (CTV) onto the
turbine boat landing. Wave buoys at the site, motion sensors on the chartered
CTVs and a commercial metocean forecast are ingested into a feature store in the
operator's cloud; an in-house model predicts the chance of a safe transfer and of
seasickness for each planned trip. The marine coordinator in the marine
coordination centre sees the predictions on a dashboard and makes the go or no-go
call, which is logged. Technicians report seasickness after each trip in a phone
app; those reports and logged transfer outcomes retrain the model monthly.
Controls in this design: company SSO with MFA for the dashboard and the app, TLS
on the app and forecast links, range checks on ingested readings, the coordinator
deciding every transfer, encrypted health reports and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Offshore wind crew transfer step-over and seasickness model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts safe CTV-to-turbine transfers and seasickness from buoys, vessel motion "
        "and forecasts; the marine coordinator decides go or no-go."
    ),
)

# ---------------------------------------------------------------- data assets
wave_readings = tg.Data(
    "Wave buoy readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Significant wave height, period and direction every 10 minutes.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
motion_readings = tg.Data(
    "Vessel motion readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Heave, pitch and roll from each CTV's motion reference unit, with position.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
forecast = tg.Data("Metocean forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data(
    "Transfer features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
trip_plan = tg.Data(
    "Planned transfer trips",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vessel, turbines and technician crew for each trip.",
)
prediction = tg.Data(
    "Transfer safety and seasickness prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
decision = tg.Data(
    "Go/no-go decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
outcome = tg.Data(
    "Transfer outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Whether the step-over happened, aborted or had an incident.",
)
seasickness = tg.Data(
    "Seasickness report",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Technician, trip, symptom severity, vomiting, fit to work: health data.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
model_artifact = tg.Data(
    "Transfer model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Wind farm site", trust=tg.Trust.INTERNAL):
    # Waverider buoys moored in the wind farm; report over the site's 4G link.
    buoy = tm.add(tg.Device("Wave buoy", description="Two moored wave buoys in the array."))

with tm.boundary("CTV operator", trust=tg.Trust.PARTNER):
    # Motion reference units on the chartered crew transfer vessels.
    motion_sensor = tm.add(
        tg.Device("CTV motion sensor", description="MRU on each chartered CTV, sent over 4G.")
    )

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Commercial site-specific metocean forecast, pulled hourly.
    forecast_api = tm.add(tg.ExternalService("Metocean forecast API", provides="data-provider"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Cleans and joins buoy, vessel and forecast data into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Metocean ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={c.SchemaEnforcement(note="range and rate-of-change checks on readings")},
        )
    )
    # Features by turbine, vessel and hour, online for prediction and offline for training.
    feature_store = tm.add(tg.FeatureStore("Transfer feature store", stores={features}))
    # Scores each planned trip and feeds the coordinator's dashboard.
    planning = tm.add(
        tg.Service(
            "Transfer planning service",
            description="Scores each planned trip; the model advises, the coordinator decides.",
            controls={c.HumanInTheLoop(approver="the marine coordinator, for every transfer")},
        )
    )
    # Predicts probability of a safe step-over and of seasickness per trip.
    model = tm.add(
        tg.Model(
            "Transfer safety model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees on wave, vessel motion and forecast features.",
        )
    )
    # Coordinator's web dashboard of predictions and go/no-go entry.
    dashboard = tm.add(
        tg.Endpoint(
            "Go/no-go dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Every decision with the prediction it was made against, and the outcome.
    decision_log = tm.add(
        tg.DataStore(
            "Transfer decision log",
            stores={decision, outcome, prediction},
            controls={c.AuditLogging()},
        )
    )
    # Receives seasickness reports from the technician app.
    report_api = tm.add(
        tg.Endpoint(
            "Seasickness report API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )
    # Seasickness reports, kept for HSE follow-up and for training.
    report_store = tm.add(
        tg.DataStore(
            "Seasickness report store",
            stores={seasickness},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Monthly retraining from logged outcomes, seasickness reports and features.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts; the planning service loads the approved version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Marine coordination centre", trust=tg.Trust.INTERNAL):
    # Makes the go or no-go call for each transfer.
    coordinator = tm.add(tg.Actor("Marine coordinator", role="marine coordinator"))

with tm.boundary("Technicians' phones", trust=tg.Trust.UNTRUSTED):
    # Wind turbine technicians who ride the CTVs.
    technician = tm.add(tg.Actor("Technician", role="wind turbine technician"))
    # Company app on technicians' own phones for the after-trip report.
    app = tm.add(tg.Device("Technician seasickness app", description="Phone app, iOS and Android."))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2")}

# ingestion
tm.flow(buoy, ingestion, wave_readings, protocol="mqtt", label="over the site 4G link")
tm.flow(
    motion_sensor, ingestion, motion_readings, protocol="mqtt", label="over the vessel 4G router"
)
tm.flow(forecast_api, ingestion, forecast, protocol="https", controls=tls, label="hourly pull")
tm.flow(ingestion, feature_store, features)

# prediction and decision
tm.flow(
    coordinator,
    dashboard,
    trip_plan,
    decision,
    outcome,
    protocol="https",
    controls=tls,
    label="plans trips, records go/no-go and the outcome after the trip",
)
tm.flow(dashboard, planning, trip_plan)
tm.flow(feature_store, planning, features, label="online lookup")
tm.flow(planning, model, features)
tm.flow(model, planning, prediction)
tm.flow(planning, dashboard, prediction)
tm.flow(dashboard, coordinator, prediction, protocol="https", controls=tls)
tm.flow(dashboard, decision_log, decision, prediction, outcome)

# seasickness reports
tm.flow(technician, app, seasickness)
tm.flow(app, report_api, seasickness, protocol="https", controls=tls)
tm.flow(report_api, report_store, seasickness)
tm.flow(
    report_api, app, trip_plan, protocol="https", controls=tls, label="today's trips to report on"
)

# retraining and deployment
tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(decision_log, training, outcome, decision)
tm.flow(report_store, training, seasickness)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load approved version")
