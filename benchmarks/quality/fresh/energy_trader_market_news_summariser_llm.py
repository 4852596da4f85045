"""Energy trading market news summariser: the first design, before any security review.

Every weekday before the open, a batch job collects the last day's items from the
licensed newswire API, regulator notices (Ofgem, ACER and REMIT inside-information
messages) and the exchanges' and grid operators' public transparency feeds, and files
them in a news archive in the company's cloud tenancy. A brief generator service
picks the items relevant to the desk's traded hubs, adds a snapshot of the desk's net
positions from the ETRM system so that the brief can flag exposures, and asks a
vendor-hosted LLM for a morning brief per desk. The desk's market analyst reads the
draft in the brief portal and publishes it; published briefs are e-mailed to traders
and stay in the portal. Controls in this design: SSO with MFA and desk-group access
on the portal, the analyst's publish step, vendor risk review of the LLM provider,
API keys held in the cloud key vault, TLS on external calls and brief records kept
for five years for compliance.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Energy trading market news summariser",
    profile=tg.RiskProfile.HIGH,
    description=(
        "Morning market briefs for power and gas traders, summarised by an LLM from "
        "newswires, regulator notices and market transparency feeds."
    ),
)

# ---------------------------------------------------------------- data assets
news_items = tg.Data(
    "Newswire articles",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed content; redistribution outside the licence is a breach.",
)
regulator_notices = tg.Data(
    "Regulator notices and REMIT messages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
market_messages = tg.Data(
    "Exchange and grid operator market messages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Outage notices, auction results and system warnings.",
)
archived_news = tg.Data(
    "Archived news items",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
positions = tg.Data(
    "Desk position snapshot",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Net positions by hub and delivery period for each desk, as of close.",
)
trade_book = tg.Data(
    "Trades and positions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
newswire_key = tg.Data("Newswire API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
summary_prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the selected news items and the desk position snapshot.",
)
llm_summary = tg.Data("LLM summary", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
draft_brief = tg.Data(
    "Draft morning brief", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
published_brief = tg.Data(
    "Published morning brief",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
analyst_edits = tg.Data(
    "Analyst edits and publish action", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Regulators' public notice pages and RSS feeds, including REMIT UMM platforms.
    regulator_feed = tm.add(
        tg.DataSource(
            "Regulator notice feeds",
            origin=tg.Origin.PUBLIC_WEB,
            provides={regulator_notices},
        )
    )
    # Exchanges' and TSOs' public transparency APIs.
    transparency_feed = tm.add(
        tg.DataSource(
            "Exchange and TSO transparency feeds",
            origin=tg.Origin.PUBLIC_WEB,
            provides={market_messages},
        )
    )

with tm.boundary("Newswire vendor", trust=tg.Trust.PARTNER):
    # Licensed real-time energy news, pulled over the vendor's REST API.
    newswire = tm.add(
        tg.DataSource("Licensed newswire API", origin=tg.Origin.VENDOR, provides={news_items})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the summaries.
    llm = tm.add(
        tg.LLM(
            "Hosted summarisation LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor risk review; zero-retention terms")},
        )
    )

with tm.boundary("Company cloud tenancy", trust=tg.Trust.INTERNAL):
    # Scheduled collector that normalises every source into one item format.
    collector = tm.add(
        tg.Pipeline(
            "News collection job",
            stage=tg.Stage.INGESTION,
            description="Runs at 05:00 on weekdays; dedupes and tags items by hub and commodity.",
            controls={c.SecretsManagement(note="newswire API key in the cloud key vault")},
        )
    )
    # Rolling archive of collected items, also used to answer 'where did this come from'.
    news_archive = tm.add(tg.DataStore("News archive", stores={archived_news}))
    # Picks relevant items per desk, builds prompts, calls the LLM, files the draft.
    generator = tm.add(
        tg.Service(
            "Brief generator",
            description="One prompt per desk; splits long days into batches and merges the summaries.",
            controls={c.SecretsManagement(note="LLM API key in the cloud key vault")},
        )
    )
    # Drafts and published briefs, kept as records of what traders were told.
    brief_store = tm.add(
        tg.DataStore(
            "Brief store",
            stores={draft_brief, published_brief},
            controls={c.AuditLogging(retention_days=1825)},
        )
    )
    # Internal web app where analysts review drafts and traders read briefs.
    portal = tm.add(
        tg.Endpoint(
            "Brief portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (Entra ID) with MFA"),
                c.RBAC(note="trading desk and analyst groups"),
                c.HumanInTheLoop(approver="the desk's market analyst publishes each brief"),
            },
        )
    )
    # Sends the published brief to each desk's distribution list.
    mailer = tm.add(tg.Service("Brief mailer"))

with tm.boundary("Trading systems", trust=tg.Trust.RESTRICTED):
    # Energy trading and risk management system: the book of record.
    etrm = tm.add(
        tg.DataStore("ETRM system", stores={trade_book}, controls={c.RBAC(), c.EncryptionAtRest()})
    )

with tm.boundary("Trading floor network", trust=tg.Trust.INTERNAL):
    # Reads the brief before the open and trades on it.
    trader = tm.add(tg.Actor("Trader", role="power and gas trader"))
    # Reviews, edits and publishes the draft for their desk.
    analyst = tm.add(tg.Actor("Market analyst", role="desk market analyst"))

# ---------------------------------------------------------------- flows
tm.flow(collector, newswire, newswire_key, protocol="https", label="authenticated pull")
tm.flow(newswire, collector, news_items, protocol="https")
tm.flow(regulator_feed, collector, regulator_notices, protocol="https")
tm.flow(transparency_feed, collector, market_messages, protocol="https")
tm.flow(collector, news_archive, archived_news)

tm.flow(news_archive, generator, archived_news, label="last 24 hours")
tm.flow(etrm, generator, positions, label="close-of-day snapshot")
tm.flow(generator, llm, summary_prompt, protocol="https")
tm.flow(llm, generator, llm_summary, protocol="https")
tm.flow(generator, brief_store, draft_brief)

tm.flow(brief_store, portal, draft_brief, published_brief)
tm.flow(portal, analyst, draft_brief, protocol="https")
tm.flow(analyst, portal, analyst_edits, protocol="https")
tm.flow(portal, brief_store, published_brief, label="publish")
tm.flow(portal, trader, published_brief, protocol="https")

tm.flow(brief_store, mailer, published_brief)
tm.flow(mailer, trader, published_brief, protocol="smtp+starttls", label="desk distribution list")
