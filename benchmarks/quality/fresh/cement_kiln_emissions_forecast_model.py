"""Cement kiln emissions forecast: the first design, before any security review.

The kiln line has stack NOx and dust limits in its environmental permit. A forecast
service in the plant DMZ reads the last two hours of kiln process tags (feed, fuel,
temperatures, O2, SNCR ammonia) and continuous emissions monitor (CEMS) readings from
a historian mirror, and every minute asks an in-house regression model for the next
30 minutes of NOx and dust. A forecast over a warning threshold below the permit
limit warns the kiln operator on the control room dashboard; the operator adjusts
the kiln through the DCS as usual, and the model never writes to it. History goes
weekly to the company's analytics cloud, where a data scientist retrains the model
and promotes approved versions from the registry. Controls: TLS out of the control
network, dashboard sign-in and roles, stale-tag checks, data cleaning, backtesting
and versioned models. The certified CEMS stays the compliance record.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cement kiln emissions forecast",
    profile=tg.RiskProfile.LOW,
    description=(
        "Advisory 30-minute NOx and dust forecasts for kiln operators, to act before "
        "permit limits are breached."
    ),
)

# ---------------------------------------------------------------- data assets
process_tags = tg.Data(
    "Kiln process tags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Feed rate, fuel mix, temperatures, O2, SNCR ammonia flow, fan speeds.",
)
stack_readings = tg.Data(
    "Stack emissions readings",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="CEMS minute values of NOx, dust, O2 and stack flow, with status flags.",
)
features = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Emissions forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted NOx and dust for the next 30 minutes.",
)
warning = tg.Data(
    "Permit limit warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Raised when a forecast crosses the warning threshold for a limit.",
)
acknowledgement = tg.Data("Warning acknowledgement", kind="records")
thresholds = tg.Data(
    "Warning thresholds",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Permit limits and the margins below them at which operators are warned.",
)
history = tg.Data(
    "Historical kiln and CEMS data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Two years of process tags and CEMS values at one-minute resolution.",
)
training_code = tg.Data("Training notebooks", kind="code", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Forecast model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted regressors saved with joblib.",
)
promotion = tg.Data("Model promotion approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Kiln control network", trust=tg.Trust.RESTRICTED):
    # The stack analysers measure what the permit limits; their values feed both the
    # regulatory record and the forecast.
    cems = tm.add(
        tg.Device(
            "CEMS stack analysers",
            fleet=False,
            description="NOx, dust and O2 analysers on the kiln stack.",
        )
    )
    # The certified data acquisition system validates and averages the analyser values.
    dahs = tm.add(
        tg.Service(
            "CEMS data acquisition system",
            description="Vendor-certified DAHS; the plant's compliance record of emissions.",
        )
    )
    # The kiln DCS is where the process tags come from; the forecast only reads them.
    dcs = tm.add(
        tg.DataSource(
            "Kiln DCS",
            origin=tg.Origin.INTERNAL,
            provides={process_tags},
            description="Distributed control system of the kiln line, read through OPC UA.",
        )
    )
    # The plant historian keeps every tag; it is the source everything downstream reads.
    historian = tm.add(tg.DataStore("Plant historian", stores={process_tags, stack_readings}))

with tm.boundary("Plant DMZ", trust=tg.Trust.INTERNAL):
    # A replicated copy, so that nothing outside the control network reads it directly.
    mirror = tm.add(tg.DataStore("Historian mirror", stores={process_tags, stack_readings}))
    # Builds features each minute, calls the model and decides when to warn.
    forecaster = tm.add(
        tg.Service(
            "Emissions forecast service",
            description="Runs every minute; compares forecasts with the warning thresholds.",
            controls={
                c.InputValidation(
                    note="stale, frozen or out-of-range tags and CEMS values flagged "
                    "as in calibration suppress the forecast and show 'no forecast'"
                ),
            },
        )
    )
    # The model itself: predicts stack NOx and dust half an hour ahead.
    model = tm.add(
        tg.Model(
            "Emissions forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressors, one per pollutant and horizon.",
        )
    )
    # Keeps forecasts, warnings and acknowledgements for the environmental reports.
    forecast_log = tm.add(
        tg.DataStore("Forecast and warning log", stores={forecast, warning, acknowledgement})
    )
    # What operators and engineers look at; engineers also set the warning thresholds.
    dashboard = tm.add(
        tg.Endpoint(
            "Control room forecast dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="site Active Directory username and password"),
                c.RBAC(note="operators view and acknowledge; engineers edit thresholds"),
            },
        )
    )

with tm.boundary("Site office network", trust=tg.Trust.INTERNAL):
    # Watches the warnings and trims the kiln before a limit is reached.
    operator = tm.add(tg.Actor("Kiln control room operator", role="operator"))
    # Owns the permit and sets the margins at which operators are warned.
    env_engineer = tm.add(tg.Actor("Environmental engineer", role="engineer"))

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Weekly export of history out of the plant for retraining.
    export = tm.add(
        tg.Pipeline(
            "Weekly historian export",
            stage=tg.Stage.INGESTION,
            description="Pulls the past week of tags and CEMS values from the mirror.",
        )
    )
    # The training set lives in the company's cloud storage account.
    training_set = tm.add(
        tg.Dataset(
            "Emissions training set",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Retrains the regressors; drops downtime and calibration periods and backtests.
    training = tm.add(
        tg.Pipeline(
            "Forecast model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.DataSanitization(
                    note="kiln stops, start-ups and CEMS calibration periods removed"
                ),
                c.ModelValidation(note="backtest on the last three months before registering"),
            },
        )
    )
    # Holds every trained version; the data scientist promotes one to the plant.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning(), c.RBAC()},
        )
    )

with tm.boundary("Corporate office network", trust=tg.Trust.INTERNAL):
    # Writes the training code and decides which version goes to the plant.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# measurement and collection inside the control network
tm.flow(cems, dahs, stack_readings, protocol="modbus")
tm.flow(dahs, historian, stack_readings, protocol="opc-ua")
tm.flow(dcs, historian, process_tags, protocol="opc-ua")
tm.flow(
    historian, mirror, process_tags, stack_readings, protocol="https", label="one-way replication"
)

# online forecasting
tm.flow(mirror, forecaster, process_tags, stack_readings, protocol="https", label="last two hours")
tm.flow(forecaster, model, features, protocol="local")
tm.flow(model, forecaster, forecast, protocol="local")
tm.flow(forecaster, forecast_log, forecast, warning, protocol="https")
tm.flow(forecast_log, dashboard, forecast, warning, protocol="https")
tm.flow(dashboard, operator, forecast, warning, protocol="https")
tm.flow(operator, dashboard, acknowledgement, protocol="https")
tm.flow(dashboard, forecast_log, acknowledgement, protocol="https")
tm.flow(env_engineer, dashboard, thresholds, protocol="https")
tm.flow(dashboard, forecaster, thresholds, protocol="https")
tm.flow(dashboard, env_engineer, forecast, warning, protocol="https")

# retraining and release
tm.flow(mirror, export, history, protocol="https", label="weekly export")
tm.flow(export, training_set, history, protocol="https")
tm.flow(training_set, training, history, protocol="https")
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, artifact, protocol="https")
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, model, artifact, protocol="https", label="deploy promoted version")
