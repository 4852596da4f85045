"""Sugar beet clamp rot forecaster: the first design, before any security review.

During the campaign growers keep lifted beet in field clamps until the factory's
hauliers collect it; beet left too long in a warm clamp rots and loses sugar.
Wireless probes in the clamps report temperatures through the probe vendor's
cloud, and an hourly ingestion job pulls them with a weather forecast and the
growers' clamp declarations. A gradient-boosted model forecasts each clamp's
sugar loss, and a haulage scheduler turns the forecasts and delivery contracts
into a proposed haulage order that the campaign planner reviews and releases to
the haulage contractors' dispatch system. Growers declare clamps and see their
delivery slots in a web portal (e-mail and password). After each campaign the
model is retrained on sugar and tare results from the factory's tare house.
It runs in the factory's cloud tenancy; controls so far are portal sign-in, TLS
to partners, schema checks on ingestion, encrypted storage, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sugar beet clamp rot forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Forecasts sugar losses in growers' field clamps from probe temperatures, "
        "weather and delivery schedules, to set the campaign haulage order."
    ),
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Clamp temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Core and surface temperature per probe, every 30 minutes.",
)
weather = tg.Data(
    "Local weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Air temperature, frost and rainfall forecast per growing area.",
)
growers = tg.Data(
    "Grower contact and contract details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, phone numbers, farm addresses and contracted tonnage of growers.",
)
clamp_declarations = tg.Data(
    "Clamp declarations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Clamp location, lift date, estimated tonnage and whether it is sheeted.",
)
delivery_schedule = tg.Data(
    "Delivery contracts and schedule",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
clamp_features = tg.Data("Clamp condition features", kind="features")
forecast = tg.Data(
    "Clamp rot loss forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Forecast sugar loss per clamp for the next ten days.",
)
proposed_order = tg.Data(
    "Proposed haulage order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked clamps to collect per day, with grower names and phone numbers.",
)
released_order = tg.Data(
    "Released haulage order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
collection_status = tg.Data("Load collection status", kind="records")
grower_view = tg.Data(
    "Delivery slots and clamp forecasts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
load_results = tg.Data(
    "Delivered load sugar and tare results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sugar content and dirt tare per delivered load; also the basis of grower payment.",
)
loss_labels = tg.Data(
    "Measured sugar loss labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
history = tg.Data("Campaign training history", kind="training-data")
artifact = tg.Data(
    "Rot forecaster artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Growers' fields", trust=tg.Trust.UNTRUSTED):
    # Battery probes pushed into the clamps; they stand in open fields.
    probes = tm.add(
        tg.Device(
            "Clamp temperature probes",
            fleet=True,
            description="LoRaWAN probes the factory lends growers for each clamp.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Growers declare their clamps and check when they will be collected.
    grower = tm.add(tg.Actor("Grower", role="beet grower"))

with tm.boundary("Probe vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's network server and API relay the probe readings to us.
    probe_platform = tm.add(
        tg.ExternalService(
            "Probe vendor IoT platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Frost and heat drive clamp rot, so the forecast is an input.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Haulage contractors", trust=tg.Trust.PARTNER):
    # The contractors' own dispatch system sends lorries to the clamps.
    dispatch = tm.add(
        tg.ExternalService(
            "Haulier dispatch system",
            description="Receives the released order and reports loads collected.",
        )
    )

with tm.boundary("Factory cloud tenancy", trust=tg.Trust.INTERNAL):
    # Growers' window onto their clamps and delivery slots.
    portal = tm.add(
        tg.Endpoint(
            "Grower portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Shows each grower the clamps and delivery slots of their own contract.",
            controls={c.Authentication(method="grower e-mail and password")},
        )
    )
    # System of record for growers, clamps, contracts and the haulage plan.
    clamp_db = tm.add(
        tg.DataStore(
            "Clamp and delivery database",
            stores={
                growers,
                clamp_declarations,
                delivery_schedule,
                forecast,
                released_order,
                load_results,
            },
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Joins probe readings, weather and clamp declarations into features.
    ingestion = tm.add(
        tg.Pipeline(
            "Clamp data ingestion job",
            stage=tg.Stage.PREPROCESSING,
            description="Runs hourly; pulls the vendor API with an API key.",
            controls={c.SchemaEnforcement(note="rejects readings outside -20 to 60 C")},
        )
    )
    # Latest features per clamp, and their history for retraining.
    feature_store = tm.add(tg.FeatureStore("Clamp feature store", stores={clamp_features}))
    # The forecaster itself, scored in batch after each ingestion run.
    forecaster = tm.add(
        tg.Model(
            "Clamp rot loss forecaster",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Forecasts sugar loss per clamp from temperatures, weather and clamp age.",
        )
    )
    # Optimiser that ranks clamps for collection within factory slicing capacity.
    scheduler = tm.add(
        tg.Service(
            "Haulage scheduler",
            description="Proposes the next days' haulage order; the planner releases it.",
            controls={c.HumanInTheLoop(approver="campaign planner")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # One snapshot per campaign of features and measured losses.
        dataset = tm.add(
            tg.Dataset(
                "Campaign history dataset",
                stores={history, loss_labels},
                controls={c.DataVersioning()},
            )
        )
        # Retrains the forecaster once a campaign is over.
        training = tm.add(tg.Pipeline("Forecaster retraining", stage=tg.Stage.TRAINING))
        # Versions of the forecaster that serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Forecaster model registry", stores={artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Factory site network", trust=tg.Trust.INTERNAL):
    # Reviews and releases the haulage order each afternoon.
    planner = tm.add(tg.Actor("Campaign planner", role="agricultural staff"))
    # Samples every delivered load for sugar content and dirt tare.
    tare_house = tm.add(
        tg.DataSource("Tare house laboratory", origin=tg.Origin.INTERNAL, provides={load_results})
    )

# ---------------------------------------------------------------- flows
tm.flow(probes, probe_platform, probe_readings, protocol="lorawan")
tm.flow(probe_platform, ingestion, probe_readings, protocol="https", label="hourly API pull")
tm.flow(weather_api, ingestion, weather, protocol="https")
tm.flow(clamp_db, ingestion, clamp_declarations, label="hourly sync")
tm.flow(ingestion, feature_store, clamp_features)

tm.flow(feature_store, forecaster, clamp_features)
tm.flow(forecaster, scheduler, forecast)
tm.flow(clamp_db, scheduler, delivery_schedule, clamp_declarations, growers)
tm.flow(scheduler, planner, proposed_order, forecast, protocol="https")
tm.flow(planner, scheduler, released_order, protocol="https", label="edits and releases")
tm.flow(scheduler, clamp_db, forecast, released_order)
tm.flow(scheduler, dispatch, released_order, protocol="https")
tm.flow(dispatch, scheduler, collection_status, protocol="https", label="loads collected")

tm.flow(grower, portal, clamp_declarations, protocol="https")
tm.flow(portal, clamp_db, clamp_declarations)
tm.flow(clamp_db, portal, grower_view, growers)
tm.flow(portal, grower, grower_view, protocol="https")

tm.flow(tare_house, clamp_db, load_results, label="per delivered load")
tm.flow(feature_store, dataset, history, label="end-of-campaign export")
tm.flow(clamp_db, dataset, loss_labels, label="end-of-campaign export")
tm.flow(dataset, training, history, loss_labels)
tm.flow(training, registry, artifact)
tm.flow(registry, forecaster, artifact, label="load approved version")
