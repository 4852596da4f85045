"""Village bakery preorders and allergen labels: the first design, before any security review.

A village bakery in England takes preorders through a small web shop and its WhatsApp
Business number; both land in one order service on a small cloud account, which keeps
the orders in a managed database. The baker types recipe notes into a back-office web
app from the counter PC; a drafting service has a hosted LLM draft an allergen label
for each product, which stays a draft until the baker approves it and is then printed
on the label printer by the counter PC. A customer-facing agent on the same LLM answers
allergen questions on the web shop and WhatsApp from approved labels only, via a
read-only lookup tool. Controls: HTTPS throughout, e-mail and password sign-in to the
back office, the baker's approval of every label, default database encryption and
the web host's rate limit.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village bakery preorders and allergen labels",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Web and WhatsApp preorders, LLM-drafted allergen labels approved by the baker, "
        "and an agent that answers allergen questions from approved labels."
    ),
)

# ---------------------------------------------------------------- data assets
preorder = tg.Data(
    "Preorder",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, phone number, items and collection time.",
)
order_confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
whatsapp_message = tg.Data(
    "WhatsApp message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="A customer's preorder or allergen question, with their phone number.",
)
whatsapp_reply = tg.Data("WhatsApp reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
allergen_question = tg.Data(
    "Allergen question",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Often says which allergy the customer or their child has.",
)
allergen_answer = tg.Data("Allergen answer", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the question and the approved labels looked up.",
)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
label_query = tg.Data("Label lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
recipe_notes = tg.Data(
    "Recipe notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The baker's free-text recipes, ingredients and suppliers' flour and nut notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
drafting_prompt = tg.Data(
    "Label drafting prompt", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
draft_label = tg.Data(
    "Draft allergen label",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approved_label = tg.Data(
    "Approved allergen label",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="The label text the baker signed off, with product, allergens and date.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
label_approval = tg.Data("Label approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
print_job = tg.Data("Label print job", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
baker_login = tg.Data("Back-office login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Villagers and visitors ordering and asking about allergens.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # The bakery's WhatsApp Business number; Meta relays messages to us by webhook.
    whatsapp = tm.add(
        tg.ExternalService(
            "WhatsApp Business API",
            description="Cloud API that posts incoming messages to our webhook and sends replies.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # One hosted model drafts labels and powers the customer agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model; its allergen output can harm someone if wrong.",
        )
    )

with tm.boundary("Bakery cloud account", trust=tg.Trust.INTERNAL):
    # Public storefront where customers preorder and open the allergen chat.
    web_shop = tm.add(
        tg.Endpoint(
            "Web shop",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=120, note="the hosting platform's default limit")
            },
        )
    )
    # Takes preorders from both channels and routes allergen questions to the agent.
    order_service = tm.add(
        tg.Service(
            "Order service",
            internet_facing=True,
            description="Receives the WhatsApp webhook and web shop orders; forwards questions to the agent.",
        )
    )
    # All preorders, kept for the day's bake list.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={preorder},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Answers allergen questions from approved labels, without a person in between.
    agent = tm.add(
        tg.Agent(
            "Allergen Q&A agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Told to answer only from approved labels and to refer unsure cases to the shop.",
        )
    )
    # Read-only lookup of approved labels by product name.
    label_tool = tm.add(
        tg.Tool("Approved label lookup", capabilities={"read"}, origin="first-party")
    )
    # Sends recipe notes to the LLM and saves the draft labels it returns.
    drafting = tm.add(
        tg.Service(
            "Label drafting service",
            controls={
                c.HumanInTheLoop(
                    approver="the baker", note="drafts are never printed or served until approved"
                )
            },
        )
    )
    # The baker's recipes, as typed into the back office.
    recipe_store = tm.add(tg.DataStore("Recipe notes store", stores={recipe_notes}))
    # Draft and approved labels, with who approved each and when.
    label_store = tm.add(tg.DataStore("Label store", stores={draft_label, approved_label}))
    # Where the baker sees orders, enters recipes, approves and prints labels.
    back_office = tm.add(
        tg.Endpoint(
            "Back-office app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Bakery shop", trust=tg.Trust.INTERNAL):
    # The baker owns the recipes and approves every label.
    baker = tm.add(tg.Actor("Baker", role="owner", privileged=True))
    # Windows PC at the counter, used for the back office and for printing.
    counter_pc = tm.add(
        tg.Device("Counter PC", fleet=False, description="Windows desktop by the till.")
    )
    # Thermal label printer plugged into the counter PC.
    printer = tm.add(tg.Device("Label printer", fleet=False))

# ---------------------------------------------------------------- flows
# web preorders and chat
tm.flow(customer, web_shop, preorder, allergen_question, protocol="https")
tm.flow(web_shop, customer, order_confirmation, allergen_answer, protocol="https")
tm.flow(web_shop, order_service, preorder, protocol="https")
tm.flow(order_service, web_shop, order_confirmation, protocol="https")
tm.flow(web_shop, agent, allergen_question, protocol="https")
tm.flow(agent, web_shop, allergen_answer, protocol="https")

# WhatsApp
tm.flow(customer, whatsapp, whatsapp_message, protocol="https")
tm.flow(whatsapp, customer, whatsapp_reply, protocol="https")
tm.flow(whatsapp, order_service, whatsapp_message, protocol="https", label="message webhook")
tm.flow(order_service, whatsapp, whatsapp_reply, protocol="https")
tm.flow(order_service, orders_db, preorder)
tm.flow(order_service, agent, allergen_question)
tm.flow(agent, order_service, allergen_answer)

# the agent
tm.flow(agent, label_tool, label_query)
tm.flow(label_store, label_tool, approved_label)
tm.flow(label_tool, agent, approved_label)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

# label drafting and approval
tm.flow(baker, counter_pc, recipe_notes, label_approval, baker_login, label="typed at the counter")
tm.flow(counter_pc, baker, preorder, draft_label, label="on screen")
tm.flow(counter_pc, back_office, recipe_notes, label_approval, baker_login, protocol="https")
tm.flow(back_office, counter_pc, preorder, draft_label, approved_label, protocol="https")
tm.flow(orders_db, back_office, preorder)
tm.flow(back_office, recipe_store, recipe_notes)
tm.flow(recipe_store, drafting, recipe_notes)
tm.flow(drafting, llm, drafting_prompt, protocol="https")
tm.flow(llm, drafting, draft_label, protocol="https")
tm.flow(drafting, label_store, draft_label)
tm.flow(label_store, back_office, draft_label)
tm.flow(back_office, label_store, approved_label, label_approval, label="baker approves")
tm.flow(counter_pc, printer, print_job, protocol="usb")
