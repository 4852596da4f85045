"""Plant doctor chat: the first design, before any security review.

Customers of the garden centre chain open the chain's mobile app, photograph a
sick plant and describe what they see. The chat backend, in the chain's cloud
account, sends the photo to a plant disease vision model and passes the likely
disease, the customer's words and matching products from the catalogue to an
LLM hosted by a vendor, which suggests treatments with links to buy them on the
chain's e-commerce platform. A nightly job copies product data from that
platform into a catalogue index. When the model is unsure, or the customer asks
for a person, the conversation is escalated to horticulture staff, who answer
in a staff console. The chat API checks uploads and rate-limits each app
install; staff sign in with the company's single sign-on; the stores are
encrypted by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Plant doctor chat",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Photo-based plant disease diagnosis and product suggestions in the shopping app.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Plant photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Taken in the customer's garden or home; may carry EXIF location.",
)
question = tg.Data("Customer question", kind="prompt", sensitivity=tg.Sensitivity.PII)
diagnosis = tg.Data("Likely disease and confidence", kind="model-output")
product_data = tg.Data("Product data", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
catalogue_hits = tg.Data(
    "Matching catalogue products", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
prompt = tg.Data(
    "Treatment prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the diagnosis, the customer's words and the matching products.",
)
completion = tg.Data("Treatment suggestion", kind="model-output", sensitivity=tg.Sensitivity.PII)
answer = tg.Data(
    "Chat answer with product links", kind="model-output", sensitivity=tg.Sensitivity.PII
)
conversation = tg.Data("Conversation history", kind="logs", sensitivity=tg.Sensitivity.PII)
staff_reply = tg.Data("Staff reply", kind="records", sensitivity=tg.Sensitivity.PII)
basket = tg.Data("Basket and order", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Gardeners using the app; anyone can install it.
    customer = tm.add(tg.Actor("Customer", role="shopper"))
    # The chain's shopping app on customers' phones, with the plant doctor tab.
    app = tm.add(tg.Device("Customer mobile app", fleet=True))

with tm.boundary("E-commerce platform", trust=tg.Trust.PARTNER):
    # The hosted commerce platform the chain's online shop runs on: products, baskets, orders.
    shop = tm.add(
        tg.ExternalService("E-commerce platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; writes the treatment advice.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Garden centre cloud", trust=tg.Trust.INTERNAL):
    # Public API the app calls for the plant doctor chat.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="image type and size checks on uploads"),
            },
        )
    )
    # Runs the conversation: diagnosis, catalogue lookup, LLM call, escalation.
    orchestrator = tm.add(tg.Service("Chat orchestrator"))
    # Open-weights image classifier fine-tuned by our data team on plant disease photos.
    vision = tm.add(
        tg.Model(
            "Plant disease vision model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
        )
    )
    # Product index the orchestrator searches for treatments in stock.
    catalogue = tm.add(
        tg.VectorStore("Product catalogue index", stores={product_data, catalogue_hits})
    )
    # Copies product data from the commerce platform each night.
    sync = tm.add(tg.Pipeline("Nightly catalogue sync job", stage=tg.Stage.INGESTION))
    # Photos and messages of each conversation, kept for escalation and follow-up.
    conversations = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={conversation, photo},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web console where horticulture staff pick up escalated conversations.
    console = tm.add(
        tg.Endpoint(
            "Staff console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Store and head-office network", trust=tg.Trust.INTERNAL):
    # Horticulture advisers in the stores and at head office.
    staff = tm.add(tg.Actor("Horticulture adviser", role="horticulture staff"))

# ---------------------------------------------------------------- flows
tm.flow(customer, app, photo, question, label="takes photo and describes symptoms")
tm.flow(app, customer, answer, staff_reply)
tm.flow(app, chat_api, photo, question, protocol="https")
tm.flow(chat_api, app, answer, staff_reply, protocol="https")
tm.flow(chat_api, orchestrator, photo, question)
tm.flow(orchestrator, chat_api, answer, staff_reply)

tm.flow(orchestrator, vision, photo)
tm.flow(vision, orchestrator, diagnosis)
tm.flow(orchestrator, catalogue, diagnosis, label="product search")
tm.flow(catalogue, orchestrator, catalogue_hits)
tm.flow(orchestrator, llm, prompt, protocol="https")
tm.flow(llm, orchestrator, completion, protocol="https")
tm.flow(orchestrator, conversations, conversation, photo)

tm.flow(shop, sync, product_data, protocol="https")
tm.flow(sync, catalogue, product_data)
tm.flow(customer, shop, basket, protocol="https", label="follows a buy link")

tm.flow(conversations, console, conversation, photo, label="escalated conversations")
tm.flow(console, staff, conversation, photo, protocol="https")
tm.flow(staff, console, staff_reply, protocol="https")
tm.flow(console, orchestrator, staff_reply)
