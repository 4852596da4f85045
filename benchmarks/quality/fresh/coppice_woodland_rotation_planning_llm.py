"""Coppice rotation planning assistant: the first design, before any security review.

A woodland trust manages coppice woods on a rotation. Volunteer surveyors record
stool counts, regrowth and access notes in a hosted field survey app; a drone
contractor uploads orthomosaics of each compartment; the local environmental
records centre supplies protected species records (dormice, bat roosts, badger
setts) under a data licence. The planning assistant, a web app in the trust's
cloud tenancy, gathers these for a compartment, retrieves forestry guidance and
past management plans from an index, and asks a hosted LLM to draft a coppice
rotation plan and a felling licence application. The woodland officer edits and
signs every draft before submitting it to the Forestry Commission portal.
Controls so far: single sign-on with MFA and roles on the assistant, HTTPS
everywhere, encrypted and role-restricted stores, and a reviewed LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coppice rotation planning assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM assistant drafting coppice rotation plans and felling licence "
        "applications for the woodland officer to sign."
    ),
)

# ---------------------------------------------------------------- data assets
survey_notes = tg.Data(
    "Survey notes",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Stool counts, regrowth, access and sightings, with the surveyor's name and contact.",
)
drone_maps = tg.Data("Drone orthomosaics", sensitivity=tg.Sensitivity.INTERNAL, kind="media")
compartments = tg.Data(
    "Compartment boundaries", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
species = tg.Data(
    "Protected species records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Locations of dormice, bat roosts and badger setts, with recorder names.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
guidance = tg.Data("Forestry guidance", sensitivity=tg.Sensitivity.PUBLIC, kind="documents")
past_plans = tg.Data(
    "Past management plans", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="documents"
)
passages = tg.Data(
    "Guidance and plan passages", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="retrieved-context"
)
request = tg.Data("Planning request", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt")
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, survey notes, species constraints and retrieved passages.",
)
completion = tg.Data("LLM draft text", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
draft = tg.Data(
    "Draft rotation plan and licence application",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
)
application = tg.Data(
    "Signed felling licence application",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers who walk the coupes and record what they find.
    volunteer = tm.add(tg.Actor("Volunteer surveyor", role="volunteer"))

with tm.boundary("Survey app vendor", trust=tg.Trust.PARTNER):
    # Hosted mobile form app the volunteers record surveys in.
    survey_app = tm.add(tg.ExternalService("Field survey app", provides="generic"))

with tm.boundary("Drone contractor", trust=tg.Trust.PARTNER):
    # Contractor flying each compartment before it is planned.
    drone = tm.add(
        tg.DataSource("Drone survey contractor", origin=tg.Origin.PARTNER, provides={drone_maps})
    )

with tm.boundary("Records centre", trust=tg.Trust.PARTNER):
    # Local environmental records centre, supplying species records under licence.
    records_centre = tm.add(
        tg.DataSource("Local records centre", origin=tg.Origin.PARTNER, provides={species})
    )

with tm.boundary("Public web", trust=tg.Trust.UNTRUSTED):
    # UK Forestry Standard, felling licence guidance and operations notes.
    guidance_pages = tm.add(
        tg.DataSource(
            "Forestry guidance publications", origin=tg.Origin.PUBLIC_WEB, provides={guidance}
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes the drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on prompts, 30-day retention"
                )
            },
        )
    )

with tm.boundary("Forestry Commission", trust=tg.Trust.PARTNER):
    # Government portal where felling licence applications are lodged.
    fc_portal = tm.add(tg.ExternalService("Felling licence portal", provides="generic"))

with tm.boundary("Trust office", trust=tg.Trust.INTERNAL):
    # Staff member who owns the plans, signs them and submits the applications.
    officer = tm.add(tg.Actor("Woodland officer", role="woodland officer"))

with tm.boundary("Trust cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web app that assembles the context, calls the LLM and returns drafts.
    assistant = tm.add(
        tg.Service(
            "Planning assistant",
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on with MFA"),
                c.RBAC(note="woodland officers and ecologists group only"),
                c.HumanInTheLoop(approver="the woodland officer, who edits and signs every draft"),
            },
        )
    )
    # Document library holding survey notes synced from the app and saved drafts.
    library = tm.add(
        tg.DataStore(
            "Survey document library",
            stores={survey_notes, draft, application, past_plans},
            controls={
                c.EncryptionAtRest(key_management="platform-managed keys"),
                c.RBAC(),
            },
        )
    )
    # Spatial database: compartments, drone maps and the licensed species layer.
    gis = tm.add(
        tg.DataStore(
            "Woodland GIS database",
            stores={compartments, drone_maps, species},
            controls={
                c.EncryptionAtRest(key_management="platform-managed keys"),
                c.RBAC(note="species layer restricted to named staff under the data licence"),
            },
        )
    )
    # Index of forestry guidance and past plans for retrieval.
    index = tm.add(tg.VectorStore("Guidance and plans index", stores={passages}))
    # Weekly job that chunks and embeds guidance and past plans with a local embedding model.
    indexer = tm.add(
        tg.Pipeline("Weekly indexing job", stage=tg.Stage.INGESTION, third_party_packages=True)
    )

# ---------------------------------------------------------------- flows
# Inputs arriving
tm.flow(volunteer, survey_app, survey_notes, protocol="https")
tm.flow(survey_app, library, survey_notes, protocol="https", label="sync")
tm.flow(drone, gis, drone_maps, protocol="https", label="upload link")
tm.flow(records_centre, gis, species, protocol="https", label="licensed data extract")

# Indexing
tm.flow(guidance_pages, indexer, guidance, protocol="https", label="weekly crawl")
tm.flow(library, indexer, past_plans, label="weekly export")
tm.flow(indexer, index, passages)

# Drafting
tm.flow(officer, assistant, request, protocol="https")
tm.flow(assistant, library, request, label="notes lookup")
tm.flow(library, assistant, survey_notes, past_plans)
tm.flow(assistant, gis, request, label="compartment lookup")
tm.flow(gis, assistant, compartments, drone_maps, species)
tm.flow(assistant, index, request, label="similarity query")
tm.flow(index, assistant, passages)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, library, draft, label="saves draft")
tm.flow(assistant, officer, draft, protocol="https")

# Sign-off and submission
tm.flow(library, officer, draft, protocol="https", label="opens draft to edit")
tm.flow(officer, library, application, protocol="https", label="saves signed version")
tm.flow(officer, fc_portal, application, protocol="https")
