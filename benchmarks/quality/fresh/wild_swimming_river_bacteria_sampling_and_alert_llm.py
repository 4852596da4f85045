"""River swim-spot water quality advice: the first design, before any security review.

A volunteer river swimming campaign group samples the water at its swim spots.
Volunteers send their bottles to an accredited lab and upload the lab's result
sheet (E. coli and intestinal enterococci counts) through a small web app the
group runs on a cloud host; volunteers sign in with an e-mail and password and
uploads must match the lab's CSV template. Once a week a scheduled job combines
each spot's latest results with public rainfall readings and the water
company's storm overflow spill alerts, and asks a hosted LLM to write
plain-language swim advice per spot. The drafts wait in the app until the
campaign coordinator reads them beside the raw numbers, edits and approves
them; only approved advice goes on the group's public map and to the mailing
list provider, which sends it to subscribers. The database uses the cloud
host's default encryption at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "River swim-spot water quality advice",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Weekly LLM-drafted, coordinator-approved swim advice from volunteer bacteria samples.",
)

# ---------------------------------------------------------------- data assets
volunteer_login = tg.Data(
    "Volunteer sign-in credentials", sensitivity=tg.Sensitivity.PII, kind="credentials"
)
lab_sheet = tg.Data(
    "Lab result sheet",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="CSV from the accredited lab: spot, sample date and time, bacteria counts.",
)
upload_status = tg.Data("Upload status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
results = tg.Data(
    "Sample results",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
volunteers = tg.Data(
    "Volunteer accounts",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail addresses, phone numbers and password hashes of samplers.",
)
rainfall = tg.Data("Rainfall readings", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
spills = tg.Data("Storm overflow spill alerts", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
prompt = tg.Data(
    "Spot advice prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Writing instructions plus one spot's recent counts, rainfall and spill events.",
)
draft = tg.Data("Draft swim advice", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
coordinator_login = tg.Data(
    "Coordinator sign-in credentials", sensitivity=tg.Sensitivity.PII, kind="credentials"
)
approval = tg.Data(
    "Coordinator edits and approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
advice = tg.Data(
    "Approved swim advice",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
subscribers = tg.Data("Subscriber e-mail addresses", sensitivity=tg.Sensitivity.PII, kind="records")
newsletter = tg.Data(
    "Weekly swim advice e-mail", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Campaign volunteers who take the samples and upload the lab's results from home.
    volunteer = tm.add(tg.Actor("Volunteer sampler", role="volunteer"))
    # The one person who approves advice before anyone outside sees it.
    coordinator = tm.add(tg.Actor("Campaign coordinator", role="coordinator", privileged=True))
    # Swimmers reading the map or subscribed to the mailing list.
    swimmer = tm.add(tg.Actor("Swimmer", role="member of the public"))

with tm.boundary("Public data feeds", trust=tg.Trust.UNTRUSTED):
    # Rainfall matters: counts jump after heavy rain, so advice looks at it.
    rain_feed = tm.add(
        tg.DataSource(
            "Environment agency rainfall API",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={rainfall},
        )
    )
    # Spills upstream of a spot are the main reason to warn swimmers between samples.
    spill_feed = tm.add(
        tg.DataSource(
            "Water company storm overflow feed",
            origin=tg.Origin.PUBLIC_DATASET,
            provides={spills},
        )
    )

with tm.boundary("Group cloud app", trust=tg.Trust.INTERNAL):
    # Where volunteers sign in and upload result sheets.
    upload = tm.add(
        tg.Endpoint(
            "Results upload portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.SchemaEnforcement(note="the sheet must match the lab's CSV template"),
            },
        )
    )
    # Holds every sample result and the volunteers' accounts.
    results_db = tm.add(
        tg.DataStore(
            "Sampling database",
            stores={results, volunteers},
            controls={c.EncryptionAtRest(key_management="cloud host default keys")},
        )
    )
    # Weekly scheduled job: builds one prompt per spot and stores the drafts.
    generator = tm.add(
        tg.Service(
            "Weekly advice generator",
            description="Cron job; calls the LLM once per swim spot with the vendor API key from an environment variable.",
        )
    )
    # Drafts wait here until the coordinator has looked at them.
    drafts = tm.add(tg.DataStore("Advice drafts", stores={draft, advice}))
    # The coordinator's page: drafts next to the raw counts, edit, approve, publish.
    review = tm.add(
        tg.Endpoint(
            "Advice review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(approver="the campaign coordinator"),
            },
        )
    )
    # The public map of swim spots with this week's advice.
    public_map = tm.add(tg.Endpoint("Public swim map site", purpose=tg.EndpointPurpose.API))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the plain-language advice; the group has no model of its own.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mailing list provider", trust=tg.Trust.PARTNER):
    # Hosted newsletter service that keeps the subscriber list and sends the e-mail.
    mailer = tm.add(tg.ExternalService("Mailing list service"))

# ---------------------------------------------------------------- flows
tm.flow(volunteer, upload, volunteer_login, lab_sheet, protocol="https")
tm.flow(upload, volunteer, upload_status, protocol="https")
tm.flow(upload, results_db, results, label="parsed results")
tm.flow(results_db, upload, volunteers, label="sign-in check")

tm.flow(rain_feed, generator, rainfall, protocol="https")
tm.flow(spill_feed, generator, spills, protocol="https")
tm.flow(results_db, generator, results)
tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, draft, protocol="https")
tm.flow(generator, drafts, draft)

tm.flow(coordinator, review, coordinator_login, approval, protocol="https")
tm.flow(drafts, review, draft)
tm.flow(results_db, review, results, label="raw counts beside each draft")
tm.flow(review, coordinator, draft, results, protocol="https")
tm.flow(review, drafts, advice, label="approved version")

tm.flow(review, public_map, advice, label="publish")
tm.flow(public_map, swimmer, advice, protocol="https")
tm.flow(review, mailer, advice, protocol="https", label="weekly campaign")
tm.flow(swimmer, mailer, subscribers, protocol="https", label="sign-up form")
tm.flow(mailer, swimmer, newsletter, protocol="smtp")
