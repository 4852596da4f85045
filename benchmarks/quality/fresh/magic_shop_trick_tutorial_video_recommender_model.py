"""Magic shop recommender: the first design of trick tutorial and prop recommendations.

A small online magic shop, selling to customers across the EU, sells props and paid
trick tutorial videos. Signed-in customers browse the storefront, buy, and watch the
tutorials they have unlocked on a hosted video platform, which reports viewing events
back to the shop. A nightly training pipeline joins purchase and viewing history into
an interaction set, trains an in-house ranking model and saves it to a model registry;
a recommendation endpoint inside the shop's cloud account serves "tricks you might like"
to the storefront and to a weekly recommendation e-mail. Checkout runs on a payment
provider's hosted page, so no card data reaches the shop. Controls in this design:
customer sign-in by e-mail and password with roles for shop staff, TLS on public links,
the payment provider's webhook signature checked, provider-managed encryption on the
customer database, API keys in the cloud secret manager, and versioned models in the
registry. The shop owner edits the catalogue and uploads the tutorials.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Magic shop trick tutorial recommender",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Recommends trick tutorial videos and props from customers' purchase "
    "and viewing history.",
)

# ---------------------------------------------------------------- data assets
shop_request = tg.Data(
    "Shop page requests and orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Browsing, basket, order and delivery details of a signed-in customer.",
)
shop_pages = tg.Data(
    "Shop pages with recommendations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Product pages, order history and the personalised recommendation shelf.",
)
playback_token = tg.Data(
    "Signed video playback token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Short-lived signed URL that unlocks one purchased tutorial.",
)
customer_records = tg.Data(
    "Customer accounts and orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, e-mail and delivery addresses, password hashes, order history.",
)
catalogue = tg.Data(
    "Product and tutorial catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Props, tutorial titles, prices, stock levels.",
)
checkout = tg.Data(
    "Checkout session",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Basket total, customer e-mail and return URL for the hosted payment page.",
)
payment_event = tg.Data(
    "Payment confirmation webhook",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
tutorial_videos = tg.Data(
    "Trick tutorial videos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Paid content: the methods behind the tricks are what customers pay for.",
)
viewing_events = tg.Data(
    "Viewing events",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which customer watched which tutorial, for how long, rewatches.",
)
interactions = tg.Data(
    "Customer interaction set",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Customer id x item matrix of purchases and watch time, rebuilt nightly.",
)
model_artifact = tg.Data(
    "Recommender model artifact",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="Implicit-feedback factorisation model saved with pickle.",
)
rec_request = tg.Data(
    "Recommendation request",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Customer id, current page and recent items viewed.",
)
recommendations = tg.Data(
    "Ranked recommendations",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
rec_email = tg.Data(
    "Weekly recommendation e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers and hobby magicians; anyone can create an account.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # Hosted checkout keeps card data out of the shop's systems.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout page; calls the shop back when a payment succeeds.",
        )
    )
    # Streams the tutorials and reports player events back to the shop.
    video_platform = tm.add(
        tg.ExternalService(
            "Video hosting platform",
            description="Stores and streams the tutorials; sends viewing events by webhook.",
        )
    )
    # Sends the weekly "new tricks for you" e-mail.
    email_service = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Shop office", trust=tg.Trust.INTERNAL):
    # Runs the business: catalogue, tutorial uploads, store settings.
    owner = tm.add(tg.Actor("Shop owner", role="shop owner", privileged=True))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # The web shop: accounts, basket, checkout, playback links, admin pages.
    storefront = tm.add(
        tg.Service(
            "Storefront",
            internet_facing=True,
            description="Web shop and admin pages; also builds the weekly e-mail.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="customer and shop-staff roles"),
                c.SecretsManagement(
                    note="payment, video and e-mail API keys in the secret manager"
                ),
            },
        )
    )
    # Customer accounts and orders: the shop's main personal data.
    customer_db = tm.add(
        tg.DataStore(
            "Customer and orders database",
            stores={customer_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the shop sells; read by the shop and the recommender.
    catalogue_db = tm.add(tg.DataStore("Catalogue database", stores={catalogue}))
    # Append-only table of player events, input to training and fresh recommendations.
    viewing_store = tm.add(tg.DataStore("Viewing history store", stores={viewing_events}))
    # Serves recommendations to the storefront, filtered to items in stock.
    rec_endpoint = tm.add(
        tg.Endpoint(
            "Recommendation endpoint",
            purpose=tg.EndpointPurpose.INFERENCE,
            description="Internal HTTP service; returns item ids, no scores.",
        )
    )
    # Ranks tutorials and props for a customer.
    recommender = tm.add(
        tg.Model(
            "Trick recommender model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Implicit-feedback matrix factorisation over purchases and watch time.",
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Nightly job: export, build the interaction set, train, register.
        training = tm.add(
            tg.Pipeline(
                "Nightly training pipeline",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Scheduled container job; pip-installs its requirements at start.",
            )
        )
        # The interaction matrix the model is trained on.
        training_set = tm.add(tg.Dataset("Interaction training set", stores={interactions}))
        # Keeps each night's model; the endpoint loads the latest version.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={model_artifact},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
# shopping
tm.flow(customer, storefront, shop_request, protocol="https")
tm.flow(storefront, customer, shop_pages, playback_token, protocol="https")
tm.flow(storefront, customer_db, customer_records, label="accounts and orders")
tm.flow(customer_db, storefront, customer_records)
tm.flow(catalogue_db, storefront, catalogue)

# checkout
tm.flow(storefront, payments, checkout, protocol="https")
tm.flow(
    payments,
    storefront,
    payment_event,
    protocol="https",
    label="payment succeeded webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature verified")},
)

# tutorials
tm.flow(owner, storefront, catalogue, protocol="https", label="edits catalogue")
tm.flow(storefront, catalogue_db, catalogue)
tm.flow(owner, video_platform, tutorial_videos, protocol="https", label="uploads tutorials")
tm.flow(customer, video_platform, playback_token, protocol="https")
tm.flow(video_platform, customer, tutorial_videos, protocol="https", label="streaming")
tm.flow(video_platform, storefront, viewing_events, protocol="https", label="player events webhook")
tm.flow(storefront, viewing_store, viewing_events)

# training
tm.flow(customer_db, training, customer_records, label="nightly export")
tm.flow(viewing_store, training, viewing_events, label="nightly export")
tm.flow(training, training_set, interactions)
tm.flow(training_set, training, interactions)
tm.flow(training, registry, model_artifact)
tm.flow(registry, recommender, model_artifact, label="loads latest version")

# serving
tm.flow(storefront, rec_endpoint, rec_request, protocol="http")
tm.flow(viewing_store, rec_endpoint, viewing_events, label="recent views")
tm.flow(catalogue_db, rec_endpoint, catalogue, label="in-stock filter")
tm.flow(rec_endpoint, recommender, rec_request)
tm.flow(recommender, rec_endpoint, recommendations)
tm.flow(rec_endpoint, storefront, recommendations, protocol="http")

# weekly e-mail
tm.flow(storefront, email_service, rec_email, protocol="https")
tm.flow(email_service, customer, rec_email, protocol="smtp")
