"""Report on title drafting: the first design, before any security review.

A residential conveyancing firm orders local authority, environmental and
drainage searches from a search provider, and official copies of the register
and title plan from HM Land Registry. An ingestion service in the firm's cloud
tenancy receives the results (the provider calls a webhook when a search is
ready), extracts their text and files them in a document store. When the
solicitor asks for a draft from the review app, a drafting service sends the
search text, the matter details from the case management system and the firm's
report template to a hosted LLM, which drafts the report on title. The
solicitor checks it against the source documents, edits and approves it, and
the approved report goes to the buyer through the client portal. Controls:
Entra ID sign-in with MFA and roles for staff, solicitor approval of every
report, encryption at rest of documents, and a vetted LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Conveyancing report on title drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM drafts the report on title from search results for the solicitor to approve.",
)

# ---------------------------------------------------------------- data assets
search_order = tg.Data(
    "Search order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Property address, title number, buyer name and matter reference.",
)
search_results = tg.Data(
    "Local authority and environmental search results",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="PDF reports: planning, highways, flood, contamination, drainage and water.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
title_request = tg.Data(
    "Official copy request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
title_docs = tg.Data(
    "Title register and plan",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Registered proprietors, charges, restrictions and covenants.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
property_ref = tg.Data(
    "Property and title reference", sensitivity=tg.Sensitivity.PII, kind="records"
)
extracted_text = tg.Data(
    "Extracted search and title text",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
matter = tg.Data(
    "Matter details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Buyer names, property, price, lender and special instructions.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
template = tg.Data(
    "Report on title template", sensitivity=tg.Sensitivity.INTERNAL, kind="instructions"
)
draft_request = tg.Data("Draft report request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Template instructions, matter details and the full extracted search text.",
)
completion = tg.Data("LLM draft", sensitivity=tg.Sensitivity.PII, kind="model-output")
draft_report = tg.Data(
    "Draft report on title",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
solicitor_edits = tg.Data(
    "Solicitor edits and approval", sensitivity=tg.Sensitivity.PII, kind="records"
)
approved_report = tg.Data(
    "Approved report on title",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
buyer_query = tg.Data(
    "Buyer questions on the report", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The firm's client, who relies on the report to decide whether to buy.
    buyer = tm.add(tg.Actor("Buyer", role="client"))

with tm.boundary("Search provider", trust=tg.Trust.PARTNER):
    # Commercial search provider that compiles local authority and environmental searches.
    provider = tm.add(tg.ExternalService("Property search provider", provides="data-provider"))

with tm.boundary("HM Land Registry", trust=tg.Trust.PARTNER):
    # Official copies of the register and title plan, over the business gateway API.
    land_registry = tm.add(
        tg.ExternalService("HM Land Registry business gateway", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model, UK region, under the vendor's business terms.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Drafts the report on title the buyer relies on to proceed.",
            controls={
                c.SupplierAssessment(
                    note="vendor terms reviewed: no training on prompts, 30-day abuse-monitoring retention"
                )
            },
        )
    )

with tm.boundary("Firm cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives search and title results, extracts text from the PDFs.
    ingestion = tm.add(
        tg.Service(
            "Search ingestion service",
            description="Takes the provider's webhook, fetches official copies, parses PDFs.",
        )
    )
    # Source documents and their extracted text, per matter.
    doc_store = tm.add(
        tg.DataStore(
            "Search document store",
            stores={search_results, title_docs, extracted_text},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Firm-approved template and standard wording for reports on title.
    templates = tm.add(tg.DataStore("Report template library", stores={template}))
    # Builds the prompt, calls the LLM and returns the draft.
    drafting = tm.add(tg.Service("Report drafting service"))
    # Web app where the solicitor requests, checks, edits and approves drafts.
    review_app = tm.add(
        tg.Endpoint(
            "Solicitor review app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(approver="the solicitor with conduct of the matter"),
                c.AuditLogging(),
            },
        )
    )
    # The firm's existing conveyancing case management system: system of record.
    case_mgmt = tm.add(
        tg.DataStore(
            "Case management system",
            stores={matter, approved_report, buyer_query},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor managed keys")},
        )
    )
    # Client portal where buyers read reports and send questions.
    portal = tm.add(
        tg.Endpoint(
            "Client portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password with SMS code")},
        )
    )

with tm.boundary("Firm office network", trust=tg.Trust.INTERNAL):
    # Qualified conveyancer who signs off every report.
    solicitor = tm.add(tg.Actor("Conveyancing solicitor", role="solicitor"))

# ---------------------------------------------------------------- flows
tm.flow(
    solicitor,
    provider,
    search_order,
    protocol="https",
    label="orders searches on the provider portal",
)
tm.flow(provider, ingestion, search_results, protocol="https", label="search ready webhook")
tm.flow(case_mgmt, ingestion, property_ref)
tm.flow(ingestion, land_registry, title_request, protocol="https")
tm.flow(land_registry, ingestion, title_docs, protocol="https")
tm.flow(ingestion, doc_store, search_results, title_docs, extracted_text)

tm.flow(solicitor, review_app, draft_request, protocol="https")
tm.flow(review_app, drafting, draft_request)
tm.flow(case_mgmt, drafting, matter)
tm.flow(doc_store, drafting, extracted_text)
tm.flow(templates, drafting, template)
tm.flow(drafting, llm, prompt, protocol="https")
tm.flow(llm, drafting, completion, protocol="https")
tm.flow(drafting, review_app, draft_report)

tm.flow(doc_store, review_app, search_results, title_docs, label="source documents for checking")
tm.flow(review_app, solicitor, draft_report, search_results, title_docs, protocol="https")
tm.flow(solicitor, review_app, solicitor_edits, protocol="https")
tm.flow(review_app, case_mgmt, approved_report)

tm.flow(case_mgmt, portal, approved_report)
tm.flow(portal, buyer, approved_report, protocol="https")
tm.flow(buyer, portal, buyer_query, protocol="https")
tm.flow(portal, case_mgmt, buyer_query)
