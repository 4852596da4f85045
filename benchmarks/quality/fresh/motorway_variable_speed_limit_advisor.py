"""Motorway variable speed limit advisor: the first design, before any security review.

The road operator's regional control centre wants a model that recommends variable
speed limits for the gantries on a motorway section. Loop detectors in the carriageway
send one-minute flow, speed and occupancy aggregates over the roadside transmission
network; road weather stations, run by a weather vendor under a service contract,
report visibility, rain and surface state to the vendor's platform, which we poll.
An ingestion service checks and archives the readings and hands traffic features to
a recommendation service, which asks an in-house classifier for a limit per gantry.
Every proposal is shown on the control-room console and a control-room operator
approves, edits or rejects it; only approved settings go to the existing motorway
signalling system, which sets the gantry signs and enforces the legal aspect sequences.
The model is retrained monthly from the readings archive and operators' past
decisions. Controls today: console sign-in with RBAC, schema checks on readings,
operator approval of every setting, a decision log, and the signalling system's limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Motorway variable speed limit advisor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Recommends variable speed limits for motorway gantries from loop detector and "
        "road weather readings; a control-room operator approves every setting."
    ),
)

# ---------------------------------------------------------------- data assets
loop_readings = tg.Data(
    "Loop detector readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="One-minute flow, speed and occupancy per lane per detector site.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_readings = tg.Data(
    "Road weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visibility, precipitation, wind and road surface state per station.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
features = tg.Data(
    "Traffic and weather features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-gantry features built from the latest readings.",
)
recommendation = tg.Data(
    "Speed limit recommendation",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Recommended limit per gantry with the model's confidence.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
proposal = tg.Data(
    "Proposed gantry settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The recommendations for a section, as shown to the operator.",
)
operator_decision = tg.Data(
    "Operator decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Approve, edit or reject, with the operator's user id.",
)
approved_setting = tg.Data(
    "Approved signal setting",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_command = tg.Data(
    "Gantry sign command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sign_status = tg.Data(
    "Sign status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What each gantry is actually displaying, and faults.",
)
decision_log = tg.Data(
    "Recommendation and decision log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Every recommendation, the operator's decision and what was set.",
)
training_history = tg.Data(
    "Historical readings and decisions",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Monthly extract of readings with the settings operators chose.",
)
training_config = tg.Data(
    "Training scripts and configuration",
    kind="code",
    sensitivity=tg.Sensitivity.INTERNAL,
)
model_artifact = tg.Data(
    "Speed limit model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Roadside transmission network", trust=tg.Trust.INTERNAL):
    # Inductive loops and their outstations in roadside cabinets along the section.
    loops = tm.add(
        tg.Device(
            "Loop detector outstations",
            description="Roadside outstations that aggregate the loops every minute.",
        )
    )
    # The gantry signs that display the limit; driven only by the signalling system.
    gantries = tm.add(
        tg.Device(
            "Gantry signs",
            description="Variable message signs and speed roundels on the gantries.",
        )
    )

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Road weather stations on the section, owned and maintained by the vendor.
    weather_stations = tm.add(
        tg.Device(
            "Road weather stations",
            description="Vendor-maintained stations reporting over cellular to the vendor.",
        )
    )
    # The vendor's platform, which relays station readings to customers through an API.
    weather_platform = tm.add(
        tg.ExternalService(
            "Weather vendor platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Relays station readings as they come, polled every five minutes.",
        )
    )

with tm.boundary("Regional operations data centre", trust=tg.Trust.INTERNAL):
    # Receives and checks all readings, archives them and builds features.
    ingestion = tm.add(
        tg.Service(
            "Readings ingestion service",
            description="Range and schema checks on readings, then features per gantry.",
            controls={c.SchemaEnforcement(note="ranges per detector and station type")},
        )
    )
    # Long-term store of readings, used for reporting and for retraining.
    archive = tm.add(
        tg.DataStore(
            "Readings archive",
            stores={loop_readings, weather_readings},
        )
    )
    # The in-house model that picks a limit per gantry.
    model = tm.add(
        tg.Model(
            "Speed limit recommendation model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Chooses 40, 50, 60 or 70 mph (or no limit) per gantry.",
        )
    )
    # Calls the model every minute and turns its answers into proposals for a section.
    recommender = tm.add(
        tg.Service(
            "Recommendation service",
            description="Builds section proposals from the model's per-gantry answers.",
            controls={
                c.HumanInTheLoop(
                    approver="control-room operator",
                    note="no proposal is set until an operator approves it on the console",
                )
            },
        )
    )
    # Web console in the control room where operators review and approve proposals.
    console = tm.add(
        tg.Service(
            "Operator approval console",
            description="Shows proposals and sends approved settings to signalling.",
            controls={
                c.Authentication(method="Active Directory sign-in on control-room workstations"),
                c.RBAC(note="only operators on shift may approve"),
            },
        )
    )
    # Keeps what was recommended, decided and set, for incident enquiries.
    log_store = tm.add(
        tg.DataStore(
            "Decision log",
            stores={decision_log},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

with tm.boundary("Signalling control network", trust=tg.Trust.RESTRICTED):
    # The existing motorway signalling system; the only thing that commands gantries.
    signalling = tm.add(
        tg.Service(
            "Motorway signalling system",
            description="Existing system that sets gantry signals and reports their state.",
            controls={
                c.SafetyLimits(
                    limits=(
                        "only 40, 50, 60 and 70 mph aspects; step-downs of at most "
                        "20 mph between consecutive gantries enforced by the signalling system"
                    )
                )
            },
        )
    )

with tm.boundary("Control room", trust=tg.Trust.INTERNAL):
    # The person who approves every setting before it reaches the road.
    operator = tm.add(tg.Actor("Control-room operator", role="operator"))

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Monthly retraining job on the operator's analytics cluster.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Holds trained model versions; the service loads the current one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={model_artifact},
            controls={c.ModelVersioning()},
        )
    )
    # Data scientist who maintains the training code and starts releases.
    data_scientist = tm.add(
        tg.Actor("Traffic data scientist", role="data scientist", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(loops, ingestion, loop_readings, protocol="mqtt", label="one-minute aggregates")
tm.flow(weather_stations, weather_platform, weather_readings, protocol="https")
tm.flow(weather_platform, ingestion, weather_readings, protocol="https", label="polled every 5 min")
tm.flow(ingestion, archive, loop_readings, weather_readings)
tm.flow(ingestion, recommender, features)

tm.flow(recommender, model, features)
tm.flow(model, recommender, recommendation)
tm.flow(recommender, console, proposal, protocol="https")
tm.flow(recommender, log_store, recommendation)

tm.flow(console, operator, proposal, protocol="https")
tm.flow(operator, console, operator_decision, protocol="https")
tm.flow(console, log_store, decision_log)
tm.flow(console, signalling, approved_setting, protocol="https")
tm.flow(signalling, gantries, sign_command, label="legacy signalling protocol")
tm.flow(gantries, signalling, sign_status, label="legacy signalling protocol")
tm.flow(signalling, console, sign_status, protocol="https")

tm.flow(archive, training, training_history, label="monthly extract")
tm.flow(log_store, training, training_history, label="monthly extract")
tm.flow(data_scientist, training, training_config, protocol="ssh")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load current version")
