"""Handwritten letters transcription: the first design, before any security review.

The national archive digitises its collections of historical letters and wants
them readable and searchable online. A batch service in the archive's network
sends each scan, with catalogue metadata, to a hosted vision LLM and stores the
draft transcription in the transcription store of a crowdsourcing tool that runs
in the archive's public cloud hosting. Registered volunteers sign in with e-mail
and password, compare the draft with the scan (served by an IIIF image server)
and correct it. Archivists review corrections in the tool's review queue; only
approved versions are pushed by the publication service to the public website
and its search index, where anyone can read them beside the scans. Controls so
far: archivist approval before publication, roles and HTML stripping in the tool,
revision history of every transcription, TLS on public traffic, and a vendor
review of the LLM provider (no training on our data).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Archival letters handwriting transcription",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Vision-LLM transcription of historical letters, corrected by volunteers, published online.",
)

# ---------------------------------------------------------------- data assets
scans = tg.Data(
    "Letter scans",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="High-resolution images of open-access letters.",
)
catalogue_metadata = tg.Data(
    "Catalogue descriptions",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Reference code, date, correspondents and place for each letter.",
)
transcription_prompt = tg.Data(
    "Transcription prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Transcription instructions, the catalogue description and the scan image.",
)
draft = tg.Data("Draft transcription", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
corrections = tg.Data(
    "Volunteer corrections",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Edited transcription text and notes, with the volunteer's user name.",
)
approval = tg.Data("Correction approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved = tg.Data(
    "Approved transcription",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
accounts = tg.Data(
    "Volunteer accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail address, password hash and contribution history.",
)
login = tg.Data("Sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
search_query = tg.Data("Search query", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
web_pages = tg.Data(
    "Letter pages and search results", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Researchers, genealogists and the public reading the letters.
    visitor = tm.add(tg.Actor("Website visitor", role="public reader"))
    # Anyone may register and correct transcriptions.
    volunteer = tm.add(tg.Actor("Volunteer transcriber", role="volunteer"))

with tm.boundary("Vision LLM vendor", trust=tg.Trust.PARTNER):
    # A commercial multimodal model reads the handwriting in each scan.
    vision_llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="procurement review: no retention or training on inputs")
            },
        )
    )

with tm.boundary("Public cloud hosting", trust=tg.Trust.INTERNAL):
    # The public site that shows each letter's scan beside its approved transcription.
    website = tm.add(tg.Service("Public archive website"))
    # Full-text search over the published transcriptions.
    search_index = tm.add(tg.DataStore("Search index", stores={approved}))
    # Serves scan tiles to the website and to the crowdsourcing tool's viewer.
    iiif = tm.add(tg.Service("IIIF image server"))
    # Volunteers edit drafts here; archivists approve them in its review queue.
    crowd_tool = tm.add(
        tg.Service(
            "Crowdsourcing transcription tool",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="volunteer, reviewer and administrator roles"),
                c.InputValidation(note="HTML and scripts stripped from submitted text"),
            },
        )
    )
    # Drafts, corrections and approved versions of every transcription.
    transcription_store = tm.add(
        tg.DataStore(
            "Transcription store",
            stores={draft, corrections, approved},
            controls={c.DataVersioning(note="every revision is kept with its author")},
        )
    )
    # Volunteer registrations for the crowdsourcing tool.
    account_store = tm.add(tg.DataStore("Volunteer account store", stores={accounts}))

with tm.boundary("Archive network", trust=tg.Trust.INTERNAL):
    # Staff who approve corrections before they are published.
    archivist = tm.add(tg.Actor("Archivist", role="archivist"))
    # The preservation copies of the digitised letters.
    scan_repository = tm.add(tg.DataStore("Digital scan repository", stores={scans}))
    # The archive's descriptive catalogue, used as context for the model.
    catalogue = tm.add(tg.DataStore("Archival catalogue", stores={catalogue_metadata}))
    # Sends each new scan to the model and stores the draft it returns.
    batch = tm.add(tg.Service("Transcription batch service"))
    # Pushes only approved transcriptions to the website and search index.
    publisher = tm.add(
        tg.Service(
            "Publication service",
            controls={c.HumanInTheLoop(approver="archivist")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(scan_repository, batch, scans)
tm.flow(catalogue, batch, catalogue_metadata)
tm.flow(batch, vision_llm, transcription_prompt, protocol="https")
tm.flow(vision_llm, batch, draft, protocol="https")
tm.flow(batch, transcription_store, draft, label="import drafts")

tm.flow(scan_repository, iiif, scans, label="nightly sync of published scans")
tm.flow(iiif, volunteer, scans, protocol="https")
tm.flow(iiif, visitor, scans, protocol="https")

tm.flow(volunteer, crowd_tool, login, corrections, protocol="https")
tm.flow(crowd_tool, volunteer, draft, protocol="https")
tm.flow(crowd_tool, account_store, accounts)
tm.flow(account_store, crowd_tool, accounts)
tm.flow(crowd_tool, transcription_store, corrections, approval)
tm.flow(transcription_store, crowd_tool, draft, corrections)

tm.flow(crowd_tool, archivist, corrections, protocol="https", label="review queue")
tm.flow(archivist, crowd_tool, approval, protocol="https")

tm.flow(transcription_store, publisher, approved)
tm.flow(publisher, website, approved, protocol="https")
tm.flow(publisher, search_index, approved)

tm.flow(visitor, website, search_query, protocol="https")
tm.flow(website, search_index, search_query)
tm.flow(search_index, website, approved)
tm.flow(website, visitor, web_pages, protocol="https")
