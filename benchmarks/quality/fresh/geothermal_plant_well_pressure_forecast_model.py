"""Geothermal well pressure and scaling forecast: the first design.

Quartz pressure and temperature gauges downhole in each production well report
through the wellpad RTUs to the plant historian on the OT network, beside the
DCS's own record of flow rates, valve positions and inhibitor dosing. Every hour
an analytics server on the plant IT network pulls the latest data, joins it with
the brine chemistry a contract lab uploads, and a gradient-boosted regressor
forecasts each well's pressure and calcite scaling rate for the next 72 hours.
The forecast service turns this into advice on flow rates and inhibitor doses,
shown on a dashboard in the control room. The advice is only advice: operators
set flow and dosing themselves in the DCS, the dosing pump controllers clamp
their stroke rate and an independent SIS trips a well on overpressure. A
reservoir engineer retrains the model monthly and promotes versions from the
registry after a backtest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Geothermal well pressure forecast",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts production well pressure and scaling, and advises control-room "
    "operators on flow rates and scale inhibitor dosing.",
)

# ---------------------------------------------------------------- data assets
downhole = tg.Data(
    "Downhole pressure and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
process_data = tg.Data(
    "Well flow and dosing process data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Flow rates, wellhead valve positions and inhibitor dose rates from the DCS.",
)
brine = tg.Data(
    "Brine chemistry analyses",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Silica, calcium and pH of brine samples, as CSV from the contract lab.",
)
features = tg.Data("Well features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data(
    "Historical well features and scaling outcomes",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
train_config = tg.Data(
    "Training job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Forecast model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="joblib dump of the gradient-boosted regressor.",
)
forecast = tg.Data("Pressure and scaling forecast", kind="model-output")
advice = tg.Data(
    "Flow rate and inhibitor dosing advice",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
acknowledgement = tg.Data("Advice acknowledgement", kind="feedback")
setpoints = tg.Data(
    "Flow rate and dose setpoints",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_setpoint = tg.Data("Dosing pump setpoint", kind="records")
pump_status = tg.Data("Dosing pump status", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Wellfield", trust=tg.Trust.INTERNAL):
    # The source of truth for the forecast: gauges run on wireline in each production well.
    gauges = tm.add(
        tg.Device(
            "Downhole pressure gauges",
            fleet=True,
            description="Quartz P/T gauges, polled by the wellpad RTUs.",
        )
    )
    # The only thing in the loop that doses chemicals into the wells.
    pumps = tm.add(
        tg.Device(
            "Inhibitor dosing pumps",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="pump controller clamps stroke rate to the well's maximum dose"
                ),
            },
        )
    )

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # Runs the plant: operators set well flow and dosing here, not in the forecast system.
    dcs = tm.add(
        tg.Service(
            "Distributed control system",
            description="Plant DCS with the operator HMIs; an independent SIS trips wells.",
            controls={
                c.SafetyLimits(limits="independent SIS trips a well on wellhead overpressure"),
            },
        )
    )
    # Time series of every gauge and DCS tag; the forecast reads from here.
    historian = tm.add(
        tg.DataStore(
            "Plant historian",
            stores={downhole, process_data},
            controls={c.RBAC()},
        )
    )
    # Sets flow rates and dosing; reads the advice on the control-room dashboard.
    operator = tm.add(tg.Actor("Control room operator", role="plant operator"))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Joins historian tags and lab chemistry into per-well features, hourly.
    feature_job = tm.add(
        tg.Pipeline(
            "Feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            third_party_packages=True,
            controls={c.SchemaEnforcement(note="lab CSV columns and units checked")},
        )
    )
    # Three years of features with the scaling seen at workovers, for retraining.
    training_set = tm.add(
        tg.Dataset(
            "Well training set",
            stores={history},
            purpose="training",
            controls={c.DataVersioning()},
        )
    )
    # Monthly retraining run by the reservoir engineer.
    training = tm.add(
        tg.Pipeline(
            "Model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on the last 12 months before promotion")},
        )
    )
    # Holds every trained version; the engineer promotes one to serving.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={c.ModelVersioning()},
        )
    )
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Well pressure and scaling model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regressor; 72-hour pressure and scaling-rate forecast per well.",
        )
    )
    # Runs the model each hour and turns forecasts into flow and dosing advice.
    forecast_svc = tm.add(
        tg.Service(
            "Well forecast service",
            description="Hourly: scores each well and applies the dosing rules of thumb to the forecast.",
            controls={
                c.HumanInTheLoop(
                    approver="the control room operator",
                    note="advice only; operators set flow and dosing in the DCS themselves",
                ),
            },
        )
    )
    # What the operators look at in the control room.
    dashboard = tm.add(
        tg.Endpoint(
            "Advisory dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Active Directory sign-in")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the model: retrains, backtests and promotes it.
    engineer = tm.add(tg.Actor("Reservoir engineer", role="reservoir engineer", privileged=True))

with tm.boundary("Contract laboratory", trust=tg.Trust.PARTNER):
    # Analyses the weekly brine samples; its chemistry drives the scaling forecast.
    lab = tm.add(
        tg.DataSource(
            "Water chemistry lab",
            origin=tg.Origin.PARTNER,
            provides={brine},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(gauges, historian, downhole, protocol="dnp3", label="via wellpad RTUs")
tm.flow(dcs, historian, process_data, protocol="opc-ua")
tm.flow(historian, feature_job, downhole, process_data, protocol="opc-ua", label="hourly pull")
tm.flow(lab, feature_job, brine, protocol="sftp", label="weekly upload")

tm.flow(feature_job, training_set, history)
tm.flow(training_set, training, history)
tm.flow(engineer, training, train_config, protocol="ssh")
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="version promoted by the engineer")

tm.flow(feature_job, forecast_svc, features)
tm.flow(forecast_svc, model, features)
tm.flow(model, forecast_svc, forecast)
tm.flow(forecast_svc, dashboard, forecast, advice)
tm.flow(dashboard, operator, forecast, advice, protocol="https")
tm.flow(operator, dashboard, acknowledgement, protocol="https")

tm.flow(operator, dcs, setpoints, label="entered on the panel at the operator HMI")
tm.flow(dcs, pumps, pump_setpoint, protocol="modbus")
tm.flow(pumps, dcs, pump_status, protocol="modbus")
