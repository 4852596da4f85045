"""Festival cashless wristbands with fraud freezing: the first design, before any security review.

A music festival issues every attendee an RFID wristband that works as a
cashless wallet. Festival-goers register the band and top it up online in the
cashless vendor's portal, paying by card through a payment service provider's
hosted page. Bars and stalls take payment with the vendor's card terminals,
which sync sales to the vendor cloud over 4G. The vendor's fraud model scores
each sale for cloned wristbands and unusual spending and freezes a suspect band;
the freeze list goes back to the terminals. The festival's cash office checks
photo ID in person and unfreezes a band in the vendor's admin console. After
the event, attendees ask online for a refund of their unspent balance; a
nightly job pays refunds through the payment provider. The vendor's cloud has
TLS everywhere, an encrypted ledger and audit logs; console staff sign in with
a password.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Festival cashless wristband fraud detection",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="RFID wristband wallets for a music festival; a vendor model freezes suspected "
    "cloned bands, the cash office unfreezes them after an ID check.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Attendee account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, date of birth and the linked wristband ID.",
)
portal_sign_in = tg.Data(
    "Portal sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
top_up = tg.Data(
    "Top-up request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment = tg.Data(
    "Card payment",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card details entered on the provider's hosted page.",
)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_token = tg.Data("Card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL)
band_tap = tg.Data(
    "Wristband chip ID and stored balance",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
sale = tg.Data("Sale amount", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transactions = tg.Data(
    "Wristband transactions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Band ID, terminal, stall, amount, time and balance counter per sale.",
)
ledger_records = tg.Data(
    "Wallet balances",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
freeze_decision = tg.Data(
    "Freeze decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
freeze_list = tg.Data(
    "Frozen wristband list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
id_check = tg.Data("Photo ID shown", kind="documents", sensitivity=tg.Sensitivity.PII)
unfreeze = tg.Data(
    "Unfreeze approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
refund_request = tg.Data(
    "Refund request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Band ID and balance to refund, to the original card.",
)
refund_bank = tg.Data(
    "Refund bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Sort code and account number, for balances topped up with cash on site.",
)
payout = tg.Data(
    "Refund payout",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
history = tg.Data("Past event transactions", kind="training-data", sensitivity=tg.Sensitivity.PII)
model_file = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Ticket holders: register the band, top up, pay at stalls, ask for refunds.
    attendee = tm.add(tg.Actor("Festival-goer", role="attendee"))

with tm.boundary(
    "Festival site",
    trust=tg.Trust.UNTRUSTED,
    description="Open-air site; bands and terminals are in the hands of the public and traders.",
):
    # Each attendee's RFID band: holds the chip ID and an offline balance counter.
    wristband = tm.add(tg.Device("RFID wristband"))
    # Vendor-supplied terminals at bars and stalls; work offline and sync over 4G.
    terminal = tm.add(
        tg.Device(
            "Bar and stall card terminals",
            description="Vendor handhelds that read wristbands; cache the freeze list.",
        )
    )
    # Bar staff and independent traders key in sales.
    stall_staff = tm.add(tg.Actor("Bar and stall staff", role="trader"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes card payments for top-ups and pays refunds back to cards and bank accounts.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("Cashless vendor cloud", trust=tg.Trust.PARTNER):
    # Public web portal for registration, top-ups, balance and refunds.
    portal = tm.add(
        tg.Endpoint(
            "Top-up and refund portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Receives terminal syncs and writes them to the ledger.
    ingestion = tm.add(
        tg.Service(
            "Terminal sync service",
            controls={c.Authentication(method="per-terminal API key")},
        )
    )
    # Accounts, wristband links, transactions and balances.
    ledger = tm.add(
        tg.DataStore(
            "Wallet ledger",
            stores={
                account,
                ledger_records,
                transactions,
                history,
                refund_request,
                refund_bank,
                card_token,
                portal_sign_in,
            },
            controls={
                c.EncryptionAtRest(key_management="cloud KMS"),
                c.AuditLogging(retention_days=400),
            },
        )
    )
    # Scores each sale for cloned bands (same band in two places, balance counter
    # out of step) and unusual spending.
    fraud_model = tm.add(
        tg.Model(
            "Wristband fraud model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Freezes a band automatically when the clone score exceeds 0.8.",
        )
    )
    # Applies freezes and unfreezes and publishes the freeze list to terminals.
    freeze_service = tm.add(
        tg.Service("Wristband freeze service", controls={c.AuditLogging(retention_days=400)})
    )
    # Vendor admin console the festival's cash office uses.
    console = tm.add(
        tg.Endpoint(
            "Cash office console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password"), c.RBAC()},
        )
    )
    # Pays approved refunds after the event through the payment provider.
    refund_job = tm.add(tg.Service("Nightly refund payout job"))
    # Trains the fraud model on previous events' transactions before each festival.
    training = tm.add(tg.Pipeline("Fraud model training", stage=tg.Stage.TRAINING))

with tm.boundary("Festival cash office", trust=tg.Trust.INTERNAL):
    # Festival staff who check photo ID and unfreeze bands.
    cash_office = tm.add(tg.Actor("Cash office staff", role="cash office", privileged=True))

# ---------------------------------------------------------------- flows
# registration, top-up and balance
tm.flow(attendee, portal, portal_sign_in, account, top_up, protocol="https")
tm.flow(attendee, psp, payment, protocol="https", label="hosted payment page")
tm.flow(psp, portal, payment_result, card_token, protocol="https", label="payment webhook")
tm.flow(portal, ledger, account, top_up, card_token)
tm.flow(ledger, portal, ledger_records, account, portal_sign_in)
tm.flow(portal, attendee, ledger_records, protocol="https", label="balance and history")

# paying at bars and stalls
tm.flow(wristband, terminal, band_tap, protocol="nfc", label="tap")
tm.flow(terminal, wristband, band_tap, protocol="nfc", label="write new balance counter")
tm.flow(stall_staff, terminal, sale, label="keyed on the touchscreen")
tm.flow(terminal, ingestion, transactions, protocol="https", label="4G sync")
tm.flow(ingestion, ledger, transactions)
tm.flow(ingestion, fraud_model, transactions, label="score each sale")
tm.flow(ledger, fraud_model, ledger_records, label="band history")
tm.flow(fraud_model, freeze_service, fraud_score, freeze_decision)
tm.flow(freeze_service, ledger, freeze_decision)
tm.flow(freeze_service, ingestion, freeze_list)
tm.flow(ingestion, terminal, freeze_list, protocol="https", label="freeze list on sync")

# unfreezing at the cash office
tm.flow(attendee, cash_office, id_check, label="in person at the counter")
tm.flow(cash_office, console, unfreeze, protocol="https")
tm.flow(ledger, console, account, transactions, label="band owner and recent sales")
tm.flow(console, cash_office, account, transactions, protocol="https")
tm.flow(console, freeze_service, unfreeze)

# refunds after the event
tm.flow(attendee, portal, refund_request, refund_bank, protocol="https", label="refund request")
tm.flow(portal, ledger, refund_request, refund_bank)
tm.flow(ledger, refund_job, refund_request, refund_bank, card_token, ledger_records)
tm.flow(refund_job, psp, payout, refund_bank, card_token, protocol="https")
tm.flow(psp, refund_job, payment_result, protocol="https", label="payout status")

# training before each event
tm.flow(ledger, training, history)
tm.flow(training, fraud_model, model_file, label="deploy")
