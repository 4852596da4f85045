"""Carpet-cleaning firm: stain-photo quotes, the first design before security review.

Customers ask for a quote on the firm's website, entering contact details and room
sizes and uploading photos of the stains. A quote service keeps the photos in a
cloud bucket and sends them, with the room sizes and price list, to a hosted vision
model that names the stain type and carpet fibre and estimates a price. The customer
sees a provisional quote; office staff review photos and estimate in a back-office
web app, confirm the price, book the visit and e-mail a confirmation. Technicians
see their jobs and job notes (address, access notes) on a phone app via a mobile API.
Everything we run sits in one cloud account. Controls: HTTPS throughout, upload
checks on the website, office sign-in with Google Workspace and 2-step verification,
technician password sign-in, encryption at rest on bucket and database, and office
sign-off before any quote is binding.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Carpet cleaning stain-photo quotes",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website quote requests with stain photos, priced by a hosted vision model "
    "and confirmed by the office; technicians work from a phone app.",
)

# ---------------------------------------------------------------- data assets
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail, room sizes and preferred dates.",
)
stain_photos = tg.Data(
    "Stain photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos taken inside customers' homes; may show people or belongings.",
)
assessment_prompt = tg.Data(
    "Stain assessment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the price list, room sizes and the stain photos.",
)
assessment = tg.Data(
    "Stain assessment and estimate",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Stain type, fibre, treatment and estimated price.",
)
price_list = tg.Data("Cleaning price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
estimate = tg.Data("Provisional quote", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
job_notes = tg.Data(
    "Job notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, access and parking notes, pets, rooms and stain details.",
)
job_status = tg.Data("Job status updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Households asking for a quote; anyone can use the form.
    customer = tm.add(tg.Actor("Customer", role="householder"))

with tm.boundary("Field", trust=tg.Trust.UNTRUSTED):
    # Cleaning technicians out on jobs, on their phones over mobile data.
    technician = tm.add(tg.Actor("Technician", role="cleaning technician"))
    # The firm's job app on the technicians' phones.
    tech_app = tm.add(tg.Device("Technician phone app", fleet=True))

with tm.boundary("Vision model vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the photos and estimates the price.
    vision = tm.add(
        tg.LLM(
            "Hosted vision model",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Classifies stain type and carpet fibre and estimates a quote.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for booking confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Public website with the quote form and photo upload.
    website = tm.add(
        tg.Endpoint(
            "Quote website",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="image type and size checks on upload")},
        )
    )
    # Takes a request, stores the photos, asks the vision model, records the quote.
    quote_service = tm.add(
        tg.Service(
            "Quote service",
            controls={
                c.HumanInTheLoop(
                    approver="office staff",
                    note="the estimate is provisional until the office confirms the price",
                )
            },
        )
    )
    # Back-office web app where the office reviews quotes and books visits.
    office_app = tm.add(
        tg.Service(
            "Office booking app",
            controls={
                c.Authentication(method="Google Workspace accounts with 2-step verification")
            },
        )
    )
    # API the technician app calls for the day's jobs and to post status.
    mobile_api = tm.add(
        tg.Endpoint(
            "Technician mobile API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )
    # Bucket holding the uploaded stain photos.
    photo_bucket = tm.add(
        tg.DataStore(
            "Stain photo bucket",
            stores={stain_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Database of customers, quotes, bookings and job notes.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, job_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The firm's price per room size, fibre and treatment, edited by the office.
    prices = tm.add(tg.DataStore("Price list store", stores={price_list}))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Office staff who confirm quotes and schedule technicians.
    office = tm.add(tg.Actor("Office staff", role="office administrator"))

# ---------------------------------------------------------------- flows
tm.flow(customer, website, quote_request, stain_photos, protocol="https")
tm.flow(website, quote_service, quote_request, stain_photos, protocol="https")
tm.flow(quote_service, photo_bucket, stain_photos, protocol="https")
tm.flow(prices, quote_service, price_list)
tm.flow(quote_service, vision, assessment_prompt, protocol="https")
tm.flow(vision, quote_service, assessment, protocol="https")
tm.flow(quote_service, booking_db, quote_request, assessment, label="provisional quote")
tm.flow(quote_service, website, estimate, protocol="https")
tm.flow(website, customer, estimate, protocol="https")

tm.flow(
    office, office_app, confirmation, price_list, protocol="https", label="confirms quote and books"
)
tm.flow(office_app, office, bookings, stain_photos, protocol="https")
tm.flow(booking_db, office_app, bookings)
tm.flow(office_app, booking_db, bookings, job_notes)
tm.flow(photo_bucket, office_app, stain_photos)
tm.flow(office_app, prices, price_list, label="price updates")
tm.flow(office_app, mailer, confirmation, protocol="https")
tm.flow(mailer, customer, confirmation, protocol="smtp+starttls")

tm.flow(booking_db, mobile_api, job_notes)
tm.flow(mobile_api, tech_app, job_notes, protocol="https")
tm.flow(tech_app, mobile_api, job_status, protocol="https")
tm.flow(mobile_api, booking_db, job_status)
tm.flow(tech_app, technician, job_notes, label="on the phone screen")
tm.flow(technician, tech_app, job_status, label="on the phone screen")
