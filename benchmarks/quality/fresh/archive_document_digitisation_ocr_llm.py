"""National archive handwritten-records digitisation: the first design.

Digitisation technicians put registers, letters and census books on overhead
scanners in the archive's studio. The scanners drop master images on a file share
that an ingest pipeline moves into the image store. A transcription service runs
an open-weights handwriting-recognition model on each page, then sends the raw
text to a hosted LLM that tidies up the transcription and tags people's names and
places. Volunteers sign up on a public transcription website and correct the
machine transcriptions; every edit is kept as a revision. Archivists review the
corrected pages in a publishing tool and, when they approve a collection, it is
pushed to the public online catalogue where anyone can search and view it.
Controls in this design: volunteer accounts with e-mail and password, staff single
sign-on for the publishing tool, archivist approval before publication, revision
history on transcriptions, nightly backups of the master images, HTTPS on the
public site and to the LLM vendor, and a procurement review of that vendor.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Archive handwritten records digitisation",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Scanning, machine transcription and name/place tagging of handwritten records, "
        "volunteer correction and publication to the national online catalogue."
    ),
)

# ---------------------------------------------------------------- data assets
page_images = tg.Data(
    "Scanned page images",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Master TIFFs of handwritten records; some series name people still living.",
)
ocr_text = tg.Data("Raw HTR text", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Transcription prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Tagging instructions plus the raw HTR text of one page.",
)
tagged = tg.Data(
    "Tagged transcription",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Cleaned transcription with person and place entities marked up.",
)
corrections = tg.Data(
    "Volunteer corrections",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Edited transcription text and entity tags submitted by volunteers.",
)
volunteer_account = tg.Data(
    "Volunteer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, password and contribution history.",
)
review_queue = tg.Data("Pages awaiting review", kind="records", sensitivity=tg.Sensitivity.PII)
approval = tg.Data("Publication approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
collection = tg.Data(
    "Published collection",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
search_query = tg.Data("Catalogue search", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who register to correct transcriptions.
    volunteer = tm.add(tg.Actor("Volunteer transcriber", role="volunteer"))
    # Genealogists, historians and anyone else searching the catalogue.
    researcher = tm.add(tg.Actor("Catalogue visitor", role="public researcher"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that cleans the HTR output and tags names and places.
    llm = tm.add(
        tg.LLM(
            "Transcription and tagging LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose hosted LLM called through the vendor's API.",
            controls={c.SupplierAssessment(note="public-sector procurement security review")},
        )
    )

with tm.boundary("Archive staff network", trust=tg.Trust.INTERNAL):
    # Overhead book scanners in the digitisation studio; they write to a file share.
    scanners = tm.add(
        tg.Device(
            "Studio overhead scanners",
            fleet=True,
            description="Six capture stations, each with a vendor-supplied capture PC.",
        )
    )
    # Archivists decide which corrected collections are fit to publish.
    archivist = tm.add(tg.Actor("Archivist", role="archivist", privileged=True))

with tm.boundary("Archive platform", trust=tg.Trust.INTERNAL):
    # Moves new scans from the studio share into the image store, with their metadata.
    ingest = tm.add(tg.Pipeline("Scan ingest pipeline", stage=tg.Stage.INGESTION))
    # Long-term store of the master images, the archive's preservation copy.
    image_store = tm.add(
        tg.DataStore(
            "Master image store",
            stores={page_images},
            controls={c.DataVersioning(note="nightly backup to tape")},
        )
    )
    # Open-weights handwriting recognition model, fine-tuned on the archive's own scripts.
    htr = tm.add(
        tg.Model(
            "Handwriting recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Line-level HTR model served on the archive's GPU host.",
        )
    )
    # Runs HTR on each page, then the LLM, and writes the result for volunteers.
    transcriber = tm.add(
        tg.Service(
            "Transcription service",
            description="Batch worker: image -> HTR -> LLM tagging -> transcription database.",
        )
    )
    # Machine transcriptions and every volunteer revision of them.
    transcription_db = tm.add(
        tg.DataStore(
            "Transcription database",
            stores={tagged, corrections, volunteer_account},
            controls={c.DataVersioning(note="every edit kept as a revision")},
        )
    )
    # The public crowdsourcing site where volunteers correct pages.
    website = tm.add(
        tg.Endpoint(
            "Volunteer transcription website",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Staff tool for reviewing corrected pages and releasing collections.
    publisher = tm.add(
        tg.Service(
            "Collection publishing tool",
            controls={
                c.Authentication(method="staff single sign-on"),
                c.HumanInTheLoop(approver="an archivist"),
            },
        )
    )
    # The national online catalogue, open to everyone.
    catalogue = tm.add(tg.Service("Online catalogue"))

# ---------------------------------------------------------------- flows
tm.flow(scanners, ingest, page_images, protocol="smb", label="studio file share")
tm.flow(ingest, image_store, page_images)

tm.flow(image_store, transcriber, page_images)
tm.flow(transcriber, htr, page_images)
tm.flow(htr, transcriber, ocr_text)
tm.flow(transcriber, llm, llm_prompt, protocol="https")
tm.flow(llm, transcriber, tagged, protocol="https")
tm.flow(transcriber, transcription_db, tagged)

tm.flow(volunteer, website, volunteer_account, corrections, protocol="https")
tm.flow(website, volunteer, page_images, tagged, protocol="https")
tm.flow(image_store, website, page_images, label="page viewer tiles")
tm.flow(transcription_db, website, tagged, corrections, volunteer_account)
tm.flow(website, transcription_db, corrections, volunteer_account)

tm.flow(transcription_db, publisher, tagged, corrections)
tm.flow(image_store, publisher, page_images)
tm.flow(publisher, archivist, review_queue, protocol="https")
tm.flow(archivist, publisher, approval, protocol="https")
tm.flow(publisher, catalogue, collection, label="publish collection")

tm.flow(researcher, catalogue, search_query, protocol="https")
tm.flow(catalogue, researcher, collection, protocol="https")
