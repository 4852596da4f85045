"""Removals quotes from room videos: the first design, before any security review.

A UK removals company lets customers get a quote without a home survey. In
our phone app the customer signs in with e-mail and password, enters the move
details and films each room; the videos go to a cloud bucket. An estimation
service pulls frames from each video and runs an in-house vision model
(fine-tuned from open weights) that lists the furniture and boxes it sees and
estimates the load volume. An estimator checks the item list against the video
in an internal portal, corrects it and confirms the price; nothing reaches
the customer unconfirmed. The customer accepts the quote in the app and pays a
deposit on the payment provider's hosted checkout page; the provider
confirms payment by a signed webhook. Estimators' corrections are kept as
training labels, and the model is retrained monthly. Controls: customer and
staff sign-in, staff roles, estimator approval, encrypted storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Removals quote from video",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Video survey of a customer's home turned into a confirmed removals quote.",
)

# ---------------------------------------------------------------- data assets
login = tg.Data("Customer login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
move_details = tg.Data(
    "Move details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, both addresses, move date, access notes.",
)
videos = tg.Data(
    "Room videos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Walk-through videos of every room: contents, valuables, sometimes people.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
frames = tg.Data("Video frames", kind="media", sensitivity=tg.Sensitivity.PII)
estimate = tg.Data(
    "Item list and volume estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
quote = tg.Data(
    "Quote",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
acceptance = tg.Data("Quote acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
corrections = tg.Data(
    "Estimator corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
checkout = tg.Data("Deposit checkout session", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation webhook",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
quote_email = tg.Data("Quote notification e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Inventory model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who downloads the app and wants a quote.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # Our iOS and Android app: sign-in, move details, filming, quote acceptance.
    app = tm.add(tg.Device("Customer phone app", fleet=True))

with tm.boundary("Cloud production", trust=tg.Trust.INTERNAL):
    # The app's backend: accounts, uploads, quotes and deposits.
    quote_api = tm.add(
        tg.Endpoint(
            "Quote API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload type and size checks"),
            },
        )
    )
    # Object storage for the uploaded room videos.
    video_bucket = tm.add(
        tg.DataStore(
            "Room video bucket",
            stores={videos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Pulls frames out of new videos, runs the model, writes a draft estimate.
    estimation = tm.add(tg.Service("Estimation service"))
    # The vision model that lists items and estimates cubic volume.
    inventory_model = tm.add(
        tg.Model(
            "Inventory and volume model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights object detector fine-tuned on our past surveys, "
            "with a per-item volume table.",
            controls={c.ModelVersioning()},
        )
    )
    # Customers, moves, estimates and quotes.
    quote_db = tm.add(
        tg.DataStore(
            "Quote database",
            stores={move_details, estimate, quote, acceptance, corrections},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Internal web app where estimators review the video and confirm the quote.
    portal = tm.add(
        tg.Service(
            "Estimator portal",
            controls={
                c.Authentication(method="Google Workspace SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="estimator confirms every quote"),
            },
        )
    )

    with tm.boundary("ML environment", trust=tg.Trust.INTERNAL):
        # Frames and estimator corrections used to retrain the model.
        dataset = tm.add(tg.Dataset("Survey training set", stores={frames, corrections}))
        # Monthly fine-tuning job.
        training = tm.add(
            tg.Pipeline(
                "Monthly fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
            )
        )
        # Stores model checkpoints that the estimation service loads.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Staff who check the model's item list and price the move.
    estimator = tm.add(tg.Actor("Estimator", role="estimator"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for the deposit; card details never touch our systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail telling the customer their quote is ready.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, login, move_details, videos, label="films rooms")
tm.flow(app, customer, quote, label="shows quote")
tm.flow(app, quote_api, login, move_details, videos, protocol="https")
tm.flow(quote_api, app, quote, protocol="https")
tm.flow(app, quote_api, acceptance, protocol="https", label="accepts quote")
tm.flow(quote_api, video_bucket, videos)
tm.flow(quote_api, quote_db, move_details, acceptance)
tm.flow(quote_db, quote_api, quote)

tm.flow(video_bucket, estimation, videos)
tm.flow(estimation, inventory_model, frames)
tm.flow(inventory_model, estimation, estimate)
tm.flow(estimation, quote_db, estimate)

tm.flow(quote_db, portal, move_details, estimate)
tm.flow(video_bucket, portal, videos)
tm.flow(portal, estimator, move_details, estimate, videos, protocol="https")
tm.flow(estimator, portal, corrections, quote, protocol="https", label="confirms quote")
tm.flow(portal, quote_db, quote, corrections)

tm.flow(quote_api, mailer, quote_email, protocol="https")
tm.flow(mailer, customer, quote_email, protocol="smtp+starttls")

tm.flow(quote_api, payments, checkout, protocol="https", label="create deposit checkout")
tm.flow(customer, payments, card, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    quote_api,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified")},
)

tm.flow(estimation, dataset, frames)
tm.flow(quote_db, dataset, corrections)
tm.flow(dataset, training, frames, corrections)
tm.flow(training, registry, weights)
tm.flow(registry, inventory_model, weights, label="loaded at deploy")
