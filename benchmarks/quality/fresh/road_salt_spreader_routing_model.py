"""County winter service: salt spreader routing model, first design before security review.

Each winter evening the county council plans its precautionary salting runs. Roadside
road-surface temperature sensors and a forecast vendor's feed are ingested into a road
weather store on the council network. A nightly planning job asks an in-house model for
the ice risk and spread rate of each road segment and builds treatment routes from the
road network. The depot supervisor reviews the proposed plan in a web console and
approves it; the dispatch service then sends the approved routes and spread rates through
the telematics vendor's platform to the in-cab units of the spreader trucks. The units
report GPS position and spread data back, which is kept as the record of treatment and
published as a public map of treated roads. Controls: supervisor approval before
dispatch, council single sign-on for the console, schema checks on ingestion, TLS on the
links, and encryption of the stored telemetry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Road salt spreader routing model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Evening salting routes and spread rates from road sensors and forecasts, "
    "approved by the depot supervisor and sent to spreader trucks.",
)

# ---------------------------------------------------------------- data assets
surface_readings = tg.Data(
    "Road surface temperature readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data(
    "Road weather forecast",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Licensed site-specific forecast of surface temperature and precipitation.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
road_network = tg.Data(
    "Road network and route templates",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Treatment network priorities, segment lengths, truck capacities.",
)
segment_features = tg.Data(
    "Segment weather features", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
ice_prediction = tg.Data(
    "Ice risk and spread rate per segment", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
proposed_plan = tg.Data(
    "Proposed salting plan", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
plan_approval = tg.Data(
    "Salting plan approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
approved_plan = tg.Data(
    "Approved routes and spread rates",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Truck GPS and spread telemetry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Position, speed and spread rate every few seconds; identifies the driver on shift.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
driver_input = tg.Data(
    "Driver route start and manual adjustments", sensitivity=tg.Sensitivity.INTERNAL
)
cab_display = tg.Data("Route directions and spread settings", sensitivity=tg.Sensitivity.INTERNAL)
treated_roads = tg.Data("Treated roads status", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
map_request = tg.Data("Map page request", sensitivity=tg.Sensitivity.PUBLIC)
supervisor_session = tg.Data(
    "Council SSO sign-in", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents and drivers checking which roads have been treated.
    public = tm.add(tg.Actor("Member of the public", role="road user"))

with tm.boundary("Roadside sites", trust=tg.Trust.UNTRUSTED):
    # Embedded road-surface sensors at about 30 roadside outstations, on mobile data.
    sensors = tm.add(tg.Device("Road surface temperature sensor", fleet=True))

with tm.boundary("Forecast vendor", trust=tg.Trust.PARTNER):
    # Commercial road weather forecaster; the feed is licensed per route.
    forecaster = tm.add(
        tg.ExternalService(
            "Road weather forecast service", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The in-cab units' vendor cloud that relays routes out and telemetry back.
    telematics = tm.add(
        tg.ExternalService(
            "Telematics platform",
            description="Vendor-hosted fleet platform; pushes routes to cab units, collects telemetry.",
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Pulls the forecast and receives sensor readings into the road weather store.
    ingestion = tm.add(
        tg.Pipeline(
            "Road weather ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Readings and forecasts history for the planning job.
    weather_store = tm.add(tg.DataStore("Road weather store", stores={surface_readings, forecast}))
    # Treatment network maintained by the highways team.
    network_store = tm.add(tg.DataStore("Road network store", stores={road_network}))
    # Predicts ice risk and spread rate per segment from readings and forecast.
    ice_model = tm.add(
        tg.Model(
            "Ice risk and spread rate model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Gradient-boosted model trained on past winters' sensor data and treatments.",
        )
    )
    # Runs each evening: gets predictions and builds truck routes and spread rates.
    planner = tm.add(
        tg.Service(
            "Nightly route planning job",
            description="Groups at-risk segments into routes per truck and depot, with spread rates.",
        )
    )
    # Web console where the supervisor reviews and approves the plan.
    console = tm.add(
        tg.Endpoint(
            "Salting plan console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="council SSO (OIDC) with MFA"),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Sends only approved plans to the fleet and takes the telemetry in.
    dispatch = tm.add(
        tg.Service(
            "Dispatch service",
            controls={
                c.HumanInTheLoop(
                    approver="depot supervisor",
                    note="no plan is sent to the trucks until the supervisor approves it",
                )
            },
        )
    )
    # Record of what was treated, when and at what rate (the council's defence in claims).
    telemetry_store = tm.add(
        tg.DataStore(
            "Treatment record store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="database-managed keys")},
        )
    )
    # Public web map of treated roads on the council website.
    public_map = tm.add(tg.Endpoint("Treated roads map", purpose=tg.EndpointPurpose.API))

with tm.boundary("Depot", trust=tg.Trust.INTERNAL):
    # Approves the evening plan and can change it before dispatch.
    supervisor = tm.add(
        tg.Actor("Depot supervisor", role="winter duty supervisor", privileged=True)
    )
    # Drives the route; starts it on the cab unit and can adjust the spread by hand.
    driver = tm.add(tg.Actor("Spreader driver", role="driver"))
    # The truck's in-cab unit: follows the route and sets the spreader's rate by location.
    cab_unit = tm.add(
        tg.Device(
            "In-cab spreader control unit",
            fleet=True,
            description="Sets spinner and auger rate from the route plan as the truck moves.",
        )
    )

# ---------------------------------------------------------------- flows
# Ingestion
tm.flow(
    sensors,
    ingestion,
    surface_readings,
    protocol="https",
    label="every 10 minutes over mobile data",
)
tm.flow(
    forecaster, ingestion, forecast, protocol="https", label="evening and overnight forecast pull"
)
tm.flow(ingestion, weather_store, surface_readings, forecast)

# Planning
tm.flow(weather_store, planner, surface_readings, forecast)
tm.flow(network_store, planner, road_network)
tm.flow(planner, ice_model, segment_features)
tm.flow(ice_model, planner, ice_prediction)
tm.flow(planner, console, proposed_plan)

# Approval
tm.flow(supervisor, console, supervisor_session, plan_approval, protocol="https")
tm.flow(console, supervisor, proposed_plan, protocol="https")
tm.flow(console, dispatch, approved_plan, plan_approval)

# To and from the trucks
tm.flow(dispatch, telematics, approved_plan, protocol="https")
tm.flow(telematics, cab_unit, approved_plan, protocol="MQTT over TLS", label="mobile data")
tm.flow(cab_unit, telematics, telemetry, protocol="MQTT over TLS", label="mobile data")
tm.flow(telematics, dispatch, telemetry, protocol="https")
tm.flow(driver, cab_unit, driver_input, label="on the panel")
tm.flow(cab_unit, driver, cab_display, label="on the panel")
tm.flow(dispatch, telemetry_store, telemetry)
tm.flow(telemetry_store, planner, telemetry, label="last night's treatments")

# Public map
tm.flow(dispatch, public_map, treated_roads)
tm.flow(public, public_map, map_request, protocol="https")
tm.flow(public_map, public, treated_roads, protocol="https")
