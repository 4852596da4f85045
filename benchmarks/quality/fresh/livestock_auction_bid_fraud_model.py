"""Online livestock auction with real-time bid-fraud scoring: the first design.

Registered buyers bid on cattle and sheep lots through the auction's website and
app; sellers list their lots and give the bank details they are paid to. A bidding
engine orders the bids and closes lots. Every bid is also scored as it arrives by
an in-house model that looks for shill bidding (sellers or their friends bidding up
their own lots) and bid rings; a lot whose score crosses the threshold is paused
and shown to the auctioneer, who resumes it, voids bids or withdraws it. When a
lot sells, the settlement service collects from the buyer and pays the seller
through the auction's settlement account at its bank (files over SFTP). The model
is retrained weekly from bid history and the auctioneers' review outcomes.
Everything runs in one cloud account; controls in this design are sign-in on the
website and the console, a per-bidder request quota, TLS, encrypted databases,
and an audit log of auctioneer actions and settlement runs.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Livestock auction bid-fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Real-time shill-bid and bid-ring scoring for an online livestock auction, "
    "with paused lots reviewed by the auctioneer and settlement through the auction's bank.",
)

# ---------------------------------------------------------------- data assets
bids = tg.Data(
    "Bids",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Bidder account, lot, amount, time, IP address and device id.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
lot_listings = tg.Data(
    "Lot listings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Breed, head count, weights, health papers, reserve price.",
)
lot_status = tg.Data("Live lot status", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
accounts = tg.Data(
    "Buyer and seller accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, farm holding numbers, addresses, phone numbers, e-mail.",
)
seller_bank = tg.Data(
    "Seller bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bidder_history = tg.Data("Bidder history", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
bid_features = tg.Data(
    "Bid pattern features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fraud_score = tg.Data(
    "Shill-bid risk score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pause = tg.Data("Lot pause flag", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
flagged_lot = tg.Data(
    "Flagged lot alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The lot, its bid sequence, the score and the bidders involved.",
)
review_outcome = tg.Data(
    "Auctioneer review outcome",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Resume, void named bids, or withdraw the lot; also the training label.",
)
sale_results = tg.Data("Sale results", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_file = tg.Data(
    "Settlement payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Payments to sellers and expected receipts from buyers.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_statement = tg.Data(
    "Settlement account statement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data(
    "Training configuration", kind="code", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Bid-fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers and dealers who register online and bid; some of them are the fraudsters.
    buyer = tm.add(tg.Actor("Buyer", role="registered bidder"))
    # Farmers who list lots and are paid when they sell.
    seller = tm.add(tg.Actor("Seller", role="consignor"))

with tm.boundary("Settlement bank", trust=tg.Trust.PARTNER):
    # The bank holding the auction's settlement account; takes payment files by SFTP.
    bank = tm.add(tg.ExternalService("Settlement bank", description="Host-to-host file service."))

with tm.boundary("Auction cloud", trust=tg.Trust.INTERNAL):
    # Public website and app API: registration, listings, bidding, live lot status.
    web = tm.add(
        tg.Endpoint(
            "Auction web API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120, note="per bidder account"),
            },
        )
    )
    # Orders bids, runs the lot clock, pauses and closes lots.
    engine = tm.add(tg.Service("Bidding engine"))
    # System of record for lots, bids and review outcomes.
    ledger = tm.add(
        tg.DataStore(
            "Bid ledger",
            stores={bids, lot_listings, review_outcome},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Registered buyers and sellers, including where sellers are paid.
    account_db = tm.add(
        tg.DataStore(
            "Account database",
            stores={accounts, seller_bank},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds bid-pattern features for each incoming bid and calls the model.
    scorer = tm.add(tg.Service("Bid-fraud scoring service"))
    # The shill-bidding / bid-ring detector itself.
    model = tm.add(
        tg.Model(
            "Shill-bid fraud model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over bidder-seller links, bid timing and increments.",
        )
    )
    # Where the auctioneer sees paused lots and decides what happens to them.
    console = tm.add(
        tg.Service(
            "Auctioneer console",
            controls={
                c.Authentication(method="staff SSO"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Collects from buyers and pays sellers once a lot is sold.
    settlement = tm.add(
        tg.Service("Settlement service", controls={c.AuditLogging(retention_days=2190)})
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Weekly retraining from bid history and review outcomes.
        training = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions that the scoring service loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Auction office", trust=tg.Trust.INTERNAL):
    # Runs the sale and reviews every paused lot.
    auctioneer = tm.add(tg.Actor("Auctioneer", role="auctioneer"))
    # Builds and retrains the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(buyer, web, bids, protocol="https")
tm.flow(web, buyer, lot_status, protocol="wss", label="live bidding")
tm.flow(seller, web, lot_listings, seller_bank, protocol="https")
tm.flow(web, seller, sale_results, protocol="https")
tm.flow(web, account_db, accounts, seller_bank)

tm.flow(web, engine, bids, lot_listings)
tm.flow(engine, web, lot_status)
tm.flow(engine, ledger, bids, lot_listings)

tm.flow(engine, scorer, bids, label="each bid as it arrives")
tm.flow(ledger, scorer, bidder_history)
tm.flow(scorer, model, bid_features)
tm.flow(model, scorer, fraud_score)
tm.flow(scorer, engine, pause, label="pause lot above threshold")
tm.flow(scorer, console, flagged_lot)

tm.flow(console, auctioneer, flagged_lot, protocol="https")
tm.flow(auctioneer, console, review_outcome, protocol="https")
tm.flow(console, engine, review_outcome, label="resume, void bids or withdraw")
tm.flow(console, ledger, review_outcome)

tm.flow(engine, settlement, sale_results, label="lot closed")
tm.flow(account_db, settlement, accounts, seller_bank)
tm.flow(settlement, bank, payment_file, protocol="sftp")
tm.flow(bank, settlement, bank_statement, protocol="sftp")

tm.flow(data_scientist, training, training_config, protocol="https")
tm.flow(ledger, training, bids, review_outcome, label="bid history and labels")
tm.flow(training, registry, model_artifact)
tm.flow(registry, model, model_artifact, label="load on deploy")
