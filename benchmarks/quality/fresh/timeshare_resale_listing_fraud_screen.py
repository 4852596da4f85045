"""Timeshare resale listing fraud screen: the first design, before any security review.

Owners who want to sell a timeshare week create a seller account on our resale
marketplace and submit a listing with their ownership documents (deed, resort
contract, maintenance-fee statement). Before a listing goes live, a screening
service compares the documents with the resort's ownership records and scores
the listing and the seller account with an in-house fraud model (mismatched
ownership, upfront-fee wording in listings and in buyer-seller messages).
Listings that score above the threshold are held in a review console for a
fraud analyst, who releases or rejects them; analyst outcomes feed a monthly
retraining job. Buyers browse and message sellers only through the platform, and
any upfront payment is made to an escrow partner, which reports back by webhook.
Everything runs in our cloud account; sign-in is e-mail and password, the public
web app is rate-limited, uploaded documents are encrypted at rest and analysts
reach the console through company SSO.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Timeshare resale listing fraud screen",
    profile=tg.RiskProfile.HIGH,
    description="Fraud screening of new resale listings and seller accounts before they go live.",
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Listing",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Resort, week, price, description, seller name and contact details.",
)
seller_account = tg.Data(
    "Seller account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, sign-up IP and device, payout details.",
)
ownership_docs = tg.Data(
    "Ownership documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Scanned deeds, resort contracts and fee statements uploaded by sellers.",
)
ownership_record = tg.Data(
    "Resort ownership record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner of record for the contract number, as the resort holds it.",
)
messages = tg.Data(
    "Buyer-seller messages",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
listing_page = tg.Data("Published listing", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
features = tg.Data(
    "Listing fraud features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
screening_decision = tg.Data(
    "Screening decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Publish, or hold for review, with the score and the reasons.",
)
held_case = tg.Data(
    "Held listing case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Listing, documents, account signals and the fraud score for an analyst.",
)
analyst_decision = tg.Data(
    "Analyst release decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
outcome_labels = tg.Data(
    "Review outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
model_artifact = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
escrow_request = tg.Data(
    "Escrow request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer, seller, listing and the upfront amount to be held.",
)
payment = tg.Data(
    "Buyer payment details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Card or bank details the buyer enters on the escrow partner's page.",
)
escrow_status = tg.Data("Escrow status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open a seller account, including people posing as owners.
    seller = tm.add(tg.Actor("Seller", role="timeshare owner"))
    # Prospective buyers browse listings and message sellers.
    buyer = tm.add(tg.Actor("Buyer", role="prospective buyer"))

with tm.boundary("Resort partners", trust=tg.Trust.PARTNER):
    # Resorts' owner-of-record lookup, used to check the uploaded documents.
    resort_records = tm.add(
        tg.ExternalService(
            "Resort ownership lookup API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Per-resort API or SFTP-fed lookup by contract number.",
        )
    )

with tm.boundary("Escrow partner", trust=tg.Trust.PARTNER):
    # Holds upfront payments until the transfer of ownership completes.
    escrow = tm.add(
        tg.ExternalService(
            "Escrow service",
            description="Licensed escrow company; takes the buyer's payment on its own page.",
        )
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # The public web app and API that sellers and buyers use.
    web_app = tm.add(
        tg.Endpoint(
            "Marketplace web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Owns the listing lifecycle: draft, screening, live, removed.
    listing_service = tm.add(tg.Service("Listing service"))
    # Listings and seller accounts.
    listing_db = tm.add(
        tg.DataStore(
            "Listing database",
            stores={listing, seller_account},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Uploaded ownership documents.
    doc_store = tm.add(
        tg.DataStore(
            "Ownership document store",
            stores={ownership_docs},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Relays messages between buyers and sellers and keeps them.
    messaging = tm.add(tg.Service("Messaging service"))
    message_store = tm.add(tg.DataStore("Message store", stores={messages}))
    # Builds features, checks documents against resort records, calls the model.
    screening = tm.add(
        tg.Service(
            "Listing screening service",
            description="Runs on every new or edited listing; holds it when the score "
            "is above 0.7, otherwise publishes it.",
        )
    )
    # The fraud model itself.
    fraud_model = tm.add(
        tg.Model(
            "Listing fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over document-match, account and "
            "upfront-fee text signals; decides whether a listing is held.",
        )
    )
    # Monthly retraining from analyst outcomes.
    retraining = tm.add(tg.Pipeline("Monthly fraud model retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where analysts work through held listings.
    review_console = tm.add(
        tg.Endpoint(
            "Fraud review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Trust and safety staff who decide on held listings.
    analyst = tm.add(tg.Actor("Fraud analyst", role="trust and safety analyst"))

# ---------------------------------------------------------------- flows
# Sellers create listings.
tm.flow(seller, web_app, listing, seller_account, ownership_docs, protocol="https")
tm.flow(web_app, seller, screening_decision, label="listing status", protocol="https")
tm.flow(web_app, listing_service, listing, seller_account)
tm.flow(listing_service, listing_db, listing, seller_account)
tm.flow(listing_db, listing_service, listing, seller_account)
tm.flow(web_app, doc_store, ownership_docs)

# Screening before a listing goes live.
tm.flow(listing_service, screening, listing, seller_account, label="new listing")
tm.flow(doc_store, screening, ownership_docs)
tm.flow(
    screening, resort_records, ownership_record, label="contract number lookup", protocol="https"
)
tm.flow(resort_records, screening, ownership_record, protocol="https")
tm.flow(message_store, screening, messages, label="upfront-fee patterns")
tm.flow(screening, fraud_model, features)
tm.flow(fraud_model, screening, fraud_score)
tm.flow(screening, listing_service, screening_decision)

# Held listings go to an analyst.
tm.flow(screening, review_console, held_case, label="score above threshold")
tm.flow(doc_store, review_console, ownership_docs)
tm.flow(review_console, analyst, held_case, protocol="https")
tm.flow(analyst, review_console, analyst_decision, protocol="https")
tm.flow(review_console, listing_service, analyst_decision, label="release or reject")

# Retraining from analyst outcomes.
tm.flow(review_console, retraining, outcome_labels)
tm.flow(listing_db, retraining, listing, seller_account)
tm.flow(retraining, fraud_model, model_artifact, label="deploy new model")

# Buyers browse and message sellers through the platform.
tm.flow(web_app, buyer, listing_page, messages, protocol="https")
tm.flow(buyer, web_app, messages, protocol="https")
tm.flow(web_app, messaging, messages)
tm.flow(messaging, web_app, messages)
tm.flow(messaging, message_store, messages)

# Upfront payments go through escrow.
tm.flow(web_app, escrow, escrow_request, protocol="https")
tm.flow(buyer, escrow, payment, protocol="https")
tm.flow(escrow, web_app, escrow_status, label="escrow status webhook", protocol="https")
