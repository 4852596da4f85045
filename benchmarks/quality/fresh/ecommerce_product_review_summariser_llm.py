"""Product review summariser: the first design, before any security review.

Our online shop (customers across the EU) lets signed-in customers write reviews
of products they bought. Each night a batch job takes the published reviews of
every product that has new ones, removes reviewer names, and asks a hosted LLM
to boil them down to a short list of pros and cons. The job checks the reply is
well-formed JSON within length limits and writes it to a summary store, from
which the storefront shows it at the top of each product page.
Everything runs in our cloud account except the LLM, which a vendor hosts under
a data processing agreement. Merchandisers use an internal console, behind
company SSO with MFA, to read summaries and unpublish or edit a bad one after
the fact; summaries go live without anyone reading them first. Review
submission is rate limited and passes a profanity and length filter; customer
and review databases are encrypted at rest, and LLM call logs are kept 30 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Product review summariser",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Nightly LLM summaries of customer reviews shown as pros and cons on product pages.",
)

# ---------------------------------------------------------------- data assets
sign_in = tg.Data(
    "Customer sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="E-mail address and password typed at sign-in.",
)
account = tg.Data(
    "Customer account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, order history reference and the password hash.",
)
review = tg.Data(
    "Customer review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
    description="Star rating, free-text review, reviewer display name, account id, verified-purchase flag.",
)
published_reviews = tg.Data(
    "Published reviews",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Reviews as shown on the product page, with display names.",
)
product = tg.Data("Product details", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data(
    "Summarisation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions, product name and up to 200 recent review texts with ratings, names removed.",
)
draft = tg.Data("Draft pros and cons", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
summary = tg.Data(
    "Pros and cons summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
page = tg.Data("Product page", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
call_log = tg.Data("LLM call log", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
summary_edit = tg.Data(
    "Summary edit or unpublish", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers browse product pages; signed-in customers also write reviews.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The summarising model, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model; vendor contract says inputs are not used for training.",
            controls={
                c.SupplierAssessment(note="DPA signed, EU region, no training on our inputs")
            },
        )
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Public web front end: product pages, sign-in and the review form.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password", note="needed to submit a review"),
                c.RateLimiting(requests_per_minute=20, note="review submissions per account"),
            },
        )
    )
    # Accepts new reviews, checks them and serves published ones.
    review_service = tm.add(
        tg.Service(
            "Review service",
            controls={
                c.InputValidation(
                    note="length limit, profanity word list, verified purchase required"
                )
            },
        )
    )
    # The batch job that builds prompts, calls the LLM and stores the result.
    job = tm.add(
        tg.Service(
            "Nightly review summarisation job",
            description="Runs at 02:00 for products with new reviews since the last run.",
            controls={
                c.DataMinimization(note="reviewer names and account ids dropped before prompting"),
                c.OutputFiltering(
                    note="reply must parse as JSON, at most 5 pros and 5 cons of 120 characters"
                ),
            },
        )
    )
    # Where the storefront reads summaries from; the console edits them here.
    summary_store = tm.add(tg.DataStore("Summary store", stores={summary}))
    # Prompts and replies kept for debugging the job.
    llm_logs = tm.add(
        tg.DataStore(
            "LLM call log store",
            stores={call_log},
            controls={c.RetentionLimits(days=30)},
        )
    )
    # Internal tool for merchandisers to read and correct summaries.
    console = tm.add(
        tg.Endpoint(
            "Merchandising console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # All reviews ever submitted, with who wrote them.
        reviews_db = tm.add(
            tg.DataStore(
                "Reviews database",
                stores={review},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Customer accounts the storefront signs people in against.
        accounts_db = tm.add(
            tg.DataStore(
                "Customer accounts database",
                stores={account},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Product names and attributes, for pages and for the prompt.
        catalogue = tm.add(tg.DataStore("Product catalogue", stores={product}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Staff who own product content and respond to complaints about summaries.
    merchandiser = tm.add(tg.Actor("Merchandiser", role="merchandising staff"))

# ---------------------------------------------------------------- flows
# Customers sign in, write reviews and read product pages.
tm.flow(customer, storefront, sign_in, review, protocol="https")
tm.flow(storefront, customer, page, protocol="https")
tm.flow(storefront, accounts_db, sign_in, label="sign-in check")
tm.flow(accounts_db, storefront, account)

# Reviews in and out.
tm.flow(storefront, review_service, review)
tm.flow(review_service, reviews_db, review)
tm.flow(reviews_db, review_service, review)
tm.flow(review_service, storefront, published_reviews)
tm.flow(catalogue, storefront, product)

# Nightly summarisation.
tm.flow(reviews_db, job, review, label="nightly batch read")
tm.flow(catalogue, job, product)
tm.flow(job, llm, prompt, protocol="https")
tm.flow(llm, job, draft, protocol="https")
tm.flow(job, llm_logs, call_log)
tm.flow(job, summary_store, summary)
tm.flow(summary_store, storefront, summary)

# Merchandisers correct summaries after publication.
tm.flow(merchandiser, console, summary_edit, protocol="https")
tm.flow(console, merchandiser, summary, protocol="https")
tm.flow(summary_store, console, summary)
tm.flow(console, summary_store, summary_edit)
