"""EV fleet charging scheduler: the first design, before any security review.

A delivery company runs electric vans out of several depots. Every evening a
scheduler decides when and at what power each van charges overnight, so that
every van has enough charge for tomorrow's routes at the lowest energy cost.
Vans report their state of charge through the vehicle maker's telematics cloud;
day-ahead energy prices come from a market-data vendor; tomorrow's routes come
from the in-house route planner. An in-house forecasting model predicts the
energy each van needs; the scheduler turns forecasts and prices into a plan and
sends start/stop and power-limit commands to the depot chargers through the
charge-point management system (CPMS), a vendor SaaS that talks OCPP to them.
Depot managers see the plan in a web dashboard (company SSO) and can override
it. The model is retrained weekly from the history in the scheduling database.
Controls in this design: SSO and roles on the dashboard, an API key for the
CPMS, schema checks on ingested feeds, encrypted storage, versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "EV fleet charging scheduler",
    profile=tg.RiskProfile.HIGH,
    description="Plans overnight depot charging against energy prices and next-day routes, "
    "and drives the chargers through the CPMS.",
)

# ---------------------------------------------------------------- data assets
soc = tg.Data(
    "Vehicle state of charge",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-van battery level, odometer and plug-in status, every 15 minutes.",
)
prices = tg.Data(
    "Day-ahead energy prices",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
routes = tg.Data(
    "Next-day route plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Van, departure time, planned distance and stop count for tomorrow.",
)
charger_status = tg.Data(
    "Charger status and meter values",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
features = tg.Data("Scheduling features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Energy need forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
schedule = tg.Data(
    "Charging schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
commands = tg.Data(
    "Charging commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Start/stop transaction and charging-profile (power limit) requests.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
override = tg.Data("Manager override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
history = tg.Data("Charging history", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL)
artifact = tg.Data(
    "Forecast model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("On the road", trust=tg.Trust.UNTRUSTED):
    # The vans themselves: they report battery state over cellular to the maker's cloud.
    vans = tm.add(tg.Device("Delivery vans", fleet=True))

with tm.boundary("Vehicle maker cloud", trust=tg.Trust.PARTNER):
    # Where vehicle data lands; we only read it through the maker's fleet API.
    telematics = tm.add(
        tg.ExternalService("Telematics API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Energy data vendor", trust=tg.Trust.PARTNER):
    # Day-ahead price curve, the cost signal the schedule optimises against.
    price_feed = tm.add(
        tg.DataSource("Energy price feed", origin=tg.Origin.VENDOR, provides={prices})
    )

with tm.boundary("CPMS vendor cloud", trust=tg.Trust.PARTNER):
    # The charge-point management SaaS: the only thing that talks OCPP to chargers.
    cpms = tm.add(
        tg.ExternalService(
            "Charge-point management system",
            provides=tg.ExternalCategory.GENERIC,
            description="Vendor SaaS; exposes a REST API for remote start/stop and "
            "charging profiles.",
        )
    )

with tm.boundary("Depot site network", trust=tg.Trust.INTERNAL):
    # Smart chargers at the depots, connected out to the CPMS over the depot LAN.
    chargers = tm.add(tg.Device("Depot smart chargers", fleet=True))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Existing system that builds tomorrow's routes; the scheduler needs distances.
    route_planner = tm.add(tg.Service("Route planner"))
    # Depot managers check the plan and override it for vans with special needs.
    manager = tm.add(tg.Actor("Depot manager", role="depot operations"))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Pulls the four feeds on a schedule and normalises them.
    ingestion = tm.add(
        tg.Pipeline(
            "Feed ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="rejects records outside expected ranges")},
        )
    )
    # Holds current state, history and the published schedules.
    sched_db = tm.add(
        tg.DataStore(
            "Scheduling database",
            stores={soc, prices, routes, charger_status, schedule, history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs the nightly optimisation and the manager dashboard; calls the CPMS API.
    scheduler = tm.add(
        tg.Service(
            "Charging scheduler",
            description="Optimiser plus web dashboard for depot managers.",
            controls={
                c.Authentication(method="company SSO (OIDC)"),
                c.RBAC(note="managers see and override only their own depot"),
                c.SecretsManagement(note="CPMS API key in the cloud secret store"),
            },
        )
    )
    # Predicts each van's energy need for tomorrow from its routes and history.
    model = tm.add(tg.Model("Energy need forecaster", task=tg.Task.REGRESSOR))
    # Weekly retraining job.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts that the scheduler loads.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(vans, telematics, soc, protocol="tls", label="cellular telemetry")
tm.flow(telematics, ingestion, soc, protocol="https")
tm.flow(price_feed, ingestion, prices, protocol="https")
tm.flow(route_planner, ingestion, routes, protocol="https")
tm.flow(chargers, cpms, charger_status, protocol="wss", label="OCPP 1.6J")
tm.flow(cpms, chargers, commands, protocol="wss", label="OCPP 1.6J")
tm.flow(cpms, ingestion, charger_status, protocol="https")
tm.flow(ingestion, sched_db, soc, prices, routes, charger_status)

tm.flow(sched_db, scheduler, soc, prices, routes, charger_status)
tm.flow(scheduler, model, features)
tm.flow(model, scheduler, forecast)
tm.flow(scheduler, sched_db, schedule)
tm.flow(
    scheduler,
    cpms,
    commands,
    protocol="https",
    controls={c.Authentication(method="API key")},
    label="remote start/stop, charging profiles",
)
tm.flow(cpms, scheduler, charger_status, protocol="https", label="command results")

tm.flow(scheduler, manager, schedule, protocol="https")
tm.flow(manager, scheduler, override, protocol="https")

tm.flow(sched_db, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="load on deploy")
