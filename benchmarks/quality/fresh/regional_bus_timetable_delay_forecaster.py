"""Regional bus timetable delay forecaster: the first design, before any security review.

A regional transport authority forecasts how late each bus will be at each coming
stop. Onboard AVL units on buses run by contracted operators send GPS positions
and trip logons (including the driver's duty number) over MQTT with TLS to an
ingestion gateway in the authority's cloud. A feature pipeline joins them with the
published timetable, a weather API and the road authority's traffic feed; a
gradient-boosted regressor retrained nightly predicts delays. Predictions are
published as an open GTFS-Realtime feed (free API key, rate limited) for journey
planner apps, pushed to stop displays, and shown to dispatchers in the control
centre, who sign in with the authority's SSO. Drivers' duty numbers make the AVL
history personal data under GDPR. Cloud storage is encrypted with KMS keys.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional bus timetable delay forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Stop-level bus delay predictions for passengers, displays and dispatchers.",
)

# ---------------------------------------------------------------- data assets
avl_pings = tg.Data(
    "AVL position pings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Vehicle id, GPS fix, trip and the logged-on driver's duty number every 15 s.",
)
timetable = tg.Data("Published timetable (GTFS)", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weather = tg.Data(
    "Weather observations and forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
traffic = tg.Data("Road traffic speeds and incidents", kind="records")
features = tg.Data(
    "Delay features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-trip running delay, dwell times, segment speeds, weather; keyed by trip and duty.",
)
predictions = tg.Data(
    "Stop delay predictions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="high"),
)
gtfs_rt = tg.Data(
    "GTFS-Realtime trip updates", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC
)
api_key = tg.Data("Developer API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
weights = tg.Data("Delay model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
timetable_edits = tg.Data("Timetable changes", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
departures_query = tg.Data(
    "Stop departures request", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
training_code = tg.Data(
    "Training code and config", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Contracted operators' buses", trust=tg.Trust.PARTNER):
    # Onboard AVL units fitted by the operators; the source of live positions.
    avl = tm.add(
        tg.Device(
            "Onboard AVL units",
            fleet=True,
            description="GPS and ticket-machine logon, on cellular data, one per bus.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Third-party journey planner apps consuming the open feed.
    apps = tm.add(tg.Actor("Journey planner apps", role="open data consumer", human=False))
    # Commercial weather API polled every ten minutes.
    weather_api = tm.add(
        tg.ExternalService("Weather API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # LED displays at major stops, reached over public cellular data.
    displays = tm.add(
        tg.Device(
            "Stop passenger information displays",
            fleet=True,
            description="Poll their stop's next departures every 30 s.",
        )
    )

with tm.boundary("Road authority", trust=tg.Trust.PARTNER):
    # The regional road authority's open traffic feed (loop detectors, incidents).
    traffic_feed = tm.add(
        tg.DataSource(
            "Road traffic feed",
            origin=tg.Origin.PARTNER,
            provides={traffic},
            description="DATEX II feed of segment speeds and roadworks.",
        )
    )

with tm.boundary("Authority cloud", trust=tg.Trust.INTERNAL):
    # Receives AVL messages from every bus; each unit has its own client certificate.
    gateway = tm.add(
        tg.Service(
            "AVL ingestion gateway",
            description="Managed MQTT broker that forwards pings to the feature pipeline.",
        )
    )
    # Joins live positions, timetable, weather and traffic into features.
    feature_pipeline = tm.add(
        tg.Pipeline(
            "Delay feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={c.SchemaEnforcement()},
        )
    )
    # Online features for serving and the history used for retraining.
    feature_store = tm.add(
        tg.FeatureStore(
            "Delay feature store",
            stores={features, avl_pings},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly retraining on the last 90 days of trips.
    training = tm.add(
        tg.Pipeline(
            "Nightly delay model training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Versioned model files; the serving job loads the latest version.
    registry = tm.add(
        tg.ModelRegistry("Delay model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The forecaster: predicts delay at each remaining stop of each running trip.
    model = tm.add(
        tg.Model(
            "Bus delay forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted trees over running delay, segment speeds and weather.",
        )
    )
    # Public feed endpoint: GTFS-RT for apps and the displays' departures query.
    feed = tm.add(
        tg.Endpoint(
            "GTFS-Realtime feed API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )
    # Timetable of record, maintained by the scheduling team and published as GTFS.
    timetable_db = tm.add(tg.DataStore("Timetable database", stores={timetable}))

with tm.boundary("Control centre", trust=tg.Trust.INTERNAL):
    # Dispatchers watch predicted delays to hold connections and add extra buses.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))
    # Scheduling planner who edits the timetable each service change.
    planner = tm.add(tg.Actor("Scheduling planner", role="planner"))
    # Data scientist who owns the model and its training code.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(avl, gateway, avl_pings, protocol="mqtts", controls={c.MutualAuthentication()})
tm.flow(gateway, feature_pipeline, avl_pings)
tm.flow(timetable_db, feature_pipeline, timetable)
tm.flow(weather_api, feature_pipeline, weather, protocol="https")
tm.flow(traffic_feed, feature_pipeline, traffic, protocol="https")
tm.flow(feature_pipeline, feature_store, features, avl_pings)

tm.flow(feature_store, model, features, label="online lookup")
tm.flow(model, feed, predictions)
tm.flow(apps, feed, api_key, protocol="https", label="feed request")
tm.flow(feed, apps, gtfs_rt, protocol="https")
tm.flow(displays, feed, departures_query, label="departures poll", protocol="http")
tm.flow(feed, displays, predictions, protocol="http")
tm.flow(
    feed,
    dispatcher,
    predictions,
    protocol="https",
    label="dispatch console",
    controls={c.Authentication(method="authority SSO")},
)

tm.flow(feature_store, training, features, label="90-day history")
tm.flow(timetable_db, training, timetable)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load latest")
tm.flow(scientist, training, training_code, protocol="https")
tm.flow(planner, timetable_db, timetable_edits, protocol="https")
