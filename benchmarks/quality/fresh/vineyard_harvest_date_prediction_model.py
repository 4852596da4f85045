"""Vineyard harvest date prediction: the first design, before any security review.

A family wine estate wants a suggested picking window for each vineyard block.
During veraison the lab technician enters berry sample results (sugar in Brix, pH,
titratable acidity) in a small web dashboard; weather stations in the blocks report
to the station vendor's cloud, from which we pull readings and forecasts each day;
a drone survey contractor uploads multispectral imagery of the blocks every week.
A nightly pipeline in the estate's cloud project turns all this into per-block
features; each winter a data scientist retrains a gradient-boosted regressor on past
seasons and the actual harvest dates. A weekly prediction job writes a predicted
harvest window per block, which the winemaker reads in the dashboard before
booking picking crews. Controls in this design: staff sign in to the dashboard with
Google Workspace accounts (2-step verification enforced), the form range-checks
lab values, the bucket and database use the cloud's default encryption, and the
registry keeps every model version.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Vineyard harvest date prediction",
    profile=tg.RiskProfile.LOW,
    description="Suggests a harvest window per vineyard block from lab samples, weather and drone imagery.",
)

# ---------------------------------------------------------------- data assets
sample_results = tg.Data(
    "Berry sample results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Brix, pH and titratable acidity per block and sampling date.",
)
harvest_records = tg.Data(
    "Historic harvest records",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Actual picking date and must analysis per block and vintage.",
)
station_readings = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, humidity, rainfall and leaf wetness per block.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
imagery = tg.Data(
    "Multispectral drone imagery",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Orthomosaic GeoTIFFs of the blocks, one survey per week.",
)
block_features = tg.Data(
    "Block features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sugar and acid trends, growing degree days, rainfall, NDVI per block.",
)
training_config = tg.Data(
    "Training notebook and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Harvest model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)
prediction = tg.Data(
    "Predicted harvest window",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Earliest and latest suggested picking date per block, with the expected Brix.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Vineyard blocks",
    trust=tg.Trust.UNTRUSTED,
    description="Open land crossed by public footpaths.",
):
    # Solar-powered stations on posts in the rows; they report over the cellular network.
    stations = tm.add(tg.Device("Block weather stations", fleet=True))

with tm.boundary("Weather station vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud collects our station data and sells a local forecast on top.
    weather_cloud = tm.add(
        tg.DataSource(
            "Weather station cloud",
            origin=tg.Origin.VENDOR,
            provides={station_readings, forecast},
            description="Station vendor's platform; we pull from its REST API with an API key.",
        )
    )

with tm.boundary("Drone survey contractor", trust=tg.Trust.PARTNER):
    # Flying is contracted out; the contractor processes flights into orthomosaics.
    drone_contractor = tm.add(
        tg.DataSource(
            "Drone survey contractor",
            origin=tg.Origin.PARTNER,
            provides={imagery},
            description="Uploads the weekly orthomosaics through a pre-signed upload link.",
        )
    )

with tm.boundary("Estate office", trust=tg.Trust.INTERNAL):
    # Runs the berry samples in the winery lab and types the results in.
    lab_tech = tm.add(tg.Actor("Lab technician", role="winery lab staff"))
    # Decides when each block is picked; records the actual dates after harvest.
    winemaker = tm.add(tg.Actor("Winemaker", role="winemaker"))
    # Part-time data scientist who owns the model and retrains it each winter.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Estate cloud project", trust=tg.Trust.INTERNAL):
    # Web app where samples and harvest dates are entered and predictions are shown.
    dashboard = tm.add(
        tg.Endpoint(
            "Harvest planning dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="Google Workspace sign-in with 2-step verification enforced"
                ),
                c.InputValidation(note="form range-checks Brix, pH and TA values"),
            },
        )
    )
    # Operational database behind the dashboard.
    vineyard_db = tm.add(
        tg.DataStore(
            "Vineyard database",
            stores={sample_results, harvest_records, prediction},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Landing zone for the contractor's imagery.
    imagery_bucket = tm.add(
        tg.DataStore(
            "Imagery bucket",
            stores={imagery},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Nightly job: pulls weather, reads samples and imagery, computes per-block features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Nightly feature pipeline", stage=tg.Stage.PREPROCESSING, third_party_packages=True
        )
    )
    # One row per block and season: features plus the actual harvest date as the label.
    feature_table = tm.add(
        tg.Dataset(
            "Block-season feature table",
            stores={block_features, harvest_records},
            purpose=tg.DatasetPurpose.TRAINING,
        )
    )
    # Winter retraining run by the data scientist from a notebook.
    training = tm.add(
        tg.Pipeline("Winter retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # MLflow registry; the prediction job loads the version tagged "production".
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # The regressor itself, loaded inside the prediction job's container.
    model = tm.add(
        tg.Model(
            "Harvest date model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor: days until optimal ripeness per block.",
        )
    )
    # Runs every Monday during ripening and writes the windows to the database.
    prediction_job = tm.add(tg.Service("Weekly prediction job"))

# ---------------------------------------------------------------- flows
# sensing and outside data
tm.flow(stations, weather_cloud, station_readings, protocol="https", label="cellular uplink")
tm.flow(
    weather_cloud,
    feature_pipeline,
    station_readings,
    forecast,
    protocol="https",
    label="daily API pull",
)
tm.flow(drone_contractor, imagery_bucket, imagery, protocol="https", label="pre-signed upload link")
tm.flow(imagery_bucket, feature_pipeline, imagery)

# people and the dashboard
tm.flow(lab_tech, dashboard, sample_results, protocol="https")
tm.flow(winemaker, dashboard, harvest_records, protocol="https", label="actual picking dates")
tm.flow(dashboard, vineyard_db, sample_results, harvest_records)
tm.flow(vineyard_db, dashboard, sample_results, prediction)
tm.flow(dashboard, winemaker, prediction, sample_results, protocol="https")
tm.flow(dashboard, lab_tech, sample_results, protocol="https")

# features, training and registry
tm.flow(vineyard_db, feature_pipeline, sample_results, harvest_records, label="nightly export")
tm.flow(feature_pipeline, feature_table, block_features, harvest_records)
tm.flow(feature_table, training, block_features, harvest_records)
tm.flow(data_scientist, training, training_config, protocol="https", label="launches retraining")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load production tag")

# weekly predictions
tm.flow(feature_table, prediction_job, block_features, label="current season rows")
tm.flow(prediction_job, model, block_features)
tm.flow(model, prediction_job, prediction)
tm.flow(prediction_job, vineyard_db, prediction)
