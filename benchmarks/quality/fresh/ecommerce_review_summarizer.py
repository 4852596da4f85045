"""Review summarizer: the first design, before any security review.

Our marketplace shows, on each product page, a short list of pros and cons
distilled from that product's customer reviews (often thousands of them).
Customers post reviews through the storefront API. A nightly summarization job
in our cloud account reads the new reviews, runs each through our in-house
fake-review classifier (a fine-tuned text model loaded from the model registry)
and drops those scored as likely fake, then sends the remaining review text to a
hosted LLM that writes the pros and cons. The summaries are stored and served on
product pages. Sellers can flag a summary they think is wrong from the seller
portal; flags land in a queue that content moderators work through in the
moderation console, where they can hide, edit or regenerate a summary. Customers
and sellers must log in, review posting is rate-limited and length-checked, and
the LLM output must parse as pros/cons lists before it is stored.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "E-commerce review summarizer",
    profile=tg.RiskProfile.LOW,
    description="LLM-written pros and cons from customer reviews on product pages, "
    "with a fake-review filter and seller flagging reviewed by moderators.",
)

# ---------------------------------------------------------------- data assets
review = tg.Data(
    "Customer review",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Star rating, title and free text, with the reviewer's account id and display name.",
)
product_page = tg.Data(
    "Product page",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Listing, published reviews and the review summary.",
)
review_text = tg.Data(
    "Review text for scoring",
    kind="features",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Text, rating and account-age signals of one review.",
)
fake_score = tg.Data("Fake-review score", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
fake_flag = tg.Data(
    "Suspected-fake marker",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="low"),
)
classifier_artifact = tg.Data(
    "Fake-review classifier artifact", format="onnx", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
summary_prompt = tg.Data(
    "Summarization prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions and the filtered review texts of one product (no reviewer ids).",
)
completion = tg.Data("LLM pros and cons", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
summary = tg.Data(
    "Review summary",
    kind="model-output",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
seller_flag = tg.Data(
    "Seller flag",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which summary, which point is wrong, and the seller's explanation.",
)
flag_status = tg.Data("Flag status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
moderation_decision = tg.Data(
    "Moderation decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Keep, hide, edit or regenerate, with the moderator's note.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers: write reviews and read product pages.
    customer = tm.add(tg.Actor("Customer", role="shopper"))
    # Third-party sellers: see summaries of their products and flag wrong ones.
    seller = tm.add(tg.Actor("Seller", role="marketplace seller"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the pros and cons.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Marketplace cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the storefront: posts reviews, serves product pages.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account login"),
                c.RateLimiting(requests_per_minute=5, note="review posting per account"),
                c.InputValidation(note="length limits, HTML stripped from reviews"),
            },
        )
    )
    # Public API for sellers: their products' summaries and the flag form.
    seller_portal = tm.add(
        tg.Endpoint(
            "Seller portal API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="seller account login"),
                c.RBAC(note="a seller sees and flags only their own products"),
            },
        )
    )
    # All reviews as posted, with the suspected-fake marker.
    review_db = tm.add(
        tg.DataStore(
            "Review database",
            stores={review, fake_flag},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Nightly batch job: filter, prompt, parse, store.
    summarizer = tm.add(
        tg.Service(
            "Summarization job",
            controls={c.OutputFiltering(note="completion must parse as pros/cons lists")},
            description="Nightly batch over products with new reviews.",
        )
    )
    # Published summaries, read by the storefront on every product page.
    summary_store = tm.add(tg.DataStore("Summary store", stores={summary}))
    # Seller flags waiting for a moderator.
    queue = tm.add(tg.DataStore("Moderation queue", stores={seller_flag, flag_status}))
    # Internal tool where moderators check flagged summaries against the reviews.
    console = tm.add(
        tg.Service(
            "Moderation console",
            controls={
                c.Authentication(method="corporate SSO"),
                c.AuditLogging(note="moderator actions"),
            },
        )
    )

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Filters out likely fake reviews before summarization.
        classifier = tm.add(
            tg.Model(
                "Fake-review classifier",
                task=tg.Task.CLASSIFIER,
                returns_scores=True,
                controls={c.ModelVersioning()},
                description="Fine-tuned transformer; reviews scoring above 0.8 are dropped.",
            )
        )
        # Holds the classifier versions the job loads.
        registry = tm.add(tg.ModelRegistry("Model registry", stores={classifier_artifact}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Checks seller flags and corrects summaries.
    moderator = tm.add(tg.Actor("Content moderator", role="trust and safety"))
    # Trains and publishes new classifier versions.
    ml_engineer = tm.add(tg.Actor("ML engineer", role="ml engineer", privileged=True))

# ---------------------------------------------------------------- flows
# reviews in, product pages out
tm.flow(customer, storefront, review, protocol="https")
tm.flow(storefront, review_db, review)
tm.flow(summary_store, storefront, summary)
tm.flow(storefront, customer, product_page, protocol="https")

# nightly summarization
tm.flow(review_db, summarizer, review)
tm.flow(summarizer, classifier, review_text)
tm.flow(classifier, summarizer, fake_score)
tm.flow(summarizer, review_db, fake_flag)
tm.flow(registry, classifier, classifier_artifact, label="load pinned version")
tm.flow(ml_engineer, registry, classifier_artifact, label="publish new version")
tm.flow(summarizer, llm, summary_prompt, protocol="https")
tm.flow(llm, summarizer, completion, protocol="https")
tm.flow(summarizer, summary_store, summary)

# seller flags and moderation
tm.flow(summary_store, seller_portal, summary)
tm.flow(seller_portal, seller, summary, flag_status, protocol="https")
tm.flow(seller, seller_portal, seller_flag, protocol="https")
tm.flow(seller_portal, queue, seller_flag)
tm.flow(queue, seller_portal, flag_status)
tm.flow(queue, console, seller_flag)
tm.flow(summary_store, console, summary)
tm.flow(review_db, console, review, label="source reviews")
tm.flow(console, moderator, seller_flag, summary, review, protocol="https")
tm.flow(moderator, console, moderation_decision, protocol="https")
tm.flow(console, queue, flag_status)
tm.flow(console, summary_store, summary, label="hide, edit or regenerate")
