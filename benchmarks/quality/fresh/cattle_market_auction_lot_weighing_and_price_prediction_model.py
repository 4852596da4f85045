"""Livestock market: lot weighing, price guide model and ring/online sale, first design.

A regional livestock auction market sells store and finished cattle every week.
As each lot comes into the ring it stands on the ring weighbridge and the ring
clerk scans its cattle passports; the auction ring system combines the weight,
breed, age and sex with recent sale averages and asks an in-house price model
for a guide price, which is shown to the auctioneer on the rostrum screen only.
Buyers bid in person in the ring and online through a third-party streaming and
bidding platform, fed by the market's ring camera; online bids reach the ring
system over the platform's API. After the hammer, sale results go to the market
accounts system, which invoices buyers and pays sellers by bank payment file,
and movements are reported to the government cattle tracing service. The model
is retrained weekly from the sale history database on the market's own server.
Controls: platform bidder accounts, HTTPS to outside services, staff logins and
roles on the accounts system, a signed-off payment run, nightly database backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cattle market lot weighing and price prediction",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Weekly cattle auction: weighbridge and passport capture at the ring, an advisory "
        "price guide for the auctioneer, ring and online bidding, settlement through the "
        "market's accounts."
    ),
)

# ---------------------------------------------------------------- data assets
lot_weight = tg.Data(
    "Lot weight",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Liveweight of each lot from the trade-approved weighbridge indicator.",
)
passport = tg.Data(
    "Cattle passport details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ear tag, breed, sex, date of birth, holding number and keeper's name.",
)
lot_entries = tg.Data(
    "Lot entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sale order, vendor number and pen for each lot, keyed by the ring clerk.",
)
lot_features = tg.Data(
    "Lot features",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Weight, breed, age, sex and the week's average prices for the class.",
)
price_guide = tg.Data(
    "Predicted lot price",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Guide price per kg and per head, shown to the auctioneer only.",
)
lot_catalogue = tg.Data("Lot catalogue", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
ring_video = tg.Data("Ring video stream", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
ring_bids = tg.Data("Ring bids", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
online_bids = tg.Data(
    "Online bids",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
bidder_registrations = tg.Data(
    "Online bidder registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, farm address, phone and holding number of each online bidder.",
)
hammer = tg.Data(
    "Hammer price and buyer number",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sale_results = tg.Data(
    "Sale results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Lot, seller, buyer, weight, hammer price and commission.",
)
price_history = tg.Data(
    "Historic lot prices",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
model_artifact = tg.Data(
    "Price model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
accounts = tg.Data(
    "Buyer and seller accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, addresses, credit limits and balances of buyers and sellers.",
)
seller_bank = tg.Data(
    "Seller bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_file = tg.Data(
    "Seller payment file",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
remittances = tg.Data("Buyer remittances", kind="records", sensitivity=tg.Sensitivity.PII)
movements = tg.Data(
    "Cattle movement reports",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Off-movements from sellers' holdings and on-movements to buyers'.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers and dealers who bid remotely on the streaming platform.
    online_buyer = tm.add(tg.Actor("Online buyer", role="buyer"))

with tm.boundary("Sale ring floor", trust=tg.Trust.UNTRUSTED):
    # Anyone at the ringside can bid by signalling to the auctioneer.
    ring_buyer = tm.add(tg.Actor("Ring buyer", role="buyer"))

with tm.boundary("Market site network", trust=tg.Trust.INTERNAL):
    # Trade-approved scales under the ring; every lot is weighed before it is sold.
    weighbridge = tm.add(
        tg.Device("Ring weighbridge", fleet=False, description="Load cells and indicator.")
    )
    # Handheld barcode scanner the ring clerk uses on each animal's passport.
    scanner = tm.add(tg.Device("Passport scanner", fleet=False))
    # Market-owned camera over the ring that feeds the online platform.
    camera = tm.add(tg.Device("Ring camera", fleet=False))
    # Keys lot entries and checks passports against the catalogue in the ring box.
    ring_clerk = tm.add(tg.Actor("Ring clerk", role="market staff"))
    # Runs the sale; sees the guide price and takes the bids.
    auctioneer = tm.add(tg.Actor("Auctioneer", role="market staff"))
    # The market's sale software: lots, weights, bids, hammer prices.
    ring_system = tm.add(
        tg.Service(
            "Auction ring system",
            description="Runs on the market's server; drives the rostrum and ring-side screens.",
            controls={
                c.Authentication(method="platform API key for online bids"),
                c.AuditLogging(),
            },
        )
    )
    # Advisory price guide so the auctioneer can open each lot at a sensible figure.
    price_model = tm.add(
        tg.Model(
            "Lot price model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regression on weight, breed, age and recent prices.",
        )
    )
    # Every lot sold at the market, kept for the sale reports and to train the model.
    sale_db = tm.add(
        tg.DataStore(
            "Sale history database",
            stores={sale_results, lot_entries, passport, price_history},
            controls={c.DataVersioning(note="nightly backup to the office NAS")},
        )
    )
    # Weekly job that refits the price model on the latest sales.
    retrain = tm.add(tg.Pipeline("Weekly price model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Market office", trust=tg.Trust.INTERNAL):
    # Invoices buyers, pays sellers less commission, holds the trading accounts.
    accounts_system = tm.add(
        tg.DataStore(
            "Market accounts system",
            stores={accounts, seller_bank, sale_results, remittances},
            controls={
                c.Authentication(method="individual user name and password"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the market secretary signs off each payment run"),
            },
        )
    )
    # Office staff who register customers and run the payment runs.
    accounts_clerk = tm.add(tg.Actor("Accounts clerk", role="office staff"))

with tm.boundary("Bidding platform vendor", trust=tg.Trust.PARTNER):
    # Third-party live streaming and online bidding service used by many marts.
    platform = tm.add(
        tg.ExternalService(
            "Online bidding platform",
            controls={
                c.Authentication(method="bidder e-mail and password, approved by the market"),
            },
        )
    )

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The market's clearing bank: pays sellers, receives buyers' transfers.
    bank = tm.add(tg.ExternalService("Market's bank"))

with tm.boundary("Government services", trust=tg.Trust.PARTNER):
    # Statutory cattle movement reporting after each sale.
    tracing = tm.add(tg.ExternalService("Cattle tracing service"))

# ---------------------------------------------------------------- flows
# Lot capture at the ring.
tm.flow(weighbridge, ring_system, lot_weight, protocol="rs-232")
tm.flow(scanner, ring_system, passport, protocol="usb")
tm.flow(ring_clerk, ring_system, lot_entries, label="keyed in the ring box")

# Price guide.
tm.flow(ring_system, price_model, lot_features)
tm.flow(price_model, ring_system, price_guide)
tm.flow(ring_system, auctioneer, lot_entries, lot_weight, price_guide, label="rostrum screen")

# Bidding in the ring and online.
tm.flow(ring_buyer, auctioneer, ring_bids, label="bids in person")
tm.flow(auctioneer, ring_system, hammer, label="keyed on the rostrum")
tm.flow(camera, platform, ring_video, protocol="rtmps")
tm.flow(ring_system, platform, lot_catalogue, lot_weight, protocol="https")
tm.flow(platform, online_buyer, ring_video, lot_catalogue, protocol="https")
tm.flow(online_buyer, platform, online_bids, bidder_registrations, protocol="https")
tm.flow(platform, ring_system, online_bids, bidder_registrations, protocol="https")
tm.flow(ring_system, platform, hammer, protocol="https", label="lot sold")

# Records and model retraining.
tm.flow(ring_system, sale_db, sale_results, lot_entries, passport)
tm.flow(sale_db, ring_system, sale_results, label="recent averages")
tm.flow(sale_db, retrain, price_history, label="weekly export")
tm.flow(retrain, price_model, model_artifact, label="deploy")

# Settlement after the sale.
tm.flow(ring_system, accounts_system, sale_results, label="end-of-sale export")
tm.flow(accounts_clerk, accounts_system, accounts, seller_bank)
tm.flow(accounts_system, accounts_clerk, accounts, sale_results)
tm.flow(accounts_system, bank, payment_file, protocol="sftp")
tm.flow(bank, accounts_system, remittances, protocol="sftp", label="daily statement")
tm.flow(ring_system, tracing, movements, protocol="https")
