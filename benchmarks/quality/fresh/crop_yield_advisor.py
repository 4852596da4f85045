"""Crop yield advisor: the first design, before any security review.

Farmers use our mobile app to get advice on when to irrigate and fertilise each
field. Soil-moisture and nutrient sensors on the farms send readings over LoRaWAN
(AES session keys and message integrity codes) to a hosted LoRaWAN network server,
which forwards them by webhook to our cloud platform. An ingestion job combines
the readings with commercial satellite imagery and weather forecasts into per-field
features. An in-house yield model predicts yield and water and nitrogen needs; an
advice service sends its output to a hosted LLM that writes the advice in the
farmer's language. Farmers report their harvested yields in the app; those reports,
joined to the season's features, are the training set for a retraining run each
season, which a data scientist validates and promotes through the model registry.
Farmers sign in with a phone number and SMS code; vendor API keys live in the cloud
secret manager; stores use the provider's default encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crop yield advisor",
    profile=tg.RiskProfile.LOW,
    description="Irrigation and fertilisation advice from soil sensors, satellite imagery "
    "and weather, written for farmers by an LLM; retrained each season on reported yields.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Soil sensor readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Moisture, temperature, conductivity and nitrate per sensor, every 30 minutes.",
)
imagery = tg.Data(
    "Satellite imagery",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Licensed multispectral tiles over customers' fields.",
)
forecasts = tg.Data("Weather forecasts", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
features = tg.Data("Field features", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="features")
farm_profile = tg.Data(
    "Farm profile",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Farmer name, phone number, language, field boundaries and crops.",
)
advice_request = tg.Data("Advice request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
prediction = tg.Data(
    "Yield and input prediction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
advice_prompt = tg.Data(
    "Advice prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the model's prediction, crop and field context, target language.",
)
advice = tg.Data("Advice text", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
yield_reports = tg.Data(
    "Reported yields",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Seasonal training set", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="training-data"
)
weights = tg.Data("Yield model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
promotion = tg.Data("Promotion decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Farms", trust=tg.Trust.UNTRUSTED):
    # Our customers; use the app on their own phones.
    farmer = tm.add(tg.Actor("Farmer", role="farmer"))
    # Battery LoRaWAN soil probes installed in the fields (OTAA-joined).
    sensors = tm.add(tg.Device("Soil sensors", fleet=True))

with tm.boundary("LoRaWAN network provider", trust=tg.Trust.PARTNER):
    # Hosted network server behind the farm gateways; decrypts and forwards uplinks.
    network_server = tm.add(tg.ExternalService("LoRaWAN network server"))

with tm.boundary("Data vendors", trust=tg.Trust.PARTNER):
    # Commercial satellite imagery provider, queried per field.
    satellite = tm.add(
        tg.DataSource("Satellite imagery provider", origin=tg.Origin.VENDOR, provides={imagery})
    )
    # Commercial weather forecast API.
    weather = tm.add(
        tg.DataSource("Weather forecast API", origin=tg.Origin.VENDOR, provides={forecasts})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the advice in the farmer's language.
    llm = tm.add(tg.LLM("Advice LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cloud platform", trust=tg.Trust.INTERNAL):
    # Backend for the farmer app: sign-in, farm set-up, advice, yield reports.
    app_api = tm.add(
        tg.Endpoint(
            "Farmer app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="phone number and SMS one-time code")},
        )
    )
    # Farmers and their fields.
    profiles = tm.add(
        tg.DataStore(
            "Farm profile store",
            stores={farm_profile},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Receives sensor webhooks and pulls imagery and forecasts; builds per-field features.
    ingestion = tm.add(
        tg.Pipeline(
            "Ingestion and feature job",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.Authentication(method="shared webhook secret from the network server"),
                c.SchemaEnforcement(note="sensor payload decoder rejects malformed frames"),
                c.SecretsManagement(note="vendor API keys in the cloud secret manager"),
            },
        )
    )
    # Time series of readings and derived features per field.
    feature_store = tm.add(
        tg.FeatureStore(
            "Field feature store",
            stores={features, readings},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Runs daily per field and on request: model prediction, then LLM wording.
    advice_service = tm.add(tg.Service("Advice service"))
    # In-house gradient-boosted model: yield plus irrigation and nitrogen needs.
    yield_model = tm.add(tg.Model("Yield model", task=tg.Task.REGRESSOR))

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Reported yields joined to the season's features, one snapshot per season.
        dataset = tm.add(
            tg.Dataset(
                "Yield training set",
                stores={yield_reports, training_set},
                controls={c.DataVersioning(note="one snapshot per season")},
            )
        )
        # Seasonal retraining job; installs its Python dependencies when it runs.
        retraining = tm.add(
            tg.Pipeline(
                "Seasonal retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest against last season before promotion")},
            )
        )
        # Model versions; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the backtest and promotes the new season's model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    sensors,
    network_server,
    readings,
    protocol="lorawan",
    controls={
        c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys"),
        c.MessageIntegrity(note="LoRaWAN MIC"),
    },
)
tm.flow(network_server, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(satellite, ingestion, imagery, protocol="https")
tm.flow(weather, ingestion, forecasts, protocol="https")
tm.flow(ingestion, feature_store, readings, features)

tm.flow(farmer, app_api, farm_profile, advice_request, yield_reports, protocol="https")
tm.flow(app_api, farmer, advice, protocol="https")
tm.flow(app_api, profiles, farm_profile)
tm.flow(profiles, app_api, farm_profile)
tm.flow(app_api, advice_service, advice_request)
tm.flow(advice_service, app_api, advice)

tm.flow(profiles, advice_service, farm_profile)
tm.flow(feature_store, advice_service, features)
tm.flow(advice_service, yield_model, features)
tm.flow(yield_model, advice_service, prediction)
tm.flow(advice_service, llm, advice_prompt, protocol="https")
tm.flow(llm, advice_service, advice, protocol="https")

tm.flow(app_api, dataset, yield_reports, label="farmer-reported harvest")
tm.flow(feature_store, dataset, features, label="season snapshot")
tm.flow(dataset, retraining, training_set, yield_reports)
tm.flow(retraining, registry, weights)
tm.flow(data_scientist, registry, promotion, label="promotes after backtest")
tm.flow(registry, yield_model, weights, label="deploy")
