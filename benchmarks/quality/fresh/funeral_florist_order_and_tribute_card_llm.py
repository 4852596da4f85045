"""Funeral florist online shop with an LLM tribute card writer: the first design.

A family-run florist with three UK shops sells funeral flowers through its website.
Bereaved customers pick an arrangement, give the deceased's name, the funeral's date
and funeral director, and write the tribute card message. A card-writing assistant
sends their notes (who the person was, how they knew them, the tone wanted) to a
hosted LLM and shows three drafts to edit. Shop, order service and assistant run on
a small cloud hosting account; orders are paid on a payment provider's hosted checkout.
Workshop staff see orders in a web dashboard, print the cards and deliver flowers to
the funeral director, who also gets an e-mailed delivery notice. Controls so far:
TLS, card message validation, the webhook signature check, the LLM vendor's content
filter, staff e-mail and password sign-in, and encrypted database storage.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Funeral florist order and tribute card assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online funeral flower orders with LLM-drafted tribute card messages.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Flower order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, phone and e-mail, arrangement, deceased's name, "
    "funeral date and time, funeral director and delivery address.",
)
tribute_request = tg.Data(
    "Tribute card request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The deceased's name, the customer's relationship to them, memories "
    "and the tone wanted; may mention faith or cause of death.",
)
tribute_prompt = tg.Data(
    "Tribute drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fixed instructions on card length and tone plus the customer's request.",
)
drafts = tg.Data("Draft tribute messages", kind="model-output", sensitivity=tg.Sensitivity.PII)
card_message = tg.Data(
    "Tribute card message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The final wording the customer chose, printed on the card.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout_session = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payment_result = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation = tg.Data("Order confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII)
delivery_notice = tg.Data(
    "Delivery notice",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Deceased's name, service time, arrangement and sender, for the funeral director.",
)
directory = tg.Data(
    "Funeral director directory entries",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Funeral homes' addresses, receiving hours and contact e-mails.",
)
order_status = tg.Data("Order status update", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
delivery_change = tg.Data("Delivery time change", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bereaved relatives and friends ordering flowers; guest checkout, no account.
    customer = tm.add(tg.Actor("Customer", role="bereaved customer"))

with tm.boundary("Funeral directors", trust=tg.Trust.PARTNER):
    # Receives the flowers and the delivery notice; phones the shop with changes.
    funeral_director = tm.add(tg.Actor("Funeral director", role="funeral director"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page takes the card, so card data stays out of our systems.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Hosted checkout and card processing.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model that writes the card drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat-completion API, pay per token.",
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail to customers and funeral directors.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Shop cloud hosting", trust=tg.Trust.INTERNAL):
    # The public shop: catalogue, basket, funeral details form and card editor.
    storefront = tm.add(
        tg.Endpoint(
            "Shop website",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.InputValidation(
                    note="card message limited to 250 characters; required funeral fields checked"
                )
            },
        )
    )
    # Builds the drafting prompt from the customer's notes and returns the drafts.
    assistant = tm.add(
        tg.Service(
            "Tribute card assistant",
            description="Wraps the customer's notes in fixed instructions and asks the LLM "
            "for three short drafts, which the customer edits before ordering.",
        )
    )
    # Takes paid orders, looks up the funeral home and sends the e-mails.
    order_service = tm.add(tg.Service("Order service"))
    # Orders, card messages and payment state.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, card_message, payment_result},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Reference list of local funeral homes, kept by the shop staff.
    fd_directory = tm.add(tg.DataStore("Funeral director directory", stores={directory}))
    # Staff web dashboard at a public URL, used from the workshop PCs.
    dashboard = tm.add(
        tg.Endpoint(
            "Order dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="staff e-mail and password")},
        )
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # Florists who make up the arrangements, print cards and deliver.
    staff = tm.add(tg.Actor("Florist staff", role="florist"))
    # Prints the tribute card that goes on the arrangement.
    printer = tm.add(tg.Device("Card printer", fleet=False))

# ---------------------------------------------------------------- flows
# card drafting
tm.flow(customer, storefront, tribute_request, protocol="https")
tm.flow(storefront, assistant, tribute_request)
tm.flow(assistant, llm, tribute_prompt, protocol="https")
tm.flow(llm, assistant, drafts, protocol="https")
tm.flow(assistant, storefront, drafts)
tm.flow(storefront, customer, drafts, protocol="https")

# ordering and payment
tm.flow(customer, storefront, order, card_message, protocol="https")
tm.flow(storefront, order_service, order, card_message)
tm.flow(order_service, payments, checkout_session, protocol="https")
tm.flow(customer, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    order_service,
    payment_result,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="signature checked with the provider's SDK")},
)
tm.flow(order_service, order_db, order, card_message, payment_result)
tm.flow(order_db, order_service, order, label="order lookup")
tm.flow(fd_directory, order_service, directory, label="funeral home lookup")
tm.flow(order_service, storefront, order_status)
tm.flow(storefront, customer, order_status, protocol="https")

# notifications
tm.flow(order_service, mailer, confirmation, delivery_notice, protocol="https")
tm.flow(mailer, customer, confirmation, protocol="smtp")
tm.flow(mailer, funeral_director, delivery_notice, protocol="smtp")
tm.flow(funeral_director, staff, delivery_change, protocol="phone")

# workshop
tm.flow(staff, dashboard, order_status, directory, delivery_change, protocol="https")
tm.flow(dashboard, staff, order, card_message, protocol="https")
tm.flow(order_db, dashboard, order, card_message)
tm.flow(dashboard, order_db, order_status, delivery_change)
tm.flow(dashboard, fd_directory, directory)
tm.flow(dashboard, printer, card_message, protocol="https", label="print job")
tm.flow(staff, funeral_director, order, label="flowers and card delivered by hand")
