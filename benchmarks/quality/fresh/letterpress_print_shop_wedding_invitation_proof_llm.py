"""Letterpress wedding invitation proofs: the first design, before any security review.

A two-person letterpress studio in Ghent sells wedding invitations through its own
website. Couples sign in with a one-time link sent to their e-mail address, type their
invitation wording (names, parents' names, date, ceremony and reception venues, RSVP
details) and pick a design. A proof service sends the wording and the studio's house
style and etiquette guide to a hosted LLM, which returns a layout (line breaks, sizes,
typefaces from the studio's set) and etiquette suggestions; a renderer turns the layout
into a PDF proof that the couple sees on the site. When the couple accepts a proof they
pay a deposit by card on the payment provider's hosted checkout page, which tells the
site by webhook. The printer checks every proof in the studio's back office and only
then uploads the artwork to the plate maker's portal for photopolymer plates. Proof and
payment e-mails go out through a transactional e-mail provider. The site and its
database run on a managed cloud host (encrypted storage); the back office uses a
password sign-in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Letterpress wedding invitation proofs",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Couples enter invitation wording; an LLM lays out the proof and suggests "
    "etiquette fixes; the printer approves before plates are made; deposits by card.",
)

# ---------------------------------------------------------------- data assets
wording = tg.Data(
    "Invitation wording and event details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Couple's and parents' names, wedding date, venues, RSVP contact, delivery address.",
)
layout_prompt = tg.Data(
    "Layout prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the house style guide excerpt and the couple's wording.",
)
layout = tg.Data(
    "Layout and etiquette suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Line breaks, type sizes and typefaces, plus suggested wording fixes.",
)
style_guide = tg.Data(
    "House style and etiquette guide",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
)
proof = tg.Data("Invitation proof PDF", kind="documents", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data("Couple's proof acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
printer_approval = tg.Data("Printer's proof approval", kind="records")
orders = tg.Data(
    "Orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Order status, wording history, deposit status, delivery address.",
)
artwork = tg.Data("Approved plate artwork", kind="documents", sensitivity=tg.Sensitivity.PII)
checkout_request = tg.Data("Deposit checkout session", kind="records")
card = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
deposit_paid = tg.Data(
    "Deposit paid notification", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
emails = tg.Data("Proof and receipt e-mails", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The people ordering invitations; anyone can start an order on the site.
    couple = tm.add(tg.Actor("Couple", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page: card numbers are typed here, never on the studio's site.
    checkout = tm.add(tg.ExternalService("Hosted card checkout", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that proposes the layout and etiquette fixes.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor chat model called with the studio's API key.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends sign-in links, proof-ready notices and deposit receipts.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Plate maker", trust=tg.Trust.PARTNER):
    # Outside supplier that makes the photopolymer plates from uploaded artwork.
    plate_maker = tm.add(tg.ExternalService("Plate maker portal"))

with tm.boundary("Studio cloud host", trust=tg.Trust.INTERNAL):
    # The public website: order form, proof viewer, acceptance and checkout hand-off.
    website = tm.add(
        tg.Endpoint(
            "Studio website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mailed one-time sign-in link"),
                c.InputValidation(note="length and character limits on wording fields"),
            },
        )
    )
    # Builds the prompt from wording plus style guide and calls the LLM.
    proof_service = tm.add(
        tg.Service(
            "Proof service",
            description="Assembles the layout prompt, calls the LLM, hands the layout to the renderer.",
        )
    )
    # Typesets the LLM's layout with the studio's fonts into a PDF proof.
    renderer = tm.add(tg.Service("Proof renderer"))
    # The studio's typefaces, templates and etiquette rules the prompt draws on.
    guide_store = tm.add(tg.DataStore("House style guide store", stores={style_guide}))
    # Orders, wording history and deposit status.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders, wording},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Rendered proofs and the approved artwork files.
    proof_store = tm.add(
        tg.DataStore(
            "Proof file store",
            stores={proof, artwork},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the printer reviews proofs and releases artwork to the plate maker.
    back_office = tm.add(
        tg.Service(
            "Studio back office",
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="the printer",
                    note="every proof is checked by the printer before artwork goes to the plate maker",
                ),
            },
        )
    )

with tm.boundary("Studio workshop", trust=tg.Trust.INTERNAL):
    # The studio owner who sets the type, checks proofs and runs the press.
    printer = tm.add(tg.Actor("Printer", role="studio owner", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# couple and the website
tm.flow(couple, website, wording, acceptance, protocol="https", controls={tls})
tm.flow(website, couple, proof, layout, protocol="https", controls={tls})
tm.flow(website, order_db, orders, wording)
tm.flow(order_db, website, orders, wording)

# proof generation
tm.flow(website, proof_service, wording)
tm.flow(guide_store, proof_service, style_guide)
tm.flow(proof_service, llm, layout_prompt, protocol="https")
tm.flow(llm, proof_service, layout, protocol="https")
tm.flow(proof_service, renderer, layout)
tm.flow(renderer, proof_store, proof)
tm.flow(proof_service, website, layout, label="etiquette suggestions")
tm.flow(proof_store, website, proof)

# deposit by card
tm.flow(website, checkout, checkout_request, protocol="https", label="create checkout session")
tm.flow(checkout, website, checkout_request, protocol="https", label="checkout page address")
tm.flow(couple, checkout, card, protocol="https")
tm.flow(checkout, website, deposit_paid, protocol="https", label="payment webhook")

# e-mails
tm.flow(website, mailer, emails, protocol="https")
tm.flow(mailer, couple, emails, protocol="smtp")

# printer review and plates
tm.flow(printer, back_office, printer_approval, protocol="https")
tm.flow(back_office, printer, proof, orders, protocol="https")
tm.flow(proof_store, back_office, proof, artwork)
tm.flow(order_db, back_office, orders)
tm.flow(back_office, order_db, printer_approval, label="approval status")
tm.flow(back_office, plate_maker, artwork, protocol="https", label="artwork upload")
