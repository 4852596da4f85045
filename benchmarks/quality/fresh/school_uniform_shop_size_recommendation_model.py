"""School uniform shop size recommendation model: the first design.

An independent school-uniform shop in the UK sells blazers, jumpers and PE kit
for a dozen local schools through its WooCommerce web shop on managed hosting.
Parents with an account save a size profile for each child (first name, school,
age, height) and see a recommended size on each product page. The web shop asks
a small size recommendation API, on a cloud VM a freelance developer set up,
which runs a scikit-learn classifier over the child's age, height, past sizes
bought and the supplier's size chart. Returns teach it: every week a job pulls
orders, profiles and return reasons ("too small", "too big") over the shop's
REST API, drops names and addresses, and retrains the model, whose joblib file
the API loads at its nightly restart. Card payments go through Stripe's hosted
checkout. Parents sign in with e-mail and password; the API takes a static key
and checks that heights and ages are in range.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School uniform shop size recommendation model",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recommends uniform sizes from children's height, age and past orders; "
    "retrained weekly from returns.",
)

# ---------------------------------------------------------------- data assets
child_profile = tg.Data(
    "Child size profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Child's first name, school, year group, age and height, entered by a parent.",
)
orders = tg.Data(
    "Orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Parent's name, address and e-mail, items, sizes and school.",
)
return_request = tg.Data(
    "Return request with reason",
    kind="feedback",
    sensitivity=tg.Sensitivity.PII,
    description="Item returned and the parent's reason: too small, too big, changed mind.",
)
return_receipt = tg.Data(
    "Return received",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Staff mark a returned parcel as received and refund it.",
)
size_request = tg.Data(
    "Size recommendation request",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Customer id, garment, child's age and height, sizes bought before.",
)
recommended_size = tg.Data(
    "Recommended size", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.PII)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.PII
)
export = tg.Data(
    "Weekly order and returns export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Orders, child profiles and return reasons since the last export.",
)
size_charts = tg.Data(
    "Supplier size charts",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Spreadsheets of garment measurements per size from each supplier.",
)
training_rows = tg.Data(
    "Size training rows",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Pseudonymous customer id, child's age and height, garment, size kept or returned.",
)
model_file = tg.Data("Size model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")
training_code = tg.Data(
    "Training and API code", kind="code", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents buying uniform for their children; anyone can register an account.
    parent = tm.add(tg.Actor("Parent", role="customer"))

with tm.boundary("Stripe", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never touch the shop.
    stripe = tm.add(tg.ExternalService("Stripe hosted checkout"))

with tm.boundary("Supplier", trust=tg.Trust.PARTNER):
    # Garment makers' measurement charts, e-mailed as spreadsheets each season.
    supplier_charts = tm.add(
        tg.DataSource(
            "Supplier size chart spreadsheets", origin=tg.Origin.VENDOR, provides={size_charts}
        )
    )

with tm.boundary("Developer home office", trust=tg.Trust.PARTNER):
    # The freelancer who built and maintains the model, the jobs and the API.
    developer = tm.add(tg.Actor("Freelance developer", role="contract developer", privileged=True))

with tm.boundary("Managed WooCommerce hosting", trust=tg.Trust.INTERNAL):
    # The shop itself: catalogue, accounts, child profiles, basket, returns form.
    web_shop = tm.add(
        tg.Service(
            "Web shop",
            internet_facing=True,
            description="WooCommerce storefront and back office, with a REST API for the export.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="WooCommerce shop manager role for staff"),
            },
        )
    )
    # Holds everything the shop knows about its customers and their children.
    shop_db = tm.add(
        tg.DataStore(
            "Shop database",
            stores={child_profile, orders, return_request, return_receipt},
            controls={
                c.EncryptionAtRest(key_management="hosting provider managed disk encryption")
            },
        )
    )

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Shop assistants unpack returned parcels and mark them received.
    staff = tm.add(tg.Actor("Shop assistant", role="shop assistant"))

with tm.boundary("Cloud VM and bucket", trust=tg.Trust.INTERNAL):
    # Small API the product pages call for a recommendation.
    endpoint = tm.add(
        tg.Endpoint(
            "Size recommendation API",
            description="Flask app on the VM; loads the newest model file at its nightly restart.",
            controls={
                c.Authentication(method="static API key held by the web shop"),
                c.InputValidation(note="height 80-200 cm, age 3-18, known garment codes"),
            },
        )
    )
    # The model: picks a size label for a child and a garment.
    model = tm.add(
        tg.Model(
            "Size recommendation model",
            task=tg.Task.CLASSIFIER,
            description="scikit-learn gradient boosting classifier over age, height, past sizes "
            "and garment measurements.",
        )
    )
    # Pulls the week's orders and returns and strips them down for training.
    export_job = tm.add(
        tg.Pipeline(
            "Weekly export job",
            stage=tg.Stage.PREPROCESSING,
            controls={
                c.DataMinimization(
                    note="drops names, addresses and e-mails; keeps a hashed customer id"
                )
            },
        )
    )
    # Accumulated training rows in the storage bucket.
    training_set = tm.add(tg.Dataset("Size training set", stores={training_rows}))
    # Refits the classifier on all rows every Sunday night.
    retraining = tm.add(tg.Pipeline("Weekly retraining", stage=tg.Stage.TRAINING))
    # Bucket folder the API loads the model file from.
    model_store = tm.add(tg.ModelRegistry("Model file bucket", stores={model_file}))

# ---------------------------------------------------------------- flows
# shopping
tm.flow(parent, web_shop, child_profile, orders, return_request, protocol="https")
tm.flow(web_shop, parent, recommended_size, orders, protocol="https")
tm.flow(web_shop, shop_db, child_profile, orders, return_request, protocol="local")
tm.flow(shop_db, web_shop, child_profile, orders, protocol="local")
tm.flow(staff, web_shop, return_receipt, protocol="https", label="back office")
tm.flow(web_shop, shop_db, return_receipt, protocol="local", label="return status")

# size recommendation
tm.flow(web_shop, endpoint, size_request, protocol="https")
tm.flow(endpoint, model, size_request, protocol="local")
tm.flow(model, endpoint, recommended_size, protocol="local")
tm.flow(endpoint, web_shop, recommended_size, protocol="https")

# payment
tm.flow(web_shop, stripe, checkout_session, protocol="https")
tm.flow(parent, stripe, card_details, protocol="https")
tm.flow(
    stripe,
    web_shop,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="Stripe plugin checks the webhook signing secret")},
)

# learning from returns
tm.flow(web_shop, export_job, export, protocol="https", label="weekly export via REST API")
tm.flow(supplier_charts, developer, size_charts, protocol="smtp", label="e-mailed spreadsheets")
tm.flow(developer, export_job, size_charts, protocol="ssh", label="uploaded to the VM")
tm.flow(export_job, training_set, training_rows, protocol="https")
tm.flow(training_set, retraining, training_rows, protocol="https")
tm.flow(retraining, model_store, model_file, protocol="https")
tm.flow(model_store, model, model_file, protocol="https", label="loaded at nightly restart")

# maintenance
tm.flow(developer, retraining, training_code, protocol="ssh")
tm.flow(developer, endpoint, training_code, protocol="ssh")
