"""Ship waste declaration check: the first design, before any security review.

Ships bound for the port must send an advance waste notification (waste on board,
storage capacity, last port of delivery) at least 24 hours before arrival. Ship
agents file it in the national maritime single window, which forwards it to the
port authority as a signed message. An ingestion service validates it against the
message schema and stores it with the waste delivery receipts of earlier ports.
A check service adds the ship's voyage history from a commercial AIS data vendor
and asks an in-house classifier how likely the notification under-declares waste.
Flagged ships appear on a dashboard where port state inspectors, signed in with
the authority's single sign-on, decide which ships to inspect and record outcomes.
Those outcomes become labels for a quarterly retraining run by the data team,
whose models are versioned in a registry and loaded by the check service.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ship waste declaration check",
    profile=tg.RiskProfile.HIGH,
    description="Scores advance waste notifications for likely under-declaration and flags ships for inspectors.",
)

# ---------------------------------------------------------------- data assets
notification = tg.Data(
    "Advance waste notification",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ship identity, ETA, waste types and volumes on board, storage capacity, "
    "last port of delivery, agent contact details.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
receipts = tg.Data(
    "Waste delivery receipts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Volumes each ship delivered at earlier ports, exchanged between port states.",
)
vessel_query = tg.Data("Vessel history query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
voyage_history = tg.Data(
    "Voyage history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Port calls, days at sea and route since the last waste delivery, from AIS.",
)
features = tg.Data(
    "Declaration check features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score = tg.Data(
    "Under-declaration score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flag = tg.Data(
    "Inspection flag",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Score, main contributing factors and the flag shown to inspectors.",
)
outcome = tg.Data(
    "Inspection outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Whether the ship was inspected and the waste actually found on board.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled notification history", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
model_artifact = tg.Data(
    "Classifier artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Files the notification for the ship; has every reason to under-declare.
    ship_agent = tm.add(tg.Actor("Ship agent", role="shipping agent or master"))

with tm.boundary("National maritime single window", trust=tg.Trust.PARTNER):
    # Government reporting platform that receives the notification and forwards it.
    single_window = tm.add(
        tg.ExternalService(
            "Maritime single window",
            description="National reporting portal for ship formalities; forwards notifications to the port.",
        )
    )
    # Receipts from earlier ports, exchanged through the EU maritime information system.
    receipt_source = tm.add(
        tg.DataSource(
            "Port state waste receipt exchange",
            origin=tg.Origin.PARTNER,
            provides={receipts},
        )
    )

with tm.boundary("AIS data vendor", trust=tg.Trust.PARTNER):
    # Commercial AIS history: where the ship has been since its last delivery.
    ais_vendor = tm.add(
        tg.ExternalService("AIS voyage history API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Port authority network", trust=tg.Trust.INTERNAL):
    # Receives forwarded notifications and receipts and checks them against the schema.
    ingestion = tm.add(
        tg.Service(
            "Notification ingestion service",
            controls={c.SchemaEnforcement(note="EU waste notification message schema")},
        )
    )
    # Notifications, receipts, scores and inspection outcomes per port call.
    case_store = tm.add(
        tg.DataStore(
            "Port call waste database",
            stores={notification, receipts, voyage_history, flag, outcome},
        )
    )
    # Builds features for each new notification and records the flag.
    check_service = tm.add(
        tg.Service(
            "Declaration check service",
            description="Runs on each new notification, before the ship arrives.",
        )
    )
    # The classifier that estimates under-declaration.
    model = tm.add(
        tg.Model(
            "Waste under-declaration classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees; a score above the threshold flags the ship.",
        )
    )
    # Where inspectors see flagged ships and record what they found.
    dashboard = tm.add(
        tg.Endpoint(
            "Inspector dashboard",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="port authority SSO (OIDC) with MFA"),
                c.HumanInTheLoop(approver="the duty inspector, who decides whether to inspect"),
            },
        )
    )
    # Port state control officers who board ships.
    inspector = tm.add(tg.Actor("Port state inspector", role="inspector"))

    with tm.boundary("Analytics environment", trust=tg.Trust.INTERNAL):
        # Past notifications joined to inspection outcomes.
        dataset = tm.add(tg.Dataset("Labelled notification dataset", stores={training_set}))
        # Retrains the classifier each quarter.
        training = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
            )
        )
        # Versioned classifier artifacts that the check service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )
        # Runs the retraining and chooses which version goes live.
        data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(ship_agent, single_window, notification, protocol="https")
tm.flow(
    single_window,
    ingestion,
    notification,
    protocol="https",
    controls={c.MessageIntegrity(note="AS4 signed messages")},
    label="forwarded notification",
)
tm.flow(receipt_source, ingestion, receipts, protocol="https")
tm.flow(ingestion, case_store, notification, receipts)

tm.flow(case_store, check_service, notification, receipts)
tm.flow(check_service, ais_vendor, vessel_query, protocol="https")
tm.flow(ais_vendor, check_service, voyage_history, protocol="https")
tm.flow(check_service, model, features)
tm.flow(model, check_service, score)
tm.flow(check_service, case_store, voyage_history, flag)

tm.flow(case_store, dashboard, notification, voyage_history, flag)
tm.flow(dashboard, inspector, flag, notification, protocol="https")
tm.flow(inspector, dashboard, outcome, protocol="https")
tm.flow(dashboard, case_store, outcome)

tm.flow(case_store, dataset, training_set, label="quarterly export")
tm.flow(dataset, training, training_set)
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, data_scientist, model_artifact, label="evaluation report and artifact")
tm.flow(registry, model, model_artifact, label="load approved version")
