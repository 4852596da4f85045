"""Counterfeit listing takedown agent: the first design, before any security review.

The brand protection team of a European fashion house wants counterfeit listings
off the big marketplaces faster. A crawler collects listings (title, text, price,
seller, photos) from marketplace search pages into a listing store. After each
crawl a scoring service compares every listing with the authentic product
catalogue: an in-house image model scores how likely the item is a fake, and
prices far below retail count against it. Flagged listings go to a takedown agent
that reads the listing, checks earlier cases, has a hosted LLM draft the notice
and files it through each marketplace's brand protection API with the brand's
rights-owner credentials, kept in a vault. Listings scored below 0.95 wait for a
brand protection analyst in a review console (corporate SSO with MFA); the rest
are filed automatically. Every case is kept in a case store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Counterfeit listing takedown agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Finds counterfeit marketplace listings from images and prices and files takedown notices.",
)

# ---------------------------------------------------------------- data assets
listings = tg.Data(
    "Marketplace listings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Title, description, price, seller name and shop id from public listing pages.",
)
listing_images = tg.Data("Listing photos", kind="media", sensitivity=tg.Sensitivity.PUBLIC)
catalogue = tg.Data(
    "Authentic product catalogue",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Product photos, materials, retail prices, including unreleased lines.",
)
features = tg.Data(
    "Listing image and price features", kind="features", sensitivity=tg.Sensitivity.INTERNAL
)
score = tg.Data("Counterfeit score", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
flagged = tg.Data(
    "Flagged listings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Listings over the review threshold, with score and price gap.",
)
llm_prompt = tg.Data(
    "Notice drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the listing text as scraped, the evidence and the notice template.",
)
llm_output = tg.Data("Drafted notice text", kind="model-output", sensitivity=tg.Sensitivity.PII)
notice_call = tg.Data("Takedown filing request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
notice = tg.Data(
    "Takedown notice",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Listing reference, infringed rights, evidence and the rights owner's sworn statement.",
)
notice_status = tg.Data(
    "Notice status", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
api_keys = tg.Data(
    "Marketplace API keys",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="The brand's rights-owner accounts on each marketplace's brand protection programme.",
)
cases = tg.Data(
    "Takedown cases",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Listing, seller, evidence, notice filed, status and who approved it.",
)
decision = tg.Data("Analyst decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Public listing pages; sellers write everything on them.
    marketplace_pages = tm.add(
        tg.DataSource(
            "Marketplace listing pages",
            origin=tg.Origin.PUBLIC_WEB,
            provides={listings, listing_images},
        )
    )

with tm.boundary("Marketplaces", trust=tg.Trust.PARTNER):
    # Where notices are filed (brand registry / rights-owner programmes).
    marketplace_api = tm.add(tg.ExternalService("Marketplace brand protection API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts the notice wording from the template and evidence.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Brand protection platform", trust=tg.Trust.INTERNAL):
    # Runs marketplace searches for the brand's product names every few hours.
    crawler = tm.add(
        tg.Pipeline(
            "Listing crawler",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Open-source scraping framework with a headless browser.",
        )
    )
    # Raw crawled listings and photos.
    listing_store = tm.add(tg.DataStore("Listing store", stores={listings, listing_images}))
    # Reference for what the real products look like and cost.
    catalogue_store = tm.add(tg.DataStore("Product catalogue", stores={catalogue}))
    # Scores each new crawl against the catalogue and flags suspects.
    scorer = tm.add(tg.Service("Listing scoring service"))
    # In-house image model trained on authentic and seized counterfeit products.
    detector = tm.add(
        tg.Model(
            "Counterfeit detection model",
            task=tg.Task.CLASSIFIER,
            returns_scores=True,
            high_stakes=True,
        )
    )
    # Decides what to file, drafts with the LLM and files notices.
    agent = tm.add(
        tg.Agent(
            "Takedown agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.HumanInTheLoop(
                    approver="brand protection analyst",
                    note="only listings scored below 0.95 wait for an analyst; the rest are filed automatically",
                ),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Files the notice with the marketplace and returns its status.
    filing_tool = tm.add(
        tg.Tool(
            "Notice filing tool",
            capabilities={"write", "network-egress"},
        )
    )
    # Holds the rights-owner credentials for each marketplace.
    vault = tm.add(
        tg.DataStore("Secrets vault", stores={api_keys}, controls={c.SecretsManagement()})
    )
    # The record of every case, for reporting and counter-notices.
    case_store = tm.add(
        tg.DataStore(
            "Case store",
            stores={cases},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where analysts review queued listings and see filed cases.
    console = tm.add(
        tg.Endpoint(
            "Review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Brand protection team member who approves lower-confidence takedowns.
    analyst = tm.add(tg.Actor("Brand protection analyst", role="analyst"))

# ---------------------------------------------------------------- flows
tm.flow(
    marketplace_pages, crawler, listings, listing_images, protocol="https", label="search crawl"
)
tm.flow(crawler, listing_store, listings, listing_images)

tm.flow(listing_store, scorer, listings, listing_images, label="after each crawl")
tm.flow(catalogue_store, scorer, catalogue)
tm.flow(scorer, detector, features)
tm.flow(detector, scorer, score)
tm.flow(scorer, agent, flagged)

tm.flow(case_store, agent, cases, label="earlier cases for the seller")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(agent, filing_tool, notice_call)
tm.flow(vault, filing_tool, api_keys)
tm.flow(filing_tool, marketplace_api, notice, protocol="https")
tm.flow(marketplace_api, filing_tool, notice_status, protocol="https")
tm.flow(filing_tool, agent, notice_status)
tm.flow(agent, case_store, cases)

tm.flow(case_store, console, cases)
tm.flow(console, analyst, cases, protocol="https")
tm.flow(analyst, console, decision, protocol="https")
tm.flow(console, agent, decision)
