"""Water tower pump scheduling optimizer: the first design, before any security review.

A small town's water utility fills its water tower with two booster pumps at the
pump house. A demand model forecasts the next 24 hours of hourly demand from the
SCADA historian and a weather forecast, and a scheduler turns the forecast, the
tower level and the energy supplier's time-of-use tariff into a pump schedule that
fills the tower at off-peak rates. The schedule is written to the SCADA server in
the control room, which passes start/stop setpoints to the pump-house PLC. The
forecaster is retrained monthly from the historian. Everything runs on one server
in the utility office; the on-call operator can view the plan and override it
from a laptop at home over an SSL VPN (username and password). The scheduler
rejects setpoints outside the tower's minimum and maximum levels, the SCADA server
keeps its event log, and the historian is backed up nightly.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Water tower pump scheduling optimizer",
    profile=tg.RiskProfile.HIGH,
    description="Forecast-driven booster pump scheduling for a town water tower, with remote override.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Tower level and pump telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Tower level, pump run state, discharge pressure and flow meter readings.",
)
demand_history = tg.Data(
    "Hourly demand history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Years of hourly district meter totals from the historian.",
)
weather = tg.Data("Weather forecast and history", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tariff = tg.Data("Time-of-use tariff", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast_inputs = tg.Data("Forecast features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data(
    "Hourly demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Pump schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Pump start/stop setpoints",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data(
    "Operator override",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Force a pump on or off, or suspend the optimizer for a period.",
)
vpn_login = tg.Data(
    "VPN username and password", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
weights = tg.Data("Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The on-call operator, working from a personal or utility laptop at home.
    operator = tm.add(tg.Actor("On-call operator", role="water operator", privileged=True))

with tm.boundary("External data providers", trust=tg.Trust.PARTNER):
    # Temperature and rainfall drive summer demand peaks.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The energy supplier publishes next-day off-peak and peak rates.
    tariff_feed = tm.add(
        tg.ExternalService(
            "Energy supplier tariff feed", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Utility office network", trust=tg.Trust.INTERNAL):
    # Lets the operator reach the dashboard from home.
    vpn = tm.add(
        tg.Service(
            "SSL VPN gateway",
            internet_facing=True,
            controls={tg.controls.Authentication(method="username and password")},
        )
    )
    # Shows the forecast and schedule, and takes the operator's overrides.
    dashboard = tm.add(
        tg.Endpoint(
            "Scheduling dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="shared operator account password")},
        )
    )
    # Optimiser (no language model): forecast + tariff + tower level -> pump schedule.
    scheduler = tm.add(
        tg.Service(
            "Pump scheduler",
            description="Mixed-integer optimiser run hourly; honours operator overrides.",
            controls={
                tg.controls.InputValidation(
                    note="setpoints outside the tower's min/max levels and max starts per hour are rejected"
                )
            },
        )
    )
    # The demand forecaster the scheduler consults.
    demand_model = tm.add(
        tg.Model(
            "Demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor over lagged demand, calendar and weather.",
        )
    )
    # Monthly retraining from the historian and archived weather.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # A folder on the server holding the current and previous model files.
    model_store = tm.add(tg.ModelRegistry("Model file store", stores={weights}))

with tm.boundary("SCADA network", trust=tg.Trust.RESTRICTED):
    # Existing SCADA master in the control room; the only thing that talks to the PLC.
    scada = tm.add(
        tg.Service(
            "SCADA server",
            controls={
                tg.controls.AuditLogging(note="SCADA event log of operator and remote commands")
            },
        )
    )
    # Long-term telemetry store the forecaster learns from.
    historian = tm.add(
        tg.DataStore(
            "SCADA historian",
            stores={telemetry, demand_history},
            controls={tg.controls.DataVersioning(note="nightly backup to the office NAS")},
        )
    )

    with tm.boundary("Pump house", trust=tg.Trust.RESTRICTED):
        # Runs the booster pumps; starts and stops them on setpoints from SCADA.
        plc = tm.add(tg.Device("Pump house PLC", fleet=False))

    with tm.boundary("Water tower site", trust=tg.Trust.RESTRICTED):
        # Radio telemetry unit reporting the tower level.
        tower_rtu = tm.add(tg.Device("Tower level RTU", fleet=False))

# ---------------------------------------------------------------- flows
# field telemetry and control
tm.flow(tower_rtu, scada, telemetry, protocol="dnp3", label="tower level over radio")
tm.flow(plc, scada, telemetry, protocol="modbus", label="pump status")
tm.flow(scada, plc, setpoints, protocol="modbus")
tm.flow(scada, historian, telemetry)

# forecasting and scheduling
tm.flow(weather_api, scheduler, weather, protocol="https")
tm.flow(tariff_feed, scheduler, tariff, protocol="https")
tm.flow(historian, scheduler, telemetry, demand_history, label="recent demand and tower level")
tm.flow(scheduler, demand_model, forecast_inputs)
tm.flow(demand_model, scheduler, forecast)
tm.flow(scheduler, scada, schedule, protocol="opc-ua")
tm.flow(
    scada, scheduler, telemetry, protocol="opc-ua", label="schedule acknowledgement and pump state"
)

# retraining
tm.flow(historian, training, demand_history)
tm.flow(weather_api, training, weather, protocol="https", label="weather archive")
tm.flow(training, model_store, weights)
tm.flow(model_store, demand_model, weights, label="loaded at start-up")

# remote override
tm.flow(operator, vpn, vpn_login, override, protocol="tls")
tm.flow(vpn, dashboard, override, protocol="https")
tm.flow(dashboard, scheduler, override)
tm.flow(scheduler, dashboard, schedule, forecast)
tm.flow(dashboard, vpn, schedule, forecast, protocol="https")
tm.flow(vpn, operator, schedule, forecast, protocol="tls")
