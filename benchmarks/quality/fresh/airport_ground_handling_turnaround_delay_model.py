"""Airport ground handling turnaround delay model: the first design, before any security review.

A ground handling company at a European hub airport predicts, for each aircraft on
stand, how late its turnaround will finish. Ramp agents scan baggage loading, fuel
uplift and catering events on rugged handheld scanners, which post them over the
airport's private LTE network to an event API in our cloud tenancy. The airport
operator's operational database (AODB) supplies schedules, stand allocations and
actual off-block times. A feature pipeline joins both into a feature store; a
prediction service scores every active turnaround each minute with an in-house
regression model retrained nightly. The duty manager in the operations centre sees
the predictions on a dashboard and reallocates crews in the crew allocation system,
which pushes new tasks to the handhelds. Controls in this design: per-device API keys
and schema checks on the event API, TLS on the links that leave our cloud, company
SSO with roles on the dashboard, encryption at rest on the event store, versioned models.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ground handling turnaround delay prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Predicts turnaround delays from handheld scan events and AODB data so that the "
        "duty manager can move ramp crews before a departure slips."
    ),
)

# ---------------------------------------------------------------- data assets
scan_events = tg.Data(
    "Turnaround scan events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bag loaded, fuel started/finished, catering done; with the agent's badge id and time.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
flight_data = tg.Data(
    "Flight schedule, stand and off-block times",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Scheduled and estimated times, stand allocation, actual off-block times.",
)
features = tg.Data("Turnaround features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
training_rows = tg.Data(
    "Historical turnarounds with actual delays",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
)
weights = tg.Data("Delay model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
predictions = tg.Data(
    "Predicted turnaround delays", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
reallocation = tg.Data(
    "Crew reallocation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which named ramp agents move to which stand.",
)
tasks = tg.Data("Crew task assignments", kind="records", sensitivity=tg.Sensitivity.PII)
train_config = tg.Data(
    "Training job configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Apron private LTE", trust=tg.Trust.PARTNER):
    # The people whose scans are the model's raw input.
    ramp_agent = tm.add(tg.Actor("Ramp agent", role="ground handling staff"))
    # Company-owned rugged handhelds, on the airport's private LTE network.
    handhelds = tm.add(
        tg.Device(
            "Handheld scanners",
            description="Rugged Android handhelds with the ramp task app, shared between shifts.",
        )
    )

with tm.boundary("Airport operator", trust=tg.Trust.PARTNER):
    # The airport's system of record for flights; we only read from it.
    aodb = tm.add(
        tg.DataSource(
            "Airport operational database",
            origin=tg.Origin.PARTNER,
            provides={flight_data},
            description="AODB REST feed the airport operator exposes to its handling agents.",
        )
    )

with tm.boundary("Ground handling cloud", trust=tg.Trust.INTERNAL):
    # Where every handheld posts its scan events.
    event_api = tm.add(
        tg.Endpoint(
            "Scanner event API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-device API key"),
                tg.controls.SchemaEnforcement(),
            },
        )
    )
    # Append-only history of every scan event, also the training source.
    event_store = tm.add(
        tg.DataStore(
            "Turnaround event store",
            stores={scan_events, flight_data},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Joins live scans with AODB times into per-turnaround features.
    feature_pipeline = tm.add(
        tg.Pipeline("Turnaround feature pipeline", stage=tg.Stage.PREPROCESSING)
    )
    # Online features for the active turnarounds, offline history for training.
    feature_store = tm.add(tg.FeatureStore("Turnaround feature store", stores={features}))
    # Scores every active turnaround once a minute.
    prediction_service = tm.add(
        tg.Service(
            "Delay prediction service",
            description="Loads the current model and writes predicted delay minutes per turnaround.",
        )
    )
    # The model itself: gradient-boosted regression on minutes of delay.
    delay_model = tm.add(
        tg.Model(
            "Turnaround delay model",
            task=tg.Task.REGRESSOR,
            description="Predicts minutes past scheduled off-block for each turnaround.",
        )
    )
    # Web app the duty manager watches.
    dashboard = tm.add(
        tg.Service(
            "Turnaround ops dashboard",
            controls={
                tg.controls.Authentication(method="company SSO (OIDC)"),
                tg.controls.RBAC(),
            },
        )
    )
    # Existing crew allocation system; pushes tasks out to the handhelds.
    crew_system = tm.add(tg.Service("Crew allocation system"))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly retraining on the last season of turnarounds.
        training = tm.add(tg.Pipeline("Nightly delay model training", stage=tg.Stage.TRAINING))
        # Where trained models wait for the prediction service to load them.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

with tm.boundary("Operations centre", trust=tg.Trust.INTERNAL):
    # Acts on the predictions; the model only advises.
    duty_manager = tm.add(tg.Actor("Duty manager", role="operations duty manager"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Builds, tunes and ships the model.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ramp_agent, handhelds, scan_events, label="scans bag, fuel and catering events")
tm.flow(handhelds, event_api, scan_events, protocol="https")
tm.flow(event_api, event_store, scan_events)
tm.flow(aodb, event_store, flight_data, protocol="https", label="AODB feed")

tm.flow(event_store, feature_pipeline, scan_events, flight_data)
tm.flow(feature_pipeline, feature_store, features)
tm.flow(feature_store, prediction_service, features, label="active turnarounds")
tm.flow(prediction_service, delay_model, features)
tm.flow(delay_model, prediction_service, predictions)
tm.flow(prediction_service, dashboard, predictions)

tm.flow(dashboard, duty_manager, predictions, protocol="https")
tm.flow(duty_manager, dashboard, reallocation, protocol="https")
tm.flow(dashboard, crew_system, reallocation)
tm.flow(crew_system, dashboard, tasks, label="current crew plan")
tm.flow(crew_system, handhelds, tasks, protocol="https")
tm.flow(handhelds, ramp_agent, tasks, label="new task on screen")

tm.flow(event_store, training, training_rows, label="nightly export")
tm.flow(feature_store, training, features, label="offline snapshot")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, training, train_config, protocol="https", label="runs and tunes training")
tm.flow(registry, prediction_service, weights, label="loads latest version")
