"""County archive handwriting transcription: the first design, before any security review.

A county record office is digitising its parish registers (baptisms, marriages,
burials) and quarter sessions court records. Staff upload page scans to cloud
storage; a nightly batch job sends each page to an open-weights vision-language
model that the archive runs on a rented GPU server, and stores the draft
transcript. Volunteers from the public sign up on a correction website, compare
drafts with the scans and fix them; an archivist approves corrected pages before
they are published to the online catalogue, where anyone can search them.
Approved corrections are also collected into a fine-tuning set, and the model is
re-tuned each quarter from base weights downloaded from a public model hub.
Volunteers sign in with e-mail and password; public traffic is HTTPS; the scan
bucket is encrypted by the cloud provider and the transcript database backed up
nightly. Records still under a 100-year closure are kept out of the batch by staff.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "County archive handwriting transcription",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM transcription of handwritten parish and court records, corrected "
    "by volunteers and published in the archive's online catalogue.",
)

# ---------------------------------------------------------------- data assets
scans = tg.Data(
    "Page scans",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="High-resolution images of register and court record pages.",
)
draft = tg.Data("Draft transcript", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
correction = tg.Data(
    "Volunteer correction",
    kind="labels",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
approval = tg.Data("Page approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published = tg.Data(
    "Published transcript",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
search = tg.Data("Catalogue search", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
volunteer_account = tg.Data(
    "Volunteer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, password hash, contribution history.",
)
tuning_pairs = tg.Data(
    "Scan and transcript pairs", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
base_weights = tg.Data(
    "Base model weights", sensitivity=tg.Sensitivity.PUBLIC, format="safetensors"
)
tuned_weights = tg.Data(
    "Fine-tuned model weights", sensitivity=tg.Sensitivity.INTERNAL, format="safetensors"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who sign up to correct transcripts.
    volunteer = tm.add(tg.Actor("Volunteer transcriber", role="volunteer"))
    # Family historians and researchers searching the published transcripts.
    researcher = tm.add(tg.Actor("Public researcher", role="catalogue user"))
    # Where the base open-weights model is downloaded from.
    hub = tm.add(tg.ExternalService("Public model hub", provides=tg.ExternalCategory.MODEL_HUB))

with tm.boundary("Archive office network", trust=tg.Trust.INTERNAL):
    # Digitisation staff who scan the volumes and upload the page images.
    digitiser = tm.add(tg.Actor("Digitisation officer", role="archive staff"))
    # Archivist who checks corrected pages and approves them for publication.
    archivist = tm.add(tg.Actor("Archivist", role="archivist", privileged=True))

with tm.boundary("Archive cloud tenancy", trust=tg.Trust.INTERNAL):
    # Object storage for the page scans.
    scan_store = tm.add(
        tg.DataStore(
            "Scan image bucket",
            stores={scans},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Drafts, corrections, approvals and volunteer accounts.
    transcript_db = tm.add(
        tg.DataStore(
            "Transcript database",
            stores={draft, correction, approval, volunteer_account},
            controls={c.DataVersioning(note="nightly database backups")},
        )
    )
    # Runs every night over newly uploaded scans and asks the model for drafts.
    batch = tm.add(tg.Pipeline("Nightly transcription job", stage=tg.Stage.PREPROCESSING))
    # Website where volunteers see a scan beside its draft and submit corrections.
    portal = tm.add(
        tg.Endpoint(
            "Volunteer correction website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Public online catalogue that serves approved transcripts.
    catalogue = tm.add(
        tg.Service(
            "Online catalogue",
            internet_facing=True,
            description="Publishes only pages an archivist has approved.",
            controls={c.HumanInTheLoop(approver="archivist")},
        )
    )

    with tm.boundary("GPU server", trust=tg.Trust.INTERNAL):
        # The vision-language model that reads the handwriting.
        llm = tm.add(
            tg.LLM(
                "Handwriting transcription model",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Open-weights vision-language model, fine-tuned on approved pages.",
            )
        )
        # Approved scan and transcript pairs for the quarterly re-tune.
        tuning_set = tm.add(
            tg.Dataset(
                "Correction fine-tuning set",
                stores={tuning_pairs},
                purpose=tg.DatasetPurpose.FINE_TUNING,
            )
        )
        # Quarterly fine-tuning run of the base model on the approved corrections.
        fine_tune = tm.add(tg.Pipeline("Quarterly fine-tuning", stage=tg.Stage.FINE_TUNING))
        # Versioned weights that the serving process loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model weights folder",
                stores={base_weights, tuned_weights},
                controls={c.SafeSerialization(note="safetensors only")},
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(digitiser, scan_store, scans, protocol="https", label="upload")
tm.flow(scan_store, batch, scans, label="nightly batch")
tm.flow(batch, llm, scans, protocol="https")
tm.flow(llm, batch, draft, protocol="https")
tm.flow(batch, transcript_db, draft)

tm.flow(volunteer, portal, volunteer_account, correction, protocol="https")
tm.flow(portal, volunteer, scans, draft, protocol="https")
tm.flow(scan_store, portal, scans)
tm.flow(transcript_db, portal, draft, volunteer_account)
tm.flow(portal, transcript_db, correction, volunteer_account)

tm.flow(transcript_db, archivist, draft, correction, protocol="https", label="review queue")
tm.flow(archivist, transcript_db, approval, protocol="https")
tm.flow(transcript_db, catalogue, published, label="approved pages export")
tm.flow(researcher, catalogue, search, protocol="https")
tm.flow(catalogue, researcher, published, protocol="https")

tm.flow(transcript_db, tuning_set, tuning_pairs, label="approved corrections export")
tm.flow(scan_store, tuning_set, scans)
tm.flow(hub, registry, base_weights, protocol="https", label="download")
tm.flow(registry, fine_tune, base_weights)
tm.flow(tuning_set, fine_tune, tuning_pairs)
tm.flow(fine_tune, registry, tuned_weights)
tm.flow(registry, llm, tuned_weights, label="load at start-up")
