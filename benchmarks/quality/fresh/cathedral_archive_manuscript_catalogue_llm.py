"""Manuscript catalogue drafting assistant for a cathedral archive: first design.

The cathedral archive is cataloguing its medieval manuscripts for a public online
catalogue. Archivists write working notes on each manuscript (foliation, hands,
decoration, provenance, binding) in a small web workbench, and the digitisation
photographer uploads page images to an image store in the archive's cloud tenancy.
A drafting service combines the notes, a few page images, the archive's cataloguing
guidelines and name headings from a public authority file, and asks a hosted
multimodal LLM to draft a catalogue description in the house style. The draft is
saved for the archivist, who edits it in the workbench and marks it approved; only
approved records go into the collections management system in the cathedral
office, and a nightly job exports them to the public online catalogue. Archivists
sign in to the workbench with their Microsoft 365 accounts; traffic is HTTPS, the
photographer uploads over SFTP, and the collections database is backed up nightly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral archive manuscript catalogue assistant",
    profile=tg.RiskProfile.LOW,
    description=(
        "LLM-drafted catalogue descriptions of medieval manuscripts, edited and "
        "approved by archivists before publication in the online catalogue."
    ),
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Archivist's cataloguing notes",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Working notes on a manuscript: collation, script, decoration, provenance.",
)
page_images = tg.Data(
    "Manuscript page images",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="media",
    description="High-resolution master TIFFs from the digitisation studio.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
guidelines = tg.Data(
    "Cataloguing guidelines",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="instructions",
    description="House style, description template and controlled vocabulary.",
)
authority_query = tg.Data("Name heading lookup", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
authority_records = tg.Data(
    "Authority name headings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Standard forms of names of people, places and institutions.",
)
draft_request = tg.Data("Draft request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="Guidelines, the archivist's notes, selected page images and name headings.",
)
draft = tg.Data(
    "Draft catalogue description", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
edited_record = tg.Data(
    "Approved catalogue record",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
published_record = tg.Data(
    "Published catalogue entry",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue_search = tg.Data("Catalogue search", sensitivity=tg.Sensitivity.PUBLIC, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Scholars and the public who browse and search the online catalogue.
    researcher = tm.add(tg.Actor("Public researcher", role="catalogue reader"))
    # Public authority file the drafting service reads standard name headings from.
    authority = tm.add(
        tg.ExternalService(
            "Name authority service",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Public library authority file queried over its web API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that writes the drafts; the archive does not host a model itself.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
        )
    )

with tm.boundary("Archive cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where archivists read and edit drafts and mark them approved.
    workbench = tm.add(
        tg.Service(
            "Cataloguing workbench",
            description="Small web app for notes, drafts and approval.",
            controls={c.Authentication(method="Microsoft 365 single sign-on (OIDC)")},
        )
    )
    # Assembles the prompt and calls the LLM for each draft request.
    drafter = tm.add(
        tg.Service(
            "Drafting service",
            description="Builds the prompt from notes, images and guidelines; stores the draft.",
        )
    )
    # Holds the digitised page images the drafts are made from.
    image_store = tm.add(tg.DataStore("Page image store", stores={page_images}))
    # House style and template the prompt is built around.
    guideline_store = tm.add(tg.DataStore("Cataloguing guidelines store", stores={guidelines}))
    # Drafts waiting for an archivist's edit.
    draft_store = tm.add(tg.DataStore("Draft store", stores={draft, notes}))
    # Copies approved records from the collections system to the website each night.
    publish_job = tm.add(
        tg.Service(
            "Nightly publish job",
            description="Exports records marked approved to the online catalogue.",
            controls={
                c.HumanInTheLoop(
                    approver="the cataloguing archivist",
                    note="only records an archivist has edited and marked approved are exported",
                )
            },
        )
    )
    # The public face of the catalogue.
    online_catalogue = tm.add(
        tg.Endpoint(
            "Online catalogue website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Public search and record pages.",
        )
    )

with tm.boundary("Cathedral office network", trust=tg.Trust.INTERNAL):
    # Writes the notes, edits drafts and approves records.
    archivist = tm.add(tg.Actor("Archivist", role="archivist"))
    # Photographs the manuscripts and uploads the masters.
    photographer = tm.add(tg.Actor("Digitisation photographer", role="photographer"))
    # The archive's system of record for its catalogue.
    cms = tm.add(
        tg.DataStore(
            "Collections management system",
            stores={edited_record},
            description="On-premises archive catalogue database.",
            controls={c.DataVersioning(note="nightly backup to the diocese's offsite store")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(photographer, image_store, page_images, protocol="sftp")

tm.flow(archivist, workbench, notes, draft_request, protocol="https")
tm.flow(workbench, draft_store, notes)
tm.flow(workbench, drafter, draft_request)
tm.flow(draft_store, drafter, notes)
tm.flow(image_store, drafter, page_images)
tm.flow(guideline_store, drafter, guidelines)
tm.flow(drafter, authority, authority_query, protocol="https")
tm.flow(authority, drafter, authority_records, protocol="https")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, draft_store, draft)

tm.flow(draft_store, workbench, draft, notes)
tm.flow(workbench, archivist, draft, protocol="https", label="draft for editing")
tm.flow(archivist, workbench, edited_record, protocol="https", label="edits and approves")
tm.flow(workbench, cms, edited_record, protocol="https", label="approved records")

tm.flow(cms, publish_job, edited_record, protocol="https", label="nightly export")
tm.flow(publish_job, online_catalogue, published_record, protocol="https")
tm.flow(researcher, online_catalogue, catalogue_search, protocol="https")
tm.flow(online_catalogue, researcher, published_record, protocol="https")
