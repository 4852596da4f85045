"""Canal lock water-level control model: the first design, before any security review.

The canal trust wants to forecast the water level in each pound (the stretch of
canal between two locks) a day ahead, so that the water management team can
plan back-pumping and feeder-reservoir releases before pounds run low or
overtop. Level gauges in the pounds, lock-usage counters on the gates and level
loggers at the feeder reservoirs report over the trust's private-APN telemetry
network to the existing SCADA head-end, which exports readings to the trust's
cloud tenancy every 15 minutes; a licensed weather service supplies rainfall
observations and forecasts. An in-house gradient-boosted model forecasts pound
levels, and a rules-based recommender turns the forecasts into suggested pump
and release plans on a dashboard. The duty water control engineer decides and
operates pumps and sluices through the SCADA HMI as today; PLC interlocks at the
pumping stations stay in place. The dashboard uses the trust's Entra ID sign-in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Canal lock water-level control model",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Forecasts pound water levels from lock usage, rainfall and reservoir levels, "
        "and recommends back-pumping and feeder releases to the water management team."
    ),
)

# ---------------------------------------------------------------- data assets
pound_levels = tg.Data(
    "Pound level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lock_usage = tg.Data("Lock usage counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
reservoir_levels = tg.Data(
    "Reservoir level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
telemetry_export = tg.Data(
    "Telemetry export",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="15-minute CSV batch of gauge, counter, logger and pump status values.",
)
rainfall = tg.Data(
    "Rainfall observations and forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed radar rainfall and 48-hour forecast per catchment.",
)
history = tg.Data(
    "Hydrometric history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
model_inputs = tg.Data("Forecast inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
level_forecast = tg.Data(
    "Pound level forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
recommendations = tg.Data(
    "Back-pumping and release recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
decision = tg.Data(
    "Engineer's decision on recommendation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
commands = tg.Data(
    "Pump and sluice commands",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
pump_status = tg.Data("Pump and sluice status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
artifact = tg.Data(
    "Level forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
release_approval = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Field telemetry network",
    trust=tg.Trust.INTERNAL,
    description="Canal-side outstations on the trust's private cellular APN.",
):
    # Ultrasonic level gauges in each pound: the quantity the model forecasts.
    gauges = tm.add(tg.Device("Pound level gauges"))
    # Gate-cycle counters on each lock: every lockful moves water down the flight.
    counters = tm.add(tg.Device("Lock usage counters"))
    # Level loggers at the feeder reservoirs: how much water is there to release.
    loggers = tm.add(tg.Device("Reservoir level loggers"))
    # Existing PLCs at the back-pumping stations and feeder sluices; they act on SCADA commands.
    pump_plc = tm.add(
        tg.Service(
            "Back-pump and sluice PLCs",
            controls={
                c.SafetyLimits(
                    limits="PLC interlocks stop back-pumps on low sump level and on high "
                    "level in the upper pound"
                )
            },
        )
    )

with tm.boundary("Operations control centre", trust=tg.Trust.INTERNAL):
    # Existing SCADA head-end: polls the outstations and is where engineers operate plant.
    scada = tm.add(
        tg.Service(
            "SCADA head-end",
            description="Polls outstations, historian, HMI for pump and sluice control.",
            controls={c.AuditLogging(note="SCADA event log of operator commands")},
        )
    )
    # The people the recommendations are for; they make and carry out the decision.
    team = tm.add(tg.Actor("Water management team", role="duty water control engineer"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Licensed rainfall feed: the main driver of inflow besides feeders.
    weather = tm.add(tg.ExternalService("Weather data service", provides="data-provider"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls the SCADA export and the rainfall feed, cleans and aligns them by pound.
    ingestion = tm.add(tg.Pipeline("Hydrometric ingestion job", stage=tg.Stage.INGESTION))
    # Time-series database of all readings, the source for forecasting and training.
    store = tm.add(
        tg.DataStore(
            "Hydrometric data store",
            stores={history, pound_levels, lock_usage, reservoir_levels, rainfall, decision},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # The model itself: day-ahead level per pound.
    model = tm.add(
        tg.Model(
            "Pound level forecast model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees per canal section, run hourly.",
        )
    )
    # Rules-based planner turning forecasts into pump and release suggestions (no LLM).
    recommender = tm.add(
        tg.Service(
            "Water balance recommender",
            description="Applies pound tolerances and reservoir rules to the forecasts.",
            controls={c.HumanInTheLoop(approver="duty water control engineer")},
        )
    )
    # Web dashboard where the team sees forecasts and accepts or rejects suggestions.
    dashboard = tm.add(
        tg.Endpoint(
            "Water management dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Public URL so duty engineers can use it from home out of hours.",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(),
            },
        )
    )
    # Monthly retraining on the growing history.
    training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Holds trained model versions; serving loads the approved one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds and approves model versions.
    scientist = tm.add(tg.Actor("Hydrology data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(gauges, scada, pound_levels, protocol="dnp3")
tm.flow(counters, scada, lock_usage, protocol="dnp3")
tm.flow(loggers, scada, reservoir_levels, protocol="dnp3")
tm.flow(scada, pump_plc, commands, protocol="modbus")
tm.flow(pump_plc, scada, pump_status, protocol="modbus")

tm.flow(scada, ingestion, telemetry_export, protocol="sftp", label="15-minute export")
tm.flow(weather, ingestion, rainfall, protocol="https")
tm.flow(ingestion, store, history, pound_levels, lock_usage, reservoir_levels, rainfall)

tm.flow(store, model, model_inputs)
tm.flow(model, recommender, level_forecast)
tm.flow(store, recommender, pound_levels, reservoir_levels, label="current state")
tm.flow(recommender, dashboard, level_forecast, recommendations)
tm.flow(dashboard, team, level_forecast, recommendations, protocol="https")
tm.flow(team, dashboard, decision, protocol="https", label="accept or reject")
tm.flow(dashboard, store, decision, label="decision log")
tm.flow(team, scada, commands, label="via SCADA HMI")
tm.flow(scada, team, pump_status, pound_levels, label="via SCADA HMI")

tm.flow(store, training, history)
tm.flow(training, registry, artifact)
tm.flow(scientist, registry, release_approval, protocol="https", label="approves release")
tm.flow(registry, model, artifact, label="deploy")
