"""Tidal barrier closure advisory: the first design, before any security review.

The environment agency closes a river's tidal barrier gates when a surge tide
threatens the city upstream. Tide and river level gauges along the estuary report
through telemetry outstations to an ingestion service in the agency's forecasting
network, which range-checks the readings and keeps them in a time-series store. Every
fifteen minutes a closure advisory service takes the latest readings, the gate
positions from the barrier SCADA and the Met Office surge and weather forecast, runs
an in-house surge forecast model and applies the closure rules, and shows the forecast
and a recommended closure time on the barrier controller console. The duty barrier
controller decides, closes the gates from the SCADA panel in the control room, and
records the decision, which is audit logged. The forecasting team retrains the model
monthly on historic surge events; a new version is promoted only after a hindcast
evaluation. The gate PLCs keep their own interlocks whatever anyone commands.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Tidal flood barrier closure advisory",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts surge tides and recommends barrier gate closures to the duty controller.",
)

# ---------------------------------------------------------------- data assets
gauge_readings = tg.Data(
    "Tide and river level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
met_forecast = tg.Data(
    "Met Office surge and weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Surge ensemble, wind and pressure fields, under the agency's data licence.",
)
gate_positions = tg.Data("Gate positions", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
model_inputs = tg.Data("Surge model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
surge_forecast = tg.Data(
    "Surge level forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
recommendation = tg.Data(
    "Closure recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
decision = tg.Data("Closure decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
gate_command = tg.Data(
    "Gate operation command", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
history = tg.Data(
    "Historic surge events", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data("Surge model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
promotion = tg.Data("Model version promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Estuary telemetry network", trust=tg.Trust.INTERNAL):
    # Gauges at the barrier and along the estuary, each behind a telemetry outstation.
    gauges = tm.add(
        tg.Device(
            "Tide gauge outstations",
            fleet=True,
            description="Radar level gauges with outstations reporting over a mobile private APN.",
        )
    )

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # The national weather service's forecast feed the agency licenses.
    met_office = tm.add(
        tg.ExternalService("Met Office forecast feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Forecasting network", trust=tg.Trust.INTERNAL):
    # Polls the outstations and the SCADA historian, quality-checks and stores readings.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            controls={c.SchemaEnforcement(note="range and rate-of-change checks on each gauge")},
        )
    )
    # Gauge readings, gate positions and archived forecasts.
    timeseries = tm.add(
        tg.DataStore(
            "Hydrometric time-series store", stores={gauge_readings, gate_positions, met_forecast}
        )
    )
    # Runs every 15 minutes: model run plus the closure rules.
    advisory = tm.add(
        tg.Service(
            "Closure advisory service",
            description="Builds model inputs, runs the surge model, applies the closure rules.",
            controls={c.HumanInTheLoop(approver="duty barrier controller")},
        )
    )
    # The ML model that forecasts the surge level at the barrier 36 hours ahead.
    surge_model = tm.add(
        tg.Model(
            "Surge forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted residual model on top of the Met Office surge ensemble.",
        )
    )
    # What the controller sees: forecast curves and the recommended closure time.
    console = tm.add(
        tg.Endpoint(
            "Barrier controller console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Windows domain account sign-in")},
        )
    )
    # Every recommendation and every decision taken, for the post-event review.
    decision_log = tm.add(
        tg.DataStore(
            "Closure decision log",
            stores={recommendation, decision},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Forecast model platform", trust=tg.Trust.INTERNAL):
        # Training data built from past surge events and their gauge records.
        dataset = tm.add(tg.Dataset("Historic surge event dataset", stores={history}))
        # Monthly retraining and hindcast evaluation.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={
                    c.ModelValidation(note="hindcast against the past 20 years of surge events")
                },
            )
        )
        # Versions of the surge model; the advisory service loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Surge model registry", stores={artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Barrier control room", trust=tg.Trust.RESTRICTED):
    # Decides on closure and operates the gates.
    controller = tm.add(
        tg.Actor("Duty barrier controller", role="barrier controller", privileged=True)
    )
    # The plant control system that drives the gates.
    scada = tm.add(
        tg.Service(
            "Barrier gate SCADA",
            controls={
                c.SafetyLimits(limits="gate PLC interlocks and limit switches on every gate drive")
            },
        )
    )

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Forecasting hydrologist who maintains and retrains the model.
    modeller = tm.add(
        tg.Actor("Forecast modeller", role="forecasting hydrologist", privileged=True)
    )

# ---------------------------------------------------------------- flows
# observations in
tm.flow(
    gauges, ingestion, gauge_readings, protocol="dnp3", label="polled over the mobile private APN"
)
tm.flow(scada, ingestion, gate_positions, protocol="opc-ua")
tm.flow(ingestion, timeseries, gauge_readings, gate_positions)
tm.flow(met_office, advisory, met_forecast, protocol="https")
tm.flow(advisory, timeseries, met_forecast, label="forecast archive")
tm.flow(timeseries, advisory, gauge_readings, gate_positions)

# forecast and recommendation
tm.flow(advisory, surge_model, model_inputs)
tm.flow(surge_model, advisory, surge_forecast)
tm.flow(advisory, console, surge_forecast, recommendation)
tm.flow(advisory, decision_log, recommendation)
tm.flow(console, controller, surge_forecast, recommendation, protocol="https")
tm.flow(controller, console, decision, protocol="https")
tm.flow(console, decision_log, decision)
tm.flow(controller, scada, gate_command, label="on the SCADA panel in the control room")

# retraining
tm.flow(timeseries, dataset, history, label="monthly export")
tm.flow(modeller, training, training_config, protocol="ssh")
tm.flow(dataset, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, surge_model, artifact, label="load promoted version")
tm.flow(modeller, registry, promotion, protocol="https", label="promotes a version")
