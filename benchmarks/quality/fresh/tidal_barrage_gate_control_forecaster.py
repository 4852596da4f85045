"""Tidal barrage gate control forecaster: the first design, before any security review.

The estuary barrage operator wants to time its sluice gates better, for both
generation and flood protection. An in-house model forecasts the basin and sea
levels for the next 36 hours from tide and river gauge history in the plant
historian, plus the national met agency's storm-surge forecast. A gate schedule
optimiser turns the forecast into a proposed opening and closing plan and sends
it to the SCADA server in the plant control network. There the duty control
room operator reviews it on the HMI and approves it, and SCADA then drives the
sluice gate PLCs over Modbus. The gate PLCs keep their hard-wired interlocks.
ML engineers retrain the model monthly on the corporate forecasting platform
and publish versions to a model registry. Forecasts are also shared with the
regional flood warning authority.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tidal barrage gate control forecaster",
    profile=tg.RiskProfile.HIGH,
    description="Water level forecasts and operator-approved sluice gate schedules for a tidal barrage.",
)

# ---------------------------------------------------------------- data assets
surge_forecast = tg.Data(
    "Storm surge and wind forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records"
)
gauge_readings = tg.Data(
    "Tide and river gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry_history = tg.Data(
    "Level and gate telemetry history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_records = tg.Data(
    "Forecast training set", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
forecast_inputs = tg.Data(
    "Live forecast inputs", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
weights = tg.Data(
    "Forecast model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint saved with torch.save.",
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
level_forecast = tg.Data(
    "Water level forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
proposed_schedule = tg.Data(
    "Proposed gate schedule",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
operator_approval = tg.Data(
    "Operator schedule approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
gate_commands = tg.Data(
    "Gate setpoint commands",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_status = tg.Data(
    "Gate position and status", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Met agency", trust=tg.Trust.PARTNER):
    # The national met agency's surge model output, fetched every six hours.
    met_feed = tm.add(
        tg.DataSource(
            "Met agency surge forecast feed",
            origin=tg.Origin.PARTNER,
            provides={surge_forecast},
            description="Storm surge residuals and wind fields for the estuary grid cells.",
        )
    )

with tm.boundary("Flood warning authority", trust=tg.Trust.PARTNER):
    # Receives our level forecasts to inform public flood warnings for the estuary towns.
    flood_authority = tm.add(tg.ExternalService("Regional flood warning service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds, retrains and promotes the forecast model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

    with tm.boundary("Forecasting platform", trust=tg.Trust.INTERNAL):
        # Joins historian telemetry with the surge forecast, for training and live inputs.
        ingestion = tm.add(tg.Pipeline("Level data ingestion", stage=tg.Stage.INGESTION))
        # Ten years of gauge history with the surge forecasts issued at the time.
        dataset = tm.add(tg.Dataset("Level forecast training set", stores={training_records}))
        # Monthly retraining of the sequence model; uses open-source ML libraries.
        training = tm.add(
            tg.Pipeline(
                "Forecast model retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Keeps every trained version; serving loads the version marked as current.
        registry = tm.add(
            tg.ModelRegistry(
                "Forecast model registry", stores={weights}, controls={c.ModelVersioning()}
            )
        )
        # The forecaster itself: predicts basin and sea levels 36 hours ahead.
        forecaster = tm.add(
            tg.Model(
                "Water level forecast model",
                task=tg.Task.REGRESSOR,
                high_stakes=True,
                description="LSTM over gauge history and surge forecast; re-run every 15 minutes.",
                controls={c.ModelValidation(note="backtest on past surge events before promotion")},
            )
        )
        # Plans gate openings to maximise generation while keeping the basin within flood limits.
        optimiser = tm.add(
            tg.Service(
                "Gate schedule optimiser",
                description="Mixed-integer optimiser over the level forecast; no language model.",
            )
        )

with tm.boundary("Plant control network", trust=tg.Trust.RESTRICTED):
    # Duty operator in the barrage control room; approves every schedule before it runs.
    operator = tm.add(tg.Actor("Control room operator", role="operator"))
    # Supervisory system and HMI: shows proposals, executes approved schedules, logs events.
    scada = tm.add(
        tg.Service(
            "SCADA supervisory server",
            controls={
                c.HumanInTheLoop(approver="duty control room operator"),
                c.Authentication(method="individual operator accounts on the HMI"),
                c.AuditLogging(note="SCADA event journal"),
            },
        )
    )

    with tm.boundary("OT DMZ", trust=tg.Trust.INTERNAL):
        # Plant historian mirrored into the DMZ so IT systems can read it.
        historian = tm.add(tg.DataStore("Plant historian", stores={telemetry_history}))

    with tm.boundary("Barrage field network", trust=tg.Trust.RESTRICTED):
        # Tide gauges on both sides of the barrage and river level stations upstream.
        gauges = tm.add(tg.Device("Tide and river gauges", fleet=True))
        # Drives the sluice gate hydraulics; interlocks are hard-wired, independent of SCADA.
        gate_plc = tm.add(
            tg.Service(
                "Sluice gate PLC",
                controls={
                    c.SafetyLimits(
                        limits="hard-wired end stops, max opening rate, no opening against adverse head"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
# telemetry and history
tm.flow(gauges, scada, gauge_readings, protocol="dnp3")
tm.flow(scada, historian, telemetry_history, protocol="opc-ua")
tm.flow(historian, ingestion, telemetry_history, protocol="https")
tm.flow(met_feed, ingestion, surge_forecast, protocol="https", label="six-hourly pull")

# training and release
tm.flow(ingestion, dataset, training_records)
tm.flow(dataset, training, training_records)
tm.flow(ml_engineer, training, training_config, label="launches retraining")
tm.flow(training, registry, weights)
tm.flow(registry, forecaster, weights, label="load current version")

# forecasting and gate scheduling
tm.flow(ingestion, forecaster, forecast_inputs)
tm.flow(forecaster, optimiser, level_forecast)
tm.flow(forecaster, flood_authority, level_forecast, protocol="https")
tm.flow(optimiser, scada, proposed_schedule, protocol="https")
tm.flow(scada, operator, proposed_schedule, label="shown on HMI")
tm.flow(operator, scada, operator_approval, label="approves or edits")
tm.flow(scada, gate_plc, gate_commands, protocol="modbus")
tm.flow(gate_plc, scada, gate_status, protocol="modbus")
