"""Ambulance handover delay prediction: the first design, before any security review.

An NHS ambulance trust predicts, every five minutes, how long a crew arriving now
would wait to hand its patient over at each emergency department in the region.
Live arrivals come from the computer-aided dispatch (CAD) system, fed by the
crews' mobile data terminals; bed and ED occupancy come from the acute trusts'
bed-state feeds on the regional NHS data platform. A feature pipeline in the
trust's Azure tenancy turns them into per-ED features, and a gradient-boosted
model served behind an internal prediction API returns the expected delay per ED.
Dispatchers in the emergency operations centre see the delays and a suggested
destination on a dashboard; the dispatcher always chooses the destination in CAD.
The model is retrained weekly from the incident history in the data warehouse and
promoted by the analytics lead after a backtest. Staff sign in with Active
Directory; predictions are logged for the clinical safety case.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ambulance handover delay prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Predicted handover delays per emergency department, advising "
    "ambulance dispatchers where to send crews.",
)

# ---------------------------------------------------------------- data assets
crew_status = tg.Data(
    "Crew status messages",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Callsign, incident number, status (at hospital, handed over, clear) and time.",
)
arrivals = tg.Data(
    "Live arrival events",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Incident number, destination ED, ETA, patient age band, call category "
    "and presenting complaint for each conveyance.",
)
bed_state = tg.Data(
    "Hospital bed-state data",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="ED occupancy, majors and resus cubicles free, patients waiting for a bed, "
    "general and acute bed occupancy, per hospital.",
)
ed_features = tg.Data(
    "Per-ED features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Arrivals in the last hour, crews queuing, occupancy, time of day.",
)
prediction_request = tg.Data(
    "Prediction request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
delays = tg.Data(
    "Predicted handover delays",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
suggestion = tg.Data(
    "Suggested destination",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
allocation = tg.Data(
    "Crew allocation",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The dispatcher's choice of crew and destination for an incident.",
)
incident_history = tg.Data(
    "Incident and handover history",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Past incidents with patient details, conveyances and handover times.",
)
training_data = tg.Data(
    "Handover training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Two years of handovers joined to bed state and arrivals at the time.",
)
model_file = tg.Data(
    "Handover delay model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="LightGBM model saved with joblib.",
)
release_approval = tg.Data("Release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Ambulance fleet", trust=tg.Trust.INTERNAL):
    # Crews press status buttons; their timings are the ground truth for handovers.
    mdts = tm.add(
        tg.Device(
            "Mobile data terminals",
            fleet=True,
            description="Vehicle-mounted terminals on the 4G network.",
        )
    )

with tm.boundary("Emergency operations centre", trust=tg.Trust.INTERNAL):
    # The existing system of record for incidents, crews and destinations.
    cad = tm.add(
        tg.Service(
            "Computer-aided dispatch",
            description="The vendor CAD system run on premises.",
        )
    )
    # Makes the decision; the model only advises.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))
    # Shows delays per ED and the suggested destination beside the CAD screen.
    dashboard = tm.add(
        tg.Endpoint(
            "Dispatcher dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Active Directory single sign-on"),
                c.HumanInTheLoop(approver="the dispatcher chooses the destination in CAD"),
            },
        )
    )

with tm.boundary("Regional NHS data platform", trust=tg.Trust.PARTNER):
    # The acute trusts publish their bed state here every 15 minutes.
    bed_feed = tm.add(
        tg.DataSource(
            "Acute trust bed-state feed",
            origin=tg.Origin.PARTNER,
            provides={bed_state},
        )
    )

with tm.boundary("Trust Azure tenancy", trust=tg.Trust.INTERNAL):
    # Joins arrivals and bed state into features every five minutes.
    feature_job = tm.add(tg.Pipeline("Live feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Latest features per ED, read at prediction time.
    feature_store = tm.add(
        tg.FeatureStore(
            "Online feature store",
            stores={ed_features},
            online=True,
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Serves the predictions to the dashboard.
    api = tm.add(
        tg.Endpoint(
            "Handover prediction API",
            purpose=tg.EndpointPurpose.INFERENCE,
            returns_scores=True,
            controls={c.AuditLogging(retention_days=2555, note="every prediction served")},
        )
    )
    # The model itself: expected minutes to handover per ED.
    model = tm.add(
        tg.Model(
            "Handover delay model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; the suggested destination is the nearest "
            "suitable ED with the shortest predicted delay plus travel time.",
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Historic incidents, copied nightly from CAD.
        warehouse = tm.add(
            tg.DataStore(
                "Ambulance data warehouse",
                stores={incident_history, bed_state},
                controls={
                    c.EncryptionAtRest(key_management="platform-managed keys"),
                    c.RBAC(),
                },
            )
        )
        # Training data built from the warehouse.
        training_set = tm.add(tg.Dataset("Handover training set", stores={training_data}))
        # Weekly retraining with a backtest on the last month.
        trainer = tm.add(
            tg.Pipeline(
                "Weekly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="backtest against the last four weeks")},
            )
        )
        # Versions of the model, from which one is promoted to serving.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_file},
                controls={c.ModelVersioning()},
            )
        )
        # Loads the approved version into the prediction API.
        promotion = tm.add(tg.Pipeline("Promotion to serving", stage=tg.Stage.DEPLOYMENT))

with tm.boundary("Trust corporate network", trust=tg.Trust.INTERNAL):
    # Builds and approves the model.
    analyst = tm.add(tg.Actor("Analytics lead", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(mdts, cad, crew_status, protocol="https", label="status updates over 4G")
tm.flow(cad, feature_job, arrivals, protocol="amqp", label="arrival events")
tm.flow(bed_feed, feature_job, bed_state, protocol="https", label="15-minute pull")
tm.flow(feature_job, feature_store, ed_features)
tm.flow(feature_job, warehouse, bed_state, label="bed-state history")

tm.flow(dashboard, api, prediction_request, protocol="https")
tm.flow(feature_store, api, ed_features, label="online lookup")
tm.flow(api, model, ed_features)
tm.flow(model, api, delays, suggestion)
tm.flow(api, dashboard, delays, suggestion, protocol="https")
tm.flow(dashboard, dispatcher, delays, suggestion)
tm.flow(dispatcher, cad, allocation, label="allocates crew and destination")
tm.flow(cad, mdts, allocation, protocol="https", label="job sent to crew")

tm.flow(cad, warehouse, incident_history, label="nightly export")
tm.flow(warehouse, training_set, training_data, label="weekly extract")
tm.flow(training_set, trainer, training_data)
tm.flow(trainer, registry, model_file)
tm.flow(analyst, promotion, release_approval, protocol="https", label="approves release")
tm.flow(registry, promotion, model_file)
tm.flow(promotion, model, model_file, label="deploy")
