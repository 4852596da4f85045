"""Hospital handover delay prediction: the first design, before any security review.

An NHS ambulance trust predicts, for each emergency department in its region, how
long a crew arriving in the next hour will wait to hand a patient over. Acute
hospital trusts send ED status updates (ambulance queue, occupancy, recent handover
times); crews' mobile data terminals report arrival and handover times to the
computer-aided dispatch (CAD) system. An ingestion job turns both into ED load
features. When a dispatcher in the emergency operations centre needs a destination,
CAD asks a conveyance advice service, which combines predicted delays with road
travel times from a commercial traffic provider and shows ranked hospitals in the
CAD console. The dispatcher chooses; the advice is never applied automatically.
The model is retrained weekly on an analytics tenant from pseudonymised history.
Dispatchers sign in to CAD with NHS smartcards; CAD is encrypted and audit-logged.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Ambulance handover delay prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts ED handover delays and advises control-room dispatchers which "
        "hospital to convey patients to."
    ),
)

# ---------------------------------------------------------------- data assets
ed_status = tg.Data(
    "ED status updates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ambulance queue length, department occupancy and handover times per ED.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
crew_status = tg.Data(
    "Crew arrival and handover times",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Status messages from the vehicle: at hospital, patient handed over, clear.",
)
incidents = tg.Data(
    "Incident records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient location, presenting complaint, clinical category, age and sex.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
handover_export = tg.Data(
    "Handover timestamps export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident number, hospital, arrival and handover times.",
)
ed_features = tg.Data("ED load features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
advice_request = tg.Data(
    "Conveyance advice request",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Incident location, clinical category and required pathway (stroke, PPCI, trauma).",
)
route_query = tg.Data(
    "Route query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Incident coordinates and the candidate hospitals.",
)
travel_times = tg.Data("Travel time estimates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
predicted_delays = tg.Data(
    "Predicted handover delays", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
advice = tg.Data(
    "Ranked conveyance advice",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Candidate hospitals with predicted wait and travel time for this incident.",
)
destination = tg.Data(
    "Chosen destination hospital", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
history = tg.Data(
    "Pseudonymised handover history",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past ED load snapshots joined to the handover delays that followed.",
)
weights = tg.Data("Delay model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Acute hospital trusts", trust=tg.Trust.PARTNER):
    # Each acute trust's ED system publishes its status every few minutes.
    ed_feed = tm.add(
        tg.DataSource(
            "ED status feed",
            origin=tg.Origin.PARTNER,
            provides={ed_status},
            description="Pushed by each hospital's ED system over HSCN.",
        )
    )

with tm.boundary("Traffic data provider", trust=tg.Trust.PARTNER):
    # Commercial routing API: live road travel times from the scene to each ED.
    traffic = tm.add(
        tg.ExternalService("Travel time API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Ambulance fleet", trust=tg.Trust.INTERNAL):
    # Trust-managed terminals in every vehicle, on the public 4G network.
    mdt = tm.add(
        tg.Device(
            "Mobile data terminals",
            description="In-cab terminals crews press status buttons on; show the destination.",
        )
    )

with tm.boundary("Ambulance trust network", trust=tg.Trust.INTERNAL):  # noqa: SIM117 (kept as the writer wrote it)
    with tm.boundary("Emergency operations centre", trust=tg.Trust.RESTRICTED):
        # The people who choose where each patient goes.
        dispatcher = tm.add(tg.Actor("Control-room dispatcher", role="dispatcher"))
        # System of record for every 999 incident and every vehicle's status.
        cad = tm.add(
            tg.DataStore(
                "CAD system",
                stores={incidents, crew_status, destination},
                description="Computer-aided dispatch; its console shows the conveyance advice.",
                controls={
                    c.Authentication(method="NHS smartcard and PIN"),
                    c.RBAC(),
                    c.AuditLogging(),
                    c.EncryptionAtRest(key_management="trust HSM"),
                },
            )
        )

with tm.boundary("Analytics cloud tenant", trust=tg.Trust.INTERNAL):
    # Joins hospital feeds and CAD exports into per-ED load features.
    ingestion = tm.add(
        tg.Pipeline(
            "ED feature ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="feed messages checked against the agreed schema")},
        )
    )
    # Latest features per ED for serving, plus history for training.
    features = tm.add(tg.FeatureStore("ED feature store", stores={ed_features}, online=True))
    # Predicts the handover delay at each ED for the next hour.
    model = tm.add(
        tg.Model(
            "Handover delay model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor; minutes of expected handover wait per ED.",
        )
    )
    # Ranks candidate hospitals for one incident from delays, travel time and pathway.
    advisor = tm.add(
        tg.Service(
            "Conveyance advice service",
            description="Returns a ranked list to CAD; the dispatcher picks the hospital.",
            controls={
                c.HumanInTheLoop(
                    approver="control-room dispatcher",
                    note="advice only; the dispatcher chooses every destination",
                )
            },
        )
    )
    # Training examples built from past features and observed delays.
    training_set = tm.add(
        tg.Dataset(
            "Handover history dataset",
            stores={history},
            controls={
                c.DataMinimization(note="incident numbers pseudonymised, no patient details")
            },
        )
    )
    # Weekly retraining job.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Versioned model artifacts the serving model loads from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Trust corporate network", trust=tg.Trust.INTERNAL):
    # Builds, retrains and deploys the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# live inputs
tm.flow(ed_feed, ingestion, ed_status, protocol="https")
tm.flow(mdt, cad, crew_status, protocol="https", label="status buttons")
tm.flow(cad, ingestion, handover_export, protocol="https", label="near-real-time export")
tm.flow(ingestion, features, ed_features)

# advising a dispatcher
tm.flow(dispatcher, cad, incidents, label="logs the incident")
tm.flow(cad, advisor, advice_request, protocol="https")
tm.flow(features, advisor, ed_features, label="online lookup")
tm.flow(advisor, model, ed_features)
tm.flow(model, advisor, predicted_delays)
tm.flow(advisor, traffic, route_query, protocol="https")
tm.flow(traffic, advisor, travel_times, protocol="https")
tm.flow(advisor, cad, advice, protocol="https")
tm.flow(cad, dispatcher, advice, label="shown in the CAD console")
tm.flow(dispatcher, cad, destination, label="selects the hospital")
tm.flow(cad, mdt, destination, protocol="https")

# training
tm.flow(features, training_set, ed_features, label="offline snapshot")
tm.flow(cad, training_set, handover_export, protocol="https", label="weekly export")
tm.flow(training_set, training, history)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
