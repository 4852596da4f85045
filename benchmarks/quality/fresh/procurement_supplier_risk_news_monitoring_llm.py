"""Supplier risk monitor: the first design, before any security review.

Our procurement team buys parts and raw materials from about 2,000 suppliers. This
tool watches what is published about them: a licensed news feed, the EU and OFAC
sanctions list updates and companies' public filings are pulled in every night,
indexed, and matched against the suppliers on a watchlist kept by procurement
admins. For each supplier with new material an orchestrator sends the supplier's
profile and the matching articles to a hosted LLM, which classifies the risk
(sanctions, insolvency, labour, environmental, disruption) and writes a short
summary with citations. Flags land in a workbench that category managers open
through corporate SSO, and high-severity flags are also e-mailed to them. Flags are
advisory: the compliance team's own screening tool remains the sanctions check of
record, and managers decide any action on a supplier. Everything runs in our
procurement cloud subscription except the LLM, which a vendor hosts in an EU region.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Supplier risk news monitoring",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM reads news, sanctions updates and filings and flags supplier risks "
    "to category managers.",
)

# ---------------------------------------------------------------- data assets
news_articles = tg.Data(
    "Licensed news articles",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Articles from the news aggregator, keyword-filtered on supplier names.",
)
sanctions_updates = tg.Data(
    "Sanctions list updates",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
filings = tg.Data(
    "Supplier public filings",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="documents",
    description="Annual accounts, insolvency notices and director changes from company registers.",
)
indexed_content = tg.Data(
    "Indexed article and filing chunks",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
)
supplier_master = tg.Data(
    "Supplier master data",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Supplier legal names, sites, annual spend, criticality and contact persons.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
watchlist = tg.Data(
    "Supplier watchlist and risk categories",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
)
risk_prompt = tg.Data(
    "Risk assessment prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="Instructions, the supplier's profile and spend, and the matched article chunks.",
)
llm_assessment = tg.Data(
    "LLM risk assessment",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="model-output",
    description="Risk category, severity and a cited summary.",
)
risk_flags = tg.Data(
    "Supplier risk flags",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
manager_feedback = tg.Data(
    "Flag dispositions",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="feedback",
    description="Confirmed, dismissed or escalated, with a note from the category manager.",
)
alert_email = tg.Data("High-severity risk alert", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Official sanctions lists, downloaded as published by the EU and OFAC.
    sanctions_source = tm.add(
        tg.DataSource(
            "Sanctions list publications",
            origin=tg.Origin.PUBLIC_WEB,
            provides={sanctions_updates},
        )
    )
    # Company registers and filing portals where suppliers' filings appear.
    filings_source = tm.add(
        tg.DataSource(
            "Company registers",
            origin=tg.Origin.PUBLIC_WEB,
            provides={filings},
        )
    )

with tm.boundary("News aggregator", trust=tg.Trust.PARTNER):
    # Licensed feed that republishes articles from thousands of outlets.
    news_feed = tm.add(
        tg.DataSource(
            "News aggregator API",
            origin=tg.Origin.VENDOR,
            provides={news_articles},
        )
    )

with tm.boundary("LLM vendor EU region", trust=tg.Trust.PARTNER):
    # The model that reads the material and judges the risk; we do not host it.
    llm = tm.add(
        tg.LLM(
            "Hosted risk LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(
                    note="vendor review: EU data residency, no training on our prompts"
                )
            },
        )
    )

with tm.boundary("Procurement cloud subscription", trust=tg.Trust.INTERNAL):
    # Nightly job that downloads news, sanctions updates and filings and indexes them.
    ingestion = tm.add(
        tg.Pipeline(
            "Nightly ingestion job",
            stage=tg.Stage.INGESTION,
            controls={tg.controls.SecretsManagement(note="news API key in the key vault")},
        )
    )
    # Search index over everything ingested, queried per supplier.
    doc_index = tm.add(tg.VectorStore("Risk document index", stores={indexed_content}))
    # Matches new material to watched suppliers, builds prompts, calls the LLM.
    orchestrator = tm.add(
        tg.Service(
            "Risk assessment orchestrator",
            description="Runs after ingestion; one LLM call per supplier with new material.",
        )
    )
    # Holds flags, dispositions and the watchlist.
    workbench_db = tm.add(
        tg.DataStore(
            "Risk workbench database",
            stores={risk_flags, manager_feedback, watchlist},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web UI where category managers review flags and admins edit the watchlist.
    workbench = tm.add(
        tg.Endpoint(
            "Risk workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="corporate SSO (OIDC) with MFA"),
                tg.controls.RBAC(note="manager and admin roles from directory groups"),
            },
        )
    )
    # Sends the e-mail alerts for high-severity flags.
    mailer = tm.add(tg.Service("Alert mailer"))

with tm.boundary("ERP", trust=tg.Trust.RESTRICTED):
    # System of record for suppliers; read-only export to this tool.
    erp_suppliers = tm.add(
        tg.DataStore(
            "ERP supplier master",
            stores={supplier_master},
            controls={
                tg.controls.EncryptionAtRest(key_management="ERP-managed keys"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reads flags for their categories and decides what to do with a supplier.
    manager = tm.add(tg.Actor("Category manager", role="category manager"))
    # Maintains the watchlist and the risk categories.
    admin = tm.add(tg.Actor("Procurement admin", role="procurement admin", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(news_feed, ingestion, news_articles, protocol="https", label="nightly pull")
tm.flow(sanctions_source, ingestion, sanctions_updates, protocol="https", label="list download")
tm.flow(filings_source, ingestion, filings, protocol="https", label="filings crawl")
tm.flow(ingestion, doc_index, indexed_content)

tm.flow(workbench_db, orchestrator, watchlist, label="suppliers to watch")
tm.flow(erp_suppliers, orchestrator, supplier_master, protocol="https", label="supplier export")
tm.flow(orchestrator, doc_index, watchlist, label="per-supplier query")
tm.flow(doc_index, orchestrator, indexed_content, label="matched material")
tm.flow(orchestrator, llm, risk_prompt, protocol="https")
tm.flow(llm, orchestrator, llm_assessment, protocol="https")
tm.flow(orchestrator, workbench_db, risk_flags)
tm.flow(orchestrator, mailer, alert_email)
tm.flow(mailer, manager, alert_email, protocol="smtp+starttls")

tm.flow(workbench_db, workbench, risk_flags)
tm.flow(workbench, manager, risk_flags, protocol="https")
tm.flow(manager, workbench, manager_feedback, protocol="https")
tm.flow(workbench, workbench_db, manager_feedback, watchlist)
tm.flow(admin, workbench, watchlist, protocol="https", label="edits watchlist")
