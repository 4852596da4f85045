"""Pawn shop item valuation: the first design, before any security review.

Counter staff in a UK pawnbroker chain photograph a pledged item (jewellery, a
watch, a phone or laptop) on a managed shop tablet and scan the customer's ID.
The photos go to a valuation API in the chain's cloud account: an in-house vision
model identifies the item (type, brand, model, serial or hallmark), and a pricing
model estimates a loan value from the chain's own past sales and auction results.
The identified serial numbers are checked against the police stolen-property
database before an offer is made. When the customer accepts, the tablet writes
the loan into the central loan ledger, which holds the customer's identity and the
item record that the regulator and the police may ask for. Both models are
retrained monthly from past pledges and sales. Controls in this design: staff
sign-in on the tablet, an API key per tablet, TLS on every link, a branch manager
approving loans above GBP 1,500, and an encrypted, access-controlled, audited ledger.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Pawn shop item valuation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Vision-based identification and loan valuation of pledged items at the "
    "pawnbroker counter, with stolen-goods checks and a central loan ledger.",
)

# ---------------------------------------------------------------- data assets
item_photos = tg.Data(
    "Pledged item photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Several photos per item, including close-ups of serials and hallmarks.",
)
customer_id = tg.Data(
    "Customer identity details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, date of birth and ID document number from the scanned ID.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
identification = tg.Data(
    "Item identification",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Item category, brand, model, serial number, metal and carat estimate.",
)
valuation = tg.Data(
    "Loan value estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
past_sales = tg.Data(
    "Past sales and auction results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
stolen_query = tg.Data(
    "Stolen-property query",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Serial numbers and item descriptions sent for checking.",
)
stolen_result = tg.Data(
    "Stolen-property match result",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
loan_record = tg.Data(
    "Loan record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pledge agreement: customer, item, photos reference, amount, rate, term.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
loan_offer = tg.Data(
    "Loan offer and pledge ticket", sensitivity=tg.Sensitivity.PII, kind="documents"
)
training_set = tg.Data(
    "Labelled pledge history",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Past item photos labelled with the identification staff confirmed and the sale price.",
)
weights = tg.Data("Valuation model weights", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # The member of the public pledging an item; hands over ID and the item.
    customer = tm.add(tg.Actor("Pledging customer", role="customer"))

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Counter staff who photograph the item and agree the loan with the customer.
    staff = tm.add(tg.Actor("Counter staff", role="pawnbroker staff"))
    # Managed counter tablet running the valuation app; camera and ID scanner.
    tablet = tm.add(
        tg.Device(
            "Counter tablet app",
            description="MDM-managed tablets, one or two per branch counter.",
            controls={
                tg.controls.Authentication(method="staff badge and PIN"),
            },
        )
    )

with tm.boundary("Police service", trust=tg.Trust.PARTNER):
    # National stolen-property register the chain is licensed to query.
    police_db = tm.add(
        tg.ExternalService(
            "Police stolen-property database",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Chain cloud VPC", trust=tg.Trust.INTERNAL):
    # Single entry point for the tablets: takes photos, returns identification and value.
    valuation_api = tm.add(
        tg.Endpoint(
            "Valuation API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="per-tablet API key"),
                tg.controls.InputValidation(note="image type and size checks"),
            },
        )
    )
    # Identifies the item from the photos; its output drives both the price and the police check.
    vision_model = tm.add(
        tg.Model(
            "Item identification vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            high_stakes=True,
            description="Fine-tuned image classifier plus OCR head for serials and hallmarks.",
        )
    )
    # Estimates the loan value from the identification and comparable past sales.
    pricing_model = tm.add(
        tg.Model(
            "Loan value model",
            task=tg.Task.REGRESSOR,
            high_stakes=True,
            description="Gradient-boosted regressor over comparable sales; loan is a set share of it.",
        )
    )
    # Queries the police register with the identified serials and descriptions.
    stolen_check = tm.add(tg.Service("Stolen-goods check service"))
    # Writes accepted loans into the ledger; large loans wait for the branch manager.
    loan_service = tm.add(
        tg.Service(
            "Loan booking service",
            controls={
                tg.controls.HumanInTheLoop(approver="branch manager", above="GBP 1,500 per loan"),
            },
        )
    )
    # The chain's own sales and auction history: the comparables for pricing.
    sales_db = tm.add(tg.DataStore("Sales history database", stores={past_sales}))

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # System of record for pledges; kept for the regulator and police enquiries.
        ledger = tm.add(
            tg.DataStore(
                "Loan ledger",
                stores={loan_record, customer_id},
                controls={
                    tg.controls.EncryptionAtRest(key_management="cloud KMS"),
                    tg.controls.RBAC(),
                    tg.controls.AuditLogging(retention_days=2555),
                },
            )
        )
        # Photos of every pledged item, kept with the loan as evidence.
        photo_store = tm.add(
            tg.DataStore(
                "Item photo bucket",
                stores={item_photos},
                controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Monthly retraining of both models from confirmed pledges and sale prices.
        training = tm.add(tg.Pipeline("Monthly retraining job", stage=tg.Stage.TRAINING))
        # Versioned model artifacts that the valuation service loads at start-up.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry",
                stores={weights},
                controls={tg.controls.ModelVersioning()},
            )
        )

# ---------------------------------------------------------------- flows
tls = {tg.controls.EncryptionInTransit(protocol="TLS 1.2")}

# at the counter
tm.flow(customer, tablet, customer_id, label="ID document scanned")
tm.flow(staff, tablet, item_photos, label="photographs the item")
tm.flow(tablet, staff, identification, valuation, stolen_result, label="suggested offer")
tm.flow(tablet, customer, loan_offer, label="printed offer and pledge ticket")

# valuation
tm.flow(tablet, valuation_api, item_photos, protocol="https", controls=tls)
tm.flow(valuation_api, photo_store, item_photos)
tm.flow(valuation_api, vision_model, item_photos)
tm.flow(vision_model, valuation_api, identification)
tm.flow(valuation_api, pricing_model, identification)
tm.flow(sales_db, pricing_model, past_sales, label="comparable sales")
tm.flow(pricing_model, valuation_api, valuation)
tm.flow(valuation_api, stolen_check, identification)
tm.flow(stolen_check, police_db, stolen_query, protocol="https", controls=tls)
tm.flow(police_db, stolen_check, stolen_result, protocol="https", controls=tls)
tm.flow(stolen_check, valuation_api, stolen_result)
tm.flow(
    valuation_api, tablet, identification, valuation, stolen_result, protocol="https", controls=tls
)

# booking the loan
tm.flow(tablet, loan_service, loan_record, customer_id, protocol="https", controls=tls)
tm.flow(loan_service, ledger, loan_record, customer_id)
tm.flow(ledger, loan_service, loan_record, label="customer's previous pledges")
tm.flow(loan_service, tablet, loan_offer, protocol="https", controls=tls)

# retraining
tm.flow(photo_store, training, item_photos)
tm.flow(ledger, training, training_set, label="confirmed identifications")
tm.flow(sales_db, training, past_sales)
tm.flow(training, registry, weights)
tm.flow(registry, vision_model, weights, label="deploy")
tm.flow(registry, pricing_model, weights, label="deploy")
