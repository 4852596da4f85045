"""Primary school dinner money and allergy-aware meal ordering agent, first design.

Parents of pupils at a UK primary school choose their children's school dinners
for the coming week in a chat on the parent portal ("Sam: pasta Monday, packed
lunch Friday"). An LLM agent, running in the academy trust's cloud tenant and
calling a hosted LLM, reads the weekly menu with its allergen matrix, looks up
each pupil's recorded allergies and dietary needs in the school MIS, records
the orders and debits the pupil's dinner money balance at the menu price.
Parents top up balances on the payment provider's hosted page; the provider
posts signed payment notifications back. Each morning the agent drafts the
kitchen's production list (dish counts plus named special-diet meals); the
school office manager reviews it, with any allergy conflicts, on the office
dashboard and releases it to the catering contractor's kitchen manager, who
also maintains the menu. Staff use Microsoft 365 sign-in with MFA, parents an
e-mail and password, and every link is HTTPS.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Primary school dinner money and allergy menu agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Parents' meal choices and dinner money, checked against pupils' "
    "recorded allergies, producing the kitchen's daily production list.",
)

# ---------------------------------------------------------------- data assets
meal_choice = tg.Data(
    "Parent meal choice message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free-text or menu-button choices naming the child and the days.",
)
agent_reply = tg.Data(
    "Agent reply",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="Order confirmation, balance, or why a dish cannot be ordered.",
)
agent_context = tg.Data(
    "Agent context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System instructions, the parent's message, menu, allergy record, tool results.",
)
llm_completion = tg.Data(
    "LLM completion",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="model-output",
    description="The agent's next step: a reply or tool calls with arguments.",
)
allergy_query = tg.Data("Allergy lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
pupil_records = tg.Data(
    "Pupil records",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, classes, parent contacts, medical and SEN notes held in the MIS.",
)
allergy_record = tg.Data(
    "Pupil allergy and dietary record",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="tool-result",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Recorded allergens, severity, religious or medical diet for one pupil.",
)
allergy_update = tg.Data(
    "Allergy record update",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Changes the office enters from parents' forms and care plans.",
)
menu = tg.Data(
    "Weekly menu and allergen matrix",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Dishes per day with the 14 regulated allergens each contains.",
)
price_list = tg.Data(
    "Meal price list",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Price per meal, and free-school-meal eligibility rules.",
)
order_call = tg.Data("Meal order call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
meal_orders = tg.Data(
    "Meal orders",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Pupil, day, dish; special-diet meals carry the allergy reason.",
)
charge_call = tg.Data(
    "Dinner money call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Debit a pupil's balance for ordered meals, or create a top-up link.",
)
balances = tg.Data(
    "Dinner money balances",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
topup_link = tg.Data("Top-up payment link", sensitivity=tg.Sensitivity.PII, kind="records")
card_payment = tg.Data(
    "Card payment",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Card details entered on the provider's hosted page; never reach us.",
)
payment_notice = tg.Data(
    "Payment notification",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Provider's signed callback: payment reference, pupil account, amount.",
)
draft_list = tg.Data(
    "Draft production list and allergy conflicts",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Dish counts, named special-diet meals, and choices the agent refused.",
)
release = tg.Data("Production list release", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
production_list = tg.Data(
    "Daily production list",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
menu_update = tg.Data(
    "Menu update",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Next week's dishes, allergens and any recipe changes from the kitchen.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and carers with a portal account linked to their children by the office.
    parent = tm.add(tg.Actor("Parent", role="parent or carer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent; hosted by the vendor, not by us.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("MIS vendor", trust=tg.Trust.PARTNER):
    # The school's existing management information system, the record of allergies.
    mis = tm.add(
        tg.DataStore(
            "School MIS pupil records",
            stores={pupil_records},
            controls={
                c.EncryptionAtRest(key_management="MIS vendor"),
                c.RBAC(note="MIS roles; the agent's API key is scoped to dietary fields"),
            },
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted card payments for dinner money top-ups.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Catering contractor", trust=tg.Trust.PARTNER):
    # The contractor's kitchen manager cooks to the list and maintains the menu.
    kitchen = tm.add(tg.Actor("Kitchen manager", role="catering contractor kitchen manager"))

with tm.boundary("School office", trust=tg.Trust.INTERNAL):
    # Maintains allergy records and releases the daily production list.
    office = tm.add(tg.Actor("School office manager", role="office manager", privileged=True))

with tm.boundary("Trust cloud tenant", trust=tg.Trust.INTERNAL):
    # Parents' web and app front end, hosting the ordering chat.
    portal = tm.add(
        tg.Endpoint(
            "Parent portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Takes meal choices, checks allergies, orders, charges, drafts the kitchen list.
    agent = tm.add(
        tg.Agent(
            "Meal ordering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="school office manager",
                    note="the daily production list is released to the kitchen only "
                    "after the office manager approves it; meal orders and dinner "
                    "money debits go ahead directly",
                ),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Reads one pupil's allergy and dietary record from the MIS API.
    allergy_tool = tm.add(
        tg.Tool(
            "Allergy lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only MIS API scope, dietary fields")},
        )
    )
    # Creates, changes and reads meal orders.
    order_tool = tm.add(tg.Tool("Meal order tool", capabilities={"read", "write"}))
    # Debits balances per meal and creates top-up links with the provider.
    money_tool = tm.add(
        tg.Tool(
            "Dinner money tool",
            capabilities={"write", "money-movement", "network-egress"},
            description="The amount of each debit comes from the meal price list.",
        )
    )
    # Receives the provider's payment notifications and credits balances.
    callback = tm.add(
        tg.Endpoint(
            "Payment callback endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="provider's webhook signature is checked")},
        )
    )
    # Office and kitchen staff web app: review, release, menu upkeep.
    office_dash = tm.add(
        tg.Endpoint(
            "Office dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="office and kitchen roles; kitchen guests see released lists only"),
            },
        )
    )
    # Weekly menus with allergens, and meal prices.
    menu_store = tm.add(
        tg.DataStore(
            "Menu and price list",
            stores={menu, price_list},
            controls={c.EncryptionAtRest(key_management="Azure-managed keys")},
        )
    )
    # Orders, balances and released production lists.
    orders_db = tm.add(
        tg.DataStore(
            "Meal orders database",
            stores={meal_orders, balances, production_list},
            controls={
                c.EncryptionAtRest(key_management="Azure-managed keys"),
                c.DataVersioning(note="Azure SQL point-in-time restore, 14 days"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Parent chat.
tm.flow(parent, portal, meal_choice, protocol="https")
tm.flow(portal, parent, agent_reply, protocol="https")
tm.flow(portal, agent, meal_choice)
tm.flow(agent, portal, agent_reply)

# Agent and its model.
tm.flow(agent, llm, agent_context, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(menu_store, agent, menu, label="this week's menu into context")

# Allergy check.
tm.flow(agent, allergy_tool, allergy_query)
tm.flow(allergy_tool, mis, allergy_query, protocol="https")
tm.flow(mis, allergy_tool, allergy_record, protocol="https")
tm.flow(allergy_tool, agent, allergy_record)

# Orders.
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, orders_db, meal_orders)
tm.flow(orders_db, order_tool, meal_orders)
tm.flow(order_tool, agent, meal_orders)

# Dinner money.
tm.flow(agent, money_tool, charge_call)
tm.flow(menu_store, money_tool, price_list, label="meal price lookup")
tm.flow(money_tool, orders_db, balances, label="debit per meal")
tm.flow(orders_db, money_tool, balances)
tm.flow(money_tool, payments, topup_link, protocol="https", label="create top-up link")
tm.flow(payments, money_tool, topup_link, protocol="https")
tm.flow(money_tool, agent, balances, topup_link)
tm.flow(parent, payments, card_payment, protocol="https", label="pays on hosted page")
tm.flow(payments, callback, payment_notice, protocol="https")
tm.flow(callback, orders_db, balances, label="credit top-up")

# Daily production list: drafted by the agent, released by the office.
tm.flow(agent, office_dash, draft_list)
tm.flow(office_dash, office, draft_list, protocol="https")
tm.flow(office, office_dash, release, protocol="https")
tm.flow(office_dash, orders_db, production_list, label="released list")
tm.flow(orders_db, office_dash, production_list)
tm.flow(office_dash, kitchen, production_list, protocol="https")

# Record upkeep.
tm.flow(office, mis, allergy_update, protocol="https")
tm.flow(kitchen, office_dash, menu_update, protocol="https")
tm.flow(office_dash, menu_store, menu, price_list)
tm.flow(menu_store, office_dash, menu, price_list)
