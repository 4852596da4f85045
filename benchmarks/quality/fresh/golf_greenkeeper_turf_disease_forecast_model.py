"""Golf greenkeeper turf disease forecast: the first design, before any security review.

A golf club forecasts the risk of turf diseases (dollar spot, microdochium patch) on
its greens. An on-course weather station uploads readings over cellular, and soil
moisture probes in the greens report over LoRaWAN through a hosted network server.
An ingestion job in the club's cloud account stores the readings; an in-house model
turns them into a daily risk forecast per green, and a recommendation service drafts
fungicide applications as a spray plan. The head greenkeeper reviews the forecast and
approves or edits the plan on the greenkeeping dashboard; approved plans go to the GPS
sprayer through the sprayer maker's telematics cloud. The sprayer's application logs
come back the same way and become the spray records kept for the regulator. The
club's agronomy supplier has a read-only dashboard login to see the forecasts.
Controls in this design: password sign-in with roles on the dashboard, the
greenkeeper's approval before any plan is sent, range checks on readings, an API key
on the network server's webhook, and backed-up, encrypted records.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Golf greenkeeper turf disease forecast",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Disease risk forecasts for greens, fungicide spray plans and regulatory spray records.",
)

# ---------------------------------------------------------------- data assets
weather_readings = tg.Data(
    "Weather station readings",
    kind="records",
    description="Air and leaf temperature, humidity, leaf wetness, rainfall, every 10 minutes.",
)
soil_readings = tg.Data("Soil moisture readings", kind="records")
sensor_features = tg.Data("Green microclimate features", kind="features")
risk_forecast = tg.Data(
    "Disease risk forecast",
    kind="model-output",
    description="Daily risk per green and disease for the next five days.",
)
draft_plan = tg.Data(
    "Draft spray plan",
    kind="records",
    description="Recommended fungicide, rate and greens, with the forecast behind it.",
)
plan_approval = tg.Data(
    "Spray plan approval",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approved_plan = tg.Data(
    "Approved spray plan",
    kind="instructions",
    description="Product, application rate and boundary of each green for the sprayer.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
application_logs = tg.Data(
    "Sprayer application logs",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="As-applied map, product, rate, time and the logged-in operator.",
)
spray_records = tg.Data(
    "Spray records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Statutory pesticide application records, with operator name and certificate.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
dashboard_login = tg.Data(
    "Dashboard sign-in credentials", sensitivity=tg.Sensitivity.PII, kind="credentials"
)
ns_api_key = tg.Data("Webhook API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Golf course", trust=tg.Trust.UNTRUSTED):
    # Weather station beside the 9th green; uploads over its own cellular modem.
    weather_station = tm.add(tg.Device("On-course weather station", fleet=False))
    # Soil moisture probes buried in each green, battery powered, LoRaWAN radios.
    soil_probes = tm.add(tg.Device("Soil moisture probes", fleet=True))

with tm.boundary("LoRaWAN network provider", trust=tg.Trust.PARTNER):
    # Hosted LoRaWAN network server that relays the probes' uplinks to us.
    network_server = tm.add(tg.ExternalService("LoRaWAN network server"))

with tm.boundary("Sprayer manufacturer cloud", trust=tg.Trust.PARTNER):
    # The sprayer maker's telematics service: job files down, as-applied logs up.
    telematics = tm.add(tg.ExternalService("Sprayer telematics cloud"))

with tm.boundary("Agronomy supplier", trust=tg.Trust.PARTNER):
    # The supplier's agronomist looks at the forecasts to advise and stock products.
    agronomist = tm.add(tg.Actor("Supplier agronomist", role="agronomist"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Receives station uploads and network-server webhooks; range-checks and stores them.
    ingestion = tm.add(
        tg.Pipeline(
            "Readings ingestion",
            stage=tg.Stage.INGESTION,
            controls={
                tg.controls.InputValidation(note="drops readings outside each sensor's range"),
                tg.controls.Authentication(
                    method="static API key in the network server's webhook header"
                ),
            },
        )
    )
    # Time series of all readings, which the model reads each morning.
    readings_store = tm.add(
        tg.DataStore("Sensor readings store", stores={weather_readings, soil_readings})
    )
    # In-house model built with the agronomy consultant: disease risk from microclimate.
    forecast_model = tm.add(
        tg.Model(
            "Turf disease forecast model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            description="Gradient-boosted model of disease pressure from leaf wetness, temperature and moisture.",
        )
    )
    # Turns the forecast into fungicide recommendations and sends approved plans on.
    recommender = tm.add(
        tg.Service(
            "Spray recommendation service",
            description="Rules for product choice, rate and re-spray intervals; sends only approved plans.",
            controls={tg.controls.HumanInTheLoop(approver="head greenkeeper")},
        )
    )
    # Web dashboard for forecasts, plan approval and spray record exports.
    dashboard = tm.add(
        tg.Endpoint(
            "Greenkeeping dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(note="greenkeeper and read-only supplier roles"),
            },
        )
    )
    # Converts the sprayer's as-applied logs into statutory spray records.
    log_importer = tm.add(tg.Pipeline("Spray log importer", stage=tg.Stage.INGESTION))
    # Forecasts, plans, approvals and spray records.
    greenkeeping_db = tm.add(
        tg.DataStore(
            "Greenkeeping database",
            stores={risk_forecast, draft_plan, plan_approval, approved_plan, spray_records},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.DataVersioning(note="nightly backups kept 30 days"),
            },
        )
    )

with tm.boundary("Maintenance facility", trust=tg.Trust.INTERNAL):
    # Head greenkeeper: reviews forecasts and approves spray plans from the office.
    greenkeeper = tm.add(tg.Actor("Head greenkeeper", role="head greenkeeper", privileged=True))
    # The GPS sprayer: follows the plan's rates and green boundaries with section control;
    # kept in the locked shed and driven by certified staff.
    sprayer = tm.add(
        tg.Device(
            "GPS sprayer",
            fleet=False,
            description="Self-propelled sprayer with GPS section control and a telematics modem.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(weather_station, ingestion, weather_readings, protocol="https")
tm.flow(soil_probes, network_server, soil_readings, protocol="lorawan")
tm.flow(
    network_server, ingestion, soil_readings, ns_api_key, protocol="https", label="uplink webhook"
)
tm.flow(ingestion, readings_store, weather_readings, soil_readings)
tm.flow(readings_store, forecast_model, sensor_features)
tm.flow(forecast_model, recommender, risk_forecast)
tm.flow(recommender, greenkeeping_db, risk_forecast, draft_plan)

tm.flow(greenkeeping_db, dashboard, risk_forecast, draft_plan, spray_records)
tm.flow(greenkeeper, dashboard, dashboard_login, plan_approval, protocol="https")
tm.flow(dashboard, greenkeeper, risk_forecast, draft_plan, spray_records, protocol="https")
tm.flow(dashboard, greenkeeping_db, plan_approval, approved_plan)
tm.flow(agronomist, dashboard, dashboard_login, protocol="https")
tm.flow(dashboard, agronomist, risk_forecast, protocol="https")

tm.flow(greenkeeping_db, recommender, plan_approval, approved_plan)
tm.flow(recommender, telematics, approved_plan, protocol="https", label="job file upload")
tm.flow(telematics, sprayer, approved_plan, protocol="https")
tm.flow(sprayer, telematics, application_logs, protocol="https")
tm.flow(telematics, log_importer, application_logs, protocol="https")
tm.flow(log_importer, greenkeeping_db, spray_records)
