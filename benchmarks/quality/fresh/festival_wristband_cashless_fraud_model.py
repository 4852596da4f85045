"""Festival cashless wristbands with real-time fraud scoring: the first design.

A four-day music festival in the Netherlands runs cashless: every attendee's
wristband carries an NFC chip whose UID is linked to a credit balance held in
our cloud ledger. Attendees top up online through the attendee web portal (the
payment provider's hosted checkout) or at top-up kiosks on site; bar terminals
debit the balance when the wristband is tapped. Terminals and kiosks talk to an
on-site sync gateway that forwards every transaction to the cashless API. The
API has each top-up and purchase scored by an in-house fraud model and blocks
wristbands that look cloned or stolen; the blocklist goes back to every
terminal. Cashless operations staff review blocks in a console. After the
festival attendees claim their unspent credit in the same portal, and a refund
service pays it to their bank account. Controls: TLS on every link, staff SSO
with MFA and roles, encrypted ledger with audit logs, and a refund cap.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Festival cashless wristbands",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Cashless wristband top-ups and bar payments, scored for fraud in real time, "
    "with refunds of unspent credit.",
)

# ---------------------------------------------------------------- data assets
wristband_id = tg.Data(
    "Wristband UID",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The NFC chip's UID, read on every tap.",
)
attendee_account = tg.Data(
    "Attendee account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, linked wristband UIDs.",
)
attendee_login = tg.Data(
    "Attendee portal sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
top_up = tg.Data(
    "Top-up transaction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
purchase = tg.Data(
    "Bar purchase transaction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
balance = tg.Data("Wristband balance and history", kind="records", sensitivity=tg.Sensitivity.PII)
ledger = tg.Data(
    "Wallet ledger",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
fraud_features = tg.Data(
    "Transaction features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
fraud_decision = tg.Data(
    "Fraud block decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
blocklist = tg.Data(
    "Wristband blocklist",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
authorisation = tg.Data(
    "Transaction authorisation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
block_review = tg.Data("Block review outcome", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
refund_claim = tg.Data(
    "Refund claim with bank account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Wristband UID, account holder name and IBAN.",
)
payout = tg.Data("Refund payout instruction", kind="records", sensitivity=tg.Sensitivity.PII)
past_transactions = tg.Data(
    "Past editions' transactions", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_weights = tg.Data("Fraud model artifact", format="pickle", sensitivity="confidential")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Festival-goer with a wristband; tops up, spends and claims refunds.
    attendee = tm.add(tg.Actor("Attendee", role="festival attendee"))

with tm.boundary("Payment partners", trust=tg.Trust.PARTNER):
    # Hosted checkout and card terminals for online and kiosk top-ups.
    psp = tm.add(tg.ExternalService("Payment service provider"))
    # Our bank's payments API, used to send SEPA refunds.
    bank = tm.add(tg.ExternalService("Bank SEPA payout API"))

with tm.boundary("Festival site network", trust=tg.Trust.INTERNAL):
    # Staffed kiosks where attendees top up with card or cash.
    kiosk = tm.add(tg.Device("Top-up kiosk", fleet=True))
    # Handheld NFC terminals at every bar; cache the blocklist to work through outages.
    bar_terminal = tm.add(tg.Device("Bar NFC payment terminal", fleet=True))
    # Store-and-forward gateway in the site's network room, linking terminals to the cloud.
    gateway = tm.add(tg.Service("On-site sync gateway"))

with tm.boundary("Cashless cloud", trust=tg.Trust.INTERNAL):
    # Public web portal for top-ups, balance and refund claims.
    portal = tm.add(
        tg.Endpoint(
            "Attendee web portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Authorises every top-up and purchase against the ledger.
    cashless_api = tm.add(tg.Endpoint("Cashless transaction API", purpose=tg.EndpointPurpose.API))
    # Builds features, calls the model, writes blocks.
    fraud_service = tm.add(tg.Service("Fraud scoring service"))
    # In-house gradient-boosted classifier for cloned or stolen wristbands.
    fraud_model = tm.add(
        tg.Model(
            "Wristband fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            high_stakes=True,
            description="Scores each top-up and bar purchase; above 0.85 the wristband is blocked.",
        )
    )
    # Pays out unspent credit after the festival.
    refund_service = tm.add(
        tg.Service(
            "Refund service",
            controls={c.TransactionLimits(limit="EUR 250 per wristband per festival")},
        )
    )
    # Console for cashless operations staff to review and lift blocks.
    console = tm.add(
        tg.Endpoint(
            "Cashless operations console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Ledger tier", trust=tg.Trust.RESTRICTED):
        # Balances, accounts and every transaction, plus the blocklist.
        ledger_db = tm.add(
            tg.DataStore(
                "Wallet ledger database",
                stores={ledger, attendee_account, blocklist, refund_claim},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=365),
                },
            )
        )
        # Trains the fraud model before each festival from previous editions.
        training = tm.add(tg.Pipeline("Pre-season training pipeline", stage=tg.Stage.TRAINING))

with tm.boundary("Festival office", trust=tg.Trust.INTERNAL):
    # Cashless operations staff on duty during the festival.
    ops_analyst = tm.add(tg.Actor("Cashless operations analyst", role="operations staff"))

# ---------------------------------------------------------------- flows
# Online top-up and account.
tm.flow(attendee, portal, attendee_login, wristband_id, protocol="https")
tm.flow(portal, psp, payment_session, protocol="https")
tm.flow(attendee, psp, card_details, protocol="https", label="hosted checkout")
tm.flow(psp, portal, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(portal, cashless_api, top_up)
tm.flow(cashless_api, portal, balance)
tm.flow(portal, attendee, balance, protocol="https")

# On-site top-up and spending.
tm.flow(attendee, kiosk, wristband_id, protocol="nfc")
tm.flow(kiosk, psp, card_details, protocol="https", label="card top-up")
tm.flow(psp, kiosk, payment_confirmation, protocol="https")
tm.flow(attendee, bar_terminal, wristband_id, protocol="nfc")
tm.flow(kiosk, gateway, top_up, protocol="https")
tm.flow(bar_terminal, gateway, purchase, protocol="https")
tm.flow(gateway, cashless_api, top_up, purchase, protocol="https")
tm.flow(cashless_api, gateway, authorisation, blocklist, protocol="https")
tm.flow(gateway, bar_terminal, authorisation, blocklist, protocol="https")
tm.flow(gateway, kiosk, authorisation, blocklist, protocol="https")

# Ledger and fraud scoring.
tm.flow(cashless_api, ledger_db, top_up, purchase)
tm.flow(ledger_db, cashless_api, ledger, blocklist)
tm.flow(cashless_api, fraud_service, top_up, purchase)
tm.flow(ledger_db, fraud_service, ledger, label="wristband history")
tm.flow(fraud_service, fraud_model, fraud_features)
tm.flow(fraud_model, fraud_service, fraud_score)
tm.flow(fraud_service, ledger_db, blocklist, label="block wristband")
tm.flow(fraud_service, cashless_api, fraud_decision)

# Operations review of blocks.
tm.flow(ledger_db, console, ledger, blocklist, attendee_account)
tm.flow(console, ops_analyst, ledger, blocklist, attendee_account, protocol="https")
tm.flow(ops_analyst, console, block_review, protocol="https")
tm.flow(console, ledger_db, blocklist, label="lift or confirm block")

# Refunds after the festival.
tm.flow(attendee, portal, refund_claim, protocol="https")
tm.flow(portal, refund_service, refund_claim)
tm.flow(refund_service, ledger_db, refund_claim)
tm.flow(ledger_db, refund_service, ledger, label="unspent balance")
tm.flow(refund_service, bank, payout, protocol="https")

# Pre-season training.
tm.flow(ledger_db, training, past_transactions)
tm.flow(training, fraud_model, model_weights, label="deploy before the festival")
