"""Museum collections cataloguing agent: the first design, before any security review.

A national museum in the UK wants to clear its cataloguing backlog. From the
cataloguing workbench on the museum network, a curator picks an object and adds
notes; an LLM agent then drafts a catalogue record. It looks at the object's
photographs in the digital asset management system, reads the donor and acquisition
file, searches the collections management system for related objects, and looks up
names, places and terms in external authority files (Getty vocabularies, VIAF,
Wikidata). The model is a multimodal LLM hosted by a vendor. The agent saves its
draft in the collections system, where only curators can approve it; a nightly job
publishes approved records and images to the public collections website. Some
objects are human remains or sensitive cultural material with restricted fields.
Controls: staff SSO with MFA, role-based access and an audit trail in the
collections system, a draft-only write tool, an agent step limit, and a public-field
mapping in the publication job.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum collections cataloguing agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting catalogue records for curator approval and web publication.",
)

# ---------------------------------------------------------------- data assets
task = tg.Data(
    "Cataloguing task",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Object number and what the curator wants drafted.",
)
curator_notes = tg.Data(
    "Curatorial notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Research notes, attributions and handling advice; may name donors and communities.",
)
photos = tg.Data(
    "Object photographs",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Includes images of human remains and sacred objects not cleared for display.",
)
object_records = tg.Data(
    "Object records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Catalogue data with restricted fields: storage location, valuation, "
    "sensitivity and repatriation status.",
)
donor_files = tg.Data(
    "Donor and acquisition files",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Scanned correspondence, donor names and addresses, bequest terms.",
)
search_call = tg.Data(
    "Collections search query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
search_result = tg.Data(
    "Related object records", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
donor_call = tg.Data("Donor file request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
donor_extract = tg.Data("Donor file extracts", kind="tool-result", sensitivity=tg.Sensitivity.PII)
authority_call = tg.Data(
    "Authority lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
authority_entries = tg.Data(
    "Authority file entries",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Name, place and subject headings; Wikidata entries are openly editable.",
)
prompt = tg.Data(
    "Agent prompt with context and images",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft = tg.Data(
    "Draft catalogue record",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
approval = tg.Data(
    "Curator record approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The approved (and possibly edited) record, with its publication status.",
)
published = tg.Data("Published catalogue record", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
public_images = tg.Data("Public object images", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
visitor_search = tg.Data(
    "Website search request", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public, researchers and source communities browsing the collection.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))
    # Getty AAT/ULAN/TGN, VIAF and Wikidata: public reference vocabularies.
    authorities = tm.add(tg.ExternalService("External authority files", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads photographs and text; used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on our data, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Museum network", trust=tg.Trust.INTERNAL):
    # Curators in the collections departments.
    curator = tm.add(tg.Actor("Curator", role="curator"))
    # Web app where curators start drafting tasks and review the agent's drafts.
    workbench = tm.add(
        tg.Service(
            "Cataloguing workbench",
            controls={c.Authentication(method="museum SSO with MFA")},
        )
    )
    # The LLM agent that plans the research and drafts the record.
    agent = tm.add(
        tg.Agent(
            "Cataloguing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.HumanInTheLoop(approver="the object's curator", note="before publication"),
            },
        )
    )
    # Searches the collections database for related objects, makers and precedents.
    search_tool = tm.add(tg.Tool("Collections search tool", capabilities={"read"}))
    # Reads donor and acquisition files for provenance.
    donor_tool = tm.add(tg.Tool("Donor file reader", capabilities={"read"}))
    # Queries the external authority services over the internet.
    authority_tool = tm.add(
        tg.Tool("Authority file lookup", capabilities={"read", "network-egress"})
    )
    # Saves the agent's draft into the collections system as an unapproved draft.
    draft_tool = tm.add(
        tg.Tool(
            "Draft record writer",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account can create drafts only, not approve or publish"
                )
            },
        )
    )
    # Nightly export of approved records and cleared images to the website.
    publisher = tm.add(
        tg.Service(
            "Nightly publication job",
            controls={c.DataMinimization(note="field mapping exports public fields only")},
        )
    )

    with tm.boundary("Collections data", trust=tg.Trust.RESTRICTED):
        # Collections management system: the museum's record of every object.
        cms = tm.add(
            tg.DataStore(
                "Collections management system",
                stores={object_records, curator_notes, draft, approval},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )
        # Digital asset management system holding object photography.
        dams = tm.add(tg.DataStore("Digital asset management system", stores={photos}))
        # Scanned donor and acquisition files from the registry archive.
        donor_archive = tm.add(
            tg.DataStore("Donor file archive", stores={donor_files}, controls={c.RBAC()})
        )

with tm.boundary("Website hosting", trust=tg.Trust.INTERNAL):
    # Public collections website served from the museum's cloud hosting.
    website = tm.add(
        tg.Endpoint(
            "Public collections website",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=120, note="CDN rate limits")},
        )
    )

# ---------------------------------------------------------------- flows
# curator starts a task
tm.flow(curator, workbench, task, curator_notes, protocol="https")
tm.flow(workbench, agent, task, curator_notes)

# agent gathers context
tm.flow(dams, agent, photos)
tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, cms, search_call)
tm.flow(cms, search_tool, object_records)
tm.flow(search_tool, agent, search_result)
tm.flow(agent, donor_tool, donor_call)
tm.flow(donor_archive, donor_tool, donor_files)
tm.flow(donor_tool, agent, donor_extract)
tm.flow(agent, authority_tool, authority_call)
tm.flow(authority_tool, authorities, authority_call, protocol="https")
tm.flow(authorities, authority_tool, authority_entries, protocol="https")
tm.flow(authority_tool, agent, authority_entries)

# the model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# draft, review and approval
tm.flow(agent, draft_tool, draft)
tm.flow(draft_tool, cms, draft)
tm.flow(cms, workbench, draft, object_records)
tm.flow(workbench, curator, draft, photos, protocol="https")
tm.flow(curator, workbench, approval, protocol="https")
tm.flow(workbench, cms, approval)

# publication
tm.flow(cms, publisher, approval, object_records)
tm.flow(dams, publisher, photos)
tm.flow(publisher, website, published, public_images, protocol="https")
tm.flow(visitor, website, visitor_search, protocol="https")
tm.flow(website, visitor, published, public_images, protocol="https")
