"""Contact lens subscription fit check: the first design, before any security review.

An online contact lens retailer selling to customers in the EU runs a reorder
subscription. Customers sign in to the storefront, upload a photo of their
prescription and answer a short comfort questionnaire (dryness, redness, hours
of wear). An in-house image classifier, served in our cloud account, reads the
photo and answers and flags customers who should see an optometrist before the
next reorder (expired or unreadable prescription, worrying comfort answers).
Flagged reorders are held until a contracted optometrist reviews the case in a
review portal; unflagged ones are charged through a payment provider's hosted
page and sent to our warehouse for shipping. Optometrist decisions become labels
for monthly retraining. Controls in this design: TLS on external links, customer
passwords, optometrist sign-in with TOTP and roles, encrypted stores, upload
checks on the storefront and an optometrist hold on flagged reorders.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Contact lens subscription fit check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Reorder subscription for contact lenses; a model checks prescription photos and "
        "comfort answers and flags customers for an optometrist review."
    ),
)

# ---------------------------------------------------------------- data assets
account = tg.Data("Customer account and address", sensitivity=tg.Sensitivity.PII, kind="records")
prescription_photo = tg.Data(
    "Prescription photo",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="media",
    description="Phone photo of a paper prescription: name, lens parameters, expiry, prescriber.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
comfort_answers = tg.Data(
    "Comfort questionnaire answers", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
reorder = tg.Data("Reorder request", sensitivity=tg.Sensitivity.PII, kind="records")
fit_flag = tg.Data(
    "Fit-check flag and reason",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="Refer or clear, a confidence score and the reason code.",
)
order_status = tg.Data("Order and review status", sensitivity=tg.Sensitivity.PII, kind="records")
flagged_case = tg.Data(
    "Flagged case for review", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
review_decision = tg.Data(
    "Optometrist review decision",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
card_token = tg.Data(
    "Saved card token", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="credentials"
)
payment_result = tg.Data("Payment result", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
shipping_order = tg.Data(
    "Shipping order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, delivery address, lens product codes and quantities.",
)
dispatch_note = tg.Data(
    "Dispatch confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
notification = tg.Data(
    "Customer notification e-mail", sensitivity=tg.Sensitivity.PII, kind="records"
)
review_labels = tg.Data(
    "Optometrist review labels",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="labels",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
training_config = tg.Data(
    "Training configuration", sensitivity=tg.Sensitivity.INTERNAL, kind="code"
)
weights = tg.Data(
    "Fit-check model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint written by the training job.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Subscribers ordering from their phones or laptops.
    customer = tm.add(tg.Actor("Customer", role="subscriber"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page and card vault; we only keep a token.
    psp = tm.add(
        tg.ExternalService(
            "Payment provider", description="Hosted card page and recurring charges."
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends order, hold and referral e-mails on our behalf.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Optometrist practices", trust=tg.Trust.PARTNER):
    # Contracted optometrists who review flagged customers from their own practices.
    optometrist = tm.add(tg.Actor("Optometrist", role="contracted optometrist"))

with tm.boundary("Retail cloud account", trust=tg.Trust.INTERNAL):
    # The customer-facing web and mobile API: sign-in, uploads, reorders.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Owns the subscription lifecycle: holds, releases, charges and shipping.
    subscriptions = tm.add(
        tg.Service(
            "Subscription service",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="a contracted optometrist",
                    note="flagged reorders are held until an optometrist releases them",
                )
            },
        )
    )
    # Scores each prescription photo and questionnaire at upload and before each reorder.
    fit_model = tm.add(
        tg.Model(
            "Prescription fit-check model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            returns_scores=True,
            description="Image classifier plus questionnaire features; flags customers to refer.",
        )
    )
    # Where optometrists see flagged cases and record their decision.
    review_portal = tm.add(
        tg.Endpoint(
            "Optometrist review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password with TOTP"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(retention_days=365),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Accounts, subscriptions, questionnaires, flags and review outcomes.
        customer_db = tm.add(
            tg.DataStore(
                "Customer and order database",
                stores={account, comfort_answers, reorder, fit_flag, review_decision, card_token},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Object storage bucket for the uploaded prescription photos.
        photo_store = tm.add(
            tg.DataStore(
                "Prescription photo bucket",
                stores={prescription_photo},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Photos with optometrist outcomes, collected for retraining.
        training_set = tm.add(
            tg.Dataset(
                "Reviewed prescription training set", stores={prescription_photo, review_labels}
            )
        )
        # Monthly retraining job run by the ML team.
        training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Versioned checkpoints; serving loads the one tagged for production.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))

with tm.boundary("Warehouse", trust=tg.Trust.INTERNAL):
    # Our own fulfilment centre's warehouse management system.
    wms = tm.add(tg.Service("Warehouse management system"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trains, evaluates and tags fit-check model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# customer sign-up, uploads and reorders
tm.flow(
    customer, storefront, account, prescription_photo, comfort_answers, reorder, protocol="https"
)
tm.flow(storefront, customer, order_status, protocol="https")
tm.flow(storefront, subscriptions, account, prescription_photo, comfort_answers, reorder)
tm.flow(subscriptions, storefront, order_status)
tm.flow(subscriptions, photo_store, prescription_photo)
tm.flow(subscriptions, customer_db, account, comfort_answers, reorder, fit_flag)
tm.flow(customer_db, subscriptions, account, reorder, review_decision, card_token)

# the fit check
tm.flow(subscriptions, fit_model, prescription_photo, comfort_answers)
tm.flow(fit_model, subscriptions, fit_flag)

# optometrist review of flagged customers
tm.flow(customer_db, review_portal, flagged_case, label="flagged queue")
tm.flow(photo_store, review_portal, prescription_photo)
tm.flow(review_portal, optometrist, flagged_case, prescription_photo, protocol="https")
tm.flow(optometrist, review_portal, review_decision, protocol="https")
tm.flow(review_portal, customer_db, review_decision)
tm.flow(review_portal, subscriptions, review_decision, label="release or hold")

# payment
tm.flow(customer, psp, card_details, protocol="https", label="hosted card page")
tm.flow(psp, subscriptions, card_token, payment_result, protocol="https")
tm.flow(subscriptions, psp, card_token, protocol="https", label="recurring charge")

# fulfilment and notifications
tm.flow(subscriptions, wms, shipping_order, protocol="https")
tm.flow(wms, subscriptions, dispatch_note, protocol="https")
tm.flow(subscriptions, mailer, notification, protocol="https")
tm.flow(mailer, customer, notification, protocol="smtp")

# retraining
tm.flow(review_portal, training_set, review_labels)
tm.flow(photo_store, training_set, prescription_photo)
tm.flow(training_set, training, prescription_photo, review_labels)
tm.flow(ml_engineer, training, training_config, protocol="ssh")
tm.flow(training, registry, weights)
tm.flow(registry, fit_model, weights, label="deploy")
