"""Crowdfunding campaign fraud review: the first design, before any security review.

An EU crowdfunding platform screens every new fundraising campaign before it goes
live. When an organiser submits a campaign (story, photos, goal, payout bank
account), a screening service builds features from it: reverse-image-search hits
for recycled photos, inconsistencies in the story, and links to other accounts
(shared devices, IPs, bank accounts) from the account link graph. An in-house
gradient-boosted fraud model scores the campaign; low scores go live, risky ones
are held for the trust team, who decide in a review console. Donors pay through a
card payment processor, and a weekly payout job pays collected funds to the
organiser's bank account once an identity verification vendor has passed them.
Trust team decisions become labels for monthly retraining of the model.
Controls in this design: sign-in on the web app and console, upload checks,
encrypted stores, signed processor webhooks and an audit log of review decisions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Crowdfunding campaign fraud review",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Fraud scoring of new campaigns before launch, trust-team holds, weekly payouts.",
)

# ---------------------------------------------------------------- data assets
submission = tg.Data(
    "Campaign submission",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Title, story, goal, beneficiary and organiser profile.",
)
images = tg.Data("Campaign images", kind="media", sensitivity=tg.Sensitivity.PII)
bank_account = tg.Data(
    "Organiser payout bank account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="IBAN and account holder name entered by the organiser.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
signals = tg.Data(
    "Account signals",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Device fingerprints, IP addresses, e-mails and bank accounts linking accounts.",
)
matches = tg.Data("Image match results", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
features = tg.Data("Campaign features", kind="features", sensitivity=tg.Sensitivity.CONFIDENTIAL)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
screening_decision = tg.Data(
    "Screening decision",
    kind="records",
    description="Go live, or hold for trust review.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
held_cases = tg.Data("Held campaign cases", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data(
    "Trust review decision",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
status = tg.Data("Campaign status", kind="records", sensitivity=tg.Sensitivity.PII)
id_documents = tg.Data(
    "Identity documents",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Passport or ID card photo and a selfie.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
id_result = tg.Data("Identity check result", kind="records", sensitivity=tg.Sensitivity.PII)
card_payment = tg.Data("Card donation", kind="records", sensitivity=tg.Sensitivity.REGULATED)
donations = tg.Data("Donation records", kind="records", sensitivity=tg.Sensitivity.PII)
payout = tg.Data(
    "Payout instructions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payout_status = tg.Data("Payout status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Review labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
weights = tg.Data(
    "Fraud model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="scikit-learn pipeline saved with joblib.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can sign up and start a campaign, fraudsters included.
    organiser = tm.add(tg.Actor("Campaign organiser", role="organiser"))
    # Members of the public who give money to campaigns.
    donor = tm.add(tg.Actor("Donor", role="donor"))

with tm.boundary("Image search vendor", trust=tg.Trust.PARTNER):
    # Finds where else on the web a campaign's photos have appeared.
    image_search = tm.add(
        tg.ExternalService("Reverse image search API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Identity verification vendor", trust=tg.Trust.PARTNER):
    # KYC vendor: checks the organiser's ID document and selfie before any payout.
    idv = tm.add(
        tg.ExternalService(
            "Identity verification service",
            controls={c.SupplierAssessment(note="vendor DPA and security questionnaire")},
        )
    )

with tm.boundary("Payment processor", trust=tg.Trust.PARTNER):
    # Takes card donations on its hosted page and pays out to organisers' accounts.
    processor = tm.add(tg.ExternalService("Payment processor"))

with tm.boundary("Platform cloud", trust=tg.Trust.INTERNAL):
    # Public web app and API for organisers: campaign creation, payout details, status.
    web_app = tm.add(
        tg.Endpoint(
            "Campaign web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on upload"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Builds features for each new campaign, calls the model and routes it live or to review.
    screening = tm.add(
        tg.Service(
            "Campaign screening service",
            description="Runs on each submission; a score above the threshold holds the campaign.",
        )
    )
    # In-house classifier: probability that a new campaign is fraudulent.
    fraud_model = tm.add(
        tg.Model(
            "Campaign fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees over image, story and account-link features.",
        )
    )
    # Internal console where the trust team works the queue of held campaigns.
    console = tm.add(
        tg.Endpoint(
            "Trust review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=730),
            },
        )
    )
    # Pays each organiser's collected funds once a week, if their identity check passed.
    payout_job = tm.add(
        tg.Service(
            "Weekly payout job",
            controls={c.SecretsManagement(note="processor API key in the secrets manager")},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Campaigns, organiser profiles, payout accounts, statuses and donation totals.
        campaign_db = tm.add(
            tg.DataStore(
                "Campaign database",
                stores={submission, bank_account, screening_decision, id_result, donations},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )
        # Object storage for campaign photos.
        media_store = tm.add(
            tg.DataStore(
                "Campaign media store",
                stores={images},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Graph of accounts linked by device, IP, e-mail and bank account.
        link_graph = tm.add(tg.DataStore("Account link graph", stores={signals}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Trust-team decisions joined to the features scored at submission.
        training_set = tm.add(tg.Dataset("Labeled campaign set", stores={labels, features}))
        # Monthly retraining; the new model replaces the serving one.
        retraining = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))

with tm.boundary("Trust and safety office", trust=tg.Trust.INTERNAL):
    # Trust team analysts decide on held campaigns.
    analyst = tm.add(tg.Actor("Trust analyst", role="trust team"))

# ---------------------------------------------------------------- flows
# Submission
tm.flow(organiser, web_app, submission, images, bank_account, protocol="https")
tm.flow(web_app, organiser, status, protocol="https")
tm.flow(web_app, campaign_db, submission, bank_account)
tm.flow(campaign_db, web_app, status)
tm.flow(web_app, media_store, images)
tm.flow(web_app, link_graph, signals, label="sign-up and session signals")

# Screening
tm.flow(campaign_db, screening, submission, bank_account)
tm.flow(media_store, screening, images)
tm.flow(screening, image_search, images, protocol="https")
tm.flow(image_search, screening, matches, protocol="https")
tm.flow(link_graph, screening, signals)
tm.flow(screening, fraud_model, features)
tm.flow(fraud_model, screening, score)
tm.flow(screening, campaign_db, screening_decision)

# Trust review of held campaigns
tm.flow(screening, console, held_cases, features, score, label="held for review")
tm.flow(media_store, console, images)
tm.flow(console, analyst, held_cases, images, protocol="https")
tm.flow(analyst, console, review_decision, protocol="https")
tm.flow(console, campaign_db, review_decision)

# Identity verification
tm.flow(organiser, idv, id_documents, protocol="https", label="vendor SDK in the web app")
tm.flow(idv, web_app, id_result, protocol="https", label="verification webhook")
tm.flow(web_app, campaign_db, id_result)

# Donations
tm.flow(donor, processor, card_payment, protocol="https", label="hosted checkout")
tm.flow(
    processor,
    web_app,
    donations,
    protocol="https",
    label="donation webhook",
    controls={c.MessageIntegrity(note="processor webhook signature verified")},
)
tm.flow(web_app, campaign_db, donations)

# Weekly payouts
tm.flow(campaign_db, payout_job, bank_account, donations, id_result, screening_decision)
tm.flow(payout_job, processor, payout, protocol="https")
tm.flow(processor, payout_job, payout_status, protocol="https")
tm.flow(payout_job, campaign_db, payout_status)

# Retraining
tm.flow(console, training_set, labels)
tm.flow(screening, training_set, features, label="features at submission")
tm.flow(training_set, retraining, labels, features)
tm.flow(retraining, fraud_model, weights, label="deploy")
