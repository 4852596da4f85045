"""Bid-rigging detector for public works tenders: the first design, before any security review.

A national procurement agency in an EU member state screens every bid for public
works contracts for signs of collusion: cover bids, winners rotating between the
same firms, shared authors or identical errors in the documents, and ownership
links between bidders. Companies upload bids through the agency's e-procurement
portal, signing in with a qualified electronic signature. When a tender closes, a
parser extracts prices, document metadata and text features into the analytics
warehouse, next to past tenders and ownership data from the business register. A
screening service scores the tender with an in-house model trained on concluded
cartel cases; tender officers see a risk note in the tender management system
before they award, and flags above a threshold go to investigators of the
competition authority through a dashboard. Controls: signed sign-in, encrypted
and access-controlled bid storage, SSO with audit logs for staff and
investigators, versioned models, and logged explanations for every risk note.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Public works bid-rigging detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Collusion screening of public works bids, advising tender officers and investigators.",
)

# ---------------------------------------------------------------- data assets
bid_docs = tg.Data(
    "Bid documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Priced bills of quantities, method statements, CVs of key staff; sealed until opening.",
)
receipt = tg.Data("Submission receipt", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
ownership = tg.Data(
    "Company ownership records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Directors, shareholders and group links of registered companies.",
)
tender_records = tg.Data(
    "Tender and award history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bid_features = tg.Data(
    "Bid features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="features",
    description="Price ratios, document metadata, text similarity, shared errors, ownership links.",
)
case_labels = tg.Data(
    "Cartel case labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Tenders found rigged or clean in concluded competition cases.",
)
model_artifact = tg.Data(
    "Collusion model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Gradient-boosted trees saved with joblib.",
)
release_approval = tg.Data("Model release approval", sensitivity=tg.Sensitivity.INTERNAL)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
risk_score = tg.Data(
    "Collusion risk score", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
risk_note = tg.Data(
    "Collusion risk note",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Score band and the indicators behind it, shown before award.",
)
flag = tg.Data(
    "Collusion flag with evidence",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tender, bidders, their directors and the indicators that fired.",
)
case_outcome = tg.Data(
    "Investigation outcome", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="labels"
)
award = tg.Data("Award decision", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any registered construction firm can bid, colluding ones included.
    bidder = tm.add(tg.Actor("Bidding company", role="bidder"))

with tm.boundary("Business register", trust=tg.Trust.PARTNER):
    # The national company register's API: who owns and runs each bidder.
    register = tm.add(
        tg.DataSource("Company register API", origin=tg.Origin.PARTNER, provides={ownership})
    )

with tm.boundary("Competition authority network", trust=tg.Trust.PARTNER):
    # Investigators of the separate competition authority receive the flags.
    investigator = tm.add(tg.Actor("Competition investigator", role="investigator"))

with tm.boundary("Agency DMZ", trust=tg.Trust.INTERNAL):
    # Where bidders submit tenders; sign-in with a qualified e-signature.
    portal = tm.add(
        tg.Endpoint(
            "E-procurement portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="qualified electronic signature (eIDAS)"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # Flag queue and evidence viewer for the competition authority's investigators.
    dashboard = tm.add(
        tg.Endpoint(
            "Investigator flag dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC federation with the authority's identity provider"),
                c.AuditLogging(retention_days=3650),
            },
        )
    )

with tm.boundary("Agency data centre", trust=tg.Trust.INTERNAL):
    # Sealed bid files, opened only after the deadline.
    bid_store = tm.add(
        tg.DataStore(
            "Bid document store",
            stores={bid_docs},
            controls={c.EncryptionAtRest(key_management="agency HSM"), c.RBAC(), c.AuditLogging()},
        )
    )
    # Extracts prices, metadata and text features from each closed tender's bids.
    parser = tm.add(tg.Pipeline("Bid document parser", stage=tg.Stage.PREPROCESSING))
    # Past tenders, awards, bid features and ownership links in one place.
    warehouse = tm.add(
        tg.DataStore(
            "Tender analytics warehouse",
            stores={tender_records, bid_features, ownership},
            controls={c.RBAC()},
        )
    )
    # Scores each tender when it closes and writes the note and any flag.
    screening = tm.add(
        tg.Service(
            "Tender screening service",
            controls={c.ExplainabilityLogging()},
        )
    )
    # The detector itself; advisory, people decide on awards and cases.
    model = tm.add(
        tg.Model(
            "Collusion risk model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Existing case-management system tender officers run evaluations and awards in.
    tms = tm.add(
        tg.Service(
            "Tender management system",
            controls={c.Authentication(method="agency SSO"), c.RBAC()},
        )
    )

    with tm.boundary("Analytics platform", trust=tg.Trust.RESTRICTED):
        # Tenders labelled from concluded cartel cases and investigation outcomes.
        labels_ds = tm.add(tg.Dataset("Labelled cartel cases", stores={case_labels, bid_features}))
        # Retrains the model twice a year.
        training = tm.add(tg.Pipeline("Model training pipeline", stage=tg.Stage.TRAINING))
        # Versions of the trained model that screening loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Agency office network", trust=tg.Trust.INTERNAL):
    # Runs the tender and awards the contract; sees the risk note.
    officer = tm.add(tg.Actor("Tender officer", role="tender officer"))
    # Builds and releases the model.
    scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Bid submission.
tm.flow(bidder, portal, bid_docs, protocol="https")
tm.flow(portal, bidder, receipt, protocol="https")
tm.flow(portal, bid_store, bid_docs)

# Feature extraction at tender close.
tm.flow(bid_store, parser, bid_docs)
tm.flow(register, parser, ownership, protocol="https")
tm.flow(parser, warehouse, bid_features, ownership)
tm.flow(tms, warehouse, tender_records, label="nightly export of tenders and awards")

# Screening.
tm.flow(warehouse, screening, bid_features, tender_records, ownership)
tm.flow(screening, model, bid_features)
tm.flow(model, screening, risk_score)
tm.flow(screening, tms, risk_note)
tm.flow(screening, dashboard, flag)

# Tender officers.
tm.flow(tms, officer, risk_note, tender_records, protocol="https")
tm.flow(officer, tms, award, protocol="https")

# Investigators.
tm.flow(dashboard, investigator, flag, bid_docs, protocol="https")
tm.flow(bid_store, dashboard, bid_docs, label="evidence for a flagged tender")
tm.flow(investigator, dashboard, case_outcome, protocol="https")
tm.flow(dashboard, labels_ds, case_outcome)

# Training and release.
tm.flow(warehouse, labels_ds, bid_features)
tm.flow(labels_ds, training, case_labels, bid_features)
tm.flow(scientist, training, training_config, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(scientist, registry, release_approval, protocol="https", label="promotes a version")
tm.flow(registry, model, model_artifact, label="load at start-up")
