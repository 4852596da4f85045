"""Hill farm sheep weighing: the first design, before any security review.

Each water trough on the hill has a walk-over weighing platform and an EID
ear-tag reader; as a sheep walks through to drink, a solar-powered trough logger
pairs the tag with the weight and sends the record by LoRaWAN to a gateway in
the farmhouse, which forwards it over the farm broadband to a small cloud account.
There an ingestion API (per-gateway key, schema checks) stores the weigh-ins,
and a nightly job corrects for wet fleece using rainfall from a weather service,
then runs a growth model that flags ewes falling behind their expected weight.
The shepherd sees the flags and growth charts in a web app on their phone, and
records lambings, treatments and culls there into the flock register.
Once a season the model is retrained on the farm's own weigh history and saved
to a model bucket that the nightly job loads from. The cloud database is
encrypted at rest with the provider's keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hill farm sheep walk-over weighing",
    profile=tg.RiskProfile.LOW,
    description="Tracks each sheep's growth from trough weigh-ins and flags ewes losing condition.",
)

# ---------------------------------------------------------------- data assets
weight = tg.Data("Platform weight reading", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tag_read = tg.Data("EID tag read", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
weigh_in = tg.Data(
    "Weigh-in record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="EID, weight in kg, trough id and timestamp.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
flock = tg.Data(
    "Flock records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="EID, breed, date of birth, lambing, treatments and culls per sheep.",
)
flock_update = tg.Data(
    "Flock register updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
rainfall = tg.Data("Rainfall observations", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
growth_features = tg.Data("Growth features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
flags = tg.Data(
    "Condition flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Expected versus corrected weight per ewe, and the ewes below their curve.",
)
weights_file = tg.Data("Growth model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Hill grazing",
    trust=tg.Trust.UNTRUSTED,
    description="Open hill with public access land and footpaths; troughs are unattended.",
):
    # Load cells under the race to the trough: weighs each sheep as it walks over.
    scale = tm.add(tg.Device("Walk-over scale platform", fleet=True))
    # Reads the EID ear tag of the sheep standing on the platform.
    reader = tm.add(tg.Device("EID ear-tag reader", fleet=True))
    # Solar-powered box at each trough: pairs tag and weight, buffers, sends by LoRaWAN.
    logger = tm.add(
        tg.Device(
            "Trough logger",
            fleet=True,
            description="Takes the settled weight while the tag is in range and buffers a week of records.",
        )
    )

with tm.boundary("Farmhouse", trust=tg.Trust.INTERNAL):
    # LoRaWAN gateway on the farmhouse roof, forwarding to the cloud over broadband.
    gateway = tm.add(tg.Service("Farmhouse LoRaWAN gateway"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Receives weigh-ins from the gateway.
    ingest = tm.add(
        tg.Endpoint(
            "Weigh-in ingestion API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-gateway API key"),
                c.SchemaEnforcement(note="rejects malformed EIDs and weights outside 5-150 kg"),
            },
        )
    )
    # Every weigh-in and the nightly condition flags.
    weigh_db = tm.add(
        tg.DataStore(
            "Weigh-in database",
            stores={weigh_in, flags},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The farm's register of every sheep, kept up to date by the shepherd.
    register = tm.add(tg.DataStore("Flock register", stores={flock}))
    # Nightly: builds each ewe's corrected weight series and scores it.
    scoring = tm.add(
        tg.Service(
            "Nightly condition scoring job",
            description="Corrects weights for wet fleece from rainfall, builds features, calls the model.",
        )
    )
    # Predicts each ewe's expected weight for her age and stage; the gap drives the flag.
    model = tm.add(
        tg.Model(
            "Ewe growth and condition model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor of expected weight from age, breed, lambing and season.",
        )
    )
    # Shepherd's web app: flags, growth charts, and flock register edits.
    app = tm.add(
        tg.Endpoint(
            "Shepherd web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Once a season, refits the growth model on the farm's own history.
    training = tm.add(tg.Pipeline("Seasonal model retraining", stage=tg.Stage.TRAINING))
    # Bucket holding the current and previous model files.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={weights_file}))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Hourly rainfall for the farm's grid square, to correct for wet fleece.
    weather = tm.add(tg.ExternalService("Weather data service", provides="data-provider"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Checks flagged ewes and keeps the flock register current, from a phone on the hill.
    shepherd = tm.add(tg.Actor("Shepherd", role="shepherd"))

# ---------------------------------------------------------------- flows
tm.flow(scale, logger, weight, protocol="serial")
tm.flow(reader, logger, tag_read, protocol="serial")
tm.flow(logger, gateway, weigh_in, protocol="lorawan")
tm.flow(gateway, ingest, weigh_in, protocol="https")
tm.flow(ingest, weigh_db, weigh_in)

tm.flow(weigh_db, scoring, weigh_in, label="nightly read")
tm.flow(register, scoring, flock)
tm.flow(weather, scoring, rainfall, protocol="https")
tm.flow(scoring, model, growth_features)
tm.flow(model, scoring, flags)
tm.flow(scoring, weigh_db, flags)

tm.flow(weigh_db, app, weigh_in, flags)
tm.flow(register, app, flock)
tm.flow(app, shepherd, flags, weigh_in, protocol="https", label="flags and growth charts")
tm.flow(shepherd, app, flock_update, protocol="https")
tm.flow(app, register, flock_update)

tm.flow(weigh_db, training, weigh_in, label="end-of-season export")
tm.flow(register, training, flock)
tm.flow(training, model_bucket, weights_file)
tm.flow(model_bucket, model, weights_file, label="loaded by the nightly job")
