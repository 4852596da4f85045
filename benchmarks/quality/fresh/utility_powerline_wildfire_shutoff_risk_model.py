"""Utility power-line wildfire shutoff risk model: the first design, before any security review.

An electric utility in a fire-prone US region scores the wildfire ignition risk of
each distribution circuit every hour. An hourly scoring job in the utility's analytics
platform joins a commercial weather forecast (wind, gusts, humidity, fuel moisture),
vegetation encroachment data from the vendor's LiDAR surveys held in the GIS, and line
sensor readings replicated from the OT historian, and runs the in-house ignition risk
model. Scores go to a database read by the control-room dashboard, where grid operators
decide on public safety power shutoffs and record their decisions. Each season the data
science team retrains the model on outage history, public fire perimeters and stored
hourly features, and promotes it through a model registry. Controls: TLS on outside
feeds, range checks on inputs, backtesting before promotion, SSO and role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Utility power-line wildfire shutoff risk model",
    profile=tg.RiskProfile.HIGH,
    description="Hourly per-circuit wildfire ignition risk scores that inform public "
    "safety power shutoff decisions in the control room.",
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data(
    "Weather forecast",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly gridded wind, gust, humidity and fuel-moisture forecast (licensed).",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
vegetation_survey = tg.Data(
    "Vegetation survey",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="LiDAR-derived vegetation clearance per span, delivered after each survey.",
)
circuit_data = tg.Data(
    "Circuit and vegetation data",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Circuit topology, conductor type, span ages and clearance per circuit.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
sensor_readings = tg.Data(
    "Line sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current, fault events and conductor temperature from line sensors.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data(
    "Circuit risk features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
risk_scores = tg.Data(
    "Circuit ignition risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
shutoff_decisions = tg.Data(
    "Shutoff decision records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Which circuits operators chose to de-energise, when and why.",
)
outage_history = tg.Data("Outage history", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
fire_history = tg.Data(
    "Public fire perimeters and ignitions", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
training_set = tg.Data(
    "Seasonal training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_config = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Ignition risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
backtest_report = tg.Data("Backtest report", kind="records")
promotion = tg.Data("Model promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # State and federal fire agencies publish historical perimeters and ignition points.
    fire_agency = tm.add(
        tg.DataSource(
            "Fire agency open data", origin=tg.Origin.PUBLIC_DATASET, provides={fire_history}
        )
    )

with tm.boundary("Vendors", trust=tg.Trust.PARTNER):
    # Licensed high-resolution fire-weather forecast, pulled hourly over an API.
    weather = tm.add(
        tg.DataSource("Weather forecast provider", origin=tg.Origin.VENDOR, provides={forecast})
    )
    # Contractor that flies LiDAR surveys and delivers vegetation clearance files.
    lidar_vendor = tm.add(
        tg.DataSource(
            "Vegetation survey contractor", origin=tg.Origin.VENDOR, provides={vegetation_survey}
        )
    )

with tm.boundary("Field network", trust=tg.Trust.PARTNER):
    # Clamp-on sensors on the lines, reporting over a carrier's private cellular APN.
    line_sensors = tm.add(tg.Device("Line sensors", fleet=True))

with tm.boundary("OT network", trust=tg.Trust.RESTRICTED):
    # The operations historian that already collects grid telemetry.
    historian = tm.add(tg.DataStore("OT historian", stores={sensor_readings}))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Holds circuits, assets and the latest vegetation clearance per span.
    gis = tm.add(
        tg.DataStore("GIS asset and vegetation database", stores={circuit_data, vegetation_survey})
    )
    # Every hour: joins the inputs, builds features per circuit and scores them.
    scoring_job = tm.add(
        tg.Service(
            "Hourly risk scoring job",
            controls={
                c.SchemaEnforcement(note="range checks on forecast and sensor fields"),
                c.SecretsManagement(note="weather API key in the platform vault"),
            },
        )
    )
    # The ignition risk model, loaded from the registry at the start of each run.
    model = tm.add(
        tg.Model(
            "Ignition risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Probability of a fire-causing ignition per circuit in the next hours.",
            controls={c.ModelVersioning()},
        )
    )
    # Hourly scores, their features and the operators' decisions.
    score_db = tm.add(
        tg.DataStore("Risk score database", stores={risk_scores, features, shutoff_decisions})
    )

    with tm.boundary("Data science environment", trust=tg.Trust.INTERNAL):
        # Outage, fire and feature history assembled once a season.
        dataset = tm.add(
            tg.Dataset(
                "Seasonal training dataset", stores={training_set}, controls={c.DataVersioning()}
            )
        )
        # Seasonal retraining, with a backtest on the last fire season before promotion.
        training = tm.add(
            tg.Pipeline(
                "Seasonal retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest against last season's ignitions")},
            )
        )
        # Versioned model artifacts; the scoring job loads the one marked production.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.RBAC()})
        )
    # The outage management system, source of historical outages and their causes.
    oms = tm.add(
        tg.DataSource(
            "Outage management system", origin=tg.Origin.INTERNAL, provides={outage_history}
        )
    )

with tm.boundary("Control room", trust=tg.Trust.RESTRICTED):
    # Map of circuits coloured by risk, used in shutoff decision calls.
    dashboard = tm.add(
        tg.Service(
            "Control-room risk dashboard",
            controls={
                c.Authentication(method="Active Directory SSO"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Decides whether to de-energise circuits; acts through the existing SCADA system.
    operator = tm.add(tg.Actor("Grid operator", role="control-room operator"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Retrains the model each season and promotes the new version.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(weather, scoring_job, forecast, protocol="https", label="hourly pull")
tm.flow(lidar_vendor, gis, vegetation_survey, protocol="sftp", label="survey delivery")
tm.flow(line_sensors, historian, sensor_readings, protocol="MQTT over TLS")
tm.flow(
    historian, scoring_job, sensor_readings, protocol="https", label="replicated through the OT DMZ"
)
tm.flow(gis, scoring_job, circuit_data)

tm.flow(scoring_job, model, features)
tm.flow(model, scoring_job, risk_scores)
tm.flow(scoring_job, score_db, risk_scores, features)
tm.flow(registry, scoring_job, model_artifact, label="loads production version")

tm.flow(score_db, dashboard, risk_scores)
tm.flow(dashboard, operator, risk_scores, protocol="https")
tm.flow(operator, dashboard, shutoff_decisions, protocol="https", label="records shutoff decision")
tm.flow(dashboard, score_db, shutoff_decisions)

tm.flow(oms, dataset, outage_history, label="season extract")
tm.flow(fire_agency, dataset, fire_history, protocol="https", label="download")
tm.flow(score_db, dataset, features, risk_scores, label="season of hourly features")
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(training, data_scientist, backtest_report, protocol="https")
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes version")
