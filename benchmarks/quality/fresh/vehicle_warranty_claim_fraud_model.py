"""Vehicle warranty claim fraud model: the first design, before any security review.

Our franchised dealers submit warranty repair claims (VIN, owner, mileage, labour
operations and hours, parts replaced, photos) through the dealer portal, signing
in with their dealer staff accounts. A claims service checks each claim against
the claim schema, stores it, and asks an in-house fraud model, served behind an
internal scoring endpoint, for a fraud score using the vehicle's service history.
Claims scoring above the audit threshold wait in the audit workbench, where the
warranty audit team checks for swapped parts and inflated labour; the rest are
approved automatically. Approved claims go to the ERP for the weekly dealer
payment run, and audit decisions become labels for monthly retraining, whose
model file (joblib) is kept in a model registry. Controls in this design: portal
sign-in, schema checks, encrypted claims storage with roles, audit logging in the
workbench, evaluation before promotion and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vehicle warranty claim fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores dealer warranty claims for fraud; high scores are audited before payment.",
)

# ---------------------------------------------------------------- data assets
claim = tg.Data(
    "Warranty claim",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="VIN, owner name, mileage, labour operation codes and hours, parts, photos.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
claim_status = tg.Data("Claim status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
history = tg.Data(
    "Vehicle service history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Earlier repairs, parts fitted and odometer readings per VIN.",
)
features = tg.Data("Claim features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
audit_case = tg.Data("Audit case", kind="records", sensitivity=tg.Sensitivity.PII)
audit_decision = tg.Data(
    "Audit decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled claims training set", kind="training-data", sensitivity=tg.Sensitivity.PII
)
payment = tg.Data(
    "Approved claim payment",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Dealer, claim amount and the dealer's bank account for the payment run.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
remittance = tg.Data("Remittance advice", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
weights = tg.Data("Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Dealer network", trust=tg.Trust.PARTNER):
    # Service advisors and warranty clerks at independent franchised dealers.
    dealer = tm.add(tg.Actor("Dealer warranty clerk", role="dealer"))

with tm.boundary("OEM cloud", trust=tg.Trust.INTERNAL):
    # Web portal dealers use to file claims and see their status.
    portal = tm.add(
        tg.Service(
            "Dealer portal",
            internet_facing=True,
            controls={
                c.Authentication(method="dealer staff accounts, password and e-mail one-time code")
            },
        )
    )
    # Validates, stores and routes claims; holds high scores for audit.
    claims_service = tm.add(
        tg.Service(
            "Claims service",
            controls={
                c.SchemaEnforcement(note="claim schema and labour operation code catalogue"),
                c.HumanInTheLoop(approver="warranty auditor", above="fraud score 0.7"),
            },
        )
    )
    # Internal endpoint that builds features and returns the fraud score.
    scoring = tm.add(tg.Endpoint("Scoring endpoint", returns_scores=True))
    # The fraud classifier itself (gradient-boosted trees).
    model = tm.add(
        tg.Model(
            "Claim fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Predicts swapped parts and inflated labour from claim and history.",
        )
    )

    with tm.boundary("Warranty data tier", trust=tg.Trust.RESTRICTED):
        # All submitted claims with their photos and scores.
        claims_db = tm.add(
            tg.DataStore(
                "Claims database",
                stores={claim, score},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Service history per VIN from the dealer management systems.
        history_db = tm.add(tg.DataStore("Vehicle service history store", stores={history}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Audited claims with their decisions, used as training labels.
        label_set = tm.add(
            tg.Dataset("Audited claims dataset", stores={training_set, audit_decision})
        )
        # Monthly retraining job; evaluated on a hold-out month before promotion.
        training = tm.add(
            tg.Pipeline(
                "Monthly retraining", stage=tg.Stage.TRAINING, controls={c.ModelValidation()}
            )
        )
        # Versioned model files the scoring endpoint loads.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Warranty audit team reviewing held claims.
    auditor = tm.add(tg.Actor("Warranty auditor", role="warranty audit"))
    # Case queue and evidence viewer for the audit team.
    workbench = tm.add(
        tg.Service("Audit workbench", controls={c.RBAC(), c.AuditLogging(retention_days=3650)})
    )
    # Finance system that runs the weekly dealer payment run.
    erp = tm.add(tg.Service("ERP dealer payments"))
    # Data scientist who maintains features and retraining.
    data_scientist = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(dealer, portal, claim, protocol="https")
tm.flow(portal, dealer, claim_status, remittance, protocol="https")
tm.flow(portal, claims_service, claim)
tm.flow(claims_service, portal, claim_status)

tm.flow(claims_service, claims_db, claim, score)
tm.flow(claims_service, scoring, claim, label="score request")
tm.flow(history_db, scoring, history, label="history lookup by VIN")
tm.flow(scoring, model, features)
tm.flow(model, scoring, score)
tm.flow(scoring, claims_service, score)

tm.flow(claims_service, workbench, audit_case, label="score above audit threshold")
tm.flow(claims_db, workbench, claim, label="claim evidence")
tm.flow(workbench, auditor, audit_case)
tm.flow(auditor, workbench, audit_decision)
tm.flow(workbench, claims_service, audit_decision)
tm.flow(claims_service, erp, payment, label="approved claims")
tm.flow(erp, portal, remittance)

tm.flow(workbench, label_set, audit_decision)
tm.flow(claims_db, label_set, training_set, label="monthly extract")
tm.flow(label_set, training, training_set, audit_decision)
tm.flow(data_scientist, training, label="runs and tunes retraining")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="load approved version")
