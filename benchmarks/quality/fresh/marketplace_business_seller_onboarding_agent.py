"""Business seller onboarding agent: the first design, before any security review.

Companies that want to sell on our EU marketplace apply through the seller
portal: they enter company details, directors and a payout account, and upload
a certificate of incorporation, a director's ID and a VAT certificate. An LLM
agent then works the application: it reads the uploaded documents through a
document reader tool, looks the company up in national company registries via a
registry data provider, screens the company and its directors against sanctions
lists, and decides. Clear passes are activated straight away so the seller can
list products; doubtful cases go to a review queue worked by onboarding analysts,
who alone may reject. The agent runs on a hosted LLM. Sellers sign in with e-mail
and password, uploads are type- and size-checked, stores are encrypted, provider
keys are in a vault and the agent has a step limit and logs every tool call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Business seller onboarding agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent verifying new business sellers before they may list products.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Seller application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Company name, registration and VAT numbers, directors, address, payout account.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
documents = tg.Data(
    "Uploaded business documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Certificate of incorporation, director's ID document, VAT certificate (PDF or photo).",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
agent_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Onboarding instructions, the application and the tool results so far.",
)
completion = tg.Data("Agent model output", kind="model-output", sensitivity=tg.Sensitivity.PII)
registry_query = tg.Data(
    "Registry lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
registry_record = tg.Data(
    "Company registry extract",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Registered name, status, address and officers as the registry holds them.",
)
screening_query = tg.Data(
    "Sanctions screening request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
screening_result = tg.Data(
    "Sanctions screening result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
doc_request = tg.Data(
    "Document read request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
doc_text = tg.Data("Extracted document text", kind="tool-result", sensitivity=tg.Sensitivity.PII)
decision = tg.Data(
    "Onboarding decision",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Activate, or refer with the agent's reasons.",
)
seller_status = tg.Data(
    "Seller verification status",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
referral = tg.Data(
    "Referred case",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The application, the agent's findings and why it could not clear it.",
)
analyst_decision = tg.Data(
    "Analyst review outcome", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
outcome_notice = tg.Data(
    "Application outcome notice", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can apply, including people fronting shell companies.
    applicant = tm.add(tg.Actor("Business seller applicant", role="prospective seller"))

with tm.boundary("Marketplace production", trust=tg.Trust.INTERNAL):
    # Existing seller portal, extended with the onboarding forms and uploads.
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
    # Object storage for the uploaded documents.
    doc_store = tm.add(
        tg.DataStore(
            "Seller document store",
            stores={documents},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The marketplace's seller accounts, including whether a seller may list.
    seller_db = tm.add(
        tg.DataStore(
            "Seller account database",
            stores={application, seller_status},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("Onboarding services", trust=tg.Trust.INTERNAL):
        # New component: works each application from submission to decision.
        agent = tm.add(
            tg.Agent(
                "Onboarding agent",
                autonomy=tg.Autonomy.AUTONOMOUS,
                controls={c.CircuitBreaker(max_steps=40), c.AuditLogging(retention_days=365)},
            )
        )
        # Reads an uploaded document and returns its text (OCR for photos).
        doc_tool = tm.add(tg.Tool("Document reader tool", capabilities={"read"}))
        # Calls the registry data provider with the registration number.
        registry_tool = tm.add(
            tg.Tool(
                "Company registry lookup tool",
                capabilities={"read", "network-egress"},
                controls={c.SecretsManagement()},
            )
        )
        # Calls the sanctions screening provider for the company and each director.
        sanctions_tool = tm.add(
            tg.Tool(
                "Sanctions screening tool",
                capabilities={"read", "network-egress"},
                controls={c.SecretsManagement()},
            )
        )
        # Sets the seller's status: activates cleared sellers, marks others referred.
        status_tool = tm.add(tg.Tool("Seller status tool", capabilities={"write"}))
        # Queues an application for an analyst with the agent's findings.
        referral_tool = tm.add(tg.Tool("Referral tool", capabilities={"write"}))
        # Work queue for the onboarding analysts.
        review_queue = tm.add(tg.DataStore("Onboarding review queue", stores={referral}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Trust and safety staff who review referrals and make every rejection.
    analyst = tm.add(tg.Actor("Onboarding analyst", role="trust and safety analyst"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted agent LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Verification providers", trust=tg.Trust.PARTNER):
    # Aggregator of EU national company registers.
    registry_api = tm.add(
        tg.ExternalService("Company registry data provider", provides="data-provider")
    )
    # Commercial screening against EU, UN, UK and US sanctions lists.
    sanctions_api = tm.add(
        tg.ExternalService(
            "Sanctions screening provider",
            provides="data-provider",
            controls={c.SupplierAssessment()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(applicant, portal, application, documents, protocol="https")
tm.flow(portal, seller_db, application)
tm.flow(portal, doc_store, documents)
tm.flow(portal, agent, application, label="application submitted")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, doc_tool, doc_request)
tm.flow(doc_store, doc_tool, documents)
tm.flow(doc_tool, agent, doc_text)

tm.flow(agent, registry_tool, registry_query)
tm.flow(registry_tool, registry_api, registry_query, protocol="https")
tm.flow(registry_api, registry_tool, registry_record, protocol="https")
tm.flow(registry_tool, agent, registry_record)

tm.flow(agent, sanctions_tool, screening_query)
tm.flow(sanctions_tool, sanctions_api, screening_query, protocol="https")
tm.flow(sanctions_api, sanctions_tool, screening_result, protocol="https")
tm.flow(sanctions_tool, agent, screening_result)

tm.flow(agent, status_tool, decision)
tm.flow(status_tool, seller_db, seller_status)
tm.flow(agent, referral_tool, referral)
tm.flow(referral_tool, review_queue, referral)

tm.flow(review_queue, analyst, referral, protocol="https")
tm.flow(doc_store, analyst, documents, protocol="https", label="analyst views documents")
tm.flow(
    analyst, seller_db, analyst_decision, seller_status, protocol="https", label="approve or reject"
)

tm.flow(seller_db, portal, seller_status)
tm.flow(portal, applicant, outcome_notice, protocol="https")
