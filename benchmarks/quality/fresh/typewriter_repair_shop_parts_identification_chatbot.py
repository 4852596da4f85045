"""Typewriter repair chatbot: the first design, before any security review.

A one-shop typewriter repair business in Ghent adds a chat assistant to its website.
Typewriter owners describe the fault and upload photos of their machine; a hosted
vision-capable LLM, driven by a small chat agent on the shop's web host, identifies
the make and model, looks up the service prices and the parts in stock through a
read-only lookup tool, and quotes an estimate in the chat. If the owner wants the
work done, the agent files a quote request (name, e-mail, machine, estimate) that is
saved and e-mailed to the shop through a transactional mail service; the shop owner
confirms the final price by e-mail before anything is booked. The shop owner keeps
the price list and parts inventory up to date through a password-protected admin
page on the same host, where quote requests and chat transcripts can also be read.
Uploads are limited to JPEG/PNG under 10 MB, and the photo bucket uses the host's
default encryption. Visitors are EU residents, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Typewriter repair chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website chat that identifies typewriters from photos and quotes a service "
        "from the shop's price list and parts inventory."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fault description, and often the owner's name and contact details.",
)
photos = tg.Data(
    "Typewriter photos",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Phone photos of the machine, serial plate and typeface; taken at home.",
)
system_prompt = tg.Data("Assistant instructions", kind="instructions")
llm_prompt = tg.Data(
    "LLM request with photos",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the conversation so far, tool results and the photos.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
lookup_call = tg.Data("Price and parts lookup call", kind="tool-call")
lookup_result = tg.Data("Matching prices and parts", kind="tool-result")
price_list = tg.Data(
    "Service price list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
inventory = tg.Data(
    "Parts inventory",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Ribbons, platens, feet, springs and donor parts, with stock counts.",
)
quote_call = tg.Data("Quote request call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
quote_request = tg.Data(
    "Quote request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner's name, e-mail, phone, machine identified, estimate quoted.",
)
quote_ack = tg.Data("Quote request reference", kind="tool-result")
notification = tg.Data(
    "Quote request e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
)
reply = tg.Data(
    "Assistant reply with estimate", kind="model-output", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
catalogue_updates = tg.Data(
    "Price and stock updates", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
admin_sign_in = tg.Data(
    "Admin sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a typewriter who visits the website.
    owner = tm.add(tg.Actor("Typewriter owner", role="website visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted multimodal model that reads the photos and writes the answers.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal chat model behind the vendor's API.",
        )
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Sends the quote-request e-mails to the shop and a copy to the customer.
    mailer = tm.add(
        tg.ExternalService(
            "Transactional e-mail service",
            description="Hosted SMTP/API e-mail sender.",
        )
    )

with tm.boundary("Shop web host", trust=tg.Trust.INTERNAL):
    # Chat widget backend: takes messages and uploads from the website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="JPEG/PNG only, 10 MB and 4 photos per chat")},
        )
    )
    # Runs the conversation: prompts the LLM and carries out its tool calls.
    agent = tm.add(
        tg.Agent(
            "Repair quote assistant",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Small tool-calling loop around the hosted LLM.",
        )
    )
    # Read-only lookup of service prices and parts by make and model.
    lookup_tool = tm.add(
        tg.Tool(
            "Price and parts lookup tool",
            capabilities={"read"},
            description="Queries the price list and inventory tables by make and model.",
        )
    )
    # Files the customer's quote request and notifies the shop.
    quote_tool = tm.add(
        tg.Tool(
            "Quote request tool",
            capabilities={"write", "send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="shop owner",
                    note="the owner confirms the final price by e-mail before booking",
                )
            },
        )
    )
    # Object storage bucket for the uploaded photos.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="host-managed keys")},
        )
    )
    # Shop database: the price list the quotes come from.
    price_db = tm.add(tg.DataStore("Price list table", stores={price_list}))
    # Shop database: parts and donor machines in stock.
    inventory_db = tm.add(tg.DataStore("Parts inventory table", stores={inventory}))
    # Quote requests waiting for the shop owner.
    quote_db = tm.add(tg.DataStore("Quote requests table", stores={quote_request}))
    # Conversations kept so the owner can see what the assistant told people.
    transcript_log = tm.add(tg.DataStore("Chat transcript log", stores={transcripts}))
    # The owner's page for editing prices and stock and reading requests.
    admin = tm.add(
        tg.Endpoint(
            "Admin page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Shop", trust=tg.Trust.INTERNAL):
    # Runs the shop, sets prices, confirms every quote.
    shop_owner = tm.add(tg.Actor("Shop owner", role="shop owner", privileged=True))

# ---------------------------------------------------------------- flows
# the chat
tm.flow(owner, chat_api, chat_message, photos, protocol="https")
tm.flow(chat_api, photo_bucket, photos)
tm.flow(chat_api, agent, chat_message, photos)
tm.flow(agent, llm, system_prompt, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, owner, reply, protocol="https")
tm.flow(agent, transcript_log, transcripts)

# identifying the machine and pricing the service
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(price_db, lookup_tool, price_list)
tm.flow(inventory_db, lookup_tool, inventory)
tm.flow(lookup_tool, agent, lookup_result)

# filing a quote request
tm.flow(agent, quote_tool, quote_call)
tm.flow(quote_tool, quote_db, quote_request)
tm.flow(quote_tool, agent, quote_ack)
tm.flow(quote_tool, mailer, notification, protocol="https")
tm.flow(mailer, shop_owner, notification, protocol="smtps")
tm.flow(mailer, owner, notification, protocol="smtps", label="copy to the customer")

# the shop owner's admin page
tm.flow(shop_owner, admin, admin_sign_in, catalogue_updates, protocol="https")
tm.flow(admin, price_db, catalogue_updates)
tm.flow(admin, inventory_db, catalogue_updates)
tm.flow(quote_db, admin, quote_request)
tm.flow(transcript_log, admin, transcripts)
tm.flow(photo_bucket, admin, photos)
tm.flow(admin, shop_owner, quote_request, transcripts, photos, protocol="https")
