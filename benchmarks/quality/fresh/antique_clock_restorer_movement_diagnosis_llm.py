"""Antique clock restorer's movement-diagnosis assistant: the first design.

A one-person clock restoration workshop in Belgium wants help turning customer
enquiries into repair estimates. Customers fill in a form on the workshop's
website with their contact details, a description of the clock's fault, photos of
the movement and a short phone recording of it ticking. The form and its backend
run in the workshop's small cloud account. A tick analyser measures beat rate and
beat error from the recording, and a diagnosis service sends the description, the
photos, the measurements, similar past repair notes and the parts price list to a
hosted multimodal LLM, which suggests likely faults and parts. The restorer reads
the suggestions in a password-protected workshop dashboard, writes the estimate
himself and e-mails it through a transactional mail provider. Uploads are checked
for type and size, the website is served over HTTPS, storage uses the cloud
provider's managed encryption and nothing reaches a customer without the restorer.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Clock movement diagnosis assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Suggests likely movement faults and parts from customer enquiries, for the restorer's estimate.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Customer enquiry",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, e-mail, address, clock make and age, and the customer's own description of the fault.",
)
job_reference = tg.Data(
    "Job reference acknowledgement", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
photos = tg.Data(
    "Movement photos",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="Photos of the dial, case and movement taken by the customer at home.",
)
tick_audio = tg.Data(
    "Ticking audio recording",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="media",
    description="A 30-60 second phone recording of the movement running.",
)
beat_measurements = tg.Data(
    "Beat measurements",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="features",
    description="Beat rate, beat error and tick regularity measured from the recording.",
)
prompt = tg.Data(
    "Diagnosis prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the enquiry text, photos, beat measurements, past notes and parts list.",
)
suggestions = tg.Data(
    "Suggested faults and parts",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
)
repair_notes = tg.Data(
    "Past repair notes",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
    description="The restorer's notes from finished jobs: movement, faults found, parts fitted, hours.",
)
notes_query = tg.Data("Similar-repair query", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
price_list = tg.Data(
    "Parts price list",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Mainsprings, bushes, suspension springs, pivots and wheels with supplier prices.",
)
estimate = tg.Data(
    "Repair estimate",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The restorer's estimate: work to be done, parts, price and turnaround.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who own an antique clock and want it repaired.
    customer = tm.add(tg.Actor("Customer", role="clock owner"))

with tm.boundary("Workshop cloud account", trust=tg.Trust.INTERNAL):
    # The public enquiry form on the workshop website: the only way in for customers.
    intake = tm.add(
        tg.Endpoint(
            "Enquiry form",
            purpose=tg.EndpointPurpose.API,
            description="Accepts the enquiry text and up to 10 photos and one audio file.",
            controls={tg.controls.InputValidation(note="file type and size checks on uploads")},
        )
    )
    # Holds every enquiry, the measurements, the model's suggestions and the estimate.
    job_db = tm.add(
        tg.DataStore(
            "Job database",
            stores={enquiry, beat_measurements, suggestions, estimate},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Object storage for the customers' photos and recordings.
    media_bucket = tm.add(
        tg.DataStore(
            "Media bucket",
            stores={photos, tick_audio},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Signal processing like a timegrapher: turns the recording into beat figures.
    tick_analyser = tm.add(
        tg.Service(
            "Tick audio analyser",
            description="Decodes the uploaded audio and measures beat rate and beat error.",
        )
    )
    # Assembles the prompt from everything known about the job and calls the LLM.
    diagnosis = tm.add(
        tg.Service(
            "Diagnosis service",
            description="Builds the diagnosis prompt and stores the LLM's suggestions on the job.",
        )
    )
    # The restorer's own past notes, embedded so that similar movements can be found.
    notes_index = tm.add(tg.VectorStore("Repair notes index", stores={repair_notes}))
    # Reference prices for parts, refreshed from the supplier each week.
    parts_catalogue = tm.add(tg.DataStore("Parts catalogue", stores={price_list}))
    # Where the restorer reviews suggestions and writes estimates.
    dashboard = tm.add(
        tg.Service(
            "Workshop dashboard",
            description="Lists new jobs with the suggested faults and parts; the restorer writes the estimate.",
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.HumanInTheLoop(
                    approver="the restorer", note="he writes and sends every estimate himself"
                ),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads text and images; asked for likely faults and the parts they need.",
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail, so estimates do not go out from the restorer's personal mailbox.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Parts supplier", trust=tg.Trust.PARTNER):
    # The horological supplier's downloadable price list.
    supplier_feed = tm.add(
        tg.DataSource("Supplier price feed", origin=tg.Origin.VENDOR, provides={price_list})
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The restorer, who owns the business and makes every estimate.
    restorer = tm.add(tg.Actor("Restorer", role="business owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, intake, enquiry, photos, tick_audio, protocol="https")
tm.flow(intake, customer, job_reference, protocol="https")
tm.flow(intake, job_db, enquiry)
tm.flow(intake, media_bucket, photos, tick_audio)

tm.flow(media_bucket, tick_analyser, tick_audio)
tm.flow(tick_analyser, job_db, beat_measurements)

tm.flow(job_db, diagnosis, enquiry, beat_measurements)
tm.flow(media_bucket, diagnosis, photos)
tm.flow(diagnosis, notes_index, notes_query, label="similarity query")
tm.flow(notes_index, diagnosis, repair_notes, label="similar past repairs")
tm.flow(parts_catalogue, diagnosis, price_list)
tm.flow(diagnosis, llm, prompt, protocol="https")
tm.flow(llm, diagnosis, suggestions, protocol="https")
tm.flow(diagnosis, job_db, suggestions)

tm.flow(supplier_feed, parts_catalogue, price_list, protocol="https", label="weekly price list")

tm.flow(job_db, dashboard, enquiry, beat_measurements, suggestions)
tm.flow(media_bucket, dashboard, photos, tick_audio)
tm.flow(dashboard, restorer, enquiry, suggestions, photos, protocol="https")
tm.flow(
    restorer,
    dashboard,
    estimate,
    repair_notes,
    protocol="https",
    label="estimate and closed-job notes",
)
tm.flow(dashboard, job_db, estimate)
tm.flow(dashboard, notes_index, repair_notes, label="notes of finished jobs")
tm.flow(dashboard, mailer, estimate, protocol="https")
tm.flow(mailer, customer, estimate, protocol="smtp", label="estimate e-mail")
