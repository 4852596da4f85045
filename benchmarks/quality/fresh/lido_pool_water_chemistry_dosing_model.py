"""Lido pool water chemistry dosing model: the first design, before any security review.

The outdoor lido wants chlorine and pH dosing advice that anticipates load instead of
reacting to it. Probes in the plant room feed the existing chemical dosing controller;
a small gateway there reads the controller over Modbus and pushes the readings to a
recommendation service in the trust's cloud tenant. The service adds hourly admissions
counts from the booking platform and the weather forecast, asks an in-house regression
model for chlorine and acid dose rates, and shows the advice on a staff dashboard.
The duty manager reads it, records the manual DPD test kit results and the dose they
chose, and types new setpoints into the controller panel by hand: nothing in the cloud
can write to the controller. An analytics contractor retrains the model monthly from
the season's history. Controls: the controller's own overfeed timer and high cut-outs,
TLS to the cloud, a static API key on the gateway, staff e-mail and password sign-in
on the dashboard, and the cloud provider's default encryption of stored data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lido pool water chemistry dosing model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Recommends chlorine and pH dosing for an outdoor lido from probe readings, "
        "bather counts and weather; the duty manager applies it on the dosing controller."
    ),
)

# ---------------------------------------------------------------- data assets
probe_readings = tg.Data(
    "Probe readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free chlorine, pH, ORP and water temperature, every minute.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
controller_status = tg.Data(
    "Controller status and pump runtimes",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
)
setpoints = tg.Data(
    "Dosing setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Chlorine and pH setpoints and proportional bands on the controller.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
admissions = tg.Data(
    "Hourly admissions counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bathers admitted and booked per hour; counts only, no names.",
)
weather = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Air temperature, UV index, sunshine and rain for the next 24 hours.",
)
manual_tests = tg.Data(
    "Manual DPD test results",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free and total chlorine and pH from the poolside test kit, with the tester's initials.",
)
applied_dose = tg.Data(
    "Applied dose record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What the duty manager actually set on the controller, and when.",
)
features = tg.Data("Dosing model features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
recommendation = tg.Data(
    "Dosing recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Suggested chlorine and acid dose rates for the next hours, with expected free chlorine.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
history = tg.Data(
    "Water quality history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Readings, test results, recommendations and applied doses for the season.",
)
training_set = tg.Data(
    "Historical water quality training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
training_config = tg.Data("Retraining notebook and settings", kind="code")
model_artifact = tg.Data(
    "Dosing model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="scikit-learn gradient boosting model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Lido site", trust=tg.Trust.INTERNAL):
    # The person on shift who decides and applies every dosing change.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager"))

    with tm.boundary("Plant room", trust=tg.Trust.INTERNAL):
        # Existing in-line sensors in the sample line: what the water is doing now.
        probes = tm.add(
            tg.Device(
                "Water chemistry probes",
                fleet=False,
                description="Amperometric free chlorine, pH, ORP and temperature probes.",
            )
        )
        # Existing dosing controller driving the hypochlorite and acid pumps.
        controller = tm.add(
            tg.Device(
                "Chemical dosing controller",
                fleet=False,
                description="Runs the hypochlorite and CO2/acid dosing pumps to its setpoints.",
                controls={
                    c.SafetyLimits(
                        limits=(
                            "the controller's overfeed timer stops a pump that runs too long, "
                            "and high chlorine or low pH cut-outs stop dosing"
                        )
                    ),
                    c.Authentication(method="supervisor keypad PIN shared by the duty managers"),
                },
            )
        )
        # New small PC that reads the controller and sends readings to the cloud.
        gateway = tm.add(
            tg.Service(
                "Plant room telemetry gateway",
                description="Industrial mini PC polling the controller over Modbus TCP.",
            )
        )

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # The lido's online booking and till SaaS: source of bather load.
    booking = tm.add(
        tg.ExternalService(
            "Booking and admissions platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Sun and heat drive chlorine loss and bather numbers.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Analytics contractor", trust=tg.Trust.PARTNER):
    # Built the model and retrains it each month under a support contract.
    contractor = tm.add(tg.Actor("Contract data scientist", role="data scientist", privileged=True))

with tm.boundary("Cloud tenant", trust=tg.Trust.INTERNAL):
    # Collects inputs, builds features, asks the model and keeps the history.
    rec_service = tm.add(
        tg.Service(
            "Dosing recommendation service",
            description="Every 15 minutes builds features and asks the model for dose rates.",
            controls={
                c.Authentication(method="static API key for the plant room gateway"),
                c.HumanInTheLoop(
                    approver="the duty manager, who applies each change on the controller panel"
                ),
            },
        )
    )
    # The model itself: predicts chlorine demand and acid dose from load and weather.
    model = tm.add(
        tg.Model(
            "Dosing model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient boosting regressor for chlorine demand and pH drift.",
        )
    )
    # Where the duty manager sees advice and records tests and doses.
    dashboard = tm.add(
        tg.Endpoint(
            "Staff dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Web app used from the office PC and staff phones.",
            controls={c.Authentication(method="individual staff e-mail and password")},
        )
    )
    # The season's record of water quality, also the pool test log.
    history_db = tm.add(
        tg.DataStore(
            "Water quality history database",
            stores={history, probe_readings, manual_tests, applied_dose, recommendation},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Monthly export the contractor trains on.
    train_data = tm.add(tg.Dataset("Retraining dataset", stores={training_set}))
    # Notebook job run by the contractor to refit the model.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Storage bucket holding the current and past model files.
    model_bucket = tm.add(tg.ModelRegistry("Model file bucket", stores={model_artifact}))

# ---------------------------------------------------------------- flows
# plant room
tm.flow(probes, controller, probe_readings, label="4-20 mA signal")
tm.flow(controller, gateway, probe_readings, controller_status, protocol="modbus")
tm.flow(gateway, rec_service, probe_readings, controller_status, protocol="https")

# outside inputs
tm.flow(booking, rec_service, admissions, protocol="https", label="hourly API poll")
tm.flow(weather_api, rec_service, weather, protocol="https")

# recommendation
tm.flow(rec_service, model, features)
tm.flow(model, rec_service, recommendation)
tm.flow(rec_service, history_db, probe_readings, recommendation, manual_tests, applied_dose)
tm.flow(history_db, rec_service, history, label="recent trend")
tm.flow(rec_service, dashboard, recommendation, probe_readings)
tm.flow(dashboard, rec_service, manual_tests, applied_dose)

# the duty manager
tm.flow(dashboard, duty_manager, recommendation, probe_readings, protocol="https")
tm.flow(duty_manager, dashboard, manual_tests, applied_dose, protocol="https")
tm.flow(duty_manager, controller, setpoints, label="typed on the panel keypad")
tm.flow(controller, duty_manager, controller_status, probe_readings, label="on the panel display")

# retraining
tm.flow(history_db, train_data, training_set, label="monthly export")
tm.flow(train_data, retraining, training_set)
tm.flow(contractor, retraining, training_config, protocol="https")
tm.flow(retraining, model_bucket, model_artifact)
tm.flow(model_bucket, model, model_artifact, label="loaded at service start")
