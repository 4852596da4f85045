"""Yarn shop pattern sizing recommendation model: the first design.

A small online yarn shop sells knitting and crochet patterns with the yarn to
make them. On a product page a sizing widget asks the customer for their body
measurements and the pattern they want; a small API in the shop's cloud
account runs an in-house model that recommends a size and how many skeins to
buy, using the pattern's size chart and yardage table. The customer then orders
on the shop's hosted e-commerce platform and pays at the payment provider's
hosted checkout. Each recommendation is logged against the order number. The
shop owner reviews returns where the size was wrong, marks them on her laptop,
and retrains the model there each quarter, uploading the new file to the cloud.
Controls: HTTPS throughout, a rate limit and range checks on the sizing API,
the cloud provider's default encryption of the log, dated model versions, and
the owner checking a new model against last quarter's returns before upload.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Yarn shop pattern sizing recommendation",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recommends a pattern size and yarn quantity from customers' measurements.",
)

# ---------------------------------------------------------------- data assets
measurements = tg.Data(
    "Customer measurements and pattern choice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bust, waist, hip, arm and length measurements, preferred fit, pattern id.",
)
sizing_features = tg.Data("Sizing features", kind="features", sensitivity=tg.Sensitivity.PII)
recommendation = tg.Data(
    "Size and yarn recommendation", kind="model-output", sensitivity=tg.Sensitivity.PII
)
pattern_charts = tg.Data(
    "Pattern size charts and yardage",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
recommendation_log = tg.Data(
    "Recommendation records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order number, measurements, pattern and the recommended size and skeins.",
)
order = tg.Data(
    "Order and delivery details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_status = tg.Data("Payment confirmation", kind="records")
returns = tg.Data("Return requests and reasons", kind="records", sensitivity=tg.Sensitivity.PII)
sizing_labels = tg.Data(
    "Sizing outcome labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data("Sizing training set", kind="training-data", sensitivity=tg.Sensitivity.PII)
model_file = tg.Data("Sizing model file", format="pickle", sensitivity="confidential")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the shop; no account needed to use the sizing widget.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("E-commerce vendor", trust=tg.Trust.PARTNER):
    # Hosted storefront: product pages, cart, orders and returns.
    shop_platform = tm.add(tg.ExternalService("E-commerce platform"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page; card details never reach the shop.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Small API the storefront's sizing widget calls from the customer's browser.
    sizing_api = tm.add(
        tg.Endpoint(
            "Sizing API",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="measurements must be within plausible ranges"),
            },
        )
    )
    # Gradient-boosted model predicting the size that fits; yarn follows from the chart.
    sizing_model = tm.add(
        tg.Model(
            "Size recommendation model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Picks a pattern size from measurements and preferred ease; "
            "skeins are the chart's yardage for that size plus a length margin.",
        )
    )
    # Size charts and yardage for every pattern the shop sells.
    catalogue = tm.add(tg.DataStore("Pattern catalogue", stores={pattern_charts}))
    # What was recommended for which order, kept to learn from returns.
    rec_log = tm.add(
        tg.DataStore(
            "Recommendation log",
            stores={recommendation_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Storage bucket holding each quarter's model file.
    model_bucket = tm.add(
        tg.ModelRegistry(
            "Model bucket",
            stores={model_file},
            controls={c.ModelVersioning(note="one dated file per quarter, previous kept")},
        )
    )

with tm.boundary("Owner's laptop", trust=tg.Trust.INTERNAL):
    # The shop owner: runs the shop, reviews returns, retrains the model.
    owner = tm.add(tg.Actor("Shop owner", role="owner", privileged=True))
    # Spreadsheet where sizing-related returns are matched to recommendations.
    returns_review = tm.add(tg.Pipeline("Returns review", stage=tg.Stage.LABELING))
    # Accumulated measurements with the size that actually fitted.
    dataset = tm.add(tg.Dataset("Sizing training set", stores={training_set, sizing_labels}))
    # Quarterly notebook run with scikit-learn from PyPI.
    retraining = tm.add(
        tg.Pipeline(
            "Quarterly retraining",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
            controls={
                c.ModelValidation(
                    note="owner compares accuracy on last quarter's returns before upload"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# sizing
tm.flow(customer, sizing_api, measurements, protocol="https")
tm.flow(catalogue, sizing_api, pattern_charts)
tm.flow(sizing_api, sizing_model, sizing_features)
tm.flow(sizing_model, sizing_api, recommendation)
tm.flow(sizing_api, customer, recommendation, protocol="https")
tm.flow(sizing_api, rec_log, recommendation_log)

# ordering and paying
tm.flow(customer, shop_platform, order, protocol="https")
tm.flow(shop_platform, customer, order, protocol="https", label="order confirmation")
tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, shop_platform, payment_status, protocol="https")
tm.flow(customer, shop_platform, returns, protocol="https", label="return request")

# learning from returns
tm.flow(shop_platform, returns_review, returns, protocol="https", label="CSV export")
tm.flow(rec_log, returns_review, recommendation_log, protocol="https", label="download")
tm.flow(owner, returns_review, sizing_labels, label="marks sizing returns")
tm.flow(returns_review, dataset, training_set, sizing_labels)
tm.flow(dataset, retraining, training_set, sizing_labels)
tm.flow(retraining, model_bucket, model_file, protocol="https", label="quarterly upload")
tm.flow(model_bucket, sizing_model, model_file, label="loaded at start-up")
tm.flow(owner, catalogue, pattern_charts, protocol="https", label="adds new patterns")
