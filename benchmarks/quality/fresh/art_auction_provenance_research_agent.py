"""Art auction provenance research agent: the first design, before any security review.

Our auction house (Paris and London salerooms) gets hundreds of consignments a
season, and each needs an ownership history before it can be sold. A specialist
opens a consigned lot in the research workbench and starts the provenance agent.
The agent reads the lot from the consignment system, then, using a hosted LLM to
plan and write, searches public web archives, queries a commercial stolen-art
registry and searches an index of the house's own past catalogues. It saves a
draft provenance report with a citation for every claim. Specialists edit the
draft and, when satisfied, publish it to the lot page of the online catalogue
through the CMS. Controls in this design: staff SSO on the workbench, a step cap
on the agent, the registry key in a vault, role-based and encrypted consignment
records, and publication only by a specialist.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Art auction provenance research agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An agent drafts cited provenance reports for consigned artworks; specialists publish them.",
)

# ---------------------------------------------------------------- data assets
research_request = tg.Data(
    "Research request",
    kind="instructions",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Lot number and the specialist's notes on what to look for.",
)
consignment = tg.Data(
    "Consignment record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Artwork details, images, the consignor's identity and what they say about its history.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the consignment record and every search result so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
search_query = tg.Data(
    "Provenance search query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Artist, title, dimensions and former owners' names; reveals an unannounced consignment.",
)
archived_pages = tg.Data(
    "Archived web pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
    description="Old dealer sites, exhibition pages and sale records from web archives.",
)
registry_results = tg.Data(
    "Stolen-art registry results",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
registry_key = tg.Data("Registry API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
catalogue_entries = tg.Data(
    "Past catalogue entries",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PII,
    description="Digitised catalogues since 1950 with annotated sale results, buyers and sellers.",
)
tool_results = tg.Data("Search results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
draft_report = tg.Data(
    "Draft provenance report",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
published_report = tg.Data(
    "Published provenance",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
page_request = tg.Data("Catalogue page request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public web archives the agent searches (Wayback Machine, digitised periodicals).
    web_archives = tm.add(
        tg.DataSource("Public web archives", origin=tg.Origin.PUBLIC_WEB, provides={archived_pages})
    )
    # Collectors and bidders who read the published lot pages.
    bidder = tm.add(tg.Actor("Collector or bidder", role="public visitor"))

with tm.boundary("Stolen-art registry", trust=tg.Trust.PARTNER):
    # Commercial registry of stolen and looted works, paid subscription with an API key.
    registry = tm.add(tg.ExternalService("Stolen-art registry API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the searches and writes the report.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Provenance specialist who starts the research, edits and publishes.
    specialist = tm.add(tg.Actor("Provenance specialist", role="specialist"))

with tm.boundary("House cloud", trust=tg.Trust.INTERNAL):
    # Staff web app where specialists start research and edit drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Research workbench",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )
    # Plans and runs the searches, then writes a cited draft.
    agent = tm.add(
        tg.Agent(
            "Provenance research agent",
            autonomy=tg.Autonomy.ASSISTIVE,
            controls={c.CircuitBreaker(max_steps=60)},
        )
    )
    # Searches web archives over the internet.
    archive_tool = tm.add(
        tg.Tool("Web archive search tool", capabilities={"read", "network-egress"})
    )
    # Looks the artwork up in the stolen-art registry.
    registry_tool = tm.add(
        tg.Tool(
            "Stolen-art registry lookup",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="API key in the cloud secret manager")},
        )
    )
    # Semantic search over the house's past catalogues.
    catalogue_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Drafts waiting for a specialist.
    drafts = tm.add(tg.DataStore("Draft report store", stores={draft_report}))
    # Content management for the online catalogue; only specialists can publish.
    cms = tm.add(
        tg.Service(
            "Catalogue CMS",
            controls={c.HumanInTheLoop(approver="a provenance specialist")},
        )
    )
    # Public lot pages of the online catalogue.
    online_catalogue = tm.add(tg.Endpoint("Online catalogue", purpose=tg.EndpointPurpose.API))

    with tm.boundary("Collections data", trust=tg.Trust.RESTRICTED):
        # System of record for consigned lots and consignors.
        consignments = tm.add(
            tg.DataStore(
                "Consignment system",
                stores={consignment},
                controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Embedded chunks of digitised past catalogues.
        catalogue_index = tm.add(tg.VectorStore("Past catalogue index", stores={catalogue_entries}))

# ---------------------------------------------------------------- flows
tm.flow(specialist, workbench, research_request, draft_report, protocol="https")
tm.flow(workbench, specialist, draft_report, protocol="https")
tm.flow(workbench, agent, research_request)
tm.flow(agent, consignments, research_request, label="lot lookup")
tm.flow(consignments, agent, consignment)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, archive_tool, search_query)
tm.flow(archive_tool, web_archives, search_query, protocol="https")
tm.flow(web_archives, archive_tool, archived_pages, protocol="https")
tm.flow(archive_tool, agent, archived_pages)

tm.flow(agent, registry_tool, search_query)
tm.flow(registry_tool, registry, search_query, registry_key, protocol="https")
tm.flow(registry, registry_tool, registry_results, protocol="https")
tm.flow(registry_tool, agent, registry_results)

tm.flow(agent, catalogue_tool, search_query)
tm.flow(catalogue_tool, catalogue_index, search_query)
tm.flow(catalogue_index, catalogue_tool, catalogue_entries)
tm.flow(catalogue_tool, agent, tool_results)

tm.flow(agent, drafts, draft_report, label="saves cited draft")
tm.flow(drafts, workbench, draft_report)
tm.flow(workbench, drafts, draft_report, label="specialist edits")
tm.flow(workbench, cms, published_report, label="publish")
tm.flow(cms, online_catalogue, published_report)
tm.flow(bidder, online_catalogue, page_request, protocol="https")
tm.flow(online_catalogue, bidder, published_report, protocol="https")
