"""Pawnbroker jewellery loan estimate app: the first design, before any security review.

Customers of a UK pawnbroking chain sign in to a phone app with e-mail and password,
photograph gold jewellery and describe it. A cloud estimate service runs an in-house
image model (metal, carat, approximate weight), multiplies by the live gold price from
a market data vendor's feed and returns an indicative loan amount. Photos go to an
object store and estimates to the customer's account. In the shop, staff open the
estimate on the loan desk app, test and weigh the item and make the final offer, which
is booked in the pawn loan ledger. The model is retrained monthly from past photos and
the staff's tested results. Controls: app sign-in, upload checks, staff SSO with roles,
encryption at rest, ledger audit logging, versioned models, and staff deciding every loan.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pawnbroker jewellery loan estimate app",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Photo-based loan estimates for jewellery, confirmed by shop staff before any loan.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Customer sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
customer_details = tg.Data(
    "Customer account details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, address, phone number, e-mail.",
)
photos = tg.Data(
    "Jewellery photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Customer-taken photos of rings, chains and bracelets, often showing hands.",
)
item_description = tg.Data("Item description", sensitivity=tg.Sensitivity.PII, kind="records")
valuation = tg.Data(
    "Predicted metal, carat and weight", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
gold_prices = tg.Data(
    "Live gold prices",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
estimate = tg.Data("Loan estimate", sensitivity=tg.Sensitivity.PII, kind="model-output")
test_results = tg.Data(
    "Tested weight and purity",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
loan_agreement = tg.Data(
    "Pawn loan agreement",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Final offer, amount lent, interest, ID seen, pledged item.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
training_data = tg.Data(
    "Photos with tested values", sensitivity=tg.Sensitivity.PII, kind="training-data"
)
weights = tg.Data(
    "Valuation model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can install the app and create an account.
    customer = tm.add(tg.Actor("Customer", role="customer"))
    # The iOS/Android app the customer photographs items with.
    phone_app = tm.add(tg.Device("Customer phone app", fleet=True))

with tm.boundary("Market data vendor", trust=tg.Trust.PARTNER):
    # Subscribed feed of spot gold prices; the estimate is only as right as this.
    gold_feed = tm.add(
        tg.DataSource("Gold price feed", origin=tg.Origin.VENDOR, provides={gold_prices})
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Public API the phone app talks to: accounts, uploads, estimates.
    api = tm.add(
        tg.Endpoint(
            "Mobile app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Combines the model's prediction with the gold price into a loan amount.
    estimator = tm.add(tg.Service("Estimate service"))
    # In-house image model: metal type, carat and approximate weight from photos.
    model = tm.add(
        tg.Model(
            "Jewellery valuation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN fine-tuned on photos of items the shops have tested.",
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage bucket holding every uploaded photo.
        photo_store = tm.add(
            tg.DataStore(
                "Photo store",
                stores={photos},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Customer accounts with their estimates and the shop's tested results.
        accounts = tm.add(
            tg.DataStore(
                "Customer account database",
                stores={sign_in, customer_details, item_description, estimate, test_results},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Regulated record of every pawn loan made in the shops.
        ledger = tm.add(
            tg.DataStore(
                "Pawn loan ledger",
                stores={loan_agreement, test_results},
                controls={c.AuditLogging(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining on photos paired with what staff measured.
        training = tm.add(tg.Pipeline("Monthly retraining", stage=tg.Stage.TRAINING))
        # Holds model versions; the estimate service loads the current one.
        registry = tm.add(
            tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
        )

with tm.boundary("Shop network", trust=tg.Trust.INTERNAL):
    # Counter staff who test, weigh and make the final offer.
    staff = tm.add(tg.Actor("Shop staff", role="pawnbroking staff"))
    # Browser app at the counter: looks up the estimate, records tests, books the loan.
    loan_desk = tm.add(
        tg.Service(
            "Loan desk app",
            controls={
                c.Authentication(method="staff SSO"),
                c.RBAC(),
                c.HumanInTheLoop(approver="shop staff after testing and weighing the item"),
            },
        )
    )

with tm.boundary("Head office network", trust=tg.Trust.INTERNAL):
    # Data scientist who runs retraining and promotes models.
    ml_engineer = tm.add(tg.Actor("Data scientist", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(
    customer,
    phone_app,
    photos,
    item_description,
    customer_details,
    label="takes photos on the phone",
)
tm.flow(phone_app, customer, estimate, label="shown on the phone")
tm.flow(phone_app, api, sign_in, customer_details, photos, item_description, protocol="https")
tm.flow(api, phone_app, estimate, protocol="https")

tm.flow(api, accounts, sign_in, customer_details, item_description)
tm.flow(accounts, api, customer_details, estimate)
tm.flow(api, estimator, photos, item_description)
tm.flow(estimator, photo_store, photos)
tm.flow(estimator, model, photos)
tm.flow(model, estimator, valuation)
tm.flow(gold_feed, estimator, gold_prices, protocol="https")
tm.flow(estimator, accounts, estimate)
tm.flow(estimator, api, estimate)

tm.flow(accounts, loan_desk, customer_details, estimate, protocol="https")
tm.flow(photo_store, loan_desk, photos, protocol="https")
tm.flow(loan_desk, staff, customer_details, estimate, photos, label="on the counter screen")
tm.flow(staff, loan_desk, test_results, loan_agreement, label="enters tests and the offer")
tm.flow(loan_desk, accounts, test_results, protocol="https")
tm.flow(loan_desk, ledger, loan_agreement, test_results, protocol="https")

tm.flow(photo_store, training, training_data)
tm.flow(ledger, training, test_results)
tm.flow(ml_engineer, training, label="starts retraining")
tm.flow(training, registry, weights)
tm.flow(registry, model, weights, label="deploy")
