"""Variable speed limits through motorway roadworks: the first design.

A highways operator sets the speed limit through long roadworks schemes every
minute, per gantry, instead of one fixed temporary limit. Loop sensors report
lane flows and speeds over the roadside network; police and traffic officer
incident reports arrive over HTTPS. A limit setting service in the operator's
data centre feeds the latest window to an in-house classifier that picks 40, 50
or 60 mph per gantry, refuses any limit outside the scheme's traffic regulation
order or a step of more than 10 mph between gantries, and sets the gantry signs.
Control room operators watch and can override from their console. Every limit
in force is logged and sent to the camera contractor, whose type-approved
average-speed cameras send signed passage records to its back office; offences
go to the police Central Ticket Office by SFTP. The model is retrained monthly
from the traffic historian.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Roadworks variable speed limits and average-speed enforcement",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Model-set variable limits through motorway roadworks, shown on gantries and enforced by average-speed cameras.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Traffic sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-lane flow, mean speed and occupancy each minute from the loop outstations.",
)
incidents = tg.Data(
    "Incident reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Location, lanes blocked and type of collisions and breakdowns; free-text notes may name vehicles.",
)
features = tg.Data(
    "Latest traffic window",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Last 15 minutes of readings and open incidents for each gantry's section.",
)
training_data = tg.Data(
    "Historical traffic data",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Two years of readings, incidents and the limits operators set on past schemes.",
)
scheme_config = tg.Data(
    "Roadworks scheme configuration",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Gantry positions, lane closures, working hours and the order's permitted limits.",
)
recommended = tg.Data(
    "Recommended limits", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
settings = tg.Data(
    "Speed limit settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Limit per gantry with the time it takes effect.",
)
confirmations = tg.Data(
    "Displayed aspect confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="What each sign actually shows, reported back by the sign controller.",
)
override = tg.Data("Operator override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
limits_in_force = tg.Data(
    "Limits in force log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Evidential record of which limit each gantry showed and when, for enforcement.",
)
displayed_limit = tg.Data(
    "Displayed speed limit", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
vehicle_images = tg.Data(
    "Vehicle plate images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Infrared plate images of every passing vehicle.",
)
passages = tg.Data(
    "Vehicle passage records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Plate, camera site, lane and timestamp, with the plate image.",
)
offences = tg.Data(
    "Offence evidence packs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Entry and exit passages, average speed, limit in force and images for each offence.",
)
nip = tg.Data("Notice of intended prosecution", kind="documents", sensitivity=tg.Sensitivity.PII)
artifact = tg.Data(
    "Speed limit model artifact", format="pickle", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public road", trust=tg.Trust.UNTRUSTED):
    # Drivers through the roadworks: see the signs and pass the cameras.
    motorist = tm.add(tg.Actor("Motorist", role="road user"))

with tm.boundary("Police", trust=tg.Trust.PARTNER):
    # Police and traffic officer incident logs, shared with the operator as a feed.
    incident_feed = tm.add(
        tg.DataSource("Police incident feed", origin=tg.Origin.PARTNER, provides={incidents})
    )
    # Processes offences and posts notices to registered keepers.
    cto = tm.add(
        tg.ExternalService(
            "Police Central Ticket Office",
            description="Checks evidence packs and issues notices of intended prosecution.",
        )
    )

with tm.boundary("Camera contractor", trust=tg.Trust.PARTNER):
    # Type-approved average-speed camera pairs installed through the roadworks.
    cameras = tm.add(tg.Device("Average-speed cameras", fleet=True))
    # Matches entry and exit passages, computes average speeds against the limit in force.
    back_office = tm.add(
        tg.Service(
            "Average-speed enforcement back office",
            controls={
                c.EncryptionAtRest(),
                c.RBAC(),
                c.AuditLogging(note="evidential audit trail required for type approval"),
            },
        )
    )

with tm.boundary("Roadside network", trust=tg.Trust.INTERNAL):
    # Inductive loops and outstations every 500 m through the scheme.
    loops = tm.add(tg.Device("Traffic loop sensors", fleet=True))
    # Sign controllers on each gantry; they show whatever limit they are set to.
    gantries = tm.add(
        tg.Device(
            "Gantry signs",
            fleet=True,
            description="Variable message signs with speed roundels on each gantry.",
        )
    )

with tm.boundary("Operator data centre", trust=tg.Trust.INTERNAL):
    # Collects sensor readings and incident reports and validates their format.
    ingestion = tm.add(
        tg.Pipeline(
            "Traffic data ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Time series of readings and incidents; serves the live window and training history.
    historian = tm.add(
        tg.DataStore("Traffic historian", stores={readings, incidents, training_data})
    )
    # Scheme layout and the legal limits of the traffic regulation order.
    scheme_store = tm.add(
        tg.DataStore("Roadworks scheme configuration store", stores={scheme_config})
    )
    # Picks a limit per gantry each minute.
    vsl_model = tm.add(
        tg.Model(
            "Variable speed limit model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted classifier choosing 40, 50 or 60 mph per gantry from flows, speeds and incidents.",
        )
    )
    # Runs the minute cycle: model call, scheme rules, sign setting and logging.
    setter = tm.add(
        tg.Service(
            "Limit setting service",
            controls={
                c.PolicyEnforcement(
                    rules="only limits the scheme's traffic regulation order allows, and at most a 10 mph step between consecutive gantries"
                )
            },
        )
    )
    # Evidential log of the limits actually shown.
    settings_log = tm.add(tg.DataStore("Limits in force log store", stores={limits_in_force}))
    # Monthly retraining job, run by the traffic analytics team.
    retraining = tm.add(tg.Pipeline("Monthly model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Regional operations centre", trust=tg.Trust.INTERNAL):
    # Operator workstation software: live map, current limits and override.
    console = tm.add(
        tg.Endpoint(
            "Control room console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="domain account and password"), c.RBAC()},
        )
    )
    # Watches the scheme, overrides limits and maintains scheme configuration.
    operator = tm.add(tg.Actor("Control room operator", role="traffic operator", privileged=True))

# ---------------------------------------------------------------- flows
# Inputs
tm.flow(loops, ingestion, readings)
tm.flow(incident_feed, ingestion, incidents, protocol="https")
tm.flow(ingestion, historian, readings, incidents)

# Minute cycle
tm.flow(historian, setter, features, label="latest window")
tm.flow(scheme_store, setter, scheme_config)
tm.flow(setter, vsl_model, features)
tm.flow(vsl_model, setter, recommended)
tm.flow(setter, gantries, settings, label="sign setting")
tm.flow(gantries, setter, confirmations, label="displayed aspect")
tm.flow(setter, settings_log, limits_in_force)
tm.flow(gantries, motorist, displayed_limit, label="displayed on the gantry")

# Control room
tm.flow(operator, console, override, scheme_config)
tm.flow(console, operator, settings, recommended, incidents)
tm.flow(console, setter, override)
tm.flow(setter, console, settings, recommended, confirmations)
tm.flow(console, scheme_store, scheme_config)
tm.flow(historian, console, incidents, readings)

# Enforcement
tm.flow(motorist, cameras, vehicle_images, label="vehicle passes camera")
tm.flow(
    cameras,
    back_office,
    passages,
    protocol="ipsec",
    controls={c.MessageIntegrity(note="passage records signed by the camera")},
)
tm.flow(
    settings_log, back_office, limits_in_force, protocol="https", label="limits in force export"
)
tm.flow(back_office, cto, offences, protocol="sftp")
tm.flow(cto, motorist, nip, label="posted to the registered keeper")

# Retraining
tm.flow(historian, retraining, training_data, label="monthly export")
tm.flow(retraining, vsl_model, artifact, label="deploy")
