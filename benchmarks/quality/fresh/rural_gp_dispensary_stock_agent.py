"""Dispensary stock agent for a group of rural dispensing GP practices: first design.

Four rural practices that dispense medicines to their patients share an LLM agent
that keeps the dispensary shelves stocked. Each morning it reads the previous
day's dispensing lines from the hosted GP clinical system through a read-only
reporting API, asks an in-house forecasting model for expected demand, and
places orders with the group's two pharmaceutical wholesalers through their
ordering APIs. Spend is capped by monthly budgets per practice that the practice
manager sets in a stock dashboard. Wholesalers send price lists and shortage
notices by email to the dispensary's shared NHSmail mailbox, which the agent
reads to pick prices and substitutes. Controlled drugs are excluded from the
ordering tool; the dispensary manager orders them by hand. The agent runs in the
practice group's cloud tenant and calls a hosted LLM in a UK region; API keys are
kept in a vault, tool calls are logged, and the dashboard uses NHSmail sign-in.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rural GP dispensary stock agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent forecasts dispensary demand and orders medicines from "
    "two wholesalers within practice budgets.",
)

# ---------------------------------------------------------------- data assets
dispensing = tg.Data(
    "Dispensing records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Item, strength, quantity, date, practice and the patient's NHS number "
    "for each dispensed line.",
)
records_query = tg.Data(
    "Dispensing report query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
demand_history = tg.Data(
    "Demand history",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Daily quantities per item and practice, with season and stock on hand.",
)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
context = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, stock levels, dispensing lines, forecasts, budgets, "
    "email text and tool results.",
)
completion = tg.Data(
    "Agent plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_call = tg.Data("Order tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
purchase_order = tg.Data(
    "Purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Wholesaler account, delivery practice, items, pack sizes and quantities.",
)
order_confirmation = tg.Data(
    "Order confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accepted lines, prices, substitutions, out-of-stock lines and delivery date.",
)
wholesaler_email = tg.Data(
    "Price lists and shortage notices",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Emails with spreadsheet price lists and free-text shortage notices.",
)
mail_query = tg.Data("Mailbox read request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_records = tg.Data(
    "Stock, budget and order records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Stock on hand, monthly budgets per practice, orders placed, current prices.",
)
budget = tg.Data("Practice budget limits", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
stock_report = tg.Data(
    "Stock and spend report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Orders placed, spend against budget, shortages and items below minimum.",
)
api_key = tg.Data("Wholesaler API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Sets each practice's monthly medicines budget the agent must stay within.
    practice_manager = tm.add(tg.Actor("Practice manager", role="practice manager"))
    # Runs the dispensaries, watches what the agent orders, orders controlled drugs by hand.
    dispensary_manager = tm.add(tg.Actor("Dispensary manager", role="dispensary manager"))

with tm.boundary("Clinical system supplier", trust=tg.Trust.PARTNER):
    # The hosted GP clinical system, where dispensing is recorded.
    clinical_system = tm.add(
        tg.DataSource(
            "GP clinical system",
            origin=tg.Origin.PARTNER,
            provides={dispensing},
            description="Supplier-hosted clinical system with a reporting API.",
        )
    )

with tm.boundary("NHSmail", trust=tg.Trust.PARTNER):
    # Shared dispensary mailbox the wholesalers email; it also takes mail from anyone.
    mailbox = tm.add(tg.DataStore("Shared dispensary mailbox", stores={wholesaler_email}))

with tm.boundary("Wholesalers", trust=tg.Trust.PARTNER):
    # Main wholesaler: ordering API and price and shortage emails.
    wholesaler_a = tm.add(tg.ExternalService("Wholesaler A ordering API", provides="generic"))
    # Second wholesaler, used for items the first is short of or dearer for.
    wholesaler_b = tm.add(tg.ExternalService("Wholesaler B ordering API", provides="generic"))

with tm.boundary("LLM vendor UK region", trust=tg.Trust.PARTNER):
    # The hosted language model that plans the agent's steps.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our data, UK hosting")},
        )
    )

with tm.boundary("Practice group cloud tenant", trust=tg.Trust.INTERNAL):
    # The agent: reads usage and emails, forecasts, decides what to order and from whom.
    agent = tm.add(
        tg.Agent(
            "Dispensary stock agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=60), c.AuditLogging(retention_days=730)},
            description="Runs every weekday morning; orders without a person approving.",
        )
    )
    # Read-only account on the clinical system's reporting API.
    records_tool = tm.add(tg.Tool("Dispensing records tool", capabilities={"read"}))
    # Reads the shared mailbox through the mail API.
    mail_tool = tm.add(tg.Tool("Mailbox reader tool", capabilities={"read"}))
    # Places orders with either wholesaler; checks the remaining budget first.
    ordering_tool = tm.add(
        tg.Tool(
            "Wholesaler ordering tool",
            capabilities={"write", "money-movement"},
            controls={
                c.TransactionLimits(
                    limit="each practice's monthly medicines budget, set by the practice manager"
                ),
                c.LeastPrivilegeTools(
                    note="refuses items flagged as controlled drugs (Schedules 2-3) in the catalogue"
                ),
                c.SecretsManagement(note="wholesaler API keys in the tenant's key vault"),
            },
        )
    )
    # In-house demand forecasting model the agent calls per item and practice.
    forecaster = tm.add(
        tg.Model(
            "Demand forecasting model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted trees on two years of dispensing history.",
        )
    )
    # Stock levels, budgets, order history and current prices.
    stock_db = tm.add(
        tg.DataStore(
            "Stock database",
            stores={stock_records, budget, api_key},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Web dashboard for budgets, orders placed and shortages.
    dashboard = tm.add(
        tg.Endpoint(
            "Stock dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="NHSmail single sign-on with MFA"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
# Budgets and oversight.
tm.flow(practice_manager, dashboard, budget, protocol="https")
tm.flow(dashboard, practice_manager, stock_report, protocol="https")
tm.flow(dashboard, dispensary_manager, stock_report, protocol="https")
tm.flow(dashboard, stock_db, budget)
tm.flow(stock_db, dashboard, stock_records)

# The agent's reasoning.
tm.flow(agent, llm, context, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(stock_db, agent, stock_records, label="stock on hand, budgets, prices")
tm.flow(agent, stock_db, stock_records, label="price and shortage updates")

# Reading dispensing.
tm.flow(agent, records_tool, records_query)
tm.flow(records_tool, clinical_system, records_query, protocol="https")
tm.flow(clinical_system, records_tool, dispensing, protocol="https")
tm.flow(records_tool, agent, dispensing)

# Forecasting.
tm.flow(agent, forecaster, demand_history)
tm.flow(forecaster, agent, forecast)

# Reading wholesaler emails.
tm.flow(wholesaler_a, mailbox, wholesaler_email, protocol="smtp+starttls")
tm.flow(wholesaler_b, mailbox, wholesaler_email, protocol="smtp+starttls")
tm.flow(agent, mail_tool, mail_query)
tm.flow(mail_tool, mailbox, mail_query, protocol="https")
tm.flow(mailbox, mail_tool, wholesaler_email, protocol="https")
tm.flow(mail_tool, agent, wholesaler_email)

# Ordering.
tm.flow(agent, ordering_tool, order_call)
tm.flow(stock_db, ordering_tool, budget, api_key, label="remaining budget and API key")
tm.flow(ordering_tool, wholesaler_a, purchase_order, protocol="https")
tm.flow(wholesaler_a, ordering_tool, order_confirmation, protocol="https")
tm.flow(ordering_tool, wholesaler_b, purchase_order, protocol="https")
tm.flow(wholesaler_b, ordering_tool, order_confirmation, protocol="https")
tm.flow(ordering_tool, stock_db, purchase_order, label="order record")
tm.flow(ordering_tool, agent, order_confirmation)
