"""Sportive chip timing and results: the first design, before any security review.

An event company runs amateur road-cycling sportives in the UK and Europe. Riders
register on the event website (name, date of birth, gender, club, emergency
contact) and are given a bib with a timing chip. Mats at the start, checkpoints
and finish read the chips; each mat's decoder posts reads over 4G to an ingestion
service that authenticates it with a per-decoder API key. A gradient-boosted model
trained on past events fills in missed reads and flags riders who appear to have
skipped part of the course. The results service publishes times and age-group
rankings on the public website; course-cut flags wait for an organiser to confirm
them in the admin portal (password and TOTP, role-based, audited), where organisers
also correct results. Event photographers upload photos, a matching service reads
bib numbers from them, and riders buy their photos through a hosted payment page.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Sportive chip timing and results",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chip timing, gap-filling and course-cut flagging, results and photo sales.",
)

# ---------------------------------------------------------------- data assets
registration = tg.Data(
    "Rider registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, gender, club, emergency contact, bib and chip number.",
)
roster = tg.Data(
    "Rider roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bib, chip number, name and age group for each starter.",
)
chip_reads = tg.Data(
    "Chip reads",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Chip number, mat id and timestamp.",
)
history = tg.Data("Historical chip reads", kind="training-data", sensitivity=tg.Sensitivity.PII)
timing_model_artifact = tg.Data("Timing model artifact", format="pickle")
model_output = tg.Data(
    "Filled times and course-cut flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
results = tg.Data(
    "Results and age-group rankings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Published: name, club, time, position and age-group position.",
)
adjustments = tg.Data("Result adjustments", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
review_view = tg.Data(
    "Results and flags for review", kind="records", sensitivity=tg.Sensitivity.PII
)
photos = tg.Data("Event photos", kind="media", sensitivity=tg.Sensitivity.PII)
photo_matches = tg.Data("Photo-bib matches", kind="records", sensitivity=tg.Sensitivity.PII)
photo_search = tg.Data("Photo search and order", kind="records", sensitivity=tg.Sensitivity.PII)
checkout = tg.Data("Checkout session", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Registers, looks up results and buys photos.
    rider = tm.add(tg.Actor("Rider", role="participant"))
    # Event-company staff running the event, often from a laptop at the finish.
    organiser = tm.add(tg.Actor("Event organiser", role="organiser", privileged=True))
    # Freelance photographers on the course.
    photographer = tm.add(tg.Actor("Event photographer", role="photographer"))

with tm.boundary("Course checkpoints", trust=tg.Trust.UNTRUSTED):
    # Mats and decoders left at roadside checkpoints for the day.
    mats = tm.add(
        tg.Device(
            "Checkpoint timing mat decoder",
            fleet=True,
            description="Reads passive chips on bibs and posts reads over 4G.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout; we never see card numbers.
    payments = tm.add(tg.ExternalService("Hosted payment page", provides="generic"))

with tm.boundary("Timing cloud", trust=tg.Trust.INTERNAL):
    # Public site: registration, results pages, photo shop.
    website = tm.add(
        tg.Endpoint(
            "Event website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Organisers' back office.
    admin = tm.add(
        tg.Endpoint(
            "Organiser admin portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.RBAC(),
                c.AuditLogging(),
            },
        )
    )
    # Receives reads from the mat decoders.
    ingestion = tm.add(
        tg.Service(
            "Chip read ingestion service",
            controls={c.Authentication(method="per-decoder API key")},
        )
    )
    # Computes results from reads, model output and organiser corrections.
    results_service = tm.add(
        tg.Service(
            "Results service",
            controls={
                c.HumanInTheLoop(
                    approver="event organiser",
                    note="course-cut flags only; filled times publish directly",
                )
            },
        )
    )
    # Fills missed reads and flags likely course cuts.
    timing_model = tm.add(
        tg.Model(
            "Gap-fill and course-cut model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            description="Gradient-boosted trees over split times and mat sequences.",
        )
    )
    # Retrains the model after each season from stored reads.
    training = tm.add(tg.Pipeline("Timing model training job", stage=tg.Stage.TRAINING))
    # Reads bib numbers from uploaded photos.
    photo_matching = tm.add(tg.Service("Photo bib matching service"))

    with tm.boundary("Event data", trust=tg.Trust.INTERNAL):
        registrations_db = tm.add(tg.DataStore("Registration database", stores={registration}))
        read_store = tm.add(tg.DataStore("Chip read store", stores={chip_reads, history}))
        results_db = tm.add(tg.DataStore("Results database", stores={results, adjustments}))
        photo_store = tm.add(
            tg.DataStore(
                "Photo store",
                stores={photos, photo_matches},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(rider, website, registration, protocol="https")
tm.flow(website, registrations_db, registration)

tm.flow(mats, ingestion, chip_reads, protocol="https")
tm.flow(ingestion, read_store, chip_reads)

tm.flow(read_store, results_service, chip_reads)
tm.flow(registrations_db, results_service, roster)
tm.flow(results_service, timing_model, chip_reads)
tm.flow(timing_model, results_service, model_output)
tm.flow(results_service, results_db, results, adjustments)
tm.flow(results_db, results_service, results, adjustments, label="recompute")

tm.flow(results_db, website, results)
tm.flow(website, rider, results, protocol="https", label="public results pages")

tm.flow(organiser, admin, adjustments, protocol="https")
tm.flow(admin, organiser, review_view, protocol="https")
tm.flow(admin, results_service, adjustments)
tm.flow(results_service, admin, review_view)
tm.flow(registrations_db, admin, registration, label="entry lists")

tm.flow(read_store, training, history)
tm.flow(training, timing_model, timing_model_artifact, label="deploy")

tm.flow(photographer, photo_matching, photos, protocol="https", label="upload")
tm.flow(photo_matching, photo_store, photos, photo_matches)
tm.flow(rider, website, photo_search, protocol="https")
tm.flow(website, photo_store, photo_search, label="search by bib")
tm.flow(photo_store, website, photos, photo_matches)
tm.flow(website, rider, photos, protocol="https", label="previews and purchased downloads")
tm.flow(website, payments, checkout, protocol="https")
tm.flow(payments, website, payment_confirmation, protocol="https", label="webhook")
