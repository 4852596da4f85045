"""Botanic garden visitor app: plant identification, plant Q&A, favourites and shop.

Visitors install the garden's phone app. They photograph a plant and a vision
model we fine-tuned on our herbarium and living-collection photos returns the
three likeliest species with a confidence; they can then ask questions about it,
which a Q&A service answers with a hosted LLM, grounding it in passages from an
index built nightly from the curators' collection database (bed locations,
descriptions, care notes; donor details are dropped by the export job).
Visitors with an account (e-mail and password, or Apple/Google sign-in) save
favourite plants and buy tickets and plants; card details go from the payment
provider's SDK in the app straight to the provider, which calls our shop back
with the result. The backend runs in the garden's cloud account behind an API
gateway with quotas; the collection database sits on the office network.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Botanic garden plant-ID visitor app",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Visitor phone app: identify plants from photos, ask an LLM about them, "
    "save favourites, buy tickets and plants.",
)

# ---------------------------------------------------------------- data assets
photo = tg.Data(
    "Plant photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Taken in the garden; may show other visitors and carries location metadata.",
)
identification = tg.Data(
    "Species identification", kind="model-output", description="Top-3 species with confidence."
)
question = tg.Data("Visitor plant question", kind="prompt")
prompt = tg.Data(
    "Plant Q&A prompt",
    kind="prompt",
    description="System prompt, species, visitor question and retrieved collection passages.",
)
passages = tg.Data("Collection passages", kind="retrieved-context")
answer = tg.Data("Plant answer", kind="model-output")
collection = tg.Data(
    "Collection records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Accessions, bed locations (incl. rare and threatened specimens), donors, care notes.",
)
plant_texts = tg.Data(
    "Plant descriptions and locations",
    kind="documents",
    description="Exported collection fields for the index, without donor details.",
)
sign_in = tg.Data("Visitor sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
account = tg.Data("Visitor account and favourites", kind="records", sensitivity=tg.Sensitivity.PII)
order = tg.Data("Ticket and plant order", kind="records", sensitivity=tg.Sensitivity.PII)
card = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_request = tg.Data(
    "Payment request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data(
    "Payment result callback", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
ticket = tg.Data("E-ticket QR code", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public walking round the garden, with or without an account.
    visitor = tm.add(tg.Actor("Visitor", role="garden visitor"))
    # Our app on visitors' own phones; takes photos and hosts the payment SDK.
    app = tm.add(
        tg.Device(
            "Visitor phone app",
            description="iOS and Android app published by the garden.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes the card details and tells us whether the payment went through.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API, answers plant questions.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Garden cloud account", trust=tg.Trust.INTERNAL):
    # Single API the app talks to: accounts, identification, Q&A and the shop.
    api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            returns_scores=True,
            controls={
                c.Authentication(method="e-mail and password, or Apple/Google sign-in"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="image type and size checked before inference"),
            },
        )
    )
    # Species classifier fine-tuned from an open-weights vision backbone.
    plant_model = tm.add(
        tg.Model(
            "Plant species classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            returns_scores=True,
        )
    )
    # Builds the prompt from the question and retrieved passages, calls the LLM.
    qa = tm.add(tg.Service("Plant Q&A service"))
    # Embeddings of the exported collection texts, queried by the Q&A service.
    index = tm.add(tg.VectorStore("Collection index", stores={plant_texts}))
    # Nightly job that exports collection records, drops donor fields and embeds them.
    indexer = tm.add(
        tg.Pipeline(
            "Nightly collection export",
            stage=tg.Stage.INGESTION,
            controls={c.DataMinimization(note="donor names and contact details not exported")},
        )
    )
    # Visitor accounts, password hashes and favourite plants.
    accounts = tm.add(
        tg.DataStore(
            "Visitor account database",
            stores={account, sign_in},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Ticket and plant-shop orders; issues e-tickets once the payment succeeds.
    shop = tm.add(tg.Service("Shop and ticketing service"))
    # Orders and the provider's payment references (no card numbers).
    orders = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, payment_result},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Garden office network", trust=tg.Trust.INTERNAL):
    # Curators keep the living-collection records up to date.
    curator = tm.add(tg.Actor("Curator", role="collections staff"))
    # The collection management system's database, the source of truth for plants.
    collection_db = tm.add(
        tg.DataStore("Collection database", stores={collection}, controls={c.RBAC()})
    )

# ---------------------------------------------------------------- flows
# identification
tm.flow(visitor, app, photo, question, label="takes photo, asks")
tm.flow(app, api, photo, protocol="https")
tm.flow(api, plant_model, photo)
tm.flow(plant_model, api, identification)
tm.flow(api, app, identification, protocol="https")

# questions
tm.flow(app, api, question, protocol="https")
tm.flow(api, qa, question, identification)
tm.flow(qa, index, question, label="similarity query")
tm.flow(index, qa, passages)
tm.flow(qa, llm, prompt, protocol="https")
tm.flow(llm, qa, answer, protocol="https")
tm.flow(qa, api, answer)
tm.flow(api, app, answer, protocol="https")
tm.flow(app, visitor, identification, answer, ticket, label="shows")

# accounts and favourites
tm.flow(visitor, app, sign_in, account, order, card, label="signs in, saves, buys")
tm.flow(app, api, sign_in, account, protocol="https")
tm.flow(api, accounts, sign_in, account)
tm.flow(accounts, api, account)
tm.flow(api, app, account, protocol="https")

# shop and tickets
tm.flow(app, api, order, protocol="https")
tm.flow(api, shop, order)
tm.flow(shop, orders, order, payment_result)
tm.flow(orders, shop, order)
tm.flow(shop, payments, payment_request, protocol="https")
tm.flow(app, payments, card, protocol="https", label="payment SDK")
tm.flow(payments, shop, payment_result, protocol="https", label="payment webhook")
tm.flow(shop, api, ticket)
tm.flow(api, app, ticket, protocol="https")

# collection data
tm.flow(curator, collection_db, collection, protocol="https", label="collection management UI")
tm.flow(collection_db, indexer, collection, label="nightly export")
tm.flow(indexer, index, plant_texts)
