"""Bakery oven energy scheduling: the first design, before any security review.

Our industrial bakery runs tunnel ovens and proofers around the clock. To cut the
electricity bill, a scheduling system in the corporate IT network shifts oven
start times and temperature ramps into the cheaper hours. Every hour it fetches
day-ahead prices from the electricity supplier's API (with an API key) and reads
the production orders from the ERP. An in-house forecasting model predicts prices
and each production plan's energy needs; an optimiser picks start times and ramp
setpoints and writes them over OPC UA to the plant SCADA server, which passes them
to the line PLCs. The PLCs keep their burner-management interlocks and high
temperature cutouts. Shift supervisors watch the line at the HMI and can override
any setpoint there. The energy manager sets tariffs and constraints in the
optimiser's web UI (corporate SSO). The forecaster is retrained weekly from the
plant historian and past prices; versions are kept in an artifact bucket.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bakery oven energy scheduling",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Forecast-driven optimiser that writes oven start times and temperature ramp "
        "setpoints to the bakery line's PLCs through SCADA to use cheaper electricity."
    ),
)

# ---------------------------------------------------------------- data assets
prices = tg.Data(
    "Day-ahead electricity prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
supplier_key = tg.Data("Supplier API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
orders = tg.Data("Production orders", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
forecasts = tg.Data(
    "Price and energy demand forecasts", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
constraints = tg.Data(
    "Tariffs and scheduling constraints",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Contracted tariff bands, latest finish times per order, oven limits to respect.",
)
schedule = tg.Data(
    "Oven start times and ramp setpoints",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
overrides = tg.Data(
    "Supervisor setpoint overrides",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
process_values = tg.Data(
    "Oven temperatures and line status", sensitivity=tg.Sensitivity.INTERNAL, kind="logs"
)
meter_readings = tg.Data("Line energy readings", sensitivity=tg.Sensitivity.INTERNAL, kind="logs")
training_set = tg.Data(
    "Historical energy and production data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
weights = tg.Data("Forecaster artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Electricity supplier", trust=tg.Trust.PARTNER):
    # Where the day-ahead prices come from; run by our supplier under contract.
    supplier_api = tm.add(
        tg.ExternalService(
            "Electricity supplier price API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="REST API publishing hourly day-ahead prices for our contract.",
        )
    )

with tm.boundary("Corporate IT network", trust=tg.Trust.INTERNAL):
    # Source of the production plan the schedule must fit.
    erp = tm.add(tg.Service("ERP", description="Production orders and due times per line."))
    # The person who owns the energy contract and tunes the optimiser.
    energy_manager = tm.add(tg.Actor("Energy manager", role="energy manager", privileged=True))
    # Keeps prices, orders, forecasts and chosen schedules for reporting and retraining.
    energy_db = tm.add(
        tg.DataStore(
            "Energy planning database",
            stores={prices, orders, forecasts, schedule, constraints},
            controls={c.RBAC()},
        )
    )
    # Predicts prices and each plan's energy needs for the next 36 hours.
    forecaster = tm.add(
        tg.Model(
            "Energy price and demand forecaster",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor, loaded from a joblib file.",
            controls={c.ModelValidation(note="backtested on the last four weeks before use")},
        )
    )
    # Turns forecasts and orders into oven start times and ramp setpoints.
    optimiser = tm.add(
        tg.Service(
            "Oven schedule optimiser",
            description="Mixed-integer optimiser; also serves the energy manager's web UI.",
            controls={c.Authentication(method="corporate SSO (OIDC)")},
        )
    )
    # Refits the forecaster every week on fresh history.
    retraining = tm.add(tg.Pipeline("Weekly forecast retraining", stage=tg.Stage.TRAINING))
    # Holds forecaster versions so a bad one can be rolled back.
    artifact_bucket = tm.add(
        tg.ModelRegistry(
            "Forecaster artifact bucket", stores={weights}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("Plant OT network", trust=tg.Trust.RESTRICTED):
    # Supervisory control: the only path to the PLCs, logs every setpoint write.
    scada = tm.add(
        tg.Service(
            "Plant SCADA server",
            controls={c.AuditLogging(retention_days=365, note="SCADA event journal")},
        )
    )
    # Operator panel on the line where supervisors see and override setpoints.
    hmi = tm.add(tg.Service("Line HMI", description="Touch panel beside the oven infeed."))
    # The person accountable for the line on each shift.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="shift supervisor"))
    # The controllers that fire the ovens and run the proofers.
    plcs = tm.add(
        tg.Device(
            "Tunnel oven and proofer PLCs",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="burner management interlocks, high-temperature cutouts "
                    "and a maximum ramp rate in the PLC logic"
                )
            },
        )
    )
    # Sub-meters on each oven and proofer, the ground truth for energy use.
    meters = tm.add(tg.Device("Line energy meters", fleet=True))
    # Stores process values and meter readings for the line.
    historian = tm.add(tg.DataStore("Plant historian", stores={process_values, meter_readings}))

# ---------------------------------------------------------------- flows
tm.flow(optimiser, supplier_api, supplier_key, protocol="https", label="hourly price request")
tm.flow(supplier_api, optimiser, prices, protocol="https")
tm.flow(erp, optimiser, orders, protocol="https")

tm.flow(energy_manager, optimiser, constraints, protocol="https")
tm.flow(optimiser, energy_manager, schedule, forecasts, protocol="https")

tm.flow(optimiser, forecaster, prices, orders, label="forecast request")
tm.flow(forecaster, optimiser, forecasts)
tm.flow(optimiser, energy_db, prices, orders, forecasts, schedule, constraints)
tm.flow(energy_db, optimiser, constraints, schedule, label="previous plan and constraints")

tm.flow(optimiser, scada, schedule, protocol="opc-ua")
tm.flow(scada, optimiser, process_values, protocol="opc-ua", label="line status")
tm.flow(scada, plcs, schedule, overrides, protocol="profinet")
tm.flow(plcs, scada, process_values, protocol="profinet")

tm.flow(scada, hmi, schedule, process_values, protocol="opc-ua")
tm.flow(hmi, scada, overrides, protocol="opc-ua")
tm.flow(supervisor, hmi, overrides, label="override on the touchscreen")
tm.flow(hmi, supervisor, schedule, process_values, label="shown on the touchscreen")

tm.flow(meters, historian, meter_readings, protocol="modbus")
tm.flow(scada, historian, process_values)

tm.flow(historian, retraining, training_set, protocol="https", label="weekly export")
tm.flow(energy_db, retraining, training_set)
tm.flow(retraining, artifact_bucket, weights)
tm.flow(artifact_bucket, forecaster, weights, label="load on start")
