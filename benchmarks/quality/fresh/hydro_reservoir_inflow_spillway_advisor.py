"""Reservoir inflow forecasting and spillway advisory: the first design.

A hydropower operator forecasts inflows to one of its reservoirs for the next 72
hours. Rain gauges and river-level sensors at unattended field sites report over
a private cellular APN to a telemetry gateway, which writes the readings into a
hydrometeorological time-series store. The national met service's numerical
weather model is pulled four times a day. A gradient-boosted inflow model,
retrained monthly by the hydrology team and held in a model registry, produces
the inflow forecast; an optimisation service combines it with the current
reservoir level and gate positions (mirrored from SCADA) and recommends spillway
gate settings. Control-room operators see the recommendation on a dashboard and,
if they agree, enter the gate setpoints on the SCADA HMI themselves; nothing in
the analytics zone writes to SCADA. Controls: sensor range checks, dashboard SSO,
SCADA roles and audit log, model backtesting, operator approval of each gate move.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reservoir inflow and spillway advisor",
    profile=tg.RiskProfile.HIGH,
    description="Inflow forecasts and spillway gate recommendations for dam control-room operators.",
)

# ---------------------------------------------------------------- data assets
rainfall = tg.Data(
    "Rain gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
river_levels = tg.Data(
    "River level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
nwp = tg.Data(
    "Numerical weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Gridded precipitation and temperature forecasts for the catchment.",
)
history = tg.Data(
    "Hydromet history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Years of rainfall, river level, inflow and weather-forecast archives.",
)
inflow_model_artifact = tg.Data(
    "Inflow model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
release_approval = tg.Data("Model release approval", kind="records")
inflow_forecast = tg.Data(
    "Inflow forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
recommendation = tg.Data(
    "Spillway gate recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
plant_state = tg.Data(
    "Reservoir level and gate positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
gate_setpoints = tg.Data(
    "Gate setpoint commands",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("National met service", trust=tg.Trust.PARTNER):
    # The national weather model is the main driver of the 24-72 hour forecast.
    met_model = tm.add(
        tg.DataSource(
            "National weather model",
            origin=tg.Origin.PARTNER,
            provides={nwp},
            description="NWP output published by the met service every six hours.",
        )
    )

with tm.boundary("Remote field sites", trust=tg.Trust.UNTRUSTED):
    # Tipping-bucket rain gauges across the catchment, on cellular modems.
    rain_gauges = tm.add(tg.Device("Rain gauges", fleet=True))
    # Radar and pressure level sensors at river stations upstream of the reservoir.
    river_sensors = tm.add(tg.Device("River level sensors", fleet=True))

with tm.boundary("Hydrology analytics zone", trust=tg.Trust.INTERNAL):
    # Receives the field telemetry and rejects readings outside physical ranges.
    gateway = tm.add(
        tg.Service(
            "Telemetry gateway",
            controls={c.SchemaEnforcement(note="range and rate-of-change checks per sensor")},
        )
    )
    # The single store of observed and forecast hydromet data.
    tsdb = tm.add(
        tg.DataStore(
            "Hydromet time-series store",
            stores={rainfall, river_levels, nwp, history, plant_state},
            controls={c.RBAC()},
        )
    )
    # Monthly retraining of the inflow model, backtested on past flood events.
    training = tm.add(
        tg.Pipeline(
            "Inflow model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="backtest against the last ten flood seasons")},
        )
    )
    # Holds the released inflow model versions.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={inflow_model_artifact}, controls={c.ModelVersioning()}
        )
    )
    # Forecasts inflow from recent observations and the weather forecast.
    inflow_model = tm.add(
        tg.Model(
            "Inflow forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor, hourly inflow for the next 72 hours.",
        )
    )
    # Turns the forecast into gate settings within the reservoir operating rules.
    advisor = tm.add(
        tg.Service(
            "Spillway optimisation service",
            description="Rule-curve constrained optimiser; no language model.",
            controls={c.HumanInTheLoop(approver="the control-room operator on shift")},
        )
    )
    # Read-only web view of forecast and recommendation for operators and hydrologists.
    dashboard = tm.add(
        tg.Endpoint(
            "Advisory dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trains and releases the inflow model, watches forecast quality.
    hydrologist = tm.add(tg.Actor("Hydrologist", role="hydrology team", privileged=True))

with tm.boundary("Dam OT network", trust=tg.Trust.RESTRICTED):
    # Applies gate settings after reading the recommendation.
    operator = tm.add(tg.Actor("Control-room operator", role="operator", privileged=True))
    # The plant's SCADA master and HMI.
    scada = tm.add(
        tg.Service(
            "SCADA system",
            controls={c.RBAC(), c.AuditLogging(note="every operator command is logged")},
        )
    )
    # PLCs that drive the radial spillway gates.
    gate_plcs = tm.add(tg.Device("Spillway gate controllers", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(rain_gauges, gateway, rainfall, protocol="mqtt", label="private cellular APN")
tm.flow(river_sensors, gateway, river_levels, protocol="mqtt", label="private cellular APN")
tm.flow(gateway, tsdb, rainfall, river_levels)
tm.flow(met_model, tsdb, nwp, protocol="sftp", label="every six hours")
tm.flow(scada, tsdb, plant_state, protocol="opc-ua", label="one-way mirror")

tm.flow(tsdb, training, history)
tm.flow(training, registry, inflow_model_artifact)
tm.flow(hydrologist, registry, release_approval, label="releases a version")
tm.flow(registry, inflow_model, inflow_model_artifact, label="deploy")

tm.flow(tsdb, inflow_model, rainfall, river_levels, nwp)
tm.flow(inflow_model, advisor, inflow_forecast)
tm.flow(tsdb, advisor, plant_state)
tm.flow(advisor, dashboard, inflow_forecast, recommendation)
tm.flow(dashboard, hydrologist, inflow_forecast, recommendation, protocol="https")
tm.flow(dashboard, operator, inflow_forecast, recommendation, protocol="https")

tm.flow(operator, scada, gate_setpoints, protocol="local", label="HMI entry")
tm.flow(scada, gate_plcs, gate_setpoints, protocol="modbus")
tm.flow(gate_plcs, scada, plant_state, protocol="modbus", label="gate positions")
tm.flow(scada, operator, plant_state, protocol="local")
