"""Tattoo design generator: the first design, before any security review.

A group of tattoo studios in the UK and the EU runs a web tool where customers
sign in, describe the tattoo they want and upload reference images (often a
photo of the body placement). A design orchestrator in the studio group's cloud
account asks a hosted LLM to turn the description into an image prompt and
design notes, then asks a hosted image-generation model for a few draft designs.
Customers see the drafts straight away; the studio's artists then pick one up in
an artist portal, redraw or refine it and upload the final design. Customers book
a consultation and pay a deposit through the payment provider's hosted checkout,
which calls back with a webhook; confirmations go out by e-mail.
Controls in this design: password sign-in and a request quota on the customer
app, upload type and size checks, Google Workspace sign-in for artists, the AI
vendors' own content filters, API keys in the cloud secret manager, storage
encryption, HTTPS to every outside party and a verified checkout webhook signature.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tattoo studio design generator",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Customers describe a tattoo, AI drafts designs, artists refine them, "
    "consultations are booked with a deposit.",
)

# ---------------------------------------------------------------- data assets
brief = tg.Data(
    "Tattoo brief",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text description: style, size, placement, often names or memorial details.",
)
reference_photos = tg.Data(
    "Reference photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Inspiration images and photos of the customer's skin where the tattoo will go.",
)
llm_prompt = tg.Data("Design prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
design_notes = tg.Data(
    "Image prompt and design notes", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
drafts = tg.Data(
    "Draft designs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
final_designs = tg.Data(
    "Artist-refined designs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The artists' own work; the studios' main intellectual property.",
)
customer_records = tg.Data(
    "Customer and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
booking_request = tg.Data(
    "Consultation booking request", kind="records", sensitivity=tg.Sensitivity.PII
)
checkout_session = tg.Data(
    "Deposit checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
deposit_webhook = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation = tg.Data(
    "Booking confirmation e-mail", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can create an account and describe a design.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("AI vendors", trust=tg.Trust.PARTNER):
    # Turns a free-text brief into a structured image prompt and notes for the artist.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's moderation filter")},
        )
    )
    # Produces the draft design images from the prompt and reference images.
    image_model = tm.add(
        tg.Model(
            "Image generation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's image safety filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach the studio's systems.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for booking confirmations and reminders.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Studio cloud", trust=tg.Trust.INTERNAL):
    # The customer-facing web app and its API.
    web_app = tm.add(
        tg.Endpoint(
            "Customer design app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RateLimiting(requests_per_minute=10),
                tg.controls.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Builds the prompts and calls both AI vendors; holds their API keys.
    orchestrator = tm.add(
        tg.Service(
            "Design orchestrator",
            controls={
                tg.controls.SecretsManagement(note="vendor API keys in the cloud secret manager")
            },
        )
    )
    # Handles consultation slots, deposits and confirmations.
    booking = tm.add(tg.Service("Booking service"))
    # Where studio artists pick up briefs and upload refined designs.
    artist_portal = tm.add(
        tg.Endpoint(
            "Artist portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="Google Workspace SSO")},
        )
    )
    # Object storage for uploads, drafts and final designs.
    design_store = tm.add(
        tg.DataStore(
            "Design and photo bucket",
            stores={reference_photos, drafts, final_designs},
            controls={tg.controls.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )
    # Customers, briefs, bookings and deposit status.
    customer_db = tm.add(
        tg.DataStore(
            "Customer database",
            stores={customer_records, brief},
            controls={tg.controls.EncryptionAtRest(key_management="cloud-managed keys")},
        )
    )

with tm.boundary("Studio premises", trust=tg.Trust.INTERNAL):
    # Tattoo artists at the group's studios, on studio laptops and tablets.
    artist = tm.add(tg.Actor("Tattoo artist", role="artist"))

# ---------------------------------------------------------------- flows
# design request and drafts
tm.flow(customer, web_app, brief, reference_photos, protocol="https")
tm.flow(web_app, customer, drafts, final_designs, protocol="https", label="designs shown")
tm.flow(web_app, customer_db, brief, customer_records)
tm.flow(customer_db, web_app, customer_records)
tm.flow(web_app, design_store, reference_photos, label="upload")
tm.flow(web_app, orchestrator, brief, label="generate drafts")
tm.flow(design_store, orchestrator, reference_photos)
tm.flow(orchestrator, llm, llm_prompt, protocol="https")
tm.flow(llm, orchestrator, design_notes, protocol="https")
tm.flow(orchestrator, image_model, design_notes, reference_photos, protocol="https")
tm.flow(image_model, orchestrator, drafts, protocol="https")
tm.flow(orchestrator, design_store, drafts)
tm.flow(orchestrator, customer_db, design_notes, label="notes for the artist")
tm.flow(design_store, web_app, drafts, final_designs)

# artist refinement
tm.flow(artist, artist_portal, final_designs, protocol="https", label="refined design upload")
tm.flow(artist_portal, artist, brief, reference_photos, drafts, customer_records, protocol="https")
tm.flow(customer_db, artist_portal, brief, customer_records, design_notes)
tm.flow(artist_portal, customer_db, customer_records, label="consultation notes")
tm.flow(design_store, artist_portal, reference_photos, drafts)
tm.flow(artist_portal, design_store, final_designs)

# booking and deposit
tm.flow(web_app, booking, booking_request)
tm.flow(booking, web_app, checkout_session, label="redirect to checkout")
tm.flow(booking, customer_db, customer_records)
tm.flow(booking, payments, checkout_session, protocol="https")
tm.flow(customer, payments, card_details, protocol="https")
tm.flow(
    payments,
    booking,
    deposit_webhook,
    protocol="https",
    label="deposit paid webhook",
    controls={
        tg.controls.MessageIntegrity(note="provider signature checked with the signing secret")
    },
)
tm.flow(booking, mailer, confirmation, protocol="https")
tm.flow(mailer, customer, confirmation, protocol="smtp+starttls")
