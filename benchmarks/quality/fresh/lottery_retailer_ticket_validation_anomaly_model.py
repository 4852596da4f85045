"""Lottery retailer ticket-validation anomaly model: the first design.

An EU national lottery validates tickets at about 9,000 licensed shops. A known fraud
is a clerk scanning a customer's winning ticket, saying it lost and cashing it later.
Every scan goes from a retail terminal (clerk ID and PIN) over the private terminal
network (TLS) to the central gaming system, which logs a validation event. A nightly
job turns events into per-retailer features and scores each retailer with an in-house
anomaly model; retailers above a threshold become cases in the security team's case
system, where investigators decide what to do, up to suspending a terminal. Prizes
over EUR 600 are refused at terminals and paid only at claim centres after an ID
check. The model is retrained monthly from investigation outcomes; staff use the
corporate SSO, and the gaming database is encrypted with HSM keys and audit-logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Lottery retailer ticket-validation anomaly model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores lottery retailers nightly for validation fraud and opens cases "
    "for the security team; large prizes are paid only at claim centres.",
)

# ---------------------------------------------------------------- data assets
ticket = tg.Data(
    "Lottery ticket",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The paper ticket with its barcode and serial number; a bearer instrument.",
)
validation_request = tg.Data(
    "Validation request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Ticket serial, terminal id, retailer id and clerk id.",
)
validation_result = tg.Data(
    "Validation result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Win or no win, the prize amount, and whether it must be claimed at a claim centre.",
)
ticket_records = tg.Data(
    "Ticket sales and prize records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
validation_events = tg.Data(
    "Validation events",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every scan with time, terminal, retailer and clerk id; clerks are named staff.",
)
claims = tg.Data(
    "Prize claims",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Winner's name, ID document number and bank account for prizes over EUR 600.",
)
retailer_features = tg.Data(
    "Retailer validation features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Per retailer: share of winning tickets validated as losing, re-scans, "
    "validations after hours, claims by the same person, and so on.",
)
outcome_labels = tg.Data(
    "Investigation outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Anomaly model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
risk_scores = tg.Data(
    "Retailer risk scores", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
flagged = tg.Data(
    "Flagged retailer cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Retailer, owner and clerk names with the score and the events behind it.",
)
case_notes = tg.Data("Investigation notes", kind="documents", sensitivity=tg.Sensitivity.PII)
suspension = tg.Data(
    "Terminal suspension decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The customer who bought the ticket and brings it back to a shop or a claim centre.
    player = tm.add(tg.Actor("Player", role="lottery customer"))

with tm.boundary("Retailer shops", trust=tg.Trust.PARTNER):
    # The shop clerk scans tickets; the person the model is looking for is one of them.
    clerk = tm.add(tg.Actor("Retail clerk", role="licensed retailer staff"))
    # Lottery-owned terminals in thousands of shops, on the private terminal network.
    terminal = tm.add(
        tg.Device(
            "Retail lottery terminal",
            fleet=True,
            description="Barcode scanner and clerk screen; no customer-facing display.",
            controls={c.Authentication(method="clerk ID and PIN")},
        )
    )

with tm.boundary("Lottery data centre", trust=tg.Trust.INTERNAL):
    with tm.boundary("Gaming core", trust=tg.Trust.RESTRICTED):
        # Sells and validates tickets; the system of record for wins and payouts.
        central = tm.add(
            tg.Service(
                "Central gaming system",
                controls={
                    c.AuditLogging(retention_days=2555, note="gaming regulator requirement"),
                    c.RBAC(),
                    c.TransactionLimits(
                        limit="EUR 600 per ticket paid at a retail terminal; larger prizes "
                        "only at a claim centre"
                    ),
                },
            )
        )
        # Ticket, prize and claim records plus the validation event log.
        ticket_db = tm.add(
            tg.DataStore(
                "Gaming database",
                stores={ticket_records, validation_events, claims},
                controls={c.EncryptionAtRest(key_management="HSM"), c.AuditLogging()},
            )
        )

    with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
        # Nightly extract of validation events into per-retailer features.
        feature_job = tm.add(
            tg.Pipeline("Nightly retailer feature pipeline", stage=tg.Stage.PREPROCESSING)
        )
        # Offline feature tables for scoring and training.
        feature_store = tm.add(
            tg.FeatureStore("Retailer feature store", stores={retailer_features}, online=False)
        )
        # Monthly retraining on features and investigation outcomes.
        training = tm.add(tg.Pipeline("Monthly model training", stage=tg.Stage.TRAINING))
        # Versioned model artifacts.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )
        # Gradient-boosted anomaly scorer over retailer features.
        model = tm.add(
            tg.Model(
                "Retailer anomaly model",
                task=tg.Task.DETECTOR,
                returns_scores=True,
                high_stakes=True,
                description="Scores each retailer for validation fraud; drives investigations "
                "that can end a retailer's licence.",
            )
        )
        # Runs the model over all retailers and opens cases above the threshold.
        scoring = tm.add(tg.Service("Nightly retailer scoring job"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Case management for the security team: cases, evidence and outcomes.
    cases = tm.add(
        tg.Service(
            "Security case system",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="a security investigator"),
            },
        )
    )
    # Investigates flagged retailers and records outcomes.
    investigator = tm.add(tg.Actor("Security investigator", role="investigator"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

with tm.boundary("Claim centres", trust=tg.Trust.INTERNAL):
    # Staff who check the claimant's ID and pay large prizes.
    claim_clerk = tm.add(tg.Actor("Claim centre clerk", role="claims staff"))
    # Front-end where large prizes are validated and claims recorded.
    claim_system = tm.add(
        tg.Service(
            "Claim centre system",
            controls={c.Authentication(method="staff smartcard and PIN"), c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
# Validation at the shop
tm.flow(player, clerk, ticket, label="hands over ticket")
tm.flow(clerk, terminal, ticket, label="scans ticket")
tm.flow(terminal, central, validation_request, protocol="tls", label="private terminal network")
tm.flow(central, terminal, validation_result, protocol="tls", label="private terminal network")
tm.flow(terminal, clerk, validation_result, label="clerk screen")
tm.flow(clerk, player, validation_result, label="tells the result")
tm.flow(central, ticket_db, validation_events, ticket_records)
tm.flow(ticket_db, central, ticket_records)

# Large prizes at claim centres
tm.flow(player, claim_clerk, ticket, claims, label="claims prize with ID")
tm.flow(claim_clerk, claim_system, ticket, claims)
tm.flow(claim_system, central, validation_request, claims, protocol="https")
tm.flow(central, claim_system, validation_result, protocol="https")
tm.flow(claim_system, claim_clerk, validation_result)
tm.flow(central, ticket_db, claims, label="record claim")

# Features, scoring and cases
tm.flow(ticket_db, feature_job, validation_events, ticket_records, label="nightly extract")
tm.flow(feature_job, feature_store, retailer_features)
tm.flow(feature_store, scoring, retailer_features)
tm.flow(scoring, model, retailer_features)
tm.flow(model, scoring, risk_scores)
tm.flow(scoring, cases, flagged, protocol="https", label="retailers above threshold")
tm.flow(cases, investigator, flagged, protocol="https")
tm.flow(investigator, cases, case_notes, outcome_labels, protocol="https")
tm.flow(cases, central, suspension, protocol="https", label="suspend validation rights")

# Training
tm.flow(feature_store, training, retailer_features)
tm.flow(cases, training, outcome_labels, label="monthly export of outcomes")
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load at job start")
