"""Day-ahead grid load forecaster: the first design, before any security review.

A European electricity distribution utility forecasts tomorrow's load for each
primary substation, hour by hour. Smart meters report 15-minute consumption to
the head-end system in the OT zone; a nightly SFTP export carries the readings
through the OT/IT firewall to the IT data centre, where an ingestion job checks
them (VEE) and sums them per substation. A feature job joins the load history
with a commercial weather forecast API and the events calendar kept by the
planning team. A gradient-boosted model, retrained weekly by the data science
team and backtested before it is registered, produces the forecast, which the
dispatch planning tool in the control centre pulls over an authenticated API.
Control-room operators schedule generation and demand response from it; a
shift supervisor signs off each day's plan. The head-end and the dispatch tool
keep role-based access and audit logs as the OT security policy requires.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grid load forecaster",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Day-ahead substation load forecast feeding control-room dispatch planning.",
)

# ---------------------------------------------------------------- data assets
meter_readings = tg.Data(
    "Smart-meter interval readings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="15-minute consumption per customer meter, keyed by meter id.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
substation_load = tg.Data(
    "Substation load history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hourly load summed per substation; reveals network topology and loading.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
weather_query = tg.Data(
    "Weather forecast query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Grid points around each substation and the forecast horizon.",
)
weather = tg.Data(
    "Weather forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed hourly temperature, irradiance, wind and cloud cover forecasts.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
events = tg.Data(
    "Event calendar",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Public holidays, school terms, major events and planned outages.",
)
training_set = tg.Data(
    "Training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Three years of substation load joined with weather and calendar features.",
)
daily_features = tg.Data(
    "Day-ahead feature set", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_code = tg.Data(
    "Training code and hyperparameters", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
backtest_report = tg.Data("Backtest report", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_artifact = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM booster saved with joblib.",
)
forecast = tg.Data(
    "Day-ahead load forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dispatch_plan = tg.Data(
    "Dispatch plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Scheduled generation and demand-response calls for the next day.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Field area network", trust=tg.Trust.UNTRUSTED):
    # The meters sit in customers' premises and report over the RF mesh / cellular network.
    meters = tm.add(
        tg.Device(
            "Smart meters",
            fleet=True,
            description="Some 400,000 residential and commercial meters.",
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # The commercial weather forecast the model depends on most.
    weather_api = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Subscription API, keyed per customer.",
        )
    )

with tm.boundary("OT zone", trust=tg.Trust.RESTRICTED):
    # Collects the meter readings; owned by the metering operations team.
    head_end = tm.add(
        tg.Service(
            "Meter head-end system",
            description="Polls meters and exports each night's readings as files.",
            controls={c.RBAC(), c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Control centre", trust=tg.Trust.RESTRICTED):
    # Where the forecast is used: operators plan generation and demand response.
    dispatch_tool = tm.add(
        tg.Service(
            "Dispatch planning tool",
            description="Vendor dispatch planning application; pulls the forecast each morning.",
            controls={
                c.Authentication(method="Active Directory"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(approver="control-room shift supervisor"),
            },
        )
    )
    # Schedules generation and demand response from the forecast.
    operator = tm.add(tg.Actor("Control-room operator", role="grid operator"))

with tm.boundary("IT data centre", trust=tg.Trust.INTERNAL):
    # Validates (VEE) the meter export and aggregates it per substation.
    ingestion = tm.add(
        tg.Pipeline(
            "Meter data ingestion",
            stage=tg.Stage.INGESTION,
            description="Validation, estimation and editing of reads, then per-substation sums.",
            controls={c.SchemaEnforcement()},
        )
    )
    # Keeps the aggregated load history the model learns from.
    load_store = tm.add(tg.DataStore("Substation load store", stores={substation_load}))
    # Joins load, weather and calendar into training rows and the daily feature set.
    feature_job = tm.add(
        tg.Pipeline(
            "Feature preparation job",
            stage=tg.Stage.PREPROCESSING,
            description="Runs nightly and before each weekly retraining.",
        )
    )
    # The curated history used for weekly retraining.
    dataset = tm.add(tg.Dataset("Load training dataset", stores={training_set}))
    # Weekly retraining with a backtest against the last 12 months before registering.
    training = tm.add(
        tg.Pipeline(
            "Weekly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest MAPE must not regress")},
        )
    )
    # Holds the trained model versions that the forecast run loads.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # The gradient-boosted load model; its forecast drives generation scheduling.
    model = tm.add(
        tg.Model(
            "Load forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees, one hourly forecast per substation.",
        )
    )
    # Serves the latest forecast to the control centre.
    forecast_api = tm.add(
        tg.Endpoint(
            "Forecast API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="service account token")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Planners keep the events calendar in a shared list.
    calendar = tm.add(
        tg.DataSource(
            "Events calendar",
            origin=tg.Origin.INTERNAL,
            provides={events},
            description="SharePoint list maintained by the network planning team.",
        )
    )
    # Develops and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    meters,
    head_end,
    meter_readings,
    protocol="dlms-cosem",
    controls={c.EncryptionInTransit(protocol="DLMS/COSEM security suite 0")},
)
tm.flow(
    head_end, ingestion, meter_readings, protocol="sftp", label="nightly export via OT/IT firewall"
)
tm.flow(ingestion, load_store, substation_load)
tm.flow(load_store, feature_job, substation_load)
tm.flow(feature_job, weather_api, weather_query, protocol="https")
tm.flow(weather_api, feature_job, weather, protocol="https")
tm.flow(calendar, feature_job, events, protocol="https")
tm.flow(feature_job, dataset, training_set)
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_code, label="commits and launches runs")
tm.flow(training, data_scientist, backtest_report)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="loads latest version")
tm.flow(feature_job, model, daily_features, label="daily forecast run")
tm.flow(model, forecast_api, forecast)
tm.flow(dispatch_tool, forecast_api, forecast_request, protocol="https")
tm.flow(forecast_api, dispatch_tool, forecast, protocol="https")
tm.flow(dispatch_tool, operator, forecast, label="forecast and plan view")
tm.flow(operator, dispatch_tool, dispatch_plan)
