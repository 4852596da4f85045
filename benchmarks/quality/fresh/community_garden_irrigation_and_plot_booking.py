"""Community garden: automated irrigation and plot booking.

A volunteer-run community garden waters its beds automatically. Battery soil
moisture sensors in the beds report over LoRaWAN to a small irrigation
controller in the tool shed, which opens and closes the solenoid valves of each
watering zone. Every evening a scheduler in a small hosted app pulls the next
days' weather forecast, runs an in-house regression model that predicts how
many minutes each zone needs, and sends the schedule to the controller over
MQTT with TLS; the controller reports moisture readings and valve runs back.
The model is retrained once a season from the logged readings. Members use the
same app on their phones to book plots and report problems (leaks, broken
valves, pests) with photos; a volunteer coordinator allocates plots, handles
reports and can start or stop watering by hand. Everyone signs in with e-mail
and password; the coordinator account has an admin role.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community garden irrigation and plot booking",
    profile=tg.RiskProfile.LOW,
    description=(
        "Sensor-driven irrigation with forecast-based watering predictions, plus a "
        "member app for plot booking and problem reports."
    ),
)

# ---------------------------------------------------------------- data assets
member_account = tg.Data(
    "Member account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number and password hash.",
)
booking = tg.Data("Plot booking", kind="records", sensitivity=tg.Sensitivity.PII)
plot_allocation = tg.Data(
    "Plot allocation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
problem_report = tg.Data(
    "Problem report",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free text and photos of leaks, broken valves or pests.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
moisture = tg.Data(
    "Soil moisture readings",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prediction = tg.Data(
    "Predicted watering minutes", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Watering schedule",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_command = tg.Data(
    "Valve open/close signal", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
manual_override = tg.Data(
    "Manual watering command", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
training_history = tg.Data(
    "Watering history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past readings, forecasts and valve runs per zone.",
)
model_file = tg.Data(
    "Watering model file",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="scikit-learn model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Gardeners using the app on their own phones.
    member = tm.add(tg.Actor("Garden member", role="member"))
    # Public forecast feed used for the watering predictions.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Volunteer devices", trust=tg.Trust.INTERNAL):
    # Volunteer who runs plot allocation, handles reports and overrides watering.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="coordinator", privileged=True))

with tm.boundary("Hosted garden app", trust=tg.Trust.INTERNAL):
    # API behind the member app and the coordinator's admin pages.
    app = tm.add(
        tg.Endpoint(
            "Garden app backend",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Members, bookings, plot allocations and problem reports.
    garden_db = tm.add(
        tg.DataStore(
            "Garden database", stores={member_account, booking, plot_allocation, problem_report}
        )
    )
    # Evening job: pulls the forecast, runs the model, sends the schedule to the shed.
    scheduler = tm.add(tg.Service("Irrigation scheduler"))
    # Predicts minutes of watering per zone from forecast and recent moisture.
    model = tm.add(
        tg.Model(
            "Watering prediction model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor, one row per zone per day.",
        )
    )
    # Time series of readings and valve runs; also the training source.
    telemetry = tm.add(tg.DataStore("Telemetry store", stores={moisture, training_history}))
    # Seasonal retraining notebook job run by a volunteer.
    retraining = tm.add(tg.Pipeline("Seasonal model retraining", stage=tg.Stage.TRAINING))
    # Bucket holding the current model file that the scheduler loads.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={model_file}))

with tm.boundary("Garden shed", trust=tg.Trust.INTERNAL):
    # Small controller with a LoRaWAN gateway; drives the zone valves.
    controller = tm.add(
        tg.Service(
            "Irrigation valve controller",
            description="Raspberry Pi class board with a relay hat and a LoRaWAN concentrator.",
        )
    )

with tm.boundary("Garden beds", trust=tg.Trust.UNTRUSTED):
    # Battery sensors out in the open beds, reachable by anyone in the garden.
    sensors = tm.add(tg.Device("Soil moisture sensors"))
    # 24 V AC solenoid valves, one per watering zone, wired to the controller relays.
    valves = tm.add(tg.Device("Zone solenoid valves"))

# ---------------------------------------------------------------- flows
tm.flow(member, app, member_account, booking, problem_report, protocol="https")
tm.flow(app, member, booking, plot_allocation, protocol="https")
tm.flow(coordinator, app, plot_allocation, manual_override, protocol="https")
tm.flow(app, coordinator, booking, problem_report, member_account, protocol="https")
tm.flow(app, garden_db, member_account, booking, plot_allocation, problem_report)
tm.flow(garden_db, app, member_account, booking, plot_allocation, problem_report)

tm.flow(weather, scheduler, forecast, protocol="https")
tm.flow(telemetry, scheduler, moisture, label="recent readings")
tm.flow(scheduler, model, forecast, moisture)
tm.flow(model, scheduler, prediction)
tm.flow(app, scheduler, manual_override, label="start / stop watering")
tm.flow(scheduler, controller, schedule, manual_override, protocol="mqtts")
tm.flow(controller, scheduler, moisture, protocol="mqtts", label="readings and valve runs")
tm.flow(scheduler, telemetry, moisture, training_history)

tm.flow(sensors, controller, moisture, protocol="lorawan")
tm.flow(controller, valves, valve_command, label="24 V AC relay wiring")

tm.flow(telemetry, retraining, training_history)
tm.flow(retraining, model_bucket, model_file)
tm.flow(model_bucket, model, model_file, label="load at start of run")
