"""Garment damage photo assessment for a clothing rental company: first design.

When a rented garment comes back, staff at the warehouse returns desk scan its tag
and photograph it on a tablet photo station. The returns service in our cloud
account stores the photos, runs an in-house vision model that grades damage and
stains (none / minor / repairable / write-off, with a stain or tear type and a
confidence), and records the grade against the rental. Customer service agents
open the case in their console, look at the photos and the grade, and decide
whether to charge the customer a damage fee; the console charges the saved card
through our payment provider and e-mails the customer. Customers see the photos
and can dispute a charge from their account page. Decided cases become labels for
a weekly retraining run that an ML engineer promotes. Controls: staff SSO with MFA
and roles on the console, a person decides every charge, HTTPS, encrypted storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Garment damage photo assessment",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Returns-desk photos graded for damage by a vision model; customer service "
        "decides damage charges for EU and UK rental customers."
    ),
)

# ---------------------------------------------------------------- data assets
return_record = tg.Data(
    "Return record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Rental order, customer name and e-mail, garment SKU and tag, return date.",
)
photos = tg.Data(
    "Garment photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Four to eight photos per garment: front, back, labels and close-ups of marks.",
)
grade = tg.Data(
    "Damage grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Damage class, stain or tear type, bounding boxes and confidence scores.",
)
charge_decision = tg.Data(
    "Damage charge decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="The agent's final grade, the fee charged (or waived) and a reason.",
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The payment provider's token for the card the customer rented with.",
)
charge_request = tg.Data(
    "Damage fee charge",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Card token, amount and rental reference sent to the payment provider.",
)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
notice = tg.Data(
    "Damage charge notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail telling the customer about the fee, with a link to the photos.",
)
dispute = tg.Data(
    "Customer dispute",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's explanation and any photos of their own, from the account page.",
)
labels = tg.Data(
    "Decided damage labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Final grades from closed cases, keyed by photo id, without customer details.",
)
training_photos = tg.Data("Labelled garment photos", kind="training-data")
weights = tg.Data(
    "Damage model weights",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    format="pickle",
    description="PyTorch checkpoint (.pt) written by the training run.",
)
release = tg.Data("Model release approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Renters: they receive charges and may dispute them.
    customer = tm.add(tg.Actor("Rental customer", role="customer"))

with tm.boundary("Service providers", trust=tg.Trust.PARTNER):
    # Charges the damage fee to the card saved at checkout.
    payments = tm.add(tg.ExternalService("Payment provider"))
    # Transactional e-mail service for the charge notices.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Warehouse", trust=tg.Trust.INTERNAL):
    # Returns desk staff inspect and photograph every returned garment.
    desk_staff = tm.add(tg.Actor("Returns desk staff", role="warehouse staff"))
    # Tablets on a light box at each desk, running our photo app.
    photo_station = tm.add(
        tg.Device(
            "Returns photo station",
            description="Managed tablets with a ring light; the app scans the garment tag.",
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Takes photos from the desk, stores them, asks the model for a grade.
    returns_service = tm.add(
        tg.Service(
            "Returns service",
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # Object storage bucket holding every return's photos.
    photo_store = tm.add(
        tg.DataStore(
            "Garment photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The vision model that grades damage and stains.
    damage_model = tm.add(
        tg.Model(
            "Damage grading model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Fine-tuned image classifier with a stain and tear localisation head.",
        )
    )
    # Orders, customers, returns, grades and charge decisions.
    rentals_db = tm.add(
        tg.DataStore(
            "Rentals database",
            stores={return_record, grade, charge_decision, card_token, dispute},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where customer service reviews cases and decides the fee.
    cs_console = tm.add(
        tg.Service(
            "Damage review console",
            description="Internal web app listing graded returns and open disputes.",
            controls={
                c.Authentication(method="company SSO (OIDC) with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="customer service agent"),
            },
        )
    )
    # The customer's account pages, where charges are shown and disputed.
    account_site = tm.add(
        tg.Endpoint(
            "Customer account site",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

    with tm.boundary("ML workspace", trust=tg.Trust.INTERNAL):
        # Photos and decided labels exported each week for retraining.
        train_set = tm.add(tg.Dataset("Damage training set", stores={training_photos, labels}))
        # Weekly fine-tuning job.
        training = tm.add(tg.Pipeline("Weekly retraining job", stage=tg.Stage.TRAINING))
        # Versions of the damage model; the serving container loads from here.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={c.ModelVersioning()},
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Decides damage charges and handles disputes.
    cs_agent = tm.add(tg.Actor("Customer service agent", role="customer service"))
    # Runs retraining and promotes new model versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# Returns desk
tm.flow(desk_staff, photo_station, photos, return_record, label="scans tag, photographs garment")
tm.flow(photo_station, returns_service, photos, return_record, protocol="https")
tm.flow(returns_service, photo_station, grade, protocol="https", label="grade shown at desk")
tm.flow(returns_service, photo_store, photos, protocol="https")
tm.flow(returns_service, damage_model, photos, protocol="https")
tm.flow(damage_model, returns_service, grade, protocol="https")
tm.flow(returns_service, rentals_db, return_record, grade)

# Customer service decision and charge
tm.flow(rentals_db, cs_console, return_record, grade, dispute, card_token)
tm.flow(photo_store, cs_console, photos, protocol="https")
tm.flow(cs_console, cs_agent, return_record, photos, grade, dispute, protocol="https")
tm.flow(cs_agent, cs_console, charge_decision, protocol="https")
tm.flow(cs_console, rentals_db, charge_decision)
tm.flow(cs_console, payments, charge_request, protocol="https")
tm.flow(payments, cs_console, charge_result, protocol="https")
tm.flow(cs_console, mailer, notice, protocol="https")
tm.flow(mailer, customer, notice, protocol="smtp")

# Customer account and disputes
tm.flow(customer, account_site, dispute, protocol="https")
tm.flow(account_site, customer, charge_decision, photos, protocol="https")
tm.flow(rentals_db, account_site, charge_decision)
tm.flow(photo_store, account_site, photos, protocol="https")
tm.flow(account_site, rentals_db, dispute)

# Retraining
tm.flow(photo_store, train_set, training_photos, protocol="https", label="weekly export")
tm.flow(rentals_db, train_set, labels, label="weekly export of closed cases")
tm.flow(train_set, training, training_photos, labels)
tm.flow(ml_engineer, training, release, label="starts run, reviews metrics")
tm.flow(training, registry, weights)
tm.flow(ml_engineer, registry, release, label="promotes version")
tm.flow(registry, damage_model, weights, label="deploy")
