"""Llama farm trek booking and animal health photo assistant: the first design, before any security review.

A small family llama farm in England sells guided llama treks on its website. Visitors
pick a date and party size, give contact details and any access or medical notes, and pay
on the payment provider's hosted checkout; a signed webhook confirms the booking and an
e-mail service sends the confirmation. The same small web app, hosted on a managed cloud
platform, also has a health photo assistant: llama handlers photograph a llama's eyes,
feet, fleece or body condition on the shared yard phone, add a few words, and a vendor-hosted
vision LLM returns a triage note read against the llama's health record. The farm owner
reads the notes in an admin console, decides whether a llama is fit to trek, updates the
trek rota and, when needed, e-mails the photos and note to the vet. Controls in this design:
TLS, form validation on the booking site, a signed payment webhook, encrypted managed
database storage, an e-mail and password sign-in for the owner and one shared staff login.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Llama farm trek booking and animal health photo LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online trek bookings for a llama farm, plus an LLM triage of llama health photos.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, party size, children's ages, access or medical notes.",
)
availability = tg.Data("Trek availability", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
booking_page = tg.Data("Booking confirmation page", kind="records", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Trek bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
checkout_session = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
rota = tg.Data("Llama trek rota", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
photos = tg.Data("Llama health photos", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
observations = tg.Data("Handler observations", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
health_record = tg.Data(
    "Llama health records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each llama's age, weight history, past treatments, worming and vaccination dates.",
)
health_prompt = tg.Data("Health photo prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
llm_note = tg.Data(
    "LLM health triage note", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
vet_email = tg.Data(
    "Vet referral e-mail", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public booking a trek for themselves and their family.
    customer = tm.add(tg.Actor("Trek customer", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details are typed on the provider's page, never on ours.
    payments = tm.add(tg.ExternalService("Payment provider hosted checkout"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations and the owner's vet referrals.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general multimodal model behind the vendor's API that looks at the photos.
    vision_llm = tm.add(tg.LLM("Hosted vision LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Vet practice", trust=tg.Trust.PARTNER):
    # The farm's large-animal vet, who receives referrals by e-mail.
    vet = tm.add(tg.Actor("Farm vet", role="vet"))

with tm.boundary("Farm web app", trust=tg.Trust.INTERNAL, description="Managed cloud platform"):
    # Public booking pages and their API.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="booking form fields checked server-side")},
        )
    )
    # Managed Postgres holding bookings and the rota.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, rota},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Back office for the owner: bookings, rota, health notes, vet referrals.
    admin_console = tm.add(
        tg.Service(
            "Farm admin console",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Takes photos from the yard phone, adds the llama's record, asks the LLM for a triage note.
    health_assistant = tm.add(
        tg.Service(
            "Health photo assistant",
            controls={c.Authentication(method="shared staff login on the yard phone app")},
        )
    )
    # Per-llama health history, photos and the LLM's notes.
    herd_records = tm.add(
        tg.DataStore(
            "Herd health records",
            stores={health_record, photos, llm_note},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )

with tm.boundary("Farm premises", trust=tg.Trust.INTERNAL):
    # Runs the farm and decides which llamas trek and when to call the vet.
    owner = tm.add(tg.Actor("Farm owner", role="owner", privileged=True))
    # Staff who lead treks and look after the herd day to day.
    handler = tm.add(tg.Actor("Llama handler", role="farm staff"))
    # One phone kept in the barn with the web app installed, shared by the handlers.
    yard_phone = tm.add(tg.Device("Shared yard phone", fleet=False))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# booking
tm.flow(customer, booking_site, booking_request, protocol="https", controls={tls})
tm.flow(booking_site, customer, availability, booking_page, protocol="https", controls={tls})
tm.flow(booking_site, booking_db, bookings)
tm.flow(booking_db, booking_site, availability, rota, label="free places and fit llamas")
tm.flow(booking_site, payments, checkout_session, protocol="https", controls={tls})
tm.flow(customer, payments, card_details, protocol="https", controls={tls})
tm.flow(
    payments,
    booking_site,
    payment_webhook,
    protocol="https",
    controls={tls, c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(booking_site, mailer, confirmation_email, protocol="https", controls={tls})
tm.flow(mailer, customer, confirmation_email, protocol="smtp")

# health photos
tm.flow(handler, yard_phone, photos, observations)
tm.flow(yard_phone, health_assistant, photos, observations, protocol="https", controls={tls})
tm.flow(health_assistant, yard_phone, llm_note, protocol="https", controls={tls})
tm.flow(herd_records, health_assistant, health_record, label="llama's history")
tm.flow(health_assistant, herd_records, photos, llm_note)
tm.flow(health_assistant, vision_llm, health_prompt, photos, protocol="https", controls={tls})
tm.flow(vision_llm, health_assistant, llm_note, protocol="https", controls={tls})

# back office
tm.flow(owner, admin_console, rota, health_record, protocol="https", controls={tls})
tm.flow(
    admin_console,
    owner,
    bookings,
    health_record,
    llm_note,
    photos,
    protocol="https",
    controls={tls},
)
tm.flow(booking_db, admin_console, bookings, rota)
tm.flow(admin_console, booking_db, rota, label="llama fit or resting")
tm.flow(herd_records, admin_console, health_record, photos, llm_note)
tm.flow(admin_console, herd_records, health_record, label="treatments recorded")
tm.flow(admin_console, mailer, vet_email, protocol="https", controls={tls})
tm.flow(mailer, vet, vet_email, protocol="smtp")
