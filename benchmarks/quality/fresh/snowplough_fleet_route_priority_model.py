"""Snowplough fleet: road-segment priority model and route planning (first design).

The city's winter maintenance team runs about forty ploughing and gritting trucks. Every
fifteen minutes during a snow event a scoring service ranks road segments with an
in-house ranking model, from road surface readings of the roadside weather stations, a
commercial weather forecast, the service level of each road (bus routes, hospital
access, hills) and reports residents send through the city's public street report form.
A route optimiser turns the ranking and the live truck positions, relayed by the
telematics vendor's platform, into proposed routes. The winter duty dispatcher reviews
them on a dispatch console (city SSO with MFA), changes priorities where needed and
approves them; approved routes go to the tablet in each cab, where drivers mark segments
done. Truck positions are personal data of the drivers and are kept for 180 days. The
model is retrained before each season from past storms in the city's ML workspace.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Snowplough fleet route priority",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Ranks road segments for ploughing and gritting and proposes truck routes "
    "that a dispatcher approves.",
)

# ---------------------------------------------------------------- data assets
street_report = tg.Data(
    "Street condition report",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Location, a short description, an optional photo and optional e-mail address.",
)
report_status = tg.Data("Report status", sensitivity=tg.Sensitivity.PII, kind="records")
surface_readings = tg.Data(
    "Road surface readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Surface temperature, grip, precipitation and salt concentration.",
)
weather_forecast = tg.Data("Weather forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
road_network = tg.Data(
    "Road network and service levels",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
truck_positions = tg.Data(
    "Truck positions and spreader status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="GPS track, plough blade and spreader state per truck; tells where each driver is.",
)
segment_features = tg.Data("Segment features", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
priority_scores = tg.Data(
    "Segment priority scores",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
proposed_routes = tg.Data("Proposed routes", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
route_approval = tg.Data(
    "Route approval and priority overrides", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
approved_routes = tg.Data("Approved routes", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
completion = tg.Data("Segment completion updates", sensitivity=tg.Sensitivity.PII, kind="records")
storm_history = tg.Data(
    "Storm history",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="training-data",
    description="Past events: conditions, when each segment was treated, and reported incidents.",
)
model_artifact = tg.Data(
    "Priority model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can report an unploughed or icy street, without an account.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # National weather service's commercial feed: precipitation, temperature, wind.
    forecast_provider = tm.add(
        tg.ExternalService("Weather forecast provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The AVL vendor's cloud, which collects the telematics boxes and offers an API.
    telematics_platform = tm.add(
        tg.ExternalService(
            "Telematics vendor platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            controls={c.SupplierAssessment(note="data processing agreement signed, EU hosting")},
        )
    )

with tm.boundary(
    "Roads and fleet",
    trust=tg.Trust.INTERNAL,
    description="City-owned field devices on cellular links.",
):
    # Roadside stations at bridges and hills, measuring the road surface.
    road_stations = tm.add(tg.Device("Roadside road weather stations"))
    # Vendor-supplied GPS tracker in every truck, wired to the plough and spreader.
    tracker = tm.add(tg.Device("Truck GPS tracker"))
    # City-managed tablet in each cab showing the route; the driver marks segments done.
    cab_tablet = tm.add(
        tg.Device(
            "In-cab driver tablet",
            controls={c.Authentication(method="driver PIN on an MDM-enrolled tablet")},
        )
    )

with tm.boundary("City cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public form and API behind the city's street report page.
    report_portal = tm.add(
        tg.Endpoint(
            "Street report portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30), c.InputValidation()},
        )
    )
    # Road network, service levels, reports, readings, positions and the latest scores.
    winter_db = tm.add(
        tg.DataStore(
            "Winter operations database",
            stores={
                road_network,
                street_report,
                surface_readings,
                truck_positions,
                priority_scores,
                completion,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.RetentionLimits(days=180, note="truck positions and resident reports"),
            },
        )
    )
    # Every fifteen minutes in a snow event: builds segment features and scores them.
    scoring = tm.add(tg.Service("Priority scoring service"))
    # Gradient-boosted ranker that orders road segments by treatment urgency.
    priority_model = tm.add(
        tg.Model("Road segment priority model", task=tg.Task.RANKER, origin=tg.ModelOrigin.IN_HOUSE)
    )
    # Vehicle-routing solver over the ranking, the trucks' positions and their salt loads.
    optimiser = tm.add(tg.Service("Route optimiser"))
    # Web console where the dispatcher reviews, edits and approves routes.
    console = tm.add(
        tg.Service(
            "Dispatch console",
            controls={
                c.Authentication(method="city SSO (OIDC) with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
                c.HumanInTheLoop(approver="winter duty dispatcher"),
            },
        )
    )

with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
    # Past storms exported from the operations database after each season.
    dataset = tm.add(tg.Dataset("Storm history dataset", stores={storm_history}))
    # Pre-season retraining, evaluated against last season's storms.
    training = tm.add(
        tg.Pipeline(
            "Pre-season training pipeline", stage=tg.Stage.TRAINING, controls={c.ModelValidation()}
        )
    )
    # Versioned model store the scoring service loads from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # Runs the winter shift; approves every set of routes before trucks get them.
    dispatcher = tm.add(tg.Actor("Winter duty dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# Resident reports
tm.flow(resident, report_portal, street_report, protocol="https")
tm.flow(report_portal, resident, report_status, protocol="https")
tm.flow(report_portal, winter_db, street_report)
tm.flow(winter_db, report_portal, report_status)

# Field data
tm.flow(road_stations, winter_db, surface_readings, protocol="https")
tm.flow(tracker, telematics_platform, truck_positions, protocol="mqtt")
tm.flow(
    telematics_platform,
    optimiser,
    truck_positions,
    protocol="https",
    label="vendor API, polled every minute",
)
tm.flow(optimiser, winter_db, truck_positions)
tm.flow(forecast_provider, scoring, weather_forecast, protocol="https")

# Scoring and routing
tm.flow(winter_db, scoring, road_network, street_report, surface_readings)
tm.flow(scoring, priority_model, segment_features)
tm.flow(priority_model, scoring, priority_scores)
tm.flow(scoring, winter_db, priority_scores)
tm.flow(winter_db, optimiser, road_network, priority_scores)
tm.flow(optimiser, console, proposed_routes)
tm.flow(console, dispatcher, proposed_routes, truck_positions, protocol="https")
tm.flow(dispatcher, console, route_approval, protocol="https")
tm.flow(console, winter_db, route_approval)
tm.flow(console, cab_tablet, approved_routes, protocol="https")
tm.flow(cab_tablet, console, completion, protocol="https")
tm.flow(console, winter_db, completion, label="segments done")

# Retraining
tm.flow(winter_db, dataset, storm_history, label="end-of-season export")
tm.flow(dataset, training, storm_history)
tm.flow(training, registry, model_artifact)
tm.flow(registry, priority_model, model_artifact, label="load promoted version")
