"""Cross-border payroll compliance assistant: the first design, before any security review.

Our HR/payroll SaaS adds an assistant for our customers' payroll administrators.
An administrator signs in through their company's SSO and asks questions such as
"how is the 13th-month payment taxed in Belgium?". An orchestrator in our
production VPC retrieves passages from an index of country payroll regulations
(gazettes crawled from the web plus a licensed legal publisher feed, curated by
our regulatory content team) and reads the customer's own payroll configuration.
It sends both to a hosted LLM at a model vendor; answers cite the regulation
passages and configuration items used. Controls: SSO sign-in and per-tenant rate
limits on the API, TLS on external calls, role-scoped tenant reads and KMS
encryption on the configuration database, and a vendor review plus DPA for the LLM.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cross-border payroll compliance assistant",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "soc2"},
    description=(
        "LLM assistant answering customers' payroll administrators about country payroll "
        "rules, grounded in a regulation index and the customer's payroll configuration."
    ),
)

# ---------------------------------------------------------------- data assets
question = tg.Data(
    "Administrator question",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text; often names employees, salaries or special cases.",
)
sso_token = tg.Data("SSO identity token", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
answer = tg.Data("Cited answer", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
prompt = tg.Data(
    "Grounded prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, question, regulation passages and configuration excerpts.",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="model-output")
gazettes = tg.Data(
    "Official gazette publications", sensitivity=tg.Sensitivity.PUBLIC, kind="documents"
)
licensed_rules = tg.Data(
    "Licensed payroll rule commentary",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="documents",
    description="Publisher content under licence; not to be redistributed verbatim.",
)
curation = tg.Data("Curation decisions", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
regulation_chunks = tg.Data(
    "Regulation passages and embeddings",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="retrieved-context",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
payroll_config = tg.Data(
    "Customer payroll configuration",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="records",
    description="Legal entities, pay elements, tax and social security settings per country.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
conversations = tg.Data("Conversation history", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The customer's payroll administrator, the only user of the assistant.
    admin = tm.add(tg.Actor("Payroll administrator", role="customer payroll admin"))
    # Government gazettes and tax-authority pages, the primary legal sources.
    gazette_site = tm.add(
        tg.DataSource(
            "Official gazette sites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={gazettes},
            description="Crawled weekly for the 40 countries we support.",
        )
    )

with tm.boundary("Customer identity provider", trust=tg.Trust.PARTNER):
    # Each customer signs its administrators in with its own SSO.
    customer_idp = tm.add(
        tg.ExternalService("Customer SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER)
    )

with tm.boundary("Legal publisher", trust=tg.Trust.PARTNER):
    # Commentary and rule tables we license because gazettes alone are hard to use.
    publisher = tm.add(
        tg.DataSource(
            "Licensed regulation feed",
            origin=tg.Origin.VENDOR,
            provides={licensed_rules},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; it writes the cited answers.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review and DPA, zero data retention")},
        )
    )

with tm.boundary("Production VPC", trust=tg.Trust.INTERNAL):
    # Public API the in-product chat panel calls.
    api = tm.add(
        tg.Endpoint(
            "Assistant API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer SSO (OIDC)"),
                c.RateLimiting(requests_per_minute=30, note="per tenant"),
            },
        )
    )
    # Retrieves regulations and configuration, builds the prompt, attaches citations.
    orchestrator = tm.add(
        tg.Service(
            "Compliance answer orchestrator",
            description="Retrieval, prompt assembly and citation mapping.",
        )
    )
    # Shared, cross-tenant index of regulation passages.
    reg_index = tm.add(tg.VectorStore("Regulation index", stores={regulation_chunks}))
    # Chunks and embeds gazette and publisher content after curation.
    ingestion = tm.add(
        tg.Pipeline(
            "Regulation ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="PDF/HTML parsing, chunking per article, embedding.",
        )
    )
    # Keeps conversations so administrators can return to earlier answers.
    convo_store = tm.add(tg.DataStore("Conversation store", stores={conversations}))

    with tm.boundary("Payroll data tier", trust=tg.Trust.RESTRICTED):
        # The existing payroll product's configuration database, read-only for the assistant.
        config_db = tm.add(
            tg.DataStore(
                "Payroll configuration database",
                stores={payroll_config},
                controls={
                    c.RBAC(note="assistant role reads only the caller's tenant"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Payroll specialists who choose which sources and versions go into the index.
    content_team = tm.add(tg.Actor("Regulatory content editor", role="content team"))

# ---------------------------------------------------------------- flows
tm.flow(admin, customer_idp, sso_token, protocol="https", label="sign in")
tm.flow(customer_idp, api, sso_token, protocol="https", label="OIDC token")
tm.flow(admin, api, question, protocol="https")
tm.flow(api, orchestrator, question)
tm.flow(orchestrator, reg_index, question, label="similarity query")
tm.flow(reg_index, orchestrator, regulation_chunks, label="regulation passages")
tm.flow(orchestrator, config_db, question, label="tenant configuration lookup")
tm.flow(config_db, orchestrator, payroll_config)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, convo_store, conversations)
tm.flow(convo_store, orchestrator, conversations, label="earlier turns")
tm.flow(orchestrator, api, answer)
tm.flow(api, admin, answer, protocol="https")

tm.flow(gazette_site, ingestion, gazettes, protocol="https", label="weekly crawl")
tm.flow(publisher, ingestion, licensed_rules, protocol="sftp", label="daily feed")
tm.flow(content_team, ingestion, curation, protocol="https", label="approves source versions")
tm.flow(ingestion, reg_index, regulation_chunks)
