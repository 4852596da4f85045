"""Mountain bothy visitor logbook transcription: the first design, before any security review.

The charity looks after about a hundred unlocked mountain shelters (bothies), each
with a paper visitor logbook where walkers write their names, where they came
from, how many stayed and anything broken or missing. Maintenance volunteers
photograph the new pages on their visits and upload them from their phones to a
small upload portal, signing in with their e-mail address and a password. A
nightly job sends each photo to a hosted multimodal LLM that transcribes the
handwriting into entries; a weekly job has the same model summarise, per bothy,
visitor-nights and reported damage. The maintenance organiser reads the summaries
in a dashboard (Microsoft 365 sign-in with MFA), checks entries against the
photos, corrects transcriptions and turns damage reports into maintenance tasks,
and gets the weekly summary by e-mail. Everything but the model runs in the
charity's cloud account; the LLM vendor's data-retention terms were reviewed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mountain bothy visitor logbook transcription",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Transcribes photographed bothy logbooks and summarises usage and damage "
    "for the maintenance organiser.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Logbook page photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of handwritten pages: visitors' names, home towns, group sizes, "
    "comments.",
)
upload_details = tg.Data(
    "Upload details",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which bothy, date of the visit, pages covered, volunteer id.",
)
instructions = tg.Data(
    "Transcription instructions",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Prompt asking for one JSON record per entry: date, names, party size, "
    "nights, damage noted.",
)
entries = tg.Data(
    "Transcribed logbook entries",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
summary_prompt = tg.Data(
    "Summary prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A week's entries for one bothy with its register details.",
)
summary = tg.Data(
    "Usage and damage summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Visitor-nights per bothy and the damage reports found, quoting the entries.",
)
register = tg.Data(
    "Bothy register",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bothies, grid references, assigned maintenance officers, known issues.",
)
corrections = tg.Data("Transcription corrections", kind="records", sensitivity=tg.Sensitivity.PII)
tasks = tg.Data("Maintenance tasks", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
digest = tg.Data("Weekly summary e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers who visit the bothies and photograph the logbooks on their own phones.
    volunteer = tm.add(tg.Actor("Maintenance volunteer", role="bothy maintenance volunteer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the handwriting and writes the summaries; called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model.",
            controls={
                c.SupplierAssessment(
                    note="API terms checked: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # The charity's mail provider, used to send the weekly summary.
    mailer = tm.add(tg.ExternalService("E-mail service", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Web form volunteers upload page photos to.
    portal = tm.add(
        tg.Endpoint(
            "Logbook upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail address and password"),
                c.InputValidation(note="JPEG and HEIC only, 20 MB per photo"),
            },
        )
    )
    # Object storage bucket holding every uploaded photo, the source of truth.
    photo_store = tm.add(
        tg.DataStore(
            "Logbook photo store",
            stores={photos, upload_details},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Sends each new photo to the LLM and stores the entries it returns.
    transcriber = tm.add(
        tg.Service(
            "Nightly transcription job",
            description="Picks up photos uploaded that day and transcribes them page by page.",
        )
    )
    # Transcribed entries, with any corrections the organiser makes.
    entry_db = tm.add(tg.DataStore("Logbook entry database", stores={entries, corrections}))
    # Reference list of bothies the summaries are grouped by.
    register_db = tm.add(tg.DataStore("Bothy register database", stores={register}))
    # Builds the per-bothy summaries once a week.
    summariser = tm.add(
        tg.Service(
            "Weekly summary job",
            description="Asks the LLM for visitor-nights and damage reports per bothy.",
        )
    )
    # Summaries kept for the dashboard and year-on-year comparisons.
    summary_store = tm.add(tg.DataStore("Summary store", stores={summary}))
    # What the organiser works in: summaries, entries beside their photos, corrections, tasks.
    dashboard = tm.add(
        tg.Service(
            "Organiser dashboard",
            controls={c.Authentication(method="Microsoft 365 account with MFA")},
        )
    )
    # Jobs for maintenance volunteers arising from reported damage.
    task_list = tm.add(tg.DataStore("Maintenance task list", stores={tasks}))

with tm.boundary("Charity staff", trust=tg.Trust.INTERNAL):
    # Plans work parties and repairs from the summaries.
    organiser = tm.add(tg.Actor("Maintenance organiser", role="maintenance organiser"))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, portal, photos, upload_details, protocol="https")
tm.flow(portal, photo_store, photos, upload_details)

tm.flow(photo_store, transcriber, photos, upload_details, label="nightly batch")
tm.flow(transcriber, llm, photos, instructions, protocol="https")
tm.flow(llm, transcriber, entries, protocol="https")
tm.flow(transcriber, entry_db, entries)

tm.flow(entry_db, summariser, entries, corrections, label="weekly batch")
tm.flow(register_db, summariser, register)
tm.flow(summariser, llm, summary_prompt, protocol="https")
tm.flow(llm, summariser, summary, protocol="https")
tm.flow(summariser, summary_store, summary)
tm.flow(summariser, mailer, digest, protocol="https")
tm.flow(mailer, organiser, digest, protocol="smtp")

tm.flow(summary_store, dashboard, summary)
tm.flow(entry_db, dashboard, entries, corrections)
tm.flow(photo_store, dashboard, photos, upload_details)
tm.flow(register_db, dashboard, register)
tm.flow(dashboard, organiser, summary, entries, photos, protocol="https")
tm.flow(organiser, dashboard, corrections, tasks, register, protocol="https")
tm.flow(dashboard, entry_db, corrections)
tm.flow(dashboard, register_db, register, label="updates known issues")
tm.flow(dashboard, task_list, tasks)
tm.flow(task_list, dashboard, tasks)
