"""Trophy engraving orders with an LLM text proof: the first design, before any security review.

A small trophy engraving shop takes orders online. Sports clubs and schools (usually a
club secretary, checking out as a guest with an e-mail address) pick a trophy and type
the recipient names and wording for each plate. The order service sends the wording and
the plate template's line limits to a hosted LLM that flags spelling mistakes and
proposes line breaks and a font size; the secretary accepts or edits the rendered proof
and pays on the payment provider's hosted checkout. Orders sit in a managed database in
the shop's cloud account. The engraver signs in to the back office, checks the proof and
releases the job; a generator builds the vector job file from the approved wording (not
the model's text), and the engraver downloads it to the workshop PC that drives the laser.
Controls: length and character checks on the form, encryption at rest on the database,
per-person staff logins, a signed payment webhook, and the engraver's release of each job.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Trophy engraving order proofing",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online trophy orders whose engraving wording an LLM proofreads before the laser engraves it.",
)

# ---------------------------------------------------------------- data assets
order_details = tg.Data(
    "Order details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Club name, contact name, e-mail, phone, delivery address, trophy choice.",
)
wording = tg.Data(
    "Engraving wording",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient names (often juniors) and the award text for each plate.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
layout_rules = tg.Data(
    "Plate templates and layout rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Plate sizes, fonts, lines per plate and characters per line.",
)
proof_prompt = tg.Data(
    "Proof-check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fixed instructions, the plate's layout rules and the customer's wording.",
)
suggestions = tg.Data(
    "Proof suggestions",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Spelling flags, proposed line breaks and font size, as JSON.",
)
proof = tg.Data(
    "Engraving proof",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Rendered preview of each plate with the suggestions marked.",
)
proof_approval = tg.Data(
    "Customer proof approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation_email = tg.Data(
    "Order confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
checkout_session = tg.Data(
    "Checkout session",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Order reference and total for the hosted checkout page.",
)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
job_release = tg.Data("Job release", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_file = tg.Data(
    "Engraving job file",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Vector layout of the plates with laser power and speed settings.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The club secretary or teacher placing the order; no account, guest checkout.
    secretary = tm.add(tg.Actor("Club secretary", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page: card numbers never reach the shop's systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that sends proof and order confirmations.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model used only to proofread and lay out the wording.
    proof_llm = tm.add(
        tg.LLM(
            "Proofreading LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Hosted chat model called with a fixed proofreading instruction.",
        )
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Public order form where clubs choose trophies and type the wording.
    order_form = tm.add(
        tg.Endpoint(
            "Order form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.InputValidation(
                    note="per-line character limits from the plate template; letters, digits and basic punctuation only"
                )
            },
        )
    )
    # Takes the order, asks the LLM for a proof check, renders the proof, starts checkout.
    order_service = tm.add(tg.Service("Order service"))
    # Plate templates the proof check and the job file generator both work from.
    templates = tm.add(tg.DataStore("Plate template library", stores={layout_rules}))
    # Managed database holding orders, approved wording and proofs.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={order_details, wording, proof},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff web app: order queue, proofs, job release.
    back_office = tm.add(
        tg.Endpoint(
            "Back office",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="individual staff e-mail and password")},
        )
    )
    # Builds the vector job file from the approved wording and the plate template.
    job_generator = tm.add(
        tg.Service(
            "Job file generator",
            description="Places the approved wording on the template; does not use the model's text.",
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the engraver, who releases each job in the back office"
                )
            },
        )
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The shop's engraver: checks proofs and runs the laser.
    engraver = tm.add(tg.Actor("Engraver", role="engraver"))
    # Windows PC running the laser control software; downloads released job files.
    workshop_pc = tm.add(tg.Device("Workshop PC", fleet=False))
    # Fibre laser engraving machine, driven by the workshop PC.
    laser = tm.add(tg.Device("Laser engraver", fleet=False))

# ---------------------------------------------------------------- flows
# ordering and proofing
tm.flow(secretary, order_form, order_details, wording, protocol="https")
tm.flow(order_form, order_service, order_details, wording)
tm.flow(templates, order_service, layout_rules)
tm.flow(order_service, proof_llm, proof_prompt, protocol="https")
tm.flow(proof_llm, order_service, suggestions, protocol="https")
tm.flow(order_service, order_form, proof)
tm.flow(order_form, secretary, proof, protocol="https")
tm.flow(
    secretary, order_form, proof_approval, wording, protocol="https", label="accepts or edits proof"
)
tm.flow(order_form, order_service, proof_approval, wording, label="accepted proof")
tm.flow(order_service, orders_db, order_details, wording, proof)

# payment
tm.flow(order_service, payments, checkout_session, protocol="https")
tm.flow(secretary, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    order_service,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider's webhook signature is verified")},
)
tm.flow(order_service, orders_db, payment_confirmation, label="mark paid")

# confirmation
tm.flow(order_service, email, confirmation_email, protocol="https")
tm.flow(email, secretary, confirmation_email, protocol="smtp+starttls")

# workshop
tm.flow(orders_db, back_office, order_details, wording, proof, label="order queue")
tm.flow(back_office, engraver, order_details, proof, protocol="https")
tm.flow(engraver, back_office, job_release, protocol="https")
tm.flow(back_office, orders_db, job_release, label="order status")
tm.flow(back_office, job_generator, job_release)
tm.flow(orders_db, job_generator, wording)
tm.flow(templates, job_generator, layout_rules)
tm.flow(job_generator, back_office, job_file)
tm.flow(back_office, workshop_pc, job_file, protocol="https", label="job download")
tm.flow(workshop_pc, laser, job_file, protocol="usb")
