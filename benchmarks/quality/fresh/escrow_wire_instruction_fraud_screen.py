"""Escrow wire instruction fraud screen: the first design, before any security review.

A title and escrow company pays out real-estate closing proceeds by wire. A closing
officer keys the payees (seller, payoff lender, agents) and their bank details into the
closing management system and prepares a disbursement. Before the wire service sends a
wire through the bank's wire API, it asks an internal scoring endpoint for a fraud
score. The model looks at the closing file's history (changed beneficiary, a bank never
seen for this party) and at signals pulled from the closing's email thread in the
company's hosted mailbox (look-alike domains, reply-to mismatches, late changes).
Wires above the review threshold are held for an escrow manager, who calls the payee
back before approving. Confirmed fraud attempts and cleared holds are labelled and feed
a monthly retraining job; an ML engineer promotes new versions from the registry.
Staff sign in with the company's SSO and MFA, the bank API uses mutual TLS, the wire
service keeps an audit log, and the closing database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Escrow wire instruction fraud screen",
    profile=tg.RiskProfile.HIGH,
    description="Scores outgoing closing disbursement wires for instruction fraud before release.",
)

# ---------------------------------------------------------------- data assets
email_thread = tg.Data(
    "Closing email thread",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Messages between the officer, buyers, sellers, agents and lenders.",
)
closing_file = tg.Data(
    "Closing file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Parties, property, settlement statement and payee history.",
)
wire_instructions = tg.Data(
    "Payee wire instructions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Beneficiary name, bank, routing and account numbers.",
)
disbursement = tg.Data("Disbursement request", kind="records", sensitivity=tg.Sensitivity.PII)
email_signals = tg.Data(
    "Email thread signals", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score_request = tg.Data("Wire scoring request", kind="features", sensitivity=tg.Sensitivity.PII)
fraud_score = tg.Data(
    "Wire fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
held_wire = tg.Data("Held wire for review", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Hold review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
wire_order = tg.Data(
    "Wire release order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
wire_confirmation = tg.Data("Wire confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
wire_outcomes = tg.Data("Scored wire outcomes", kind="records", sensitivity=tg.Sensitivity.PII)
fraud_labels = tg.Data(
    "Fraud case labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Wire fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Buyers, sellers, agents and payoff lenders email the officer, including their wire details.
    party = tm.add(tg.Actor("Transaction party", role="buyer, seller, agent or lender"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # The company's hosted mailbox: where closing correspondence (and spoofed mail) lands.
    mailbox = tm.add(
        tg.ExternalService(
            "Hosted email service",
            provides="generic",
            description="Hosted business email; read over the provider's mail API.",
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The escrow account's bank: sends the wire once it receives a release order.
    bank_api = tm.add(tg.ExternalService("Bank wire API", provides="generic"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Prepares each closing and its disbursements.
    officer = tm.add(tg.Actor("Closing officer", role="escrow staff"))
    # Works the held wires (calls the payee back) and labels confirmed fraud attempts.
    manager = tm.add(tg.Actor("Escrow manager", role="escrow supervisor", privileged=True))
    # Trains the model and promotes versions into serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # System of record for closings: parties, settlement statements and payee instructions.
    closing_system = tm.add(
        tg.Service(
            "Closing management system",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Database behind the closing system.
    closing_db = tm.add(
        tg.DataStore(
            "Closing file database",
            stores={closing_file, wire_instructions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Reads the closing's thread from the mailbox and turns it into signals for the model.
    extractor = tm.add(
        tg.Service(
            "Email signal extractor",
            description="Sender domains, reply-to mismatches, timing of instruction changes.",
        )
    )
    # Internal API the wire service calls for a score before each release.
    scoring = tm.add(tg.Endpoint("Wire scoring endpoint", returns_scores=True))
    # Gradient-boosted classifier trained on past wire fraud cases.
    model = tm.add(
        tg.Model(
            "Wire fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores changed beneficiaries, new banks and thread anomalies; "
            "a score above the threshold holds the wire for review.",
        )
    )

    with tm.boundary("Payments subnet", trust=tg.Trust.RESTRICTED):
        # Builds the wire from the disbursement, gets the score, holds or releases it.
        wire_service = tm.add(
            tg.Service(
                "Wire disbursement service",
                controls={
                    c.Authentication(method="company SSO with MFA"),
                    c.RBAC(),
                    c.AuditLogging(retention_days=2555),
                    c.HumanInTheLoop(
                        approver="escrow manager",
                        note="only for wires the model scores above the review threshold",
                    ),
                },
            )
        )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Past fraud cases and cleared wires with their features.
        cases = tm.add(tg.Dataset("Fraud case dataset", stores={fraud_labels, wire_outcomes}))
        # Monthly retraining job.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Versions of the trained model; serving loads the promoted one.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

# ---------------------------------------------------------------- flows
# Correspondence and instructions arrive by email.
tm.flow(party, mailbox, email_thread, wire_instructions, protocol="smtp")
tm.flow(mailbox, party, email_thread, protocol="smtp")
tm.flow(mailbox, officer, email_thread, wire_instructions, protocol="https")
tm.flow(officer, mailbox, email_thread, protocol="https")

# The officer keys the closing and prepares the disbursement.
tm.flow(officer, closing_system, closing_file, wire_instructions, protocol="https")
tm.flow(closing_system, officer, closing_file, protocol="https")
tm.flow(closing_system, closing_db, closing_file, wire_instructions)
tm.flow(closing_db, closing_system, closing_file, wire_instructions)
tm.flow(officer, wire_service, disbursement, protocol="https")
tm.flow(wire_service, officer, wire_confirmation, protocol="https", label="wire status")
tm.flow(closing_db, wire_service, wire_instructions, closing_file, label="payees and payee history")

# Scoring before release.
tm.flow(mailbox, extractor, email_thread, protocol="https", label="mail API read")
tm.flow(extractor, scoring, email_signals)
tm.flow(wire_service, scoring, score_request)
tm.flow(scoring, model, score_request, email_signals)
tm.flow(model, scoring, fraud_score)
tm.flow(scoring, wire_service, fraud_score)

# Held wires go to the escrow manager; released wires go to the bank.
tm.flow(wire_service, manager, held_wire, fraud_score, protocol="https")
tm.flow(manager, wire_service, review_decision, protocol="https")
tm.flow(wire_service, bank_api, wire_order, protocol="mtls")
tm.flow(bank_api, wire_service, wire_confirmation, protocol="mtls")

# Labels and retraining.
tm.flow(wire_service, cases, wire_outcomes, label="scored wires and their outcome")
tm.flow(manager, cases, fraud_labels, protocol="https", label="confirmed fraud / cleared")
tm.flow(cases, training, fraud_labels, wire_outcomes)
tm.flow(training, registry, model_artifact)
tm.flow(ml_engineer, registry, promotion, protocol="https", label="promotes a version")
tm.flow(registry, model, model_artifact, label="deploy")
