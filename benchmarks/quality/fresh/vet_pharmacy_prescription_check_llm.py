"""Online veterinary pharmacy: prescription checking with an LLM, first design.

Pet owners order medicines on our web shop. For prescription-only (POM-V) items
they upload a photo or PDF of the written prescription their vet gave them. A
prescription check service sends the scan and the order lines to a hosted LLM,
which extracts the drug, strength, dose, animal and vet practice and says where
they differ from the order. Every prescription-only order then waits for a
pharmacist, who sees the scan, the order and the LLM's check in a review console
and approves it for dispensing or queries it; queries go to the vet practice by
e-mail through our mail provider, or the pharmacist phones the practice.
Approved orders go to the dispensing system in the pharmacy's warehouse.
Owners sign in with e-mail and password; staff use company SSO with MFA. Scans
and orders are encrypted at rest; card payments happen on the payment
provider's hosted page, so card numbers never reach us.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vet pharmacy prescription check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM extraction and order check of uploaded vet prescriptions, "
    "confirmed by a pharmacist before dispensing.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Medicine order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, address, pet, products and quantities.",
)
scan = tg.Data(
    "Written prescription scan",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Photo or PDF of the vet's prescription, as the owner uploaded it.",
)
card = tg.Data("Card payment details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
order_status = tg.Data("Order status", kind="records", sensitivity=tg.Sensitivity.PII)
catalogue = tg.Data(
    "POM-V product catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Products, strengths, legal category and species licensing.",
)
practices = tg.Data(
    "Vet practice contact details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Practices and registered vets, with phone numbers and e-mail addresses.",
)
check_prompt = tg.Data(
    "Prescription check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the prescription scan and the order lines.",
)
check_result = tg.Data(
    "Prescription check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Extracted drug, dose, animal and practice, and the mismatches found.",
)
review_view = tg.Data("Order review screen", kind="records", sensitivity=tg.Sensitivity.PII)
dispensing_approval = tg.Data(
    "Dispensing approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
pick_instruction = tg.Data(
    "Pick and dispatch instruction", kind="records", sensitivity=tg.Sensitivity.PII
)
vet_query = tg.Data("Prescription query to vet", kind="documents", sensitivity=tg.Sensitivity.PII)
vet_reply = tg.Data("Vet practice reply", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Places orders and uploads the vet's written prescription.
    owner = tm.add(tg.Actor("Pet owner", role="customer"))
    # Writes the prescriptions; answers the pharmacy's queries by e-mail or phone.
    vet = tm.add(tg.Actor("Vet practice", role="prescriber"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page; tells us when an order is paid.
    psp = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the scan and compares it with the order lines.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A general-purpose vision-capable model behind the vendor's API.",
            controls={c.SupplierAssessment(note="DPA signed, zero data retention on the API tier")},
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Sends order e-mails and vet queries; passes vets' replies back to the console.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Pharmacy cloud", trust=tg.Trust.INTERNAL):
    # The public web shop: accounts, basket, prescription upload.
    shop = tm.add(
        tg.Endpoint(
            "Web shop",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="uploads limited to JPEG, PNG and PDF under 10 MB"),
            },
        )
    )
    # Owns the order lifecycle; releases POM-V orders only after the pharmacist approves.
    orders_svc = tm.add(
        tg.Service(
            "Order service",
            controls={c.HumanInTheLoop(approver="a pharmacist, for every prescription-only order")},
        )
    )
    # Orders, customers and check results.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, check_result, dispensing_approval},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for the uploaded prescription scans.
    scan_store = tm.add(
        tg.DataStore(
            "Prescription scan store",
            stores={scan},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt, calls the LLM, stores the result for the pharmacist.
    checker = tm.add(tg.Service("Prescription check service"))
    # Reference data the check service puts beside the order lines.
    product_catalogue = tm.add(tg.DataStore("Product catalogue", stores={catalogue}))
    # Practice list kept from the professional register, used to match the prescriber.
    practice_dir = tm.add(tg.DataStore("Vet practice directory", stores={practices}))
    # Where pharmacists review, approve and query prescription-only orders.
    console = tm.add(
        tg.Endpoint(
            "Pharmacist review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

with tm.boundary("Pharmacy premises", trust=tg.Trust.INTERNAL):
    # Registered pharmacist who signs off each prescription-only order.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist", privileged=True))
    # Warehouse system that picks, packs and ships approved orders.
    dispensing = tm.add(tg.Service("Dispensing and dispatch system"))

# ---------------------------------------------------------------- flows
tm.flow(owner, shop, order, scan, protocol="https")
tm.flow(shop, owner, order_status, protocol="https")
tm.flow(owner, psp, card, protocol="https", label="hosted payment page")
tm.flow(psp, orders_svc, payment_confirmation, protocol="https", label="payment webhook")

tm.flow(shop, orders_svc, order)
tm.flow(orders_svc, shop, order_status)
tm.flow(shop, scan_store, scan)
tm.flow(orders_svc, order_db, order)
tm.flow(order_db, orders_svc, order, dispensing_approval)

tm.flow(orders_svc, checker, order, label="prescription-only order")
tm.flow(scan_store, checker, scan)
tm.flow(product_catalogue, checker, catalogue)
tm.flow(practice_dir, checker, practices)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, check_result, protocol="https")
tm.flow(checker, order_db, check_result)

tm.flow(order_db, console, order, check_result)
tm.flow(scan_store, console, scan)
tm.flow(practice_dir, console, practices)
tm.flow(console, pharmacist, review_view, protocol="https")
tm.flow(pharmacist, console, dispensing_approval, protocol="https")
tm.flow(console, orders_svc, dispensing_approval)
tm.flow(orders_svc, dispensing, pick_instruction, protocol="https")

tm.flow(console, mail, vet_query, protocol="https")
tm.flow(mail, vet, vet_query, protocol="smtp+starttls")
tm.flow(vet, mail, vet_reply, protocol="smtp+starttls")
tm.flow(mail, console, vet_reply, protocol="https", label="inbound reply")
tm.flow(pharmacist, vet, vet_query, protocol="phone")
tm.flow(vet, pharmacist, vet_reply, protocol="phone")
tm.flow(orders_svc, mail, order_status, protocol="https")
tm.flow(mail, owner, order_status, protocol="smtp+starttls")
