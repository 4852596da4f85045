"""Strawberry farm picking, yield forecasting and piece-rate pay: the first design.

Seasonal pickers on a UK strawberry farm carry rugged Android handhelds. A picker
signs in by scanning the QR code on their ID badge, then scans the label on each
tray of punnets they bring to the collection point; the handheld sends the scans
over the mobile network to a punnet API in the farm's cloud account and shows the
picker their running tally. Supervisors correct miscounts and the farm manager sets
the piece rates in a farm office web app. Every morning a forecasting job combines
the latest drone survey images of each field with the weather service's forecast
and asks an in-house regression model for each field's expected yield, so crews
can be planned. The model is retrained weekly from past images, weather and the
punnets actually picked. Once a week a pay run turns the punnet records and piece
rates into per-picker gross pay; the manager approves it in the office app and it
goes to the payroll bureau by SFTP. Controls today: per-device API keys, TLS,
password sign-in with roles for office staff, encryption at rest, a pay approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Strawberry farm picking, yield and pay",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Punnet counts from pickers' handhelds drive daily yield forecasts and weekly piece-rate pay.",
)

# ---------------------------------------------------------------- data assets
badge_scan = tg.Data("Picker badge scan", sensitivity=tg.Sensitivity.PII, kind="records")
punnets = tg.Data(
    "Punnet records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Picker id, field, row, tray count and time of each scanned tray.",
)
tally = tg.Data("Picker daily tally", sensitivity=tg.Sensitivity.PII, kind="records")
corrections = tg.Data("Punnet count corrections", sensitivity=tg.Sensitivity.PII, kind="records")
roster = tg.Data("Picker roster", sensitivity=tg.Sensitivity.PII, kind="records")
piece_rates = tg.Data(
    "Piece rates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
pay_lines = tg.Data(
    "Piece-rate pay lines",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Employee number, name, punnets per field, rate and gross pay for the week.",
)
pay_approval = tg.Data("Pay run approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
drone_images = tg.Data("Drone field images", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
weather = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
weather_history = tg.Data("Historical weather", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
field_features = tg.Data(
    "Field image and weather features", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
yield_forecast = tg.Data(
    "Field yield forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
harvest_totals = tg.Data(
    "Harvested yield per field", sensitivity=tg.Sensitivity.INTERNAL, kind="labels"
)
model_artifact = tg.Data(
    "Yield model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Fields (mobile network)", trust=tg.Trust.UNTRUSTED):
    # Seasonal workers who pick and scan their trays.
    picker = tm.add(tg.Actor("Picker", role="seasonal picker"))
    # Shared rugged handhelds handed out each morning; they talk to the cloud over 4G.
    handhelds = tm.add(
        tg.Device(
            "Picker handhelds",
            description="Rugged Android scanners running the punnet app.",
            controls={c.Authentication(method="picker badge QR scan")},
        )
    )
    # The survey drone flown over every field a few times a week.
    drone = tm.add(tg.Device("Survey drone", fleet=False))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial weather API: site forecasts and history for the farm's location.
    weather_service = tm.add(tg.ExternalService("Weather service", provides="data-provider"))

with tm.boundary("Payroll bureau", trust=tg.Trust.PARTNER):
    # Outsourced payroll that holds bank details and pays the pickers.
    payroll = tm.add(
        tg.ExternalService("Payroll bureau", description="Runs payroll and pays wages.")
    )

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Receives tray scans from the handhelds and returns each picker's tally.
    punnet_api = tm.add(
        tg.Endpoint(
            "Punnet API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # System of record for punnets, pickers, rates and forecasts.
    farm_db = tm.add(
        tg.DataStore(
            "Farm operations database",
            stores={punnets, roster, piece_rates, yield_forecast, pay_lines},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where office staff correct counts, set rates, view forecasts and approve pay.
    office_app = tm.add(
        tg.Service(
            "Farm office web app",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Drone survey images, uploaded after each flight.
    image_store = tm.add(tg.DataStore("Drone image bucket", stores={drone_images}))
    # Runs each morning: builds features per field and asks the model for a forecast.
    forecast_job = tm.add(tg.Service("Daily yield forecast job"))
    # In-house regression model predicting tomorrow's punnets per field.
    yield_model = tm.add(
        tg.Model("Yield forecast model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Weekly run that turns punnet records and rates into gross pay per picker.
    pay_run = tm.add(
        tg.Service(
            "Weekly piece-rate pay run",
            controls={c.HumanInTheLoop(approver="farm manager approves each pay run")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly retraining on past images, weather and harvested totals.
        training = tm.add(tg.Pipeline("Yield model training", stage=tg.Stage.TRAINING))
        # Holds the trained checkpoints the forecast job loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Farm office", trust=tg.Trust.INTERNAL):
    # Crew supervisors who check and correct tray counts.
    supervisor = tm.add(tg.Actor("Field supervisor", role="supervisor"))
    # Sets piece rates, plans crews from forecasts and approves the pay run.
    manager = tm.add(tg.Actor("Farm manager", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
# punnet capture
tm.flow(picker, handhelds, badge_scan, punnets, label="scans badge and tray labels")
tm.flow(handhelds, picker, tally, label="shows running tally")
tm.flow(handhelds, punnet_api, badge_scan, punnets, protocol="https")
tm.flow(punnet_api, handhelds, tally, protocol="https")
tm.flow(punnet_api, farm_db, punnets)
tm.flow(farm_db, punnet_api, tally, roster)

# office work
tm.flow(supervisor, office_app, corrections, protocol="https")
tm.flow(office_app, supervisor, punnets, protocol="https")
tm.flow(manager, office_app, piece_rates, pay_approval, protocol="https")
tm.flow(office_app, manager, yield_forecast, pay_lines, protocol="https")
tm.flow(office_app, farm_db, corrections, piece_rates)
tm.flow(farm_db, office_app, punnets, yield_forecast, pay_lines)

# yield forecasting
tm.flow(drone, image_store, drone_images, protocol="https", label="upload after flight")
tm.flow(weather_service, forecast_job, weather, protocol="https")
tm.flow(image_store, forecast_job, drone_images)
tm.flow(forecast_job, yield_model, field_features)
tm.flow(yield_model, forecast_job, yield_forecast)
tm.flow(forecast_job, farm_db, yield_forecast)

# retraining
tm.flow(image_store, training, drone_images)
tm.flow(weather_service, training, weather_history, protocol="https")
tm.flow(farm_db, training, harvest_totals, label="weekly export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, yield_model, model_artifact, label="load latest version")

# pay
tm.flow(farm_db, pay_run, punnets, piece_rates, roster, label="weekly batch")
tm.flow(pay_run, farm_db, pay_lines)
tm.flow(office_app, pay_run, pay_approval)
tm.flow(pay_run, payroll, pay_lines, protocol="sftp")
