"""Municipal snow plough route optimizer: the first design, before any security review.

The public works department of a Finnish city of 200,000 plans winter road
maintenance with it. An in-house model forecasts snow depth and icing for each
road segment for the next 12 hours, from a commercial weather forecast feed and
the city's roadside weather stations. A route optimizer (operations research,
no language model) turns the forecast, the priority road map, live plough
positions and residents' 311 reports into routes for about 60 ploughs and
gritters. The duty dispatcher reviews and approves each plan in a console before
it is pushed to the in-cab tablets, which send back GPS positions and completed
segments. A public web map shows where ploughs have been. It runs in the city's
data centre; the tablets and stations reach it over a commercial cellular network.
Controls: dispatcher approval of every plan, SSO with MFA for the console,
per-device API keys on the telemetry gateway, a rate limit on the public map.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Municipal snow plough route optimizer",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Forecast-driven winter road maintenance routing for a city's plough fleet.",
)

# ---------------------------------------------------------------- data assets
weather_forecast = tg.Data(
    "Weather forecast",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Gridded hourly precipitation, temperature and wind forecast (licensed).",
)
station_readings = tg.Data(
    "Road weather readings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Road surface temperature, moisture and air temperature from roadside stations.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plough_telemetry = tg.Data(
    "Plough GPS and progress",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Truck id, driver shift id, position every 10 s, blade and spreader state.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
segment_forecast = tg.Data(
    "Segment snow and icing forecast", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
road_map = tg.Data(
    "Road network and priority classes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Segments, turn restrictions, priority class (hospital routes, bus lanes first).",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
street_reports = tg.Data(
    "311 street condition reports",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Location, category and free-text note; the reporter's contact stays in the CRM.",
)
draft_plan = tg.Data("Draft route plan", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
route_assignments = tg.Data(
    "Route assignments",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
plan_edits = tg.Data("Dispatcher plan edits", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
public_positions = tg.Data(
    "Public plough map",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Ploughed streets and plough positions delayed by 15 minutes, no truck ids.",
)
training_history = tg.Data(
    "Historical readings and outcomes", sensitivity=tg.Sensitivity.INTERNAL, kind="training-data"
)
forecaster_artifact = tg.Data(
    "Forecaster model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="scikit-learn gradient boosting saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents and media check which streets have been ploughed.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Weather service", trust=tg.Trust.PARTNER):
    # Licensed forecast feed, pulled every hour.
    weather_api = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Field (cellular network)", trust=tg.Trust.UNTRUSTED):
    # About 30 roadside stations, mounted on poles along main roads and bridges.
    stations = tm.add(
        tg.Device(
            "Road weather stations",
            description="Sensor masts with a cellular modem, pushing readings every 5 minutes.",
        )
    )
    # Rugged tablets in every plough and gritter cab: show the route, report GPS.
    tablets = tm.add(tg.Device("In-cab tablets", description="Android tablets in the trucks."))

with tm.boundary("City data centre", trust=tg.Trust.INTERNAL):
    # Where the field devices connect: accepts telemetry, hands out routes.
    gateway = tm.add(
        tg.Endpoint(
            "Telemetry gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-device API key")},
        )
    )
    # Time series of plough positions and station readings.
    telemetry_db = tm.add(
        tg.DataStore("Telemetry database", stores={plough_telemetry, station_readings})
    )
    # The road network the optimizer routes over, maintained by the GIS team.
    map_store = tm.add(tg.DataStore("Road priority map", stores={road_map}))
    # Predicts snow depth and icing per segment; its output sets where ploughs go first.
    forecaster = tm.add(
        tg.Model(
            "Road icing forecaster",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Per-segment 12-hour forecast of snow depth and icing probability.",
        )
    )
    # Vehicle routing solver; re-plans every 30 minutes or on demand.
    optimizer = tm.add(
        tg.Service(
            "Route optimizer",
            description="Capacitated arc-routing solver over the priority map.",
        )
    )
    # Where the dispatcher sees, edits and approves plans.
    console = tm.add(
        tg.Service(
            "Dispatch console",
            controls={
                c.Authentication(method="city Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the duty dispatcher approves each plan"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Public "where are the ploughs" web map.
    public_map = tm.add(
        tg.Endpoint(
            "Public plough map",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=120),
                c.DataMinimization(note="15-minute delay, no truck or driver ids"),
            },
        )
    )
    # Retrains the forecaster before each winter on last season's data.
    training = tm.add(tg.Pipeline("Seasonal retraining", stage=tg.Stage.TRAINING))
    # Holds forecaster versions; serving loads the one marked current.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry", stores={forecaster_artifact}, controls={c.ModelVersioning()}
        )
    )

with tm.boundary("City CRM", trust=tg.Trust.INTERNAL):
    # The city's 311 system; residents' reports of unploughed or icy streets.
    reports_311 = tm.add(
        tg.DataSource(
            "311 service requests",
            origin=tg.Origin.USER_UPLOAD,
            provides={street_reports},
            description="Filed by residents through the city app, web form and phone line.",
        )
    )

with tm.boundary("Public works office", trust=tg.Trust.INTERNAL):
    # Shift supervisor who runs the winter operation.
    dispatcher = tm.add(tg.Actor("Duty dispatcher", role="dispatcher", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(weather_api, forecaster, weather_forecast, protocol="https")
tm.flow(stations, gateway, station_readings, protocol="https")
tm.flow(tablets, gateway, plough_telemetry, protocol="https")
tm.flow(gateway, tablets, route_assignments, protocol="https")
tm.flow(gateway, telemetry_db, plough_telemetry, station_readings)

tm.flow(telemetry_db, forecaster, station_readings)
tm.flow(map_store, forecaster, road_map)
tm.flow(forecaster, optimizer, segment_forecast)
tm.flow(map_store, optimizer, road_map)
tm.flow(telemetry_db, optimizer, plough_telemetry, label="live positions and progress")
tm.flow(reports_311, optimizer, street_reports, protocol="https")

tm.flow(optimizer, console, draft_plan)
tm.flow(console, optimizer, plan_edits, label="re-plan with edits")
tm.flow(dispatcher, console, plan_edits, protocol="https", label="edits and approves")
tm.flow(console, dispatcher, draft_plan, protocol="https")
tm.flow(console, gateway, route_assignments, label="approved plan")

tm.flow(telemetry_db, public_map, public_positions)
tm.flow(resident, public_map, protocol="https", label="map request")
tm.flow(public_map, resident, public_positions, protocol="https")

tm.flow(telemetry_db, training, training_history, label="last season")
tm.flow(training, registry, forecaster_artifact)
tm.flow(registry, forecaster, forecaster_artifact, label="load current version")
