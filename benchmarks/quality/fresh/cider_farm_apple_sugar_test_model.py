"""Apple sugar and harvest date model: the first design, before any security review.

In the harvest season our pickers test sample apples from each orchard block with
digital refractometers paired over Bluetooth to farm-issued phones, whose app
uploads each Brix reading (block, variety, handset) to a readings API in the
farm's cloud project; an orchard weather station posts there too. Each morning a
scheduling job pulls a commercial weather forecast, runs an in-house regression
model that predicts each block's juice sugar and best harvest date, and drafts
the pressing schedule, which the farm manager approves in a web app before the
press house team sees it. A contract data scientist retrains the model after each
season from the stored records and saves it as a joblib file in a bucket.
Handsets use a per-handset API key, the web app Google accounts with 2-step
verification; out-of-range readings are rejected, and the database is encrypted
and backed up daily.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Apple sugar and harvest date model",
    # a bad prediction costs fruit quality and press time, not safety or money
    # belonging to anyone else; no personal data beyond staff sign-ins
    profile=tg.RiskProfile.LOW,
    description="Predicts juice sugar and harvest dates per orchard block from "
    "refractometer readings and weather, and plans the pressing schedule.",
)

# ---------------------------------------------------------------- data assets
brix = tg.Data(
    "Refractometer Brix reading",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Sugar reading of a sample apple, with block, row, variety, handset and time.",
)
station_readings = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Temperature, rainfall and sunshine hours from the orchard station.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
harvest_records = tg.Data(
    "Harvest and pressing records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Tonnes picked per block and day, juice volumes and measured sugar at the press.",
)
training_set = tg.Data(
    "Season training set", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_file = tg.Data("Sugar model file", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
predictions = tg.Data(
    "Sugar and harvest date predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
draft_schedule = tg.Data(
    "Draft pressing schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Approved pressing schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
handset_key = tg.Data("Handset API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Orchard", trust=tg.Trust.INTERNAL):
    # seasonal pickers who take the sample readings
    picker = tm.add(tg.Actor("Picker", role="seasonal picker"))
    # handheld digital refractometer, one per picking team
    refractometer = tm.add(tg.Device("Digital refractometer"))
    # farm-issued Android phone with the sampling app; queues readings when offline
    handset = tm.add(tg.Device("Sampling phone app"))
    # on-farm station on a pole between the blocks, cellular uplink
    station = tm.add(tg.Device("Orchard weather station"))

with tm.boundary("Farm cloud project", trust=tg.Trust.INTERNAL):
    # receives readings from the phones and the weather station
    readings_api = tm.add(
        tg.Endpoint(
            "Readings API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-handset API key"),
                c.InputValidation(note="Brix outside 0-32 and unknown block codes are rejected"),
            },
        )
    )
    # every reading, harvest and pressing record, season after season
    readings_db = tm.add(
        tg.DataStore(
            "Orchard readings database",
            stores={brix, station_readings, harvest_records, predictions},
            controls={
                c.EncryptionAtRest(key_management="cloud provider default keys"),
                c.DataVersioning(note="daily managed backups, 7 days kept"),
            },
        )
    )
    # runs each morning: predictions for every block, then the draft schedule
    scheduler = tm.add(
        tg.Service(
            "Daily scheduling job",
            description="Loads the latest readings and forecast, runs the model per "
            "block and drafts the pressing schedule within press capacity.",
            controls={c.HumanInTheLoop(approver="the farm manager, in the planning web app")},
        )
    )
    # predicts juice sugar and harvest date per block
    sugar_model = tm.add(
        tg.Model(
            "Sugar and harvest date model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regression on Brix trend, variety and degree days.",
        )
    )
    # end-of-season retraining, run by hand from a notebook
    training = tm.add(tg.Pipeline("Season retraining", stage=tg.Stage.TRAINING))
    # the exported table the model is trained on
    dataset = tm.add(tg.Dataset("Season training dataset", stores={training_set}))
    # storage bucket holding each season's joblib file
    model_bucket = tm.add(tg.ModelRegistry("Model bucket", stores={model_file}))
    # where the farm manager reviews and approves, and the press house reads
    planner = tm.add(
        tg.Endpoint(
            "Planning web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace accounts with 2-step verification")
            },
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # commercial forecast API on a paid plan
    weather_api = tm.add(
        tg.ExternalService("Weather forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # approves the pressing schedule and records harvest tonnages
    manager = tm.add(tg.Actor("Farm manager", role="farm manager", privileged=True))
    # contractor who retrains the model once a season
    data_scientist = tm.add(tg.Actor("Contract data scientist", role="contractor", privileged=True))

with tm.boundary("Press house", trust=tg.Trust.INTERNAL):
    # runs the presses to the approved schedule and logs juice sugar and volume
    press_team = tm.add(tg.Actor("Press house team", role="press operator"))

# ---------------------------------------------------------------- flows
# readings from the orchard
tm.flow(picker, refractometer, label="places juice sample on the prism")
tm.flow(refractometer, handset, brix, protocol="bluetooth")
tm.flow(picker, handset, brix, label="enters block and row on the phone")
tm.flow(handset, readings_api, brix, handset_key, protocol="https")
tm.flow(station, readings_api, station_readings, protocol="https")
tm.flow(readings_api, readings_db, brix, station_readings)

# daily predictions and schedule
tm.flow(weather_api, scheduler, forecast, protocol="https")
tm.flow(readings_db, scheduler, brix, station_readings, harvest_records, label="daily load")
tm.flow(model_bucket, scheduler, model_file, label="loads current model")
tm.flow(scheduler, sugar_model, brix, station_readings, forecast)
tm.flow(sugar_model, scheduler, predictions)
tm.flow(scheduler, readings_db, predictions)
tm.flow(scheduler, planner, predictions, draft_schedule)
tm.flow(planner, manager, predictions, draft_schedule, protocol="https")
tm.flow(manager, planner, schedule, protocol="https", label="approves or adjusts")
tm.flow(planner, press_team, schedule, protocol="https")
tm.flow(manager, planner, harvest_records, protocol="https", label="daily tonnages")
tm.flow(press_team, planner, harvest_records, protocol="https", label="juice volume and sugar")
tm.flow(planner, readings_db, harvest_records)

# end-of-season retraining
tm.flow(data_scientist, training, label="runs the retraining notebook")
tm.flow(readings_db, dataset, brix, station_readings, harvest_records, label="season export")
tm.flow(dataset, training, training_set)
tm.flow(training, model_bucket, model_file)
