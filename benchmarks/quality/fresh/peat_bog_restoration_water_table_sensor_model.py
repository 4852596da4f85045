"""Peat bog restoration water-table model: the first design.

A peatland trust has blocked drains on a restored blanket bog and wants to know
where the water table is recovering and where more peat dams are needed. Dipwell
pressure loggers and a rain gauge send readings over a commercial LoRaWAN
network, whose server posts them to the trust's cloud ingestion function; older
loggers are read on site visits and uploaded as CSV. Daily Environment Agency
rainfall is pulled from its open API. A monthly job trains a water-table
regression model on the history and the site's GIS layers; a weekly batch job
runs it and writes predicted recovery and suggested dam locations to the site
manager's dashboard. Staff sign in with Microsoft 365 accounts; ingestion rejects
readings outside the schema, the database is backed up, model files are versioned.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Peat bog restoration water-table model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Predicts water-table recovery on a restored bog from dipwell loggers and "
        "rainfall, and suggests where the site manager should add peat dams."
    ),
)

# ---------------------------------------------------------------- data assets
water_levels = tg.Data(
    "Dipwell water-level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Depth to water table every 30 minutes per dipwell.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
gauge_rainfall = tg.Data("Rain gauge readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
logger_csv = tg.Data(
    "Manual logger download CSV",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Exported by field staff from loggers with no radio.",
)
ea_rainfall = tg.Data(
    "Environment Agency rainfall data", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
site_layers = tg.Data(
    "Site GIS layers",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Peat depth survey, LiDAR terrain, drain lines, dipwell and dam positions.",
)
dam_records = tg.Data(
    "Dam installation records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Where and when dams were built, entered by the site manager.",
)
training_set = tg.Data(
    "Water-table training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_file = tg.Data("Water-table model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
model_inputs = tg.Data("Model input features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
predictions = tg.Data(
    "Predicted water-table recovery",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted depth to water per dipwell and grid cell for the next 12 months.",
)
dam_suggestions = tg.Data(
    "Suggested dam locations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ranked drain sections where predicted recovery stays below target.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Bog field site", trust=tg.Trust.UNTRUSTED):
    # Open moorland with public access: the loggers are in reach of anyone walking by.
    dipwells = tm.add(
        tg.Device(
            "Dipwell water-level loggers",
            fleet=True,
            description="About 60 pressure-transducer loggers with LoRaWAN radios.",
        )
    )
    # Gives rainfall on the bog itself, which the nearest EA gauge misses.
    rain_gauge = tm.add(tg.Device("Tipping-bucket rain gauge", fleet=False))

with tm.boundary("LoRaWAN network provider", trust=tg.Trust.PARTNER):
    # Commercial LoRaWAN network server that receives uplinks and forwards them to us.
    lns = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            description="Decodes logger uplinks and posts them to our ingestion function.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public open-data API, polled daily for the nearest gauges.
    ea_api = tm.add(
        tg.ExternalService(
            "Environment Agency rainfall API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Trust staff laptops", trust=tg.Trust.INTERNAL):
    # Downloads old loggers on site visits and uploads the files.
    ecologist = tm.add(tg.Actor("Field ecologist", role="field staff"))
    # Decides where the contractor builds the next dams.
    manager = tm.add(tg.Actor("Site manager", role="site manager"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Serverless function that receives uplinks, CSV uploads and the daily rainfall pull.
    ingestion = tm.add(
        tg.Pipeline(
            "Sensor ingestion function",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="rejects rows with missing fields or impossible depths")
            },
        )
    )
    # Managed PostgreSQL with TimescaleDB holding all readings and the model's outputs.
    hydro_db = tm.add(
        tg.DataStore(
            "Hydrology database",
            stores={water_levels, gauge_rainfall, ea_rainfall, predictions, dam_suggestions},
            controls={
                c.DataVersioning(note="provider's daily backups, 30-day point-in-time restore")
            },
        )
    )
    # GeoPackage layers on a file share, edited through the dashboard's map page.
    gis_store = tm.add(tg.DataStore("Site GIS store", stores={site_layers, dam_records}))
    # Monthly snapshot of readings joined to site layers.
    dataset = tm.add(tg.Dataset("Training snapshot", stores={training_set}))
    # Notebook-derived Python job using scikit-learn and friends from PyPI.
    training = tm.add(
        tg.Pipeline("Monthly training job", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Blob container of joblib model files, one folder per version.
    model_store = tm.add(
        tg.ModelRegistry(
            "Model file store",
            stores={model_file},
            controls={c.ModelVersioning(note="the batch service loads a pinned version")},
        )
    )
    # Gradient-boosted regression of depth to water from rainfall, season and site layers.
    model = tm.add(
        tg.Model(
            "Water-table recovery model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
        )
    )
    # Runs the model each week and ranks drain sections for new dams.
    forecast = tm.add(
        tg.Service(
            "Weekly recovery forecast job",
            description="Builds features, runs the model, writes predictions and dam suggestions.",
        )
    )
    # Web dashboard: maps, charts, CSV upload, dam records.
    dashboard = tm.add(
        tg.Endpoint(
            "Site dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 single sign-on (OIDC) with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
# Readings in
tm.flow(dipwells, lns, water_levels, protocol="lorawan")
tm.flow(rain_gauge, lns, gauge_rainfall, protocol="lorawan")
tm.flow(lns, ingestion, water_levels, gauge_rainfall, protocol="https", label="uplink webhook")
tm.flow(ecologist, dashboard, logger_csv, protocol="https", label="CSV upload")
tm.flow(dashboard, ingestion, logger_csv)
tm.flow(ea_api, ingestion, ea_rainfall, protocol="https", label="daily pull")
tm.flow(ingestion, hydro_db, water_levels, gauge_rainfall, ea_rainfall)

# Training
tm.flow(hydro_db, dataset, water_levels, gauge_rainfall, ea_rainfall, label="monthly export")
tm.flow(gis_store, dataset, site_layers, dam_records, label="monthly export")
tm.flow(dataset, training, training_set)
tm.flow(training, model_store, model_file)
tm.flow(model_store, model, model_file, label="pinned version loaded each run")

# Weekly forecast
tm.flow(hydro_db, forecast, water_levels, gauge_rainfall, ea_rainfall, label="weekly batch read")
tm.flow(gis_store, forecast, site_layers, dam_records, label="weekly batch read")
tm.flow(forecast, model, model_inputs)
tm.flow(model, forecast, predictions)
tm.flow(forecast, hydro_db, predictions, dam_suggestions)

# Site manager
tm.flow(hydro_db, dashboard, water_levels, predictions, dam_suggestions)
tm.flow(gis_store, dashboard, site_layers, dam_records)
tm.flow(dashboard, manager, predictions, dam_suggestions, site_layers, protocol="https")
tm.flow(manager, dashboard, dam_records, protocol="https", label="records new dams")
tm.flow(dashboard, gis_store, dam_records)
