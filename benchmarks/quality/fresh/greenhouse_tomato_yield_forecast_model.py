"""Greenhouse tomato yield forecast: the first design, before any security review.

A glasshouse tomato grower forecasts how many kilograms each greenhouse will
harvest in each of the next eight weeks, so that the sales team can commit volumes
to its supermarket customers. Inputs are the climate computer's hourly readings
(pulled from the climate vendor's cloud), weekly plant and truss counts, and truss
photos that crop scouts take on shared tablets. A vision model counts fruit and
ripeness per truss; a gradient-boosted regressor, retrained monthly on packhouse
harvest weights, makes the weekly forecast. Everything runs in the grower's cloud
account; the sales planner reads forecasts on a dashboard and enters commitments
in the retailers' supplier portals. Controls in this design: HTTPS throughout, the
vendor API key in the cloud secret manager, company SSO with MFA on the dashboard,
versioned models, and role-based access to the data warehouse.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Greenhouse tomato yield forecast",
    profile=tg.RiskProfile.LOW,
    description="Weekly per-greenhouse tomato yield forecasts that feed sales "
    "commitments to supermarkets.",
)

# ---------------------------------------------------------------- data assets
climate = tg.Data(
    "Greenhouse climate readings",
    kind="records",
    description="Hourly temperature, humidity, CO2, radiation, heating and irrigation.",
)
counts = tg.Data(
    "Plant and truss counts",
    kind="records",
    description="Stems per m2, trusses set, fruit set per truss, by row and week.",
)
photos = tg.Data("Truss photos", kind="media")
detections = tg.Data(
    "Truss fruit counts and ripeness", kind="features", description="Per-photo vision output."
)
features = tg.Data("Weekly yield features", kind="features")
harvest = tg.Data(
    "Harvest weights",
    kind="labels",
    description="Kilograms picked per greenhouse per day, from the packhouse graders.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
artifact = tg.Data("Yield model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
forecast = tg.Data(
    "Weekly yield forecast",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
programmes = tg.Data(
    "Supermarket programme requests", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
commitments = tg.Data(
    "Sales volume commitments",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Greenhouse site network", trust=tg.Trust.INTERNAL):
    # The vendor climate controller; the forecast only reads its logged readings.
    climate_computer = tm.add(
        tg.Device(
            "Climate computer",
            fleet=False,
            description="Vendor greenhouse climate controller that syncs its logs to the "
            "vendor cloud.",
        )
    )
    # Crop scouts count plants and trusses and photograph sample trusses each week.
    scout = tm.add(tg.Actor("Crop scout", role="crop registration staff"))
    # Shared tablets running the crop registration app.
    tablets = tm.add(tg.Device("Scouting tablets", fleet=True))
    # The packhouse system of record for graded harvest weights and customer orders.
    erp = tm.add(tg.DataStore("Packhouse ERP", stores={harvest, commitments}))
    # Plans volumes with the supermarkets from the forecast.
    planner = tm.add(tg.Actor("Sales planner", role="sales planner"))

with tm.boundary("Climate vendor", trust=tg.Trust.PARTNER):
    # The climate computer vendor's cloud, which offers the readings over an API.
    vendor_cloud = tm.add(
        tg.ExternalService("Climate vendor cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Grower cloud account", trust=tg.Trust.INTERNAL):
    # Landing place for the tablets' uploads.
    photo_bucket = tm.add(
        tg.DataStore(
            "Crop registration bucket",
            stores={photos, counts},
            controls={c.Authentication(method="one upload account shared by all tablets")},
        )
    )
    # Pulls climate readings hourly and turns uploads into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Ingestion pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={c.SecretsManagement(note="vendor API key in the cloud secret manager")},
        )
    )
    # Counts fruit and judges ripeness on each truss photo.
    vision = tm.add(
        tg.Model(
            "Truss vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights object detector fine-tuned on our own labelled trusses.",
        )
    )
    # History of features and harvest weights, for training and for each weekly run.
    warehouse = tm.add(
        tg.DataStore(
            "Growing data warehouse",
            stores={climate, counts, detections, features, harvest, forecast},
            controls={c.RBAC()},
        )
    )
    # Monthly retraining of the yield regressor on the latest harvests.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versioned model files in object storage.
    registry = tm.add(
        tg.ModelRegistry("Model bucket", stores={artifact}, controls={c.ModelVersioning()})
    )
    # The forecast itself.
    yield_model = tm.add(
        tg.Model(
            "Tomato yield model",
            task=tg.Task.REGRESSOR,
            description="LightGBM regressor: kg/m2 per greenhouse for weeks 1-8 ahead.",
        )
    )
    # Runs the forecast every Monday and stores the results.
    forecast_job = tm.add(tg.Service("Weekly forecast job"))
    # Where sales and growers read the forecasts.
    dashboard = tm.add(
        tg.Service(
            "Forecast dashboard",
            controls={c.Authentication(method="company Microsoft 365 SSO with MFA")},
        )
    )

with tm.boundary("Supermarket customers", trust=tg.Trust.PARTNER):
    # The retailers' supplier portals where weekly programmes are agreed.
    retailer_portal = tm.add(tg.ExternalService("Supermarket supplier portal"))

# ---------------------------------------------------------------- flows
tm.flow(climate_computer, vendor_cloud, climate, protocol="https", label="vendor sync")
tm.flow(vendor_cloud, ingestion, climate, protocol="https", label="hourly pull")

tm.flow(scout, tablets, counts, photos, label="entered and photographed on the tablet")
tm.flow(tablets, photo_bucket, counts, photos, protocol="https")
tm.flow(photo_bucket, ingestion, counts, photos)
tm.flow(ingestion, vision, photos)
tm.flow(vision, ingestion, detections)
tm.flow(ingestion, warehouse, climate, counts, detections, features)

tm.flow(erp, warehouse, harvest, protocol="https", label="nightly export")
tm.flow(warehouse, training, features, harvest)
tm.flow(training, registry, artifact)
tm.flow(registry, yield_model, artifact, label="loaded on each weekly run")

tm.flow(warehouse, forecast_job, features)
tm.flow(forecast_job, yield_model, features)
tm.flow(yield_model, forecast_job, forecast)
tm.flow(forecast_job, warehouse, forecast)
tm.flow(warehouse, dashboard, forecast)
tm.flow(dashboard, planner, forecast, protocol="https")

tm.flow(retailer_portal, planner, programmes, protocol="https")
tm.flow(planner, retailer_portal, commitments, protocol="https")
tm.flow(planner, erp, commitments, label="enters confirmed programmes")
