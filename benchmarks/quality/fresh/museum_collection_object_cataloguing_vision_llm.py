"""Museum collection object cataloguing with a vision LLM: the first design, before review.

The collections team of a regional museum has a backlog of uncatalogued objects. A
cataloguer picks an object in an internal cataloguing workbench; a drafting service
gathers the object's studio photographs from the digital asset management system,
the scanned donor paperwork (deeds of gift, donor letters, provenance notes) from the
registry's acquisition files, the accession register entry from the collections
management system and the museum's cataloguing guidelines, and sends them to a hosted
vision LLM that drafts a catalogue record. A curator checks the draft against the
object, corrects it and approves it before it is written to the collections system;
a nightly job exports the public fields to the online collection run by a web host.
Everything but the LLM and the website runs on the museum's network. Staff sign in
with Microsoft Entra ID and MFA, roles separate drafting from approval, the vendor's
terms were reviewed by the data protection officer, the collections system keeps an
audit trail and the export leaves out donor names, valuations and storage locations.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum collection object cataloguing with a vision LLM",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision LLM drafts catalogue records from object photos and donor paperwork for curators to verify.",
)

# ---------------------------------------------------------------- data assets
photos = tg.Data(
    "Object photographs",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="High-resolution studio photographs of each object, with scale bars.",
)
paperwork = tg.Data(
    "Donor paperwork",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Scanned deeds of gift, donor letters and provenance notes: names, addresses, signatures.",
)
guidelines = tg.Data(
    "Cataloguing guidelines and thesauri",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The museum's cataloguing manual, field rules and controlled vocabularies.",
)
draft_request = tg.Data(
    "Drafting request", kind="records", description="Object number chosen by the cataloguer."
)
accession_entry = tg.Data(
    "Accession register entry", kind="records", sensitivity=tg.Sensitivity.PII
)
vision_prompt = tg.Data(
    "Vision prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, guidelines excerpt, photographs and page images of the paperwork.",
)
draft = tg.Data(
    "Draft catalogue record",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Title, description, materials, dimensions, date, maker and provenance summary.",
)
curator_edits = tg.Data(
    "Curator corrections and approval", kind="records", sensitivity=tg.Sensitivity.PII
)
catalogue = tg.Data(
    "Catalogue records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Full object records, including donors, valuations and storage locations.",
)
public_records = tg.Data(
    "Public collection records", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)
search_query = tg.Data("Collection search", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public browsing the online collection.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Vision model vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads photographs and scanned documents, used through an API.
    vision_llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Drafts structured catalogue fields from images and document scans.",
            controls={
                c.SupplierAssessment(
                    note="DPO reviewed terms: no training on inputs, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Web host", trust=tg.Trust.PARTNER):
    # The public online collection, built and hosted by the museum's web agency.
    website = tm.add(tg.Service("Online collection website", internet_facing=True))

with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # Registrars and documentation assistants who photograph, scan and start drafts.
    cataloguer = tm.add(tg.Actor("Cataloguer", role="collections staff"))
    # Subject specialist who verifies and approves each record.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # Internal web app where drafts are started, reviewed, corrected and approved.
    workbench = tm.add(
        tg.Service(
            "Cataloguing workbench",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="cataloguers draft; only curators approve"),
                c.HumanInTheLoop(approver="the curator responsible for the collection area"),
            },
        )
    )
    # Gathers an object's photos and paperwork, prompts the vision LLM and parses its answer.
    drafter = tm.add(tg.Service("Draft generation service"))
    # Digital asset management system holding the studio photography.
    dam = tm.add(tg.DataStore("Digital asset management system", stores={photos}))
    # Shared reference material included in every prompt.
    guideline_store = tm.add(tg.DataStore("Cataloguing guidelines", stores={guidelines}))
    # Drafts waiting for a curator.
    draft_store = tm.add(tg.DataStore("Draft records store", stores={draft}))
    # The museum's system of record for its collection.
    cms = tm.add(
        tg.DataStore(
            "Collections management system",
            stores={catalogue, accession_entry},
            controls={c.AuditLogging(note="built-in record change history")},
        )
    )
    # Nightly export of the public fields to the website.
    export_job = tm.add(
        tg.Service(
            "Nightly web publication export job",
            controls={
                c.DataMinimization(note="export profile omits donors, valuations and locations")
            },
        )
    )

    with tm.boundary("Registry file server", trust=tg.Trust.RESTRICTED):
        # Acquisition files: scanned donor paperwork, readable by the registry team and the drafter.
        acquisition_files = tm.add(
            tg.DataStore(
                "Acquisition files",
                stores={paperwork},
                controls={
                    c.RBAC(
                        note="folder permissions for the registry team and the drafting service account"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(cataloguer, dam, photos, protocol="https", label="uploads studio photographs")
tm.flow(cataloguer, acquisition_files, paperwork, protocol="smb", label="files scanned paperwork")

tm.flow(cataloguer, workbench, draft_request, protocol="https")
tm.flow(workbench, drafter, draft_request)
tm.flow(dam, drafter, photos)
tm.flow(acquisition_files, drafter, paperwork, protocol="smb")
tm.flow(cms, drafter, accession_entry)
tm.flow(guideline_store, drafter, guidelines)
tm.flow(drafter, vision_llm, vision_prompt, protocol="https")
tm.flow(vision_llm, drafter, draft, protocol="https")
tm.flow(drafter, draft_store, draft)

tm.flow(draft_store, workbench, draft)
tm.flow(workbench, curator, draft, photos, protocol="https", label="draft beside the photographs")
tm.flow(curator, workbench, curator_edits, protocol="https")
tm.flow(workbench, draft_store, curator_edits, label="saves corrections")
tm.flow(workbench, cms, catalogue, label="approved record")
tm.flow(cms, workbench, catalogue, label="existing records")

tm.flow(cms, export_job, catalogue, label="nightly export")
tm.flow(export_job, website, public_records, protocol="sftp")
tm.flow(visitor, website, search_query, protocol="https")
tm.flow(website, visitor, public_records, protocol="https")
