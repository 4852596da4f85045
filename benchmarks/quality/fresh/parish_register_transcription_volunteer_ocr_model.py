"""Parish register transcription: the first design, before any security review.

The county record office is putting its parish registers of baptisms, marriages
and burials online. The digitisation studio scans each volume to a network share;
a nightly job runs a handwriting recognition model, fine-tuned in-house from open
weights downloaded from a public model hub, and stores a draft transcription of
every entry in the transcription database. Volunteers register on a correction
portal with an e-mail address and password, see each page image beside its draft
and correct names, dates and places. An archivist reviews each register batch in
the portal's staff pages and signs it off; a weekly job publishes only signed-off
batches, withholding entries under 100 years old, to the index behind the public
family history search site. Each month the corrected lines are exported to a GPU
server to fine-tune the model again, versions kept in a model registry. The portal
and search site sit in the council's public web tier, the rest on the office network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parish register transcription",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Handwriting model drafts transcriptions of scanned parish registers; "
    "volunteers correct them before they go into the public family history search.",
)

# ---------------------------------------------------------------- data assets
pages = tg.Data(
    "Register page images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="TIFF scans of each register opening.",
)
draft = tg.Data(
    "Draft transcription",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Entry fields read by the model, with a confidence per line.",
)
corrections = tg.Data(
    "Volunteer corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Corrected names, dates, places and notes, with the volunteer who made them.",
)
sign_in = tg.Data(
    "Volunteer sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, password hash and correction history.",
)
sign_off = tg.Data("Batch sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published = tg.Data(
    "Published transcriptions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
query = tg.Data("Search query", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
results = tg.Data("Search results", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
base_weights = tg.Data(
    "Base handwriting model weights",
    format="safetensors",
    sensitivity=tg.Sensitivity.PUBLIC,
)
model_weights = tg.Data(
    "Fine-tuned handwriting model",
    format="safetensors",
    sensitivity=tg.Sensitivity.INTERNAL,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may register to correct transcriptions.
    volunteer = tm.add(tg.Actor("Transcription volunteer", role="volunteer"))
    # Members of the public searching for their ancestors.
    researcher = tm.add(tg.Actor("Family historian", role="public user"))
    # Source of the open handwriting recognition weights the model starts from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Public web tier", trust=tg.Trust.INTERNAL):
    # Where volunteers correct drafts and archivists sign batches off.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer correction portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="volunteer and archivist roles"),
                c.InputValidation(note="dates, field lengths and allowed characters checked"),
            },
        )
    )
    # The public search over published entries.
    search_site = tm.add(
        tg.Endpoint(
            "Family history search site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
        )
    )
    # Search engine index holding only what has been published.
    search_index = tm.add(tg.DataStore("Family history search index", stores={published}))

with tm.boundary("Record office staff network", trust=tg.Trust.INTERNAL):
    # Archivists who review and sign off each register batch.
    archivist = tm.add(tg.Actor("Archivist", role="archivist"))
    # PC driving the overhead book scanner in the digitisation studio.
    scanner = tm.add(
        tg.Device(
            "Book scanner workstation",
            fleet=False,
            description="Overhead book scanner and its capture PC in the digitisation studio.",
        )
    )

with tm.boundary("Record office application network", trust=tg.Trust.INTERNAL):
    # Network share holding every scanned page.
    image_store = tm.add(tg.DataStore("Register image store", stores={pages}))
    # Runs the model over each night's new scans.
    htr_job = tm.add(tg.Service("Nightly transcription job"))
    # The handwriting recognition model: page image in, entry text out.
    htr_model = tm.add(
        tg.Model(
            "Handwriting recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights vision encoder-decoder fine-tuned on local registers.",
        )
    )
    # Drafts, corrections, sign-offs and volunteer accounts.
    transcription_db = tm.add(
        tg.DataStore(
            "Transcription database",
            stores={draft, corrections, sign_off, accounts},
            controls={c.DataVersioning(note="nightly database backups")},
        )
    )
    # Copies signed-off batches into the public index.
    publish_job = tm.add(
        tg.Service(
            "Weekly publication job",
            controls={
                c.HumanInTheLoop(
                    approver="archivist",
                    note="publishes only register batches an archivist has signed off",
                ),
                c.DataMinimization(note="entries under 100 years old are withheld"),
            },
        )
    )

with tm.boundary("GPU training server", trust=tg.Trust.INTERNAL):
    # Corrected entries with their page images, exported monthly.
    training_set = tm.add(
        tg.Dataset(
            "Corrected line training set",
            purpose=tg.DatasetPurpose.FINE_TUNING,
            stores={pages, corrections},
        )
    )
    # Monthly fine-tuning run by the record office's digital archivist.
    fine_tune = tm.add(tg.Pipeline("Monthly fine-tuning", stage=tg.Stage.FINE_TUNING))
    # Each fine-tuned version; the nightly job loads the current one.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={model_weights}, controls={c.ModelVersioning()})
    )

# ---------------------------------------------------------------- flows
# Scanning and drafting
tm.flow(scanner, image_store, pages, protocol="smb")
tm.flow(image_store, htr_job, pages, label="nightly batch of new scans")
tm.flow(htr_job, htr_model, pages)
tm.flow(htr_model, htr_job, draft)
tm.flow(htr_job, transcription_db, draft)

# Volunteer correction
tm.flow(volunteer, portal, sign_in, accounts, corrections, protocol="https")
tm.flow(portal, volunteer, pages, draft, protocol="https")
tm.flow(image_store, portal, pages, protocol="https")
tm.flow(transcription_db, portal, draft, corrections, accounts)
tm.flow(portal, transcription_db, corrections, accounts, sign_off)

# Archivist review and publication
tm.flow(portal, archivist, pages, draft, corrections, protocol="https")
tm.flow(archivist, portal, sign_off, protocol="https")
tm.flow(
    transcription_db,
    publish_job,
    corrections,
    sign_off,
    label="weekly export of signed-off batches",
)
tm.flow(publish_job, search_index, published)
tm.flow(researcher, search_site, query, protocol="https")
tm.flow(search_site, search_index, query)
tm.flow(search_index, search_site, results)
tm.flow(search_site, researcher, results, protocol="https")

# Fine-tuning
tm.flow(transcription_db, training_set, corrections, label="monthly export")
tm.flow(image_store, training_set, pages, label="monthly export")
tm.flow(training_set, fine_tune, pages, corrections)
tm.flow(hub, fine_tune, base_weights, protocol="https")
tm.flow(fine_tune, registry, model_weights)
tm.flow(registry, htr_model, model_weights, label="current version loaded nightly")
