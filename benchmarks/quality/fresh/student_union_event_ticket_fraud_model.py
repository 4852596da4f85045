"""Students' union event ticketing with purchase fraud scoring: the first design.

The students' union sells tickets for its events (club nights, balls, gigs) from
its own web shop. Students sign in with the university's single sign-on; guests
buy with just an email address. Card payments go through a payment provider's
hosted checkout, so card numbers never reach the union's servers; the provider
returns the payment outcome with the card's BIN country and fingerprint.
An in-house fraud model scores every paid order from card, device and buying
pattern signals; orders above a threshold are held, and a union events staff
member releases or cancels them in a review console before any ticket is issued.
Issued tickets are QR codes emailed to the buyer; door staff scan them with a
phone app that checks each code online against the order database. The model is
retrained monthly from past orders, review outcomes and chargebacks. Everything
runs in the union's cloud tenant; the web shop is rate limited, staff sign in
with MFA, and the database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Students' union event ticketing fraud scoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Online event ticket sales with fraud scoring, staff review of held "
    "orders and QR ticket scanning at the door.",
)

# ---------------------------------------------------------------- data assets
sso_token = tg.Data(
    "Student SSO identity token",
    kind="credentials",
    sensitivity=tg.Sensitivity.PII,
    description="OIDC ID token with student number, name and university email.",
)
order = tg.Data(
    "Ticket order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Event, ticket type, quantity, buyer name and email, student number "
    "when signed in, device and browser details.",
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Card number, expiry and CVC, entered on the provider's hosted checkout.",
)
checkout_session = tg.Data(
    "Checkout session",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order reference and amount for the provider's hosted checkout page.",
)
payment_outcome = tg.Data(
    "Payment outcome",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Authorisation result, card BIN country, card fingerprint, 3-D Secure "
    "result; later chargeback notices.",
)
signals = tg.Data(
    "Purchase risk signals",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Card country and fingerprint reuse, device fingerprint, IP, buyer type, "
    "orders per email and card in the last day, ticket quantity.",
)
score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
held_order = tg.Data(
    "Held order for review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The order, its risk signals and score, shown to the reviewer.",
)
review_outcome = tg.Data(
    "Review outcome",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Release or cancel, with the reviewer's note.",
)
order_records = tg.Data(
    "Order and ticket records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
ticket = tg.Data(
    "QR ticket",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Random ticket reference encoded as a QR code, with event and buyer name.",
)
ticket_email = tg.Data(
    "Ticket email",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer's email address and the QR ticket as an attachment.",
)
scan = tg.Data("Ticket scan", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
entry_result = tg.Data(
    "Entry check result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Valid, already used or unknown, with ticket type and buyer name.",
)
training_rows = tg.Data(
    "Labelled past orders",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past orders' signals with review outcomes and chargebacks as labels.",
)
model_file = tg.Data("Fraud model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Current students buying for themselves; signed in through the university.
    student = tm.add(tg.Actor("Student buyer", role="student customer"))
    # Guests (friends, alumni, public) buying with nothing but an email address.
    guest = tm.add(tg.Actor("Guest buyer", role="guest customer"))

with tm.boundary("Event venue", trust=tg.Trust.UNTRUSTED):
    # Door staff, often student volunteers, checking tickets at entry.
    door_staff = tm.add(tg.Actor("Door staff", role="event door staff"))
    # The scanning app on door staff's own phones, on mobile data or venue wifi.
    scanner = tm.add(
        tg.Device(
            "Door scanning phone app",
            fleet=True,
            description="Web app on door staff's personal phones; camera reads the QR code.",
        )
    )

with tm.boundary("University IT", trust=tg.Trust.PARTNER):
    # The university's identity provider: proves a buyer is a current student.
    sso = tm.add(tg.ExternalService("University SSO", provides="identity-provider"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and card processing; keeps the union out of card data handling.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Transactional email service that delivers the tickets.
    mailer = tm.add(tg.ExternalService("Transactional email service", provides="generic"))

with tm.boundary("Union cloud tenant", trust=tg.Trust.INTERNAL):
    # Public storefront and checkout API for students and guests.
    shop = tm.add(
        tg.Endpoint(
            "Ticket web shop",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(),
                c.Authentication(
                    method="University SSO (OIDC) for students; guests give only an email address"
                ),
            },
        )
    )
    # Creates orders, starts checkout, asks for a score and holds or issues the order.
    order_service = tm.add(tg.Service("Order service"))
    # Scores each paid order for fraud; above the threshold the order is held.
    fraud_model = tm.add(
        tg.Model(
            "Purchase fraud model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
            description="Gradient-boosted trees; scores above 0.7 hold the order for review.",
        )
    )
    # Orders, tickets, scan history and review outcomes.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order_records, training_rows},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Generates the QR ticket and sends it once an order is paid and not held.
    issuer = tm.add(tg.Service("Ticket issuing service"))
    # Staff console listing held orders for release or cancellation.
    review_console = tm.add(
        tg.Service(
            "Held order review console",
            controls={
                c.Authentication(method="union staff Microsoft 365 account with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="union events staff member"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Checks scanned codes against the order database and marks them used.
    entry_api = tm.add(
        tg.Endpoint(
            "Entry check API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="per-event door access code")},
        )
    )
    # Monthly retraining of the fraud model from labelled past orders.
    retraining = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))

with tm.boundary("Union office", trust=tg.Trust.INTERNAL):
    # Events staff member who reviews held orders.
    reviewer = tm.add(tg.Actor("Union events staff reviewer", role="events staff"))

# ---------------------------------------------------------------- flows
# Student sign-in through the university.
tm.flow(student, sso, label="sign in", protocol="https")
tm.flow(sso, shop, sso_token, protocol="https", label="OIDC redirect")

# Ordering and checkout.
tm.flow(student, shop, order, protocol="https")
tm.flow(guest, shop, order, protocol="https")
tm.flow(shop, order_service, order)
tm.flow(order_service, payments, checkout_session, protocol="https")
tm.flow(student, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(guest, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    order_service,
    payment_outcome,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's signed webhook, checked by its SDK")},
)
tm.flow(order_service, order_db, order_records)
tm.flow(order_db, order_service, order_records, label="recent orders for velocity signals")

# Scoring and hold.
tm.flow(order_service, fraud_model, signals)
tm.flow(fraud_model, order_service, score)
tm.flow(order_service, shop, review_outcome, label="order status")
tm.flow(shop, student, review_outcome, protocol="https", label="order status")
tm.flow(shop, guest, review_outcome, protocol="https", label="order status")

# Staff review of held orders.
tm.flow(order_db, review_console, held_order)
tm.flow(review_console, reviewer, held_order, protocol="https")
tm.flow(reviewer, review_console, review_outcome, protocol="https")
tm.flow(review_console, order_db, review_outcome)

# Ticket issue and delivery.
tm.flow(order_db, issuer, order_records, label="paid and released orders")
tm.flow(issuer, order_db, ticket)
tm.flow(issuer, mailer, ticket_email, protocol="https")
tm.flow(mailer, student, ticket_email, protocol="smtp+starttls")
tm.flow(mailer, guest, ticket_email, protocol="smtp+starttls")

# Entry at the door.
tm.flow(door_staff, scanner, scan, label="scans the buyer's phone screen")
tm.flow(scanner, entry_api, scan, protocol="https")
tm.flow(entry_api, order_db, scan)
tm.flow(order_db, entry_api, order_records)
tm.flow(entry_api, scanner, entry_result, protocol="https")
tm.flow(scanner, door_staff, entry_result)

# Monthly retraining.
tm.flow(order_db, retraining, training_rows)
tm.flow(retraining, fraud_model, model_file, label="deploy new model")
