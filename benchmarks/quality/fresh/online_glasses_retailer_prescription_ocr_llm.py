"""Online glasses shop with LLM reading of eye prescriptions: the first design.

Customers in the UK and the EU buy glasses on our web shop. At checkout they
upload a photo of their eye prescription; an extraction service sends it to a
hosted multimodal LLM, which returns sphere, cylinder, axis and pupil distance
for each eye. The service checks the values against normal ranges: anything out
of range or unreadable goes to a queue where one of our opticians compares the
photo with the values and corrects or confirms them. Confirmed prescriptions go
with the order to the lens lab through the lab's ordering API, and the lab calls
us back with the job status. Card payments happen on the payment provider's
hosted page. Everything runs in our cloud account; opticians work from the
office. Controls in this design: TLS everywhere, customer sign-in with e-mail and
password, staff SSO with roles for the review console, encrypted storage of
photos and orders, a range check on the extracted values, and an API key for the
lens lab.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Online glasses shop: prescription extraction",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Web shop for glasses that reads uploaded eye prescriptions with a hosted LLM.",
)

# ---------------------------------------------------------------- data assets
account = tg.Data(
    "Customer account and order details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, delivery address, frame choice and order history.",
)
photo = tg.Data(
    "Prescription photo",
    kind="media",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Phone photo or scan of the optometrist's prescription; health data.",
)
extraction_prompt = tg.Data(
    "Extraction prompt with photo",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Fixed instructions and the output schema, with the prescription photo.",
)
extracted = tg.Data(
    "Extracted prescription values",
    kind="model-output",
    sensitivity=tg.Sensitivity.REGULATED,
    description="SPH, CYL, AXIS per eye and PD, as JSON, or 'unreadable'.",
)
prescription = tg.Data(
    "Confirmed prescription",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
review_task = tg.Data(
    "Prescription review task",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Photo reference, extracted values and why it needs a check.",
)
review_result = tg.Data("Optician correction", kind="records", sensitivity=tg.Sensitivity.REGULATED)
lens_order = tg.Data(
    "Lens order",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Order reference, customer name, prescription, lens type and frame.",
)
job_status = tg.Data("Lens job status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers in the UK and EU, on phones and laptops.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Storefront, accounts, checkout and the prescription upload step.
    shop = tm.add(
        tg.Endpoint(
            "Shop web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="upload limited to JPEG, PNG or PDF up to 10 MB"),
            },
        )
    )
    # Calls the LLM, range-checks the values, routes doubtful ones to an optician.
    extraction = tm.add(
        tg.Service(
            "Prescription extraction service",
            controls={
                c.SchemaEnforcement(
                    note="JSON schema plus normal ranges: SPH -10 to +8, CYL -4 to 0, "
                    "AXIS 0-180, PD 54-74 mm; anything else goes to an optician"
                ),
                c.HumanInTheLoop(
                    approver="optician",
                    note="only prescriptions outside normal ranges or marked unreadable",
                ),
            },
        )
    )
    # Sends confirmed orders to the lens lab and takes its status callbacks.
    fulfilment = tm.add(tg.Service("Lens order service", controls={c.SecretsManagement()}))
    # Web console where opticians see flagged prescriptions next to the photo.
    console = tm.add(
        tg.Service(
            "Optician review console",
            controls={c.Authentication(method="staff SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # Object bucket with the uploaded prescription photos.
        photos = tm.add(
            tg.DataStore(
                "Prescription photo bucket",
                stores={photo},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Accounts, orders and confirmed prescriptions.
        orders = tm.add(
            tg.DataStore(
                "Order database",
                stores={account, prescription, lens_order},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model, EU region, under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Prescription extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads the photo and fills in the prescription fields.",
            controls={c.SupplierAssessment(note="DPA signed, no training on our data")},
        )
    )

with tm.boundary("Lens lab", trust=tg.Trust.PARTNER):
    # The glazing lab that cuts and fits the lenses.
    lab = tm.add(tg.ExternalService("Lens lab ordering API"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page; card data never reaches our servers.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Office network", trust=tg.Trust.INTERNAL):
    # Registered opticians employed by the shop.
    optician = tm.add(tg.Actor("Optician", role="registered optician"))

# ---------------------------------------------------------------- flows
tm.flow(customer, shop, account, photo, protocol="https", label="order and prescription upload")
tm.flow(shop, customer, account, extracted, protocol="https", label="order summary")
tm.flow(customer, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(payments, shop, payment_result, protocol="https", label="payment webhook")

tm.flow(shop, photos, photo)
tm.flow(shop, orders, account)
tm.flow(orders, shop, account, prescription)
tm.flow(shop, extraction, account, label="extract prescription for order")

tm.flow(photos, extraction, photo)
tm.flow(extraction, llm, extraction_prompt, protocol="https")
tm.flow(llm, extraction, extracted, protocol="https")
tm.flow(extraction, orders, prescription, label="values within normal ranges")
tm.flow(extraction, console, review_task, label="out of range or unreadable")

tm.flow(photos, console, photo)
tm.flow(console, optician, review_task, photo, protocol="https")
tm.flow(optician, console, review_result, protocol="https")
tm.flow(console, orders, prescription, label="confirmed by optician")

tm.flow(orders, fulfilment, lens_order)
tm.flow(
    fulfilment,
    lab,
    lens_order,
    protocol="https",
    controls={c.Authentication(method="lab-issued API key")},
)
tm.flow(lab, fulfilment, job_status, protocol="https", label="status callback")
tm.flow(fulfilment, orders, job_status)
