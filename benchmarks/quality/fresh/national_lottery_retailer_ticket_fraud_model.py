"""National lottery retailer ticket fraud model: the first design, before any security review.

The lottery operator runs a few thousand terminals in newsagents and supermarkets.
Players hand paper tickets to shop staff, who scan them to check for prizes. A
known fraud is a clerk telling a player a winning ticket lost, keeping it and
claiming the prize later. Every validation attempt the central gaming system
records is streamed to a feature pipeline that builds per-retailer patterns
(validations of other people's tickets, winners claimed days after a "no win",
claims by staff). A scoring service runs an in-house classifier on each attempt
and queues high scores as cases for the investigations team. Investigators work
the cases in a web console, and the outcomes become labels for monthly retraining.
Terminals reach the data centre over the operator's private network with device
certificates; investigators sign in with corporate SSO and MFA. No action is taken
against a retailer until an investigator has reviewed the case.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "National lottery retailer ticket fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores prize validations at retail terminals and queues suspected "
    "retailer ticket theft for investigators.",
)

# ---------------------------------------------------------------- data assets
ticket = tg.Data(
    "Lottery ticket",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The player's paper ticket: a bearer instrument, whoever holds it can claim.",
)
validation_request = tg.Data(
    "Validation request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Ticket serial, terminal id, retailer id, staff id and time.",
)
validation_result = tg.Data(
    "Validation result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Prize tier and amount, or no win; shown to clerk and on the customer display.",
)
validation_records = tg.Data(
    "Validation history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every validation and claim, tied to the retailer and the signed-in staff member.",
)
retailer_profiles = tg.Data(
    "Retailer and staff profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shop owners and staff: names, addresses, contract, sales volumes.",
)
features = tg.Data(
    "Retailer validation features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
score = tg.Data("Ticket fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
cases = tg.Data(
    "Fraud cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Suspected retailer, staff member, tickets, score and reasons, investigator notes.",
)
outcomes = tg.Data(
    "Case outcomes",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled validation history", kind="training-data", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Fraud model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public", trust=tg.Trust.UNTRUSTED):
    # The player whose winnings are at stake; meets the system only at the counter.
    player = tm.add(tg.Actor("Player", role="lottery player"))

with tm.boundary("Retail estate", trust=tg.Trust.PARTNER):
    # Shop staff run the terminal; the people the model watches.
    clerk = tm.add(tg.Actor("Retail clerk", role="retailer staff"))
    # Operator-owned terminals in independent shops, operated by retailer staff.
    terminal = tm.add(
        tg.Device(
            "Retail lottery terminal",
            fleet=True,
            description="Sells and validates tickets; has a customer-facing display.",
            controls={c.Authentication(method="retailer number and staff password")},
        )
    )

with tm.boundary("Operator data centre", trust=tg.Trust.INTERNAL):
    # Existing system of record that decides whether a ticket has won and pays it.
    gaming = tm.add(
        tg.Service(
            "Central gaming system",
            controls={
                c.MutualAuthentication(note="per-terminal device certificates"),
                c.AuditLogging(),
            },
        )
    )
    # Operational database of validations and retailer accounts.
    gaming_db = tm.add(
        tg.DataStore(
            "Gaming system database",
            stores={validation_records, retailer_profiles},
            controls={c.EncryptionAtRest(key_management="HSM-held keys"), c.RBAC()},
        )
    )

    with tm.boundary("Fraud analytics platform", trust=tg.Trust.INTERNAL):
        # Turns the validation stream into per-retailer and per-staff patterns.
        feature_job = tm.add(
            tg.Pipeline("Validation feature pipeline", stage=tg.Stage.PREPROCESSING)
        )
        # Online and offline features for scoring and training.
        feature_store = tm.add(
            tg.FeatureStore("Retailer feature store", stores={features}, online=True)
        )
        # Scores each validation attempt as it arrives and opens cases above threshold.
        scorer = tm.add(
            tg.Service(
                "Validation scoring service",
                description="Scores each attempt a few seconds after it happens; payouts are not held.",
            )
        )
        # The model itself: its score decides which retailers get investigated.
        model = tm.add(
            tg.Model(
                "Retailer ticket fraud model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                high_stakes=True,
                description="Flags validations that look like a retailer keeping a player's winning ticket.",
                controls={
                    c.ExplainabilityLogging(note="top feature contributions stored with each case")
                },
            )
        )
        # Monthly retraining on closed cases.
        dataset = tm.add(tg.Dataset("Fraud training set", stores={training_set, outcomes}))
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions that the scoring service loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

    with tm.boundary("Investigations", trust=tg.Trust.RESTRICTED):
        # Queue of open and closed cases.
        case_db = tm.add(
            tg.DataStore(
                "Case management database",
                stores={cases, outcomes},
                controls={
                    c.EncryptionAtRest(key_management="KMS"),
                    c.AuditLogging(retention_days=2555),
                },
            )
        )
        # Web console where investigators review, annotate and close cases.
        console = tm.add(
            tg.Service(
                "Investigations console",
                controls={
                    c.Authentication(method="corporate SSO with MFA"),
                    c.RBAC(),
                    c.HumanInTheLoop(
                        approver="an investigator reviews every case before any action"
                    ),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Security team members who follow up cases with test purchases and interviews.
    investigator = tm.add(tg.Actor("Fraud investigator", role="investigator"))

# ---------------------------------------------------------------- flows
tm.flow(player, clerk, ticket, label="handed over at the counter")
tm.flow(clerk, terminal, ticket, label="scanned at the counter")
tm.flow(terminal, gaming, validation_request, protocol="mtls", label="private network")
tm.flow(gaming, terminal, validation_result, protocol="mtls", label="private network")
tm.flow(terminal, clerk, validation_result, label="on the panel")
tm.flow(terminal, player, validation_result, label="customer display at the counter")

tm.flow(gaming, gaming_db, validation_records)
tm.flow(
    gaming_db,
    feature_job,
    validation_records,
    retailer_profiles,
    protocol="kafka",
    label="change stream",
)
tm.flow(feature_job, feature_store, features)
tm.flow(gaming, scorer, validation_request, protocol="kafka", label="validation events")
tm.flow(feature_store, scorer, features, label="online lookup")
tm.flow(scorer, model, features)
tm.flow(model, scorer, score)
tm.flow(scorer, case_db, cases, score, label="scores above review threshold")

tm.flow(investigator, console, outcomes, protocol="https", label="case decisions")
tm.flow(console, investigator, cases, score, protocol="https")
tm.flow(case_db, console, cases, score)
tm.flow(console, case_db, outcomes)
tm.flow(
    gaming_db, console, validation_records, retailer_profiles, label="ticket and retailer lookup"
)

tm.flow(case_db, dataset, outcomes, label="monthly export")
tm.flow(feature_store, dataset, training_set, label="offline snapshot")
tm.flow(dataset, training, training_set, outcomes)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="loads approved version")
