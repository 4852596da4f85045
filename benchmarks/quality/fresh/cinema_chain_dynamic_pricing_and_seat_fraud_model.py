"""Cinema chain dynamic pricing and seat fraud model: the first design.

The chain's booking website and app let customers pick seats for a showing and
pay online. A pricing model sets each seat's price from demand (sales so far,
time to showtime, screen occupancy); the booking service keeps the model's
prices inside the floor and cap the commercial team sets for each screen.
Card details go straight from the browser to the payment provider's hosted
fields; we only receive the authorisation result. A fraud model scores every
online booking for stolen cards and ticket-touting bots; bookings it flags are
held and the payments team releases or cancels them in a review console. Their
decisions become labels for the fraud model's nightly retraining. Cashiers sell
tickets at each cinema's box office from tills that call the same booking
service, and take card-present payments on terminals connected to the provider.
Everything runs in the chain's cloud account; the chain operates in the UK and EU.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cinema chain dynamic pricing and seat fraud model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Demand-based seat pricing and booking fraud scoring for a cinema chain.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Showing, seats, customer name and e-mail, device and IP details.",
)
seat_prices = tg.Data("Seat prices", kind="model-output", sensitivity=tg.Sensitivity.PUBLIC)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment authorisation result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved or declined, card BIN country, AVS/3-D Secure outcome, PSP reference.",
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
demand_features = tg.Data("Demand features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
fraud_features = tg.Data(
    "Booking fraud features",
    kind="features",
    sensitivity=tg.Sensitivity.PII,
    description="Device fingerprint, IP reputation, booking velocity, card BIN, e-mail age.",
)
fraud_score = tg.Data("Fraud score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flagged = tg.Data("Flagged bookings", kind="records", sensitivity=tg.Sensitivity.PII)
review_decision = tg.Data("Review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
fraud_labels = tg.Data(
    "Fraud labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
fraud_weights = tg.Data(
    "Fraud model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
box_office_sale = tg.Data("Box office sale", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_present = tg.Data("Card-present payment", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Film-goers booking online; ticket touts and their bots look the same from here.
    customer = tm.add(tg.Actor("Customer", role="film-goer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card fields and card-present acquiring; card numbers never reach us.
    psp = tm.add(
        tg.ExternalService(
            "Payment service provider",
            description="Hosted payment fields online and card terminals at the box office.",
        )
    )

with tm.boundary("Booking platform", trust=tg.Trust.INTERNAL):
    # Public website and app API: seat maps, prices, checkout.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=120, note="CDN per-IP limit"),
                c.Authentication(method="e-mail and password accounts; guest checkout allowed"),
            },
        )
    )
    # Holds seats, asks for prices and fraud scores, records bookings.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Seat holds, pricing, checkout and fraud holds for web and box office.",
            controls={
                c.PolicyEnforcement(
                    rules="clamps model prices to the floor and cap set per screen by the commercial team"
                )
            },
        )
    )
    # Bookings, seat inventory and sales history for every cinema.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Sets a price per seat from demand for each showing.
        pricing_model = tm.add(
            tg.Model(
                "Seat pricing model",
                task=tg.Task.REGRESSOR,
                description="Gradient-boosted demand model; outputs a price per seat band.",
            )
        )
        # Scores each online booking for stolen cards and touting bots.
        fraud_model = tm.add(
            tg.Model(
                "Booking fraud model",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                description="Bookings scoring above 0.8 are held for the payments team.",
            )
        )
        # Velocity counters and device signals computed per booking.
        feature_store = tm.add(
            tg.FeatureStore("Fraud feature store", stores={fraud_features}, online=True)
        )
        # Review outcomes kept as labels for retraining.
        case_store = tm.add(tg.DataStore("Fraud case store", stores={flagged, fraud_labels}))
        # Nightly retraining of the fraud model from labelled cases.
        training = tm.add(tg.Pipeline("Nightly fraud retraining", stage=tg.Stage.TRAINING))
        # Versioned fraud model artifacts ready to serve.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={fraud_weights}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Payments team member who releases or cancels held bookings.
    payments_analyst = tm.add(tg.Actor("Payments team analyst", role="payments analyst"))
    # Queue of held bookings with their scores and features.
    review_console = tm.add(
        tg.Service(
            "Fraud review console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Cinema sites", trust=tg.Trust.INTERNAL):
    # Box office staff selling tickets in person.
    cashier = tm.add(tg.Actor("Cashier", role="box office staff"))
    # Till at each box office; uses the booking service and a card terminal.
    till = tm.add(
        tg.Device(
            "Box office till",
            fleet=True,
            controls={c.Authentication(method="each cashier's own PIN on the till")},
        )
    )

# ---------------------------------------------------------------- flows
# online booking
tm.flow(customer, website, booking_request, protocol="https")
tm.flow(website, customer, seat_prices, confirmation, protocol="https")
tm.flow(website, booking_service, booking_request)
tm.flow(booking_service, website, seat_prices, confirmation)
tm.flow(customer, psp, card_details, protocol="https", label="hosted payment fields")
tm.flow(psp, booking_service, payment_result, protocol="https")

# pricing
tm.flow(bookings_db, pricing_model, demand_features, label="sales so far per showing")
tm.flow(pricing_model, booking_service, seat_prices)
tm.flow(booking_service, bookings_db, bookings)
tm.flow(bookings_db, booking_service, bookings)

# fraud scoring
tm.flow(booking_service, feature_store, fraud_features)
tm.flow(feature_store, fraud_model, fraud_features)
tm.flow(fraud_model, booking_service, fraud_score)
tm.flow(booking_service, case_store, flagged, label="scores above review threshold")
tm.flow(case_store, review_console, flagged)
tm.flow(review_console, payments_analyst, flagged, protocol="https")
tm.flow(payments_analyst, review_console, review_decision, protocol="https")
tm.flow(review_console, booking_service, review_decision, label="release or cancel")
tm.flow(review_console, case_store, fraud_labels)

# retraining
tm.flow(case_store, training, fraud_labels)
tm.flow(feature_store, training, fraud_features, label="offline snapshot")
tm.flow(training, registry, fraud_weights)
tm.flow(registry, fraud_model, fraud_weights, label="deploy")

# box office
tm.flow(cashier, till, box_office_sale, label="at the counter")
tm.flow(till, booking_service, box_office_sale, protocol="https")
tm.flow(booking_service, till, seat_prices, confirmation, protocol="https")
tm.flow(till, psp, card_present, protocol="https", label="card terminal")
tm.flow(psp, till, payment_result, protocol="https")
