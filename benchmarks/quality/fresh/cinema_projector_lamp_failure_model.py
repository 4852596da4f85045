"""Cinema projector lamp failure prediction: the first design, before any security review.

Each cinema's booth network holds its digital projectors, sound processors and the
theatre management system (TMS), which downloads encrypted film keys (KDMs) from
distributors and loads them into the projectors. A booth collector polls projectors
and sound processors over SNMP for lamp hours, temperatures and error logs, adds the
TMS show schedule, and sends it over HTTPS (per-site API key) to the network
operations centre (NOC) in the cloud. A planner asks an in-house failure model,
retrained weekly on telemetry and the manufacturer's service records, which devices
may fail before upcoming shows, and suggests screen swaps or engineer visits. Cinema
managers see this on a dashboard (corporate SSO, roles) and can move shows, which the
dashboard pushes to the TMS; NOC engineers confirm visits with the manufacturer's
service portal, which also gets a nightly SFTP export of the telemetry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema projector lamp failure prediction",
    profile=tg.RiskProfile.LOW,
    description="Predicts projector lamp and sound processor failures before shows "
    "from booth telemetry, for cinema managers and the NOC.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Projector and sound telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Lamp hours, lamp and light-engine temperatures, fan speeds, error logs.",
)
schedule = tg.Data(
    "Show schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Shows per screen, with the film and playlist for each.",
)
kdms = tg.Data(
    "Film keys (KDMs)",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Key delivery messages that unlock encrypted film packages on one projector.",
)
playlist = tg.Data("Show playlist", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Failure predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Failure probability per projector and sound processor for the coming shows.",
)
suggestion = tg.Data(
    "Maintenance suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Screen swaps and engineer visits proposed by the planner.",
)
show_move = tg.Data("Show move", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
service_request = tg.Data(
    "Engineer service request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
service_records = tg.Data(
    "Manufacturer service records",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lamp replacements and repairs per serial number, used as failure labels.",
)
weights = tg.Data(
    "Failure model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
status = tg.Data("Playback status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Cinema booth network", trust=tg.Trust.INTERNAL):
    # The digital cinema projectors: the source of lamp telemetry and the players
    # that decrypt films with the KDMs.
    projectors = tm.add(
        tg.Device(
            "Digital cinema projectors",
            description="Projectors with integrated media blocks, one per screen.",
        )
    )
    # Sound processors report temperatures and error logs too.
    sound = tm.add(tg.Device("Sound processors"))
    # The TMS schedules shows and distributes playlists and film keys to the projectors.
    tms = tm.add(
        tg.Service(
            "Theatre management system",
            description="Per-cinema TMS: show schedule, playlists, KDM ingest and distribution.",
        )
    )
    # A small box in each booth that polls the devices and forwards to the NOC.
    collector = tm.add(
        tg.Service(
            "Booth telemetry collector",
            description="Polls projectors and sound processors over SNMP every minute.",
        )
    )

with tm.boundary("Film distributors", trust=tg.Trust.PARTNER):
    # Distributors issue the film keys for each booking.
    kdm_portal = tm.add(tg.ExternalService("Distributor KDM portal"))

with tm.boundary("Cinema office network", trust=tg.Trust.INTERNAL):
    # The manager of each cinema acts on predictions for their site.
    manager = tm.add(tg.Actor("Cinema manager", role="cinema manager"))

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # NOC staff watch the whole estate and confirm engineer bookings.
    noc_engineer = tm.add(tg.Actor("NOC engineer", role="operations engineer"))

with tm.boundary("NOC cloud", trust=tg.Trust.INTERNAL):
    # Receives telemetry and schedules from every booth collector.
    ingest = tm.add(
        tg.Endpoint(
            "Telemetry ingestion API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-site API key")},
        )
    )
    # History of telemetry and schedules for the whole estate.
    store = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry, schedule},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Combines predictions with the schedule to propose screen swaps and engineer visits.
    planner = tm.add(
        tg.Service(
            "Maintenance planner",
            description="Runs after each telemetry batch; ranks risky shows and proposes actions.",
        )
    )
    # The in-house model that predicts failures before shows.
    model = tm.add(
        tg.Model(
            "Lamp failure model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Gradient-boosted trees over lamp hours, temperature trends and error codes.",
        )
    )
    # Web dashboard for cinema managers and the NOC.
    dashboard = tm.add(
        tg.Endpoint(
            "Operations dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="corporate SSO (OIDC)"), c.RBAC()},
        )
    )
    # Weekly retraining on the telemetry history and manufacturer service records.
    training = tm.add(tg.Pipeline("Weekly model retraining", stage=tg.Stage.TRAINING))
    # Where serving loads the current model version from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Projector manufacturer", trust=tg.Trust.PARTNER):
    # The manufacturer's service contract portal: reads telemetry, takes service requests.
    manufacturer = tm.add(tg.ExternalService("Manufacturer service portal"))

# ---------------------------------------------------------------- flows
# Film keys and playlists in the booth
tm.flow(kdm_portal, tms, kdms, protocol="https", label="KDM download")
tm.flow(tms, projectors, kdms, playlist, protocol="http", label="KDM ingest and playlists")
tm.flow(projectors, tms, status, protocol="http")

# Telemetry collection
tm.flow(projectors, collector, telemetry, protocol="snmp")
tm.flow(sound, collector, telemetry, protocol="snmp")
tm.flow(tms, collector, schedule, protocol="http", label="show schedule export")
tm.flow(collector, ingest, telemetry, schedule, protocol="https")
tm.flow(ingest, store, telemetry, schedule)

# Prediction and planning
tm.flow(store, planner, telemetry, schedule)
tm.flow(planner, model, telemetry)
tm.flow(model, planner, prediction)
tm.flow(planner, dashboard, prediction, suggestion)

# People on the dashboard
tm.flow(manager, dashboard, show_move, protocol="https")
tm.flow(dashboard, manager, prediction, suggestion, protocol="https")
tm.flow(noc_engineer, dashboard, service_request, protocol="https", label="confirms engineer visit")
tm.flow(dashboard, noc_engineer, prediction, suggestion, protocol="https")
tm.flow(dashboard, tms, show_move, protocol="https", label="moves a show to another screen")
tm.flow(tms, dashboard, schedule, protocol="https", label="updated schedule")

# Manufacturer
tm.flow(dashboard, manufacturer, service_request, protocol="https")
tm.flow(manufacturer, dashboard, service_request, protocol="https", label="visit confirmation")
tm.flow(store, manufacturer, telemetry, protocol="sftp", label="nightly telemetry export")
tm.flow(manufacturer, training, service_records, protocol="https", label="monthly service records")

# Retraining
tm.flow(store, training, telemetry)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load current version")
