"""Airline fuel uplift recommender: the first design, before any security review.

For every scheduled flight a model recommends how much discretionary fuel to load
above the regulatory minimum. The airline's flight planning system (a vendor SaaS)
calls our recommendation service when a plan is built; the service pulls the
latest route weather from a met provider and flow restrictions from the air
traffic network manager, adds burn statistics for the route, and asks an in-house
regression model for the extra fuel figure. Dispatchers in the operations control
centre accept or change it in the planning system, and captains can add more on
their electronic flight bags before release. Aircraft send actual burn by ACARS;
that, the weather and the final plans land in a data lake used for monthly
retraining, with an ML engineer approving promotion from the model registry.
Controls: dispatcher sign-off, API key authentication and audit logging on the
service, SSO and roles in the planning system, schema checks on ingestion, and
backtest validation and versioning of models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline fuel uplift recommender",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Per-flight extra-fuel recommendations from weather, traffic and past burn, "
        "accepted or changed by dispatchers and topped up by captains."
    ),
)

# ---------------------------------------------------------------- data assets
weather = tg.Data(
    "Route weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Winds and temperatures aloft, TAFs and significant weather, licensed.",
)
traffic = tg.Data(
    "Traffic flow restrictions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Regulations, slot delays and expected holding from the network manager.",
)
burn_reports = tg.Data(
    "Actual fuel burn reports",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
flight_plan = tg.Data(
    "Flight plan request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Route, aircraft, payload estimate, trip and minimum fuel.",
)
route_stats = tg.Data(
    "Route burn statistics", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
features = tg.Data("Flight features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
extra_fuel = tg.Data(
    "Recommended extra fuel",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
final_plan = tg.Data(
    "Final fuel figures",
    kind="feedback",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The figure dispatch accepted or changed, and any captain's addition.",
)
released_plan = tg.Data(
    "Released flight plan", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
captain_fuel = tg.Data(
    "Captain's extra fuel", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_data = tg.Data(
    "Fuel training history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fuel model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion_approval = tg.Data(
    "Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("External data providers", trust=tg.Trust.PARTNER):
    # Licensed aviation weather feed.
    met_provider = tm.add(
        tg.DataSource("Met provider", origin=tg.Origin.VENDOR, provides={weather})
    )
    # Air traffic flow management data (B2B service with client certificates).
    network_manager = tm.add(
        tg.DataSource("Network manager traffic feed", origin=tg.Origin.PARTNER, provides={traffic})
    )

with tm.boundary("Flight planning vendor", trust=tg.Trust.PARTNER):
    # The SaaS where flight plans are built, fuelled and released.
    planning = tm.add(
        tg.ExternalService(
            "Flight planning system",
            controls={c.Authentication(method="airline SSO"), c.RBAC()},
        )
    )

with tm.boundary("Operations control centre", trust=tg.Trust.INTERNAL):
    # Signs off the fuel figure for each flight.
    dispatcher = tm.add(tg.Actor("Flight dispatcher", role="dispatcher"))

with tm.boundary("Flight deck", trust=tg.Trust.INTERNAL):
    # Has the final say and can always add fuel.
    captain = tm.add(tg.Actor("Captain", role="pilot in command"))
    # Managed tablets that show the released plan and take the captain's fuel order.
    efb = tm.add(tg.Device("Electronic flight bag", fleet=True))
    # Sends actual block and trip fuel after each flight over ACARS.
    aircraft = tm.add(tg.Device("Aircraft ACARS", fleet=True))

with tm.boundary("Airline cloud", trust=tg.Trust.INTERNAL):
    # Answers the planning system's per-flight request for extra fuel.
    recommender = tm.add(
        tg.Service(
            "Fuel recommendation service",
            description="Builds features from the plan, live weather, traffic and route "
            "history, calls the model and returns the extra-fuel figure.",
            controls={
                c.Authentication(method="API key for the planning vendor"),
                c.HumanInTheLoop(approver="flight dispatcher"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Predicts discretionary fuel from the flight's features.
    fuel_model = tm.add(
        tg.Model(
            "Fuel uplift model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regression of the extra fuel actually needed.",
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Collects feeds, ACARS reports and final plans into the lake.
        ingestion = tm.add(
            tg.Pipeline(
                "Operational data ingestion",
                stage=tg.Stage.INGESTION,
                controls={c.SchemaEnforcement()},
            )
        )
        # History of weather, traffic, plans and burn that training and route stats use.
        lake = tm.add(
            tg.Dataset("Fuel data lake", stores={training_data, burn_reports, route_stats})
        )
        # Monthly retraining on the latest history.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest against last quarter's actual burn")},
            )
        )
        # Trained model versions awaiting or in service.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the backtest and promotes a model version.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# per-flight recommendation
tm.flow(planning, recommender, flight_plan, protocol="https")
tm.flow(met_provider, recommender, weather, protocol="https")
tm.flow(network_manager, recommender, traffic, protocol="mtls")
tm.flow(lake, recommender, route_stats, label="route history")
tm.flow(recommender, fuel_model, features)
tm.flow(fuel_model, recommender, extra_fuel)
tm.flow(recommender, planning, extra_fuel, protocol="https")

# dispatch and flight deck
tm.flow(planning, dispatcher, extra_fuel, protocol="https", label="recommendation shown")
tm.flow(dispatcher, planning, final_plan, protocol="https", label="accept or change")
tm.flow(planning, efb, released_plan, protocol="https")
tm.flow(captain, efb, captain_fuel, label="adds fuel")
tm.flow(efb, planning, captain_fuel, protocol="https")

# history and retraining
tm.flow(met_provider, ingestion, weather, protocol="https")
tm.flow(network_manager, ingestion, traffic, protocol="mtls")
tm.flow(aircraft, ingestion, burn_reports, protocol="acars")
tm.flow(planning, ingestion, final_plan, protocol="https", label="nightly plan export")
tm.flow(ingestion, lake, training_data, burn_reports, route_stats)
tm.flow(lake, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion_approval, label="approves promotion")
tm.flow(registry, fuel_model, model_artifact, label="deploy")
