"""Grocery substitution recommender: the first design, before any security review.

Customers order groceries in our app and may opt out of substitutes per item.
When a picker in a store finds an item out of stock, the fulfilment service asks
a substitution endpoint for candidates; an in-house ranking model scores products
from the catalogue using customer and product features, and the picker chooses
one of the top three on a managed handheld (or leaves the item out). At the door
the customer accepts or rejects each substitute on the driver's handheld; the
outcomes go back to the order database and, through a nightly feature job, into
weekly retraining. A supplier feed keeps product attributes (allergens, size,
brand) in the catalogue. Everything runs in our cloud VPC; handhelds reach it
over HTTPS. Controls so far: customer sign-in and a rate limit on the shop API,
staff SSO for handhelds, encrypted order database, schema checks on the supplier
feed and versioned models in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Grocery substitution recommender",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Suggests substitutes for out-of-stock items during picking; customers accept or reject at the door.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Customer order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, delivery address, slot, items and per-item substitution opt-outs.",
)
order_status = tg.Data("Order status", kind="records", sensitivity=tg.Sensitivity.PII)
pick_list = tg.Data("Pick list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
stock_event = tg.Data(
    "Out-of-stock event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order line, store and product that could not be picked.",
)
sub_request = tg.Data(
    "Substitution request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Customer id, missing product, store and remaining basket.",
)
suggestions = tg.Data(
    "Substitute suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Top three candidate products with their ranking scores.",
)
picker_choice = tg.Data(
    "Picker substitute choice", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
picked_order = tg.Data(
    "Picked order with substitutes", kind="records", sensitivity=tg.Sensitivity.PII
)
manifest = tg.Data(
    "Delivery manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, address, phone and the substitutes to present at the door.",
)
door_decision = tg.Data(
    "Door accept or reject decision",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Per substitute: accepted or rejected by the customer; rejected items are not charged.",
)
supplier_data = tg.Data(
    "Supplier product data",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Ingredients, allergens, pack size and brand per GTIN.",
)
product_attrs = tg.Data(
    "Product attributes",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
features = tg.Data(
    "Customer and product features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Purchase-history aggregates per customer and product similarity features.",
)
labels = tg.Data("Substitution outcome labels", kind="labels", sensitivity=tg.Sensitivity.PII)
artifact = tg.Data(
    "Ranker artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="LightGBM ranker saved with joblib.",
)
door_view = tg.Data(
    "Substitutes shown at the door",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The ordered item and its substitute, for this customer's order only.",
)
approval = tg.Data("Promotion approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers using the app or website; they also meet the driver at the door.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Supplier data network", trust=tg.Trust.PARTNER):
    # Product master data pushed by suppliers through a data-pool partner.
    supplier_feed = tm.add(
        tg.DataSource(
            "Supplier product feed",
            origin=tg.Origin.PARTNER,
            provides={supplier_data},
            description="Nightly GS1 product data drop from the data-pool partner.",
        )
    )

with tm.boundary("Stores and vans", trust=tg.Trust.INTERNAL):
    # Store staff who pick orders and choose substitutes.
    picker = tm.add(tg.Actor("Picker", role="store picker"))
    # Managed handheld the picker scans with and sees suggestions on.
    picker_handheld = tm.add(
        tg.Device("Picker handheld", description="MDM-enrolled Android scanner on store Wi-Fi.")
    )
    # Handheld the driver carries; the customer taps accept or reject on it.
    driver_handheld = tm.add(
        tg.Device("Driver handheld", description="MDM-enrolled phone on the cellular network.")
    )

with tm.boundary("Cloud VPC", trust=tg.Trust.INTERNAL):
    # Public API behind the app and website: orders, preferences, status.
    shop_api = tm.add(
        tg.Endpoint(
            "Shop API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120, note="CDN/WAF per-client limit"),
            },
        )
    )
    # Orchestrates picking and delivery; the handhelds talk only to it.
    fulfilment = tm.add(
        tg.Service(
            "Fulfilment service",
            description="Builds pick lists, asks for substitutes, records choices and door decisions.",
            controls={
                c.Authentication(method="staff SSO (OIDC) on managed handhelds"),
                c.HumanInTheLoop(
                    approver="the picker",
                    note="the picker chooses one of the top three suggestions or leaves the item out; "
                    "the customer accepts or rejects each substitute at the door",
                ),
            },
        )
    )
    # Internal inference endpoint wrapping the ranker; filters candidates by catalogue attributes.
    sub_endpoint = tm.add(
        tg.Endpoint(
            "Substitution endpoint", purpose=tg.EndpointPurpose.INFERENCE, returns_scores=True
        )
    )
    # The recommender itself: ranks in-stock products as substitutes for the missing one.
    ranker = tm.add(
        tg.Model(
            "Substitution ranker",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Learning-to-rank model over candidate products from the same category.",
        )
    )
    # Online and offline features for the ranker.
    feature_store = tm.add(tg.FeatureStore("Feature store", stores={features, labels}, online=True))
    # System of record for orders, opt-outs, substitutions and door outcomes.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, picked_order, door_decision},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Product master data, including allergens the substitutes must respect.
    catalogue = tm.add(
        tg.DataStore(
            "Product catalogue",
            stores={product_attrs},
            controls={c.SchemaEnforcement(note="supplier drops validated against the GS1 schema")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Nightly job turning orders, outcomes and catalogue into features and labels.
        feature_job = tm.add(tg.Pipeline("Nightly feature job", stage=tg.Stage.PREPROCESSING))
        # Weekly retraining of the ranker on door outcomes.
        retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
        # Holds ranker versions; promotion is a manual step.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={artifact}, controls={c.ModelVersioning()})
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the ranker and approves promotions to serving.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, shop_api, order, protocol="https")
tm.flow(shop_api, customer, order_status, protocol="https")
tm.flow(shop_api, order_db, order)
tm.flow(order_db, shop_api, order_status)

tm.flow(order_db, fulfilment, order, label="orders for the slot")
tm.flow(fulfilment, picker_handheld, pick_list, suggestions, protocol="https")
tm.flow(picker_handheld, fulfilment, stock_event, picker_choice, protocol="https")
tm.flow(picker_handheld, picker, pick_list, suggestions, label="on the handheld touchscreen")
tm.flow(picker, picker_handheld, picker_choice, label="on the handheld touchscreen")

tm.flow(fulfilment, sub_endpoint, sub_request)
tm.flow(sub_endpoint, fulfilment, suggestions)
tm.flow(feature_store, sub_endpoint, features, label="online lookup")
tm.flow(catalogue, sub_endpoint, product_attrs, label="candidate products")
tm.flow(sub_endpoint, ranker, features)
tm.flow(ranker, sub_endpoint, suggestions)

tm.flow(fulfilment, order_db, picked_order, door_decision)
tm.flow(fulfilment, driver_handheld, manifest, protocol="https")
tm.flow(driver_handheld, customer, door_view, label="in person at the door")
tm.flow(customer, driver_handheld, door_decision, label="on the driver's handheld touchscreen")
tm.flow(driver_handheld, fulfilment, door_decision, protocol="https")

tm.flow(supplier_feed, catalogue, supplier_data, protocol="sftp", label="nightly drop")
tm.flow(order_db, feature_job, order, picked_order, door_decision, label="nightly export")
tm.flow(catalogue, feature_job, product_attrs, label="nightly export")
tm.flow(feature_job, feature_store, features, labels)
tm.flow(feature_store, retraining, features, labels, label="offline snapshot")
tm.flow(retraining, registry, artifact)
tm.flow(ml_engineer, registry, approval, protocol="https", label="approves promotion")
tm.flow(registry, ranker, artifact, label="deploy")
