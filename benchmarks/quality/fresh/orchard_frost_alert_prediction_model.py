"""Orchard frost alert prediction model: the first design, before any security review.

A fruit growers' cooperative in the Netherlands runs a frost warning service for
its members. Solar-powered weather stations in members' orchards send air and
leaf-wetness temperature, humidity and wind readings every ten minutes over
LoRaWAN to a network operator, which forwards them to the cooperative's cloud
account. A commercial forecast API supplies hourly forecasts. On frost-season
nights a scoring service runs the cooperative's own model every fifteen minutes,
predicts each orchard block's minimum temperature for the next six hours, and
texts growers through an SMS gateway when a block will fall below the threshold
they set, so they start their frost fans. Growers keep their mobile numbers and
thresholds in a web portal (e-mail and password). The model is retrained each
spring from the season's history and backtested before release. LoRaWAN encrypts
and signs station uplinks; the portal and all API calls use TLS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchard frost alert prediction model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Overnight frost predictions per orchard block, texted to growers.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Station weather readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Air and wet-bulb temperature, humidity, wind speed, battery level.",
)
forecast = tg.Data(
    "Hourly weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed forecast for the cooperative's area; not for redistribution.",
)
history = tg.Data(
    "Weather history and frost features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Readings and forecasts joined per block and hour.",
)
prediction = tg.Data(
    "Block minimum temperature prediction",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
growers = tg.Data(
    "Grower contacts and alert settings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, orchard blocks with locations, alert threshold.",
)
grower_logins = tg.Data(
    "Grower sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Portal e-mail addresses and password hashes.",
)
frost_alert = tg.Data(
    "Frost alert text",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Mobile number, block name and predicted minimum temperature and time.",
)
portal_view = tg.Data(
    "Block forecast view", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
weights = tg.Data("Frost model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Members' orchards", trust=tg.Trust.UNTRUSTED):
    # The field sensors: standing in open orchards, on members' land.
    stations = tm.add(
        tg.Device(
            "Orchard weather stations",
            fleet=True,
            description="About 140 LoRaWAN stations, one or more per orchard block.",
        )
    )
    # The members who get the texts and run the fans.
    grower = tm.add(tg.Actor("Grower", role="cooperative member"))

with tm.boundary("LoRaWAN operator", trust=tg.Trust.PARTNER):
    # Receives the radio uplinks and forwards them to us.
    lora = tm.add(tg.ExternalService("LoRaWAN network server"))

with tm.boundary("External providers", trust=tg.Trust.PARTNER):
    # The commercial weather forecast the model uses beside the stations.
    forecast_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Delivers the frost texts to growers' phones.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Cooperative cloud account", trust=tg.Trust.INTERNAL):
    # Takes station uplinks and forecasts into the history store.
    ingestion = tm.add(
        tg.Pipeline(
            "Weather ingestion",
            stage=tg.Stage.INGESTION,
            description="Receives network-server uplinks and polls the forecast API hourly.",
            controls={
                c.Authentication(method="API key issued to the LoRaWAN network server"),
                c.SchemaEnforcement(note="range checks on each reading; out-of-range dropped"),
            },
        )
    )
    # Time-series store of readings and forecasts, joined into features.
    history_store = tm.add(
        tg.FeatureStore("Weather history store", stores={history, prediction}, online=True)
    )
    # The in-house model: gradient-boosted trees predicting block minimum temperature.
    model = tm.add(
        tg.Model(
            "Frost prediction model",
            task=tg.Task.REGRESSOR,
            description="Predicts each block's minimum temperature over the next six hours.",
        )
    )
    # Runs overnight and decides who gets a text.
    scorer = tm.add(
        tg.Service(
            "Overnight frost scoring service",
            description="Every 15 minutes from dusk to dawn in frost season; "
            "texts once per block per night.",
        )
    )
    # Who to text and at which temperature.
    grower_db = tm.add(
        tg.DataStore(
            "Grower directory",
            stores={growers, grower_logins},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where growers set their numbers and thresholds and see the night's outlook.
    portal = tm.add(
        tg.Endpoint(
            "Grower portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Retrains the model each spring on the season's nights.
    training = tm.add(
        tg.Pipeline(
            "Spring retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest on past frost nights before release")},
        )
    )
    # Holds released model versions that the scorer loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Cooperative office", trust=tg.Trust.INTERNAL):
    # The cooperative's agronomy data analyst who builds and releases the model.
    analyst = tm.add(tg.Actor("Agronomy data analyst", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    stations,
    lora,
    readings,
    protocol="lorawan",
    controls={
        c.EncryptionInTransit(protocol="LoRaWAN AES-128 session keys"),
        c.MessageIntegrity(note="LoRaWAN message integrity code"),
    },
)
tm.flow(lora, ingestion, readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, forecast_api, protocol="https", label="hourly forecast request")
tm.flow(forecast_api, ingestion, forecast, protocol="https")
tm.flow(ingestion, history_store, history)

tm.flow(history_store, scorer, history, label="latest readings and forecast")
tm.flow(scorer, model, history)
tm.flow(model, scorer, prediction)
tm.flow(grower_db, scorer, growers)
tm.flow(scorer, history_store, prediction, label="stores predictions")
tm.flow(scorer, sms, frost_alert, protocol="https")
tm.flow(sms, grower, frost_alert, protocol="sms")

tm.flow(grower, portal, growers, grower_logins, protocol="https")
tm.flow(portal, grower, portal_view, growers, protocol="https")
tm.flow(portal, grower_db, growers, grower_logins)
tm.flow(grower_db, portal, growers, grower_logins)
tm.flow(history_store, portal, prediction)

tm.flow(history_store, training, history, label="season export")
tm.flow(training, registry, weights)
tm.flow(analyst, registry, release, label="approves release")
tm.flow(registry, scorer, weights, label="loads released model")
