"""Staff picks assistant for a bookshop chain: the first design, before any security review.

Booksellers in our UK and Irish branches type short notes on books they love into a
staff picks portal. A copywriting service sends each note, with the book's catalogue
metadata, to a hosted LLM that drafts a printed shelf card and a longer online blurb.
Booksellers print their cards from the portal; online blurbs go live on the website
once a marketing editor at head office approves them. Signed-in customers on the
website get a "picked for you" panel: a recommendation service takes their recent
purchases, finds similar staff picks in a vector index of published blurbs, and asks
the same LLM to choose a few and give a one-line reason for each. The portal and
website run in our cloud account and are reachable from the internet; staff sign in
with company single sign-on, customers with e-mail and password. Traffic is TLS, the
order database is encrypted at rest, and the LLM vendor signed a DPA after review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bookshop staff picks and recommendations",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted shelf cards and blurbs from booksellers' notes, and "
    "personal staff-pick recommendations for website customers.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Bookseller notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text notes on a favourite book, signed with the bookseller's first name and branch.",
)
book_metadata = tg.Data(
    "Book metadata",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Title, author, publisher synopsis, genre and ISBN.",
)
blurb_prompt = tg.Data("Blurb prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
draft_copy = tg.Data(
    "Draft shelf cards and blurbs", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Blurb approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
published_blurbs = tg.Data(
    "Published staff pick blurbs", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
pick_embeddings = tg.Data(
    "Staff pick embeddings", kind="embeddings", sensitivity=tg.Sensitivity.INTERNAL
)
page_request = tg.Data(
    "Website page request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Browsing, sign-in and basket requests from a customer's session.",
)
web_page = tg.Data("Website page with picks", kind="documents", sensitivity=tg.Sensitivity.PII)
orders = tg.Data(
    "Customer orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Order lines with customer id, name, delivery address and books bought.",
)
purchase_history = tg.Data(
    "Customer purchase history", kind="records", sensitivity=tg.Sensitivity.PII
)
purchase_query = tg.Data("Purchased titles query", kind="records", sensitivity=tg.Sensitivity.PII)
query_embedding = tg.Data(
    "Purchase query embedding", kind="embeddings", sensitivity=tg.Sensitivity.PII
)
candidate_picks = tg.Data(
    "Candidate staff picks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
rec_prompt = tg.Data(
    "Recommendation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The customer's recent purchases and the candidate staff picks.",
)
recommendations = tg.Data(
    "Personal recommendations", kind="model-output", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Shoppers on the website; most sign in to see their picks and order history.
    customer = tm.add(tg.Actor("Customer", role="website customer"))

with tm.boundary("Branch network", trust=tg.Trust.INTERNAL):
    # Shop-floor staff who write the notes and print the shelf cards.
    bookseller = tm.add(tg.Actor("Bookseller", role="branch bookseller"))

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Signs off every online blurb before it is published.
    editor = tm.add(tg.Actor("Marketing editor", role="marketing editor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that writes both the copy and the reasons.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor review and DPA; no training on our data")},
        )
    )
    # The same vendor's embedding model, used for the staff picks index.
    embedder = tm.add(
        tg.Model(
            "Embedding model",
            task=tg.Task.EMBEDDING,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
        )
    )

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # Web app where booksellers enter notes, see drafts and print cards; editors approve.
    portal = tm.add(
        tg.Endpoint(
            "Staff picks portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on"),
                c.HumanInTheLoop(approver="marketing editor, before a blurb goes online"),
            },
        )
    )
    # Builds the prompt from a note and the catalogue entry and calls the LLM.
    copywriter = tm.add(
        tg.Service(
            "Copywriting service",
            description="Turns a bookseller's note into a draft shelf card and online blurb.",
        )
    )
    # Keeps the original notes, so a card can be redrafted later.
    notes_store = tm.add(tg.DataStore("Bookseller notes store", stores={notes}))
    # The chain's product catalogue, fed by the book trade data feed.
    catalogue = tm.add(tg.DataStore("Book catalogue", stores={book_metadata}))
    # Drafts and approved blurbs, with their approval status.
    blurb_store = tm.add(
        tg.DataStore(
            "Blurb store",
            stores={draft_copy, published_blurbs},
        )
    )
    # Embeds each newly published blurb into the staff picks index.
    indexer = tm.add(tg.Pipeline("Staff picks indexing job", stage=tg.Stage.INGESTION))
    index = tm.add(tg.VectorStore("Staff picks index", stores={pick_embeddings, published_blurbs}))
    # The public web shop.
    website = tm.add(
        tg.Endpoint(
            "Website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=300, note="CDN per-IP limit"),
            },
        )
    )
    # Orders placed online and at the tills, linked to customer accounts.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={orders},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Assembles the "picked for you" panel for a signed-in customer.
    recommender = tm.add(
        tg.Service(
            "Recommendation service",
            description="Reads the signed-in customer's recent purchases, retrieves similar "
            "staff picks and asks the LLM to choose three with a one-line reason each.",
        )
    )

# ---------------------------------------------------------------- flows
# Notes in, drafts out.
tm.flow(bookseller, portal, notes, protocol="https")
tm.flow(portal, notes_store, notes)
tm.flow(portal, copywriter, notes, label="draft request")
tm.flow(catalogue, copywriter, book_metadata)
tm.flow(copywriter, llm, blurb_prompt, protocol="https")
tm.flow(llm, copywriter, draft_copy, protocol="https")
tm.flow(copywriter, blurb_store, draft_copy)
tm.flow(blurb_store, portal, draft_copy)
tm.flow(portal, bookseller, draft_copy, protocol="https", label="shelf card PDF to print")

# Editorial approval and publishing.
tm.flow(portal, editor, draft_copy, protocol="https", label="blurbs awaiting approval")
tm.flow(editor, portal, approval, protocol="https")
tm.flow(portal, blurb_store, approval, published_blurbs, label="approve and publish")
tm.flow(blurb_store, website, published_blurbs)
tm.flow(blurb_store, indexer, published_blurbs)
tm.flow(indexer, embedder, published_blurbs, protocol="https")
tm.flow(embedder, indexer, pick_embeddings, protocol="https")
tm.flow(indexer, index, pick_embeddings, published_blurbs)

# Customers on the website.
tm.flow(customer, website, page_request, protocol="https")
tm.flow(website, customer, web_page, protocol="https")
tm.flow(catalogue, website, book_metadata)
tm.flow(website, order_db, orders, label="new orders")
tm.flow(order_db, website, orders, label="order history page")

# Personal recommendations.
tm.flow(website, recommender, page_request, label="picks panel request")
tm.flow(order_db, recommender, purchase_history)
tm.flow(recommender, embedder, purchase_query, protocol="https")
tm.flow(embedder, recommender, query_embedding, protocol="https")
tm.flow(recommender, index, query_embedding, label="similarity search")
tm.flow(index, recommender, candidate_picks)
tm.flow(recommender, llm, rec_prompt, protocol="https")
tm.flow(llm, recommender, recommendations, protocol="https")
tm.flow(recommender, website, recommendations)
