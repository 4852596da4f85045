"""Via ferrata route congestion and weather closure model: the first design.

A mountain resort runs five via ferrata routes. Turnstiles at each route entrance
count climbers going in and out (counts only, no pass numbers), lightning
detectors and weather stations on the ridges report every minute, and a national
weather service supplies storm forecasts. An ingestion service on the resort's
operations cloud writes all of it to a time-series store. A closure service asks
an in-house model for congestion and storm risk per route and, above set
thresholds, commands the gate controllers at the route entrances to close. Patrol
staff watch the risk and gate state on a dashboard, reopen routes and override
closures; visitors see route status on the resort's public status page. The model
is retrained monthly from the stored history and deployed from a registry.
Controls so far: schema checks on ingest, staff sign-in through the resort's SSO
with roles, gates closing if the closure service loses its inputs, decision
logging, and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Via ferrata route congestion and weather closure model",
    profile=tg.RiskProfile.HIGH,
    description="Predicts congestion and storm risk on via ferrata routes and closes route gates.",
)

# ---------------------------------------------------------------- data assets
counts = tg.Data(
    "Turnstile entry and exit counts",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lightning = tg.Data(
    "Lightning strike readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wind speed and gusts, temperature, humidity, pressure, rain.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Storm forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Route risk features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Last hour of counts, strikes within 15 km, wind and forecast per route.",
)
risk = tg.Data(
    "Congestion and storm risk scores",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_command = tg.Data(
    "Gate close command",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
gate_state = tg.Data("Gate state", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data(
    "Reopen and override decisions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
route_status = tg.Data(
    "Route open or closed status", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
history = tg.Data(
    "Sensor and closure history",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Past seasons of counts, readings, forecasts and the closures patrol made.",
)
artifact = tg.Data(
    "Risk model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn gradient-boosting models saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Climbers check whether a route is open before they walk in.
    visitor = tm.add(tg.Actor("Visitor", role="climber"))

with tm.boundary("National weather service", trust=tg.Trust.PARTNER):
    # Storm and thunderstorm forecasts for the resort's grid cells.
    met_service = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Mountain field network", trust=tg.Trust.INTERNAL):
    # Count climbers at each route entrance and exit.
    turnstiles = tm.add(tg.Device("Route turnstile counters"))
    # Detect lightning strikes around the ridges; the vendor's units push over the internet link.
    detectors = tm.add(tg.Device("Lightning detectors"))
    # Wind, rain and temperature on the routes.
    stations = tm.add(tg.Device("Ridge weather stations"))
    # Opens and closes the electric gate at each route entrance.
    gate_controller = tm.add(tg.Service("Route gate controller"))

with tm.boundary("Resort operations cloud", trust=tg.Trust.INTERNAL):
    # Receives the field readings and the forecast and writes them to the store.
    ingestion = tm.add(
        tg.Pipeline(
            "Telemetry ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Minute-by-minute history of every reading and closure.
    ts_store = tm.add(
        tg.DataStore("Time-series store", stores={counts, lightning, weather, forecast, history})
    )
    # Predicts congestion and storm risk per route for the next hour.
    risk_model = tm.add(
        tg.Model(
            "Route risk model",
            task=tg.Task.REGRESSOR,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; scores above thresholds close the route.",
        )
    )
    # Applies the thresholds and commands the gates; publishes route status.
    closure_service = tm.add(
        tg.Service(
            "Closure decision service",
            controls={
                c.FailClosed(
                    fallback="gates close and patrol is alerted if the model or the lightning "
                    "feed is silent for 10 minutes"
                ),
                c.ExplainabilityLogging(),
            },
        )
    )
    # Monthly retraining on the stored history.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Keeps trained model versions for deployment and rollback.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )
    # Patrol staff's view of risk and gates, and where they reopen or override.
    dashboard = tm.add(
        tg.Endpoint(
            "Patrol operations dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="resort SSO (OIDC)"), c.RBAC()},
        )
    )
    # Public page and app feed of which routes are open.
    status_page = tm.add(tg.Endpoint("Public route status page", purpose=tg.EndpointPurpose.API))

with tm.boundary("Resort staff devices", trust=tg.Trust.INTERNAL):
    # Mountain patrol decide on reopening after a storm or a crowd has cleared.
    patrol = tm.add(tg.Actor("Patrol leader", role="mountain patrol leader"))

# ---------------------------------------------------------------- flows
tm.flow(turnstiles, ingestion, counts, protocol="mqtt")
tm.flow(detectors, ingestion, lightning, protocol="https")
tm.flow(stations, ingestion, weather, protocol="mqtt")
tm.flow(met_service, ingestion, forecast, protocol="https")
tm.flow(ingestion, ts_store, counts, lightning, weather, forecast)

tm.flow(ts_store, closure_service, counts, lightning, weather, forecast, label="latest window")
tm.flow(closure_service, risk_model, features)
tm.flow(risk_model, closure_service, risk)
tm.flow(closure_service, gate_controller, gate_command, protocol="modbus")
tm.flow(gate_controller, closure_service, gate_state, protocol="modbus")
tm.flow(closure_service, ts_store, history, label="closure events")

tm.flow(closure_service, dashboard, risk, gate_state)
tm.flow(dashboard, patrol, risk, gate_state, protocol="https")
tm.flow(patrol, dashboard, override, protocol="https")
tm.flow(dashboard, closure_service, override)

tm.flow(closure_service, status_page, route_status)
tm.flow(status_page, visitor, route_status, protocol="https")

tm.flow(ts_store, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, risk_model, artifact, label="deploy")
