"""Event catering order agent: the first design, before any security review.

A UK catering company lets clients order for events by e-mail or through a chat
widget on its website. An LLM agent, running on a model hosted by an LLM vendor,
reads each request, asks for the guest count and each guest's dietary and allergen
needs, looks up recipes and their allergen matrix, proposes a menu with safe
substitutions and records the order. It answers clients directly, by chat or by
e-mail through the company's Google Workspace mailbox. For each event it drafts a
production sheet; the head chef checks it in an approval console (Workspace SSO)
and only approved sheets reach the kitchen production system. The chat widget is
rate limited, the recipe lookup uses a read-only database account, orders are
schema-checked before they are written and the order database is encrypted at
rest. Guest allergen needs are health data, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Event catering allergen order agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent takes event orders, matches guests' allergen needs to "
    "recipes and drafts production sheets that a chef approves.",
)

# ---------------------------------------------------------------- data assets
client_request = tg.Data(
    "Client order request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Event date, venue, headcount, menu wishes and contact details.",
)
guest_needs = tg.Data(
    "Guest dietary and allergen needs",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Named guests' allergies and intolerances: health data.",
)
agent_reply = tg.Data(
    "Agent reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Menu proposal, allergen answers, quotes and order confirmations.",
)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
recipes = tg.Data(
    "Recipes and allergen matrix",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Ingredients per dish and the 14 regulated allergens each contains.",
)
order = tg.Data(
    "Event order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
draft_sheet = tg.Data(
    "Draft production sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Dishes, quantities and per-guest allergen-free plates.",
)
approved_sheet = tg.Data(
    "Approved production sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
approval = tg.Data("Chef approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Event organisers: companies, wedding parties, anyone who finds the website.
    client = tm.add(tg.Actor("Client", role="customer"))

with tm.boundary("Google Workspace", trust=tg.Trust.PARTNER):
    # The orders@ mailbox that the agent reads and answers from.
    mailbox = tm.add(tg.ExternalService("Orders mailbox"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Chat widget backend on the public website.
    chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Takes the order conversation, checks allergens and drafts the sheet.
    agent = tm.add(tg.Agent("Order agent", autonomy=tg.Autonomy.SUPERVISED))
    # Reads recipes and their allergens for the agent.
    recipe_tool = tm.add(
        tg.Tool(
            "Recipe and allergen lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database account")},
        )
    )
    # Creates and updates orders and draft production sheets.
    order_tool = tm.add(
        tg.Tool(
            "Order management tool",
            capabilities={"read", "write"},
            controls={c.InputValidation(note="order JSON schema")},
        )
    )
    # Sends the agent's e-mail replies to clients.
    email_tool = tm.add(tg.Tool("E-mail reply tool", capabilities={"send-messages"}))
    # Dishes, ingredients and allergen matrix maintained by the chefs.
    recipe_db = tm.add(tg.DataStore("Recipe database", stores={recipes}))
    # Orders, guest needs and draft production sheets.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order, guest_needs, draft_sheet},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the head chef reviews and approves draft production sheets.
    approval_console = tm.add(
        tg.Service(
            "Chef approval console",
            controls={
                c.Authentication(method="Google Workspace SSO"),
                c.HumanInTheLoop(approver="head chef"),
            },
        )
    )

with tm.boundary("Kitchen network", trust=tg.Trust.INTERNAL):
    # Approves every production sheet before the kitchen sees it.
    chef = tm.add(tg.Actor("Head chef", role="chef", privileged=True))
    # Prints and displays production sheets on the kitchen line.
    kitchen = tm.add(tg.Service("Kitchen production system"))
    # Cooks and plates from the sheets.
    kitchen_staff = tm.add(tg.Actor("Kitchen staff", role="cook"))

# ---------------------------------------------------------------- flows
tm.flow(client, chat, client_request, guest_needs, protocol="https")
tm.flow(chat, client, agent_reply, protocol="https")
tm.flow(chat, agent, client_request, guest_needs)
tm.flow(agent, chat, agent_reply)

tm.flow(client, mailbox, client_request, guest_needs, protocol="smtp+starttls")
tm.flow(mailbox, client, agent_reply, protocol="smtp+starttls")
tm.flow(mailbox, agent, client_request, guest_needs, protocol="https", label="Gmail API")
tm.flow(agent, email_tool, tool_call)
tm.flow(email_tool, mailbox, agent_reply, protocol="https")
tm.flow(email_tool, agent, tool_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, recipe_tool, tool_call)
tm.flow(recipe_tool, recipe_db, tool_call, label="query")
tm.flow(recipe_db, recipe_tool, recipes)
tm.flow(recipe_tool, agent, tool_result)

tm.flow(agent, order_tool, tool_call)
tm.flow(order_tool, order_db, order, guest_needs, draft_sheet)
tm.flow(order_db, order_tool, order, guest_needs)
tm.flow(order_tool, agent, tool_result)

tm.flow(order_db, approval_console, draft_sheet, guest_needs)
tm.flow(approval_console, chef, draft_sheet, protocol="https")
tm.flow(chef, approval_console, approval, protocol="https")
tm.flow(approval_console, order_db, approval, label="approval status")
tm.flow(approval_console, kitchen, approved_sheet, protocol="https")
tm.flow(kitchen, kitchen_staff, approved_sheet, label="printed sheet")
