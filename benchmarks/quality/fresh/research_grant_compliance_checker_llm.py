"""Research grant compliance checker: the first design, before any security review.

The university research office wants an LLM to pre-check grant paperwork. When a
researcher uploads a budget, an interim or final report or an expense claim to the
grants portal, a compliance checker pulls the matching lines from the finance
system, retrieves the relevant funder terms from a rules index and asks a hosted
LLM (a commercial API under a university data-processing agreement) to flag
breaches such as ineligible costs, overspend on a budget line or late reporting.
Every flag goes to a grants officer, who confirms or dismisses it; only reviewed
results are shown to the researcher in the portal. Funder terms come from the
funders' public guidance pages, crawled weekly, and from award letters that
officers upload. The portal and checker run in the university's cloud tenancy;
the portal uses university SSO with MFA and role-based access, the document store
is encrypted at rest, and external traffic uses HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Research grant compliance checker",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM pre-check of grant budgets, reports and expense claims against funder rules.",
)

# ---------------------------------------------------------------- data assets
grant_docs = tg.Data(
    "Grant budgets, reports and expense claims",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Budgets with named staff and salaries, progress reports, claims with receipts.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
ledger = tg.Data(
    "Grant expense ledger",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Posted transactions and payroll charges against each grant code.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
funder_guidance = tg.Data(
    "Funder guidance pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
award_terms = tg.Data(
    "Award letters and special conditions",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
rule_chunks = tg.Data(
    "Funder rule chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
check_prompt = tg.Data(
    "Compliance check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the uploaded document, ledger lines and retrieved funder rules.",
)
assessment = tg.Data(
    "LLM compliance assessment", kind="model-output", sensitivity=tg.Sensitivity.PII
)
flags = tg.Data(
    "Compliance flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
officer_decision = tg.Data(
    "Officer flag decisions", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
results = tg.Data("Reviewed compliance results", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Researchers use the portal from campus, home and conferences.
    researcher = tm.add(tg.Actor("Researcher", role="principal investigator"))
    # Funders publish their terms and eligible-cost guidance on their websites.
    funder_sites = tm.add(
        tg.DataSource(
            "Funder guidance websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={funder_guidance},
            description="Terms and conditions and FAQ pages of the main research funders.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the paperwork and the rules and writes the assessment.
    llm = tm.add(
        tg.LLM(
            "Compliance LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Commercial chat model via the vendor's API, EU region.",
            controls={
                c.SupplierAssessment(
                    note="procurement review and DPA; vendor does not train on our prompts"
                )
            },
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where researchers upload paperwork and see results, and officers review flags.
    portal = tm.add(
        tg.Endpoint(
            "Grants portal",
            purpose=tg.EndpointPurpose.API,
            description="Web application for researchers and the research office.",
            controls={
                c.Authentication(method="university SSO (SAML) with MFA"),
                c.RBAC(note="researchers see their own grants; officers see their faculty's"),
            },
        )
    )
    # Orchestrates each check: gathers the document, ledger lines and rules, calls the LLM.
    checker = tm.add(
        tg.Service(
            "Compliance checker",
            description="Builds the prompt, parses the LLM's answer into flags.",
            controls={c.HumanInTheLoop(approver="grants officer")},
        )
    )
    # Keeps the funder rules index current from guidance pages and award letters.
    rule_ingest = tm.add(
        tg.Pipeline(
            "Funder rules ingestion",
            stage=tg.Stage.INGESTION,
            description="Weekly crawl plus officer uploads; chunks and embeds the terms.",
        )
    )
    # Retrieval index so the prompt carries only the rules for the grant's funder.
    rules_index = tm.add(tg.VectorStore("Funder rules index", stores={rule_chunks}))

    with tm.boundary("Research office data", trust=tg.Trust.RESTRICTED):
        # Uploaded grant paperwork, kept for the funder's audit period.
        doc_store = tm.add(
            tg.DataStore(
                "Grant document store",
                stores={grant_docs, award_terms},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Flags, the officers' decisions and the results researchers see.
        flag_store = tm.add(
            tg.DataStore("Flag and review database", stores={flags, officer_decision})
        )

with tm.boundary("University corporate network", trust=tg.Trust.INTERNAL):
    # Reviews each flag and uploads award letters.
    officer = tm.add(tg.Actor("Grants officer", role="research office staff"))
    # System of record for what was actually spent on each grant.
    finance = tm.add(
        tg.DataSource(
            "Finance system",
            origin=tg.Origin.INTERNAL,
            provides={ledger},
            description="University ERP; read-only reporting API.",
        )
    )

# ---------------------------------------------------------------- flows
# Researcher uploads and sees results.
tm.flow(researcher, portal, grant_docs, protocol="https", label="upload paperwork")
tm.flow(portal, doc_store, grant_docs)
tm.flow(portal, checker, grant_docs, label="check request")
tm.flow(finance, checker, ledger, protocol="https", label="ledger lines for the grant")
tm.flow(checker, rules_index, check_prompt, label="rule lookup by funder and cost type")
tm.flow(rules_index, checker, rule_chunks)
tm.flow(checker, llm, check_prompt, protocol="https")
tm.flow(llm, checker, assessment, protocol="https")
tm.flow(checker, flag_store, flags)

# Officer review.
tm.flow(flag_store, portal, flags, results, label="review queue and results")
tm.flow(portal, officer, flags, protocol="https")
tm.flow(officer, portal, officer_decision, protocol="https", label="confirm or dismiss")
tm.flow(portal, flag_store, officer_decision)
tm.flow(portal, researcher, results, protocol="https")

# Funder rules.
tm.flow(funder_sites, rule_ingest, funder_guidance, protocol="https", label="weekly crawl")
tm.flow(officer, portal, award_terms, protocol="https", label="upload award letter")
tm.flow(portal, doc_store, award_terms, label="store award letter")
tm.flow(portal, rule_ingest, award_terms)
tm.flow(rule_ingest, rules_index, rule_chunks)
