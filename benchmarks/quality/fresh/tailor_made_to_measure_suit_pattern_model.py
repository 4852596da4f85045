"""Made-to-measure suit ordering: the first design, before any security review.

A tailor sells made-to-measure suits online. Customers sign in to the web shop,
upload a front and a side photo of themselves and answer fit questions (height,
weight, posture, preferred fit). A body-measurement model, fine-tuned by us from
open weights and served in our cloud account, estimates their measurements from
the photos and answers. In the workshop a cutter reviews the estimate against
the photos in the pattern CAD software, adjusts the pattern and only then cuts.
Photos and reviewed measurements are kept so that repeat orders need no new
photos, and the cutter's corrections are collected for periodic retraining.
Payment goes through a payment provider's hosted checkout. Controls in this
design: TLS, e-mail and password sign-in, upload checks, encrypted storage,
signed payment webhooks and the cutter's review before any cloth is cut.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Made-to-measure suit pattern model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Online made-to-measure suits: body measurements estimated from "
    "customer photos, reviewed by a cutter before the pattern is cut.",
)

# ---------------------------------------------------------------- data assets
body_photos = tg.Data(
    "Customer body photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Front and side photos in fitted clothing, taken at home.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
fit_answers = tg.Data(
    "Fit questionnaire answers",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Height, weight, age range, posture, shoulder slope, preferred fit.",
)
sign_in = tg.Data(
    "Customer sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
estimated_measurements = tg.Data(
    "Estimated body measurements",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Chest, waist, seat, sleeve, inside leg and so on, with confidence.",
)
reviewed_measurements = tg.Data(
    "Reviewed measurements",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Measurements as corrected and accepted by the cutter.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
order = tg.Data(
    "Suit order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Cloth, style options, delivery address, order status.",
)
order_status = tg.Data(
    "Order and measurement status", sensitivity=tg.Sensitivity.PII, kind="records"
)
checkout_request = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
checkout_link = tg.Data(
    "Hosted checkout link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_details = tg.Data(
    "Card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Entered on the provider's hosted checkout page only.",
)
payment_confirmation = tg.Data(
    "Payment confirmation",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
pattern = tg.Data(
    "Adjusted suit pattern",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="The tailor's block pattern graded to the customer; the house cut is a trade secret.",
)
pattern_adjustments = tg.Data(
    "Cutter's pattern adjustments", sensitivity=tg.Sensitivity.PII, kind="records"
)
training_examples = tg.Data(
    "Measurement training examples",
    sensitivity=tg.Sensitivity.PII,
    kind="training-data",
    description="Customer photos paired with the cutter-reviewed measurements.",
)
model_weights = tg.Data(
    "Measurement model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned measurement model.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People ordering suits, first-time and repeat customers.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout; we never handle card numbers ourselves.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted checkout pages and signed payment webhooks.",
        )
    )

with tm.boundary("Tailor cloud account", trust=tg.Trust.INTERNAL):
    # The online shop: accounts, photo upload, fit questions, orders and checkout.
    web_shop = tm.add(
        tg.Endpoint(
            "Web shop",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG only, 15 MB per photo, questionnaire schema"),
                c.SecretsManagement(note="payment provider API key in the secrets manager"),
            },
        )
    )
    # Queues each new upload, prepares the photos and calls the model.
    measurement_service = tm.add(
        tg.Service(
            "Measurement service",
            description="Crops and normalises the photos, runs the model, stores the estimate.",
        )
    )
    # Estimates body measurements from two photos and the fit answers.
    measurement_model = tm.add(
        tg.Model(
            "Body-measurement model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights human-pose backbone fine-tuned on our own customers.",
        )
    )

    with tm.boundary("Customer data store", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded photos, kept for repeat orders.
        photo_store = tm.add(
            tg.DataStore(
                "Photo storage",
                stores={body_photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Customer accounts, fit answers and measurements for repeat orders.
        profile_db = tm.add(
            tg.DataStore(
                "Customer measurement profiles",
                stores={sign_in, fit_answers, estimated_measurements, reviewed_measurements},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Orders and payment status.
        order_db = tm.add(
            tg.DataStore(
                "Order database",
                stores={order, payment_confirmation},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML training", trust=tg.Trust.INTERNAL):
        # Photos with the cutter's accepted measurements, for retraining.
        training_set = tm.add(tg.Dataset("Measurement training set", stores={training_examples}))
        # Quarterly fine-tuning run on a rented GPU instance.
        retraining = tm.add(
            tg.Pipeline(
                "Quarterly retraining",
                stage=tg.Stage.FINE_TUNING,
                third_party_packages=True,
            )
        )
        # Holds the model checkpoints the measurement service loads.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={model_weights}))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The cutter checks every estimate against the photos before cutting cloth.
    cutter = tm.add(tg.Actor("Cutter", role="cutter"))
    # Pattern CAD workstation where the block pattern is graded to the customer.
    pattern_cad = tm.add(
        tg.Service(
            "Pattern CAD workstation",
            description="Desktop pattern software that pulls orders and measurements from the cloud.",
            controls={
                c.HumanInTheLoop(
                    approver="the cutter", note="every pattern is reviewed before cutting"
                ),
                c.Authentication(method="workshop staff accounts"),
            },
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(
    customer, web_shop, sign_in, body_photos, fit_answers, order, protocol="https", controls={tls}
)
tm.flow(web_shop, customer, order_status, protocol="https", controls={tls})

tm.flow(web_shop, photo_store, body_photos)
tm.flow(web_shop, profile_db, fit_answers, label="new questionnaire")
tm.flow(profile_db, web_shop, fit_answers, reviewed_measurements, label="repeat order profile")
tm.flow(web_shop, order_db, order)
tm.flow(order_db, web_shop, order_status)

tm.flow(photo_store, measurement_service, body_photos)
tm.flow(profile_db, measurement_service, fit_answers)
tm.flow(measurement_service, measurement_model, body_photos, fit_answers)
tm.flow(measurement_model, measurement_service, estimated_measurements)
tm.flow(measurement_service, profile_db, estimated_measurements)

tm.flow(web_shop, payments, checkout_request, protocol="https", controls={tls})
tm.flow(payments, web_shop, checkout_link, protocol="https", controls={tls})
tm.flow(customer, payments, card_details, protocol="https", controls={tls})
tm.flow(
    payments,
    web_shop,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={tls, c.MessageIntegrity(note="provider-signed webhook")},
)
tm.flow(web_shop, order_db, payment_confirmation)

tm.flow(order_db, pattern_cad, order, protocol="https", controls={tls})
tm.flow(
    profile_db, pattern_cad, estimated_measurements, fit_answers, protocol="https", controls={tls}
)
tm.flow(photo_store, pattern_cad, body_photos, protocol="https", controls={tls})
tm.flow(cutter, pattern_cad, pattern_adjustments)
tm.flow(pattern_cad, cutter, pattern, label="printed pattern")
tm.flow(pattern_cad, profile_db, reviewed_measurements, protocol="https", controls={tls})
tm.flow(
    pattern_cad,
    order_db,
    order_status,
    label="cut and in production",
    protocol="https",
    controls={tls},
)

tm.flow(photo_store, training_set, body_photos, label="export for retraining")
tm.flow(profile_db, training_set, reviewed_measurements, label="export for retraining")
tm.flow(training_set, retraining, training_examples)
tm.flow(retraining, registry, model_weights)
tm.flow(registry, measurement_model, model_weights, label="load checkpoint")
