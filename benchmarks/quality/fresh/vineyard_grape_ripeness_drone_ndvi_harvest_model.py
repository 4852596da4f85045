"""Vineyard grape ripeness model: the first design, before any security review.

A wine estate in the EU flies a multispectral drone over its vineyard blocks weekly
from veraison to harvest. The vineyard technician plans flights on a ground station
laptop, copies the images off the drone's card and uploads them to the estate's cloud
account, where a pipeline computes NDVI indices per block. Lab technicians enter berry
sugar (Brix), pH and acidity in the harvest planning app. An in-house regression model,
retrained each winter on past vintages, estimates ripeness per block from the indices,
lab results and a weather forecast. The winemaker sets the picking dates; the vineyard
manager books pickers' crews in a labour agency's app and records the confirmed crews.
Staff sign in with the estate's Google Workspace accounts (2-step verification); cloud
storage is encrypted with provider-managed keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vineyard grape ripeness and harvest planning",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drone NDVI and lab sugar tests feed a ripeness model; the winemaker plans harvest.",
)

# ---------------------------------------------------------------- data assets
flight_plan = tg.Data("Drone flight plan", sensitivity="internal", kind="instructions")
images = tg.Data(
    "Multispectral block images",
    sensitivity="internal",
    kind="media",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
indices = tg.Data("Block NDVI indices", sensitivity="internal", kind="features")
lab_results = tg.Data(
    "Berry sample lab results",
    sensitivity="internal",
    kind="records",
    description="Brix, pH and titratable acidity per sampled block and date.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data("Weather forecast", sensitivity="public", kind="records")
artifact = tg.Data("Ripeness model artifact", sensitivity="confidential", format="pickle")
ripeness = tg.Data("Block ripeness estimates", sensitivity="internal", kind="model-output")
harvest_plan = tg.Data(
    "Harvest plan",
    sensitivity="confidential",
    kind="records",
    description="Picking dates and order of blocks for the vintage.",
)
booking = tg.Data("Crew booking request", sensitivity="internal", kind="records")
roster = tg.Data(
    "Picker crew roster",
    sensitivity="pii",
    kind="records",
    description="Crew leader and pickers' names, phone numbers and start dates.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Vineyard blocks", trust=tg.Trust.INTERNAL):
    # The estate's multispectral drone, flown over each block by the technician.
    drone = tm.add(tg.Device("Multispectral survey drone", fleet=False))

with tm.boundary("Estate office", trust=tg.Trust.INTERNAL):
    # Laptop running the flight planning software and the upload client.
    ground_station = tm.add(tg.Device("Drone ground station laptop", fleet=False))
    # Plans and flies the surveys and takes berry samples in the blocks.
    technician = tm.add(tg.Actor("Vineyard technician", role="vineyard staff"))
    # Runs the sugar and acidity tests in the winery lab.
    lab_tech = tm.add(tg.Actor("Lab technician", role="winery lab staff"))
    # Decides when each block is picked.
    winemaker = tm.add(tg.Actor("Winemaker", role="winemaker"))
    # Arranges seasonal labour for the harvest.
    manager = tm.add(tg.Actor("Vineyard manager", role="vineyard manager"))

with tm.boundary("Estate cloud account", trust=tg.Trust.INTERNAL):
    # Bucket of raw and stitched imagery, kept for comparison across vintages.
    image_store = tm.add(
        tg.DataStore(
            "Drone imagery bucket",
            stores={images},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Stitches the images and computes vegetation indices per block.
    image_pipeline = tm.add(
        tg.Pipeline("NDVI processing pipeline", stage="preprocessing", third_party_packages=True)
    )
    # Web app where lab results are entered and the harvest is planned.
    planner = tm.add(
        tg.Service(
            "Harvest planning app",
            controls={
                c.Authentication(method="Google Workspace accounts with 2-step verification"),
                c.HumanInTheLoop(
                    approver="winemaker", note="the winemaker sets every picking date"
                ),
            },
        )
    )
    # Database behind the app: lab results, indices, plans and crews.
    planning_db = tm.add(
        tg.DataStore(
            "Harvest planning database",
            stores={lab_results, indices, harvest_plan, roster},
            controls={c.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Estimates ripeness and days to target sugar per block.
    model = tm.add(
        tg.Model(
            "Grape ripeness model",
            task="regressor",
            origin="in-house",
            description="Gradient-boosted regressor over NDVI indices, lab sugar and weather.",
        )
    )
    # Winter retraining on past vintages' indices and lab results.
    training = tm.add(
        tg.Pipeline("Seasonal retraining job", stage="training", third_party_packages=True)
    )
    # Bucket that holds the trained model files the app loads.
    model_bucket = tm.add(tg.ModelRegistry("Model artifact bucket", stores={artifact}))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast feed for the estate's location.
    weather = tm.add(
        tg.DataSource("Weather forecast service", origin="vendor", provides={forecast})
    )

with tm.boundary("Labour agency", trust=tg.Trust.PARTNER):
    # The agency's booking app, used by the manager to book picking crews.
    agency_app = tm.add(tg.ExternalService("Labour agency booking app"))

# ---------------------------------------------------------------- flows
tm.flow(technician, ground_station, flight_plan, label="plans survey")
tm.flow(ground_station, drone, flight_plan, protocol="radio", label="mission upload")
tm.flow(drone, ground_station, images, protocol="usb", label="SD card offload")
tm.flow(ground_station, image_store, images, protocol="https")
tm.flow(image_store, image_pipeline, images)
tm.flow(image_pipeline, planning_db, indices)

tm.flow(lab_tech, planner, lab_results, protocol="https")
tm.flow(planner, planning_db, lab_results, harvest_plan, roster)
tm.flow(planning_db, planner, lab_results, indices, harvest_plan, roster)
tm.flow(weather, planner, forecast, protocol="https")

tm.flow(planner, model, indices, lab_results, forecast)
tm.flow(model, planner, ripeness)
tm.flow(model_bucket, model, artifact, label="load on start")

tm.flow(planning_db, training, indices, lab_results, label="winter export")
tm.flow(training, model_bucket, artifact)

tm.flow(planner, winemaker, ripeness, harvest_plan, protocol="https")
tm.flow(winemaker, planner, harvest_plan, protocol="https")

tm.flow(planner, manager, harvest_plan, protocol="https")
tm.flow(manager, agency_app, booking, protocol="https")
tm.flow(agency_app, manager, roster, protocol="https")
tm.flow(manager, planner, roster, protocol="https")
