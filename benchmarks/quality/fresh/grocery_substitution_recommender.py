"""Grocery substitution recommender: the first design, before any security review.

When a picker in a store finds an ordered item out of stock, the picking app on
their handheld asks the substitution service for replacements. A ranking model
scores candidate products from the catalogue using product attributes (brand,
size, price, category, allergens) and the customer's purchase history and past
accept/reject answers. A rule-based allergen filter then drops any candidate whose
allergen flags are not a subset of the ordered item's or that conflict with the
customer's declared allergens. The picker picks the top suggestion; the customer
accepts or rejects each substitution in the shopping app before delivery, and
those answers feed weekly retraining. The catalogue comes from suppliers' product
data feeds, checked against a schema on import. Services run in the grocer's
cloud account; handhelds are managed devices on the store network; customer and
picker traffic is HTTPS with OAuth logins and per-customer rate limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grocery substitution recommender",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Suggests substitutes for out-of-stock items at picking time, respecting "
    "allergen flags; customers accept or reject them in the app.",
)

# ---------------------------------------------------------------- data assets
supplier_data = tg.Data(
    "Supplier product data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="GS1-style product attributes including ingredients and allergen declarations.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue = tg.Data(
    "Product catalogue with allergen flags",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
history = tg.Data(
    "Customer order history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
allergen_profile = tg.Data(
    "Customer allergen and dietary preferences",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Declared allergies and diets: health data under GDPR article 9.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
sub_request = tg.Data(
    "Substitution request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Order id, customer id and the out-of-stock item.",
)
candidates = tg.Data(
    "Ranked substitute candidates", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
suggestion = tg.Data(
    "Allergen-checked substitution",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
picked = tg.Data("Picked substitution", kind="records", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Customer accept or reject", kind="feedback", sensitivity=tg.Sensitivity.PII)
training = tg.Data(
    "Substitution training set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past substitutions with the customer's answer and product features.",
)
weights = tg.Data("Ranker artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers: place orders, declare allergens, answer substitution prompts.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Supplier network", trust=tg.Trust.PARTNER):
    # Brands and wholesalers publish product attributes and allergen declarations.
    supplier_feed = tm.add(
        tg.DataSource(
            "Supplier product feed",
            origin=tg.Origin.PARTNER,
            provides={supplier_data},
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Store staff who pick online orders.
    picker = tm.add(tg.Actor("Picker", role="store picker"))
    # Managed handhelds running the picking app.
    handheld = tm.add(
        tg.Device(
            "Picking handheld",
            fleet=True,
            controls={c.Authentication(method="staff SSO on MDM-enrolled device")},
        )
    )

with tm.boundary("Grocer cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the customer shopping app.
    customer_api = tm.add(
        tg.Endpoint(
            "Customer app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OAuth 2.0"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Called by the picking app when an item is out of stock.
    sub_api = tm.add(
        tg.Endpoint(
            "Substitution service",
            purpose=tg.EndpointPurpose.INFERENCE,
            controls={
                c.HumanInTheLoop(
                    approver="the customer in the app",
                    note="the customer accepts or rejects each substitution before delivery",
                )
            },
        )
    )
    # Ranks candidate substitutes for one customer and one missing item.
    ranker = tm.add(
        tg.Model(
            "Substitution ranker",
            task=tg.Task.RANKER,
            returns_scores=True,
            description="Gradient-boosted ranker over product attributes and customer history.",
        )
    )
    # Deterministic rules that enforce allergen flags on the ranked list.
    allergen_filter = tm.add(
        tg.Service(
            "Allergen filter",
            controls={
                c.OutputFiltering(
                    note="drops candidates adding an allergen the ordered item lacks or the "
                    "customer has declared"
                )
            },
        )
    )
    # Imports supplier feeds into the catalogue.
    catalogue_import = tm.add(
        tg.Pipeline(
            "Catalogue import",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Products, attributes and allergen flags.
    catalogue_db = tm.add(tg.DataStore("Product catalogue", stores={catalogue}))
    # Orders, past substitutions and the customer's declared allergens.
    customer_db = tm.add(
        tg.DataStore(
            "Customer order database",
            stores={history, allergen_profile, answer},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Weekly snapshot of substitutions and answers for training.
    train_set = tm.add(tg.Dataset("Substitution training set", stores={training}))
    # Weekly retraining of the ranker.
    retrain = tm.add(
        tg.Pipeline("Weekly ranker training", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Versions of the ranker; serving loads the latest promoted one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
tm.flow(supplier_feed, catalogue_import, supplier_data, protocol="sftp", label="daily feed")
tm.flow(catalogue_import, catalogue_db, catalogue)

tm.flow(customer, customer_api, allergen_profile, answer, protocol="https")
tm.flow(customer_api, customer, picked, protocol="https", label="substitution prompt")
tm.flow(customer_api, customer_db, allergen_profile, answer)
tm.flow(customer_db, customer_api, picked, label="pending substitutions")

tm.flow(picker, handheld, picked, label="scans picked item")
tm.flow(handheld, picker, suggestion, label="shows suggestion")
tm.flow(handheld, sub_api, sub_request, protocol="https")
tm.flow(sub_api, handheld, suggestion, protocol="https")
tm.flow(handheld, customer_db, picked, protocol="https", label="records substitution")

tm.flow(sub_api, ranker, sub_request)
tm.flow(catalogue_db, ranker, catalogue)
tm.flow(customer_db, ranker, history)
tm.flow(ranker, allergen_filter, candidates)
tm.flow(catalogue_db, allergen_filter, catalogue)
tm.flow(customer_db, allergen_filter, allergen_profile)
tm.flow(allergen_filter, sub_api, suggestion)

tm.flow(customer_db, train_set, history, answer, label="weekly snapshot")
tm.flow(catalogue_db, train_set, catalogue)
tm.flow(train_set, retrain, training)
tm.flow(retrain, registry, weights)
tm.flow(registry, ranker, weights, label="deploy")
