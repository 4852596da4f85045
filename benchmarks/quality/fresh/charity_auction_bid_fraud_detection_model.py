"""Charity auction bid-fraud detection: the first design, before any security review.

A UK charity auctions donated experiences (a dinner with a chef, a weekend in a
donor's cottage) on its own auction website, hosted in the charity's cloud account.
Bidders register with an e-mail address and password and save a card with the
payment provider through the provider's hosted card form. While an auction runs, a
scoring job builds features from the bids, the bidder accounts and the donor records
exported nightly from the charity's hosted CRM, and an in-house model flags shill
bidding and bidder accounts that look linked to the donor of the lot. The auction
manager reviews flags in a staff review console (Google Workspace sign-in with 2SV)
and can void bids or suspend accounts before the close; only then does the bidding
service charge winners through the payment provider. The manager's decisions are
kept as labels for a monthly retraining job that writes the model to a registry.
The database is encrypted at rest; the payment API key sits in the cloud secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Charity auction bid-fraud detection",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Flags shill bidding and donor-linked bidder accounts in a charity's online "
        "auctions so the auction manager can void bids or suspend accounts before "
        "winners are charged."
    ),
)

# ---------------------------------------------------------------- data assets
listings = tg.Data("Auction listings", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
registration = tg.Data(
    "Bidder registration",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, postal address, phone, IP address and browser fingerprint.",
)
bids = tg.Data(
    "Bids",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
bid_status = tg.Data("Bid status", sensitivity=tg.Sensitivity.PII, kind="records")
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
card_token = tg.Data(
    "Saved card token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
donor_records = tg.Data(
    "Donor records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Donors' names, addresses, e-mails, phone numbers and the lots they donated.",
)
features = tg.Data(
    "Bid linkage features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Bid timing and increments, shared addresses, e-mail domains and devices with donors.",
)
flags = tg.Data(
    "Shill-bidding flags and scores", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
decision = tg.Data("Void or suspend decision", sensitivity=tg.Sensitivity.PII, kind="records")
labels = tg.Data(
    "Flag review labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Bid-fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
charge = tg.Data("Winner charge request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
charge_result = tg.Data("Charge result", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register and bid, including a donor's friends bidding up their own lot.
    bidder = tm.add(tg.Actor("Bidder", role="auction bidder"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes card numbers in its hosted form and charges winners on the charity's account.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted card form, saved-card tokens and charges by API.",
        )
    )

with tm.boundary("CRM vendor", trust=tg.Trust.PARTNER):
    # The charity's hosted donor CRM: the source of who donated which lot.
    crm = tm.add(tg.DataStore("Donor CRM", stores={donor_records}))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Public auction site where bidders register, browse lots and bid.
    site = tm.add(
        tg.Endpoint(
            "Auction website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password"), c.InputValidation()},
        )
    )
    # Records bids, runs the close of each auction and charges the winners.
    bidding = tm.add(
        tg.Service(
            "Bidding service",
            description="Accepts bids, applies voids and suspensions, charges winners at close.",
            controls={c.SecretsManagement(note="payment API key in the cloud secret manager")},
        )
    )
    # Bidder accounts, saved card tokens and every bid.
    auction_db = tm.add(
        tg.DataStore(
            "Auction database",
            stores={registration, bids, card_token, decision},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs every 15 minutes during an auction: builds features and asks the model.
    scoring = tm.add(
        tg.Pipeline(
            "Bid scoring job",
            stage=tg.Stage.PREPROCESSING,
            description="Joins bids and accounts with donor records into linkage features.",
        )
    )
    # Flags shill bidding and donor-linked accounts; the manager decides what to do.
    model = tm.add(
        tg.Model(
            "Shill-bidding detection model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over bid and account linkage features.",
        )
    )
    # Staff screen listing flagged bids and accounts, with void and suspend buttons.
    console = tm.add(
        tg.Endpoint(
            "Flag review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.HumanInTheLoop(approver="auction manager"),
            },
        )
    )
    # Past flags and the manager's decisions, kept for retraining.
    case_set = tm.add(tg.Dataset("Flag review dataset", stores={labels, features}))
    # Monthly retraining on the reviewed flags.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
    # Object-storage bucket holding model versions.
    registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Runs the auctions and decides on every flag.
    manager = tm.add(tg.Actor("Auction manager", role="auction manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(site, bidder, listings, bid_status, protocol="https")
tm.flow(bidder, site, registration, bids, protocol="https")
tm.flow(bidder, payments, card_details, protocol="https", label="hosted card form")
tm.flow(payments, site, card_token, protocol="https")
tm.flow(site, bidding, registration, bids, card_token)
tm.flow(bidding, site, bid_status)
tm.flow(bidding, auction_db, registration, bids, card_token, decision)
tm.flow(auction_db, bidding, bids, decision, card_token)

tm.flow(crm, scoring, donor_records, protocol="https", label="nightly export")
tm.flow(auction_db, scoring, registration, bids)
tm.flow(scoring, model, features)
tm.flow(model, console, flags)
tm.flow(console, manager, flags, protocol="https")
tm.flow(manager, console, decision, protocol="https")
tm.flow(console, bidding, decision, label="void bids, suspend accounts")

tm.flow(bidding, payments, charge, protocol="https", label="charge winners at close")
tm.flow(payments, bidding, charge_result, protocol="https")

tm.flow(console, case_set, labels)
tm.flow(scoring, case_set, features)
tm.flow(case_set, retraining, labels, features)
tm.flow(retraining, registry, weights)
tm.flow(registry, model, weights, label="load latest version")
