"""County archive handwriting transcription: the first design, before any security review.

The county archive scans its handwritten parish registers and probate wills on an
overhead book scanner; master scans stay on the on-premises file server. A nightly
batch job runs a handwriting recognition model, fine-tuned in-house from open
weights downloaded from a public model hub, and writes machine transcriptions to a
database in the council's cloud tenancy. Registered volunteers sign in with e-mail
and password to a correction web app and fix the text against web copies of the
page images; corrected pages are exported back on-premises to fine-tune the model,
which must not regress on character error rate before the digital archivist deploys
it. Researchers search the transcriptions and view images on a public portal with
no sign-in, behind a per-client rate limit. Registers under 100 years old name
living people and volunteer accounts are personal data, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County archive handwriting transcription",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Machine transcription of handwritten parish registers and wills, corrected by "
        "volunteers and searchable online by researchers."
    ),
)

# ---------------------------------------------------------------- data assets
originals = tg.Data(
    "Parish registers and wills",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The original bound volumes and loose wills handed to the scanner operator.",
)
masters = tg.Data(
    "Master page scans",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Uncompressed TIFF images, the archive's preservation copy.",
)
web_images = tg.Data(
    "Web page images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="JPEG derivatives served through a IIIF image server.",
)
machine_text = tg.Data(
    "Machine transcription",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Line-by-line text with per-line confidence, per page.",
)
corrections = tg.Data(
    "Volunteer corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.PII,
    description="Edited lines submitted by a volunteer, with their user id.",
)
corrected_text = tg.Data(
    "Corrected transcriptions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The current accepted text of each page, names, dates and places included.",
)
accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, optional location and contribution history.",
)
password_hashes = tg.Data(
    "Volunteer password hashes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
)
sign_in = tg.Data("Volunteer sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
query = tg.Data("Search query", description="Names, places and date ranges typed by researchers.")
results = tg.Data(
    "Search results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Matching transcription lines with links to their page images.",
)
training_lines = tg.Data(
    "Line images with corrected text",
    kind="training-data",
    sensitivity=tg.Sensitivity.PII,
    description="Cropped text lines paired with their volunteer-corrected transcriptions.",
)
base_weights = tg.Data(
    "Base HTR weights",
    sensitivity=tg.Sensitivity.PUBLIC,
    format="safetensors",
    description="A published handwriting recognition checkpoint from the model hub.",
)
tuned_weights = tg.Data(
    "Fine-tuned HTR weights",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="safetensors",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can register as a volunteer transcriber.
    volunteers = tm.add(tg.Actor("Volunteer transcribers", role="volunteer"))
    # Family historians, academics and the public searching the records.
    researchers = tm.add(tg.Actor("Researchers", role="public user"))
    # Public hub the base handwriting model is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Archive on-premises network", trust=tg.Trust.INTERNAL):
    # Search-room staff who handle the originals and run the scanner.
    archivist = tm.add(tg.Actor("Digitisation archivist", role="archive staff"))
    # Overhead book scanner with a cradle for bound registers.
    scanner = tm.add(tg.Device("Overhead book scanner", fleet=False))
    # File server holding the preservation masters, backed up nightly to tape.
    image_repo = tm.add(
        tg.DataStore(
            "Master image repository",
            stores={masters},
            controls={c.DataVersioning(note="nightly backup to tape, kept off site")},
        )
    )
    # Nightly job that sends new scans through the model and uploads the text.
    batch = tm.add(tg.Service("Transcription batch job"))
    # The handwriting recognition model itself, on the archive's GPU workstation.
    htr = tm.add(
        tg.Model(
            "Handwriting recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Vision encoder-decoder (TrOCR family) fine-tuned on the archive's hands.",
        )
    )
    # Exported corrected pages, cut into line images for fine-tuning.
    training_set = tm.add(
        tg.Dataset(
            "Corrected line training set",
            stores={training_lines},
            purpose=tg.DatasetPurpose.FINE_TUNING,
        )
    )
    # Periodic fine-tune on the GPU workstation, gated on character error rate.
    finetune = tm.add(
        tg.Pipeline(
            "HTR fine-tuning pipeline",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            controls={
                c.ModelValidation(note="character error rate on held-out pages must not regress")
            },
        )
    )
    # Folder of versioned checkpoints the batch job loads from.
    registry = tm.add(
        tg.ModelRegistry(
            "Model checkpoint store",
            stores={tuned_weights},
            controls={c.ModelVersioning()},
        )
    )

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Machine and corrected transcriptions, with each page's revision history.
    transcription_db = tm.add(
        tg.DataStore(
            "Transcription database",
            stores={machine_text, corrected_text},
            controls={c.DataVersioning(note="every page edit kept as a revision")},
        )
    )
    # IIIF server for the web copies of the page images.
    image_store = tm.add(tg.DataStore("Public image store", stores={web_images}))
    # Where volunteers sign in and correct transcriptions page by page.
    correction_app = tm.add(
        tg.Endpoint(
            "Volunteer correction app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Volunteer accounts and their password hashes.
    accounts_db = tm.add(
        tg.DataStore(
            "Volunteer account database",
            stores={accounts, password_hashes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Public full-text search over the corrected transcriptions.
    portal = tm.add(
        tg.Endpoint(
            "Public search portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120)},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# digitisation
tm.flow(archivist, scanner, originals, label="pages placed in the cradle")
tm.flow(scanner, image_repo, masters, protocol="smb")

# machine transcription
tm.flow(image_repo, batch, masters, protocol="smb")
tm.flow(batch, htr, masters)
tm.flow(htr, batch, machine_text)
tm.flow(batch, transcription_db, machine_text, protocol="https", controls={tls})
tm.flow(image_repo, image_store, web_images, protocol="sftp", label="publish derivatives")

# volunteer correction
tm.flow(volunteers, correction_app, sign_in, corrections, protocol="https", controls={tls})
tm.flow(correction_app, volunteers, web_images, machine_text, protocol="https", controls={tls})
tm.flow(correction_app, accounts_db, sign_in, accounts)
tm.flow(accounts_db, correction_app, password_hashes, accounts)
tm.flow(transcription_db, correction_app, machine_text, corrected_text)
tm.flow(correction_app, transcription_db, corrections)
tm.flow(image_store, correction_app, web_images)

# public search
tm.flow(researchers, portal, query, protocol="https", controls={tls})
tm.flow(portal, transcription_db, query)
tm.flow(transcription_db, portal, results)
tm.flow(image_store, portal, web_images)
tm.flow(portal, researchers, results, web_images, protocol="https", controls={tls})

# fine-tuning loop
tm.flow(transcription_db, training_set, corrected_text, protocol="https", label="quarterly export")
tm.flow(image_repo, training_set, masters, label="line crops")
tm.flow(training_set, finetune, training_lines)
tm.flow(hub, finetune, base_weights, protocol="https")
tm.flow(finetune, registry, tuned_weights)
tm.flow(registry, htr, tuned_weights, label="deployed by the digital archivist")
