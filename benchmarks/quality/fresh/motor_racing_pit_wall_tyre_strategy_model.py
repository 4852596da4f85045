"""Pit wall tyre strategy model: the first design, before any security review.

During practice, qualifying and the race, each of our two cars streams telemetry
(tyre temperatures and pressures, wheel speeds, fuel, lap times) over the team's
trackside radio link to the garage rack. An ingest service aligns it with the
series' official live timing feed and stores the session data in the garage. A
strategy simulator runs Monte Carlo race simulations, asking an in-house tyre
degradation model how fast each compound loses pace, reads a weather forecast,
and ranks pit-stop windows and compound choices. The ranked options are shown on
the pit wall strategy console to the race engineer, who makes every call to the
driver; strategists at the factory watch the same console over the team VPN.
After each session the data goes back to the factory data lake, where the
degradation model is retrained between events with the tyre supplier's compound
data and pinned in a model registry before it is shipped to the track.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pit wall tyre strategy model",
    profile=tg.RiskProfile.LOW,
    description=(
        "Recommends tyre compounds and pit-stop windows to the race engineer during "
        "sessions, from car telemetry, live timing and weather."
    ),
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Car telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Tyre temperatures and pressures, wheel speeds, fuel load, sector times.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
timing = tg.Data(
    "Live timing data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lap and sector times, gaps, positions and pit events of every car.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Track weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
session_data = tg.Data(
    "Session race data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Telemetry aligned with timing, per lap and per stint.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
stint_features = tg.Data("Stint features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
degradation = tg.Data(
    "Predicted tyre degradation", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
recommendation = tg.Data(
    "Ranked strategy options",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pit windows and compound choices with predicted race time for each.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
what_if = tg.Data(
    "What-if scenario",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Safety car, rival pit stop or rain assumptions the engineers enter.",
)
strategist_notes = tg.Data(
    "Factory strategist notes", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
compound_data = tg.Data(
    "Tyre compound data",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The supplier's compound characteristics and minimum pressures, under NDA.",
)
history = tg.Data(
    "Historical stint data",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past seasons' stints with measured tyre wear and lap-time loss.",
)
model_artifact = tg.Data(
    "Degradation model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
event_approval = tg.Data(
    "Event model sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Race cars", trust=tg.Trust.INTERNAL):
    # The on-car logger that streams live channels from both cars to the garage.
    car_logger = tm.add(
        tg.Device(
            "Car telemetry logger",
            fleet=True,
            description="One per race car; streams a subset of channels live over radio.",
        )
    )

with tm.boundary("Series timing provider", trust=tg.Trust.PARTNER):
    # The championship's official timing, delivered to every team's garage.
    timing_feed = tm.add(
        tg.ExternalService(
            "Official live timing feed",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="The series' timing service; same feed for every team.",
        )
    )

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Rain and track temperature change which compounds are viable.
    weather = tm.add(
        tg.DataSource(
            "Track weather forecast service",
            origin=tg.Origin.VENDOR,
            provides={forecast},
            description="Commercial nowcast of rain and track temperature for the circuit.",
        )
    )

with tm.boundary("Tyre supplier", trust=tg.Trust.PARTNER):
    # The single tyre supplier shares compound data with all teams before each event.
    supplier = tm.add(
        tg.DataSource(
            "Tyre supplier compound data",
            origin=tg.Origin.PARTNER,
            provides={compound_data},
            description="Downloaded from the supplier's team portal before each event.",
        )
    )

with tm.boundary("Trackside garage network", trust=tg.Trust.INTERNAL):
    # Decodes car telemetry and joins it to live timing.
    ingest = tm.add(
        tg.Service(
            "Telemetry ingest service",
            description="Decodes telemetry frames against the car's channel list.",
            controls={c.SchemaEnforcement(note="frames not matching the channel list are dropped")},
        )
    )
    # Holds the current event's sessions on the garage rack.
    session_store = tm.add(tg.DataStore("Trackside session database", stores={session_data}))
    # Predicts lap-time loss per lap for a compound, tyre age and fuel load.
    tyre_model = tm.add(
        tg.Model(
            "Tyre degradation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor trained on past stints.",
        )
    )
    # Simulates the rest of the race for each candidate strategy and ranks them.
    simulator = tm.add(
        tg.Service(
            "Strategy simulator",
            description="Monte Carlo race simulation over pit laps and compounds.",
            controls={
                c.HumanInTheLoop(
                    approver="the race engineer",
                    note="the simulator only advises; the race engineer makes every pit call",
                )
            },
        )
    )
    # The screens on the pit wall that show the ranked options and take what-ifs.
    console = tm.add(
        tg.Endpoint(
            "Pit wall strategy console",
            purpose=tg.EndpointPurpose.API,
            description="Web app served from the garage rack to pit wall and factory screens.",
            controls={c.Authentication(method="team single sign-on")},
        )
    )
    # Makes the strategy calls and radios them to the driver.
    race_engineer = tm.add(tg.Actor("Race engineer", role="race engineer"))

with tm.boundary("Factory network", trust=tg.Trust.INTERNAL):
    # Strategists in the remote operations room back up the pit wall.
    strategist = tm.add(tg.Actor("Factory strategist", role="strategy engineer"))
    # All past sessions and the supplier's compound data, for retraining.
    data_lake = tm.add(
        tg.Dataset(
            "Race data lake",
            stores={history, compound_data},
            purpose=tg.DatasetPurpose.TRAINING,
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Retrains the degradation model between events.
    training = tm.add(tg.Pipeline("Degradation model training", stage=tg.Stage.TRAINING))
    # Keeps each trained version; the version for an event is pinned before travel.
    registry = tm.add(
        tg.ModelRegistry(
            "Strategy model registry",
            stores={model_artifact},
            controls={c.ModelVersioning(note="each event runs one pinned model version")},
        )
    )
    # Trains the model and signs off the version for each event.
    ml_engineer = tm.add(tg.Actor("Performance ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# live data into the garage
tm.flow(car_logger, ingest, telemetry, label="trackside radio telemetry link")
tm.flow(timing_feed, ingest, timing, protocol="wss", label="live timing")
tm.flow(ingest, session_store, session_data)

# the strategy loop
tm.flow(session_store, simulator, session_data)
tm.flow(weather, simulator, forecast, protocol="https")
tm.flow(simulator, tyre_model, stint_features)
tm.flow(tyre_model, simulator, degradation)
tm.flow(simulator, console, recommendation)
tm.flow(console, simulator, what_if)
tm.flow(console, race_engineer, recommendation, timing)
tm.flow(race_engineer, console, what_if)

# the factory watching over the team VPN
tm.flow(console, strategist, recommendation, timing, protocol="ipsec", label="team VPN")
tm.flow(strategist, console, strategist_notes, what_if, protocol="ipsec", label="team VPN")

# between events: retraining and shipping the model to the track
tm.flow(session_store, data_lake, history, protocol="ipsec", label="post-session upload")
tm.flow(supplier, data_lake, compound_data, protocol="https")
tm.flow(data_lake, training, history, compound_data)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, event_approval, label="signs off the event version")
tm.flow(registry, tyre_model, model_artifact, protocol="ipsec", label="deployed before each event")
