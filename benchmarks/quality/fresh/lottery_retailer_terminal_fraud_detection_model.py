"""Lottery retailer terminal fraud detection: the first design, before any security review.

An EU national lottery validates every winning-ticket claim made at its retailer
terminals. The central validation gateway checks the ticket against the draw
results and, before paying, asks a fraud scoring service for a score that
estimates whether the retailer is claiming a customer's winning ticket (tickets
validated long after the draw, clerks who told the player "no win", unusual claim
patterns per shop). Validations above the threshold are held and land in the
security team's case management tool, where investigators release or void them.
Investigation outcomes become labels for a monthly retraining job that writes a
new model to the registry; a data scientist promotes it to serving.
Terminals sit in retail shops and connect over the lottery's private MPLS
network with TLS and per-terminal certificates; clerks sign in with an ID and PIN.
Investigators use SSO with MFA and role-based access; stores are encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lottery retailer terminal fraud detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores retailer ticket validations for claims of customers' winning tickets.",
)

# ---------------------------------------------------------------- data assets
winning_ticket = tg.Data(
    "Winning ticket",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="The player's paper ticket with its serial and barcode.",
)
validation_request = tg.Data(
    "Ticket validation request",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Ticket serial, terminal id, retailer id, clerk id and time of scan.",
)
validation_result = tg.Data(
    "Validation result",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Win amount and pay, hold or not-a-winner, shown to clerk and player.",
)
ticket_records = tg.Data(
    "Ticket and draw records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Tickets sold, draw results, validation history per ticket and terminal.",
)
retailer_features = tg.Data(
    "Retailer claim behaviour features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Per-retailer and per-clerk claim rates, validation delays, win ratios.",
)
score_request = tg.Data(
    "Fraud scoring request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
fraud_score = tg.Data("Fraud score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
held_case = tg.Data(
    "Held validation case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The held validation, its score, the retailer and clerk, and shop history.",
)
outcome = tg.Data(
    "Investigation outcome",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Investigator's decision to release or void the claim, with notes.",
)
release_decision = tg.Data(
    "Hold release decision",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Release for payment or void, sent back to the gateway.",
)
labels = tg.Data(
    "Investigation labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Retail premises", trust=tg.Trust.UNTRUSTED):
    # The player who brings a ticket to the shop counter.
    player = tm.add(tg.Actor("Player", role="lottery player"))
    # Shop owner or clerk operating the terminal; the party the model watches.
    retailer = tm.add(tg.Actor("Retailer clerk", role="retailer"))
    # Lottery-owned terminal in the shop: scans tickets, shows the result.
    terminal = tm.add(
        tg.Device(
            "Retailer terminal",
            fleet=True,
            description="Lottery-issued terminal with a barcode scanner and customer display.",
        )
    )

with tm.boundary("Lottery data centre", trust=tg.Trust.INTERNAL):
    # Central system of record for validations; asks for a score before paying.
    gateway = tm.add(
        tg.Service(
            "Validation gateway",
            description="Checks tickets against draw results, scores them and pays or holds.",
            controls={
                c.Authentication(method="per-terminal X.509 certificate plus clerk ID and PIN"),
                c.InputValidation(note="ticket serial check digits and format"),
                c.AuditLogging(retention_days=2555),
            },
        )
    )
    # Tickets sold, draw results and every validation ever made.
    ticket_db = tm.add(
        tg.DataStore(
            "Ticket and draw database",
            stores={ticket_records},
            controls={
                c.RBAC(),
                c.AuditLogging(),
                c.EncryptionAtRest(key_management="HSM-backed keys"),
            },
        )
    )
    # Turns ticket and validation history into per-retailer features, hourly.
    feature_pipeline = tm.add(
        tg.Pipeline("Retailer feature pipeline", stage=tg.Stage.PREPROCESSING)
    )
    # Online store of the latest retailer and clerk features.
    feature_store = tm.add(tg.FeatureStore("Retailer feature store", stores={retailer_features}))
    # Internal scoring API the gateway calls for each winning validation.
    scoring = tm.add(tg.Endpoint("Fraud scoring endpoint", returns_scores=True))
    # Gradient-boosted classifier: likelihood the retailer is claiming a customer's win.
    model = tm.add(
        tg.Model(
            "Retailer claim fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="A score above the threshold holds the validation for investigation.",
            controls={c.ModelVersioning()},
        )
    )
    # Queue and record of held validations for the security team.
    cases = tm.add(
        tg.Service(
            "Investigation case management",
            description="Holds flagged validations until an investigator releases or voids them.",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="security team investigator"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Past investigations joined with the features at the time of the claim.
        training_set = tm.add(
            tg.Dataset("Investigation training set", stores={labels, retailer_features})
        )
        # Monthly retraining with open-source gradient boosting libraries.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                controls={c.ModelValidation(note="hold-out precision and recall report")},
            )
        )
        # Versioned model artifacts awaiting promotion.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Security team member who investigates held validations.
    investigator = tm.add(tg.Actor("Security investigator", role="investigator"))
    # Owns the model and approves new versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(player, retailer, winning_ticket, label="handed over at the counter")
tm.flow(retailer, terminal, winning_ticket, label="scanned at the counter")
tm.flow(terminal, retailer, validation_result, label="on the terminal screen")
tm.flow(terminal, player, validation_result, label="on the customer display")

tm.flow(terminal, gateway, validation_request, protocol="tls", label="private MPLS network")
tm.flow(gateway, terminal, validation_result, protocol="tls", label="private MPLS network")

tm.flow(gateway, ticket_db, validation_request, label="record validation")
tm.flow(ticket_db, gateway, ticket_records, label="ticket and draw lookup")

tm.flow(ticket_db, feature_pipeline, ticket_records)
tm.flow(feature_pipeline, feature_store, retailer_features)

tm.flow(gateway, scoring, score_request, protocol="https")
tm.flow(feature_store, scoring, retailer_features, label="online lookup")
tm.flow(scoring, model, retailer_features)
tm.flow(model, scoring, fraud_score)
tm.flow(scoring, gateway, fraud_score, protocol="https")

tm.flow(gateway, cases, held_case, protocol="https", label="score above hold threshold")
tm.flow(cases, investigator, held_case, protocol="https")
tm.flow(investigator, cases, outcome, protocol="https")
tm.flow(cases, gateway, release_decision, protocol="https")

tm.flow(cases, training_set, labels, label="closed investigations")
tm.flow(feature_store, training_set, retailer_features, label="features at claim time")
tm.flow(training_set, training, labels, retailer_features)
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, protocol="https", label="approves promotion")
tm.flow(registry, model, model_artifact, label="deploy")
