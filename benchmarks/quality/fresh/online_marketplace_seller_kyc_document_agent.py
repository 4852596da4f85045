"""Seller KYC document agent: the first design, before any security review.

Business sellers sign up to our EU marketplace through the seller onboarding
portal and upload their company registration extract, the ID document of a
director and a bank statement with the account payouts will go to. An LLM agent
picks up each application, has a hosted LLM extract the company, director and
bank details from the documents, looks the company up in the business registry
API and screens the company and directors with a sanctions screening vendor.
Sellers the agent rates low risk it approves itself; the rest go to a review
queue where compliance analysts decide. Once a seller is approved, the payout
service starts paying their sales out to the bank account on file through our
payment provider. Sellers sign in with e-mail and password; documents and
seller records are encrypted at rest; staff use corporate SSO with MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marketplace seller KYC onboarding agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Extracts and checks business seller KYC documents with an LLM agent, "
        "auto-approves low-risk sellers and refers the rest to compliance."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Seller application form",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company name, registration number, directors, contact details.",
)
kyc_documents = tg.Data(
    "KYC documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Company registration extract, director ID document, bank statement (PDF/images).",
)
bank_details = tg.Data(
    "Seller bank account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
onboarding_job = tg.Data("Onboarding job", kind="records", description="Application id to process.")
onboarding_status = tg.Data("Onboarding status", kind="records", sensitivity=tg.Sensitivity.PII)
extraction_prompt = tg.Data(
    "Extraction prompt with document text",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
extracted_details = tg.Data(
    "Extracted company, director and bank fields",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
)
registry_query = tg.Data(
    "Company registry lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
registry_record = tg.Data(
    "Company registry record",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Registered name, status, address and officers as the registry holds them.",
)
screening_request = tg.Data(
    "Sanctions screening request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
screening_result = tg.Data(
    "Sanctions screening result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
onboarding_decision = tg.Data(
    "Seller onboarding decision",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Approve, or refer with the agent's risk rating and reasons.",
)
seller_status = tg.Data(
    "Seller verification status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
referred_case = tg.Data("Referred KYC case", kind="records", sensitivity=tg.Sensitivity.PII)
analyst_decision = tg.Data(
    "Compliance review decision", kind="records", sensitivity=tg.Sensitivity.PII
)
payout_instructions = tg.Data(
    "Seller payout instructions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can start an application, including fraudsters posing as businesses.
    seller = tm.add(tg.Actor("Business seller", role="seller"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the documents and returns structured fields.
    llm = tm.add(
        tg.LLM(
            "Hosted extraction LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Multimodal model behind the vendor's API; reads PDFs and ID images.",
            controls={
                c.SupplierAssessment(note="EU data processing agreement, no training on our data")
            },
        )
    )

with tm.boundary("Verification providers", trust=tg.Trust.PARTNER):
    # Official business register, queried by registration number.
    registry_api = tm.add(
        tg.ExternalService("Company registry API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Vendor that screens names against sanctions and PEP lists.
    sanctions_vendor = tm.add(
        tg.ExternalService("Sanctions screening vendor", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Executes payouts to sellers' bank accounts.
    payment_provider = tm.add(
        tg.ExternalService("Payment provider payout API", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # Public web app and API where sellers register and upload documents.
    portal = tm.add(
        tg.Endpoint(
            "Seller onboarding portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="file type and size checks on uploads"),
            },
        )
    )
    # LLM agent that runs the KYC checks and approves low-risk sellers.
    agent = tm.add(
        tg.Agent(
            "KYC onboarding agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Extracts details, checks registry and sanctions, rates risk, approves or refers.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.AuditLogging(retention_days=1825),
                c.HumanInTheLoop(
                    approver="compliance analyst",
                    note="only sellers the agent rates medium or high risk; low risk is approved automatically",
                ),
            },
        )
    )
    # Read-only tool: queries the company registry.
    registry_tool = tm.add(
        tg.Tool("Company registry check", capabilities={"read", "network-egress"})
    )
    # Read-only tool: calls the sanctions screening vendor.
    sanctions_tool = tm.add(
        tg.Tool("Sanctions screening check", capabilities={"read", "network-egress"})
    )
    # Writes the outcome: sets the seller to approved or puts the case in the review queue.
    decision_tool = tm.add(tg.Tool("Seller status update tool", capabilities={"write"}))
    # Back-office app where compliance analysts work the referred cases.
    review_console = tm.add(
        tg.Service(
            "Compliance review console",
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=1825),
            },
        )
    )
    # Pays approved sellers their sales proceeds on a schedule.
    payout_service = tm.add(tg.Service("Seller payout service"))

    with tm.boundary("KYC data tier", trust=tg.Trust.RESTRICTED):
        # Object storage for the uploaded documents.
        doc_store = tm.add(
            tg.DataStore(
                "KYC document store",
                stores={kyc_documents},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Seller accounts, verification status and bank details.
        seller_db = tm.add(
            tg.DataStore(
                "Seller account database",
                stores={application, bank_details, seller_status, referred_case},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews referred sellers and makes the final call on them.
    analyst = tm.add(tg.Actor("Compliance analyst", role="compliance staff"))

# ---------------------------------------------------------------- flows
# Application.
tm.flow(seller, portal, application, kyc_documents, bank_details, protocol="https")
tm.flow(portal, seller, onboarding_status, protocol="https")
tm.flow(portal, doc_store, kyc_documents, protocol="https")
tm.flow(portal, seller_db, application, bank_details)
tm.flow(seller_db, portal, seller_status)
tm.flow(portal, agent, onboarding_job, label="new application")

# Extraction and checks.
tm.flow(doc_store, agent, kyc_documents, protocol="https")
tm.flow(seller_db, agent, application)
tm.flow(agent, llm, extraction_prompt, protocol="https")
tm.flow(llm, agent, extracted_details, protocol="https")
tm.flow(agent, registry_tool, registry_query)
tm.flow(registry_tool, registry_api, registry_query, protocol="https")
tm.flow(registry_api, registry_tool, registry_record, protocol="https")
tm.flow(registry_tool, agent, registry_record)
tm.flow(agent, sanctions_tool, screening_request)
tm.flow(sanctions_tool, sanctions_vendor, screening_request, protocol="https")
tm.flow(sanctions_vendor, sanctions_tool, screening_result, protocol="https")
tm.flow(sanctions_tool, agent, screening_result)

# Outcome.
tm.flow(agent, decision_tool, onboarding_decision)
tm.flow(decision_tool, seller_db, seller_status, referred_case)

# Compliance review of referred cases.
tm.flow(seller_db, review_console, referred_case, application, bank_details)
tm.flow(doc_store, review_console, kyc_documents, protocol="https")
tm.flow(review_console, analyst, referred_case, kyc_documents, protocol="https")
tm.flow(analyst, review_console, analyst_decision, protocol="https")
tm.flow(review_console, seller_db, seller_status)

# Payouts once approved.
tm.flow(seller_db, payout_service, seller_status, bank_details)
tm.flow(payout_service, payment_provider, payout_instructions, protocol="https")
