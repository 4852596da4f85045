"""Freelance translation marketplace with LLM quality scoring: the first design.

Clients (businesses and individuals) post translation jobs on our web marketplace and
upload the source documents; freelance translators sign up, submit a sample
translation, download the documents of the jobs they accept and upload the finished
work. A quality scoring service sends each sample and each finished job, with the
source text and our rubric, to a hosted LLM and stores the returned quality score on
the translator's profile. The scores rank translators in client search results, and a
nightly job sets each translator's rates band from them. Payments and translator
payouts go through a payment provider. A support team resolves client-translator
disputes and score appeals in an internal console and can override a score. The
platform runs in one EU cloud region. Controls in this design: e-mail and password
sign-in with upload checks and rate limits, TLS, encrypted storage, a signed DPA with
the LLM vendor, an appeal route for scores, and SSO with 2SV, roles and audit logs for support.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Translator marketplace with LLM quality scoring",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="Matches translation jobs to freelancers ranked and banded by LLM quality scores.",
)

# ---------------------------------------------------------------- data assets
client_account = tg.Data("Client account details", kind="records", sensitivity=tg.Sensitivity.PII)
translator_profile = tg.Data(
    "Translator profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, language pairs, specialisms, CV and contact details.",
)
jobs = tg.Data("Job postings", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
source_docs = tg.Data(
    "Client source documents",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Contracts, manuals, medical and legal papers; often hold personal data.",
)
translations = tg.Data(
    "Finished translations", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
samples = tg.Data("Sample translations", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
search_query = tg.Data(
    "Translator search query", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
ranked_list = tg.Data("Ranked translator list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
scoring_prompt = tg.Data(
    "Scoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rubric, source text and the translation to be scored.",
)
assessment = tg.Data(
    "LLM quality assessment", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
quality_scores = tg.Data(
    "Translator quality scores",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
rate_bands = tg.Data(
    "Translator rate bands",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
disputes = tg.Data("Disputes and score appeals", kind="records", sensitivity=tg.Sensitivity.PII)
resolution = tg.Data(
    "Dispute resolution and score override", kind="records", sensitivity=tg.Sensitivity.PII
)
card = tg.Data("Client card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
payout_details = tg.Data(
    "Translator payout bank details", kind="records", sensitivity=tg.Sensitivity.PII
)
payouts = tg.Data("Translator payouts", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Businesses and individuals who post jobs and upload the documents to translate.
    client = tm.add(tg.Actor("Client", role="customer"))
    # Freelancers: anyone can sign up and submit a sample.
    translator = tm.add(tg.Actor("Freelance translator", role="freelancer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes client payments into escrow and pays translators out.
    payments = tm.add(tg.ExternalService("Payment provider", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model, prompted with our rubric to score translations.
    llm = tm.add(
        tg.LLM(
            "Hosted scoring LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            returns_scores=True,
            high_stakes=True,
            description="Returns a 0-100 quality score and comments per translation.",
            controls={
                c.SupplierAssessment(note="DPA signed; vendor keeps no API data for training")
            },
        )
    )

with tm.boundary("Marketplace cloud (EU)", trust=tg.Trust.INTERNAL):
    # The public web app and API both clients and translators use.
    web_app = tm.add(
        tg.Endpoint(
            "Marketplace web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=120),
                c.InputValidation(note="upload file type and size checks"),
            },
        )
    )
    # Object storage for uploaded documents, samples and finished translations.
    doc_store = tm.add(
        tg.DataStore(
            "Document store",
            stores={source_docs, translations, samples},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Accounts, jobs, profiles, scores, rate bands, disputes and payout details.
    database = tm.add(
        tg.DataStore(
            "Marketplace database",
            stores={
                client_account,
                translator_profile,
                jobs,
                quality_scores,
                rate_bands,
                disputes,
                payout_details,
            },
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the scoring prompt, calls the LLM, parses the score and records it.
    scorer = tm.add(
        tg.Service(
            "Quality scoring service",
            description="Scores every sample on sign-up and every job on delivery.",
            controls={
                c.Contestability(
                    note="translators can appeal a score to support, who can override it"
                )
            },
        )
    )
    # Orders translators in client searches by language pair, specialism and quality score.
    ranking = tm.add(tg.Service("Translator search ranking"))
    # Re-computes each translator's rates band from their recent quality scores.
    rate_job = tm.add(tg.Service("Nightly rate band job"))
    # Internal tool where support reads disputes and the documents behind them.
    console = tm.add(
        tg.Service(
            "Support console",
            controls={
                c.Authentication(method="Google Workspace SSO with 2SV"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Our support team: resolves disputes and score appeals.
    support = tm.add(tg.Actor("Support agent", role="support staff"))

# ---------------------------------------------------------------- flows
# Clients: post jobs, upload documents, search, pay, collect the work, raise disputes
tm.flow(
    client, web_app, client_account, jobs, source_docs, search_query, disputes, protocol="https"
)
tm.flow(web_app, client, ranked_list, translations, protocol="https")
tm.flow(client, payments, card, protocol="https", label="hosted checkout")
tm.flow(payments, web_app, payment_confirmation, protocol="https", label="payment webhook")

# Translators: sign up with a sample, download jobs, deliver, appeal scores
tm.flow(
    translator,
    web_app,
    translator_profile,
    samples,
    translations,
    payout_details,
    disputes,
    protocol="https",
)
tm.flow(web_app, translator, jobs, source_docs, quality_scores, rate_bands, protocol="https")

# Storage
tm.flow(web_app, doc_store, source_docs, translations, samples)
tm.flow(doc_store, web_app, source_docs, translations)
tm.flow(web_app, database, client_account, translator_profile, jobs, disputes, payout_details)
tm.flow(database, web_app, jobs, quality_scores, rate_bands)

# Quality scoring
tm.flow(web_app, scorer, jobs, label="sample submitted or job delivered")
tm.flow(doc_store, scorer, source_docs, translations, samples)
tm.flow(scorer, llm, scoring_prompt, protocol="https")
tm.flow(llm, scorer, assessment, protocol="https")
tm.flow(scorer, database, quality_scores)

# Search ranking and rate bands
tm.flow(web_app, ranking, search_query)
tm.flow(database, ranking, translator_profile, quality_scores)
tm.flow(ranking, web_app, ranked_list)
tm.flow(database, rate_job, quality_scores, label="nightly batch")
tm.flow(rate_job, database, rate_bands)

# Payouts when the client accepts the work
tm.flow(web_app, payments, payouts, payout_details, protocol="https")

# Support: disputes and score appeals
tm.flow(support, console, resolution, protocol="https")
tm.flow(console, support, disputes, source_docs, translations, quality_scores, protocol="https")
tm.flow(database, console, disputes, quality_scores)
tm.flow(doc_store, console, source_docs, translations)
tm.flow(console, database, resolution, quality_scores)
