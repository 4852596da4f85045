"""Flood rescue boat team pre-deployment model: the first design, before any security review.

The fire and rescue service wants to move its flood rescue boat teams towards
where they will be needed before the calls peak. Every 15 minutes an ingestion
pipeline in the service's analytics cloud pulls river gauge readings and flood
warnings from the Environment Agency's flood-monitoring API, rainfall radar and
nowcasts from the Met Office (paid feed, API key held in the cloud key vault),
and emergency call incidents and boat team availability exported by the control
room mobilising system. A gradient-boosted model predicts boat rescue demand per
catchment for the next 12 hours; a planner turns that into proposed staging
locations. Flood duty officers see the proposals on a dashboard (single sign-on
with MFA) and approve each move, which is sent to the mobilising system for the
control room to action. A data scientist retrains the model monthly on past
flood incidents (caller details stripped) and promotes it after a backtest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Flood rescue boat team pre-deployment model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicts where flood rescue boat teams will be needed and proposes "
    "pre-deployment to flood duty officers.",
)

# ---------------------------------------------------------------- data assets
gauge_readings = tg.Data(
    "River gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="15-minute river levels and flows from Environment Agency gauges.",
)
flood_warnings = tg.Data("Flood warnings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
radar = tg.Data(
    "Rainfall radar and nowcast",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Gridded rainfall accumulations and 6-hour nowcast under a Met Office licence.",
)
met_key = tg.Data("Met Office API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
calls = tg.Data(
    "Emergency call incidents",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident type, location, time, caller name and number, call notes.",
)
availability = tg.Data(
    "Boat team availability",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which boat teams, boats and crews are on duty and where.",
)
features = tg.Data(
    "Catchment features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-catchment levels, rates of rise, rainfall totals and call counts.",
)
history = tg.Data(
    "Flood incident history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past flood incidents with the gauge and rain history before them; "
    "caller names and numbers removed.",
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
prediction = tg.Data(
    "Boat rescue demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Expected boat rescues per catchment for the next 12 hours.",
)
proposal = tg.Data(
    "Pre-deployment proposal",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which boat team to stage where, with the forecast behind it.",
)
approved_move = tg.Data(
    "Approved pre-deployment move",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Environment Agency", trust=tg.Trust.PARTNER):
    # Live river levels and warnings: the main signal of where water is rising.
    ea_api = tm.add(
        tg.DataSource(
            "Environment Agency flood-monitoring API",
            origin=tg.Origin.PARTNER,
            provides={gauge_readings, flood_warnings},
            description="Open real-time API, no sign-in.",
        )
    )

with tm.boundary("Met Office", trust=tg.Trust.PARTNER):
    # Rain that has not reached the rivers yet.
    met_feed = tm.add(
        tg.DataSource(
            "Met Office rainfall radar feed",
            origin=tg.Origin.VENDOR,
            provides={radar},
            description="Paid DataHub subscription, API key per client.",
        )
    )

with tm.boundary("Control room network", trust=tg.Trust.RESTRICTED):
    # The existing command and control system: source of calls and crew status,
    # and where an approved move is mobilised by the control room.
    mobilising = tm.add(
        tg.Service(
            "Mobilising system",
            description="Control room command and control; exports incidents every "
            "5 minutes and accepts pre-deployment requests into the operator queue.",
        )
    )

with tm.boundary("Analytics cloud", trust=tg.Trust.INTERNAL):
    # Pulls and cleans the three feeds on a 15-minute cycle.
    ingestion = tm.add(
        tg.Pipeline(
            "Feed ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={
                c.SchemaEnforcement(note="feed payloads checked against expected fields and units"),
                c.SecretsManagement(note="Met Office API key in the cloud key vault"),
            },
        )
    )
    # Current catchment state, read by the planner each cycle.
    feature_store = tm.add(
        tg.FeatureStore(
            "Catchment feature store",
            stores={features},
            online=True,
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Predicts boat rescue demand per catchment.
    model = tm.add(
        tg.Model(
            "Boat rescue demand model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted trees over catchment features.",
        )
    )
    # Turns the forecast and crew availability into proposed staging moves.
    planner = tm.add(
        tg.Service(
            "Pre-deployment planner",
            description="Optimiser that matches forecast demand to available boat teams "
            "and travel times; proposes, never mobilises on its own.",
            controls={c.HumanInTheLoop(approver="the flood duty officer")},
        )
    )
    # Where duty officers see the forecast and act on proposals.
    dashboard = tm.add(
        tg.Endpoint(
            "Flood deployment dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(note="flood duty officers and control room supervisors"),
            },
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past floods used to fit the model.
        dataset = tm.add(
            tg.Dataset(
                "Flood incident training set",
                stores={history},
                controls={c.DataMinimization(note="caller names and numbers dropped at load")},
            )
        )
        # Monthly retraining and backtest against recent flood events.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest on the last three flood events")},
            )
        )
        # Holds model versions; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={artifact},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("FRS corporate network", trust=tg.Trust.INTERNAL):
    # On-call officer who decides whether boat teams move.
    duty_officer = tm.add(tg.Actor("Flood duty officer", role="flood tactical adviser"))
    # Builds, retrains and promotes the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# feeds in
tm.flow(ea_api, ingestion, gauge_readings, flood_warnings, protocol="https")
tm.flow(ingestion, met_feed, met_key, protocol="https", label="API key on each request")
tm.flow(met_feed, ingestion, radar, protocol="https")
tm.flow(mobilising, ingestion, calls, availability, protocol="sftp", label="5-minute export")
tm.flow(ingestion, feature_store, features)
tm.flow(ingestion, dataset, history, label="completed flood incidents")

# prediction and planning
tm.flow(feature_store, planner, features)
tm.flow(planner, model, features)
tm.flow(model, planner, prediction)
tm.flow(planner, dashboard, prediction, proposal)
tm.flow(dashboard, planner, approved_move)
tm.flow(dashboard, duty_officer, prediction, proposal, protocol="https")
tm.flow(duty_officer, dashboard, approved_move, protocol="https")
tm.flow(planner, mobilising, approved_move, protocol="https", label="request into operator queue")

# training and release
tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(dataset, training, history)
tm.flow(training, registry, artifact)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes after backtest")
tm.flow(registry, model, artifact, label="deploy")
