"""Conjunction manoeuvre advisor: the first design, before any security review.

Our LEO constellation receives conjunction data messages (CDMs) from Space-Track
and from a commercial space-surveillance provider, to whom the flight dynamics
system also uploads our predicted ephemerides for screening. An ingestion job
normalises the CDMs into a conjunction event store. A planning service asks an
in-house ranking model which events are likely to still exceed the collision
probability threshold at closest approach, and computes avoidance burn options
for the top events. Flight dynamics engineers review them in a web console on the
operations network; an approved plan goes to the flight dynamics system, which
builds the burn command, and the engineer releases it in the mission control
system, which uplinks through a contracted ground station network. The model is
retrained monthly from the event history. Controls so far: SSO with hardware-key
MFA on the console, CDM schema validation, vaulted provider credentials, command
release by the engineer on shift, SDLS-authenticated telecommands, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conjunction manoeuvre advisor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Ranks close-approach warnings for our satellites and proposes avoidance "
        "manoeuvres that flight dynamics engineers review and command."
    ),
)

# ---------------------------------------------------------------- data assets
cdms = tg.Data(
    "Conjunction data messages",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="CCSDS CDMs: TCA, miss distance, covariance and probability of collision.",
)
commercial_cdms = tg.Data(
    "Commercial conjunction alerts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ephemeris = tg.Data(
    "Predicted ephemerides",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Our satellites' predicted orbits with covariance and planned burns.",
)
events = tg.Data(
    "Conjunction events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
features = tg.Data("Conjunction features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
ranking = tg.Data(
    "Conjunction risk ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
proposals = tg.Data(
    "Manoeuvre proposals",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Ranked events with candidate burns: epoch, delta-v, post-burn Pc.",
)
review = tg.Data("Engineer review decisions", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_plan = tg.Data(
    "Approved manoeuvre plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
command_sequence = tg.Data(
    "Manoeuvre command sequence",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
release = tg.Data("Command release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
telecommands = tg.Data(
    "Telecommands",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Spacecraft telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Housekeeping and GNSS navigation telemetry used for orbit determination.",
)
history = tg.Data(
    "Historical conjunction events",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="CDM sequences per event with the final Pc and whether we manoeuvred.",
)
weights = tg.Data(
    "Ranking model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Space surveillance providers", trust=tg.Trust.PARTNER):
    # Government catalogue's screening service: the primary source of CDMs.
    space_track = tm.add(
        tg.DataSource(
            "Space-Track CDM feed",
            origin=tg.Origin.PARTNER,
            provides={cdms},
            description="CDMs for our objects, polled through the Space-Track API.",
        )
    )
    # Second opinion with its own radar tracking, screening our uploaded ephemerides.
    commercial_ssa = tm.add(
        tg.ExternalService(
            "Commercial SSA provider",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Commercial space-surveillance service with a REST API.",
        )
    )

with tm.boundary("Ground station provider", trust=tg.Trust.PARTNER):
    # Contracted antenna network that carries our uplink and downlink passes.
    ground_stations = tm.add(
        tg.ExternalService(
            "Ground station network",
            description="Contracted S-band ground stations, booked per pass.",
        )
    )

with tm.boundary("Space segment", trust=tg.Trust.INTERNAL):
    # The satellites that execute the burns.
    satellites = tm.add(
        tg.Device(
            "Constellation satellites",
            fleet=True,
            description="LEO satellites with electric propulsion and onboard GNSS.",
        )
    )

with tm.boundary("Operations network", trust=tg.Trust.INTERNAL):
    # Pulls CDMs from both providers and normalises them into events.
    ingestion = tm.add(
        tg.Pipeline(
            "CDM ingestion job",
            stage=tg.Stage.INGESTION,
            description="Polls the providers every 15 minutes and merges CDMs per event.",
            controls={
                c.SchemaEnforcement(note="CCSDS CDM XML schema and value ranges"),
                c.SecretsManagement(note="Space-Track account and provider API key in the vault"),
            },
        )
    )
    # Holds every event with its CDM history and our ephemeris at the time.
    event_store = tm.add(tg.DataStore("Conjunction event store", stores={events, ephemeris}))
    # Asks the model for a ranking and computes burn options for the top events.
    planner = tm.add(
        tg.Service(
            "Manoeuvre planning service",
            description=(
                "Computes features and Pc per event, ranks events with the model and "
                "optimises avoidance burns within the propellant budget."
            ),
        )
    )
    # Predicts which events will still be above the manoeuvre threshold at TCA.
    ranker = tm.add(
        tg.Model(
            "Conjunction risk ranking model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over CDM sequence features.",
        )
    )
    # Where engineers review ranked events and approve a manoeuvre.
    console = tm.add(
        tg.Endpoint(
            "Conjunction assessment console",
            purpose=tg.EndpointPurpose.API,
            description="Web console for the flight dynamics team.",
            controls={
                c.Authentication(method="corporate SSO with hardware-key MFA"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Event histories with outcomes, exported monthly.
        training_set = tm.add(tg.Dataset("Conjunction history dataset", stores={history}))
        # Retrains the ranking model monthly.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the ranking model waiting for promotion.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

    with tm.boundary("Mission control enclave", trust=tg.Trust.RESTRICTED):
        # Orbit determination, ephemeris prediction and burn command generation.
        fds = tm.add(
            tg.Service(
                "Flight dynamics system",
                description="Orbit determination from GNSS telemetry; builds burn commands.",
            )
        )
        # Commands the satellites through the ground stations.
        mcs = tm.add(
            tg.Service(
                "Mission control system",
                description="Command queue, pass scheduling and telemetry archive.",
                controls={
                    c.HumanInTheLoop(approver="the flight dynamics engineer on shift"),
                    c.AuditLogging(),
                    c.RBAC(),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the ranked events and commands the chosen burn.
    engineer = tm.add(
        tg.Actor("Flight dynamics engineer", role="flight dynamics engineer", privileged=True)
    )
    # Runs retraining and promotes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# screening data in, our ephemerides out
tm.flow(space_track, ingestion, cdms, protocol="https")
tm.flow(commercial_ssa, ingestion, commercial_cdms, protocol="https")
tm.flow(fds, space_track, ephemeris, protocol="https", label="ephemeris upload for screening")
tm.flow(fds, commercial_ssa, ephemeris, protocol="https", label="ephemeris upload for screening")
tm.flow(ingestion, event_store, events)
tm.flow(fds, event_store, ephemeris, label="hourly ephemeris sync")

# ranking and planning
tm.flow(event_store, planner, events, ephemeris)
tm.flow(planner, ranker, features)
tm.flow(ranker, planner, ranking)
tm.flow(planner, event_store, ranking, label="stores ranking per event")
tm.flow(planner, console, proposals)
tm.flow(console, engineer, proposals, protocol="https")
tm.flow(engineer, console, review, protocol="https")
tm.flow(console, planner, review, label="re-plan requests")

# commanding
tm.flow(console, fds, approved_plan)
tm.flow(fds, mcs, command_sequence)
tm.flow(engineer, mcs, release, protocol="https")
tm.flow(mcs, ground_stations, telecommands, protocol="tls", label="SLE forward link")
tm.flow(
    ground_stations,
    satellites,
    telecommands,
    protocol="S-band CCSDS TC",
    controls={c.MessageIntegrity(note="CCSDS SDLS authentication on telecommands")},
)
tm.flow(satellites, ground_stations, telemetry, protocol="S-band CCSDS TM")
tm.flow(ground_stations, mcs, telemetry, protocol="tls", label="SLE return link")
tm.flow(mcs, fds, telemetry)

# retraining
tm.flow(event_store, training_set, history, label="monthly export")
tm.flow(training_set, training, history)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, label="promotes a version")
tm.flow(registry, ranker, weights, label="deploy")
