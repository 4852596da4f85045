"""Farrier visit scheduling and hoof photo notes: the first design, before any security review.

A travelling farrier runs his round from a small cloud app. Horse owners sign in to
an owner portal with e-mail and password to book a visit, describe the problem in
free text and upload photos of the hooves. A drafting service sends the photos, the
horse's shoeing history and the owner's description to a vision-capable LLM hosted
by a vendor, which drafts notes on hoof condition. The farrier sees the drafts, the
photos and his day's schedule in a phone app (e-mail, password and TOTP); he edits
and confirms the notes after the visit, and only confirmed notes reach the owner.
Confirming the work raises an invoice with a hosted payment provider, which e-mails
the owner a payment link and calls us back when it is paid. An SMS/e-mail provider
sends visit reminders. Photos are stored encrypted; uploads are checked for type
and size. Owners are mostly in the UK and EU.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Farrier visit scheduling and hoof photo notes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Owners book farrier visits and upload hoof photos; a vision LLM drafts "
    "hoof notes the farrier confirms before invoicing.",
)

# ---------------------------------------------------------------- data assets
owner_account = tg.Data(
    "Owner account and contact details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, phone, yard address and password hash.",
)
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Horse, yard, preferred dates and the owner's free-text description of the problem.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
hoof_photos = tg.Data(
    "Hoof photos",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Phone photos of each hoof; may carry EXIF location of the yard.",
)
horse_history = tg.Data(
    "Horse shoeing history",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Past visits, shoe types, trims, previous notes.",
)
notes_prompt = tg.Data(
    "Hoof notes prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the photos, the history and the owner's description.",
)
draft_notes = tg.Data(
    "Draft hoof condition notes", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
visit_notes = tg.Data(
    "Confirmed visit notes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Notes as the farrier edited and confirmed them, with the work done.",
)
schedule = tg.Data("Farrier day schedule", sensitivity=tg.Sensitivity.PII, kind="records")
invoice_request = tg.Data(
    "Invoice request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Owner e-mail, line items for the work done and the amount.",
)
invoice = tg.Data("Invoice with payment link", sensitivity=tg.Sensitivity.PII, kind="documents")
card_payment = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_webhook = tg.Data(
    "Invoice paid webhook", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
reminder = tg.Data("Visit reminder", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Horse owners: anyone can register an account and book.
    owner = tm.add(tg.Actor("Horse owner", role="customer"))
    # The farrier works from his phone at the yards; he runs the business and can change everything.
    farrier = tm.add(tg.Actor("Farrier", role="farrier (business owner)", privileged=True))

with tm.boundary("App cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web portal where owners book visits, upload photos and read confirmed notes.
    portal = tm.add(
        tg.Endpoint(
            "Owner portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo uploads limited to JPEG/PNG/HEIC under 15 MB"),
            },
        )
    )
    # API behind the farrier's phone app: schedule, drafts, confirmation, invoicing.
    farrier_api = tm.add(
        tg.Endpoint(
            "Farrier app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with TOTP")},
        )
    )
    # Core backend: bookings, visit records, invoices and reminders.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Books visits into the farrier's round, keeps visit records, "
            "raises invoices and receives the payment provider's callbacks.",
        )
    )
    # Builds the prompt from photos and history and stores the LLM's draft for the farrier.
    drafting = tm.add(
        tg.Service(
            "Notes drafting service",
            description="Runs when photos are uploaded for a booking; drafts are shown only to the farrier.",
            controls={
                c.HumanInTheLoop(
                    approver="the farrier",
                    note="the farrier edits and confirms every draft before the owner sees it",
                )
            },
        )
    )
    # Owners, horses, bookings, visit records and drafts.
    records_db = tm.add(
        tg.DataStore(
            "Records database",
            stores={
                owner_account,
                booking_request,
                horse_history,
                draft_notes,
                visit_notes,
                schedule,
            },
        )
    )
    # Object storage for the uploaded hoof photos.
    photo_store = tm.add(
        tg.DataStore(
            "Hoof photo store",
            stores={hoof_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that drafts the hoof notes.
    vision_llm = tm.add(
        tg.LLM(
            "Vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-capable chat model behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted invoicing and card payments; card details never reach our app.
    payments = tm.add(tg.ExternalService("Invoicing and payment provider"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends SMS and e-mail reminders the day before a visit.
    messaging = tm.add(tg.ExternalService("SMS and e-mail provider"))

# ---------------------------------------------------------------- flows
tm.flow(
    owner, portal, owner_account, booking_request, protocol="https", label="registers and books"
)
tm.flow(owner, portal, hoof_photos, protocol="https", label="uploads photos")
tm.flow(portal, owner, booking_confirmation, visit_notes, protocol="https")

tm.flow(portal, booking_service, owner_account, booking_request)
tm.flow(booking_service, portal, booking_confirmation, visit_notes)
tm.flow(portal, photo_store, hoof_photos)

tm.flow(booking_service, records_db, owner_account, booking_request, visit_notes, schedule)
tm.flow(
    records_db, booking_service, owner_account, horse_history, visit_notes, schedule, draft_notes
)

tm.flow(photo_store, drafting, hoof_photos)
tm.flow(records_db, drafting, horse_history, booking_request)
tm.flow(drafting, vision_llm, notes_prompt, protocol="https")
tm.flow(vision_llm, drafting, draft_notes, protocol="https")
tm.flow(drafting, records_db, draft_notes)

tm.flow(
    farrier,
    farrier_api,
    visit_notes,
    schedule,
    protocol="https",
    label="confirms work, moves visits",
)
tm.flow(farrier_api, farrier, schedule, draft_notes, hoof_photos, protocol="https")
tm.flow(farrier_api, booking_service, visit_notes, schedule)
tm.flow(booking_service, farrier_api, schedule, draft_notes, horse_history)
tm.flow(photo_store, farrier_api, hoof_photos)

tm.flow(booking_service, payments, invoice_request, protocol="https")
tm.flow(payments, owner, invoice, protocol="smtp", label="e-mailed invoice")
tm.flow(owner, payments, card_payment, protocol="https", label="pays on hosted page")
tm.flow(payments, booking_service, payment_webhook, protocol="https", label="invoice paid webhook")

tm.flow(booking_service, messaging, reminder, protocol="https")
tm.flow(messaging, owner, reminder, protocol="sms")
