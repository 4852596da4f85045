"""Bird-strike radar advisor: the first design, before any security review.

A regional airport wants an early warning of bird-strike risk on each runway. A
dedicated avian radar on the airfield tracks flocks, and the vendor's track
processor in the airfield equipment room turns raw plots into bird tracks. The
wildlife patrol officers log sightings, counts and dispersal actions on
airport-issued tablets, and the national met service supplies wind and
visibility observations. An ingest service in the operations data centre keeps
all of this in an observation store. Every minute an advisory service turns the
last few minutes of observations into per-runway features, asks an in-house
risk model for a score, and shows a low/moderate/high advisory on a display the
contracted ATC provider's controllers watch in the tower, and on the wildlife
team's dashboard. Controllers decide what to do; the advisory changes nothing
by itself. The model is retrained monthly from the observation history and the
bird-strike occurrence reports in the safety management system.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Regional airport bird-strike radar advisor",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Per-runway bird-strike risk advisories for air traffic control and the "
        "wildlife team, from avian radar tracks, patrol reports and weather."
    ),
)

# ---------------------------------------------------------------- data assets
raw_plots = tg.Data(
    "Raw avian radar plots",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Detections per radar scan, before tracking.",
)
tracks = tg.Data(
    "Avian radar tracks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Track id, position, altitude, speed, heading and estimated flock size.",
)
patrol_report = tg.Data(
    "Wildlife patrol report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Species, count, location, dispersal action taken and the officer's name.",
)
weather = tg.Data(
    "Weather observations",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="METAR wind, visibility and precipitation for the aerodrome.",
)
strike_reports = tg.Data(
    "Bird-strike occurrence reports",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Mandatory occurrence reports of strikes and near misses, with flight numbers.",
)
features = tg.Data("Runway risk features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
risk_score = tg.Data(
    "Runway bird-strike risk score",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
advisory = tg.Data(
    "Runway bird-strike advisory",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Low, moderate or high per runway, with the tracks that drove it.",
)
acknowledgement = tg.Data("Advisory acknowledgement", kind="records")
weights = tg.Data(
    "Risk model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Airfield equipment network", trust=tg.Trust.INTERNAL):
    # The sensor itself: one avian radar on a mast beside the main runway.
    radar = tm.add(
        tg.Device(
            "Avian radar",
            fleet=False,
            description="S-band and X-band avian radar, one unit.",
        )
    )
    # The radar vendor's software: plot extraction and tracking, on a server in
    # the equipment room; it pushes tracks to our ingest service.
    track_processor = tm.add(
        tg.Service(
            "Radar track processor",
            description="Vendor-supplied tracker; forwards confirmed bird tracks every scan.",
        )
    )

with tm.boundary("Met service", trust=tg.Trust.PARTNER):
    # Wind and visibility change bird behaviour and are model inputs.
    met_feed = tm.add(
        tg.ExternalService(
            "Met service observation feed",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Aerodrome METAR and wind feed, polled every minute.",
        )
    )

with tm.boundary(
    "Airside mobile devices",
    trust=tg.Trust.INTERNAL,
    description="Airport-issued tablets on 4G, enrolled in the airport's MDM.",
):
    # The people who see the birds and disperse them.
    officer = tm.add(tg.Actor("Wildlife patrol officer", role="wildlife control"))
    # Where patrol reports are entered and advisories are seen in the field.
    tablet = tm.add(
        tg.Device(
            "Patrol tablet",
            description="Airport-managed tablet running the patrol log app and the dashboard.",
        )
    )

with tm.boundary("Airport operations data centre", trust=tg.Trust.INTERNAL):
    # One place where tracks, patrol reports and weather arrive and are normalised.
    ingest = tm.add(
        tg.Service(
            "Observation ingest service",
            description="Validates and time-aligns tracks, patrol reports and weather.",
            controls={
                c.SchemaEnforcement(
                    note="rejects records outside the radar's coverage or malformed"
                )
            },
        )
    )
    # History of everything observed and advised, for the live window and retraining.
    obs_store = tm.add(
        tg.DataStore(
            "Observation store",
            stores={tracks, patrol_report, weather, advisory},
            controls={c.DataVersioning(note="nightly backups")},
        )
    )
    # The airport's existing safety management system, holding occurrence reports.
    sms = tm.add(
        tg.DataStore(
            "Safety management system",
            stores={strike_reports},
            controls={c.RBAC()},
        )
    )
    # Monthly retraining of the risk model.
    training = tm.add(
        tg.Pipeline(
            "Monthly risk model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            description="Python job on the analytics server, run by the data analyst.",
        )
    )
    # Keeps the model versions; the advisory service loads the approved one.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={weights},
            controls={c.ModelVersioning()},
        )
    )
    # The scoring model: per-runway risk from recent tracks, reports and weather.
    risk_model = tm.add(
        tg.Model(
            "Bird-strike risk model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores strike risk per runway for the next 15 minutes.",
            controls={
                c.ModelValidation(note="backtested against last season's strikes before release")
            },
        )
    )
    # Runs every minute, calls the model and publishes advisories.
    advisory_service = tm.add(
        tg.Service(
            "Advisory service",
            description="Builds runway features, maps scores to low/moderate/high, publishes.",
            controls={
                c.HumanInTheLoop(
                    approver="the tower controller",
                    note="advisory only: controllers decide on any runway action",
                )
            },
        )
    )
    # The page the controllers watch in the tower.
    tower_display = tm.add(
        tg.Endpoint(
            "Tower advisory display",
            purpose=tg.EndpointPurpose.API,
            description="Web page on a tower workstation, one tile per runway.",
        )
    )
    # The wildlife team's map of tracks, advisories and patrol logs.
    dashboard = tm.add(
        tg.Endpoint(
            "Wildlife team dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="airport Entra ID single sign-on with MFA")},
        )
    )

with tm.boundary(
    "ATC tower",
    trust=tg.Trust.PARTNER,
    description="Run by the contracted air navigation service provider.",
):
    # Acts on the advisory: holds departures, warns crews, calls the wildlife team.
    controller = tm.add(tg.Actor("Air traffic controller", role="ATC controller"))

# ---------------------------------------------------------------- flows
tm.flow(radar, track_processor, raw_plots, label="per scan")
tm.flow(track_processor, ingest, tracks, protocol="https")
tm.flow(met_feed, ingest, weather, protocol="https", label="polled every minute")

tm.flow(officer, tablet, patrol_report, label="entered on the touchscreen")
tm.flow(
    tablet,
    ingest,
    patrol_report,
    protocol="https",
    controls={c.Authentication(method="airport Entra ID single sign-on with MFA")},
)

tm.flow(ingest, obs_store, tracks, patrol_report, weather)
tm.flow(obs_store, advisory_service, tracks, patrol_report, weather, label="last 15 minutes")
tm.flow(advisory_service, risk_model, features)
tm.flow(risk_model, advisory_service, risk_score)
tm.flow(advisory_service, obs_store, advisory, label="advisory history")

tm.flow(advisory_service, tower_display, advisory, protocol="https")
tm.flow(tower_display, controller, advisory, protocol="https")
tm.flow(controller, tower_display, acknowledgement, protocol="https")
tm.flow(tower_display, advisory_service, acknowledgement, protocol="https")

tm.flow(advisory_service, dashboard, advisory, protocol="https")
tm.flow(obs_store, dashboard, tracks, patrol_report, label="map layers")
tm.flow(dashboard, tablet, advisory, tracks, patrol_report, protocol="https")
tm.flow(tablet, officer, advisory, label="on the screen")

tm.flow(obs_store, training, tracks, patrol_report, weather, label="monthly export")
tm.flow(sms, training, strike_reports, label="monthly export")
tm.flow(training, registry, weights)
tm.flow(registry, risk_model, weights, label="deploy approved version")
