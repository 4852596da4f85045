"""Hot air balloon flight go/no-go model: the first design, before any security review.

A US balloon ride operator flies passenger balloons at dawn from a handful of
launch sites. Before each morning flight the pilot asks, from the pilot app on a
company phone, whether to go: a pilot API looks up the latest features and an
in-house classifier returns a go/no-go recommendation with its confidence. The
pilot in command still makes the call. Features come from the national weather
service's forecast API and from weather stations (anemometer, temperature,
pressure) at each launch site, which post their readings to an ingest API over
the cellular network. After each flight the pilot logs the decision and how the
flight went; a weekly job retrains the model on the flight log, and the chief
pilot approves each new version before it is deployed. The ingest API checks a
per-station key, pilots sign in with their own account, and the feature
pipeline rejects readings outside physical ranges.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hot air balloon flight go/no-go model",
    profile=tg.RiskProfile.HIGH,
    description="Advises balloon pilots whether a morning flight should go, from forecasts "
    "and launch-site readings.",
)

# ---------------------------------------------------------------- data assets
site_readings = tg.Data(
    "Launch-site weather readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Wind speed and direction, gusts, temperature and pressure every minute.",
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecasts = tg.Data(
    "Weather forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Hourly surface and winds-aloft forecasts for each launch site.",
)
features = tg.Data(
    "Flight weather features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
go_request = tg.Data(
    "Go/no-go request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Launch site and planned launch time.",
)
recommendation = tg.Data(
    "Go/no-go recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Go or no-go, with the model's confidence and the main weather drivers.",
)
flight_log = tg.Data(
    "Flight log entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pilot, site, decision taken, passengers carried, landing notes and incidents.",
)
training_set = tg.Data(
    "Labelled flight history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past features joined with each flight's decision and outcome.",
)
eval_report = tg.Data("Evaluation report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_artifact = tg.Data(
    "Go/no-go model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # The pilot in command, at the launch site before dawn.
    pilot = tm.add(tg.Actor("Balloon pilot", role="pilot"))
    # Company phones with the pilot app; one per pilot.
    pilot_app = tm.add(tg.Device("Pilot app on company phone"))
    # A weather station at each launch site, on a cellular modem.
    station = tm.add(
        tg.Device(
            "Launch-site weather station",
            description="Anemometer, thermometer and barometer with a cellular data logger.",
        )
    )

with tm.boundary("National weather service", trust=tg.Trust.PARTNER):
    # Public forecast API the feature pipeline pulls from.
    weather_api = tm.add(
        tg.ExternalService("Weather service forecast API", provides="data-provider")
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Receives the stations' readings.
    ingest = tm.add(
        tg.Endpoint(
            "Readings ingest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-station API key")},
        )
    )
    # Joins forecasts and readings into per-site features every few minutes.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement(note="readings outside physical ranges are dropped")},
        )
    )
    # Latest features per launch site for serving, plus history for training.
    feature_store = tm.add(tg.FeatureStore("Feature store", stores={features}, online=True))
    # What the pilot app talks to: recommendations and flight logs.
    pilot_api = tm.add(
        tg.Endpoint(
            "Pilot API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={c.Authentication(method="pilot's own e-mail and password")},
        )
    )
    # The go/no-go classifier.
    model = tm.add(
        tg.Model(
            "Go/no-go model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; advisory, the pilot in command decides.",
        )
    )
    # Every flight's decision and outcome, as pilots log them.
    flight_db = tm.add(tg.DataStore("Flight log database", stores={flight_log}))
    # Flight history with features and outcomes, rebuilt for each retraining.
    dataset = tm.add(tg.Dataset("Training dataset", stores={training_set}))
    # Weekly retraining on the flight history.
    training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
    # Trained model versions.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # Deploys the version the chief pilot approved.
    deploy = tm.add(
        tg.Pipeline(
            "Model deployment job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="the chief pilot")},
        )
    )

with tm.boundary("Operations office", trust=tg.Trust.INTERNAL):
    # Responsible for flight safety; reviews each new model version.
    chief_pilot = tm.add(tg.Actor("Chief pilot", role="chief pilot", privileged=True))

# ---------------------------------------------------------------- flows
# readings and forecasts into features
tm.flow(station, ingest, site_readings, protocol="http", label="cellular upload")
tm.flow(ingest, feature_pipeline, site_readings)
tm.flow(feature_pipeline, weather_api, forecast_request, protocol="https")
tm.flow(weather_api, feature_pipeline, forecasts, protocol="https")
tm.flow(feature_pipeline, feature_store, features)

# the morning go/no-go question
tm.flow(pilot, pilot_app, go_request, label="on the touchscreen")
tm.flow(pilot_app, pilot_api, go_request, protocol="https")
tm.flow(feature_store, pilot_api, features, label="online lookup")
tm.flow(pilot_api, model, features)
tm.flow(model, pilot_api, recommendation)
tm.flow(pilot_api, pilot_app, recommendation, protocol="https")
tm.flow(pilot_app, pilot, recommendation, label="on the touchscreen")

# flight logging after landing
tm.flow(pilot, pilot_app, flight_log, label="logged on the touchscreen after landing")
tm.flow(pilot_app, pilot_api, flight_log, protocol="https")
tm.flow(pilot_api, flight_db, flight_log)

# retraining and release
tm.flow(flight_db, dataset, flight_log, label="weekly export")
tm.flow(feature_store, dataset, features, label="offline snapshot")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, model_artifact)
tm.flow(training, chief_pilot, eval_report, protocol="https")
tm.flow(chief_pilot, deploy, release_approval, protocol="https")
tm.flow(registry, deploy, model_artifact)
tm.flow(deploy, model, model_artifact, label="deploy")
