"""Churn prediction and retention offers: the first design, before any security review.

Our UK broadband business loses customers at the end of their minimum term. Once a
month a batch job scores every residential customer with a gradient-boosted churn
model trained in-house on account, billing, usage, fault and call-centre history.
A rules-based offer engine picks a retention offer (a monthly discount, a speed
upgrade, a free router swap) for customers above a score threshold, from a catalogue
the retention manager approves each month, and only for customers with marketing
consent. Offers go out by e-mail and SMS through two messaging providers; customers
accept in the My Account site, which applies the discount in the CRM. Data scientists
retrain the model each quarter from a snapshot of the feature store and publish it
to a model registry. Everything except the messaging providers runs in our data
platform VPC; the CRM and billing warehouse are existing systems with their own access
controls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Broadband churn prediction and offer engine",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Monthly churn scores for every customer trigger retention offers "
    "sent by e-mail and SMS.",
)

# ---------------------------------------------------------------- data assets
accounts = tg.Data(
    "Customer account records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, contact details, contract dates, package, marketing "
    "consents and call-centre contact history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
billing_usage = tg.Data(
    "Billing and usage history",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Monthly bills, late payments, data usage, line speed and fault tickets.",
)
features = tg.Data(
    "Customer churn features",
    sensitivity=tg.Sensitivity.PII,
    kind="features",
    description="Keyed by a pseudonymous customer id; names and contact details dropped.",
)
churn_labels = tg.Data(
    "Churn outcome labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="labels",
    description="Whether each customer cancelled within 90 days of the snapshot.",
)
training_code = tg.Data(
    "Training code and configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
model_artifact = tg.Data(
    "Churn model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="XGBoost model saved with joblib.",
)
promotion = tg.Data("Model promotion decision", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
churn_scores = tg.Data("Churn scores", sensitivity=tg.Sensitivity.PII, kind="model-output")
eligibility = tg.Data(
    "Offer eligibility data",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Contract end date, current discounts, marketing consent and channel.",
)
offer_catalogue = tg.Data(
    "Approved offer catalogue",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Offers, their score bands and the month's budget, signed off by the retention manager.",
)
offer_records = tg.Data("Issued retention offers", sensitivity=tg.Sensitivity.PII, kind="records")
email_offer = tg.Data(
    "Offer e-mail",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, offer and link.",
)
sms_offer = tg.Data(
    "Offer SMS", sensitivity=tg.Sensitivity.PII, description="Mobile number, offer and short link."
)
acceptance = tg.Data("Offer acceptance", sensitivity=tg.Sensitivity.PII, kind="records")
discount = tg.Data("Applied discount", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives offers and accepts them online.
    customer = tm.add(tg.Actor("Broadband customer", role="customer"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Bulk e-mail service that sends the offer e-mails.
    email_provider = tm.add(
        tg.ExternalService(
            "Marketing e-mail provider",
            controls={c.SupplierAssessment(note="DPA signed, UK data centres")},
        )
    )

with tm.boundary("SMS aggregator", trust=tg.Trust.PARTNER):
    # Sends the offer texts to mobile networks.
    sms_gateway = tm.add(
        tg.ExternalService(
            "SMS gateway",
            controls={c.SupplierAssessment(note="DPA signed")},
        )
    )

with tm.boundary("Core business systems", trust=tg.Trust.RESTRICTED):
    # System of record for customers; source of features, labels and eligibility.
    crm = tm.add(
        tg.DataStore(
            "CRM",
            stores={accounts, offer_records, discount},
            controls={c.EncryptionAtRest(key_management="database TDE"), c.RBAC()},
        )
    )
    # Existing warehouse of bills, usage and network faults.
    warehouse = tm.add(
        tg.DataStore(
            "Billing and usage warehouse",
            stores={billing_usage},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )

with tm.boundary("Data platform VPC", trust=tg.Trust.INTERNAL):
    # Monthly batch that joins CRM and warehouse data into model features.
    feature_job = tm.add(
        tg.Pipeline(
            "Monthly feature pipeline",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(note="drops names and contact details, pseudonymises ids")
            },
        )
    )
    # Offline feature tables, one snapshot per month.
    feature_store = tm.add(tg.FeatureStore("Churn feature store", stores={features}, online=False))
    # Labelled snapshot the quarterly retraining reads.
    training_set = tm.add(tg.Dataset("Churn training snapshot", stores={features, churn_labels}))
    # Quarterly retraining run by the data scientists.
    training = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="holdout AUC and calibration checked before registering")
            },
        )
    )
    # Versioned model artifacts; the scoring job loads the promoted version.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_artifact}, controls={c.ModelVersioning()})
    )
    # The churn classifier itself.
    churn_model = tm.add(
        tg.Model(
            "Churn model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            description="Probability that the customer cancels within 90 days.",
        )
    )
    # Monthly batch that scores every residential customer.
    scoring_job = tm.add(tg.Service("Monthly scoring job"))
    # Rules that turn scores into offers and hand them to the messaging providers.
    offer_engine = tm.add(
        tg.Service(
            "Retention offer engine",
            controls={
                c.HumanInTheLoop(approver="retention manager signs off the monthly campaign"),
                c.PolicyEnforcement(
                    rules="offers only from the approved catalogue, to customers with "
                    "marketing consent and no active retention discount"
                ),
            },
        )
    )
    # My Account page where a customer accepts the offer from the link.
    redemption = tm.add(
        tg.Endpoint(
            "Offer acceptance page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="My Account e-mail and password")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the offer catalogue and approves each month's campaign.
    retention_manager = tm.add(tg.Actor("Retention manager", role="retention manager"))
    # Builds and retrains the model and promotes new versions.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(crm, feature_job, accounts, label="monthly extract")
tm.flow(warehouse, feature_job, billing_usage, label="monthly extract")
tm.flow(feature_job, feature_store, features)

tm.flow(feature_store, training_set, features, label="quarterly snapshot")
tm.flow(crm, training_set, churn_labels, label="cancellations")
tm.flow(training_set, training, features, churn_labels)
tm.flow(data_scientist, training, training_code, protocol="https")
tm.flow(training, registry, model_artifact)
tm.flow(data_scientist, registry, promotion, protocol="https", label="promotes version")
tm.flow(registry, scoring_job, model_artifact, label="loads promoted model")

tm.flow(feature_store, scoring_job, features)
tm.flow(scoring_job, churn_model, features)
tm.flow(churn_model, scoring_job, churn_scores)
tm.flow(scoring_job, offer_engine, churn_scores)
tm.flow(crm, offer_engine, eligibility)
tm.flow(
    retention_manager, offer_engine, offer_catalogue, protocol="https", label="monthly sign-off"
)
tm.flow(offer_engine, crm, offer_records)

tm.flow(offer_engine, email_provider, email_offer, protocol="https")
tm.flow(offer_engine, sms_gateway, sms_offer, protocol="https")
tm.flow(email_provider, customer, email_offer, protocol="smtp")
tm.flow(sms_gateway, customer, sms_offer, protocol="sms")

tm.flow(customer, redemption, acceptance, protocol="https")
tm.flow(crm, redemption, offer_records, label="offer lookup")
tm.flow(redemption, crm, discount, label="applies discount")
tm.flow(redemption, customer, discount, protocol="https", label="confirmation")
