"""Parish burial register transcription: the first design, before any security review.

The diocese is digitising about two hundred years of handwritten burial registers
held in its parishes. Parish volunteers scan the register pages in the parish office
and upload the images, signed in with an e-mail and password, to an upload portal in
the diocese's cloud tenancy. A nightly transcription job runs each page through an
open-weights handwriting recognition model hosted in the tenancy, then asks a hosted
LLM to structure the recognised text into entries (name, age, burial date, abode).
Volunteer checkers, working from home, correct the drafts side by side with the page
image in a web tool. A monthly licence export job sends finished records over SFTP to
a genealogy website, which pays the diocese royalties and sends royalty statements.
Families write to the diocesan archivist to have an entry corrected; the archivist
makes the change in the same web tool. Images and records are encrypted at rest with
cloud-managed keys and the records database has nightly backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Parish burial register transcription",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Handwriting recognition and LLM transcription of parish burial registers, "
    "checked by volunteers and licensed to a genealogy website.",
)

# ---------------------------------------------------------------- data assets
page_scans = tg.Data(
    "Register page scans",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Page images; the recent decades name people whose families are alive.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
htr_text = tg.Data("Recognised page text", kind="model-output", sensitivity=tg.Sensitivity.PII)
structuring_prompt = tg.Data(
    "Structuring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions plus the recognised text of one page.",
)
structured_entries = tg.Data(
    "Structured entries", kind="model-output", sensitivity=tg.Sensitivity.PII
)
draft_records = tg.Data(
    "Burial records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, age, burial date and abode per entry, with its review status.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
corrections = tg.Data("Record corrections", kind="records", sensitivity=tg.Sensitivity.PII)
licensed_export = tg.Data(
    "Licensed record export",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Finished records and page images delivered under the licence.",
)
correction_request = tg.Data(
    "Family correction request",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The requester's name, contact details and evidence for the change.",
)
correction_reply = tg.Data("Correction reply", kind="documents", sensitivity=tg.Sensitivity.PII)
royalty_statement = tg.Data(
    "Royalty statement", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers correct transcriptions from their own computers at home.
    checker = tm.add(tg.Actor("Volunteer checker", role="volunteer transcription checker"))
    # Relatives of the people buried, who ask for an entry to be corrected.
    family = tm.add(tg.Actor("Family member", role="member of the public"))

with tm.boundary("Parish offices", trust=tg.Trust.PARTNER):
    # Scans the registers on the parish office scanner and uploads the images.
    scanner_volunteer = tm.add(tg.Actor("Parish scanning volunteer", role="volunteer scanner"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Turns recognised text into structured entries; called over the vendor API.
    llm = tm.add(
        tg.LLM(
            "Hosted structuring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model prompted to extract name, age, date and abode.",
        )
    )

with tm.boundary("Genealogy company", trust=tg.Trust.PARTNER):
    # The licensee that publishes the records and pays royalties.
    genealogy = tm.add(
        tg.ExternalService(
            "Genealogy website",
            provides=tg.ExternalCategory.GENERIC,
            description="Receives licensed records and publishes them to its subscribers.",
        )
    )

with tm.boundary("Diocesan cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where parishes hand in their page images.
    upload_portal = tm.add(
        tg.Endpoint(
            "Scan upload portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="accepts only TIFF and JPEG files under 100 MB"),
            },
        )
    )
    # Keeps the master page images.
    image_store = tm.add(
        tg.DataStore(
            "Page image store",
            stores={page_scans},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs each new page through recognition and structuring.
    transcription_job = tm.add(
        tg.Service(
            "Nightly transcription job",
            description="Sends page images to the HTR model and its text to the LLM, "
            "then writes draft records.",
        )
    )
    # Reads the handwriting on each page.
    htr_model = tm.add(
        tg.Model(
            "Handwriting recognition model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            description="Open-weights HTR model, fine-tuned on a sample of the registers.",
        )
    )
    # Holds draft, checked and finished records.
    records_db = tm.add(
        tg.DataStore(
            "Burial records database",
            stores={draft_records},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.DataVersioning(note="nightly backups kept for 30 days"),
            },
        )
    )
    # The web tool where checkers and the archivist correct entries.
    checking_tool = tm.add(
        tg.Endpoint(
            "Transcription checking tool",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="checker and archivist roles"),
            },
        )
    )
    # Delivers finished records to the licensee.
    export_job = tm.add(
        tg.Service(
            "Monthly licence export job",
            description="Selects records marked finished and sends them with their images.",
        )
    )

with tm.boundary("Diocesan office", trust=tg.Trust.INTERNAL):
    # Owns the archive, answers families and approves corrections.
    archivist = tm.add(tg.Actor("Diocesan archivist", role="archivist", privileged=True))

# ---------------------------------------------------------------- flows
# Scanning and upload
tm.flow(scanner_volunteer, upload_portal, page_scans, protocol="https")
tm.flow(upload_portal, image_store, page_scans)

# Transcription
tm.flow(image_store, transcription_job, page_scans)
tm.flow(transcription_job, htr_model, page_scans)
tm.flow(htr_model, transcription_job, htr_text)
tm.flow(transcription_job, llm, structuring_prompt, protocol="https")
tm.flow(llm, transcription_job, structured_entries, protocol="https")
tm.flow(transcription_job, records_db, draft_records)

# Volunteer checking
tm.flow(records_db, checking_tool, draft_records)
tm.flow(image_store, checking_tool, page_scans)
tm.flow(checking_tool, checker, draft_records, page_scans, protocol="https")
tm.flow(checker, checking_tool, corrections, protocol="https")
tm.flow(checking_tool, records_db, corrections)

# Family corrections through the archivist
tm.flow(family, archivist, correction_request, protocol="smtp")
tm.flow(archivist, family, correction_reply, protocol="smtp")
tm.flow(checking_tool, archivist, draft_records, page_scans, protocol="https")
tm.flow(archivist, checking_tool, corrections, protocol="https")

# Licensing
tm.flow(records_db, export_job, draft_records)
tm.flow(image_store, export_job, page_scans)
tm.flow(export_job, genealogy, licensed_export, protocol="sftp")
tm.flow(genealogy, archivist, royalty_statement, protocol="smtp")
