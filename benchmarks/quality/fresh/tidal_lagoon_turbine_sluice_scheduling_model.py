"""Tidal lagoon turbine and sluice scheduling: the first design.

A tidal lagoon power station makes money by holding water behind its wall and
releasing it through turbines when the head and the power price are right, and
by opening sluice gates to refill or empty the lagoon. An ingestion job pulls
met-ocean surge forecasts and day-ahead and intraday power prices from vendors
every hour. An in-house model forecasts tide levels and prices; an optimiser
proposes a turbine, pumping and sluice schedule for the next 48 hours and shares
the planned generation with the energy trader. Control room operators review the
schedule on an HMI console and confirm it before SCADA sends setpoints to the
turbine and gate PLCs. The forecast model is retrained monthly from historian data.
Controls: operator confirmation of every schedule, PLC interlocks on gate and
turbine limits, individual operator accounts with smart cards, schema checks on
vendor feeds, and signed and encrypted OPC UA from the OT network to the historian.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tidal lagoon turbine and sluice scheduling",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts tide and power prices and schedules turbines and sluice gates.",
)

# ---------------------------------------------------------------- data assets
met_forecast = tg.Data(
    "Met-ocean surge forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Storm surge, wind and wave forecasts for the estuary, licensed.",
)
prices = tg.Data(
    "Day-ahead and intraday power prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
level_readings = tg.Data(
    "Water level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Turbine and gate telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Turbine output, availability and gate positions.",
)
training_data = tg.Data(
    "Forecast training data",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Historic levels, surge forecasts and prices.",
)
model_artifact = tg.Data(
    "Forecast model artifact", format="pickle", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
forecasts = tg.Data(
    "Tide and price forecasts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
proposed_schedule = tg.Data(
    "Proposed turbine and sluice schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
confirmed_schedule = tg.Data(
    "Confirmed operating schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
setpoints = tg.Data(
    "Turbine and gate setpoints",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
generation_profile = tg.Data(
    "Planned generation profile",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Market-sensitive until the bids close.",
)
trading_positions = tg.Data(
    "Contracted volumes and bid constraints",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Forecast and market data vendors", trust=tg.Trust.PARTNER):
    # Surge and weather drive the sea level beyond the astronomical tide.
    met_vendor = tm.add(
        tg.DataSource(
            "Met-ocean forecast service",
            origin=tg.Origin.VENDOR,
            provides={met_forecast},
        )
    )
    # Prices decide when generating is worth it.
    price_feed = tm.add(
        tg.DataSource(
            "Power market data feed",
            origin=tg.Origin.VENDOR,
            provides={prices},
            description="Exchange day-ahead auction results and intraday prices via a data vendor.",
        )
    )

with tm.boundary("Corporate IT network", trust=tg.Trust.INTERNAL):
    # Sells the output; needs the plan and constrains it with positions already sold.
    trader = tm.add(tg.Actor("Energy trader", role="trader"))

with tm.boundary("Operations analytics zone", trust=tg.Trust.INTERNAL):
    # Pulls the vendor feeds every hour.
    ingestion = tm.add(
        tg.Pipeline(
            "Forecast data ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects feeds with missing fields or bad units")},
        )
    )
    # Holds inputs, forecasts and schedules for the optimiser and for audit.
    schedule_store = tm.add(
        tg.DataStore(
            "Forecast and schedule store",
            stores={met_forecast, prices, forecasts, proposed_schedule},
        )
    )
    # Copy of plant history outside the OT network, for analytics.
    historian = tm.add(
        tg.DataStore("Plant historian", stores={level_readings, telemetry}),
    )
    # Forecasts lagoon and sea levels and prices for the next 48 hours.
    forecaster = tm.add(
        tg.Model(
            "Tide and price forecasting model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted residuals on top of the harmonic tide prediction.",
        )
    )
    # Chooses when to generate, pump and open the sluices.
    optimiser = tm.add(
        tg.Service(
            "Schedule optimiser",
            description="Mixed-integer optimiser over forecasts, lagoon state and positions.",
            controls={c.HumanInTheLoop(approver="control room operator on shift")},
        )
    )
    # Monthly retraining of the forecasting model.
    training = tm.add(
        tg.Pipeline(
            "Forecast model retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Keeps model versions for deployment.
    registry = tm.add(tg.ModelRegistry("Forecast model registry", stores={model_artifact}))

with tm.boundary("OT control network", trust=tg.Trust.RESTRICTED):
    # Where operators see and confirm the proposed schedule.
    console = tm.add(
        tg.Endpoint(
            "Schedule review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="individual AD operator accounts with password and smart card"
                )
            },
        )
    )
    # Confirms, edits or rejects each schedule.
    operator = tm.add(tg.Actor("Control room operator", role="operator", privileged=True))
    # Runs the plant; sends setpoints to the PLCs.
    scada = tm.add(tg.Service("SCADA system"))
    # Turbine governors and gate actuators.
    plcs = tm.add(
        tg.Device(
            "Turbine and sluice gate PLCs",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="gate PLCs limit opening rate and head difference; "
                    "turbine governors trip on overspeed"
                )
            },
        )
    )
    # Lagoon and seaward water level sensors.
    gauges = tm.add(tg.Device("Tide gauges", fleet=True))

# ---------------------------------------------------------------- flows
# Vendor feeds
tm.flow(met_vendor, ingestion, met_forecast, protocol="https", label="hourly pull")
tm.flow(price_feed, ingestion, prices, protocol="https", label="hourly pull")
tm.flow(ingestion, schedule_store, met_forecast, prices)

# Plant state
tm.flow(gauges, scada, level_readings, protocol="dnp3")
tm.flow(plcs, scada, telemetry, protocol="modbus")
tm.flow(scada, historian, level_readings, telemetry, protocol="opc-ua+sign-encrypt")

# Forecasting
tm.flow(schedule_store, forecaster, met_forecast, prices)
tm.flow(historian, forecaster, level_readings, label="latest levels")
tm.flow(forecaster, schedule_store, forecasts)

# Scheduling
tm.flow(schedule_store, optimiser, forecasts, prices)
tm.flow(historian, optimiser, level_readings, telemetry, label="lagoon state and availability")
tm.flow(trader, optimiser, trading_positions, protocol="https")
tm.flow(optimiser, trader, generation_profile, protocol="https")
tm.flow(optimiser, schedule_store, proposed_schedule)
tm.flow(optimiser, console, proposed_schedule, protocol="https")
tm.flow(console, operator, proposed_schedule, protocol="https")
tm.flow(operator, console, confirmed_schedule, protocol="https")
tm.flow(console, scada, confirmed_schedule, protocol="opc-ua")
tm.flow(scada, console, telemetry, protocol="opc-ua", label="execution status")
tm.flow(scada, plcs, setpoints, protocol="modbus")

# Retraining
tm.flow(historian, training, training_data, label="monthly export")
tm.flow(schedule_store, training, training_data, label="monthly export")
tm.flow(training, registry, model_artifact)
tm.flow(registry, forecaster, model_artifact, label="deploy")
