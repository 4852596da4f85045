"""Guide dog charity: puppy walker progress summaries, the first design.

Volunteer puppy walkers raise guide dog puppies at home for about a year. Each
week they post a progress note, photos and short videos of their puppy from the
charity's phone app, signing in with their e-mail address and a password. An
upload API in the charity's cloud tenancy stores the notes in the puppy progress
database and the media in an object store. Once a month a scheduled job gathers
each puppy's notes and a handful of its photos and asks a hosted LLM for a
one-page summary of the month, which it saves beside the notes.
Puppy development supervisors read the summaries, notes and media in a staff
portal (Microsoft 365 sign-in with MFA) and decide which puppies go forward to
formal training; the decision is recorded in the dog records system, and the
portal e-mails feedback to the walker through a mail provider. The summary only
advises: the supervisor reads the notes and makes every progression decision.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Guide dog puppy walker progress summaries",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Monthly LLM summaries of volunteer puppy walkers' weekly notes and media "
    "for the supervisors who choose puppies for formal training.",
)

# ---------------------------------------------------------------- data assets
progress_note = tg.Data(
    "Weekly progress note",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text on the puppy's behaviour, health, socialisation outings and "
    "the walker's household; names the walker and often family members.",
)
puppy_media = tg.Data(
    "Puppy photos and videos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Taken in walkers' homes and out and about; may show walkers, children and addresses.",
)
puppy_profile = tg.Data(
    "Puppy profile",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Name, litter, date of birth, walker assignment, previous months' summaries.",
)
walker_details = tg.Data(
    "Walker contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, home address, phone number and e-mail address of each volunteer.",
)
summary_prompt = tg.Data(
    "Monthly summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the month's notes and up to five photos of one puppy.",
)
monthly_summary = tg.Data(
    "Monthly progress summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
training_decision = tg.Data(
    "Formal training decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Go forward, hold back a month, or withdraw, with the supervisor's reasons.",
)
walker_feedback = tg.Data(
    "Walker feedback e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
llm_api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The volunteers: several hundred, recruited locally, not staff.
    walker = tm.add(tg.Actor("Puppy walker", role="volunteer"))
    # Our phone app on the walkers' own phones; it keeps a signed-in session.
    walker_app = tm.add(
        tg.Device(
            "Puppy walker phone app",
            fleet=True,
            description="iOS and Android app for weekly notes, photos and videos.",
        )
    )

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # The only component walkers reach: takes uploads and shows each walker their puppy.
    upload_api = tm.add(
        tg.Endpoint(
            "Progress upload API",
            purpose=tg.EndpointPurpose.API,
            description="Accepts notes and media from the app and returns the walker's "
            "own puppy profile and past notes.",
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.InputValidation(
                    note="JPEG, HEIC and MP4 only; photos up to 20 MB, videos up to 60 seconds"
                ),
            },
        )
    )
    # Object storage for the photos and videos.
    media_store = tm.add(
        tg.DataStore(
            "Puppy media bucket",
            stores={puppy_media},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Notes, puppy profiles, walker details and the saved monthly summaries.
    progress_db = tm.add(
        tg.DataStore(
            "Puppy progress database",
            stores={progress_note, puppy_profile, walker_details, monthly_summary},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.DataVersioning(note="nightly backups kept 30 days"),
            },
        )
    )
    # Builds one prompt per puppy on the first of the month and saves the answer.
    summary_job = tm.add(
        tg.Service(
            "Monthly summary job",
            description="Scheduled function; reads the LLM API key from the cloud secret store.",
            controls={tg.controls.SecretsManagement(note="API key in the cloud secret store")},
        )
    )
    # Where the key for the LLM vendor lives.
    secret_store = tm.add(tg.DataStore("Cloud secret store", stores={llm_api_key}))
    # Staff web app for supervisors.
    portal = tm.add(
        tg.Endpoint(
            "Supervisor portal",
            purpose=tg.EndpointPurpose.API,
            description="Lists puppies with their monthly summary, notes and media; "
            "records the training decision and sends the walker feedback.",
            controls={
                tg.controls.Authentication(method="Microsoft 365 single sign-on with MFA"),
                tg.controls.RBAC(note="supervisor and admin roles"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose multimodal model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Summarises a puppy's month from the walker's notes and photos.",
            controls={
                tg.controls.SupplierAssessment(
                    note="business API terms reviewed: no training on our data, 30-day retention"
                ),
                tg.controls.HumanInTheLoop(
                    approver="puppy development supervisor",
                    note="the summary only advises; the supervisor reads the notes and decides",
                ),
            },
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service the portal sends through.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Charity head office", trust=tg.Trust.INTERNAL):
    # Staff who assess the puppies and decide who goes to formal training.
    supervisor = tm.add(tg.Actor("Puppy development supervisor", role="supervisor"))
    # The charity's existing system of record for every dog from birth to retirement.
    dog_records = tm.add(
        tg.DataStore(
            "Dog records system",
            stores={training_decision, puppy_profile},
            controls={tg.controls.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(walker, walker_app, progress_note, puppy_media, label="typed and filmed on the phone")
tm.flow(walker_app, walker, puppy_profile, progress_note, label="shown on the phone")
tm.flow(walker_app, upload_api, progress_note, puppy_media, protocol="https", controls={tls})
tm.flow(upload_api, walker_app, puppy_profile, progress_note, protocol="https", controls={tls})
tm.flow(upload_api, progress_db, progress_note, label="save note")
tm.flow(progress_db, upload_api, puppy_profile, progress_note, label="walker's own puppy")
tm.flow(upload_api, media_store, puppy_media, label="save media")

tm.flow(progress_db, summary_job, progress_note, puppy_profile, label="monthly batch")
tm.flow(media_store, summary_job, puppy_media, label="monthly batch")
tm.flow(secret_store, summary_job, llm_api_key)
tm.flow(summary_job, llm, summary_prompt, protocol="https")
tm.flow(llm, summary_job, monthly_summary, protocol="https")
tm.flow(summary_job, progress_db, monthly_summary)

tm.flow(progress_db, portal, monthly_summary, progress_note, puppy_profile, walker_details)
tm.flow(media_store, portal, puppy_media)
tm.flow(portal, supervisor, monthly_summary, progress_note, puppy_media, protocol="https")
tm.flow(supervisor, portal, training_decision, walker_feedback, protocol="https")
tm.flow(portal, dog_records, training_decision, protocol="https")
tm.flow(dog_records, portal, puppy_profile, protocol="https")
tm.flow(portal, mail, walker_feedback, protocol="https")
tm.flow(mail, walker, walker_feedback, protocol="smtp")
