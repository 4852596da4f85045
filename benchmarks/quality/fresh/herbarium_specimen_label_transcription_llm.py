"""Herbarium label transcription assistant: the first design, before any security review.

Digitisation staff photograph herbarium sheets and upload the images to a bucket in
the museum's cloud tenancy. A transcription service sends each image to a hosted
vision LLM, which reads the handwritten labels and returns Darwin Core fields. A
georeferencing service resolves the verbatim locality through a public gazetteer API
and queues a draft record. Curators check each draft against the image in the
curation web app (museum SSO) and approve it into the collection management system;
a nightly job publishes approved records to the public biodiversity portal, with the
coordinates of sensitive taxa generalised. Controls: SSO and roles on the curation
app, curator approval before publication, the LLM key in a vault, schema checks on
the LLM output, encrypted image storage, CMS backups and TLS to outside parties.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Herbarium specimen label transcription",
    profile=tg.RiskProfile.LOW,
    description=(
        "LLM transcription and georeferencing of herbarium sheet labels, reviewed by "
        "curators before publication to a biodiversity portal."
    ),
)

# ---------------------------------------------------------------- data assets
sheet_images = tg.Data(
    "Herbarium sheet images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="High-resolution TIFF/JPEG scans of mounted specimens with their labels.",
)
transcription_prompt = tg.Data(
    "Transcription prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions listing the Darwin Core fields to extract, plus the sheet image.",
)
transcribed_fields = tg.Data(
    "Transcribed label fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Collector, collection number, date, taxon name and verbatim locality as JSON.",
)
locality_query = tg.Data(
    "Verbatim locality query",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
coordinate_candidates = tg.Data(
    "Gazetteer coordinate candidates",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
)
draft_records = tg.Data(
    "Draft specimen records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
curator_decisions = tg.Data(
    "Curator corrections and approvals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
specimen_records = tg.Data(
    "Specimen catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Authoritative records, including precise localities of threatened taxa.",
)
sensitive_taxa = tg.Data(
    "Sensitive species list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Taxa whose localities are generalised before publication (orchids, cycads).",
)
published_records = tg.Data(
    "Published occurrence records",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Darwin Core Archive with generalised coordinates for sensitive taxa.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # Photographs the sheets and uploads the batch at the end of each session.
    technician = tm.add(tg.Actor("Digitisation technician", role="digitisation staff"))
    # Reviews every draft against the image and decides what goes into the catalogue.
    curator = tm.add(tg.Actor("Herbarium curator", role="curator"))
    # Web app where curators correct and approve the drafted records.
    curation_app = tm.add(
        tg.Endpoint(
            "Curation web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="museum SSO (OIDC)"),
                tg.controls.RBAC(note="only the curator role can approve records"),
                tg.controls.HumanInTheLoop(approver="herbarium curator"),
            },
        )
    )
    # The museum's system of record for the collection (Specify).
    cms = tm.add(
        tg.DataStore(
            "Collection management system",
            stores={specimen_records, sensitive_taxa},
            controls={
                tg.controls.RBAC(),
                tg.controls.DataVersioning(note="nightly database backups"),
            },
        )
    )

with tm.boundary("Museum cloud tenancy", trust=tg.Trust.INTERNAL):
    # Keeps the master images; also served to the curation app for side-by-side review.
    image_store = tm.add(
        tg.DataStore(
            "Sheet image bucket",
            stores={sheet_images},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds the prompt for each sheet, calls the LLM and parses its answer.
    transcriber = tm.add(
        tg.Service(
            "Transcription service",
            controls={
                tg.controls.SecretsManagement(note="LLM API key held in the cloud vault"),
                tg.controls.SchemaEnforcement(
                    note="output must parse as the Darwin Core JSON schema"
                ),
            },
        )
    )
    # Turns verbatim localities into coordinates with an uncertainty radius.
    georeferencer = tm.add(tg.Service("Georeferencing service"))
    # Holds drafts until a curator has dealt with them.
    queue = tm.add(tg.DataStore("Curation queue", stores={draft_records}))
    # Nightly export of approved records to the portal, generalising sensitive localities.
    publisher = tm.add(
        tg.Service(
            "Portal publishing job",
            controls={
                tg.controls.DataMinimization(
                    note="coordinates of sensitive taxa rounded to 0.1 degree before export"
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model that reads the label handwriting.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="contract excludes training on our data")
            },
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public gazetteer API used to resolve place names.
    gazetteer = tm.add(
        tg.ExternalService("Gazetteer API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The public biodiversity data portal the museum publishes to.
    portal = tm.add(tg.ExternalService("Biodiversity data portal"))

# ---------------------------------------------------------------- flows
tm.flow(technician, image_store, sheet_images, protocol="https", label="batch upload")
tm.flow(image_store, transcriber, sheet_images)
tm.flow(transcriber, llm, transcription_prompt, sheet_images, protocol="https")
tm.flow(llm, transcriber, transcribed_fields, protocol="https")
tm.flow(transcriber, georeferencer, transcribed_fields)
tm.flow(georeferencer, gazetteer, locality_query, protocol="https")
tm.flow(gazetteer, georeferencer, coordinate_candidates, protocol="https")
tm.flow(georeferencer, queue, draft_records)

tm.flow(queue, curation_app, draft_records)
tm.flow(image_store, curation_app, sheet_images, protocol="https")
tm.flow(curation_app, curator, draft_records, sheet_images, protocol="https")
tm.flow(curator, curation_app, curator_decisions, protocol="https")
tm.flow(curation_app, queue, curator_decisions, label="mark reviewed")
tm.flow(curation_app, cms, specimen_records, label="approved records")

tm.flow(cms, publisher, specimen_records, sensitive_taxa)
tm.flow(publisher, portal, published_records, protocol="https")
