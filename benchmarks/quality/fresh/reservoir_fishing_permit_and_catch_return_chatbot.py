"""Reservoir fishing permits and catch returns chatbot: the first design.

Anglers use a chat widget on the water company's fisheries website to buy day
permits for its reservoirs, submit catch returns with a photo of each fish kept,
and ask about fishing rules, bag limits and closures (algae blooms, works). An
LLM agent, calling a vendor-hosted model, answers from an index of the fishery
rules and closure notices and uses two tools: a permit checkout tool, which
prices the permit from the permit price list and gets a payment link from the
payment provider's hosted checkout, and a catch return tool, which stores the
photo and asks a self-hosted vision model for species and length. Permits are
issued and e-mailed when the provider's signed payment webhook arrives. Staff
use an admin console (corporate SSO with MFA) for closures and flagged returns.
Anglers need no account; the chat endpoint is rate limited, the agent has a step
limit, and the database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Reservoir fishing permit and catch return chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chatbot selling reservoir day permits, taking catch returns checked by a "
    "vision model, and answering anglers' questions on rules and closures.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Angler chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, permit requests with name, e-mail and date, catch details.",
)
catch_photo = tg.Data(
    "Catch photo",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Photo of the fish on a measuring mat; often shows the angler too.",
)
chat_reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, retrieved rules and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
rules_docs = tg.Data(
    "Fishery rules and closure notices",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
)
rule_chunks = tg.Data(
    "Rule and closure passages", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
permit_call = tg.Data("Permit purchase call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
catch_call = tg.Data("Catch return call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
price_list = tg.Data("Permit price list", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
permits = tg.Data(
    "Permits",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Angler name, e-mail, reservoir, date, price and payment status.",
)
checkout_request = tg.Data(
    "Checkout session request", kind="records", sensitivity=tg.Sensitivity.PII
)
payment_link = tg.Data("Payment link", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data("Payment confirmed webhook", kind="records", sensitivity=tg.Sensitivity.PII)
permit_email = tg.Data("Permit e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)
catch_returns = tg.Data(
    "Catch returns",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Permit number, species, length, reservoir and the model's estimate per fish.",
)
species_estimate = tg.Data(
    "Species and length estimate", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public fishing the reservoirs; no account needed.
    angler = tm.add(tg.Actor("Angler", role="customer"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details go to the provider, never to us.
    payments = tm.add(tg.ExternalService("Payment provider checkout"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that drives the chatbot.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers permits to anglers.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Fisheries cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the widget on the fisheries website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # LLM agent that answers questions and calls the permit and catch tools.
    agent = tm.add(
        tg.Agent(
            "Fishing assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
        )
    )
    # Creates a pending permit and a payment link; no staff involvement.
    permit_tool = tm.add(
        tg.Tool(
            "Permit checkout tool",
            capabilities={"read", "write"},
            description="Creates a pending permit; the amount comes from the permit price list.",
        )
    )
    # Saves the photo, gets the vision model's estimate and records the return.
    catch_tool = tm.add(
        tg.Tool(
            "Catch return tool",
            capabilities={"write"},
            controls={c.InputValidation(note="JPEG/PNG only, 10 MB limit")},
        )
    )
    # Issues the permit when the payment provider confirms payment.
    permit_service = tm.add(tg.Service("Permit issuing service"))
    # Permits, price list and catch returns.
    fishery_db = tm.add(
        tg.DataStore(
            "Permits and catch returns database",
            stores={permits, price_list, catch_returns},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Object storage for catch photos.
    photo_store = tm.add(tg.DataStore("Catch photo bucket", stores={catch_photo}))
    # Fine-tuned open-weights image classifier for species and length on the mat.
    vision = tm.add(
        tg.Model(
            "Fish species and size model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            controls={
                c.HumanInTheLoop(
                    approver="fishery bailiff",
                    note="returns flagged as a different species or undersized are reviewed by a bailiff",
                )
            },
        )
    )
    # Index of rules, bag limits and closure notices the agent retrieves from.
    rules_index = tm.add(tg.VectorStore("Rules and closures index", stores={rule_chunks}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Bailiffs and fishery managers.
    staff = tm.add(tg.Actor("Fishery staff", role="fishery bailiff"))
    # Back-office console: closures, rules, flagged catch returns.
    console = tm.add(
        tg.Service(
            "Fishery admin console",
            controls={c.Authentication(method="corporate SSO with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Chat
tm.flow(angler, chat_api, chat_message, catch_photo, protocol="https")
tm.flow(chat_api, angler, chat_reply, protocol="https")
tm.flow(chat_api, agent, chat_message, catch_photo)
tm.flow(agent, chat_api, chat_reply)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, rules_index, chat_message, label="similarity query")
tm.flow(rules_index, agent, rule_chunks)

# Permit sales
tm.flow(agent, permit_tool, permit_call)
tm.flow(permit_tool, agent, tool_result, label="payment link")
tm.flow(fishery_db, permit_tool, price_list)
tm.flow(permit_tool, fishery_db, permits, label="pending permit")
tm.flow(permit_tool, payments, checkout_request, protocol="https")
tm.flow(payments, permit_tool, payment_link, protocol="https")
tm.flow(angler, payments, card_details, protocol="https")
tm.flow(
    payments,
    permit_service,
    payment_event,
    protocol="https",
    controls={c.MessageIntegrity(note="provider webhook signature verified")},
)
tm.flow(permit_service, fishery_db, permits, label="mark permit paid")
tm.flow(fishery_db, permit_service, permits)
tm.flow(permit_service, mailer, permit_email, protocol="https")
tm.flow(mailer, angler, permit_email, protocol="smtp")

# Catch returns
tm.flow(agent, catch_tool, catch_call, catch_photo)
tm.flow(catch_tool, photo_store, catch_photo)
tm.flow(catch_tool, vision, catch_photo)
tm.flow(vision, catch_tool, species_estimate)
tm.flow(catch_tool, fishery_db, catch_returns)
tm.flow(catch_tool, agent, tool_result)

# Back office
tm.flow(
    staff, console, rules_docs, catch_returns, protocol="https", label="closures and return reviews"
)
tm.flow(console, staff, catch_returns, catch_photo, protocol="https")
tm.flow(fishery_db, console, catch_returns, permits)
tm.flow(console, fishery_db, catch_returns)
tm.flow(photo_store, console, catch_photo)
tm.flow(console, rules_index, rule_chunks, label="re-index rules and closures")
