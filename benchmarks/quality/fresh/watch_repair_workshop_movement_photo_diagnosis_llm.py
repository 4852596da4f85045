"""Watch repair workshop: movement-photo diagnosis with a multimodal LLM (first design).

Customers of an independent watch repair workshop in the EU open the back of their
watch (or have a jeweller do it), photograph the movement and describe the fault on
the workshop's repair intake portal, leaving their name and e-mail address. The
photos go to a cloud bucket and the request becomes a job in the workshop
management system. A diagnosis service sends the photos and the fault description,
with the workshop's parts catalogue, to a hosted multimodal LLM, which suggests the
likely repair and the parts it needs. A watchmaker at the bench reviews every
suggestion against the photos, corrects it and confirms the estimate; nothing goes
to the customer unconfirmed. Estimates are e-mailed through a transactional e-mail
provider, with a link back to the portal to accept. Controls in this design: TLS on
the web links, file checks on upload, encrypted storage, staff sign-in to the
workshop system and the watchmaker's confirmation of each estimate.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Watch repair workshop photo diagnosis",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Customers upload movement photos; a multimodal LLM suggests the repair "
    "and parts; a watchmaker confirms; estimates are e-mailed.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Movement photos",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Close-ups of the open movement; may show serial and case numbers.",
)
repair_request = tg.Data(
    "Repair request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, e-mail address, watch make and model, fault description.",
)
diagnosis_prompt = tg.Data(
    "Diagnosis prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the fault description, the photos and candidate parts.",
)
suggestion = tg.Data(
    "Suggested repair and parts", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
catalogue = tg.Data(
    "Parts catalogue and prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
jobs = tg.Data(
    "Repair job records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
estimate = tg.Data("Confirmed estimate", kind="records", sensitivity=tg.Sensitivity.PII)
estimate_email = tg.Data("Estimate e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
acceptance = tg.Data("Estimate acceptance", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any member of the public can submit a repair request; no account is needed.
    customer = tm.add(tg.Actor("Customer", role="watch owner"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the photos and the description and proposes the likely fault and parts.
    llm = tm.add(
        tg.LLM(
            "Multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="A hosted vision-capable chat model called over the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Delivers the estimate e-mails the workshop system composes.
    mailer = tm.add(
        tg.ExternalService(
            "Transactional e-mail service",
            description="SaaS e-mail delivery API with the workshop's sending domain.",
        )
    )

with tm.boundary("Workshop cloud account", trust=tg.Trust.INTERNAL):
    # The public web form where requests and photos come in and estimates are accepted.
    portal = tm.add(
        tg.Endpoint(
            "Repair intake portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="JPEG/PNG/HEIC only, 15 MB per photo, 8 photos")},
        )
    )
    # Keeps the uploaded photos for the watchmaker and the diagnosis.
    photo_store = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt from the job, photos and catalogue and records the suggestion.
    diagnosis = tm.add(
        tg.Service(
            "Diagnosis service",
            description="Calls the LLM for each new job and attaches the suggestion to it.",
            controls={
                c.HumanInTheLoop(
                    approver="the watchmaker",
                    note="every suggestion is reviewed and corrected before an estimate is sent",
                )
            },
        )
    )
    # Movements, calibres and parts with their prices, used to ground the suggestion.
    parts = tm.add(tg.DataStore("Parts catalogue", stores={catalogue}))
    # The system of record for jobs, estimates and customer contacts; sends the e-mails.
    workshop = tm.add(
        tg.Service(
            "Workshop management system",
            description="Job tracking, estimates, invoices; staff use it in the browser.",
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={jobs, estimate},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Workshop premises", trust=tg.Trust.INTERNAL):
    # Confirms or corrects the suggested repair and sets the estimate.
    watchmaker = tm.add(tg.Actor("Watchmaker", role="watchmaker"))
    # Runs the business: maintains the parts catalogue and prices.
    owner = tm.add(tg.Actor("Workshop owner", role="owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, repair_request, photos, protocol="https")
tm.flow(portal, photo_store, photos)
tm.flow(portal, workshop, repair_request, label="creates job")
tm.flow(workshop, job_db, jobs, estimate)
tm.flow(job_db, workshop, jobs, estimate)

tm.flow(workshop, diagnosis, repair_request, label="new job")
tm.flow(photo_store, diagnosis, photos)
tm.flow(parts, diagnosis, catalogue)
tm.flow(diagnosis, llm, diagnosis_prompt, protocol="https")
tm.flow(llm, diagnosis, suggestion, protocol="https")
tm.flow(diagnosis, workshop, suggestion, label="attach to job")

tm.flow(workshop, watchmaker, suggestion, repair_request, protocol="https")
tm.flow(photo_store, watchmaker, photos, protocol="https")
tm.flow(watchmaker, workshop, estimate, protocol="https", label="confirms repair and estimate")
tm.flow(owner, parts, catalogue, protocol="https", label="updates parts and prices")

tm.flow(workshop, mailer, estimate_email, protocol="https")
tm.flow(mailer, customer, estimate_email, protocol="smtp")
tm.flow(customer, portal, acceptance, protocol="https", label="accept link in e-mail")
tm.flow(portal, workshop, acceptance)
