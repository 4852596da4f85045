"""KYB business verification agent: the first design, before any security review.

When a business applies for a merchant account, its representative fills in the
company details and uploads incorporation documents (certificate, articles,
register of shareholders, director IDs) through our onboarding portal. A
verification agent in our payments VPC reads the documents, looks the company up
in a commercial company-registry API, screens the company, its directors and
owners against a sanctions and PEP list provider, and searches the web for
adverse news. A hosted LLM extracts facts and drafts a risk memo into the case
store. A compliance analyst reviews the memo and the evidence in the case review
console and approves or rejects; only an approval opens the merchant account in
the core payments platform. Applicants log in to the portal, uploads are
type/size checked, documents are encrypted at rest, vendor API keys sit in a
vault, and analyst decisions are audit-logged for the AML record-keeping period.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "KYB business verification agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that verifies new business customers and drafts a risk memo "
    "for a compliance analyst to approve before a merchant account is opened.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Business application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company name, registration number, address, directors and beneficial owners.",
)
incorporation_docs = tg.Data(
    "Incorporation documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Uploaded PDFs and scans: certificate, articles, shareholder register, director IDs.",
)
application_status = tg.Data(
    "Application status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
verification_job = tg.Data(
    "Verification job",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Case id and the checklist the agent must complete.",
)
agent_prompt = tg.Data(
    "Agent prompt with evidence",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, document text and tool results gathered so far.",
)
llm_output = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Extracted facts, next tool call, or the memo draft.",
)
registry_query = tg.Data(
    "Registry lookup", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
registry_record = tg.Data(
    "Registry company record",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Registered officers, shareholders, status and filing history.",
)
screening_query = tg.Data(
    "Screening request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Names, dates of birth and nationalities of the company, directors and owners.",
)
screening_result = tg.Data(
    "Sanctions and PEP matches",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
search_query = tg.Data("Adverse media query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
search_hits = tg.Data(
    "Search result links and snippets", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
news_pages = tg.Data(
    "News and web pages",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Full text of the pages the search tool fetches; written by anyone.",
)
adverse_media = tg.Data(
    "Adverse media findings", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
risk_memo = tg.Data(
    "KYB risk memo",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Risk rating, findings and the evidence behind them.",
)
decision = tg.Data(
    "Analyst decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
account_request = tg.Data(
    "Merchant account opening request", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The business representative: anyone can start an application, fraudsters included.
    applicant = tm.add(tg.Actor("Business applicant", role="merchant applicant"))
    # The open web the adverse-media search reads from.
    web = tm.add(
        tg.DataSource(
            "Public news and web sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={news_pages},
            description="News sites, blogs and forums returned by the search.",
        )
    )

with tm.boundary("KYB data vendors", trust=tg.Trust.PARTNER):
    # Commercial aggregator of official company registries.
    registry_api = tm.add(
        tg.ExternalService("Company registry API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Sanctions, PEP and watch-list screening vendor.
    sanctions_api = tm.add(
        tg.ExternalService(
            "Sanctions and PEP screening API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )
    # Commercial web search API used for adverse-media searches.
    search_api = tm.add(tg.ExternalService("Web search API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the documents and writes the memo.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with document understanding, via the vendor API.",
        )
    )

with tm.boundary("Payments VPC", trust=tg.Trust.INTERNAL):
    # Public entry point for applicants: account login and document upload.
    portal = tm.add(
        tg.Endpoint(
            "Onboarding portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="email and password"),
                c.InputValidation(note="file type and size limits on uploads"),
            },
        )
    )
    # The verification agent: plans the checks, calls the tools, drafts the memo.
    agent = tm.add(
        tg.Agent(
            "KYB verification agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="compliance analyst"),
                c.CircuitBreaker(max_steps=30),
            },
            description="Cannot open an account itself; its memo goes to an analyst.",
        )
    )
    # Tool: look the company up in the registry.
    registry_tool = tm.add(
        tg.Tool(
            "Registry lookup tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="vendor API key in the vault")},
        )
    )
    # Tool: screen the company and its people against sanctions and PEP lists.
    sanctions_tool = tm.add(
        tg.Tool(
            "Sanctions screening tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement(note="vendor API key in the vault")},
        )
    )
    # Tool: search the web for adverse news and fetch the pages found.
    search_tool = tm.add(
        tg.Tool("Adverse media search tool", capabilities={"read", "network-egress"})
    )
    # Where analysts review memos and evidence and record their decision.
    console = tm.add(
        tg.Service(
            "Case review console",
            controls={
                c.Authentication(method="corporate SSO"),
                c.RBAC(note="compliance team only"),
                c.AuditLogging(retention_days=1825),
            },
        )
    )

    with tm.boundary("KYB data tier", trust=tg.Trust.RESTRICTED):
        # Uploaded incorporation documents.
        doc_store = tm.add(
            tg.DataStore(
                "Document store",
                stores={incorporation_docs},
                controls={c.EncryptionAtRest(key_management="KMS")},
            )
        )
        # Cases: application details, tool evidence, memos and decisions.
        case_store = tm.add(
            tg.DataStore(
                "KYB case store",
                stores={
                    application,
                    screening_result,
                    adverse_media,
                    registry_record,
                    risk_memo,
                    decision,
                },
            )
        )

with tm.boundary("Core payments platform", trust=tg.Trust.RESTRICTED):
    # Opens the merchant account once the case is approved.
    accounts = tm.add(tg.Service("Merchant account service"))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the agent's memo and makes the onboarding decision.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance analyst"))

# ---------------------------------------------------------------- flows
# application intake
tm.flow(applicant, portal, application, incorporation_docs, protocol="https")
tm.flow(portal, applicant, application_status, protocol="https")
tm.flow(portal, doc_store, incorporation_docs)
tm.flow(portal, case_store, application)
tm.flow(portal, agent, verification_job, label="start verification")

# the agent gathers evidence
tm.flow(case_store, agent, application)
tm.flow(doc_store, agent, incorporation_docs)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

tm.flow(agent, registry_tool, registry_query)
tm.flow(registry_tool, registry_api, registry_query, protocol="https")
tm.flow(registry_api, registry_tool, registry_record, protocol="https")
tm.flow(registry_tool, agent, registry_record)

tm.flow(agent, sanctions_tool, screening_query)
tm.flow(sanctions_tool, sanctions_api, screening_query, protocol="https")
tm.flow(sanctions_api, sanctions_tool, screening_result, protocol="https")
tm.flow(sanctions_tool, agent, screening_result)

tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, search_api, search_query, protocol="https")
tm.flow(search_api, search_tool, search_hits, protocol="https")
tm.flow(search_tool, web, search_hits, label="fetch pages")
tm.flow(web, search_tool, news_pages)
tm.flow(search_tool, agent, adverse_media)

tm.flow(agent, case_store, risk_memo, registry_record, screening_result, adverse_media)

# analyst review and account opening
tm.flow(
    case_store, console, application, risk_memo, registry_record, screening_result, adverse_media
)
tm.flow(doc_store, console, incorporation_docs)
tm.flow(console, analyst, risk_memo, incorporation_docs, protocol="https")
tm.flow(analyst, console, decision, protocol="https")
tm.flow(console, case_store, decision)
tm.flow(console, accounts, account_request, label="on approval")
tm.flow(accounts, portal, application_status, label="account opened")
