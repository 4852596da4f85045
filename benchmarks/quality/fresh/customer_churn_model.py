"""Customer churn model: the first design, before any security review.

An EU mobile operator predicts which subscribers are about to leave. Nightly ETL
copies CRM, billing and network-usage records from the operational systems into
the analytics data warehouse. Once a quarter the data science team trains a
gradient-boosted churn classifier on a warehouse extract, checks it against a
hold-out set and registers it (an MLflow pickle) in the model registry. A weekly
batch job scores every subscriber and writes the scores back to the warehouse;
an offer dispatcher picks the customers above the current threshold and sends
their phone numbers and offer codes to a marketing platform vendor, which texts
them a retention offer and reports deliveries and redemptions back. Marketing
analysts set thresholds and offer budgets in a dashboard behind corporate SSO.
The warehouse is role-restricted and encrypted; the vendor was assessed by procurement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Customer churn model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Weekly churn scores for all subscribers; customers above a threshold get an "
        "automatic retention offer by SMS through a marketing vendor."
    ),
)

# ---------------------------------------------------------------- data assets
customer_records = tg.Data(
    "Subscriber records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="CRM profile, contract, billing history, complaints and network usage per subscriber.",
)
training_data = tg.Data(
    "Churn training extract", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
features = tg.Data("Subscriber features", sensitivity=tg.Sensitivity.PII, kind="features")
weights = tg.Data("Churn model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
scores = tg.Data("Churn scores", sensitivity=tg.Sensitivity.PII, kind="model-output")
thresholds = tg.Data(
    "Offer thresholds",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Score cut-off per segment and the offer attached to each band.",
)
offer_list = tg.Data(
    "Offer send list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Phone number, first name and offer code for each targeted subscriber.",
)
sms = tg.Data("Retention offer SMS", sensitivity=tg.Sensitivity.PII, kind="records")
campaign_results = tg.Data("Campaign results", sensitivity=tg.Sensitivity.PII, kind="feedback")
vendor_key = tg.Data(
    "Marketing platform API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
training_code = tg.Data(
    "Training notebook and config", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
dashboard_view = tg.Data(
    "Score and campaign dashboards", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Mobile network", trust=tg.Trust.UNTRUSTED):
    # The people scored and texted.
    subscriber = tm.add(tg.Actor("Subscriber", role="customer"))

with tm.boundary("Marketing vendor", trust=tg.Trust.PARTNER):
    # Sends the SMS campaigns and tracks redemptions.
    vendor = tm.add(
        tg.ExternalService(
            "Marketing platform",
            description="SaaS campaign and SMS platform hosted by the vendor in the EU.",
            controls={
                c.SupplierAssessment(note="procurement review and GDPR processing agreement")
            },
        )
    )

with tm.boundary("BSS/OSS", trust=tg.Trust.INTERNAL):
    # CRM, billing and network usage systems that feed the warehouse.
    sources = tm.add(
        tg.DataSource(
            "Operational systems",
            origin=tg.Origin.INTERNAL,
            provides={customer_records},
            description="CRM, billing and network usage (CDR aggregates).",
        )
    )

with tm.boundary("Analytics platform", trust=tg.Trust.INTERNAL):
    # Single source of customer data for analytics and for the model.
    warehouse = tm.add(
        tg.DataStore(
            "Data warehouse",
            stores={customer_records, scores, campaign_results},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Quarterly training run by the data science team.
    training = tm.add(
        tg.Pipeline(
            "Quarterly training",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={c.ModelValidation(note="hold-out AUC and lift checked before registering")},
        )
    )
    # Versions of the churn model; the batch job loads the one tagged production.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # The classifier itself, loaded by the batch job.
    model = tm.add(
        tg.Model(
            "Churn classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Gradient-boosted trees giving a 90-day churn probability.",
        )
    )
    # Weekly scoring of every subscriber.
    scoring = tm.add(tg.Pipeline("Weekly batch scoring", stage=tg.Stage.DEPLOYMENT))
    # Selects customers above threshold and hands them to the vendor.
    dispatcher = tm.add(
        tg.Service(
            "Offer dispatcher",
            controls={c.SecretsManagement(note="vendor API key in the secrets manager")},
        )
    )
    # Where analysts tune thresholds and watch campaign results.
    dashboard = tm.add(
        tg.Endpoint(
            "Threshold dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO")},
        )
    )
    # Holds the thresholds the dispatcher applies.
    config = tm.add(tg.DataStore("Campaign configuration", stores={thresholds}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trains and ships the model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))
    # Tunes thresholds and offers.
    analyst = tm.add(tg.Actor("Marketing analyst", role="marketing analyst"))

# ---------------------------------------------------------------- flows
# Data in
tm.flow(sources, warehouse, customer_records, label="nightly ETL")

# Training
tm.flow(warehouse, training, training_data, label="quarterly extract")
tm.flow(data_scientist, training, training_code)
tm.flow(training, registry, weights)
tm.flow(registry, scoring, weights, label="load production version")

# Weekly scoring
tm.flow(warehouse, scoring, features)
tm.flow(scoring, model, features)
tm.flow(model, scoring, scores)
tm.flow(scoring, warehouse, scores)

# Offers
tm.flow(warehouse, dispatcher, scores, customer_records)
tm.flow(config, dispatcher, thresholds)
tm.flow(
    dispatcher,
    vendor,
    offer_list,
    vendor_key,
    protocol="https",
    controls={c.DataMinimization(note="only phone number, first name and offer code")},
)
tm.flow(vendor, subscriber, sms, protocol="sms")
tm.flow(vendor, dispatcher, campaign_results, protocol="https", label="delivery and redemption")
tm.flow(dispatcher, warehouse, campaign_results)

# Threshold tuning
tm.flow(analyst, dashboard, thresholds, protocol="https")
tm.flow(dashboard, config, thresholds)
tm.flow(warehouse, dashboard, dashboard_view)
tm.flow(dashboard, analyst, dashboard_view, protocol="https")
