"""Pension fund ESG screening: the first design, before any security review.

Each month every listed holding is checked against the trustees' ESG exclusion
policy (thermal coal, controversial weapons, severe human-rights breaches...).
An ingestion pipeline in the fund's cloud tenant crawls issuers' sustainability
reports from their public websites and pulls articles from a licensed news feed,
has them embedded by the LLM vendor and keeps them in a vector index. A monthly
screening job takes the holdings list from the portfolio management system,
retrieves each company's evidence and asks a hosted LLM for a score per
criterion with a rationale. ESG analysts review, override and sign off scores in
an internal dashboard (SSO with MFA, role-based access); the signed-off pack goes
to the investment committee, which decides on exclusions. The LLM vendor passed
supplier review and its API key sits in the cloud key vault.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pension fund ESG screening",
    profile=tg.RiskProfile.HIGH,
    description="Monthly LLM scoring of fund holdings against the ESG exclusion policy, "
    "reviewed by analysts for the investment committee.",
)

# ---------------------------------------------------------------- data assets
reports = tg.Data(
    "Company sustainability reports",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="PDF and HTML annual sustainability, TCFD and modern-slavery reports.",
)
news = tg.Data(
    "News articles",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Licensed news and controversy articles about issuers; not redistributable.",
)
holdings = tg.Data(
    "Holdings list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Issuer names, identifiers and position sizes of the fund's listed equity and credit.",
)
policy = tg.Data(
    "ESG exclusion policy",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="The trustees' exclusion criteria and revenue thresholds, written as scoring guidance.",
)
text_chunks = tg.Data("Document text chunks", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
vectors = tg.Data("Chunk embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL)
evidence = tg.Data(
    "Retrieved evidence", kind="retrieved-context", sensitivity=tg.Sensitivity.INTERNAL
)
query = tg.Data("Evidence query", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The policy, the company's name and sector, and the retrieved evidence.",
)
assessment = tg.Data(
    "LLM ESG assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="A score per exclusion criterion, a rationale and cited passages.",
)
results = tg.Data(
    "Screening results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
sign_off = tg.Data(
    "Analyst sign-off and overrides", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
pack = tg.Data(
    "Committee screening pack",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Signed-off scores and rationales, with proposed exclusions.",
)
policy_edit = tg.Data("Policy changes", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Where most of the evidence comes from: what issuers publish about themselves.
    issuer_sites = tm.add(
        tg.DataSource(
            "Issuer websites",
            origin=tg.Origin.PUBLIC_WEB,
            provides={reports},
            description="Investor-relations pages of the companies the fund holds.",
        )
    )

with tm.boundary("News vendor", trust=tg.Trust.PARTNER):
    # Independent reporting of controversies the companies do not disclose.
    news_feed = tm.add(
        tg.DataSource(
            "Licensed news feed",
            origin=tg.Origin.VENDOR,
            provides={news},
            description="A news and controversy API the fund subscribes to.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Does the reading and scoring; a general-purpose model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted screening LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Scores each holding against the exclusion policy; its scores "
            "feed exclusion and divestment proposals.",
            controls={
                c.SupplierAssessment(
                    note="enterprise terms: no training on our prompts, EU region"
                ),
                c.ModelVersioning(note="pinned model version in the API call"),
            },
        )
    )
    # Turns report and news text into vectors for retrieval.
    embedder = tm.add(
        tg.Model(
            "Hosted embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Investment systems", trust=tg.Trust.INTERNAL):
    # The system of record for what the fund holds; screening covers exactly these.
    pms = tm.add(
        tg.DataStore(
            "Portfolio management system",
            stores={holdings},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="vendor-managed keys")},
        )
    )

with tm.boundary("Fund cloud tenant", trust=tg.Trust.INTERNAL):
    # Fetches, extracts and chunks documents and keeps the index current.
    ingestion = tm.add(
        tg.Pipeline(
            "Evidence ingestion pipeline",
            stage=tg.Stage.INGESTION,
            third_party_packages=True,
            description="Weekly crawl of issuer sites and daily news pull; PDF text "
            "extraction with open-source parsers.",
            controls={c.SecretsManagement(note="news and LLM API keys in the cloud key vault")},
        )
    )
    # The evidence base the screening job retrieves from.
    index = tm.add(tg.VectorStore("Evidence vector index", stores={text_chunks, vectors}))
    # The trustees' policy, kept as the guidance the prompt is built from.
    policy_store = tm.add(tg.DataStore("Exclusion policy and scoring guidance", stores={policy}))
    # Runs the monthly screening over every holding.
    screening = tm.add(
        tg.Service(
            "Monthly screening job",
            description="For each holding: retrieve evidence, build the prompt, call the "
            "LLM, parse the scores and store them.",
            controls={c.SecretsManagement(note="LLM API key from the cloud key vault")},
        )
    )
    # Keeps every score, rationale and the analyst's decision on it.
    results_db = tm.add(
        tg.DataStore(
            "Screening results database",
            stores={results, sign_off},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where analysts review, override and sign off scores and edit the policy text.
    dashboard = tm.add(
        tg.Service(
            "ESG review dashboard",
            description="Internal web app for the responsible-investment team.",
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.RBAC(),
                c.HumanInTheLoop(
                    approver="an ESG analyst signs off each score before it goes to the committee"
                ),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews the LLM's scores and owns the policy wording.
    analyst = tm.add(tg.Actor("ESG analyst", role="responsible-investment analyst"))
    # Takes the exclusion and divestment decisions on the signed-off pack.
    committee = tm.add(tg.Actor("Investment committee member", role="committee member"))

# ---------------------------------------------------------------- flows
tm.flow(issuer_sites, ingestion, reports, protocol="https", label="weekly crawl")
tm.flow(news_feed, ingestion, news, protocol="https", label="daily pull")
tm.flow(pms, ingestion, holdings, protocol="https", label="monthly holdings export")
tm.flow(ingestion, embedder, text_chunks, protocol="https")
tm.flow(embedder, ingestion, vectors, protocol="https")
tm.flow(ingestion, index, text_chunks, vectors)

tm.flow(pms, screening, holdings, protocol="https", label="monthly holdings export")
tm.flow(policy_store, screening, policy)
tm.flow(screening, embedder, query, protocol="https", label="query embedding")
tm.flow(embedder, screening, vectors, protocol="https")
tm.flow(screening, index, query, vectors, label="similarity search")
tm.flow(index, screening, evidence)
tm.flow(screening, llm, screening_prompt, protocol="https")
tm.flow(llm, screening, assessment, protocol="https")
tm.flow(screening, results_db, results)

tm.flow(results_db, dashboard, results, sign_off)
tm.flow(dashboard, results_db, sign_off)
tm.flow(dashboard, analyst, results, protocol="https")
tm.flow(analyst, dashboard, sign_off, policy_edit, protocol="https")
tm.flow(dashboard, policy_store, policy_edit)
tm.flow(policy_store, dashboard, policy)
tm.flow(dashboard, committee, pack, protocol="https", label="monthly screening pack")
