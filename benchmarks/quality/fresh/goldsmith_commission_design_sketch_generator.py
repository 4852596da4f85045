"""Goldsmith commission chat with generated ring sketches: the first design, before review.

A one-person goldsmith's shop in the Netherlands takes bespoke ring commissions online.
On the shop website a customer describes the ring they want in a chat (metal, stones,
style, ring size, budget, often who it is for); a hosted LLM asks follow-up questions
and turns the conversation into a design brief and an image prompt, and a hosted
image-generation model draws concept sketches that are shown straight back in the chat.
The goldsmith reviews each commission in a back-office web app, reworks the chosen
sketch on her studio laptop, sets the quote and the deposit, and only then is the final
sketch and a deposit link e-mailed. Customers pay the deposit on the payment provider's
hosted checkout page; the provider confirms by a signed webhook. Customers do not sign
in; the back-office uses e-mail and password with TOTP. The chat is rate limited, and
the managed database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Goldsmith commission sketch generator",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Chat-driven ring commissions: an LLM writes the brief, an image model draws "
        "sketches, the goldsmith adjusts them and customers pay a deposit online."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text description of the ring, size, budget, name and e-mail address.",
)
chat_prompt = tg.Data(
    "Design chat prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Shop instructions, the conversation so far and the latest message.",
)
chat_reply = tg.Data(
    "Assistant reply and design brief",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next chat message, a structured brief and an image prompt.",
)
image_prompt = tg.Data("Sketch image prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
sketches = tg.Data("Generated ring sketches", kind="media", sensitivity=tg.Sensitivity.CONFIDENTIAL)
final_sketch = tg.Data(
    "Adjusted ring sketch",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The goldsmith's reworked drawing: her design work.",
)
transcript = tg.Data("Chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
commission = tg.Data(
    "Commission record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, design brief, chosen sketch, quote, deposit amount and status.",
)
quote = tg.Data(
    "Quote and deposit amount",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
deposit_request = tg.Data(
    "Deposit checkout request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
checkout_link = tg.Data(
    "Deposit checkout link", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_confirmation = tg.Data(
    "Deposit payment webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
sketch_email = tg.Data(
    "Sketch and deposit e-mail",
    sensitivity=tg.Sensitivity.PII,
    description="The final sketch, the quote and the deposit link.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who opens the website can start a commission chat, without an account.
    customer = tm.add(tg.Actor("Customer", role="prospective buyer"))

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Public shop website with the commission chat widget.
    website = tm.add(
        tg.Endpoint(
            "Shop website chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per IP, hosting platform")},
        )
    )
    # Keeps the conversation, calls the chat model and the image model.
    chat_service = tm.add(
        tg.Service(
            "Commission chat service",
            description="Holds the conversation state and calls both model APIs.",
        )
    )
    # The goldsmith's web app: commissions, sketches, quotes and deposit links.
    back_office = tm.add(
        tg.Service(
            "Studio back-office",
            internet_facing=True,
            description="Hosted web app the goldsmith signs in to from the studio.",
            controls={
                c.Authentication(method="e-mail and password with TOTP"),
                c.HumanInTheLoop(
                    approver="the goldsmith",
                    note="final sketch, quote and deposit are set by her before anything is sent",
                ),
            },
        )
    )
    # Managed Postgres: commissions and chat transcripts.
    commission_db = tm.add(
        tg.DataStore(
            "Commission database",
            stores={commission, transcript, quote},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Bucket with generated and adjusted sketches, served to the chat by unguessable URLs.
    sketch_store = tm.add(tg.DataStore("Sketch bucket", stores={sketches, final_sketch}))

with tm.boundary("Goldsmith studio", trust=tg.Trust.INTERNAL):
    # The owner and only designer; adjusts sketches and sets every price.
    goldsmith = tm.add(tg.Actor("Goldsmith", role="shop owner", privileged=True))
    # Where she reworks the chosen sketch in her drawing app.
    laptop = tm.add(
        tg.Device(
            "Studio laptop",
            fleet=False,
            description="macOS laptop with a drawing tablet and the design software.",
        )
    )

with tm.boundary("Chat model vendor", trust=tg.Trust.PARTNER):
    # Hosted LLM that interviews the customer and writes the brief and image prompt.
    chat_llm = tm.add(tg.LLM("Hosted chat LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Image model vendor", trust=tg.Trust.PARTNER):
    # Hosted text-to-image model that draws the concept sketches.
    image_model = tm.add(
        tg.Model(
            "Hosted image generation model",
            task=tg.Task.GENERATIVE,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's content filter on prompts and images")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for deposits; card details never reach our systems.
    payments = tm.add(tg.ExternalService("Hosted checkout"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the final sketch, quote and deposit link to the customer.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

# ---------------------------------------------------------------- flows
# The design chat
tm.flow(customer, website, chat_message, protocol="https")
tm.flow(website, chat_service, chat_message)
tm.flow(commission_db, chat_service, transcript, label="conversation so far")
tm.flow(chat_service, chat_llm, chat_prompt, protocol="https")
tm.flow(chat_llm, chat_service, chat_reply, protocol="https")
tm.flow(chat_service, image_model, image_prompt, protocol="https")
tm.flow(image_model, chat_service, sketches, protocol="https")
tm.flow(chat_service, sketch_store, sketches)
tm.flow(chat_service, commission_db, transcript, commission)
tm.flow(chat_service, website, chat_reply, sketches)
tm.flow(website, customer, chat_reply, sketches, protocol="https")

# The goldsmith's review and adjustment
tm.flow(commission_db, back_office, commission, transcript)
tm.flow(sketch_store, back_office, sketches, final_sketch)
tm.flow(back_office, goldsmith, commission, sketches, protocol="https")
tm.flow(goldsmith, back_office, quote, protocol="https")
tm.flow(back_office, commission_db, quote, commission)
tm.flow(back_office, laptop, sketches, protocol="https", label="download")
tm.flow(goldsmith, laptop, final_sketch, label="draws on the tablet")
tm.flow(laptop, back_office, final_sketch, protocol="https", label="upload")
tm.flow(back_office, sketch_store, final_sketch)

# Deposit
tm.flow(back_office, payments, deposit_request, protocol="https")
tm.flow(payments, back_office, checkout_link, protocol="https")
tm.flow(back_office, mailer, sketch_email, protocol="https")
tm.flow(mailer, customer, sketch_email, protocol="smtp")
tm.flow(customer, payments, card_details, protocol="https")
tm.flow(
    payments,
    back_office,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified with its SDK")},
)
tm.flow(back_office, commission_db, payment_confirmation, label="deposit paid")
