"""Ambulance handover delay prediction: the first design, before any security review.

A regional NHS ambulance service wants to predict how long each crew will wait to
hand its patient over at each emergency department (ED) in the region. Live
arrival data (incidents, conveyances, ETAs and vehicle status) comes from the
computer-aided dispatch (CAD) system, which the crews' mobile data terminals keep
up to date; ED capacity (occupancy, cubicles free, ambulances queuing) is polled
every five minutes from the regional capacity platform the hospitals publish to.
A prediction service in the service's cloud tenancy scores every open conveyance
and shows the predicted delays on a decision-support panel in the control room;
dispatchers decide whether to divert a crew and send the diversion through CAD.
ED coordinators at the hospitals see the same predictions on a shared web
dashboard (Entra ID guest accounts with MFA). The model is retrained monthly from
CAD handover history. Traffic is TLS throughout; CAD keeps its existing audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ambulance handover delay prediction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Predicts ED handover delays from live CAD arrivals and hospital capacity; "
        "dispatchers divert crews, hospitals see a shared dashboard."
    ),
)

# ---------------------------------------------------------------- data assets
crew_status = tg.Data(
    "Crew status updates",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Status button presses (at hospital, patient handed over, clear) and AVL position.",
)
arrivals = tg.Data(
    "Incident and arrival records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Incident number, patient age and sex, presenting complaint, acuity category, "
    "destination ED, ETA and handover timestamps.",
)
capacity = tg.Data(
    "ED capacity snapshot",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Per-ED occupancy, cubicles free, corridor patients and ambulances queuing.",
)
features = tg.Data(
    "Handover features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per open conveyance: incident number, acuity, ETA, destination ED and its "
    "current capacity, time of day.",
)
predictions = tg.Data(
    "Predicted handover delays",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
hospital_view = tg.Data(
    "Regional delay board",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Predicted waits and queued ambulances per ED, without incident details.",
)
dashboard_query = tg.Data("Dashboard filter request", kind="records")
diversion = tg.Data(
    "Diversion instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
history = tg.Data(
    "Handover history",
    kind="training-data",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Two years of completed conveyances with actual handover times and the "
    "capacity snapshots at arrival.",
)
artifact = tg.Data("Delay model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Ambulance fleet", trust=tg.Trust.INTERNAL):
    # The paramedics who press status buttons and receive the diversion.
    crew = tm.add(tg.Actor("Ambulance crew", role="paramedic crew"))
    # In-cab terminal on the private mobile APN: feeds live status into CAD.
    mdt = tm.add(
        tg.Device(
            "Ambulance mobile data terminal",
            fleet=True,
            description="Vendor MDT in each vehicle, on the private mobile APN.",
        )
    )

with tm.boundary("Emergency operations centre", trust=tg.Trust.INTERNAL):
    # Control-room staff who decide diversions.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="emergency dispatcher"))
    # New web panel on the dispatcher workstation showing the predictions.
    panel = tm.add(
        tg.Endpoint(
            "Dispatch decision-support panel",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="individual Active Directory login on control-room workstations"
                ),
                c.HumanInTheLoop(approver="the dispatcher decides each diversion"),
            },
        )
    )

    with tm.boundary("CAD enclave", trust=tg.Trust.RESTRICTED):
        # Existing system of record for incidents; source of the live arrival data.
        cad = tm.add(
            tg.Service(
                "Computer-aided dispatch (CAD)",
                description="Existing CAD; an outbound integration feed was added for this project.",
                controls={c.AuditLogging(), c.RBAC()},
            )
        )

with tm.boundary("Hospital networks", trust=tg.Trust.PARTNER):
    # Regional platform the acute trusts publish ED capacity to.
    capacity_platform = tm.add(
        tg.ExternalService(
            "Regional capacity platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Run by the integrated care board; polled over its REST API with an API key.",
        )
    )
    # Hospital staff who watch the shared dashboard.
    ed_coordinator = tm.add(tg.Actor("ED flow coordinator", role="hospital ED staff"))

with tm.boundary("Ambulance service cloud tenancy", trust=tg.Trust.INTERNAL):
    # Joins the CAD feed and capacity polls into features and history.
    ingestion = tm.add(
        tg.Pipeline(
            "Arrival and capacity ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Latest features per open conveyance, read on every scoring cycle.
    feature_store = tm.add(
        tg.FeatureStore("Handover feature store", stores={features}, online=True)
    )
    # Gradient-boosted regressor predicting minutes to handover.
    model = tm.add(
        tg.Model(
            "Handover delay model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="LightGBM regressor; predicts minutes from arrival to handover per ED.",
        )
    )
    # Scores every open conveyance every five minutes and publishes the results.
    predictor = tm.add(
        tg.Service(
            "Delay prediction service",
            description="Scores all open conveyances each cycle and pushes results to the panel "
            "and the dashboard.",
        )
    )
    # Shared regional view for the hospitals, reachable from their networks.
    dashboard = tm.add(
        tg.Endpoint(
            "Hospital delay dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft Entra ID B2B guest accounts with MFA"),
                c.RBAC(),
            },
        )
    )
    # Training set built from completed conveyances.
    history_set = tm.add(
        tg.Dataset(
            "Handover history dataset",
            stores={history},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Monthly retraining job run by the analytics team.
    training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
    # Holds model versions; the prediction service loads the tagged one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# live arrival data from the vehicles into CAD, and diversions back out
tm.flow(crew, mdt, crew_status, label="status buttons")
tm.flow(mdt, cad, crew_status, protocol="tls", label="private APN")
tm.flow(cad, mdt, diversion, protocol="tls", label="private APN")
tm.flow(mdt, crew, diversion, label="on the MDT screen")

# feeds into the cloud
tm.flow(cad, ingestion, arrivals, protocol="https", label="CAD integration feed")
tm.flow(capacity_platform, ingestion, capacity, protocol="https", label="polled every 5 minutes")
tm.flow(ingestion, feature_store, features)
tm.flow(ingestion, history_set, history, label="capacity snapshots")
tm.flow(cad, history_set, history, protocol="https", label="nightly export of closed incidents")

# scoring
tm.flow(feature_store, predictor, features)
tm.flow(predictor, model, features)
tm.flow(model, predictor, predictions)

# control room
tm.flow(predictor, panel, predictions, protocol="https")
tm.flow(panel, dispatcher, predictions)
tm.flow(dispatcher, cad, diversion, label="enters diversion")

# hospitals
tm.flow(predictor, dashboard, hospital_view)
tm.flow(ed_coordinator, dashboard, dashboard_query, protocol="https")
tm.flow(dashboard, ed_coordinator, hospital_view, protocol="https")

# retraining and deployment
tm.flow(history_set, training, history)
tm.flow(training, registry, artifact)
tm.flow(registry, model, artifact, label="deploy tagged version")
