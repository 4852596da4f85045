"""Orchard yield forecasting for a cider producer: the first design, before any security review.

The producer buys apples from contracted orchards and needs a forecast of each
orchard's yield to plan pressing capacity and to set the contract volumes it
offers growers. Growers enter blossom and fruit-set counts in a mobile app and
see their own orchard's forecast there; a nightly ingestion job pulls licensed
satellite imagery and weather data from two vendors. An in-house gradient-boosted
regression model, retrained once a season by the data scientist from the past
seasons' counts, imagery features and recorded harvest weights, scores every
orchard in a nightly batch. Procurement staff review the forecasts in a planning
console, may adjust them, and the agreed figures go to the ERP for pressing and
contract planning. Everything runs in the producer's cloud account; growers sign
in with e-mail and password, staff through the company SSO, and the forecast
adjustments are audit-logged.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Cider producer orchard yield forecast",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Seasonal apple-yield forecasts per contracted orchard, for pressing and contract planning.",
)

# ---------------------------------------------------------------- data assets
grower_account = tg.Data(
    "Grower account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Grower name, farm address, phone, e-mail and orchard contract ids.",
)
blossom_counts = tg.Data(
    "Blossom and fruit-set counts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Counts per sampled tree and block, entered by growers in spring.",
)
imagery = tg.Data(
    "Satellite imagery",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed multispectral tiles over the contracted orchard parcels.",
)
weather = tg.Data(
    "Weather observations and forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
orchard_features = tg.Data(
    "Orchard features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Canopy indices, chill and frost hours, counts per block.",
)
harvest_weights = tg.Data(
    "Recorded harvest weights",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Weighbridge tonnage per orchard from past seasons, exported from the ERP.",
)
training_set = tg.Data(
    "Seasonal training set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Yield model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
forecasts = tg.Data(
    "Orchard yield forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
adjustments = tg.Data(
    "Forecast adjustments",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Procurement overrides of a forecast, with the reason given.",
)
agreed_volumes = tg.Data(
    "Agreed forecast volumes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Final tonnage per orchard used for pressing and contract planning.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Contracted growers (often sole traders) using the mobile app.
    grower = tm.add(tg.Actor("Grower", role="contracted grower"))

with tm.boundary("Data vendors", trust=tg.Trust.PARTNER):
    # Commercial satellite imagery, bought per season for our parcels.
    imagery_vendor = tm.add(
        tg.DataSource("Satellite imagery vendor", origin=tg.Origin.VENDOR, provides={imagery})
    )
    # Weather observations and forecasts for the orchard regions.
    weather_service = tm.add(
        tg.DataSource("Weather data service", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Producer cloud account", trust=tg.Trust.INTERNAL):
    # Backend of the grower app: count entry and a grower's own forecast.
    grower_api = tm.add(
        tg.Endpoint(
            "Grower app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Returns only the forecasts of the orchards on the signed-in grower's contracts.",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # System of record for growers, orchards, counts and the forecasts shown to them.
    orchard_db = tm.add(
        tg.DataStore(
            "Orchard database",
            stores={grower_account, blossom_counts, forecasts, adjustments},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly job that pulls imagery and weather and builds features per orchard block.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly feature ingestion",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            controls={tg.controls.SchemaEnforcement()},
        )
    )
    # Feature history plus harvest weights, snapshotted for each season's retraining.
    dataset = tm.add(
        tg.Dataset(
            "Seasonal training dataset",
            stores={training_set, orchard_features, harvest_weights},
            controls={tg.controls.DataVersioning()},
        )
    )
    # Once-a-season retraining, started by hand by the data scientist.
    training = tm.add(
        tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Holds each season's model version; the batch job loads the one tagged current.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={tg.controls.ModelVersioning()},
        )
    )
    # The yield model: tonnes per orchard for the coming harvest.
    model = tm.add(
        tg.Model(
            "Orchard yield model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression on imagery, weather and count features.",
        )
    )
    # Scores every contracted orchard each night and writes the forecasts.
    batch_job = tm.add(tg.Service("Nightly forecast batch job"))
    # Web console where procurement reviews and adjusts forecasts.
    console = tm.add(
        tg.Endpoint(
            "Procurement planning console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="company SSO (OIDC) with MFA"),
                tg.controls.AuditLogging(retention_days=730),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Procurement staff who set contract volumes and may override forecasts.
    procurement = tm.add(tg.Actor("Procurement staff", role="procurement"))
    # Builds features and runs the seasonal retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))
    # Existing ERP: weighbridge records, pressing schedule and grower contracts.
    erp = tm.add(tg.DataStore("Production ERP", stores={harvest_weights, agreed_volumes}))

# ---------------------------------------------------------------- flows
tm.flow(grower, grower_api, blossom_counts, grower_account, protocol="https")
tm.flow(grower_api, orchard_db, blossom_counts, grower_account)
tm.flow(orchard_db, grower_api, forecasts, grower_account, label="grower's own forecasts")
tm.flow(grower_api, grower, forecasts, protocol="https")

tm.flow(imagery_vendor, ingestion, imagery, protocol="https", label="nightly tile download")
tm.flow(weather_service, ingestion, weather, protocol="https")
tm.flow(orchard_db, ingestion, blossom_counts)
tm.flow(ingestion, dataset, orchard_features)
tm.flow(erp, dataset, harvest_weights, label="end-of-season export")

tm.flow(data_scientist, training, label="starts seasonal retraining")
tm.flow(dataset, training, training_set, orchard_features, harvest_weights)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load current version")

tm.flow(dataset, batch_job, orchard_features, label="latest features")
tm.flow(batch_job, model, orchard_features)
tm.flow(model, batch_job, forecasts)
tm.flow(batch_job, orchard_db, forecasts)

tm.flow(orchard_db, console, forecasts, adjustments)
tm.flow(console, procurement, forecasts, adjustments, protocol="https")
tm.flow(procurement, console, adjustments, protocol="https")
tm.flow(console, orchard_db, adjustments)
tm.flow(console, erp, agreed_volumes, protocol="https", label="publish agreed volumes")
