"""Exchange market surveillance for spoofing and layering: the first design, before any security review.

A European stock exchange must detect and report market abuse on its order books.
Member firms send orders over FIX sessions to the exchange's order entry gateway;
the matching engine's event journal is replayed into a surveillance platform
that keeps the full order-book history. Member firms also upload a daily file
mapping their client and trader short codes to real identities. An alert engine
computes features over sliding windows of order activity (order-to-trade ratios,
cancellations near the touch, depth imbalance) and scores them with an in-house
gradient-boosted model; scores above a threshold become alerts. Surveillance
analysts investigate alerts in a case management tool that reconstructs the
order book, and confirmed cases are referred to the national regulator after the
head of surveillance signs off. Dispositions become labels for monthly retraining.
Sessions and staff are authenticated, cases are role-based and audited, and
models are versioned in a registry."""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Market surveillance spoofing detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores member order-book activity for spoofing and layering; analysts "
    "investigate and refer confirmed cases to the regulator.",
)

# ---------------------------------------------------------------- data assets
orders = tg.Data(
    "Orders and cancellations",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="New orders, amendments and cancels with member, trader and client short codes.",
)
executions = tg.Data("Execution reports", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
order_events = tg.Data(
    "Order-book events",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every order-book change with timestamps, sequence numbers and short codes.",
)
short_codes = tg.Data(
    "Client and trader identifier mappings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Short code to national ID, LEI and name, as reported by members.",
)
features = tg.Data(
    "Order activity features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score = tg.Data(
    "Spoofing score and reasons", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
alert = tg.Data(
    "Surveillance alert",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Member, instrument, time window, score and top contributing features.",
)
case = tg.Data(
    "Investigation case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Alert, order-book reconstruction, identities, analyst notes and disposition.",
)
disposition = tg.Data("Analyst disposition", kind="labels", sensitivity=tg.Sensitivity.CONFIDENTIAL)
referral = tg.Data(
    "Suspicious order report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Referral of a confirmed case with evidence and the identities involved.",
)
training_set = tg.Data(
    "Labelled alert history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Historical alert features with analyst dispositions as labels.",
)
weights = tg.Data(
    "Detection model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Member firms", trust=tg.Trust.PARTNER):
    # Trading and back-office systems of the exchange's member firms.
    member = tm.add(tg.Actor("Member firm systems", role="exchange member", human=False))

with tm.boundary("Exchange trading network", trust=tg.Trust.RESTRICTED):
    # FIX order entry for member sessions over leased lines and co-location.
    gateway = tm.add(
        tg.Endpoint(
            "Order entry gateway",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="FIX logon with session password and source IP allowlist"),
                c.RateLimiting(requests_per_minute=60000, note="per-session message throttle"),
            },
        )
    )
    # Matches orders and writes every order-book change to its journal.
    matching = tm.add(tg.Service("Matching engine"))

with tm.boundary("Surveillance platform", trust=tg.Trust.INTERNAL):
    # Replays the matching engine journal into the surveillance history.
    capture = tm.add(tg.Pipeline("Order event capture", stage=tg.Stage.INGESTION))
    # Full-depth order-book history kept for the regulatory retention period.
    history = tm.add(
        tg.DataStore(
            "Order-book history store",
            stores={order_events},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS")},
        )
    )
    # Members' short-code files, used to resolve who was behind an order.
    id_store = tm.add(
        tg.DataStore(
            "Identifier mapping store",
            stores={short_codes},
            controls={c.EncryptionAtRest(key_management="HSM-backed KMS"), c.RBAC()},
        )
    )
    # Computes window features, calls the model and raises alerts above threshold.
    alert_engine = tm.add(tg.Service("Alert engine"))
    # The spoofing and layering detector.
    model = tm.add(
        tg.Model(
            "Spoofing detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over order activity features.",
            controls={
                c.ExplainabilityLogging(note="top contributing features stored with each alert")
            },
        )
    )
    # Analysts' investigation workspace and referral workflow.
    case_mgmt = tm.add(
        tg.Service(
            "Surveillance case management",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
                c.HumanInTheLoop(
                    approver="head of market surveillance", note="signs off every referral"
                ),
            },
        )
    )
    # Past alerts with dispositions, used for retraining.
    dataset = tm.add(tg.Dataset("Labelled alert dataset", stores={training_set}))
    # Monthly retraining job run by the surveillance analytics team.
    training = tm.add(
        tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the detection model and the one in production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Market surveillance staff who investigate alerts.
    analyst = tm.add(tg.Actor("Surveillance analyst", role="analyst"))

with tm.boundary("National regulator", trust=tg.Trust.PARTNER):
    # Competent authority that receives suspicious order reports.
    regulator = tm.add(
        tg.ExternalService("Regulator reporting portal", description="Receives STORs and evidence.")
    )

# ---------------------------------------------------------------- flows
# Trading
tm.flow(member, gateway, orders, protocol="fix")
tm.flow(gateway, member, executions, protocol="fix")
tm.flow(gateway, matching, orders)
tm.flow(matching, gateway, executions)

# Capture
tm.flow(matching, capture, order_events, label="journal replay")
tm.flow(capture, history, order_events)
tm.flow(member, id_store, short_codes, protocol="sftp", label="daily short-code file")

# Detection
tm.flow(history, alert_engine, order_events, label="sliding windows")
tm.flow(alert_engine, model, features)
tm.flow(model, alert_engine, score)
tm.flow(alert_engine, case_mgmt, alert)

# Investigation
tm.flow(history, case_mgmt, order_events, label="order-book reconstruction")
tm.flow(id_store, case_mgmt, short_codes, label="identity resolution")
tm.flow(case_mgmt, analyst, case, protocol="https")
tm.flow(analyst, case_mgmt, disposition, case, protocol="https")
tm.flow(case_mgmt, regulator, referral, protocol="https", label="confirmed cases")

# Retraining
tm.flow(case_mgmt, dataset, training_set, label="closed alerts with dispositions")
tm.flow(dataset, training, training_set)
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
