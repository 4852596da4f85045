"""Bike-share docking station rebalancing agent: the first design.

The city operator's docking stations report dock status (bikes docked, free docks,
faulty docks) over the mobile network to a station telemetry service, using MQTT
with TLS and a certificate per station. A demand model, retrained nightly from dock
history and a commercial weather feed, forecasts each station's pick-ups and drop-offs
for the next hours. The rebalancing agent is an optimiser, not a language model: from
live dock status, the forecast, the weather and open broken-bike reports it builds
jobs (move N bikes from station A to B, collect a broken bike) and assigns them to van
crews. Crews see their jobs in a driver app on company phones and report progress
and van location back; riders report broken bikes in the rider app. Riders and crews
sign in with e-mail and password; the operations supervisor adjusts station targets.
Everything but the stations, the weather vendor and the riders runs in one cloud account.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bike-share docking station rebalancing agent",
    profile="low",
    description=(
        "Forecasts station demand and dispatches van crews to move bikes, from live "
        "dock status, a weather feed and riders' broken-bike reports."
    ),
)

# ---------------------------------------------------------------- data assets
dock_status = tg.Data(
    "Live dock status",
    kind="records",
    description="Per station: bikes docked with their bike numbers, free docks, dock faults.",
)
weather = tg.Data("Weather forecast", sensitivity="public", kind="records")
demand_features = tg.Data("Station demand features", kind="features")
forecast = tg.Data("Station demand forecast", kind="model-output")
model_file = tg.Data("Demand model artifact", format="pickle")
fault_report = tg.Data(
    "Broken bike report",
    sensitivity="pii",
    kind="records",
    description="Rider account, bike number, fault category and an optional comment.",
)
report_ack = tg.Data("Report acknowledgement", sensitivity="pii", kind="records")
jobs = tg.Data(
    "Rebalancing jobs",
    kind="records",
    description="Pick-up and drop-off stations, bike counts, bikes to collect, assigned crew.",
)
job_updates = tg.Data(
    "Job updates and van location",
    sensitivity="pii",
    kind="records",
    description="Bikes moved, jobs done, and the crew van's GPS position.",
)
targets = tg.Data("Station fill targets", kind="records")
plan = tg.Data("Dispatch plan", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("On-street docking stations", trust="internal"):
    # The operator's stations; each reports its docks' state.
    stations = tm.add(tg.Device("Docking stations"))

with tm.boundary("Internet", trust="untrusted"):
    # Members of the public using the rider app.
    rider = tm.add(tg.Actor("Rider", role="bike-share rider"))

with tm.boundary("Weather vendor", trust="partner"):
    # Commercial forecast API used for training and for live dispatch.
    weather_feed = tm.add(tg.DataSource("Weather feed", origin="vendor", provides={weather}))

with tm.boundary("Operations office", trust="internal"):
    # Sets target fill levels per station and watches the plan.
    supervisor = tm.add(tg.Actor("Operations supervisor", role="supervisor"))

with tm.boundary("Crew vans", trust="internal"):
    # Van crews who move and collect bikes.
    crew = tm.add(tg.Actor("Van crew", role="driver"))
    # Driver app on company phones, one per van.
    driver_app = tm.add(tg.Device("Crew driver app", description="On company Android phones."))

with tm.boundary("Operator cloud account", trust="internal"):
    # Receives dock status from every station.
    telemetry = tm.add(
        tg.Service(
            "Station telemetry service",
            controls={c.Authentication(method="per-station X.509 device certificates")},
        )
    )
    # Live and historical dock status.
    status_store = tm.add(tg.DataStore("Dock status store", stores={dock_status}))
    # Nightly retraining of the demand model.
    training = tm.add(tg.Pipeline("Nightly demand model training", stage="training"))
    # Gradient-boosted regressor forecasting pick-ups and drop-offs per station.
    demand_model = tm.add(tg.Model("Station demand model", task="regressor"))
    # The optimiser that turns forecasts and status into crew jobs.
    dispatcher = tm.add(
        tg.Service(
            "Rebalancing dispatch agent",
            description="Route and job optimiser, re-run every 10 minutes; no language model.",
        )
    )
    # Jobs, assignments and crew progress.
    jobs_db = tm.add(
        tg.DataStore(
            "Dispatch jobs database",
            stores={jobs, job_updates},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Riders' broken-bike reports.
    fault_store = tm.add(tg.DataStore("Bike fault reports", stores={fault_report}))
    # API behind the rider app.
    rider_api = tm.add(
        tg.Endpoint(
            "Rider app API",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="rider account e-mail and password")},
        )
    )
    # API behind the driver app.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="individual crew e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(stations, telemetry, dock_status, protocol="mqtts")
tm.flow(telemetry, status_store, dock_status)

tm.flow(status_store, training, dock_status, label="nightly export")
tm.flow(weather_feed, training, weather, protocol="https")
tm.flow(training, demand_model, model_file, label="deploy")

tm.flow(status_store, dispatcher, dock_status)
tm.flow(weather_feed, dispatcher, weather, protocol="https")
tm.flow(dispatcher, demand_model, demand_features)
tm.flow(demand_model, dispatcher, forecast)
tm.flow(fault_store, dispatcher, fault_report)
tm.flow(dispatcher, jobs_db, jobs)
tm.flow(jobs_db, dispatcher, job_updates)

tm.flow(supervisor, dispatcher, targets, protocol="https")
tm.flow(dispatcher, supervisor, plan, protocol="https")

tm.flow(jobs_db, driver_api, jobs)
tm.flow(driver_api, jobs_db, job_updates)
tm.flow(driver_api, driver_app, jobs, protocol="https")
tm.flow(driver_app, driver_api, job_updates, protocol="https")
tm.flow(driver_app, crew, jobs, label="shown on the touchscreen")
tm.flow(crew, driver_app, job_updates, label="marks jobs done on the touchscreen")

tm.flow(rider, rider_api, fault_report, protocol="https")
tm.flow(rider_api, rider, report_ack, protocol="https")
tm.flow(rider_api, fault_store, fault_report)
