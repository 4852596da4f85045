"""Tidal flood barrier closure decision support: the first design, before any security review.

The city runs a tidal flood barrier across the estuary. A surge prediction service
combines live readings from the city's own tide gauges (sent over a cellular
telemetry link to a head-end in the barrier operations network), the Met Office's
storm surge forecast (pulled by SFTP) and the Environment Agency's river level feed,
and runs an in-house surge model to predict peak water levels for the next tides.
From the prediction it recommends closure times, which the barrier duty manager sees
on a web console in the control building; the duty manager alone decides and closes
the gates, and the console sends the command to the gate control PLC on a separate
control network, whose interlocks and hydraulic limits bound what it will do.
Gauge readings and every closure decision are archived, and once a year the flood
modelling team backtests and recalibrates the model against the archive before a new
version is registered and deployed. Console users sign in with their Active Directory
account; readings are range-checked at the head-end.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Flood barrier closure decision support",
    profile=tg.RiskProfile.HIGH,
    description="Surge predictions and recommended closure times for the tidal barrier duty manager.",
)

# ---------------------------------------------------------------- data assets
gauge_readings = tg.Data(
    "Tide gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Water level every minute from each estuary gauge.",
)
surge_forecast = tg.Data(
    "Met Office surge forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
river_levels = tg.Data(
    "River levels",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
model_inputs = tg.Data("Surge model inputs", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
surge_prediction = tg.Data(
    "Predicted surge levels",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
recommendation = tg.Data(
    "Closure recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Recommended closure and reopening times with the predicted peak.",
)
closure_decision = tg.Data(
    "Closure decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="The duty manager's decision, time and reason.",
)
gate_command = tg.Data(
    "Gate command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_status = tg.Data("Gate status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
archive_records = tg.Data(
    "Archived readings and decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
surge_model_artifact = tg.Data(
    "Surge model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn model saved with joblib.",
)
review_report = tg.Data(
    "Model review report", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
release_approval = tg.Data(
    "Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # National forecaster: storm surge model runs for the estuary mouth.
    met_office = tm.add(
        tg.ExternalService("Met Office surge forecast service", provides="data-provider")
    )

with tm.boundary("Environment Agency", trust=tg.Trust.PARTNER):
    # Upstream river gauges: high river flow raises the water behind the barrier.
    river_feed = tm.add(
        tg.DataSource(
            "Environment Agency river level feed", origin=tg.Origin.PARTNER, provides={river_levels}
        )
    )

with tm.boundary(
    "Estuary telemetry",
    trust=tg.Trust.INTERNAL,
    description="City-owned gauge outstations on a private cellular APN.",
):
    # The city's tide gauges along the estuary, the model's main live input.
    tide_gauges = tm.add(tg.Device("Tide gauges", fleet=True))

with tm.boundary("Barrier operations network", trust=tg.Trust.INTERNAL):
    # Receives and range-checks gauge telemetry.
    head_end = tm.add(
        tg.Service(
            "Telemetry head-end",
            controls={c.SchemaEnforcement(note="range and staleness checks on every reading")},
        )
    )
    # Gathers the inputs, runs the model and turns predicted levels into closure times.
    prediction_service = tm.add(
        tg.Service(
            "Surge prediction service",
            controls={
                c.HumanInTheLoop(
                    approver="barrier duty manager",
                    note="recommendations only; the duty manager decides and closes the gates",
                )
            },
        )
    )
    # Predicts peak surge levels for the coming tides.
    surge_model = tm.add(
        tg.Model(
            "Surge prediction model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted regression of peak level per tide.",
        )
    )
    # Where the duty manager sees predictions and records decisions.
    console = tm.add(
        tg.Endpoint(
            "Duty manager console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory username and password"),
                c.AuditLogging(note="every closure decision and gate command"),
            },
        )
    )
    # Keeps gauge readings and closure decisions for the yearly review.
    archive = tm.add(
        tg.DataStore(
            "Decision and readings archive",
            stores={gauge_readings, closure_decision, archive_records},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # Holds the model versions; the prediction service loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Surge model registry",
            stores={surge_model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Yearly backtest and recalibration against the archived events.
    review = tm.add(
        tg.Pipeline(
            "Yearly model review and recalibration",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="backtest on past surge events before release")},
        )
    )

    with tm.boundary("Gate control network", trust=tg.Trust.RESTRICTED):
        # Drives the gate hydraulics; takes commands only from the console.
        gate_plc = tm.add(
            tg.Service(
                "Gate control PLC",
                controls={
                    c.SafetyLimits(
                        limits="PLC interlocks: no closure while a vessel transit is signalled, hydraulic pressure and gate speed limits"
                    )
                },
            )
        )

with tm.boundary("Control building", trust=tg.Trust.INTERNAL):
    # The person who decides when the barrier closes.
    duty_manager = tm.add(tg.Actor("Barrier duty manager", role="duty manager", privileged=True))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Runs the yearly review and signs off new model versions.
    modelling_team = tm.add(
        tg.Actor("Flood modelling team", role="hydraulic modeller", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(tide_gauges, head_end, gauge_readings, protocol="dnp3", label="cellular telemetry")
tm.flow(head_end, prediction_service, gauge_readings)
tm.flow(head_end, archive, gauge_readings)
tm.flow(
    met_office, prediction_service, surge_forecast, protocol="sftp", label="six-hourly forecast"
)
tm.flow(river_feed, prediction_service, river_levels, protocol="https", label="15-minute poll")

tm.flow(prediction_service, surge_model, model_inputs)
tm.flow(surge_model, prediction_service, surge_prediction)
tm.flow(prediction_service, console, surge_prediction, recommendation, protocol="https")

tm.flow(console, duty_manager, surge_prediction, recommendation, gate_status, protocol="https")
tm.flow(duty_manager, console, closure_decision, protocol="https")
tm.flow(console, gate_plc, gate_command, protocol="modbus")
tm.flow(gate_plc, console, gate_status, protocol="modbus")
tm.flow(console, archive, closure_decision)

tm.flow(archive, review, archive_records, label="yearly export")
tm.flow(review, modelling_team, review_report, protocol="https")
tm.flow(modelling_team, review, release_approval, protocol="https")
tm.flow(review, registry, surge_model_artifact)
tm.flow(registry, surge_model, surge_model_artifact, label="deploy")
