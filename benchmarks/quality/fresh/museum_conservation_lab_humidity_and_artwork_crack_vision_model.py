"""Museum conservation lab: gallery climate monitoring and crack detection on panel paintings.

Battery humidity and temperature sensors in every gallery publish readings over MQTT
on the gallery sensor VLAN to a monitoring service in the museum's server room, which
keeps them in a time-series store. Once a week fixed high-resolution cameras
photograph each panel painting and drop the images on a file share; an ingest job
archives them and runs an in-house vision model that flags new or growing cracks
against the previous week's image. Conservators in the studio review every flag in
a web app (museum Microsoft 365 sign-in with MFA), next to the climate history, and
their confirmations become labels for periodic retraining. Confirmed changes go into
condition reports in the loans database of the collections management system, which
the web app e-mails to the registrars of borrowing museums; their arrival checks come
back the same way. Role-based access guards the web app and the loans database, and
the image archive and loans database are backed up nightly.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Conservation lab crack and climate monitoring",
    profile=tg.RiskProfile.LOW,
    description=(
        "Weekly crack detection on panel paintings and gallery humidity monitoring, "
        "reviewed by conservators and reported to borrowing museums."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Gallery humidity and temperature readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
photographs = tg.Data(
    "Panel painting photographs",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Weekly high-resolution raking-light images of each panel painting.",
)
crack_flags = tg.Data(
    "Crack flags",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Regions with a new or growing crack, with the model's confidence.",
)
review_decisions = tg.Data("Conservator review decisions", kind="records")
crack_labels = tg.Data(
    "Confirmed crack labels",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
model_weights = tg.Data("Crack model weights", sensitivity=tg.Sensitivity.INTERNAL, format="pickle")
condition_reports = tg.Data(
    "Condition reports",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Condition of each loaned work, with photographs and the loan terms.",
)
arrival_reports = tg.Data(
    "Arrival condition checks",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Borrowers' own condition checks when a work arrives or leaves.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Gallery sensor network", trust=tg.Trust.INTERNAL):
    # Battery sensors, one or two per gallery, on their own VLAN.
    sensors = tm.add(tg.Device("Gallery humidity and temperature sensors", fleet=True))
    # Fixed cameras on stands in front of each panel painting.
    cameras = tm.add(tg.Device("Painting cameras", fleet=True))

with tm.boundary("Museum server room", trust=tg.Trust.INTERNAL):
    # Collects sensor readings and raises climate alerts.
    monitoring = tm.add(tg.Service("Environmental monitoring service"))
    # Time series of every gallery's climate, kept for years.
    readings_store = tm.add(tg.DataStore("Climate readings store", stores={readings}))
    # Weekly job: archives new images and runs the crack model on them.
    ingest = tm.add(tg.Pipeline("Image ingest job", stage=tg.Stage.INGESTION))
    # Every photograph ever taken, the baseline the model compares against.
    archive = tm.add(
        tg.DataStore(
            "Image archive",
            stores={photographs},
            controls={tg.controls.DataVersioning(note="nightly backup to the off-site NAS")},
        )
    )
    # The vision model that flags new or growing cracks.
    crack_model = tm.add(
        tg.Model(
            "Crack detection model",
            task=tg.Task.DETECTOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            returns_scores=True,
            description="Segmentation network fine-tuned by the lab; runs on a GPU workstation.",
        )
    )
    # Where conservators review each flag against the previous images and the climate.
    review_app = tm.add(
        tg.Service(
            "Conservation review web app",
            controls={
                tg.controls.Authentication(method="museum Microsoft 365 single sign-on with MFA"),
                tg.controls.RBAC(),
                tg.controls.HumanInTheLoop(approver="a conservator reviews every crack flag"),
            },
        )
    )
    # Confirmed and rejected flags, kept for retraining.
    label_set = tm.add(tg.Dataset("Crack label set", stores={crack_labels}))
    # Retrains the crack model a few times a year on the label set.
    training = tm.add(tg.Pipeline("Crack model retraining", stage=tg.Stage.TRAINING))
    # Folder of model checkpoints that the ingest job loads.
    registry = tm.add(tg.ModelRegistry("Model checkpoint folder", stores={model_weights}))

with tm.boundary("Collections management", trust=tg.Trust.RESTRICTED):
    # The collections system's loans module: loan agreements and condition reports.
    loans_db = tm.add(
        tg.DataStore(
            "Loans database",
            stores={condition_reports, arrival_reports},
            controls={
                tg.controls.RBAC(),
                tg.controls.DataVersioning(note="nightly database backup"),
            },
        )
    )

with tm.boundary("Conservation studio", trust=tg.Trust.INTERNAL):
    # The people who decide whether a flag is a real change.
    conservator = tm.add(tg.Actor("Conservator", role="conservator"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # The museum's Microsoft 365 mail, used to send and receive condition reports.
    mail = tm.add(tg.ExternalService("Museum email"))

with tm.boundary("Borrowing museums", trust=tg.Trust.PARTNER):
    # Registrars at the museums our works are lent to.
    registrar = tm.add(tg.Actor("Borrowing museum registrar", role="registrar"))

# ---------------------------------------------------------------- flows
tm.flow(sensors, monitoring, readings, protocol="mqtt")
tm.flow(monitoring, readings_store, readings)
tm.flow(readings_store, review_app, readings, label="climate history")

tm.flow(cameras, ingest, photographs, protocol="smb", label="weekly capture")
tm.flow(ingest, archive, photographs)
tm.flow(archive, ingest, photographs, label="previous week's image")
tm.flow(ingest, crack_model, photographs)
tm.flow(crack_model, ingest, crack_flags)
tm.flow(ingest, review_app, crack_flags, protocol="https")
tm.flow(archive, review_app, photographs)

tm.flow(review_app, conservator, crack_flags, photographs, readings, protocol="https")
tm.flow(conservator, review_app, review_decisions, protocol="https")
tm.flow(review_app, label_set, crack_labels)
tm.flow(label_set, training, crack_labels)
tm.flow(archive, training, photographs)
tm.flow(training, registry, model_weights)
tm.flow(registry, crack_model, model_weights, label="load checkpoint")

tm.flow(review_app, loans_db, condition_reports, protocol="https")
tm.flow(loans_db, review_app, condition_reports, arrival_reports, protocol="https")
tm.flow(review_app, mail, condition_reports, protocol="smtp+starttls")
tm.flow(mail, registrar, condition_reports, protocol="smtp+starttls")
tm.flow(registrar, mail, arrival_reports, protocol="smtp+starttls")
tm.flow(mail, conservator, arrival_reports, protocol="https")
tm.flow(conservator, review_app, arrival_reports, protocol="https", label="files arrival check")
