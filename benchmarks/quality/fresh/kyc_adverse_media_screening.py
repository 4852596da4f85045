"""KYC adverse media screening: the first design, before any security review.

An EU bank's onboarding team takes on new business customers. Every night a
screening job reads the companies and beneficial owners entered that day from
the onboarding database and looks each name up in a contracted news aggregator
API and in a commercial web search API, then fetches the pages the search links
to. A hosted LLM reads each article with the subject's profile (name, date of
birth, nationality, company), decides whether the article is about the same
person and summarises any allegations; articles judged not to match are kept
in the article store but not shown. Matches become alerts in the case
management system, where a compliance analyst clears the case or escalates it
to the financial crime team; the outcome goes back to onboarding. The case
system has SSO, role-based access, an audit trail and analyst sign-off; vendor
API keys sit in the bank's vault and both vendors went through vendor review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "KYC adverse media screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Nightly LLM-assisted adverse media screening of new business customers and their owners.",
)

# ---------------------------------------------------------------- data assets
customers = tg.Data(
    "Customer and owner records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company details and beneficial owners: names, dates of birth, nationality, addresses.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
query = tg.Data(
    "Screening query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A subject's name with the company name and country as search terms.",
)
news = tg.Data("News articles", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
search_results = tg.Data("Search results", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
page_request = tg.Data(
    "Page request", sensitivity=tg.Sensitivity.PUBLIC, description="URL from a search result."
)
web_pages = tg.Data("Web pages", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the subject profile and the full text of one article.",
)
assessment = tg.Data(
    "Match verdict and allegation summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
alert = tg.Data(
    "Adverse media alert",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Subject, matched articles, the LLM's summaries and links.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
case = tg.Data(
    "Screening case",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The alert, analyst notes and decision, kept as KYC/AML evidence.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
decision = tg.Data("Case decision", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
escalation = tg.Data("Escalation referral", kind="records", sensitivity=tg.Sensitivity.REGULATED)
outcome = tg.Data("Screening outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any site the search links to: news outlets, blogs, forums, anyone's page.
    open_web = tm.add(tg.DataSource("Open web", origin=tg.Origin.PUBLIC_WEB, provides={web_pages}))

with tm.boundary("Screening data vendors", trust=tg.Trust.PARTNER):
    # Contracted news aggregator: the main source of articles for each name.
    news_api = tm.add(
        tg.ExternalService(
            "News aggregator API",
            provides="data-provider",
            controls={c.SupplierAssessment(note="bank vendor risk review")},
        )
    )
    # Commercial search API used to find coverage the aggregator does not carry.
    search_api = tm.add(
        tg.ExternalService(
            "Web search API",
            provides="data-provider",
            controls={c.SupplierAssessment(note="bank vendor risk review")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads each article, decides if it is about the subject and summarises allegations.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose model behind the vendor's EU-region API.",
            controls={c.SupplierAssessment(note="enterprise terms, no training on bank data")},
        )
    )

with tm.boundary("Bank data centre", trust=tg.Trust.INTERNAL):
    # System of record for applications; the source of names to screen.
    onboarding_db = tm.add(
        tg.DataStore(
            "Customer onboarding database",
            stores={customers},
            controls={c.EncryptionAtRest(key_management="bank HSM"), c.RBAC()},
        )
    )
    # Nightly batch: searches, fetches pages, calls the LLM, raises alerts.
    screening_job = tm.add(
        tg.Pipeline(
            "Nightly screening job",
            stage=tg.Stage.INGESTION,
            controls={c.SecretsManagement(note="vendor API keys in the bank vault")},
        )
    )
    # Keeps fetched articles and every LLM verdict, including the non-matches.
    article_store = tm.add(tg.DataStore("Article store", stores={news, web_pages, assessment}))
    # Where analysts work the alerts and record decisions.
    case_mgmt = tm.add(
        tg.Service(
            "Case management system",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
                c.HumanInTheLoop(approver="compliance analyst"),
            },
        )
    )
    # Case records kept as regulatory evidence.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={case},
            controls={c.EncryptionAtRest(key_management="bank HSM")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Enters the business customer and its owners during onboarding.
    onboarding_officer = tm.add(tg.Actor("Onboarding officer", role="onboarding team"))
    # Reviews alerts and clears or escalates each case.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance analyst"))
    # Receives escalated cases for investigation.
    investigator = tm.add(tg.Actor("Financial crime investigator", role="financial crime team"))

# ---------------------------------------------------------------- flows
tm.flow(onboarding_officer, onboarding_db, customers, protocol="https", label="new application")
tm.flow(onboarding_db, screening_job, customers, label="names entered today")

tm.flow(screening_job, news_api, query, protocol="https")
tm.flow(news_api, screening_job, news, protocol="https")
tm.flow(screening_job, search_api, query, protocol="https")
tm.flow(search_api, screening_job, search_results, protocol="https")
tm.flow(screening_job, open_web, page_request, label="fetch linked pages")
tm.flow(open_web, screening_job, web_pages)

tm.flow(screening_job, llm, prompt, protocol="https")
tm.flow(llm, screening_job, assessment, protocol="https")
tm.flow(screening_job, article_store, news, web_pages, assessment)

tm.flow(screening_job, case_mgmt, alert, protocol="https", label="matches only")
tm.flow(article_store, case_mgmt, news, web_pages, label="source article view")
tm.flow(case_mgmt, case_db, case)
tm.flow(case_db, case_mgmt, case)
tm.flow(case_mgmt, analyst, alert, case, protocol="https")
tm.flow(analyst, case_mgmt, decision, protocol="https", label="clear or escalate")
tm.flow(case_mgmt, investigator, escalation, protocol="https")
tm.flow(investigator, case_mgmt, decision, protocol="https", label="investigation outcome")
tm.flow(case_mgmt, onboarding_db, outcome, label="screening outcome")
