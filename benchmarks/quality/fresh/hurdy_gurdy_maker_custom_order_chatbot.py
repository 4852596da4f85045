"""Hurdy-gurdy maker custom order chatbot: the first design, before any security review.

A two-person hurdy-gurdy workshop in France sells made-to-order instruments to players
across Europe. A chat widget on the workshop's website answers questions about models,
tonewoods, string and chien set-ups, lead times and indicative prices, drawing on the
workshop's FAQ and build notes and on its catalogue and price list. When a visitor wants
an instrument, the chatbot (an LLM agent with a few tools) collects the specification,
contact details and any reference photos, and files an order request in the order book.
The maker reviews each request in a small admin panel, sets the final price and sends the
deposit request through the payment provider; the chatbot never quotes a binding price or
takes money. The site runs on one rented VPS; the model is a hosted third-party API.
Controls: HTTPS, a per-visitor rate limit on the chat API, a password sign-in to the
admin panel and provider API keys kept in environment files on the server.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hurdy-gurdy custom order chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chatbot that answers instrument questions and takes custom order requests.",
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, wished-for specification, name, e-mail and delivery country.",
)
reference_photos = tg.Data(
    "Reference photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pictures of instruments or carvings the visitor would like copied.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Chatbot prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, conversation so far, retrieved notes and tool results.",
)
llm_completion = tg.Data("Chatbot completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
faq_notes = tg.Data(
    "FAQ and build notes",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="FAQ pages, build diary posts and care guides, chunked and embedded.",
)
catalogue = tg.Data(
    "Models, options and price list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instrument models, wood and decoration options, base prices, current lead time.",
)
order_request = tg.Data(
    "Custom order request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Specification, indicative price, customer name, e-mail, postal address.",
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="low"),
)
transcript = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
quote = tg.Data(
    "Final quote and deposit request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Price and build slot set by the maker, with the deposit amount.",
)
payment_status = tg.Data("Deposit payment status", kind="records", sensitivity=tg.Sensitivity.PII)
notification = tg.Data("New order notification", kind="documents", sensitivity=tg.Sensitivity.PII)
provider_keys = tg.Data(
    "LLM and payment API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Players and prospective customers visiting the website.
    visitor = tm.add(tg.Actor("Website visitor", role="prospective customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted multimodal model behind the chatbot.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal chat model with tool calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card payments for deposits, set up by the maker from the admin panel.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted payment pages; deposit amounts are set per order by the maker.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the maker a notice of each new request, and the customer their quote.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Workshop VPS", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website's widget.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per visitor session and IP")},
        )
    )
    # The LLM agent that answers and gathers order details.
    chatbot = tm.add(
        tg.Agent(
            "Custom order chatbot",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers questions, looks up options and prices, files order requests.",
            controls={
                c.SecretsManagement(note="API keys in an environment file readable by the app user")
            },
        )
    )
    # Embedded FAQ and build notes for retrieval.
    faq_index = tm.add(tg.VectorStore("FAQ and build notes index", stores={faq_notes}))
    # The workshop's catalogue of models, options and prices, edited by the maker.
    catalogue_db = tm.add(tg.DataStore("Instrument catalogue", stores={catalogue}))
    # Lets the chatbot read models, options, base prices and lead time.
    catalogue_tool = tm.add(tg.Tool("Catalogue lookup tool", capabilities={"read"}))
    # Lets the chatbot file a new custom order request.
    order_tool = tm.add(tg.Tool("Order request tool", capabilities={"write", "send-messages"}))
    # Order requests and quotes; the workshop's order book.
    order_book = tm.add(
        tg.DataStore("Order book", stores={order_request, reference_photos, quote, payment_status})
    )
    # Full conversations, kept to improve answers.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcript}))
    # Where the maker reviews requests and issues quotes.
    admin = tm.add(
        tg.Endpoint(
            "Workshop admin panel",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="username and password")},
        )
    )

with tm.boundary("Workshop", trust=tg.Trust.INTERNAL):
    # The luthier who owns the business and builds the instruments.
    maker = tm.add(tg.Actor("Instrument maker", role="workshop owner", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat_api, visitor_message, reference_photos, protocol="https")
tm.flow(chat_api, visitor, chat_reply, protocol="https")
tm.flow(chat_api, chatbot, visitor_message, reference_photos)
tm.flow(chatbot, chat_api, chat_reply)

tm.flow(chatbot, faq_index, visitor_message, label="similarity query")
tm.flow(faq_index, chatbot, faq_notes, label="retrieved notes")
tm.flow(chatbot, llm, llm_prompt, reference_photos, protocol="https")
tm.flow(llm, chatbot, llm_completion, protocol="https")

tm.flow(chatbot, catalogue_tool, visitor_message, label="model and option query")
tm.flow(catalogue_db, catalogue_tool, catalogue)
tm.flow(catalogue_tool, chatbot, catalogue)

tm.flow(chatbot, order_tool, order_request, reference_photos)
tm.flow(order_tool, order_book, order_request, reference_photos)
tm.flow(order_tool, mailer, notification, protocol="https")
tm.flow(chatbot, transcript_store, transcript)

tm.flow(mailer, maker, notification, protocol="smtp+starttls")
tm.flow(maker, admin, quote, catalogue, protocol="https")
tm.flow(admin, maker, order_request, reference_photos, payment_status, protocol="https")
tm.flow(order_book, admin, order_request, reference_photos, payment_status)
tm.flow(admin, order_book, quote)
tm.flow(admin, catalogue_db, catalogue, label="maker edits prices and options")
tm.flow(admin, payments, quote, provider_keys, protocol="https", label="create deposit request")
tm.flow(payments, admin, payment_status, protocol="https", label="payment webhook")
tm.flow(admin, mailer, quote, protocol="https")
tm.flow(mailer, visitor, quote, protocol="smtp+starttls")
