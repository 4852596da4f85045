"""Airport lounge access fraud scoring: the first design, before any security review.

We run lounges at several EU airports. At the lounge desk an agent scans the
guest's boarding pass barcode and membership card (airline frequent-flyer or
lounge programme card) with a desk tablet. The lounge access API, in our cloud
account, checks the boarding pass with the airline's departure control system
and the card with the membership programme, then scores the entry attempt with
an in-house fraud model (reused boarding passes, shared cards, impossible visit
patterns across lounges). Above a threshold the tablet tells the agent to check
photo ID; the agent makes the final admit or refuse call and records it.
Every attempt is logged; fraud analysts review flagged cases and their labels
feed a weekly retraining job whose models go through a registry.
Controls: agent sign-in on the tablets, HTTPS, barcode validation at the API,
an encrypted entry log, role-based registry access, the agent deciding.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Airport lounge access fraud scoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Fraud scores for lounge entry attempts, checked by desk agents.",
)

# ---------------------------------------------------------------- data assets
boarding_pass = tg.Data(
    "Boarding pass barcode",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="BCBP barcode: passenger name, PNR, flight, seat, frequent-flyer number.",
)
membership_card = tg.Data(
    "Membership card details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Programme, membership number, name and tier read from the card.",
)
entry_attempt = tg.Data(
    "Entry attempt",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Boarding pass and card details with lounge, desk and time.",
)
flight_check = tg.Data(
    "Boarding pass validation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the passenger is checked in on that flight, cabin and status.",
)
entitlement = tg.Data(
    "Membership entitlement",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether the card is valid and how many lounge visits and guests it allows.",
)
entry_features = tg.Data(
    "Entry behaviour features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Per-member and per-pass visit counts, lounges visited, time since last entry.",
)
fraud_score = tg.Data(
    "Entry fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
access_decision = tg.Data(
    "Access recommendation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Admit, or check photo ID first, shown to the desk agent.",
)
agent_outcome = tg.Data(
    "Desk agent outcome",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="What the agent did: admitted, refused, ID checked, reason.",
)
entry_log = tg.Data(
    "Lounge entry log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
fraud_labels = tg.Data(
    "Confirmed fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fraud model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost model saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Airport terminal", trust=tg.Trust.UNTRUSTED):
    # The traveller at the desk: the one presenting a pass and card, honest or not.
    passenger = tm.add(tg.Actor("Passenger", role="lounge guest"))

with tm.boundary("Lounge desk network", trust=tg.Trust.INTERNAL):
    # Staff who scan passes and make the final admit or refuse call.
    desk_agent = tm.add(tg.Actor("Lounge desk agent", role="desk staff"))
    # Managed tablets with a barcode reader; the agent signs in at shift start.
    desk_tablet = tm.add(
        tg.Device(
            "Desk tablet",
            fleet=True,
            description="Managed tablet with a barcode and card reader at each lounge desk.",
        )
    )

with tm.boundary("Airline and programme partners", trust=tg.Trust.PARTNER):
    # The airline's check-in system, to confirm the passenger is really on the flight.
    dcs = tm.add(
        tg.ExternalService(
            "Airline departure control system",
            provides="data-provider",
            description="Partner airlines' passenger check-in API.",
        )
    )
    # The lounge programme / frequent-flyer scheme that says whether a card is valid.
    programme = tm.add(
        tg.ExternalService(
            "Membership programme API",
            provides="data-provider",
            description="Card validity, tier and remaining visits.",
        )
    )

with tm.boundary("Lounge cloud account", trust=tg.Trust.INTERNAL):
    # Front door for the desk tablets.
    access_api = tm.add(
        tg.Endpoint(
            "Lounge access API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="desk agent SSO login with password"),
                c.InputValidation(note="BCBP barcode format and card number checksum"),
            },
        )
    )
    # Orchestrates the partner checks and the fraud score into one recommendation.
    decision_service = tm.add(
        tg.Service(
            "Access decision service",
            description="Calls the airline and programme, scores the attempt, applies the threshold.",
            controls={c.HumanInTheLoop(approver="lounge desk agent")},
        )
    )
    # The fraud model itself, served in-process next to the decision service.
    fraud_model = tm.add(
        tg.Model(
            "Lounge entry fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores 0-1; above 0.7 the agent is told to check photo ID.",
            controls={c.ModelVersioning()},
        )
    )
    # Recent-visit counters so the model can see reuse across desks and lounges.
    feature_store = tm.add(
        tg.FeatureStore("Entry feature store", stores={entry_features}, online=True)
    )
    # Every attempt, score, recommendation and agent outcome.
    entry_db = tm.add(
        tg.DataStore(
            "Entry log database",
            stores={entry_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past attempts joined with analysts' confirmed fraud labels.
        training_set = tm.add(
            tg.Dataset("Entry fraud training set", stores={entry_log, fraud_labels})
        )
        # Weekly retraining job.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Versions of the fraud model; the serving side loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.RBAC()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews flagged entries and confirms or clears fraud.
    analyst = tm.add(tg.Actor("Fraud analyst", role="analyst"))

# ---------------------------------------------------------------- flows
tm.flow(
    passenger,
    desk_tablet,
    boarding_pass,
    membership_card,
    label="presented and scanned at the desk",
)
tm.flow(desk_tablet, access_api, entry_attempt, protocol="https")
tm.flow(access_api, decision_service, entry_attempt)

tm.flow(decision_service, dcs, boarding_pass, protocol="https")
tm.flow(dcs, decision_service, flight_check, protocol="https")
tm.flow(decision_service, programme, membership_card, protocol="https")
tm.flow(programme, decision_service, entitlement, protocol="https")

tm.flow(decision_service, feature_store, entry_attempt, label="update visit counters")
tm.flow(feature_store, decision_service, entry_features, label="online lookup")
tm.flow(decision_service, fraud_model, entry_features)
tm.flow(fraud_model, decision_service, fraud_score)

tm.flow(decision_service, access_api, access_decision)
tm.flow(access_api, desk_tablet, access_decision, protocol="https")
tm.flow(desk_tablet, desk_agent, access_decision, label="on screen")
tm.flow(desk_agent, desk_tablet, agent_outcome, label="touchscreen")
tm.flow(desk_agent, passenger, access_decision, label="in person")
tm.flow(desk_tablet, access_api, agent_outcome, protocol="https")
tm.flow(access_api, decision_service, agent_outcome)
tm.flow(decision_service, entry_db, entry_log)

tm.flow(entry_db, analyst, entry_log, protocol="https", label="flagged-case review")
tm.flow(analyst, training_set, fraud_labels, protocol="https")
tm.flow(entry_db, training_set, entry_log, label="weekly export")
tm.flow(training_set, training, entry_log, fraud_labels)
tm.flow(training, registry, model_artifact)
tm.flow(registry, fraud_model, model_artifact, label="load promoted version")
