"""Census handwriting transcription: a county archive's first design, before any security review.

Archive staff scan the enumerators' books of the 1841-1911 censuses in the search
room; the page images go to a bucket in the archive's cloud tenancy. A nightly
batch job runs a handwriting-recognition model, fine-tuned in house from an
open-weights checkpoint off a public model hub, and writes draft transcripts to
the transcription database. Volunteers sign up on the correction portal with an
e-mail address and password, see each page beside its draft and fix the lines;
every edit is kept with the volunteer's name. Each month the corrected lines
become a training set, a retraining pipeline fine-tunes a new version, which
must beat the current one on staff-transcribed test pages, and the archivist
approves it before the batch job uses it. A nightly job exports transcripts to
the public search site, run for the county council by its web-hosting contractor,
where family historians search them for free.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "County archive census transcription",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Handwriting recognition of scanned census pages, corrected by volunteers, "
        "retrained on their corrections and published to a public search site."
    ),
)

# ---------------------------------------------------------------- data assets
census_books = tg.Data(
    "Census enumerators' books",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The original bound volumes, open records for over a century.",
)
scans = tg.Data(
    "Census page scans",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
    description="Master TIFFs of each page; licence terms forbid bulk redistribution.",
)
drafts = tg.Data(
    "Draft transcripts",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Machine transcription of each line: names, ages, birthplaces, occupations.",
)
corrections = tg.Data(
    "Volunteer corrections",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, password hash and edit history of each volunteer.",
)
training_pairs = tg.Data(
    "Corrected line training pairs",
    kind="training-data",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line images cut from the scans with the corrected text for each.",
)
base_checkpoint = tg.Data(
    "Base HTR checkpoint",
    format="safetensors",
    sensitivity=tg.Sensitivity.PUBLIC,
)
artifact = tg.Data(
    "Fine-tuned HTR model",
    format="safetensors",
    sensitivity=tg.Sensitivity.INTERNAL,
)
release = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published = tg.Data(
    "Published transcripts",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
query = tg.Data("Search query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone may sign up to correct transcripts.
    volunteer = tm.add(tg.Actor("Volunteer transcriber", role="volunteer"))
    # Family historians and researchers using the public site.
    researcher = tm.add(tg.Actor("Family historian", role="public user"))
    # Where the pre-trained handwriting model was taken from.
    hub = tm.add(
        tg.ExternalService(
            "Public model hub",
            provides=tg.ExternalCategory.MODEL_HUB,
            description="Hosts the open-weights handwriting-recognition checkpoint.",
        )
    )

with tm.boundary("Archive search room", trust=tg.Trust.INTERNAL):
    # Runs the scanning and approves model releases.
    archivist = tm.add(tg.Actor("Archivist", role="archivist", privileged=True))
    # Makes the page images from the bound volumes.
    scanner = tm.add(
        tg.Device(
            "Book scanner",
            fleet=False,
            description="Overhead book scanner in the search room, uploading to the bucket.",
        )
    )

with tm.boundary("Archive cloud tenancy", trust=tg.Trust.INTERNAL):
    # Master copies of every page image.
    image_store = tm.add(tg.DataStore("Page image bucket", stores={scans}))
    # Runs the model over newly scanned pages each night.
    batch_job = tm.add(
        tg.Service(
            "Nightly transcription batch job",
            description="Cuts pages into lines and transcribes each with the current model.",
        )
    )
    # The handwriting-recognition model.
    htr_model = tm.add(
        tg.Model(
            "Handwriting recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Image-to-text encoder-decoder fine-tuned on census hands; reads "
            "line images, writes text. Not a chat model.",
        )
    )
    # Drafts, corrections and volunteer accounts behind the portal.
    transcript_db = tm.add(
        tg.DataStore(
            "Transcription database",
            stores={drafts, corrections, accounts},
            controls={
                tg.controls.AuditLogging(note="every edit kept with the volunteer who made it"),
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
            },
        )
    )
    # Where volunteers correct the drafts.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer correction portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Shows a page image beside its draft and saves the volunteer's edits.",
            controls={tg.controls.Authentication(method="e-mail address and password")},
        )
    )
    # Corrected lines gathered for the next fine-tune.
    training_set = tm.add(
        tg.Dataset(
            "Correction training set",
            stores={training_pairs},
            purpose=tg.DatasetPurpose.FINE_TUNING,
        )
    )
    # Monthly fine-tune on the new corrections.
    retraining = tm.add(
        tg.Pipeline(
            "Monthly retraining pipeline",
            stage=tg.Stage.FINE_TUNING,
            third_party_packages=True,
            description="Fine-tunes from the base checkpoint; scores character error rate "
            "on a fixed set of staff-transcribed pages.",
            controls={tg.controls.ModelValidation()},
        )
    )
    # Each fine-tuned version, with the one in use marked.
    registry = tm.add(
        tg.ModelRegistry(
            "Model registry",
            stores={artifact},
            controls={
                tg.controls.ModelVersioning(),
                tg.controls.HumanInTheLoop(approver="the archivist"),
            },
        )
    )
    # Pushes the night's transcripts to the public site.
    publisher = tm.add(tg.Service("Nightly publishing job"))

with tm.boundary(
    "Council web hosting",
    trust=tg.Trust.PARTNER,
    description="Run for the county council by its web-hosting contractor.",
):
    # What the public searches.
    search_index = tm.add(tg.DataStore("Public search index", stores={published}))
    # The public search website.
    search_site = tm.add(
        tg.Endpoint(
            "Public census search site",
            purpose=tg.EndpointPurpose.API,
            description="Free name search over the published transcripts.",
        )
    )

# ---------------------------------------------------------------- flows
# scanning and transcription
tm.flow(archivist, scanner, census_books, label="loaded by hand")
tm.flow(scanner, image_store, scans, protocol="https")
tm.flow(image_store, batch_job, scans)
tm.flow(batch_job, htr_model, scans, label="line images")
tm.flow(htr_model, batch_job, drafts)
tm.flow(batch_job, transcript_db, drafts)

# volunteer correction
tm.flow(volunteer, portal, accounts, corrections, protocol="https", label="sign-in and edits")
tm.flow(portal, volunteer, scans, drafts, protocol="https")
tm.flow(image_store, portal, scans)
tm.flow(transcript_db, portal, drafts, corrections)
tm.flow(portal, transcript_db, corrections, accounts)

# retraining
tm.flow(transcript_db, training_set, corrections, label="monthly export")
tm.flow(image_store, training_set, scans, label="line images cut for corrected lines")
tm.flow(hub, retraining, base_checkpoint, protocol="https")
tm.flow(training_set, retraining, training_pairs)
tm.flow(retraining, registry, artifact)
tm.flow(archivist, registry, release, protocol="https", label="approves the new version")
tm.flow(registry, htr_model, artifact, label="load approved version")

# publishing
tm.flow(transcript_db, publisher, drafts, corrections, label="nightly export")
tm.flow(publisher, search_index, published, protocol="https")
tm.flow(researcher, search_site, query, protocol="https")
tm.flow(search_site, search_index, query)
tm.flow(search_index, search_site, published)
tm.flow(search_site, researcher, published, protocol="https")
