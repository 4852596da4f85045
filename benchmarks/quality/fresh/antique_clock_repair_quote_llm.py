"""Antique clock repair quotes: the first design, before any security review.

A one-restorer antique clock workshop in the UK takes repair enquiries through a web
form on its website. Customers give their contact details, a short description and
upload photos and a short video of the clock and its movement; the form checks file
types and sizes. Uploads go to a cloud storage bucket, and a frame extractor pulls
still frames from the video. A quote drafting service sends the description, photos
and frames, with excerpts of the workshop's parts catalogue, to a hosted multimodal
LLM that drafts a repair estimate and a list of likely parts. The restorer reviews,
edits and approves every draft in a password-protected workshop app before it is
e-mailed through a transactional e-mail provider. The customer accepts with a link
in the e-mail; the parts ordering service then e-mails the confirmed parts list as
orders to specialist suppliers, with no further review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Antique clock repair quote LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted repair estimates from customer photos and video, approved by the restorer.",
)

# ---------------------------------------------------------------- data assets
contact = tg.Data(
    "Customer contact details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail address, phone number and postcode.",
)
description = tg.Data(
    "Customer clock description",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Free text: the clock's maker, age, history and what is wrong with it.",
)
media = tg.Data(
    "Clock photos and video",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Customer uploads, often taken in the customer's home.",
)
frames = tg.Data("Extracted video frames", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="media")
catalogue = tg.Data(
    "Parts catalogue and prices", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
prompt = tg.Data(
    "Estimate prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the description, the images and catalogue excerpts.",
)
draft = tg.Data(
    "Draft estimate and parts list", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output"
)
jobs = tg.Data(
    "Job records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Customer, clock, draft and approved estimate, status and acceptance.",
)
approved = tg.Data("Approved estimate", sensitivity=tg.Sensitivity.PII, kind="records")
edits = tg.Data(
    "Restorer edits and approval", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
acceptance = tg.Data(
    "Estimate acceptance",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Sent from the accept link in the estimate e-mail, carrying the job reference.",
)
order = tg.Data("Parts order", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
supplier_reply = tg.Data(
    "Supplier order confirmation and invoice",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can fill in the enquiry form; there are no customer accounts.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model reached over the vendor's API.
    llm = tm.add(tg.LLM("Hosted multimodal LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the approved estimates to customers from the workshop's domain.
    mailer = tm.add(tg.ExternalService("Transactional e-mail provider"))

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Small specialist firms (mainsprings, bushes, pivots, glass) that take orders by e-mail.
    suppliers = tm.add(tg.ExternalService("Specialist parts suppliers"))

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The restorer: reviews every estimate, runs the bench, keeps the catalogue.
    restorer = tm.add(tg.Actor("Restorer", role="owner", privileged=True))

with tm.boundary("Cloud host", trust=tg.Trust.INTERNAL):
    # Public form endpoint for new enquiries and for accept links.
    form = tm.add(
        tg.Endpoint(
            "Enquiry form endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="image and video types only, 200 MB cap")},
        )
    )
    # Bucket holding the uploaded photos, videos and extracted frames.
    media_store = tm.add(
        tg.DataStore(
            "Media bucket",
            stores={media, frames},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Decodes the uploaded video with ffmpeg and saves a still every few seconds.
    extractor = tm.add(tg.Service("Video frame extractor"))
    # Builds the prompt, calls the LLM and saves the draft for review.
    drafter = tm.add(tg.Service("Quote drafting service"))
    # The restorer's own parts list with current supplier prices.
    parts_catalogue = tm.add(tg.DataStore("Parts catalogue", stores={catalogue}))
    # Customers, jobs and estimates.
    job_db = tm.add(tg.DataStore("Job database", stores={jobs, contact}))
    # Web app where the restorer reviews, edits and approves drafts and keeps the catalogue.
    workshop_app = tm.add(
        tg.Service(
            "Workshop app",
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="the restorer", note="every estimate before it is e-mailed"
                ),
            },
        )
    )
    # Turns the confirmed parts list of an accepted job into e-mailed orders.
    ordering = tm.add(tg.Service("Parts ordering service"))

# ---------------------------------------------------------------- flows
# Enquiry
tm.flow(customer, form, contact, description, media, protocol="https")
tm.flow(form, media_store, media)
tm.flow(form, job_db, contact, description)
tm.flow(form, drafter, description, label="new enquiry")
tm.flow(media_store, extractor, media)
tm.flow(extractor, media_store, frames)

# Drafting
tm.flow(media_store, drafter, media, frames)
tm.flow(parts_catalogue, drafter, catalogue)
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, job_db, draft)

# Review and sending
tm.flow(job_db, workshop_app, jobs, contact, draft)
tm.flow(media_store, workshop_app, media, frames)
tm.flow(workshop_app, restorer, jobs, draft, media, protocol="https")
tm.flow(restorer, workshop_app, edits, catalogue, protocol="https")
tm.flow(workshop_app, job_db, approved, edits)
tm.flow(workshop_app, parts_catalogue, catalogue)
tm.flow(workshop_app, mailer, approved, contact, protocol="https")
tm.flow(mailer, customer, approved, protocol="smtp")

# Acceptance and parts orders
tm.flow(customer, form, acceptance, protocol="https", label="accept link")
tm.flow(form, job_db, acceptance)
tm.flow(job_db, ordering, jobs, label="accepted jobs")
tm.flow(ordering, suppliers, order, protocol="smtp+starttls")
tm.flow(suppliers, restorer, supplier_reply, protocol="smtp")
