"""University research grant compliance checker: the first design, before any security review.

A UK university's research office gives its academics a web tool to check a draft
grant application before it goes to the funder. The researcher uploads the case for
support, CVs and justification of resources; a check service pulls the costed budget
from the research costing system, retrieves the relevant funder rules and the
university's costing policy from an index, and asks a hosted LLM (the university's
tenant of a cloud model service) to list where the application breaks them. Funder
guidance is crawled weekly from the funders' public websites; the costing policy is
the research office's own library. Flagged issues go to a research manager, who
accepts or dismisses each before the researcher sees the report; nothing is submitted
to a funder by the tool. Staff sign in with university SSO and MFA; uploads are
checked for file type and size; stored applications are encrypted at rest.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "University research grant compliance checker",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM check of draft grant applications against funder rules and the "
        "university's costing policy, reviewed by research managers before submission."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Draft grant application",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Case for support, investigators' CVs, justification of resources.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
budget = tg.Data(
    "Costed budget",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Full economic costing with named staff salaries and estates rates.",
)
funder_pages = tg.Data("Funder guidance pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
costing_policy = tg.Data(
    "University costing policy", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
rule_chunks = tg.Data(
    "Rule and policy chunks",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Embedded passages of funder guidance and the costing policy.",
)
rule_query = tg.Data("Rule lookup query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
check_prompt = tg.Data(
    "Compliance check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, retrieved rules, the application text and the budget.",
)
completion = tg.Data("LLM compliance findings", kind="model-output", sensitivity=tg.Sensitivity.PII)
flags = tg.Data(
    "Flagged compliance issues",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Each issue with the rule it cites and the passage of the application.",
)
review_decision = tg.Data(
    "Manager review decisions", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
check_report = tg.Data(
    "Reviewed compliance report", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Funders publish their terms, eligibility and cost rules on public web pages.
    funder_sites = tm.add(
        tg.DataSource(
            "Funder websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={funder_pages},
            description="UKRI, charities and EU funders' guidance pages and PDFs.",
        )
    )

with tm.boundary("Cloud model provider", trust=tg.Trust.PARTNER):
    # The model that reads the application against the rules.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="The university's tenant of a cloud LLM service, UK region.",
            controls={
                c.SupplierAssessment(note="university framework contract; no training on inputs")
            },
        )
    )

with tm.boundary("University staff network", trust=tg.Trust.INTERNAL):
    # Principal investigators preparing an application (on campus or over the VPN).
    researcher = tm.add(tg.Actor("Researcher", role="principal investigator"))
    # Research office staff who own pre-award checks for their faculties.
    manager = tm.add(tg.Actor("Research manager", role="research office pre-award manager"))

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Web front end where researchers upload drafts and read the reviewed report.
    portal = tm.add(
        tg.Endpoint(
            "Grant check portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="university SSO (Entra ID) with MFA"),
                c.InputValidation(note="PDF and DOCX only, 20 MB limit"),
            },
        )
    )
    # Parses the upload, gathers budget and rules, prompts the LLM, stores the flags.
    orchestrator = tm.add(
        tg.Service(
            "Compliance check service",
            description="Extracts text from the upload and runs one check per application.",
        )
    )
    # Uploaded drafts, kept so the manager can see what was checked.
    application_store = tm.add(
        tg.DataStore(
            "Application document store",
            stores={application},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # Search index over funder guidance and the costing policy.
    rules_index = tm.add(tg.VectorStore("Funder rules index", stores={rule_chunks}))
    # Weekly job that crawls funder guidance and re-indexes the policy library.
    crawler = tm.add(
        tg.Pipeline(
            "Weekly rules ingestion job",
            stage=tg.Stage.INGESTION,
            description="Crawls listed funder pages, chunks and embeds them with the policy.",
        )
    )
    # Flags and the manager's decision on each.
    results_db = tm.add(
        tg.DataStore("Check results database", stores={flags, review_decision, check_report})
    )
    # Where research managers work through flagged applications.
    dashboard = tm.add(
        tg.Service(
            "Research manager review dashboard",
            controls={c.Authentication(method="university SSO (Entra ID) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Research office systems", trust=tg.Trust.INTERNAL):
    # The research office's own policy documents (SharePoint library).
    policy_library = tm.add(tg.DataStore("Costing policy library", stores={costing_policy}))
    # The costing system of record where the budget was built with the research office.
    costing_system = tm.add(tg.DataStore("Research costing system", stores={budget}))

# ---------------------------------------------------------------- flows
# Researcher submits a draft for checking
tm.flow(researcher, portal, application, protocol="https", label="upload draft")
tm.flow(portal, orchestrator, application)
tm.flow(orchestrator, application_store, application)
tm.flow(costing_system, orchestrator, budget, protocol="https", label="budget for the application")

# Retrieval of the rules that apply
tm.flow(orchestrator, rules_index, rule_query, label="funder scheme and cost headings")
tm.flow(rules_index, orchestrator, rule_chunks)

# LLM check
tm.flow(orchestrator, llm, check_prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, results_db, flags)

# Manager review
tm.flow(results_db, dashboard, flags)
tm.flow(application_store, dashboard, application)
tm.flow(dashboard, manager, flags, application, protocol="https")
tm.flow(manager, dashboard, review_decision, protocol="https")
tm.flow(dashboard, results_db, review_decision, check_report)

# Researcher reads the reviewed report
tm.flow(results_db, portal, check_report)
tm.flow(portal, researcher, check_report, protocol="https")

# Weekly rules ingestion
tm.flow(funder_sites, crawler, funder_pages, protocol="https", label="weekly crawl")
tm.flow(policy_library, crawler, costing_policy, protocol="https")
tm.flow(crawler, rules_index, rule_chunks)
