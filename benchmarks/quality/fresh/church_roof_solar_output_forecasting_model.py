"""Church roof solar forecasting: the first design, before any security review.

The diocese has solar panels and a home-size battery on the roofs and in the
vestries of about forty churches. Each site's inverter and battery controller
reports to the inverter vendor's cloud, from which a diocesan ingestion job pulls
generation telemetry every fifteen minutes, together with a commercial weather
forecast. A gradient-boosted regression model, retrained monthly from that
history, forecasts each roof's output for the next 48 hours; a charging scheduler
combines the forecast with the supplier's time-of-use tariff and sends each site
a charge/discharge schedule back through the vendor cloud. Everything of ours
runs in the diocese's cloud subscription. Parish volunteers and the diocesan
energy officer see forecasts and savings on a web dashboard (e-mail and password
sign-in), where the officer can also override a site's schedule. The battery
management systems enforce their own charge-rate and state-of-charge limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Church roof solar forecasting",
    profile=tg.RiskProfile.LOW,
    description="Forecasts rooftop solar output per church and schedules battery charging.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Site generation telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Inverter output, battery state of charge and site load, 15-minute intervals.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tariff = tg.Data("Time-of-use tariff rates", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
history = tg.Data(
    "Historical generation training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
features = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Solar output forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Battery charging schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
override = tg.Data("Schedule override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
savings = tg.Data(
    "Savings and forecast report", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Churchwardens and treasurers who want to see what their roof is earning.
    volunteer = tm.add(tg.Actor("Parish volunteer", role="parish treasurer"))
    # Commercial weather API: irradiance, cloud cover and temperature forecasts.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))
    # The electricity supplier publishes half-hourly import and export prices.
    tariff_api = tm.add(tg.ExternalService("Supplier tariff API", provides="data-provider"))

with tm.boundary("Inverter vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's monitoring and remote-control platform every site reports to.
    vendor_cloud = tm.add(
        tg.ExternalService(
            "Inverter vendor cloud",
            description="Collects site telemetry and relays schedules to the controllers.",
        )
    )

with tm.boundary("Church sites", trust=tg.Trust.PARTNER):
    # Hybrid inverter and battery controller in each church, on the parish broadband.
    controllers = tm.add(
        tg.Device(
            "Church battery controllers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="battery management system clamps charge/discharge rate "
                    "and keeps state of charge between 10% and 95%"
                )
            },
        )
    )

with tm.boundary("Diocese cloud subscription", trust=tg.Trust.INTERNAL):
    # Pulls telemetry from the vendor and forecasts from the weather API.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion job",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="vendor and weather API keys in the key vault")},
        )
    )
    # Time-series history of every site plus the forecasts received.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry, weather},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Monthly snapshot the model is retrained from.
    training_set = tm.add(tg.Dataset("Generation training set", stores={history}))
    # Monthly retraining notebook job (LightGBM saved with joblib).
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Keeps each trained version so the scheduler can pin or roll back.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The forecaster itself: per-site output for the next 48 hours.
    model = tm.add(tg.Model("Solar output forecast model", task=tg.Task.REGRESSOR))
    # Optimiser (no language model) turning forecasts and tariffs into schedules.
    scheduler = tm.add(
        tg.Service(
            "Charging scheduler",
            description="Linear program over forecast, tariff and battery state; runs hourly.",
            controls={c.SecretsManagement(note="vendor control API key in the key vault")},
        )
    )
    # Web dashboard for parishes and the energy officer.
    dashboard = tm.add(
        tg.Endpoint(
            "Energy dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Diocesan office", trust=tg.Trust.INTERNAL):
    # Runs the programme, watches the schedules and overrides them when needed.
    officer = tm.add(tg.Actor("Diocesan energy officer", role="estates staff", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(controllers, vendor_cloud, telemetry, protocol="mqtts", label="site telemetry")
tm.flow(vendor_cloud, controllers, schedule, protocol="mqtts", label="schedule push")
tm.flow(vendor_cloud, ingestion, telemetry, protocol="https", label="15-minute pull")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, telemetry_db, telemetry, weather)

tm.flow(telemetry_db, training_set, history, label="monthly snapshot")
tm.flow(training_set, training, history)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load latest version")

tm.flow(telemetry_db, scheduler, telemetry, weather, label="latest state and forecast")
tm.flow(tariff_api, scheduler, tariff, protocol="https")
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, forecast)
tm.flow(scheduler, vendor_cloud, schedule, protocol="https")

tm.flow(scheduler, dashboard, forecast, schedule, savings)
tm.flow(dashboard, scheduler, override, label="manual override")
tm.flow(volunteer, dashboard, protocol="https", label="sign in and view")
tm.flow(dashboard, volunteer, savings, forecast, protocol="https")
tm.flow(officer, dashboard, override, protocol="https")
tm.flow(dashboard, officer, forecast, schedule, savings, protocol="https")
