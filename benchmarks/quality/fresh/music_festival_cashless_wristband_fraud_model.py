"""Cashless festival wristbands with fraud scoring: the first design.

A four-day summer music festival in the EU runs cashless: every ticket holder gets an
RFID wristband, registers it on the cashless portal and tops it up online by card or
on site at staffed top-up points. Bar and stall tills read the wristband over NFC and
debit the wallet; tills keep working offline and sync batches over the site 4G link.
A fraud scoring service scores every top-up and payment with a classifier bought with
the cashless platform (cloned wristbands, stolen cards), writes wristbands above the
threshold to a blocklist the tills pick up on their next sync, and queues a case for
the organiser's fraud desk, who confirm or lift the block. After the event a refund job
pays unspent balances back through the payment provider, to the card or to bank
details given on the portal. Controls in this design: portal sign-in with e-mail and
password, per-till API keys on the sync API, staff cards on tills, TLS everywhere,
encrypted ledger, role-based access to cases, and a finance sign-off on the refund batch.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Festival cashless wristbands and fraud scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="RFID wristband payments at a music festival, fraud-scored, with post-event refunds.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Festival-goer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone and the wristband UIDs registered to the account.",
)
bank_details = tg.Data(
    "Refund bank details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IBAN given on the portal by people who topped up with cash.",
)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
card_auth = tg.Data(
    "Card authorisation request", kind="records", sensitivity=tg.Sensitivity.REGULATED
)
auth_result = tg.Data("Authorisation result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
topup_confirmation = tg.Data(
    "Online top-up confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
uid = tg.Data(
    "Wristband UID",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The chip's serial number; the wallet is keyed on it.",
)
sale_items = tg.Data("Sale items", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sales = tg.Data(
    "Bar and stall payments",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
topups = tg.Data(
    "Top-up transactions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
balances = tg.Data(
    "Wallet balances",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
history = tg.Data("Wristband transaction history", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data("Fraud features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
blocklist = tg.Data(
    "Wristband blocklist",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
cases = tg.Data("Fraud cases", kind="records", sensitivity=tg.Sensitivity.PII)
case_decision = tg.Data("Case decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payouts = tg.Data("Refund payouts", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payout_results = tg.Data("Payout results", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ticket holders: register wristbands, top up, ask for refunds, pay at the bars.
    goer = tm.add(tg.Actor("Festival-goer", role="ticket holder"))

with tm.boundary("Festival grounds", trust=tg.Trust.UNTRUSTED):
    # The wristband is a passive RFID tag worn by the festival-goer; only its UID is read.
    wristband = tm.add(
        tg.Device("RFID wristband", fleet=True, description="NFC tag carrying a UID only.")
    )

with tm.boundary("Festival site network", trust=tg.Trust.INTERNAL):
    # Staff at bars and food stalls; many work for concession traders.
    bar_staff = tm.add(tg.Actor("Bar and stall staff", role="concession staff"))
    # Handheld tills at every bar and stall: debit wallets, cache the blocklist, work offline.
    tills = tm.add(
        tg.Device(
            "Bar and stall tills",
            fleet=True,
            description="Android handhelds with an NFC reader; queue payments while offline.",
            controls={c.Authentication(method="staff RFID card issued to each worker")},
        )
    )
    # Staffed top-up points with the payment provider's card terminal, plus cash.
    topup_points = tm.add(
        tg.Device(
            "Top-up points",
            fleet=True,
            description="Load wristbands by card (provider terminal) or cash.",
            controls={c.Authentication(method="staff RFID card issued to each worker")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card acquiring for online and on-site top-ups, and the post-event refund payouts.
    psp = tm.add(tg.ExternalService("Payment service provider", provides="generic"))

with tm.boundary("Cashless platform cloud", trust=tg.Trust.INTERNAL):
    # Public portal: account, wristband registration, online top-up, balance, refund form.
    portal = tm.add(
        tg.Endpoint(
            "Cashless portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=60),
            },
        )
    )
    # Where tills and top-up points upload their batches and fetch the blocklist.
    sync_api = tm.add(
        tg.Endpoint(
            "Till sync API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="per-till API key")},
        )
    )
    # The wallet of record: balances, every top-up and payment, accounts and refund details.
    ledger = tm.add(
        tg.DataStore(
            "Wallet ledger",
            stores={account, bank_details, balances, topups, sales, history},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scores each top-up and payment as it arrives and decides whether to block.
    scoring = tm.add(
        tg.Service(
            "Fraud scoring service",
            description="Blocks a wristband when its score is above 0.85 and opens a case.",
        )
    )
    # The vendor's classifier for cloned wristbands and stolen-card top-ups.
    fraud_model = tm.add(
        tg.Model(
            "Wristband fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees trained by the platform vendor on past events.",
        )
    )
    # Blocked wristband UIDs, pushed to every till at its next sync.
    blocklist_store = tm.add(tg.DataStore("Wristband blocklist store", stores={blocklist}))
    # Cases waiting for the fraud desk.
    case_queue = tm.add(
        tg.DataStore(
            "Fraud case queue",
            stores={cases},
            controls={c.RBAC(note="only fraud desk accounts can open cases")},
        )
    )
    # Runs once after the festival: pays back unspent balances.
    refund_job = tm.add(
        tg.Service(
            "Post-event refund job",
            controls={
                c.HumanInTheLoop(
                    approver="festival finance officer",
                    note="signs off the whole refund batch before it is sent",
                )
            },
        )
    )

with tm.boundary("Organiser office", trust=tg.Trust.INTERNAL):
    # The organiser's fraud desk: reviews cases, confirms or lifts blocks.
    analyst = tm.add(tg.Actor("Fraud desk analyst", role="fraud analyst"))

# ---------------------------------------------------------------- flows
# Portal: account, wristband registration, online top-up, refund request
tm.flow(goer, portal, account, uid, bank_details, protocol="https")
tm.flow(portal, goer, balances, history, protocol="https")
tm.flow(goer, psp, card, protocol="https", label="hosted payment page")
tm.flow(psp, portal, topup_confirmation, protocol="https", label="payment webhook")
tm.flow(portal, ledger, account, bank_details, topups)
tm.flow(ledger, portal, balances, history)
tm.flow(portal, scoring, topups, label="online top-up to score")

# On site: wristband taps, staff at tills and top-up points
tm.flow(wristband, tills, uid, protocol="nfc")
tm.flow(wristband, topup_points, uid, protocol="nfc")
tm.flow(bar_staff, tills, sale_items, label="keyed on the touchscreen")
tm.flow(goer, topup_points, card, protocol="nfc", label="contactless card on the terminal")
tm.flow(topup_points, psp, card_auth, protocol="https")
tm.flow(psp, topup_points, auth_result, protocol="https")
tm.flow(tills, sync_api, sales, protocol="https", label="offline batch over site 4G")
tm.flow(topup_points, sync_api, topups, protocol="https")
tm.flow(sync_api, tills, blocklist, balances, protocol="https")
tm.flow(sync_api, topup_points, blocklist, protocol="https")
tm.flow(sync_api, ledger, sales, topups)
tm.flow(sync_api, scoring, sales, topups)
tm.flow(blocklist_store, sync_api, blocklist)

# Scoring and the fraud desk
tm.flow(ledger, scoring, history)
tm.flow(scoring, fraud_model, features)
tm.flow(fraud_model, scoring, score)
tm.flow(scoring, blocklist_store, blocklist, label="block above threshold")
tm.flow(scoring, case_queue, cases)
tm.flow(case_queue, analyst, cases, protocol="https")
tm.flow(analyst, blocklist_store, case_decision, protocol="https", label="confirm or lift block")
tm.flow(analyst, case_queue, case_decision, protocol="https")

# After the event: refunds of unspent balances
tm.flow(ledger, refund_job, balances, bank_details, label="post-event batch")
tm.flow(refund_job, psp, payouts, protocol="https")
tm.flow(psp, refund_job, payout_results, protocol="https")
tm.flow(refund_job, ledger, payout_results)
