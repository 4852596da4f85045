"""Truffle orchard: dog GPS, find logs and per-tree yield forecast, first design.

Our hunters work the orchard with dogs wearing GPS collars; the collar maker's
cloud keeps the tracks and we pull them nightly through its API. At each find
the hunter logs tree, weight and grade in our hunter app (their own phones),
which posts to a find-log API in our cloud account. An ingestion job joins
tracks, finds and a weather provider's rainfall and soil-temperature forecast
into the orchard database. Weekly, a training job refits a per-tree harvest
forecaster and scores every tree. The owner reads the forecasts in the owner
console and decides how many kilos to offer forward; offers go to a restaurant
portal where chefs sign in and accept contracts. Forecasts are advisory: the
owner publishes every offer himself. Everything runs in one EU cloud account;
hunters' tracks and restaurant contacts are personal data under GDPR.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Truffle orchard yield forecast and forward contracts",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Per-tree truffle harvest forecasts from dog GPS tracks and find logs, "
        "used to sell forward contracts to restaurants."
    ),
)

# ---------------------------------------------------------------- data assets
tracks = tg.Data(
    "Dog GPS tracks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Collar positions every few seconds; they also trace the hunter's route.",
)
finds = tg.Data(
    "Find logs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Hunter, dog, tree, time, weight and grade of each truffle found.",
)
tree_map = tg.Data(
    "Tree map",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tree ids and positions; shows where the productive trees are.",
)
weather = tg.Data(
    "Rainfall and soil temperature forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
features = tg.Data(
    "Per-tree history features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Finds per season, dog visit counts and weather, kept as a database view.",
)
weights = tg.Data(
    "Yield forecaster artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
forecast = tg.Data(
    "Per-tree harvest forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
offers = tg.Data(
    "Forward contract offers",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Kilos, grade, delivery window and price per kilo offered for the season.",
)
contracts = tg.Data(
    "Restaurant contracts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Accepted contracts with the chef's name, restaurant, e-mail and phone.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Orchard and mobile network", trust=tg.Trust.UNTRUSTED):
    # Seasonal hunters who work the dogs and log every find.
    hunter = tm.add(tg.Actor("Truffle hunter", role="hunter"))
    # Our app on the hunters' own phones; shows the tree map and records finds.
    hunter_app = tm.add(tg.Device("Hunter app", fleet=True))
    # GPS collars on the dogs, reporting over the cellular network to their maker's cloud.
    collars = tm.add(tg.Device("Dog GPS collars", fleet=True))

with tm.boundary("Collar maker cloud", trust=tg.Trust.PARTNER):
    # The collar maker's tracking service; we only read our dogs' tracks from its API.
    collar_cloud = tm.add(
        tg.ExternalService("Collar tracking cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial weather API for rainfall and soil temperature at the orchard.
    weather_api = tm.add(
        tg.DataSource("Weather service", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Receives finds from the hunter app and serves it the tree map.
    find_api = tm.add(
        tg.Endpoint(
            "Find log API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-hunter username and password"),
                tg.controls.InputValidation(note="tree id must exist, weight 1-500 g"),
            },
        )
    )
    # Nightly job that pulls tracks and weather and attaches finds to trees.
    ingestion = tm.add(tg.Pipeline("Nightly ingestion job", stage=tg.Stage.INGESTION))
    # Single managed Postgres for trees, tracks, finds, weather, features and forecasts.
    orchard_db = tm.add(
        tg.DataStore(
            "Orchard database",
            stores={tracks, finds, tree_map, weather, features, forecast},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Weekly refit of the per-tree forecaster on all seasons so far.
    training = tm.add(tg.Pipeline("Weekly forecaster training", stage=tg.Stage.TRAINING))
    # Gradient-boosted regressor predicting each tree's kilos for the coming weeks.
    forecaster = tm.add(
        tg.Model(
            "Per-tree yield forecaster",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Its totals decide how many kilos the owner sells forward.",
        )
    )
    # Web app where the owner reviews forecasts and publishes offers.
    console = tm.add(
        tg.Service(
            "Owner console",
            controls={
                tg.controls.Authentication(method="Google Workspace SSO with 2SV"),
                tg.controls.HumanInTheLoop(approver="the orchard owner publishes every offer"),
            },
        )
    )
    # Offers, accepted contracts and restaurant contacts.
    contracts_db = tm.add(
        tg.DataStore(
            "Contracts database",
            stores={offers, contracts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Public site where restaurant buyers see open offers and accept contracts.
    portal = tm.add(
        tg.Endpoint(
            "Restaurant portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # The orchard's owner: reads forecasts, sets volumes and prices, signs contracts.
    owner = tm.add(tg.Actor("Orchard owner", role="owner", privileged=True))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Chefs and buyers at restaurants who take forward contracts.
    buyer = tm.add(tg.Actor("Restaurant buyer", role="restaurant buyer"))

# ---------------------------------------------------------------- flows
# field capture
tm.flow(hunter, hunter_app, finds, label="logs the find at the tree")
tm.flow(hunter_app, find_api, finds, protocol="https")
tm.flow(find_api, hunter_app, tree_map, protocol="https")
tm.flow(find_api, orchard_db, finds)
tm.flow(orchard_db, find_api, tree_map)
tm.flow(collars, collar_cloud, tracks, protocol="https")
tm.flow(collar_cloud, ingestion, tracks, protocol="https", label="nightly API pull")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(ingestion, orchard_db, tracks, weather)
tm.flow(orchard_db, ingestion, finds, tree_map, label="finds to attach to tracks")

# training and forecasting
tm.flow(orchard_db, training, tracks, finds, weather, tree_map)
tm.flow(training, forecaster, weights, label="weekly redeploy")
tm.flow(orchard_db, forecaster, features, label="weekly batch scoring")
tm.flow(forecaster, orchard_db, forecast)

# selling forward
tm.flow(orchard_db, console, forecast, finds)
tm.flow(console, owner, forecast, finds, contracts, protocol="https")
tm.flow(owner, console, offers, protocol="https", label="publishes offers")
tm.flow(console, contracts_db, offers)
tm.flow(contracts_db, console, contracts)
tm.flow(contracts_db, portal, offers)
tm.flow(portal, buyer, offers, protocol="https")
tm.flow(buyer, portal, contracts, protocol="https", label="accepts a contract")
tm.flow(portal, contracts_db, contracts)
