"""Microbrewery taproom stock reorder agent: the first design, before any security review.

An LLM agent runs every morning on the brewery's small cloud account. It reads keg
levels from the keg monitoring vendor's cloud (fed by flow meters on the taproom
lines), can stock from the taproom till (EPOS) and the online shop platform, and the
par levels, supplier catalogue and order history from our stock database. When malt,
hops, cans or labels run low it places orders: with the maltster through their trade
portal API, and with the hop merchant and packaging supplier by e-mail from the
brewery's orders mailbox, which it also reads for their confirmations. Orders are
capped by a per-order and monthly spending limit enforced in the ordering tool; the
head brewer (the owner) sets par levels and the limit in a small admin console behind
Google Workspace sign-in with 2SV and gets a daily summary e-mail. The agent uses a
hosted LLM over HTTPS and its framework stops a run after 25 steps.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Microbrewery taproom stock reorder agent",
    profile=tg.RiskProfile.LOW,
    description="Watches keg and can stock and reorders brewing and packaging supplies within a spending limit.",
)

# ---------------------------------------------------------------- data assets
keg_readings = tg.Data(
    "Keg level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Pints poured per line and estimated litres left in each keg.",
)
stock_query = tg.Data("Stock query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
taproom_stock = tg.Data(
    "Taproom can sales and stock counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
shop_stock = tg.Data(
    "Online shop stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
settings = tg.Data(
    "Par levels and spending limit",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
catalogue = tg.Data(
    "Supplier catalogue and prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Approved suppliers, product codes, agreed prices and account numbers.",
)
order_history = tg.Data("Order history", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
stock_picture = tg.Data(
    "Stock picture", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Reorder prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System instructions, the stock picture, catalogue and supplier replies.",
)
llm_decision = tg.Data(
    "Model reply with tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_call = tg.Data("Place order call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
order_result = tg.Data(
    "Order result and supplier replies", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
purchase_order = tg.Data(
    "Purchase order",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Items, quantities, prices, delivery address and our trade account number.",
)
confirmation = tg.Data(
    "Supplier order confirmation", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
summary = tg.Data("Daily order summary", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Brewery and taproom site", trust=tg.Trust.INTERNAL):
    # The owner and head brewer: decides what we stock and how much the agent may spend.
    owner = tm.add(tg.Actor("Head brewer", role="owner", privileged=True))
    # Flow meters on each taproom beer line, on the taproom Wi-Fi; the source of keg levels.
    meters = tm.add(
        tg.Device("Keg line flow meters", description="Vendor-supplied meters, one per tap line.")
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The meter vendor's cloud: turns pours into keg levels and exposes them by API.
    keg_cloud = tm.add(
        tg.ExternalService("Keg monitoring cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Hosted till system in the taproom: can sales and stock counts.
    epos = tm.add(tg.ExternalService("Taproom EPOS", provides=tg.ExternalCategory.DATA_PROVIDER))
    # Hosted web shop selling cans and mixed cases; its stock levels are read, not changed.
    shop = tm.add(
        tg.ExternalService("Online shop platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # The brewery's hosted e-mail: orders go out from, and confirmations arrive at, orders@.
    mailbox = tm.add(tg.ExternalService("Orders mailbox"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with function calling.",
        )
    )

with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Base malt and speciality malts, ordered through the maltster's trade portal API.
    maltster = tm.add(tg.ExternalService("Maltster trade portal"))
    # Hop pellets, ordered by e-mail to the merchant's sales desk.
    hop_merchant = tm.add(tg.ExternalService("Hop merchant"))
    # Cans, can ends, labels and cartons, ordered by e-mail.
    packaging = tm.add(tg.ExternalService("Packaging supplier"))

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # Where the owner sets par levels, the supplier catalogue and the spending limit.
    console = tm.add(
        tg.Endpoint(
            "Reorder admin console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in with 2SV")},
        )
    )
    # Par levels, catalogue, limits and every order placed, so orders are not repeated.
    stock_db = tm.add(
        tg.DataStore(
            "Stock database",
            stores={settings, catalogue, order_history},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The reorder agent: compares stock with par levels and decides what to order.
    agent = tm.add(
        tg.Agent(
            "Stock reorder agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs on a morning schedule; places orders without asking first.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Read-only look-ups of keg, taproom and shop stock and of our own records.
    stock_tool = tm.add(
        tg.Tool("Stock lookup tool", capabilities={tg.Capability.READ}, origin="first-party")
    )
    # Places supplier orders, records them and reads replies; holds the portal API key.
    order_tool = tm.add(
        tg.Tool(
            "Supplier ordering tool",
            capabilities={
                tg.Capability.READ,
                tg.Capability.WRITE,
                tg.Capability.SEND_MESSAGES,
                tg.Capability.MONEY_MOVEMENT,
            },
            origin="first-party",
            controls={
                c.TransactionLimits(
                    limit="GBP 1,500 per order and GBP 4,000 per calendar month across all suppliers"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# keg levels
tm.flow(meters, keg_cloud, keg_readings, protocol="mqtt+tls")
tm.flow(stock_tool, keg_cloud, stock_query, protocol="https")
tm.flow(keg_cloud, stock_tool, keg_readings, protocol="https")

# can stock
tm.flow(stock_tool, epos, stock_query, protocol="https")
tm.flow(epos, stock_tool, taproom_stock, protocol="https")
tm.flow(stock_tool, shop, stock_query, protocol="https")
tm.flow(shop, stock_tool, shop_stock, protocol="https")
tm.flow(stock_db, stock_tool, settings, catalogue, order_history)

# the agent's loop
tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, agent, stock_picture)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, llm_decision, protocol="https")
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, agent, order_result)

# ordering
tm.flow(order_tool, maltster, purchase_order, protocol="https")
tm.flow(maltster, order_tool, confirmation, protocol="https")
tm.flow(order_tool, mailbox, purchase_order, summary, protocol="https")
tm.flow(mailbox, hop_merchant, purchase_order, protocol="smtp+starttls")
tm.flow(mailbox, packaging, purchase_order, protocol="smtp+starttls")
tm.flow(hop_merchant, mailbox, confirmation, protocol="smtp+starttls")
tm.flow(packaging, mailbox, confirmation, protocol="smtp+starttls")
tm.flow(mailbox, order_tool, confirmation, protocol="https", label="polls for supplier replies")
tm.flow(order_tool, stock_db, order_history)
tm.flow(mailbox, owner, summary, protocol="https")

# settings
tm.flow(owner, console, settings, catalogue, protocol="https")
tm.flow(console, stock_db, settings, catalogue)
tm.flow(stock_db, console, order_history)
tm.flow(console, owner, order_history, protocol="https")
