"""Orchard drone fruit count and yield forecast: the first design, before review.

An apple and pear grower in Washington State flies a survey drone over each
orchard block a few weeks before harvest. The pilot loads the flight plan on the
drone's controller; after landing, the controller app uploads the geotagged images
to an upload API in the grower's cloud account. A nightly survey processing job
runs a fruit detection model over the images, totals the fruit per tree and per
block, and asks a yield model for the bins each block should give, using last
seasons' harvest records from the farm operations database. A crew planner turns
the forecasts and the picking crew roster into a picking schedule that the farm
manager reviews on a dashboard. Agronomists annotate sample images; a seasonal
training job retrains both models and stores them in a model registry.
Controls: a pilot account on the upload API, HTTPS, Google Workspace sign-in for
the dashboard, default cloud storage encryption and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Orchard drone fruit count and yield model",
    profile=tg.RiskProfile.LOW,
    description="Counts fruit from drone images to forecast yield per block and plan "
    "picking crews.",
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data("Flight plan", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
images = tg.Data(
    "Geotagged survey images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Nadir and oblique photos of each tree row, with GPS position and time.",
)
detections = tg.Data("Fruit detections", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
counts = tg.Data(
    "Fruit counts per tree and block", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
yield_features = tg.Data(
    "Block yield features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Fruit counts, tree age, variety and prior seasons' bins per block.",
)
forecast = tg.Data(
    "Block yield forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
harvest = tg.Data(
    "Harvest records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bins picked per block per season, from packhouse receiving.",
)
roster = tg.Data(
    "Picking crew roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Crew leads and pickers with names, phone numbers and availability.",
)
crew_plan = tg.Data("Picking crew schedule", kind="records", sensitivity=tg.Sensitivity.PII)
plan_changes = tg.Data("Schedule adjustments", kind="records", sensitivity=tg.Sensitivity.PII)
annotations = tg.Data(
    "Fruit bounding-box annotations",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
detector_weights = tg.Data(
    "Fruit detector weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
yield_weights = tg.Data(
    "Yield model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Orchard blocks", trust=tg.Trust.INTERNAL):
    # Flies the surveys and uploads the images after landing.
    pilot = tm.add(tg.Actor("Drone pilot", role="farm staff drone pilot"))
    # The grower's two survey drones with their controller app.
    drone = tm.add(
        tg.Device(
            "Survey drone and controller",
            fleet=False,
            description="Quadcopter with RGB camera; the controller app uploads over farm LTE.",
        )
    )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Reviews forecasts and adjusts the picking schedule.
    manager = tm.add(tg.Actor("Farm manager", role="orchard manager"))
    # Draws boxes on sample images to train and check the detector.
    agronomist = tm.add(tg.Actor("Agronomist", role="agronomist"))

with tm.boundary("Grower cloud account", trust=tg.Trust.INTERNAL):
    # Receives image batches from the drone controllers.
    upload_api = tm.add(
        tg.Endpoint(
            "Image upload API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="shared pilot account with password")},
        )
    )
    # Object storage bucket of every survey flight.
    image_store = tm.add(
        tg.DataStore(
            "Survey image bucket",
            stores={images},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Nightly batch: detection, counting and the yield forecast.
    processing = tm.add(
        tg.Service(
            "Nightly survey processing job",
            description="Tiles images, runs the detector, de-duplicates fruit seen twice, "
            "totals per tree and block, then calls the yield model.",
        )
    )
    # Finds apples and pears in each image tile.
    detector = tm.add(
        tg.Model(
            "Fruit detection model",
            task=tg.Task.DETECTOR,
            description="Object detector fine-tuned in-house from a public checkpoint.",
        )
    )
    # Turns counts and history into expected bins per block.
    yield_model = tm.add(
        tg.Model(
            "Block yield model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regression of bins per block.",
        )
    )
    # Counts and forecasts, read by the planner and the dashboard.
    forecast_db = tm.add(tg.DataStore("Count and forecast database", stores={counts, forecast}))
    # The grower's existing operations database: harvest history and crew roster.
    ops_db = tm.add(tg.DataStore("Farm operations database", stores={harvest, roster, crew_plan}))
    # Assigns crews to blocks by forecast bins and ripeness window; an optimiser, no LLM.
    planner = tm.add(tg.Service("Picking crew planner"))
    # Web dashboard of counts, forecasts and the crew schedule.
    dashboard = tm.add(
        tg.Endpoint(
            "Yield dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Sample images with agronomist annotations.
        label_set = tm.add(
            tg.Dataset(
                "Annotated fruit image set",
                stores={images, annotations},
                purpose=tg.DatasetPurpose.TRAINING,
            )
        )
        # Retrains the detector and refits the yield model before each harvest.
        training = tm.add(tg.Pipeline("Seasonal training job", stage=tg.Stage.TRAINING))
        # Versions of both models; the processing job loads the tagged ones.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={detector_weights, yield_weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# survey and upload
tm.flow(pilot, drone, flight_plan, label="loaded on the controller by hand")
tm.flow(drone, upload_api, images, protocol="https")
tm.flow(upload_api, image_store, images)

# nightly processing
tm.flow(image_store, processing, images, label="nightly batch")
tm.flow(processing, detector, images)
tm.flow(detector, processing, detections)
tm.flow(ops_db, processing, harvest, label="nightly batch")
tm.flow(processing, yield_model, yield_features)
tm.flow(yield_model, processing, forecast)
tm.flow(processing, forecast_db, counts, forecast)

# crew planning and dashboard
tm.flow(forecast_db, planner, forecast)
tm.flow(ops_db, planner, roster)
tm.flow(planner, ops_db, crew_plan)
tm.flow(forecast_db, dashboard, counts, forecast)
tm.flow(ops_db, dashboard, crew_plan)
tm.flow(dashboard, manager, counts, forecast, crew_plan, protocol="https")
tm.flow(manager, dashboard, plan_changes, protocol="https")
tm.flow(dashboard, planner, plan_changes)

# annotation and training
tm.flow(image_store, label_set, images, label="sampled images")
tm.flow(label_set, agronomist, images, protocol="https")
tm.flow(agronomist, label_set, annotations, protocol="https")
tm.flow(label_set, training, images, annotations)
tm.flow(forecast_db, training, counts)
tm.flow(ops_db, training, harvest)
tm.flow(training, registry, detector_weights, yield_weights)
tm.flow(registry, detector, detector_weights, label="deploy")
tm.flow(registry, yield_model, yield_weights, label="deploy")
