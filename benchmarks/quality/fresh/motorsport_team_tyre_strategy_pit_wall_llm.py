"""Motorsport tyre strategy pit-wall assistant: the first design, before any security review.

During a race the car's data logger streams telemetry over the team's radio link to
the trackside servers in the garage, beside the series' official live timing feed
(lap and sector times, gaps, pit-lane events, race control messages) and a track
weather feed. An ingest service decodes everything into the trackside race database.
A pit-wall assistant (an LLM agent on an open-weights model running on the team's
own trackside GPU server) answers the strategist's questions and, each lap, drafts
pit-stop calls with their reasoning; it calls a stint simulator that runs the team's
tyre-degradation model. The strategist decides and makes every call; factory
engineers in the remote operations room follow and comment over the team VPN.
The degradation model is retrained at the factory between events. Controls: team SSO
with MFA on the pit-wall console, schema checks on decoded telemetry, encrypted disks
on the trackside servers, versioned models validated against past races.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Motorsport tyre strategy pit-wall assistant",
    profile=tg.RiskProfile.HIGH,
    description="Pit-wall LLM assistant that drafts pit-stop calls from live telemetry, "
    "timing and the team's tyre-degradation model.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Car telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Tyre temperatures and pressures, loads, speeds, fuel, driver inputs.",
)
timing = tg.Data(
    "Live timing data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
race_control = tg.Data(
    "Race control messages",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text notices: safety car, penalties, track limits, flags.",
)
weather = tg.Data("Track weather forecast", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
race_state = tg.Data(
    "Live race state",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Our and rivals' gaps, stint lengths, tyre ages and weather, per lap.",
)
stint_features = tg.Data("Stint features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
deg_prediction = tg.Data(
    "Tyre degradation prediction", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sim_call = tg.Data(
    "Stint simulation request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sim_result = tg.Data(
    "Stint simulation result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
question = tg.Data("Strategist question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Strategy prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, race state, simulation results and the question.",
)
llm_completion = tg.Data(
    "LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pit_call = tg.Data(
    "Drafted pit-stop call",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Suggested lap, compound and reasoning; the strategist decides.",
)
factory_notes = tg.Data(
    "Remote operations notes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
race_history = tg.Data(
    "Historical race and tyre data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
deg_model_artifact = tg.Data(
    "Degradation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Race car", trust=tg.Trust.INTERNAL):
    # The car's data logger: streams telemetry to the garage over the team's radio link.
    car_logger = tm.add(tg.Device("Car data logger", fleet=False))

with tm.boundary("Series timing provider", trust=tg.Trust.PARTNER):
    # The championship's official live timing and race control feed for teams.
    timing_feed = tm.add(
        tg.DataSource(
            "Official timing feed",
            origin=tg.Origin.PARTNER,
            provides={timing, race_control},
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # A subscription weather service with a forecaster at the circuit.
    weather_feed = tm.add(
        tg.DataSource("Track weather feed", origin=tg.Origin.VENDOR, provides={weather})
    )

with tm.boundary("Trackside garage network", trust=tg.Trust.INTERNAL):
    # The race strategist on the pit wall, who makes every call.
    strategist = tm.add(tg.Actor("Race strategist", role="strategist"))
    # Decodes telemetry and timing into per-lap race state.
    ingest = tm.add(
        tg.Service(
            "Telemetry and timing ingest",
            controls={c.SchemaEnforcement(note="telemetry channel definitions per car build")},
        )
    )
    # Time-series store of this event's telemetry, timing, weather and drafted calls.
    race_db = tm.add(
        tg.DataStore(
            "Trackside race database",
            stores={telemetry, timing, race_control, weather, race_state, pit_call},
            controls={c.EncryptionAtRest(key_management="self-encrypting drives, TPM-held keys")},
        )
    )
    # The team's in-house tyre-degradation model, loaded from the factory registry.
    deg_model = tm.add(
        tg.Model(
            "Tyre degradation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Predicts lap-time loss per lap of stint by compound and track state.",
            controls={c.ModelVersioning()},
        )
    )
    # Runs the degradation model over pit-lap and compound scenarios for the agent.
    simulator = tm.add(tg.Tool("Stint simulator tool", capabilities={"read"}))
    # The LLM agent that answers questions and drafts pit-stop calls.
    agent = tm.add(
        tg.Agent(
            "Pit-wall strategy assistant",
            autonomy=tg.Autonomy.ASSISTIVE,
            description="Drafts calls only; the strategist decides and radios the crew.",
        )
    )
    # Open-weights model served on the team's trackside GPU server.
    llm = tm.add(tg.LLM("Trackside strategy LLM", origin=tg.ModelOrigin.OPEN_WEIGHTS))
    # The pit-wall web console: race state, drafted calls, chat with the assistant.
    console = tm.add(
        tg.Endpoint(
            "Pit-wall console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="team SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Factory", trust=tg.Trust.INTERNAL):
    # Strategy engineers in the remote operations room at the factory.
    remote_engineer = tm.add(tg.Actor("Remote operations engineer", role="strategy engineer"))
    # Every past session's telemetry, timing and tyre data.
    data_lake = tm.add(tg.Dataset("Historical race data lake", stores={race_history}))
    # Retrains the degradation model between events.
    training = tm.add(tg.Pipeline("Degradation model training", stage=tg.Stage.TRAINING))
    # Versioned model artifacts, validated against past races before each event.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={deg_model_artifact},
            controls={c.ModelValidation(note="back-tested against the last five races")},
        )
    )

# ---------------------------------------------------------------- flows
# Live feeds into the garage
tm.flow(
    car_logger,
    ingest,
    telemetry,
    protocol="rf telemetry",
    controls={c.EncryptionInTransit(protocol="logger vendor's AES link encryption")},
)
tm.flow(timing_feed, ingest, timing, race_control, protocol="wss")
tm.flow(weather_feed, ingest, weather, protocol="https")
tm.flow(ingest, race_db, telemetry, timing, race_control, weather, race_state)

# Degradation model and simulator
tm.flow(agent, simulator, sim_call)
tm.flow(race_db, simulator, stint_features)
tm.flow(simulator, deg_model, stint_features)
tm.flow(deg_model, simulator, deg_prediction)
tm.flow(simulator, agent, sim_result)

# The assistant
tm.flow(race_db, agent, race_state, race_control, label="live race state each lap")
tm.flow(agent, llm, llm_prompt, protocol="http")
tm.flow(llm, agent, llm_completion, protocol="http")
tm.flow(agent, race_db, pit_call, label="kept for the debrief")

# The pit wall
tm.flow(strategist, console, question, protocol="https")
tm.flow(console, agent, question)
tm.flow(agent, console, pit_call)
tm.flow(console, strategist, pit_call, race_state, protocol="https")
tm.flow(race_db, console, race_state)

# The factory
tm.flow(remote_engineer, console, factory_notes, protocol="ipsec", label="team VPN")
tm.flow(console, remote_engineer, pit_call, race_state, protocol="ipsec", label="team VPN")
tm.flow(race_db, data_lake, telemetry, timing, protocol="ipsec", label="post-session sync")
tm.flow(data_lake, training, race_history)
tm.flow(training, registry, deg_model_artifact)
tm.flow(registry, deg_model, deg_model_artifact, protocol="ipsec", label="loaded before each event")
