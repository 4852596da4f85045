"""Ski jump wind and gate recommendation: the first design, before any security review.

Our ski jumping venue in Austria hosts World Cup and continental cup events. Ultrasonic
anemometers along the in-run and landing hill report wind over the hill's field bus to
a wind data concentrator in the timing hut, which averages them per jump. A gate
recommendation service combines the wind picture with the start list and in-run
speeds from the timing and scoring provider, asks an in-house regression model for
the start gate that keeps the next jumper's expected distance safely below the hill
size, and shows it on the jury console in the jury tower. The competition jury
approves or changes every gate; the start gate official sets it, and each decision
is logged for protests. Between events a data scientist retrains the model on past
jumps on this hill and registers the new version. Controls: jury sign-in, the jury's
approval of every gate, range checks on the wind readings, versioned models and an
audit log of gate decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski jump wind gate recommendation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Recommends each jumper's start gate from hill wind sensors for the "
        "competition jury to approve."
    ),
)

# ---------------------------------------------------------------- data assets
wind_readings = tg.Data(
    "Hill wind readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Speed and direction per anemometer, every second.",
)
wind_picture = tg.Data(
    "Averaged wind per jump",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
start_list = tg.Data(
    "Start list and in-run speeds",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bib, name, nation, previous round distance and in-run speed per jumper.",
)
jump_features = tg.Data("Per-jumper gate features", kind="features", sensitivity=tg.Sensitivity.PII)
recommendation = tg.Data(
    "Recommended start gate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gate number with the expected distance at that gate.",
)
gate_decision = tg.Data(
    "Approved start gate",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
decision_log = tg.Data(
    "Gate decision log",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Wind, recommendation, approved gate and jury member per jump.",
)
jump_history = tg.Data(
    "Past jumps on this hill",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Gate, wind, in-run speed and distance of every recorded jump.",
)
model_artifact = tg.Data(
    "Gate model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
release = tg.Data("Model release request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Timing provider", trust=tg.Trust.PARTNER):
    # The federation's timing and scoring contractor: start lists, speeds, distances,
    # and it applies the gate compensation points.
    timing = tm.add(
        tg.ExternalService(
            "Timing and scoring system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Hill field network", trust=tg.Trust.INTERNAL):
    # Five anemometers on masts along the in-run and landing hill.
    sensors = tm.add(tg.Device("Hill anemometers", fleet=True))
    # Timing-hut PC that polls the sensors and averages wind over each jump's window.
    concentrator = tm.add(
        tg.Service(
            "Wind data concentrator",
            controls={c.InputValidation(note="readings outside sensor range are dropped")},
        )
    )

with tm.boundary("Venue server room", trust=tg.Trust.INTERNAL):
    # Builds the features for the next jumper, asks the model and posts the advice.
    gate_service = tm.add(
        tg.Service(
            "Gate recommendation service",
            controls={c.HumanInTheLoop(approver="competition jury", note="every gate")},
        )
    )
    # Gradient-boosted regressor predicting distance per gate; advice only.
    model = tm.add(
        tg.Model(
            "Gate recommendation model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Predicts distance for each gate; the highest gate below the safety margin is recommended.",
        )
    )
    # Record of every recommendation and decision, kept for protests and the TD's report.
    log_store = tm.add(
        tg.DataStore(
            "Gate decision log store",
            stores={decision_log},
            controls={c.AuditLogging()},
        )
    )
    # Past jumps on this hill, exported after each event.
    history = tm.add(tg.Dataset("Jump history dataset", stores={jump_history}))
    # Retrains the regressor between events.
    training = tm.add(tg.Pipeline("Model retraining job", stage=tg.Stage.TRAINING))
    # Versions of the model; the service loads the version pinned for the event.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Jury tower", trust=tg.Trust.INTERNAL):
    # Console where the jury sees wind, the recommendation, and approves the gate.
    console = tm.add(
        tg.Endpoint(
            "Jury console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="individual jury accounts with password")},
        )
    )
    # Race director, technical delegate and assistant: they decide every gate.
    jury = tm.add(tg.Actor("Competition jury", role="jury"))
    # Sets the physical start bar at the approved gate on instruction.
    gate_official = tm.add(tg.Actor("Start gate official", role="official"))

with tm.boundary("Venue office", trust=tg.Trust.INTERNAL):
    # Maintains the data set and the model, and promotes new versions.
    scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# competition
tm.flow(sensors, concentrator, wind_readings, protocol="modbus")
tm.flow(concentrator, gate_service, wind_picture)
tm.flow(timing, gate_service, start_list, protocol="https")
tm.flow(gate_service, model, jump_features)
tm.flow(model, gate_service, recommendation)
tm.flow(gate_service, console, recommendation, wind_picture)
tm.flow(jury, console, gate_decision, label="approves or changes gate")
tm.flow(console, jury, recommendation, wind_picture)
tm.flow(console, gate_service, gate_decision)
tm.flow(console, gate_official, gate_decision, label="gate shown on start display")
tm.flow(gate_service, timing, gate_decision, protocol="https", label="for gate compensation")
tm.flow(gate_service, log_store, decision_log)

# between events
tm.flow(log_store, history, decision_log, label="post-event export")
tm.flow(timing, history, start_list, protocol="https", label="official results")
tm.flow(history, training, jump_history)
tm.flow(training, registry, model_artifact)
tm.flow(scientist, registry, release, label="promotes version for the event")
tm.flow(registry, model, model_artifact, label="load pinned version")
