"""Online florist card message moderation: the first design, before any security review.

Customers of our online flower shop (guest checkout allowed) type a gift-card
message that is printed and delivered with the bouquet. Some messages are abusive
or harass the recipient, so before an order is released the order service sends
the message to a moderation service, which wraps it in our policy prompt and asks
a hosted LLM for a verdict: print, hold for review or reject. Held messages go to
customer-service agents in a review console; customers are e-mailed when their
message is held. Released orders, card message included, go to partner florists
over their API, which posts delivery status back to us. If the LLM does not answer
within five seconds the message is printed as written and the order is logged.
Everything of ours runs in one cloud VPC. Controls today: rate limits and length
checks on checkout, a schema check on the LLM's verdict, the API key in a vault,
SSO for the review console, and an encrypted order database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Online florist card message moderation",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM screening of gift-card messages before flower orders are printed and delivered.",
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Flower order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buyer contact, recipient name and address, delivery date, bouquet.",
)
card_message = tg.Data(
    "Card message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text up to 300 characters; can mention bereavement, illness or relationships.",
)
policy_prompt = tg.Data(
    "Moderation policy prompt",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
moderation_prompt = tg.Data(
    "Moderation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Policy prompt plus the card message and the recipient's first name.",
)
verdict = tg.Data(
    "Moderation verdict",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="JSON: print, hold or reject, with a short reason.",
)
llm_api_key = tg.Data("LLM API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
moderation_log = tg.Data("Moderation log", kind="logs", sensitivity=tg.Sensitivity.PII)
review_outcome = tg.Data("Reviewer verdict", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
held_notice = tg.Data("Message held notice", kind="records", sensitivity=tg.Sensitivity.PII)
delivery_status = tg.Data("Delivery status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone buying flowers, usually as a guest; some use the card to harass the recipient.
    customer = tm.add(tg.Actor("Customer", role="shopper"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API, used as a message classifier.
    llm = tm.add(
        tg.LLM(
            "Hosted moderation LLM",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                tg.controls.SupplierAssessment(note="DPA signed; vendor keeps API data 30 days")
            },
        )
    )

with tm.boundary("Partner florists", trust=tg.Trust.PARTNER):
    # Local florists who make up, print the card for and deliver same-day orders.
    florist_network = tm.add(tg.ExternalService("Partner florist network"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for order and held-message e-mails.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Shop VPC", trust=tg.Trust.INTERNAL):
    # Checkout where the order and card message are entered.
    storefront = tm.add(
        tg.Endpoint(
            "Storefront checkout",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=20),
                tg.controls.InputValidation(note="card message limited to 300 characters"),
            },
        )
    )
    # Owns the order lifecycle and releases orders to florists once the message is cleared.
    order_service = tm.add(tg.Service("Order service"))
    # Orders with recipient details and card messages.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, card_message},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Builds the prompt, calls the LLM, parses the verdict; lets the message through on timeout.
    moderation = tm.add(
        tg.Service(
            "Message moderation service",
            controls={
                tg.controls.OutputFiltering(
                    note="verdict parsed against a JSON schema; anything else is 'hold'"
                ),
                tg.controls.SecretsManagement(note="LLM API key in the cloud secret manager"),
            },
        )
    )
    # Versioned policy prompt the moderation service loads at start-up.
    prompt_store = tm.add(tg.DataStore("Policy prompt store", stores={policy_prompt}))
    # Every message, prompt and verdict, kept to audit decisions and tune the prompt.
    log_store = tm.add(tg.DataStore("Moderation log store", stores={moderation_log}))
    # Queue where agents read held messages and release or reject them.
    review_console = tm.add(
        tg.Service(
            "Review console",
            controls={tg.controls.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Customer service office", trust=tg.Trust.INTERNAL):
    # Reviews held messages and contacts customers about rejected ones.
    agent = tm.add(tg.Actor("Customer-service agent", role="customer service"))

# ---------------------------------------------------------------- flows
tm.flow(customer, storefront, order, card_message, protocol="https")
tm.flow(storefront, customer, order, protocol="https", label="order confirmation")
tm.flow(storefront, order_service, order, card_message)
tm.flow(order_service, order_db, order, card_message)
tm.flow(order_db, order_service, order, card_message)

tm.flow(order_service, moderation, card_message)
tm.flow(moderation, order_service, verdict)
tm.flow(prompt_store, moderation, policy_prompt)
tm.flow(moderation, llm, moderation_prompt, llm_api_key, protocol="https")
tm.flow(llm, moderation, verdict, protocol="https")
tm.flow(moderation, log_store, moderation_log)

tm.flow(order_service, review_console, order, card_message, verdict, label="held messages")
tm.flow(review_console, agent, card_message, verdict, protocol="https")
tm.flow(agent, review_console, review_outcome, protocol="https")
tm.flow(review_console, order_service, review_outcome)

tm.flow(order_service, email, held_notice, protocol="https")
tm.flow(email, customer, held_notice, protocol="smtp")
tm.flow(
    order_service, florist_network, order, card_message, protocol="https", label="release order"
)
tm.flow(
    florist_network,
    order_service,
    delivery_status,
    protocol="https",
    label="delivery status webhook",
)
