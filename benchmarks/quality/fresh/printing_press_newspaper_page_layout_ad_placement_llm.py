"""Page layout and ad placement assistant: the first design, before any security review.

A regional daily newspaper in Ireland wants its print plant to lay out pages faster
on press nights. At edition close a layout orchestrator pulls the page budget and
story summaries from the editorial CMS and the night's ad bookings from the ad
booking vendor's SaaS, adds the house layout and ad placement rules, and asks a
hosted LLM to propose a layout for each page: where stories, photos and adverts go.
A pagination engine renders the proposal into page proofs with the real text,
photos and ad artwork. The night editor reviews the proofs in a review console,
sends pages back with change requests or approves them; approved pages go to the
prepress RIP, which drives the platesetter for the press. Controls in this design:
newsroom directory sign-in on the console, the night editor's approval of every page,
a schema check of the layout before rendering, an approval log, CMS roles and a
legal review of the LLM vendor's terms. Bookings hold personal data (classifieds).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Newspaper page layout and ad placement assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM proposes print page layouts and advert positions; the night editor "
    "approves each page before plates are made.",
)

# ---------------------------------------------------------------- data assets
stories = tg.Data(
    "Stories and photos",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Unpublished copy and pictures, some embargoed; names people in the news.",
)
page_budget = tg.Data(
    "Page budget",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pages, sections, story lengths, priorities, headlines and summaries.",
)
ad_bookings = tg.Data(
    "Ad bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Advertiser, size, section, position requests and free-text placement notes.",
)
ad_artwork = tg.Data(
    "Ad artwork",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="PDFs supplied by advertisers or built by the vendor's ad studio.",
)
house_rules = tg.Data(
    "House layout and ad placement rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Grid, fixed positions, competitor separation, no ads beside tragedy stories.",
)
layout_prompt = tg.Data("Layout prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
proposed_layout = tg.Data(
    "Proposed page layout",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="JSON placing each story, photo and advert on the page grid.",
)
page_proofs = tg.Data("Page proofs", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)
change_requests = tg.Data(
    "Page change requests", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
page_approval = tg.Data("Page approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_pages = tg.Data(
    "Approved page PDFs",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
plate_files = tg.Data(
    "Separated plate bitmaps", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
layout_log = tg.Data(
    "Layout proposals and approvals", kind="logs", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Businesses and private people booking display ads, classifieds and notices.
    advertiser = tm.add(tg.Actor("Advertiser", role="advertiser"))

with tm.boundary("Ad booking vendor", trust=tg.Trust.PARTNER):
    # Vendor SaaS the ad sales team and advertisers use to book and upload adverts.
    ad_system = tm.add(tg.ExternalService("Ad booking system", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model called through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted layout LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(
                    note="legal reviewed the vendor's no-training, 30-day retention terms"
                )
            },
        )
    )

with tm.boundary("Newsroom network", trust=tg.Trust.INTERNAL):
    # Reporters and sub-editors who write and edit copy in the CMS.
    journalist = tm.add(tg.Actor("Journalist", role="reporter or sub-editor"))
    # The editor in charge on press night who signs off every page.
    night_editor = tm.add(tg.Actor("Night editor", role="night editor"))
    # Existing editorial system holding copy, photos and the page budget.
    cms = tm.add(
        tg.DataStore(
            "Editorial CMS",
            stores={stories, page_budget},
            controls={c.RBAC(note="desk roles: reporter, sub-editor, editor")},
        )
    )
    # Web app where the night editor compares proofs and approves or sends back pages.
    console = tm.add(
        tg.Service(
            "Page review console",
            controls={
                c.Authentication(method="newsroom Active Directory password"),
                c.HumanInTheLoop(approver="the night editor, for every page"),
            },
        )
    )

with tm.boundary("Print plant network", trust=tg.Trust.INTERNAL):
    # New component: gathers inputs, builds the prompt, calls the LLM, handles re-runs.
    orchestrator = tm.add(tg.Service("Layout orchestrator"))
    # House style and placement rules the production manager maintains.
    rules_store = tm.add(tg.DataStore("Layout rules configuration", stores={house_rules}))
    # InDesign Server instance that flows text, photos and ads into the proposed grid.
    pagination = tm.add(
        tg.Service(
            "Pagination engine",
            controls={c.SchemaEnforcement(note="layout JSON must match the page grid schema")},
        )
    )
    # Record of every proposal, change request and approval for the edition.
    log_store = tm.add(
        tg.DataStore(
            "Layout audit log",
            stores={layout_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Existing prepress workflow: trapping, imposition and RIP to plate bitmaps.
    rip = tm.add(tg.Service("Prepress RIP"))
    # Computer-to-plate setter that images the aluminium plates for the press.
    platesetter = tm.add(tg.Device("CTP platesetter", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(journalist, cms, stories, page_budget, protocol="https")
tm.flow(advertiser, ad_system, ad_bookings, ad_artwork, protocol="https")

tm.flow(cms, orchestrator, page_budget, protocol="https", label="edition close export")
tm.flow(ad_system, orchestrator, ad_bookings, protocol="https", label="edition close export")
tm.flow(rules_store, orchestrator, house_rules)
tm.flow(orchestrator, llm, layout_prompt, protocol="https")
tm.flow(llm, orchestrator, proposed_layout, protocol="https")
tm.flow(orchestrator, pagination, proposed_layout)
tm.flow(orchestrator, log_store, layout_log)

tm.flow(cms, pagination, stories, protocol="https")
tm.flow(ad_system, pagination, ad_artwork, protocol="https")
tm.flow(pagination, console, page_proofs, protocol="https")
tm.flow(console, night_editor, page_proofs, protocol="https")
tm.flow(night_editor, console, page_approval, change_requests, protocol="https")
tm.flow(console, orchestrator, change_requests, protocol="https", label="re-run page")
tm.flow(console, log_store, layout_log)
tm.flow(console, rip, approved_pages, page_approval, protocol="smb", label="hot folder")
tm.flow(rip, platesetter, plate_files)
