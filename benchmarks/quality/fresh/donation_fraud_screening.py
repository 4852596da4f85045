"""Donation fraud screening: the first design, before any security review.

A charity fundraising platform takes one-off and recurring card donations from
the public on campaign pages. Card numbers go straight from the donor's browser to
the payment processor's hosted fields; our checkout API only sees a card token.
Before charging, the checkout API scores each donation with an in-house fraud model
(card testing, laundering money through donate-then-refund) using velocity features
from an online feature store. Low scores are charged at once; the rest are held,
and a finance analyst releases or cancels them in a back-office review console.
Refund requests and processor chargeback webhooks go through the same API.
Registered charities manage their bank details in a charity portal, and a weekly
payout job pays collected funds out through the processor. The model is retrained
monthly from donation history labelled with analyst decisions and chargebacks.
Controls: per-IP rate limiting, signed webhooks, SSO with roles and audit logs on
the console, encrypted databases, an evaluation gate and versioned models.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Donation fraud screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="Fraud screening of online donations before charge, analyst review of held "
    "donations, and weekly payouts to charities.",
)

# ---------------------------------------------------------------- data assets
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PAN, expiry and CVC entered in the processor's hosted fields.",
)
card_token = tg.Data("Card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL)
donation = tg.Data(
    "Donation request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card token, amount, charity, donor name, e-mail, address, IP; "
    "refund requests use the same shape.",
)
donation_status = tg.Data("Donation status", kind="records", sensitivity=tg.Sensitivity.PII)
features = tg.Data(
    "Donation features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Attempts per card, IP and e-mail; amount patterns; refund history.",
)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
donation_records = tg.Data(
    "Donation records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Every donation, its score, hold status, charge and refund outcome.",
)
held_case = tg.Data("Held donation case", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Analyst decision",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
charge = tg.Data("Charge or refund request", kind="records", sensitivity=tg.Sensitivity.PII)
processor_events = tg.Data(
    "Charge results and chargebacks",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Synchronous charge results and asynchronous dispute webhooks.",
)
bank_details = tg.Data(
    "Charity bank details",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
statement = tg.Data("Payout statement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payout = tg.Data(
    "Payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
training_data = tg.Data(
    "Labelled donation history", kind="training-data", sensitivity=tg.Sensitivity.PII
)
model_artifact = tg.Data(
    "Fraud model artifact",
    format="pickle",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Gradient-boosted trees saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on a campaign page, card testers and launderers included; no account needed.
    donor = tm.add(tg.Actor("Donor", role="donor"))
    # A charity's staff member who registers the charity and its payout account.
    charity_admin = tm.add(tg.Actor("Charity administrator", role="charity admin"))

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Tokenises cards, charges and refunds donations, and pays out to charity accounts.
    processor = tm.add(
        tg.ExternalService("Payment processor", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Platform VPC", trust=tg.Trust.INTERNAL):
    # Public API behind the donation form: scores, holds, charges and refunds.
    checkout = tm.add(
        tg.Endpoint(
            "Checkout API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP, against card testing"),
                c.InputValidation(),
                c.SecretsManagement(note="processor API key and webhook secret in a vault"),
            },
        )
    )
    # Decides, per donation, whether it is charged now or held for review.
    fraud_model = tm.add(
        tg.Model(
            "Fraud model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Scores above 0.6 hold the donation for a finance analyst.",
            controls={c.HumanInTheLoop(approver="finance analyst, for held donations")},
        )
    )
    # Velocity counters updated on every attempt and read at scoring time.
    feature_store = tm.add(
        tg.FeatureStore("Velocity feature store", stores={features}, online=True)
    )
    # Back-office web app where held donations are reviewed.
    console = tm.add(
        tg.Service(
            "Review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="finance role only"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Public web app where charities register and keep their payout account.
    portal = tm.add(
        tg.Endpoint(
            "Charity portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Weekly batch that totals settled donations per charity and requests payouts.
    payout_job = tm.add(tg.Service("Weekly payout job"))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # System of record for donations, holds and outcomes.
        donations_db = tm.add(
            tg.DataStore(
                "Donations database",
                stores={donation_records, held_case, decision},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Registered charities and where their money goes.
        charity_db = tm.add(
            tg.DataStore(
                "Charity accounts database",
                stores={bank_details},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
    # Monthly snapshot of donations joined with analyst decisions and chargebacks.
    training_set = tm.add(tg.Dataset("Fraud training set", stores={training_data}))
    # Monthly retraining job.
    training = tm.add(
        tg.Pipeline(
            "Monthly retraining",
            stage=tg.Stage.TRAINING,
            controls={c.ModelValidation(note="precision/recall gate on a held-out month")},
        )
    )
    # Model versions that serving loads from.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Releases or cancels held donations.
    analyst = tm.add(tg.Actor("Finance analyst", role="finance analyst"))

# ---------------------------------------------------------------- flows
# donation and card tokenisation
tm.flow(donor, processor, card_details, protocol="https", label="hosted card fields")
tm.flow(processor, donor, card_token, protocol="https")
tm.flow(donor, checkout, donation, protocol="https", label="donate or request refund")
tm.flow(checkout, donor, donation_status, protocol="https")

# screening
tm.flow(checkout, feature_store, features, label="update velocity counters")
tm.flow(feature_store, checkout, features, label="online lookup")
tm.flow(checkout, fraud_model, features)
tm.flow(fraud_model, checkout, score)
tm.flow(checkout, donations_db, donation_records, held_case)

# charging, refunds and chargebacks
tm.flow(checkout, processor, charge, card_token, protocol="https")
tm.flow(
    processor,
    checkout,
    processor_events,
    protocol="https",
    controls={c.MessageIntegrity(note="webhook signatures verified")},
)

# analyst review of held donations
tm.flow(donations_db, console, held_case)
tm.flow(console, analyst, held_case, protocol="https")
tm.flow(analyst, console, decision, protocol="https", label="release or cancel")
tm.flow(console, donations_db, decision)
tm.flow(console, checkout, decision, label="charge or cancel released donation")

# charity onboarding and weekly payouts
tm.flow(charity_admin, portal, bank_details, protocol="https")
tm.flow(portal, charity_admin, statement, protocol="https")
tm.flow(portal, charity_db, bank_details)
tm.flow(donations_db, portal, statement, label="donations received")
tm.flow(donations_db, payout_job, donation_records)
tm.flow(charity_db, payout_job, bank_details)
tm.flow(payout_job, processor, payout, protocol="https")

# retraining
tm.flow(donations_db, training_set, training_data, label="monthly export")
tm.flow(training_set, training, training_data)
tm.flow(training, registry, model_artifact)
tm.flow(registry, fraud_model, model_artifact, label="deploy")
