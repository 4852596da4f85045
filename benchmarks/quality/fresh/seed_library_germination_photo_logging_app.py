"""Seed library germination photo logging: the first design.

A volunteer-run community seed library in the EU lends seed packets to members.
Members log each sowing in a phone app (batch, seeds sown, date, rough location)
and later upload photos of the seedling trays. A vision model, open weights
fine-tuned by a volunteer, counts seedlings in each photo; a nightly scoring job
turns counts into germination rates per seed batch and flags batches that fall
below the library's threshold for withdrawal. Volunteer curators review the flags
and edit the batch records in a curation console; only a curator withdraws a
batch. A public catalogue website shows the varieties available and their
germination scores. Everything runs in one small cloud project. Controls in this
design: member and curator sign-in, role-based access in the console, upload
checks on photos, TLS on external links, and a curator decision on withdrawals.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Seed library germination photo logging app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Members log sowings and seedling photos; a vision model scores germination per seed batch.",
)

# ---------------------------------------------------------------- data assets
member_account = tg.Data(
    "Member account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, borrowing history.",
)
sowing_log = tg.Data(
    "Sowing log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, seed batch, seeds sown, sowing date, postcode area.",
)
photo = tg.Data(
    "Seedling tray photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photo; may carry location metadata and show a garden or a person.",
)
count = tg.Data("Seedling count estimate", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
germination = tg.Data(
    "Batch germination rate and withdrawal flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
batch_record = tg.Data(
    "Seed batch record",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Variety, donor grower, harvest year, stock, germination score, status.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
curation = tg.Data(
    "Curator edits and withdrawal decisions", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
listing = tg.Data("Catalogue listing", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
search = tg.Data("Catalogue search", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
weights = tg.Data(
    "Seedling counter weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="PyTorch checkpoint of the fine-tuned detector.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Library members who borrow seed and report how it grew.
    member = tm.add(tg.Actor("Member", role="library member"))
    # The members' phone app (Android and iOS).
    app = tm.add(tg.Device("Member phone app", fleet=True))
    # Anyone browsing what the library can lend.
    visitor = tm.add(tg.Actor("Catalogue visitor", role="public"))

with tm.boundary("Volunteer laptops", trust=tg.Trust.INTERNAL):
    # Volunteers who look after batch records and decide withdrawals.
    curator = tm.add(tg.Actor("Volunteer curator", role="curator"))
    # The volunteer who fine-tuned the model and uploads new weights.
    maintainer = tm.add(tg.Actor("Volunteer maintainer", role="ml maintainer", privileged=True))

with tm.boundary("Library cloud project", trust=tg.Trust.INTERNAL):
    # Backend for the app: sign-in, sowing logs and photo uploads.
    member_api = tm.add(
        tg.Endpoint(
            "Member API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail magic link"),
                c.InputValidation(note="JPEG/HEIC only, 10 MB size cap"),
            },
        )
    )
    # Bucket of uploaded seedling photos.
    photo_store = tm.add(tg.DataStore("Photo bucket", stores={photo}))
    # Members, sowing logs, batch records and catalogue data in one Postgres.
    library_db = tm.add(
        tg.DataStore(
            "Library database",
            stores={member_account, sowing_log, batch_record, germination, count, curation},
        )
    )
    # Counts seedlings in a tray photo.
    counter = tm.add(
        tg.Model(
            "Seedling counting model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights object detector fine-tuned on the library's own tray photos.",
        )
    )
    # Bucket folder the model weights are loaded from.
    registry = tm.add(tg.ModelRegistry("Model weights bucket", stores={weights}))
    # Nightly: runs the model on new photos, computes rates per batch, sets flags.
    scoring_job = tm.add(
        tg.Service(
            "Nightly germination scoring job",
            controls={
                c.HumanInTheLoop(
                    approver="volunteer curator",
                    note="the job only flags; a curator withdraws the batch",
                )
            },
        )
    )
    # Web console where curators review flags and edit batch records.
    console = tm.add(
        tg.Service(
            "Curation console",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # Public website listing available varieties and germination scores.
    catalogue = tm.add(tg.Service("Public catalogue site", internet_facing=True))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Members logging sowings and photos
tm.flow(member, app, sowing_log, photo, label="logs sowing, takes photo")
tm.flow(app, member, sowing_log, batch_record, label="my sowings and batch info")
tm.flow(app, member_api, sowing_log, photo, member_account, protocol="https", controls={tls})
tm.flow(member_api, app, sowing_log, batch_record, protocol="https", controls={tls})
tm.flow(member_api, photo_store, photo)
tm.flow(member_api, library_db, sowing_log, member_account)
tm.flow(library_db, member_api, sowing_log, batch_record, member_account)

# Germination scoring
tm.flow(
    maintainer, registry, weights, protocol="https", controls={tls}, label="uploads new weights"
)
tm.flow(registry, counter, weights, label="load at job start")
tm.flow(photo_store, scoring_job, photo)
tm.flow(library_db, scoring_job, sowing_log, batch_record)
tm.flow(scoring_job, counter, photo)
tm.flow(counter, scoring_job, count)
tm.flow(scoring_job, library_db, count, germination)

# Curation
tm.flow(curator, console, curation, protocol="https", controls={tls})
tm.flow(
    console, curator, batch_record, germination, sowing_log, photo, protocol="https", controls={tls}
)
tm.flow(library_db, console, batch_record, germination, sowing_log)
tm.flow(photo_store, console, photo, label="flagged batch photos")
tm.flow(console, library_db, curation, batch_record)

# Public catalogue
tm.flow(library_db, catalogue, batch_record, germination)
tm.flow(catalogue, visitor, listing, protocol="https", controls={tls})
tm.flow(visitor, catalogue, search, protocol="https", controls={tls}, label="browse and search")
