"""Courier photo proof of delivery: the first design, before any security review.

Couriers on our food delivery platform photograph each order at the customer's
door with the courier app. The app uploads the photo with the phone's GPS fix to
the delivery API, which runs an in-house image model that checks the photo
proves delivery (the right building entrance, our insulated bag visible) before
the delivery is confirmed and the courier's fee is released to the payout
provider. Customers who say an order never arrived raise a dispute in their app;
disputes land in a support console used by an outsourced support centre, whose
agents look at the photo and decide, and their decisions become labels for
retraining the model. Everything runs in our cloud account in the EU. Couriers
and customers sign in to the apps; support agents use SSO with role-based access;
photos are encrypted at rest; payouts are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier photo proof of delivery",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An image model checks each courier's doorstep photo before the courier is paid.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Delivery photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the customer's door or entrance; may show people, house numbers, interiors.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
gps = tg.Data("Courier GPS fix", kind="records", sensitivity=tg.Sensitivity.PII)
order = tg.Data(
    "Order and delivery address",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, address, building footprint and drop-off notes.",
)
verdict = tg.Data(
    "Proof-of-delivery verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accepted / rejected, with the reasons (building match, bag visible).",
)
confirmation = tg.Data(
    "Delivery confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payout = tg.Data(
    "Courier payout instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Courier id, bank account token, amount per delivery.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payout_status = tg.Data("Payout status", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
dispute = tg.Data("Delivery dispute", kind="records", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Dispute decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
labels = tg.Data(
    "Proof labels",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Photos paired with the support agent's delivered / not delivered decision.",
)
weights = tg.Data(
    "Proof model checkpoint",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned image classifier.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Gig couriers, paid per delivery: the people the check is about.
    courier = tm.add(tg.Actor("Courier", role="courier"))
    # The courier app on couriers' own phones; takes the photo and reads GPS.
    courier_app = tm.add(
        tg.Device(
            "Courier app",
            description="Android and iOS app on couriers' personal phones; camera-only capture.",
        )
    )
    # Customers receive the food and can dispute a delivery from the customer app.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Payout provider", trust=tg.Trust.PARTNER):
    # The payments company that pays couriers' bank accounts.
    payments = tm.add(
        tg.ExternalService(
            "Payout provider API",
            description="Marketplace payouts to couriers' bank accounts.",
        )
    )

with tm.boundary("Outsourced support centre", trust=tg.Trust.PARTNER):
    # Support agents of the outsourcing company who decide disputed deliveries.
    support_agent = tm.add(tg.Actor("Support agent", role="support agent"))

with tm.boundary("Delivery platform (EU cloud)", trust=tg.Trust.INTERNAL):
    # Public API the courier and customer apps call.
    api = tm.add(
        tg.Endpoint(
            "Delivery API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="phone number with SMS one-time code"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Orders, addresses and building footprints used to check the right building.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, confirmation, dispute},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for every proof photo, kept for disputes and retraining.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photo},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The image model that decides whether the photo proves delivery.
    pod_model = tm.add(
        tg.Model(
            "Proof-of-delivery model",
            task=tg.Task.CLASSIFIER,
            high_stakes=True,
            description="Fine-tuned vision classifier; combines building match, bag detection "
            "and GPS distance into an accept/reject verdict that gates the courier's pay.",
        )
    )
    # Releases fees for confirmed deliveries and applies support's adjustments.
    payout_svc = tm.add(
        tg.Service(
            "Payout service",
            controls={c.AuditLogging(retention_days=2555)},
        )
    )
    # Internal web console where outsourced agents work dispute cases.
    console = tm.add(
        tg.Service(
            "Support console",
            controls={c.Authentication(method="SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Photos with support's decisions, the training set for the next model.
        label_set = tm.add(tg.Dataset("Proof training set", stores={labels}))
        # Monthly fine-tuning job.
        training = tm.add(tg.Pipeline("Proof model training", stage=tg.Stage.TRAINING))
        # Where serving loads the approved checkpoint from.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(courier, courier_app, photo, label="takes doorstep photo")
tm.flow(courier_app, api, photo, gps, protocol="https", label="proof upload")
tm.flow(api, photo_store, photo)
tm.flow(order_db, api, order)
tm.flow(api, pod_model, photo, gps, order)
tm.flow(pod_model, api, verdict)
tm.flow(api, courier_app, verdict, protocol="https", label="accepted or retake")
tm.flow(api, order_db, confirmation)
tm.flow(api, payout_svc, confirmation)
tm.flow(payout_svc, payments, payout, protocol="https")
tm.flow(payments, payout_svc, payout_status, protocol="https", label="payout status webhook")

tm.flow(customer, api, dispute, protocol="https", label="order not received")
tm.flow(api, order_db, dispute)
tm.flow(order_db, console, dispute, order)
tm.flow(photo_store, console, photo)
tm.flow(console, support_agent, dispute, photo, protocol="https")
tm.flow(support_agent, console, decision, protocol="https")
tm.flow(console, payout_svc, decision, label="clawback or confirm")
tm.flow(console, label_set, labels)

tm.flow(photo_store, label_set, photo)
tm.flow(label_set, training, labels, photo)
tm.flow(training, registry, weights)
tm.flow(registry, pod_model, weights, label="load on deploy")
