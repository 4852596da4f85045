"""Online auction shill-bidding detector: the first design, before any security review.

Our EU consumer auction marketplace lets anyone register to list items or bid.
Shill bidding (sellers or their friends bidding up their own lots) is the main
complaint from buyers, so we are adding an in-house detector. The auction engine
writes every bid with the bidder's IP address and device fingerprint to the bid
history database; a streaming feature pipeline turns it into bidder-seller graph
and bid-timing features. When an auction closes, the engine calls an internal
scoring endpoint; lots scored above a threshold are held from settlement and sent
to the trust and safety review console, where analysts confirm or clear them and
can suspend accounts. Their verdicts become labels for weekly retraining, and the
new model goes from the registry into serving. Marketplace sign-in is e-mail and
password with rate limits on the public API; analysts sign in with corporate SSO
and role-based access, and the review console keeps an audit log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online auction shill-bidding detector",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Scores closing auctions for shill bidding and holds suspect lots for review.",
)

# ---------------------------------------------------------------- data assets
bids = tg.Data(
    "Bids",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Bidder account, lot, amount and timestamp.",
)
listings = tg.Data("Listings", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
auction_status = tg.Data(
    "Auction status and outcome", kind="records", sensitivity=tg.Sensitivity.PII
)
bid_signals = tg.Data(
    "Bid history with IP and device fingerprint",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
features = tg.Data(
    "Bidder-seller graph features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
score_request = tg.Data(
    "Closing auction scoring request", kind="records", sensitivity=tg.Sensitivity.PII
)
shill_score = tg.Data(
    "Shill-bidding score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
review_cases = tg.Data("Held lots for review", kind="records", sensitivity=tg.Sensitivity.PII)
verdicts = tg.Data(
    "Analyst verdicts",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
account_action = tg.Data(
    "Account suspension and lot release decision", kind="records", sensitivity=tg.Sensitivity.PII
)
weights = tg.Data(
    "Detector model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and bid; shill bidders are ordinary registered users.
    bidder = tm.add(tg.Actor("Bidder", role="buyer"))
    # Sellers list lots and watch their auctions; some of them run the shill accounts.
    seller = tm.add(tg.Actor("Seller", role="seller"))

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # The public bidding and listing API of the marketplace.
    api = tm.add(
        tg.Endpoint(
            "Marketplace API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Runs auctions, records bids and settles closed lots; asks for a score at close.
    engine = tm.add(
        tg.Service(
            "Auction engine",
            description="Holds a lot from settlement when its score is above the review threshold.",
        )
    )
    # System of record for bids, with the network signals the detector needs.
    bid_db = tm.add(
        tg.DataStore(
            "Bid history database",
            stores={bid_signals, bids},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Streams bid history and computes graph and timing features per auction.
    feature_job = tm.add(tg.Pipeline("Bid feature pipeline", stage=tg.Stage.PREPROCESSING))
    # Online and offline features shared by serving and training.
    feature_store = tm.add(tg.FeatureStore("Bidding feature store", stores={features}, online=True))
    # Internal endpoint the auction engine calls for each closing auction.
    scoring = tm.add(tg.Endpoint("Shill scoring endpoint", returns_scores=True))
    # Gradient-boosted classifier over bidder-seller graph features.
    detector = tm.add(
        tg.Model(
            "Shill-bidding detector",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Scores each closing auction; a high score holds the lot and queues it for review.",
        )
    )
    # Analyst verdicts joined with feature snapshots.
    training_set = tm.add(tg.Dataset("Labeled shill training set", stores={verdicts, features}))
    # Weekly retraining of the detector.
    training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Versioned detector artifacts, promoted into serving.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Internal web tool where held lots are reviewed and accounts suspended.
    console = tm.add(
        tg.Service(
            "Trust and safety review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Reviews held lots, confirms or clears shill bidding.
    analyst = tm.add(tg.Actor("Trust and safety analyst", role="analyst"))

# ---------------------------------------------------------------- flows
tm.flow(bidder, api, bids, protocol="https")
tm.flow(api, bidder, auction_status, protocol="https")
tm.flow(seller, api, listings, protocol="https")
tm.flow(api, seller, auction_status, protocol="https")
tm.flow(api, engine, bids, listings)
tm.flow(engine, api, auction_status)

tm.flow(engine, bid_db, bids, bid_signals)
tm.flow(bid_db, feature_job, bid_signals, protocol="kafka", label="change stream")
tm.flow(feature_job, feature_store, features)

tm.flow(engine, scoring, score_request, protocol="https", label="auction close")
tm.flow(feature_store, scoring, features, label="online lookup")
tm.flow(scoring, detector, features)
tm.flow(detector, scoring, shill_score)
tm.flow(scoring, engine, shill_score, protocol="https")

tm.flow(engine, console, review_cases, protocol="https", label="held lots")
tm.flow(console, analyst, review_cases, protocol="https")
tm.flow(analyst, console, verdicts, protocol="https")
tm.flow(console, engine, account_action, protocol="https")

tm.flow(console, training_set, verdicts)
tm.flow(feature_store, training_set, features, label="offline snapshot")
tm.flow(training_set, training, verdicts, features)
tm.flow(training, registry, weights)
tm.flow(registry, detector, weights, label="deploy")
