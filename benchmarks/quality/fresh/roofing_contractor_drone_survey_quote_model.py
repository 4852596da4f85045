"""Roofing contractor: drone roof survey and quote, first design before review.

A roofing contractor books roof surveys through its customer portal. A surveyor
visits the property and flies a small survey drone over the roof from a field
tablet; the photos are copied to the tablet and uploaded to the contractor's
cloud app. A vision model (an open-weights segmentation model fine-tuned for
roofs) measures roof areas and pitches and detects damaged tiles, flashing and
gutters. Quoting software prices the job from the measurements, the damage
found and the contractor's price list. The surveyor reviews the imagery,
measurements and draft quote in a review console and releases it; the customer
gets an e-mail with a link, reads the quote in the portal and accepts it online.
For storm damage the surveyor also sends a damage report to the customer's
insurer by e-mail. Controls in this design: TLS to the cloud, staff SSO with
MFA, surveyor approval of every quote, encrypted image storage and a one-off
accuracy check of the vision model against tape-measured roofs.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Roofing drone survey and quoting",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drone roof surveys measured by a vision model, priced by quoting software.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Survey booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, address, phone, e-mail and a description of the problem.",
)
flight_commands = tg.Data(
    "Drone flight commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
roof_imagery = tg.Data(
    "Roof survey imagery",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Geotagged drone photos of the customer's home; may show gardens and neighbours.",
)
flight_log = tg.Data("Drone flight log", kind="logs", sensitivity=tg.Sensitivity.PII)
survey_notes = tg.Data("Surveyor site notes", kind="records", sensitivity=tg.Sensitivity.PII)
detections = tg.Data(
    "Roof measurements and damage detections",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Roof plane areas and pitches, and boxes around damaged tiles, flashing and gutters.",
)
price_list = tg.Data(
    "Materials and labour price list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_quote = tg.Data("Draft quote", kind="records", sensitivity=tg.Sensitivity.PII)
reviewed_quote = tg.Data(
    "Released quote",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
surveyor_edits = tg.Data(
    "Surveyor corrections and release", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
quote_email = tg.Data(
    "Quote notification e-mail",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contains the customer's personal link to the quote page.",
)
acceptance = tg.Data("Quote acceptance", kind="records", sensitivity=tg.Sensitivity.PII)
storm_report = tg.Data(
    "Storm damage report",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Customer, address, policy number, annotated photos and the repair quote.",
)
job_records = tg.Data(
    "Customer job records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customers, addresses, surveys, quotes and acceptances.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Homeowner or landlord who books the survey and accepts the quote.
    customer = tm.add(tg.Actor("Customer", role="homeowner"))

with tm.boundary("Survey field kit", trust=tg.Trust.INTERNAL):
    # Contractor's surveyor who flies the drone and signs off each quote.
    surveyor = tm.add(tg.Actor("Surveyor", role="roof surveyor"))
    # Off-the-shelf camera drone, flown manually over the roof.
    drone = tm.add(tg.Device("Survey drone", description="Consumer camera drone with an SD card."))
    # Tablet running the drone's flight app and the contractor's upload app.
    tablet = tm.add(tg.Device("Surveyor field tablet"))

with tm.boundary("Contractor cloud app", trust=tg.Trust.INTERNAL):
    # Receives imagery, flight logs and notes from the field tablets.
    upload_api = tm.add(
        tg.Endpoint(
            "Survey upload API",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="per-tablet API key")},
        )
    )
    # Drone photos kept for the job and for any insurance claim.
    image_store = tm.add(
        tg.DataStore(
            "Survey image store",
            stores={roof_imagery, flight_log},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Measures roof planes and spots damage in the survey photos.
    vision = tm.add(
        tg.Model(
            "Roof vision model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights segmentation model fine-tuned on labelled roof photos.",
            controls={tg.controls.ModelValidation(note="checked against 40 tape-measured roofs")},
        )
    )
    # Turns measurements and damage into a priced, itemised job.
    quoting = tm.add(tg.Service("Quoting software"))
    # Contractor's current rates for tiles, lead, gutters, scaffold and labour.
    price_store = tm.add(tg.DataStore("Price list store", stores={price_list}))
    # The contractor's job records: customers, surveys, quotes, acceptances.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={job_records, draft_quote, detections, reviewed_quote, acceptance},
        )
    )
    # Where the surveyor checks the model's work and releases the quote.
    review = tm.add(
        tg.Service(
            "Survey review console",
            controls={
                tg.controls.Authentication(method="Microsoft 365 SSO with MFA"),
                tg.controls.HumanInTheLoop(approver="the surveyor who flew the job"),
            },
        )
    )
    # Public pages where customers book surveys and read and accept quotes.
    portal = tm.add(
        tg.Endpoint(
            "Customer portal",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="personal quote link sent by e-mail")},
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Hosted mail service for quote notifications and insurer reports.
    email = tm.add(tg.ExternalService("E-mail service"))

with tm.boundary("Insurers", trust=tg.Trust.PARTNER):
    # The customer's home insurer, reached at its claims e-mail address.
    insurer = tm.add(tg.ExternalService("Insurer claims inbox"))

# ---------------------------------------------------------------- flows
# booking
tm.flow(customer, portal, booking, protocol="https")
tm.flow(portal, job_db, booking)
tm.flow(job_db, review, job_records)

# survey flight and upload
tm.flow(surveyor, tablet, flight_commands, survey_notes)
tm.flow(tablet, drone, flight_commands, protocol="drone radio link")
tm.flow(drone, tablet, roof_imagery, flight_log, protocol="drone radio link")
tm.flow(tablet, surveyor, roof_imagery, label="live camera view")
tm.flow(tablet, upload_api, roof_imagery, flight_log, survey_notes, protocol="https")
tm.flow(upload_api, image_store, roof_imagery, flight_log)
tm.flow(upload_api, job_db, survey_notes)

# measurement and pricing
tm.flow(image_store, vision, roof_imagery)
tm.flow(vision, quoting, detections)
tm.flow(price_store, quoting, price_list)
tm.flow(quoting, job_db, detections, draft_quote)

# surveyor review
tm.flow(job_db, review, detections, draft_quote)
tm.flow(image_store, review, roof_imagery)
tm.flow(review, surveyor, roof_imagery, detections, draft_quote, protocol="https")
tm.flow(surveyor, review, surveyor_edits, protocol="https")
tm.flow(review, job_db, reviewed_quote)

# customer acceptance
tm.flow(job_db, portal, reviewed_quote)
tm.flow(portal, email, quote_email, protocol="https")
tm.flow(email, customer, quote_email, protocol="smtp")
tm.flow(portal, customer, reviewed_quote, protocol="https")
tm.flow(customer, portal, acceptance, protocol="https")
tm.flow(portal, job_db, acceptance)

# storm damage report to the insurer
tm.flow(review, email, storm_report, protocol="https")
tm.flow(email, insurer, storm_report, protocol="smtp")
