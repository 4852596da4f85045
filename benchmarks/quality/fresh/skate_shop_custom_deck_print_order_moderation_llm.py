"""Skate shop custom deck print orders, moderated by an LLM: the first design.

An independent skate shop in the Netherlands sells custom printed decks online.
Customers upload their own artwork and a caption in the deck designer, pay through
the payment provider's hosted checkout, and the order service stores the artwork
in a cloud bucket and the order in a database. Once paid, a moderation service sends
the artwork, caption and the shop's content guidelines to a hosted multimodal LLM,
which answers pass, flag or reject (hate symbols, explicit content, trademarked
logos). Passed designs go straight to the print partner over SFTP with the shipping
address; flagged ones wait in an admin dashboard where shop staff approve or refuse
them. Customers get status e-mails through a transactional e-mail provider.
Controls in this design: upload type and size checks, a verified payment webhook
signature, Google Workspace sign-in with 2SV for staff, provider-side encryption of
the artwork bucket, and staff review of flagged designs only.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Skate shop custom deck print order moderation",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online custom deck orders whose artwork a hosted LLM moderates before print.",
)

# ---------------------------------------------------------------- data assets
design = tg.Data(
    "Deck artwork and caption",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer-uploaded PNG/JPEG artwork and the caption to print on the deck.",
)
order_details = tg.Data(
    "Order details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, shipping address, deck size and grip options.",
)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
moderation_prompt = tg.Data(
    "Moderation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The shop's content guidelines, the artwork image and the caption.",
)
verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pass, flag or reject, with the reason the model gives.",
)
review_decision = tg.Data(
    "Staff review decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
print_job = tg.Data(
    "Print file and shipping label",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
status_email = tg.Data("Order status e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can design and order a deck.
    customer = tm.add(tg.Actor("Customer", role="online shopper"))

with tm.boundary("Shop cloud", trust=tg.Trust.INTERNAL):
    # The public deck designer and checkout start page.
    storefront = tm.add(
        tg.Endpoint(
            "Deck designer storefront",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="PNG or JPEG only, at most 20 MB, caption 80 chars")},
        )
    )
    # Owns the order lifecycle: payment, moderation, print hand-off, e-mails.
    order_service = tm.add(tg.Service("Order service"))
    # Bucket holding the original uploads until the deck ships.
    artwork_bucket = tm.add(
        tg.DataStore(
            "Artwork bucket",
            stores={design},
            controls={c.EncryptionAtRest(key_management="cloud provider-managed keys")},
        )
    )
    # Orders, customer contact details and moderation verdicts.
    order_db = tm.add(tg.DataStore("Order database", stores={order_details, verdict}))
    # Calls the LLM for each paid order and routes the design by its verdict.
    moderation = tm.add(
        tg.Service(
            "Design moderation service",
            description="Screens each paid design with the LLM; pass prints, flag waits for staff.",
            controls={
                c.HumanInTheLoop(
                    approver="shop staff",
                    note="flagged designs only; passed designs go straight to print",
                )
            },
        )
    )
    # Where staff see flagged orders and approve or refuse them.
    dashboard = tm.add(
        tg.Endpoint(
            "Admin dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Two or three staff who handle orders between serving walk-in customers.
    staff = tm.add(tg.Actor("Shop staff", role="shop staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model used as the content check.
    llm = tm.add(
        tg.LLM(
            "Moderation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted multimodal model prompted to screen artwork against the guidelines.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card numbers never reach the shop.
    payments = tm.add(tg.ExternalService("Hosted checkout"))

with tm.boundary("Print partner", trust=tg.Trust.PARTNER):
    # Prints the decks and ships them to the customer.
    printer = tm.add(tg.ExternalService("Deck print partner"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for order confirmations and status updates.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, storefront, design, order_details, protocol="https")
tm.flow(storefront, customer, design, label="deck preview", protocol="https")
tm.flow(storefront, order_service, design, order_details)
tm.flow(order_service, artwork_bucket, design)
tm.flow(order_service, order_db, order_details)

tm.flow(order_service, payments, checkout_session, protocol="https")
tm.flow(customer, payments, card_details, protocol="https")
tm.flow(
    payments,
    order_service,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="webhook signature header verified")},
)

tm.flow(order_service, moderation, design)
tm.flow(moderation, llm, moderation_prompt, protocol="https")
tm.flow(llm, moderation, verdict, protocol="https")
tm.flow(moderation, order_db, verdict)
tm.flow(moderation, order_service, verdict)

tm.flow(order_db, dashboard, order_details, verdict)
tm.flow(artwork_bucket, dashboard, design)
tm.flow(dashboard, staff, order_details, verdict, design, protocol="https")
tm.flow(staff, dashboard, review_decision, protocol="https")
tm.flow(dashboard, order_service, review_decision)

tm.flow(order_service, printer, print_job, protocol="sftp")
tm.flow(order_service, mailer, status_email, protocol="https")
tm.flow(mailer, customer, status_email, protocol="smtp")
