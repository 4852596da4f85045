"""Snow plow route optimizer: the first design, before any security review.

The city's public works department (a US city) plans winter road treatment with
a model that predicts icing per road segment for the next six hours. It reads
the roadside weather stations (pavement temperature and surface state, polled
over NTCIP) and a commercial weather forecast feed. An optimiser combines the
predictions, the road priority map, live truck positions and resident reports
into plow and salting routes, which dispatchers check and adjust in the
dispatch console before they go to the in-cab tablets. Residents report
unplowed streets through the city's 311 app, without an account. Everything
runs in the city's cloud tenancy; dispatchers sign in with city SSO, and the
model is retrained each spring by the GIS and analytics team.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Snow plow route optimizer",
    profile=tg.RiskProfile.LOW,
    description="Predicts road icing and routes plow trucks; dispatchers adjust, "
    "residents report unplowed streets.",
)

# ---------------------------------------------------------------- data assets
sensor_readings = tg.Data(
    "Road weather readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Pavement and air temperature, surface state, precipitation per station.",
)
forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
road_features = tg.Data(
    "Road segment features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
icing_risk = tg.Data("Icing predictions", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
road_network = tg.Data(
    "Road network and priorities",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Street segments, snow emergency routes, school and hospital priorities.",
)
truck_positions = tg.Data(
    "Truck positions and plow status",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="GPS, plow down, spreader rate; the driver is identifiable from the shift.",
)
routes = tg.Data(
    "Plow routes",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
route_changes = tg.Data(
    "Dispatcher route changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
resident_report = tg.Data(
    "Unplowed street report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Location, photo and optional callback phone number or e-mail.",
)
report_status = tg.Data("Report status", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
history = tg.Data(
    "Historical icing observations",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past readings and forecasts labelled with crew-observed ice.",
)
model_artifact = tg.Data(
    "Icing model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Residents report streets that have not been plowed.
    resident = tm.add(tg.Actor("Resident", role="member of the public"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial forecast feed the city subscribes to.
    weather = tm.add(
        tg.DataSource(
            "Weather forecast feed",
            origin=tg.Origin.VENDOR,
            provides={forecast},
            description="Hourly gridded forecast pulled over the vendor's API.",
        )
    )

with tm.boundary("Field network", trust=tg.Trust.PARTNER):
    # Roadside weather stations owned by the city, on the carrier's private APN.
    stations = tm.add(
        tg.Device(
            "Road weather stations",
            fleet=True,
            description="About 40 RWIS stations with pavement sensors, polled every 5 minutes.",
        )
    )
    # Plow trucks with GPS telematics units and in-cab route tablets.
    trucks = tm.add(
        tg.Device(
            "Plow truck telematics",
            fleet=True,
            description="AVL unit reporting GPS and plow status; tablet shows the route.",
        )
    )

with tm.boundary("City cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public API behind the city's 311 app and web form.
    app_api = tm.add(
        tg.Endpoint(
            "311 reporting API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="location must fall inside city limits")},
        )
    )
    # 311 case system where resident reports are kept and tracked.
    reports_db = tm.add(tg.DataStore("311 case store", stores={resident_report, report_status}))
    # Polls the stations, pulls forecasts and builds per-segment features.
    ingestion = tm.add(
        tg.Pipeline(
            "Road weather ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="range checks on sensor values")},
        )
    )
    # Time-series store of readings, forecasts and features, also kept for retraining.
    road_store = tm.add(
        tg.FeatureStore(
            "Road condition store",
            stores={sensor_readings, forecast, road_features, history},
            online=True,
        )
    )
    # Predicts the probability of ice on each road segment over the next six hours.
    icing_model = tm.add(
        tg.Model(
            "Icing prediction model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
        )
    )
    # Street network with treatment priorities, maintained by the GIS team.
    gis = tm.add(tg.DataStore("Road network GIS", stores={road_network}))
    # Vehicle-routing optimiser: turns risk, priorities and positions into routes.
    optimiser = tm.add(
        tg.Service(
            "Route optimiser",
            description="Capacitated routing over the priority network, re-run every 30 minutes.",
            controls={c.HumanInTheLoop(approver="winter operations dispatcher")},
        )
    )
    # Web console where dispatchers see the map and release or change routes.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="city Azure AD SSO with MFA"), c.RBAC()},
        )
    )
    # Seasonal retraining job run by the analytics team.
    training = tm.add(tg.Pipeline("Icing model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("City offices", trust=tg.Trust.INTERNAL):
    # Winter operations dispatchers who own the routes during a storm.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="winter operations dispatcher"))

# ---------------------------------------------------------------- flows
# sensing
tm.flow(stations, ingestion, sensor_readings, protocol="snmp", label="NTCIP 1204 polling")
tm.flow(weather, ingestion, forecast, protocol="https")
tm.flow(ingestion, road_store, sensor_readings, forecast, road_features)

# prediction and routing
tm.flow(road_store, icing_model, road_features)
tm.flow(icing_model, optimiser, icing_risk)
tm.flow(gis, optimiser, road_network)
tm.flow(trucks, optimiser, truck_positions, protocol="mqtts", label="AVL telemetry")
tm.flow(reports_db, optimiser, resident_report, label="open reports")
tm.flow(optimiser, console, routes, label="proposed routes")
tm.flow(console, dispatcher, routes, truck_positions, protocol="https")
tm.flow(dispatcher, console, route_changes, protocol="https")
tm.flow(console, optimiser, route_changes)
tm.flow(optimiser, trucks, routes, protocol="https", label="released routes")

# resident reports
tm.flow(resident, app_api, resident_report, protocol="https")
tm.flow(app_api, reports_db, resident_report)
tm.flow(reports_db, app_api, report_status)
tm.flow(app_api, resident, report_status, protocol="https")
tm.flow(console, reports_db, report_status, label="marks report resolved")

# retraining
tm.flow(road_store, training, history, sensor_readings, forecast)
tm.flow(training, icing_model, model_artifact, label="seasonal deploy")
