"""Bicycle shop repair quotes from photos: the first design, before any security review.

A chain of bicycle shops in the Netherlands and Belgium lets customers with an
account on its website upload a few photos of their bike and describe what is
wrong. A quote service sends the photos to an in-house vision model that
suggests the likely repairs, then prices them from the chain's parts and labour
price list and shows the customer a price range. When the bike is dropped off, a
mechanic opens the job in the workshop app on the shop tablet, checks the bike
and confirms or changes the quote; nothing is charged on the model's word alone.
Photos, quotes and repair history are kept per customer in the cloud account.
Confirmed past jobs (photos plus the repairs actually done) become the training
set; an ML engineer runs retraining and promotes models through a registry.
Controls in this design: customer and staff sign-in, TLS on every web flow,
upload type and size checks, encryption at rest on the stores, staff roles in
the workshop app, and model versions in the registry.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bicycle shop repair quote from photos",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Customers upload bike photos; a vision model suggests repairs and a price range "
    "that a mechanic confirms at drop-off.",
)

# ---------------------------------------------------------------- data assets
bike_photos = tg.Data(
    "Bike photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of the customer's bike, tied to their account; may show their "
    "home, street or people in the background.",
)
problem = tg.Data(
    "Problem description",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text the customer types: what is wrong, when it started, how they ride.",
)
account = tg.Data(
    "Customer account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone number and home shop.",
)
suggestions = tg.Data(
    "Suggested repairs",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Likely repair codes with a confidence for each.",
)
price_list = tg.Data("Parts and labour prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
quote = tg.Data(
    "Estimated quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Suggested repairs with a price range, shown to the customer.",
)
confirmed_job = tg.Data(
    "Confirmed repair job",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The repairs the mechanic confirmed and carried out, with the final price.",
)
history = tg.Data(
    "Repair history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
training_examples = tg.Data(
    "Past job training examples",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Bike photos labelled with the repairs a mechanic actually did.",
)
weights = tg.Data(
    "Repair model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
promotion = tg.Data("Model promotion", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create an account and upload photos.
    customer = tm.add(tg.Actor("Customer", role="bike owner"))

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Checks the bike at drop-off and confirms or corrects the quote.
    mechanic = tm.add(tg.Actor("Mechanic", role="workshop staff"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Public website API where customers sign in, upload photos and see quotes and history.
    portal = tm.add(
        tg.Endpoint(
            "Customer repair portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG/HEIC only, at most 5 photos of 15 MB each"),
            },
        )
    )
    # Calls the model, prices its suggestions and stores the draft quote.
    quote_service = tm.add(
        tg.Service(
            "Quote service",
            description="Turns suggested repairs into a price range using the price list.",
        )
    )
    # Workshop tablet app where mechanics see the customer, photos and draft quote.
    workshop_app = tm.add(
        tg.Endpoint(
            "Workshop app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="staff Google Workspace SSO"),
                c.RBAC(note="mechanics see jobs for their own shop; managers see the chain"),
                c.HumanInTheLoop(approver="the mechanic at drop-off"),
            },
        )
    )
    # Suggests likely repairs from the photos and the customer's description.
    repair_model = tm.add(
        tg.Model(
            "Repair suggestion model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Photo-and-text classifier fine-tuned on past jobs from a public "
            "image backbone.",
        )
    )
    # Chain-wide price list, kept by head office.
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))
    # Object storage for uploaded photos.
    photo_store = tm.add(
        tg.DataStore(
            "Bike photo bucket",
            stores={bike_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Customers, quotes and repair history per customer.
    customer_db = tm.add(
        tg.DataStore(
            "Customer and repair database",
            stores={account, problem, quote, confirmed_job, history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Snapshot of confirmed past jobs joined with their photos.
        train_set = tm.add(tg.Dataset("Past jobs training set", stores={training_examples}))
        # Monthly retraining of the repair model.
        training = tm.add(tg.Pipeline("Retraining job", stage=tg.Stage.TRAINING))
        # Model versions; the serving model is loaded from here.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Runs retraining and promotes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(customer, portal, account, protocol="https", controls={tls}, label="sign-up and sign-in")
tm.flow(customer, portal, bike_photos, problem, protocol="https", controls={tls})
tm.flow(portal, customer, quote, history, protocol="https", controls={tls})

tm.flow(portal, quote_service, bike_photos, problem)
tm.flow(quote_service, portal, quote)
tm.flow(quote_service, photo_store, bike_photos)
tm.flow(quote_service, repair_model, bike_photos, problem)
tm.flow(repair_model, quote_service, suggestions)
tm.flow(prices, quote_service, price_list)
tm.flow(quote_service, customer_db, problem, quote)
tm.flow(customer_db, portal, history, label="customer's own history")

tm.flow(mechanic, workshop_app, confirmed_job, protocol="https", controls={tls})
tm.flow(
    workshop_app, mechanic, account, quote, history, bike_photos, protocol="https", controls={tls}
)
tm.flow(customer_db, workshop_app, account, quote, history)
tm.flow(photo_store, workshop_app, bike_photos)
tm.flow(workshop_app, customer_db, confirmed_job)

tm.flow(customer_db, train_set, confirmed_job, label="monthly export")
tm.flow(photo_store, train_set, bike_photos, label="monthly export")
tm.flow(train_set, training, training_examples)
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, promotion, label="promotes a version")
tm.flow(registry, repair_model, weights, label="deploy")
