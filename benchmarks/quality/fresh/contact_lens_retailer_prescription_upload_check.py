"""Contact lens retailer: prescription upload check, the first design.

Customers of our EU online contact lens shop upload a photo or PDF of their
lens prescription at checkout. The upload is kept in an encrypted prescription
store, and a check service sends it to a hosted vision LLM that reads out the
lens parameters, expiry date and prescriber. The check service compares them
with the lenses ordered: a match releases the order to our fulfilment
partner's warehouse; a mismatch, an expired prescription or an unreadable
image goes to a review queue where one of our opticians looks at it and may
e-mail the prescriber's practice to confirm. Customers sign in with e-mail and
password; opticians use company SSO with role-based access. The upload service
checks file type and size, and the vision model vendor went through our vendor
review and signed a DPA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Contact lens prescription upload check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Reads uploaded lens prescriptions with a vision LLM and checks them against orders.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Lens order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lens brand, powers, base curve, quantity, name and delivery address.",
)
prescription_image = tg.Data(
    "Prescription image",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Photo or PDF of the prescription: health data about the customer's eyes.",
)
extraction_prompt = tg.Data(
    "Extraction prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fixed instructions plus the prescription image.",
)
extracted_fields = tg.Data(
    "Extracted prescription fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Powers, base curve, diameter, expiry, prescriber name, per-field confidence.",
)
check_result = tg.Data("Prescription check result", kind="records", sensitivity=tg.Sensitivity.PII)
review_case = tg.Data(
    "Review case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The order, the image, the extracted fields and why the check failed.",
)
review_outcome = tg.Data("Optician review outcome", kind="records", sensitivity=tg.Sensitivity.PII)
verification_request = tg.Data(
    "Prescriber verification request", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
verification_reply = tg.Data(
    "Prescriber verification reply", kind="documents", sensitivity=tg.Sensitivity.REGULATED
)
order_status = tg.Data("Order status", kind="records", sensitivity=tg.Sensitivity.PII)
shipment = tg.Data(
    "Shipment instruction",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lens SKUs, quantities and delivery address; no prescription image.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The shopper placing the order and uploading the prescription.
    customer = tm.add(tg.Actor("Customer", role="shopper"))
    # The eye-care practice that issued the prescription; we only reach it by e-mail.
    prescriber = tm.add(tg.Actor("Prescriber practice", role="optometrist"))

with tm.boundary("Retailer cloud", trust=tg.Trust.INTERNAL):
    # Public web shop and checkout API, where orders and uploads come in.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Receives the prescription file and writes it to the prescription store.
    upload = tm.add(
        tg.Service(
            "Prescription upload service",
            description="Accepts JPEG, PNG and PDF up to 10 MB.",
            controls={c.InputValidation(note="file type and size checks")},
        )
    )
    # Holds orders waiting on the prescription check and releases them to fulfilment.
    order_service = tm.add(tg.Service("Order service"))
    # Compares what the vision model read with the order and decides pass or review.
    checker = tm.add(
        tg.Service(
            "Prescription check service",
            description="Rule checks on extracted fields: expiry, power ranges, brand match.",
        )
    )
    # Internal web app where opticians work through failed checks.
    review_console = tm.add(
        tg.Service(
            "Optician review console",
            controls={
                c.Authentication(method="company SSO"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded prescription images.
        rx_store = tm.add(
            tg.DataStore(
                "Prescription store",
                stores={prescription_image},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Orders, check results and review outcomes.
        order_db = tm.add(
            tg.DataStore(
                "Order database",
                stores={order, check_result, review_outcome, extracted_fields},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Qualified optician on our staff who decides the cases the check could not pass.
    optician = tm.add(tg.Actor("Staff optician", role="optician"))

with tm.boundary("Vision model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal LLM that reads the prescription image.
    vision_llm = tm.add(
        tg.LLM(
            "Prescription reading LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General vision-language model prompted to return JSON fields.",
            controls={c.SupplierAssessment(note="vendor review and DPA, no training on our data")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service used to contact prescribers.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Fulfilment partner", trust=tg.Trust.PARTNER):
    # Third-party logistics warehouse that picks and ships the lenses.
    warehouse = tm.add(tg.ExternalService("Fulfilment warehouse system"))

# ---------------------------------------------------------------- flows
tm.flow(customer, storefront, order, prescription_image, protocol="https")
tm.flow(storefront, customer, order_status, protocol="https")
tm.flow(storefront, upload, prescription_image)
tm.flow(upload, rx_store, prescription_image)
tm.flow(storefront, order_service, order)
tm.flow(order_service, storefront, order_status)
tm.flow(order_service, order_db, order, check_result, review_outcome)
tm.flow(order_db, order_service, order, check_result)

tm.flow(order_service, checker, order, label="check request")
tm.flow(rx_store, checker, prescription_image)
tm.flow(checker, vision_llm, extraction_prompt, protocol="https")
tm.flow(vision_llm, checker, extracted_fields, protocol="https")
tm.flow(checker, order_db, extracted_fields)
tm.flow(checker, order_service, check_result)

tm.flow(checker, review_console, review_case, label="failed or low-confidence checks")
tm.flow(rx_store, review_console, prescription_image)
tm.flow(review_console, optician, review_case, protocol="https")
tm.flow(optician, review_console, review_outcome, protocol="https")
tm.flow(review_console, order_service, review_outcome)

tm.flow(review_console, email, verification_request, protocol="https")
tm.flow(email, prescriber, verification_request, protocol="smtp+starttls")
tm.flow(prescriber, email, verification_reply, protocol="smtp+starttls")
tm.flow(email, review_console, verification_reply, protocol="https", label="inbound mail webhook")

tm.flow(order_service, warehouse, shipment, protocol="https")
tm.flow(warehouse, order_service, order_status, protocol="https", label="dispatch updates")
