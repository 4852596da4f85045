"""Timber drying planner for a traditional wooden boatyard: the first design.

The yard air-dries oak and larch planks in open-sided sheds for a year or more
before they go into a hull. Shipwrights take pin moisture-meter readings of
tagged planks with a Bluetooth meter paired to a workshop tablet, and LoRaWAN
temperature and humidity sensors in each shed report every fifteen minutes
through a public LoRaWAN network server. Both land, through an ingestion API
in the yard's small cloud account, in a timber database that also holds the
plank register. An in-house regression model, retrained monthly from the
readings history, predicts when each plank will reach planking moisture; a
planner combines the predictions with a local weather forecast and the plank
lists of the boats on the build schedule, and proposes which plank goes into
which boat. The yard manager confirms each allocation in a web app before any
plank is cut. Controls: API keys on the ingestion API, password sign-in on the
web app, encrypted and backed-up database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Boatyard timber moisture model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Predicts when seasoned oak and larch planks are dry enough to use and plans "
        "which timber goes into which boat."
    ),
)

# ---------------------------------------------------------------- data assets
plank_readings = tg.Data(
    "Plank moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Plank tag, meter reading (% MC), wood temperature, time.",
)
plank_tag = tg.Data(
    "Plank tag and stack position",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Typed or scanned on the tablet before each reading.",
)
shed_climate = tg.Data(
    "Shed climate readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Air temperature and relative humidity per shed bay.",
)
plank_register = tg.Data(
    "Plank register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Species, log of origin, sawing date, dimensions, grain notes, stack and bay.",
)
drying_features = tg.Data(
    "Drying features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Reading history, shed climate and forecast per plank.",
)
drying_prediction = tg.Data(
    "Predicted ready date",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Days until each plank reaches target moisture, with an interval.",
)
forecast_request = tg.Data("Yard location", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather_forecast = tg.Data(
    "Local weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
build_schedule = tg.Data(
    "Build schedule and plank lists",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Hulls on order, build slots, and the lofted plank list of each boat.",
)
allocation_plan = tg.Data(
    "Timber allocation plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Which plank goes to which strake of which boat, and when.",
)
allocation_confirmation = tg.Data(
    "Allocation confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
training_history = tg.Data(
    "Readings history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past plank readings and shed climate, with the dates planks were used.",
)
model_artifact = tg.Data(
    "Drying model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient boosting model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Boatyard site", trust=tg.Trust.INTERNAL):
    # Takes the moisture readings and builds the boats from the allocated planks.
    shipwright = tm.add(tg.Actor("Shipwright", role="shipwright"))
    # Runs the yard: keeps the build schedule and confirms which plank goes where.
    yard_manager = tm.add(tg.Actor("Yard manager", role="yard manager", privileged=True))
    # Pin-type moisture meters; the only way plank moisture is measured.
    meters = tm.add(
        tg.Device(
            "Moisture meters",
            fleet=True,
            description="Bluetooth pin meters with oak and larch species correction.",
        )
    )
    # Pairs with a meter, tags each reading with the plank, uploads when on Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Workshop tablet",
            fleet=True,
            description="Two shared Android tablets running the yard's reading app.",
        )
    )
    # Temperature and humidity in every drying-shed bay drive the drying rate.
    shed_sensors = tm.add(
        tg.Device(
            "Shed climate sensors",
            fleet=True,
            description="Battery LoRaWAN temperature/RH sensors, one per shed bay.",
        )
    )

with tm.boundary("LoRaWAN network operator", trust=tg.Trust.PARTNER):
    # The yard has no network of its own in the sheds; a public LoRaWAN network relays uplinks.
    lorawan = tm.add(
        tg.ExternalService(
            "LoRaWAN network server",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Community LoRaWAN network; forwards decoded uplinks by HTTP integration.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Outdoor humidity and rain over the coming weeks change how fast the sheds dry timber.
    weather = tm.add(
        tg.ExternalService(
            "Weather forecast API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial forecast API, free tier.",
        )
    )

with tm.boundary("Yard cloud account", trust=tg.Trust.INTERNAL):
    # One entry point for tablet uploads and the LoRaWAN integration.
    ingestion = tm.add(
        tg.Endpoint(
            "Ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="API key per tablet and per LoRaWAN integration"),
            },
        )
    )
    # Plank register, every reading and the shed climate history.
    timber_db = tm.add(
        tg.DataStore(
            "Timber database",
            stores={plank_register, plank_readings, shed_climate, allocation_plan},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.DataVersioning(note="managed nightly backups, 14 days"),
            },
        )
    )
    # Hulls on order and their plank lists, kept by the yard manager.
    schedule_db = tm.add(tg.DataStore("Build schedule store", stores={build_schedule}))
    # Predicts each plank's ready date from its readings and the shed climate.
    drying_model = tm.add(
        tg.Model(
            "Drying prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression of days to target moisture content.",
        )
    )
    # Matches predicted-ready planks to the strakes each boat needs and proposes a plan.
    planner = tm.add(
        tg.Service(
            "Timber allocation planner",
            description="Proposes allocations by species, length, width, grain and ready date.",
            controls={
                c.HumanInTheLoop(approver="yard manager confirms each allocation before cutting"),
            },
        )
    )
    # Where the manager reviews and confirms plans and shipwrights look up their planks.
    web_app = tm.add(
        tg.Endpoint(
            "Planning web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Monthly retraining from the readings history once planks have been used.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Cloud bucket the planner's model is loaded from.
    model_store = tm.add(tg.ModelRegistry("Model bucket", stores={model_artifact}))

# ---------------------------------------------------------------- flows
# readings from the planks
tm.flow(shipwright, tablet, plank_tag, label="typed on tablet")
tm.flow(meters, tablet, plank_readings, protocol="bluetooth")
tm.flow(tablet, ingestion, plank_readings, plank_tag, protocol="https")

# shed climate
tm.flow(shed_sensors, lorawan, shed_climate, protocol="lorawan")
tm.flow(lorawan, ingestion, shed_climate, protocol="https", label="uplink webhook")
tm.flow(ingestion, timber_db, plank_readings, shed_climate)

# prediction and planning
tm.flow(timber_db, planner, plank_register, plank_readings, shed_climate)
tm.flow(planner, weather, forecast_request, protocol="https")
tm.flow(weather, planner, weather_forecast, protocol="https")
tm.flow(planner, drying_model, drying_features)
tm.flow(drying_model, planner, drying_prediction)
tm.flow(schedule_db, planner, build_schedule)
tm.flow(planner, web_app, allocation_plan, drying_prediction)
tm.flow(web_app, yard_manager, allocation_plan, protocol="https")
tm.flow(yard_manager, web_app, allocation_confirmation, build_schedule, protocol="https")
tm.flow(web_app, planner, allocation_confirmation)
tm.flow(web_app, schedule_db, build_schedule)
tm.flow(planner, timber_db, allocation_plan, label="confirmed allocations")
tm.flow(web_app, tablet, allocation_plan, protocol="https", label="planks to fetch")
tm.flow(tablet, shipwright, allocation_plan, label="shown on tablet")

# retraining
tm.flow(timber_db, training, training_history, label="monthly export")
tm.flow(training, model_store, model_artifact)
tm.flow(model_store, drying_model, model_artifact, label="load on deploy")
