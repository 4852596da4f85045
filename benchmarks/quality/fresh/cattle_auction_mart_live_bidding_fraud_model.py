"""Cattle auction mart live bidding with a shill-bidding model: the first design.

A livestock mart sells cattle in the ring while registered buyers bid online
through the mart's live bidding web app. A cloud auction engine merges online
bids with ring bids keyed in by the ring clerk and streams lot state back out.
An in-house model scores each lot's bidding for shill bidding and unusual
patterns and flags it on the auctioneer's rostrum console; the auctioneer alone
decides whether to pause a lot. Sold lots go to the settlement system, which
charges buyers' mart accounts and pays sellers through the bank's BACS bureau.
Lot ear tags are checked against the government cattle tracing service before
the sale, and movements are reported to it afterwards. Controls: e-mail and
password sign-in for online buyers, HTTPS and secure WebSockets, SFTP to the
bank, role-based access and an audit log in settlement, encrypted accounts.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cattle auction mart live bidding fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Live online bidding alongside the sale ring, with a shill-bidding model "
        "advising the auctioneer, mart-account settlement and cattle tracing checks."
    ),
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data(
    "Buyer sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
online_bid = tg.Data(
    "Online bid",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Buyer number, lot, amount, timestamp, IP address and device.",
)
ring_bid = tg.Data(
    "Ring bid",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
lot_state = tg.Data("Live lot state", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
bid_history = tg.Data(
    "Bid history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Every bid by every buyer at every sale, with IP and device identifiers.",
)
bid_features = tg.Data(
    "Bidding pattern features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
shill_flag = tg.Data(
    "Shill bidding flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Score and the bidders and bids behind it.",
)
pause_decision = tg.Data("Lot pause decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
buyer_account = tg.Data(
    "Buyer mart account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, farm address, CPH holding number, bank details, credit limit, balance.",
)
account_status = tg.Data(
    "Buyer account status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sale_results = tg.Data(
    "Sale results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
payment_file = tg.Data(
    "BACS payment file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
bank_report = tg.Data(
    "Bank remittance report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lot_entry = tg.Data(
    "Lot entry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Seller, holding number, ear tags, breed, age and passport details.",
)
tag_query = tg.Data(
    "Ear tag and holding query", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
movement_history = tg.Data(
    "Cattle movement history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
movement_report = tg.Data(
    "Post-sale movement report", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
tracing_result = tg.Data(
    "Tracing check result", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Farmers and dealers bidding remotely; anyone can register for a buyer number.
    bidder = tm.add(tg.Actor("Online bidder", role="buyer"))

with tm.boundary("Mart cloud", trust=tg.Trust.INTERNAL):
    # The live bidding web app: sign-in, bid buttons and the lot's running price.
    bidding_app = tm.add(
        tg.Endpoint(
            "Live bidding app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Single source of truth for each lot: merges online and ring bids, sells the lot.
    engine = tm.add(tg.Service("Auction engine"))
    # Every bid placed, kept for disputes and as history for the model.
    bid_store = tm.add(tg.DataStore("Bid history store", stores={bid_history}))
    # Scores each lot's bidding for shill bidding and unusual patterns.
    detector = tm.add(
        tg.Model(
            "Shill bidding detector",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            controls={
                c.HumanInTheLoop(approver="the auctioneer, who decides whether to pause the lot")
            },
        )
    )

with tm.boundary("Mart premises", trust=tg.Trust.INTERNAL):
    # Runs the sale and decides whether a flagged lot is paused.
    auctioneer = tm.add(tg.Actor("Auctioneer", role="auctioneer", privileged=True))
    # Keys ring bids into the engine and books lots into the catalogue.
    clerk = tm.add(tg.Actor("Ring clerk", role="mart staff"))
    # Rostrum screen showing the running price and the detector's flags.
    console = tm.add(tg.Endpoint("Auctioneer rostrum console", purpose=tg.EndpointPurpose.API))
    # Entries for the day's sale, with each animal's tags and passport details.
    catalogue = tm.add(tg.DataStore("Lot catalogue", stores={lot_entry, tracing_result}))
    # Buyer and seller accounts the mart settles through.
    accounts = tm.add(
        tg.DataStore(
            "Mart accounts ledger",
            stores={buyer_account, credentials},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )
    # Invoices buyers, charges their accounts and pays sellers.
    settlement = tm.add(
        tg.Service(
            "Settlement service",
            controls={c.RBAC(), c.AuditLogging(retention_days=2555)},
        )
    )
    # Checks lot ear tags with the tracing service and reports movements after sale.
    tracing_check = tm.add(tg.Service("Movement check service"))

with tm.boundary("Government", trust=tg.Trust.PARTNER):
    # The national cattle tracing service (tags, holdings, movement history).
    cts = tm.add(tg.ExternalService("Cattle tracing service", provides="data-provider"))

with tm.boundary("Bank", trust=tg.Trust.PARTNER):
    # The mart's bank's BACS bureau, paying sellers and collecting from buyers.
    bank = tm.add(tg.ExternalService("Bank BACS bureau"))

# ---------------------------------------------------------------- flows
tm.flow(bidder, bidding_app, credentials, online_bid, protocol="https")
tm.flow(bidding_app, bidder, lot_state, protocol="wss")
tm.flow(bidding_app, accounts, credentials, protocol="https", label="sign-in and credit check")
tm.flow(accounts, bidding_app, account_status, protocol="https")
tm.flow(bidding_app, engine, online_bid)
tm.flow(engine, bidding_app, lot_state)

tm.flow(clerk, engine, ring_bid, protocol="https")
tm.flow(catalogue, engine, lot_entry, tracing_result, protocol="https")
tm.flow(engine, bid_store, bid_history)
tm.flow(engine, detector, bid_features)
tm.flow(bid_store, detector, bid_history, label="buyer's past bidding")
tm.flow(detector, console, shill_flag, protocol="https")
tm.flow(engine, console, lot_state, protocol="wss")
tm.flow(console, auctioneer, shill_flag, lot_state)
tm.flow(auctioneer, console, pause_decision)
tm.flow(console, engine, pause_decision, protocol="https")

tm.flow(engine, settlement, sale_results, protocol="https")
tm.flow(accounts, settlement, buyer_account)
tm.flow(settlement, accounts, buyer_account, label="charges and credits")
tm.flow(settlement, bank, payment_file, protocol="sftp")
tm.flow(bank, settlement, bank_report, protocol="sftp")

tm.flow(clerk, catalogue, lot_entry)
tm.flow(catalogue, tracing_check, lot_entry)
tm.flow(tracing_check, cts, tag_query, movement_report, protocol="https")
tm.flow(cts, tracing_check, movement_history, protocol="https")
tm.flow(tracing_check, catalogue, tracing_result)
tm.flow(engine, tracing_check, sale_results, protocol="https", label="buyer holding for movement")
