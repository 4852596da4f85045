"""Plant doctor helpline: the first design, before any security review.

A UK garden centre chain adds a "plant doctor" to its website. Customers (no account
needed) upload up to five photos of a sick plant, describe the symptoms and leave a
name and e-mail address. A helpline orchestrator in our AWS account embeds the
enquiry, retrieves matching care guides and product pages from a vector index, and
sends photos, enquiry and guides to a hosted multimodal LLM, which suggests likely
pests, diseases or deficiencies and products from our range. Suggested products are
matched to live catalogue SKUs before the answer is shown. When the model is unsure,
or the customer presses "ask an expert", the case goes to a queue that horticulture
advisors in our stores answer from a staff console (Entra ID single sign-on); the
customer gets an e-mail with a link back to the reply. The index is rebuilt nightly
from the e-commerce catalogue. The public API is rate limited and checks uploads;
photos and cases are encrypted at rest; the LLM keys sit in Secrets Manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Garden centre plant doctor helpline",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website helpline: a multimodal LLM suggests plant problems and products; staff answer hard cases.",
)

# ---------------------------------------------------------------- data assets
plant_photos = tg.Data(
    "Plant photos",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="Customer photos of plants; may show gardens, houses or people and carry EXIF location.",
)
enquiry = tg.Data(
    "Plant problem enquiry",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text: the plant, its symptoms, where it grows and what the customer has tried.",
)
contact = tg.Data("Customer contact details", sensitivity=tg.Sensitivity.PII, kind="records")
query_embedding = tg.Data(
    "Enquiry embedding", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings"
)
catalogue_records = tg.Data(
    "Product catalogue and care guides",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Product pages, SKUs, stock and prices, and the horticulture team's care articles.",
)
guide_embeddings = tg.Data(
    "Care guide embeddings", sensitivity=tg.Sensitivity.INTERNAL, kind="embeddings"
)
guides = tg.Data(
    "Retrieved care guides and products",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="retrieved-context",
)
prompt = tg.Data(
    "Diagnosis prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the photos, the enquiry and the retrieved guides.",
)
suggestion = tg.Data(
    "Suggested diagnosis and products", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
case = tg.Data(
    "Helpline case",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Contact details, enquiry, photo references, the model's suggestion, status and advisor reply.",
)
advisor_reply = tg.Data("Advisor reply", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
notification = tg.Data("Reply notification e-mail", sensitivity=tg.Sensitivity.PII, kind="records")
reply_link = tg.Data(
    "Reply link request",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="The case link from the e-mail, which opens the advisor's reply.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone visiting the website; no sign-in is needed to ask.
    customer = tm.add(tg.Actor("Customer", role="website visitor"))

with tm.boundary("AI vendor", trust=tg.Trust.PARTNER):
    # The hosted multimodal model that reads the photos and suggests problems and products.
    llm = tm.add(
        tg.LLM(
            "Multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted vision and language model behind an API key.",
        )
    )
    # The same vendor's embedding endpoint, used for the care-guide index.
    embedder = tm.add(
        tg.Model("Embedding model", task=tg.Task.EMBEDDING, origin=tg.ModelOrigin.THIRD_PARTY_API)
    )

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Sends the "your answer is ready" e-mails.
    mailer = tm.add(tg.ExternalService("Transactional email service"))

with tm.boundary("Helpline AWS account", trust=tg.Trust.INTERNAL):
    # The website's helpline API: takes uploads and enquiries, returns answers.
    api = tm.add(
        tg.Endpoint(
            "Helpline API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20, note="per IP address at the API gateway"),
                c.InputValidation(
                    note="JPEG, PNG or HEIC only, at most 5 photos of 10 MB; enquiry length capped"
                ),
            },
        )
    )
    # Builds the prompt, calls the models, records the case, routes hard cases to staff.
    orchestrator = tm.add(
        tg.Service(
            "Helpline orchestrator",
            description="Retrieves guides, calls the LLM, checks suggested products against the catalogue.",
            controls={
                c.SecretsManagement(note="LLM and embedding API keys in AWS Secrets Manager"),
                c.OutputFiltering(
                    note="suggested products are matched to live catalogue SKUs; unknown ones are dropped"
                ),
            },
        )
    )
    # Uploaded photos, kept for the model call and for advisors.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={plant_photos},
            controls={
                c.EncryptionAtRest(key_management="S3 server-side encryption, AWS-managed keys")
            },
        )
    )
    # Every enquiry, its suggestion and any advisor reply.
    case_db = tm.add(
        tg.DataStore(
            "Case database",
            stores={case},
            controls={c.EncryptionAtRest(key_management="RDS encryption with AWS KMS")},
        )
    )
    # Vector index of care guides and product pages for retrieval.
    knowledge_base = tm.add(tg.VectorStore("Care guide index", stores={guides, guide_embeddings}))
    # Nightly job that chunks and embeds the catalogue into the index.
    indexer = tm.add(tg.Pipeline("Nightly indexing job", stage=tg.Stage.INGESTION))
    # Staff console where advisors answer the escalated cases.
    console = tm.add(
        tg.Endpoint(
            "Advisor console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft Entra ID single sign-on"),
                c.RBAC(note="only the horticulture advisors group can open cases"),
            },
        )
    )

with tm.boundary("E-commerce platform", trust=tg.Trust.INTERNAL):
    # The chain's existing product catalogue, also holding the care articles.
    catalogue = tm.add(tg.DataStore("Product catalogue", stores={catalogue_records}))

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Horticulture staff in the garden centres who answer hard cases.
    advisor = tm.add(tg.Actor("Horticulture advisor", role="store staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, api, plant_photos, enquiry, contact, protocol="https")
tm.flow(api, photo_bucket, plant_photos)
tm.flow(api, orchestrator, enquiry, contact)
tm.flow(photo_bucket, orchestrator, plant_photos)
tm.flow(orchestrator, embedder, enquiry, protocol="https")
tm.flow(embedder, orchestrator, query_embedding, protocol="https")
tm.flow(orchestrator, knowledge_base, query_embedding, label="similarity search")
tm.flow(knowledge_base, orchestrator, guides)
tm.flow(catalogue, orchestrator, catalogue_records, protocol="https", label="SKU and stock lookup")
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, suggestion, protocol="https")
tm.flow(orchestrator, case_db, case)
tm.flow(orchestrator, api, suggestion)
tm.flow(api, customer, suggestion, protocol="https")

tm.flow(case_db, console, case)
tm.flow(photo_bucket, console, plant_photos)
tm.flow(console, advisor, case, plant_photos, protocol="https")
tm.flow(advisor, console, advisor_reply, protocol="https")
tm.flow(console, case_db, advisor_reply)
tm.flow(console, mailer, notification, protocol="https")
tm.flow(mailer, customer, notification, protocol="smtp")
tm.flow(customer, api, reply_link, protocol="https", label="opens the reply link")
tm.flow(case_db, api, advisor_reply)
tm.flow(api, customer, advisor_reply, protocol="https")

tm.flow(catalogue, indexer, catalogue_records, protocol="https", label="nightly export")
tm.flow(indexer, embedder, catalogue_records, protocol="https")
tm.flow(embedder, indexer, guide_embeddings, protocol="https")
tm.flow(indexer, knowledge_base, guides, guide_embeddings)
