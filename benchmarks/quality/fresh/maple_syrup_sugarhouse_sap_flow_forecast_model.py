"""Maple syrup sugarhouse sap flow forecast: the first design, before any security review.

A family sugarbush of about 12,000 taps wants to know, a day or two ahead, how much
sap will run, so that the sugarmaker can plan boiling shifts on the evaporator and
empty the collection tanks before they overflow. Battery-powered sensors on the
tubing mainlines (vacuum and sap flow) and level sensors on the tanks in the
sugarhouse report over LoRaWAN to a gateway on the sugarhouse roof, which forwards
the readings to a small cloud project. A daily forecast job combines the recent
readings with a commercial weather forecast (freeze/thaw cycles drive sap flow) and
asks an in-house gradient-boosted regressor for the next 48 hours of flow per
mainline. A weekly training job refits the model on the season's history. The
sugarmaker sees readings and forecasts on a web dashboard (e-mail and password) and
gets text alerts when a tank is close to full. The gateway signs in to the cloud
with its own API key; all traffic to the cloud is HTTPS; the cloud database is
encrypted at rest by the provider, and model files are versioned in a bucket.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Sugarhouse sap flow forecast",
    profile=tg.RiskProfile.LOW,
    description="48-hour sap flow forecasts and tank alerts for one maple syrup operation.",
)

# ---------------------------------------------------------------- data assets
sap_readings = tg.Data(
    "Mainline vacuum and sap flow readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Vacuum (inHg) and flow (litres/hour) per mainline, every 5 minutes.",
)
tank_readings = tg.Data("Tank level readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Hourly temperature, cloud cover and wind for the sugarbush's coordinates.",
)
forecast_features = tg.Data("Sap flow forecast features", kind="features")
sap_forecast = tg.Data(
    "Sap flow forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Expected litres per mainline for each of the next 48 hours.",
)
history = tg.Data(
    "Season readings and weather history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="low"),
)
model_file = tg.Data(
    "Sap flow model file",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="A scikit-learn regressor saved with joblib.",
)
dashboard_request = tg.Data("Dashboard request", kind="records")
dashboard_view = tg.Data(
    "Dashboard view", kind="records", description="Readings, forecasts and tank levels."
)
login = tg.Data(
    "Sugarmaker sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
alert_settings = tg.Data(
    "Alert settings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The phone numbers to text and the tank thresholds.",
)
tank_alert = tg.Data(
    "Tank full text alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Message text and the phone number it goes to.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Sugarbush",
    trust=tg.Trust.UNTRUSTED,
    description="Open woodland on the property; the tubing runs along public trails.",
):
    # The reason for the project: flow and vacuum measured where the sap runs.
    mainline_sensors = tm.add(
        tg.Device(
            "Mainline vacuum and flow sensors",
            description="About 40 battery-powered LoRaWAN sensors strapped to the mainlines.",
        )
    )

with tm.boundary(
    "Sugarhouse",
    trust=tg.Trust.INTERNAL,
    description="The sugarhouse building and its small office network.",
):
    # Tank levels decide when the sap must be hauled or boiled.
    tank_sensors = tm.add(
        tg.Device(
            "Collection tank level sensors", description="Ultrasonic level sensors on the 3 tanks."
        )
    )
    # One gateway collects every sensor's radio packets and forwards them to the cloud.
    gateway = tm.add(
        tg.Service(
            "LoRaWAN gateway",
            description="Roof-mounted gateway with a built-in network server, on the office router.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The sugarmaker checks the forecast from a phone, in the sugarhouse or at home.
    sugarmaker = tm.add(tg.Actor("Sugarmaker", role="owner and operator"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Freeze/thaw forecasts are the main driver of sap flow.
    weather_api = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides="data-provider",
            description="A commercial point-forecast API on a paid plan.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Texts reach the sugarmaker even without data coverage in the woods.
    sms = tm.add(tg.ExternalService("SMS gateway service", description="Sends the tank alerts."))

with tm.boundary("Forecast cloud project", trust=tg.Trust.INTERNAL):
    # Receives the gateway's uploads.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose="api",
            controls={tg.controls.Authentication(method="per-gateway API key")},
        )
    )
    # Every reading, forecast and weather snapshot of the season.
    tsdb = tm.add(
        tg.DataStore(
            "Readings and forecast database",
            stores={sap_readings, tank_readings, weather, sap_forecast, history},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The sugarmaker's account and who gets texted.
    settings_db = tm.add(tg.DataStore("Account and alert settings", stores={login, alert_settings}))
    # Runs each morning and evening: builds features and asks the model for 48 hours ahead.
    forecast_job = tm.add(
        tg.Service(
            "Daily forecast job",
            description="Scheduled twice a day; writes forecasts back to the database.",
        )
    )
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Sap flow forecast model",
            task="regressor",
            description="Gradient-boosted trees over temperature swings, vacuum and recent flow.",
        )
    )
    # Refits the model as the season goes on.
    training = tm.add(
        tg.Pipeline(
            "Weekly training job",
            stage="training",
            description="Refits on the season so far plus past seasons; no evaluation gate yet.",
        )
    )
    # Where model files are kept between training and the forecast job.
    registry = tm.add(
        tg.ModelRegistry(
            "Model file bucket",
            stores={model_file},
            controls={tg.controls.ModelVersioning(note="object versioning on the bucket")},
        )
    )
    # The sugarmaker's window onto readings and forecasts.
    dashboard = tm.add(
        tg.Endpoint(
            "Forecast dashboard",
            purpose="api",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Watches tank levels and texts when a tank nears full.
    alerter = tm.add(tg.Service("Tank alert service", description="Checks levels every 5 minutes."))

# ---------------------------------------------------------------- flows
tm.flow(mainline_sensors, gateway, sap_readings, protocol="lorawan")
tm.flow(tank_sensors, gateway, tank_readings, protocol="lorawan")
tm.flow(gateway, ingest, sap_readings, tank_readings, protocol="https")
tm.flow(ingest, tsdb, sap_readings, tank_readings)

tm.flow(weather_api, forecast_job, weather, protocol="https", label="scheduled pull")
tm.flow(tsdb, forecast_job, sap_readings, tank_readings, label="last 7 days")
tm.flow(forecast_job, model, forecast_features)
tm.flow(model, forecast_job, sap_forecast)
tm.flow(forecast_job, tsdb, sap_forecast, weather)

tm.flow(tsdb, training, history, label="weekly export")
tm.flow(training, registry, model_file)
tm.flow(registry, model, model_file, label="loaded at each forecast run")

tm.flow(sugarmaker, dashboard, login, dashboard_request, protocol="https")
tm.flow(dashboard, settings_db, login, label="sign-in check")
tm.flow(sugarmaker, dashboard, alert_settings, protocol="https", label="edits alert settings")
tm.flow(dashboard, settings_db, alert_settings)
tm.flow(settings_db, dashboard, alert_settings)
tm.flow(tsdb, dashboard, sap_readings, tank_readings, sap_forecast)
tm.flow(dashboard, sugarmaker, dashboard_view, protocol="https")

tm.flow(tsdb, alerter, tank_readings)
tm.flow(settings_db, alerter, alert_settings)
tm.flow(alerter, sms, tank_alert, protocol="https")
tm.flow(sms, sugarmaker, tank_alert, protocol="sms")
