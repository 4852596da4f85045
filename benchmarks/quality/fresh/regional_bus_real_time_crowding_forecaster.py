"""Regional bus real-time crowding forecaster: the first design.

A regional bus operator wants its journey planner app to show how full each bus will
be at the stops ahead. Ticket machines on every bus send tap and ticket records to the
ticketing vendor's back office, which offers us a near-real-time transaction feed;
door-mounted passenger counters report boardings and alightings through the on-bus
gateway, together with the vehicle's GPS position, over the mobile network. A stream
ingestion job in the operator's cloud drops card tokens, joins the feeds to the
timetable and keeps per-trip load features in a feature store. A gradient-boosted
regressor, retrained nightly and promoted by a data scientist from the registry,
forecasts occupancy per trip and stop behind an internal crowding API. The journey
planner backend asks that API and shows bands (seats, standing, full) to passengers.
Controls: card tokens dropped and feeds schema-checked at ingestion, an API key on the
crowding API, rate limits on the public backend, versioned models, TLS on remote links.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional bus crowding forecaster",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Forecasts bus occupancy from ticket taps and passenger counters for the journey planner.",
)

# ---------------------------------------------------------------- data assets
taps = tg.Data(
    "Ticket tap records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Time, stop, vehicle, trip, fare type and a tokenised card or smartcard id.",
)
counts = tg.Data(
    "Passenger counter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Boardings and alightings per door per stop.",
)
positions = tg.Data("Vehicle GPS positions", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
timetable = tg.Data(
    "Timetable and trip schedule", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
features = tg.Data(
    "Trip load features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Current load per trip, recent stop counts, historical load by route, day and hour.",
)
training_set = tg.Data(
    "Historical occupancy training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
artifact = tg.Data(
    "Crowding model artifact",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="LightGBM model saved with joblib.",
)
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast_request = tg.Data(
    "Crowding forecast request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
forecast = tg.Data(
    "Crowding forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Expected occupancy band per trip and upcoming stop.",
)
journey_query = tg.Data(
    "Journey planning request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Origin, destination and time, often from the phone's location.",
)
journey_plan = tg.Data(
    "Journey options with crowding", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public planning a trip; no account needed.
    passenger = tm.add(tg.Actor("Passenger", role="app user"))
    # The operator's published app on passengers' own phones.
    app = tm.add(tg.Device("Journey planner mobile app", fleet=True))

with tm.boundary("Bus fleet", trust=tg.Trust.INTERNAL):
    # Ticket machines take contactless, smartcard and mobile ticket taps.
    etm = tm.add(tg.Device("Ticket machines", fleet=True))
    # Door sensors counting people on and off.
    apc = tm.add(tg.Device("Automatic passenger counters", fleet=True))
    # Router and AVL unit that relays counts and positions over 4G.
    gateway = tm.add(tg.Device("On-bus gateway", fleet=True))

with tm.boundary("Ticketing vendor", trust=tg.Trust.PARTNER):
    # The vendor's cloud back office; we only receive its transaction feed.
    ticket_office = tm.add(
        tg.DataSource("Ticketing back office", origin=tg.Origin.PARTNER, provides={taps})
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Scheduling system export of the published timetable.
    scheduling = tm.add(tg.DataSource("Scheduling system", provides={timetable}))
    # Joins the feeds per trip and stop and keeps only what the forecast needs.
    ingestion = tm.add(
        tg.Pipeline(
            "Stream ingestion job",
            stage=tg.Stage.INGESTION,
            controls={
                c.DataMinimization(note="card tokens dropped; only counts per trip and stop kept"),
                c.SchemaEnforcement(
                    note="vendor feed and gateway messages checked against schemas"
                ),
            },
        )
    )
    # Current and historical load features for serving and training.
    feature_store = tm.add(tg.FeatureStore("Load feature store", stores={features}, online=True))
    # The forecaster itself.
    model = tm.add(
        tg.Model(
            "Crowding forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regressor predicting occupancy per trip and stop.",
        )
    )
    # Internal API the journey planner backend calls for forecasts.
    crowding_api = tm.add(
        tg.Endpoint(
            "Crowding API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={c.Authentication(method="API key per client application")},
        )
    )
    # Public backend of the journey planner app.
    planner = tm.add(
        tg.Service(
            "Journey planner backend",
            controls={
                c.RateLimiting(requests_per_minute=120, note="per-IP quota at the API gateway")
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly snapshot of features joined with the observed loads.
        dataset = tm.add(tg.Dataset("Occupancy training set", stores={training_set, features}))
        # Nightly retraining job.
        training = tm.add(tg.Pipeline("Nightly retraining", stage=tg.Stage.TRAINING))
        # Versioned store of trained models; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Operator office", trust=tg.Trust.INTERNAL):
    # Checks the nightly metrics and promotes a model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(etm, ticket_office, taps, protocol="https", label="vendor upload over 4G")
tm.flow(apc, gateway, counts, label="wired vehicle network")
tm.flow(gateway, ingestion, counts, positions, protocol="mqtts")
tm.flow(
    ticket_office, ingestion, taps, protocol="https", label="transaction feed, polled each minute"
)
tm.flow(scheduling, ingestion, timetable)
tm.flow(ingestion, feature_store, features)

tm.flow(passenger, app, journey_query)
tm.flow(app, passenger, journey_plan)
tm.flow(app, planner, journey_query, protocol="https")
tm.flow(planner, app, journey_plan, protocol="https")
tm.flow(planner, crowding_api, forecast_request, protocol="https")
tm.flow(crowding_api, planner, forecast, protocol="https")
tm.flow(feature_store, crowding_api, features, label="online lookup")
tm.flow(crowding_api, model, features)
tm.flow(model, crowding_api, forecast)

tm.flow(feature_store, dataset, features, label="nightly snapshot")
tm.flow(dataset, training, training_set, features)
tm.flow(training, registry, artifact)
tm.flow(scientist, registry, approval, label="promotes a version")
tm.flow(registry, model, artifact, label="deploy promoted version")
