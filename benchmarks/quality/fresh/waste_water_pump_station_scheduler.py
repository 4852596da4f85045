"""Waste water pump station scheduler: the first design, before any security review.

A water utility runs 80 sewage pump stations. To cut energy costs, pumping is
shifted to cheap electricity periods while keeping every wet well below its
overflow level. An in-house model forecasts each station's inflow from the met
service's rainfall radar nowcast and the wet-well levels in the historian; an
optimiser in the OT DMZ combines the forecast with day-ahead electricity prices
and sends pump start/stop schedules to the SCADA server, which passes them to
the station controllers over the DNP3 telemetry network. Each station keeps a
hardwired high-level float switch that forces the pumps on whatever the schedule
says, and falls back to local level control when no schedule arrives. Control
room operators watch all stations on the SCADA HMI and can override any pump.
The forecast model is retrained by a data scientist on the corporate network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Waste water pump station scheduler",
    profile=tg.RiskProfile.HIGH,
    description="Energy-cost-aware pump scheduling for 80 sewage pump stations.",
)

# ---------------------------------------------------------------- data assets
radar = tg.Data(
    "Rainfall radar nowcast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed 1 km gridded radar rainfall and 3-hour nowcast, every 5 minutes.",
)
prices = tg.Data("Day-ahead electricity prices", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
telemetry = tg.Data(
    "Station telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wet-well levels, pump run status, flows and alarms.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
level_history = tg.Data(
    "Level and pump history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast_features = tg.Data("Inflow forecast features", kind="features")
inflow_forecast = tg.Data(
    "Inflow forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
schedule = tg.Data(
    "Pump start/stop schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_command = tg.Data(
    "Pump start/stop command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_status = tg.Data("Pump run feedback", kind="records")
operator_override = tg.Data(
    "Operator override",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
hmi_view = tg.Data("Station overview and alarms", kind="records")
training_data = tg.Data(
    "Inflow training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
training_job = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Inflow model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("External providers", trust=tg.Trust.PARTNER):
    # The national met service's radar product, pulled over the internet.
    radar_feed = tm.add(
        tg.DataSource("Met service radar feed", origin=tg.Origin.VENDOR, provides={radar})
    )
    # The energy supplier publishes next-day half-hourly prices.
    price_feed = tm.add(
        tg.DataSource("Energy supplier price feed", origin=tg.Origin.VENDOR, provides={prices})
    )

with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
    # Copy of SCADA history that IT-side systems may read.
    historian = tm.add(tg.DataStore("Process historian", stores={level_history}))
    # Predicts each station's inflow for the next hours.
    forecaster = tm.add(
        tg.Model(
            "Inflow forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Per-catchment gradient-boosted regressor; under-forecasts risk spills.",
        )
    )
    # Plans pump runs into cheap tariff periods within wet-well limits.
    optimiser = tm.add(
        tg.Service(
            "Pump schedule optimiser",
            description="Mixed-integer optimiser re-run every 15 minutes over the forecast.",
        )
    )

with tm.boundary("SCADA control network", trust=tg.Trust.RESTRICTED):
    # Polls the outstations and relays schedules and commands to them.
    scada = tm.add(tg.Service("SCADA telemetry server"))
    # Control room screens for monitoring and manual control.
    hmi = tm.add(
        tg.Service(
            "SCADA HMI",
            controls={
                c.Authentication(method="Windows domain login"),
                c.RBAC(),
                c.AuditLogging(note="SCADA event journal of operator actions"),
            },
        )
    )
    # 24/7 control room staff.
    operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))

with tm.boundary("Field telemetry network", trust=tg.Trust.INTERNAL):
    # One PLC/RTU per station, reached over the utility's private cellular APN.
    controllers = tm.add(
        tg.Device(
            "Station controller (PLC/RTU)",
            fleet=True,
            description="Runs each station's pumps to its schedule; measures wet-well level.",
            controls={
                c.SafetyLimits(
                    limits="reverts to local level-band control when the schedule is stale"
                ),
            },
        )
    )
    # Duty and standby sewage pumps at each station.
    pumps = tm.add(
        tg.Device(
            "Sewage pumps",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="hardwired high-level float switch forces the pumps on, bypassing the PLC"
                ),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Looks after the forecast model and starts its retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Trains new forecast models on historian data.
    retraining = tm.add(
        tg.Pipeline(
            "Forecast model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest on last winter's storm events")},
        )
    )
    # Versions of the forecast model, so the optimiser can go back to the last one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Inputs to the optimiser
tm.flow(radar_feed, optimiser, radar, protocol="https")
tm.flow(price_feed, optimiser, prices, protocol="https")
tm.flow(historian, optimiser, level_history, label="recent wet-well levels")
tm.flow(optimiser, forecaster, forecast_features)
tm.flow(forecaster, optimiser, inflow_forecast)

# Schedules to the stations and telemetry back
tm.flow(optimiser, scada, schedule, protocol="opc-ua", label="every 15 minutes")
tm.flow(scada, controllers, schedule, operator_override, protocol="dnp3")
tm.flow(controllers, scada, telemetry, protocol="dnp3")
tm.flow(controllers, pumps, pump_command, label="hardwired starter signals")
tm.flow(pumps, controllers, pump_status, label="hardwired run feedback")
tm.flow(scada, historian, level_history, protocol="opc-ua")

# Control room
tm.flow(scada, hmi, telemetry, schedule, hmi_view)
tm.flow(hmi, scada, operator_override)
tm.flow(hmi, operator, hmi_view)
tm.flow(operator, hmi, operator_override)

# Model training
tm.flow(historian, retraining, training_data, protocol="https")
tm.flow(data_scientist, retraining, training_job, protocol="ssh")
tm.flow(retraining, registry, model_artifact)
tm.flow(registry, forecaster, model_artifact, protocol="https", label="deploy")
