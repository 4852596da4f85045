"""Allotment rent arrears and plot inspection model: the first design, before any security review.

A town council lets some 400 allotment plots. Twice a year inspectors walk the
sites and photograph every plot with a council tablet app; the photos go to a
cloud photo store, and a batch job scores each plot's cultivation with a vision
model fine-tuned in-house from open weights on past inspectors' grades. Plots
scoring under the threshold get a warning letter automatically, and tenants in
rent arrears (from the council's revenues system) get reminder letters, both
printed and posted by a hybrid mail provider. Tenants sign in to a portal with
e-mail and password to upload their own photos and a statement to contest a
warning. The allotments officer reviews contests and scores in a case console
(Microsoft 365 sign-in with MFA, roles, audit log) and alone decides whether a
tenancy is terminated. Staff traffic and uploads use TLS; the photo store is
encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Allotment rent arrears and plot inspection model",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Council allotment inspections scored by a vision model, warning and arrears letters, contests.",
)

# ---------------------------------------------------------------- data assets
plot_photos = tg.Data(
    "Inspection plot photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Geotagged photos per plot number; tenants or neighbours are sometimes in shot.",
)
contest_photos = tg.Data(
    "Tenant contest photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photos the tenant took of their own plot, uploaded from any phone.",
)
contest_statement = tg.Data(
    "Tenant contest statement",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text: illness, bad weather, work done since the inspection.",
)
cultivation_score = tg.Data(
    "Plot cultivation score",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="0-100 per plot, linked to the tenancy through the plot number.",
)
tenancies = tg.Data(
    "Allotment tenancy records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Tenant names, addresses, plot numbers, scores, warnings and termination status.",
)
arrears = tg.Data(
    "Allotment rent arrears",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Nightly extract of unpaid allotment rent per tenant.",
)
warning_list = tg.Data(
    "Plots below cultivation threshold", kind="records", sensitivity=tg.Sensitivity.PII
)
letters = tg.Data(
    "Warning and arrears letters",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Non-cultivation warnings, rent reminders and termination notices.",
)
termination = tg.Data(
    "Termination decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The officer's decision to end or keep a tenancy, with reasons.",
)
contest_status = tg.Data("Contest status", kind="records", sensitivity=tg.Sensitivity.PII)
training_set = tg.Data(
    "Graded plot photos",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Past inspection photos with the inspector's 1-5 grade.",
)
weights = tg.Data(
    "Cultivation model checkpoint", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Allotment holders: receive letters, may contest a warning with their own photos.
    tenant = tm.add(tg.Actor("Allotment tenant", role="tenant"))

with tm.boundary("Hybrid mail provider", trust=tg.Trust.PARTNER):
    # Prints and posts the letters the council generates.
    mail_provider = tm.add(
        tg.ExternalService(
            "Hybrid mail provider", description="Print-and-post service with an upload API."
        )
    )

with tm.boundary("Allotment sites", trust=tg.Trust.INTERNAL):
    # Council staff who photograph the plots in spring and late summer.
    inspector = tm.add(tg.Actor("Allotment inspector", role="inspector"))
    # Council-issued tablets running the inspection app.
    tablet = tm.add(
        tg.Device(
            "Inspection tablet app",
            fleet=True,
            description="Captures photos per plot number and uploads them when back on Wi-Fi.",
            controls={c.Authentication(method="council Microsoft 365 sign-in")},
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Portal where tenants sign in and upload contest photos and a statement.
    portal = tm.add(
        tg.Endpoint(
            "Tenant contest portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="JPEG/PNG only, 10 MB per file, 10 files per contest"),
            },
        )
    )
    # Holds inspection and contest photos.
    photo_store = tm.add(
        tg.DataStore(
            "Plot photo store",
            stores={plot_photos, contest_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs after each inspection round and on new contest photos.
    scoring_job = tm.add(
        tg.Service(
            "Cultivation scoring batch job",
            description="Scores each plot, writes the score to the tenancy record, queues warnings.",
        )
    )
    # The vision model that turns photos into a cultivation score.
    vision_model = tm.add(
        tg.Model(
            "Plot cultivation vision model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
            high_stakes=True,
            description="Open-weights image backbone fine-tuned on past graded photos; below 40 triggers a warning.",
        )
    )
    # Generates warning, arrears and termination letters and sends them for posting.
    letter_service = tm.add(
        tg.Service(
            "Letter generation service",
            description="Fills letter templates from the warning list, arrears extract and officer decisions.",
        )
    )
    # The allotments register: who holds which plot, scores, warnings, status.
    tenancy_db = tm.add(tg.DataStore("Allotment tenancy register", stores={tenancies}))
    # Officer's view of plots, scores, photos and contests.
    console = tm.add(
        tg.Service(
            "Allotments case console",
            controls={
                c.Authentication(method="Microsoft 365 SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(),
                c.HumanInTheLoop(approver="allotments officer", note="terminations only"),
            },
        )
    )
    # Graded photos used to fine-tune the vision model.
    dataset = tm.add(tg.Dataset("Graded plot photo set", stores={training_set}))
    # Occasional fine-tuning run by the council's data team.
    training = tm.add(
        tg.Pipeline(
            "Cultivation model fine-tuning", stage=tg.Stage.FINE_TUNING, third_party_packages=True
        )
    )

with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # Council finance system holding allotment rent accounts.
    revenues = tm.add(tg.DataStore("Council revenues system", stores={arrears}))
    # Decides on contests and terminations.
    officer = tm.add(tg.Actor("Allotments officer", role="allotments officer", privileged=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2")

tm.flow(inspector, tablet, plot_photos, label="photographs plots")
tm.flow(tablet, photo_store, plot_photos, protocol="https", controls={tls})

tm.flow(photo_store, scoring_job, plot_photos, contest_photos)
tm.flow(scoring_job, vision_model, plot_photos, contest_photos)
tm.flow(vision_model, scoring_job, cultivation_score)
tm.flow(tenancy_db, scoring_job, tenancies, label="plot to tenant lookup")
tm.flow(scoring_job, tenancy_db, cultivation_score)
tm.flow(scoring_job, letter_service, warning_list)

tm.flow(revenues, letter_service, arrears, protocol="sftp", label="nightly arrears extract")
tm.flow(tenancy_db, letter_service, tenancies, label="names and addresses")
tm.flow(letter_service, mail_provider, letters, protocol="https", controls={tls})
tm.flow(mail_provider, tenant, letters, protocol="post")

tm.flow(tenant, portal, contest_photos, contest_statement, protocol="https", controls={tls})
tm.flow(portal, tenant, contest_status, protocol="https", controls={tls})
tm.flow(portal, photo_store, contest_photos)
tm.flow(portal, console, contest_statement)
tm.flow(console, portal, contest_status)

tm.flow(tenancy_db, console, tenancies, cultivation_score)
tm.flow(photo_store, console, plot_photos, contest_photos)
tm.flow(
    console,
    officer,
    tenancies,
    plot_photos,
    contest_photos,
    contest_statement,
    protocol="https",
    controls={tls},
)
tm.flow(
    officer,
    console,
    termination,
    protocol="https",
    controls={tls},
    label="contest outcome and termination",
)
tm.flow(console, tenancy_db, termination)
tm.flow(console, letter_service, termination, label="termination notice")

tm.flow(photo_store, dataset, plot_photos, label="past rounds with inspector grades")
tm.flow(dataset, training, training_set)
tm.flow(training, vision_model, weights, label="deploy checkpoint")
