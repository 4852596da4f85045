"""Livery yard feed ordering agent: the first design, before any security review.

A full-livery yard with about forty horses wants to stop running out of hay,
bedding and hard feed. Yard staff record what they use each day (bales, bags of
shavings, scoops per horse) on a tablet in the tack room, and horse owners keep
their horses' feed instructions up to date in the yard's web app. Every evening
an LLM agent reads the day's log, the owners' instructions and the stock and
budget figures, works out what will run short, and orders from the feed
merchant's trade ordering API on the yard's account. The yard app, its database
and the agent run in one small cloud account; the model is a hosted LLM API.
Owners sign in with e-mail and password, staff share the yard's tablet login and
the manager signs in with e-mail, password and an app code. Orders over GBP 250
wait for the yard manager's approval in the app; the monthly budget is given to
the agent as a figure to keep within. Traffic is over TLS and the database is
encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Livery yard feed ordering agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Tracks hay, bedding and feed use and orders from the feed merchant within a budget.",
)

# ---------------------------------------------------------------- data assets
usage_log = tg.Data(
    "Daily usage log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bales of hay, bags of shavings and scoops of feed used per horse and per day.",
)
feed_instructions = tg.Data(
    "Owner feed instructions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free text per horse from its owner (diet, supplements, allergies), "
    "with the owner's name and phone number.",
)
stock_budget = tg.Data(
    "Stock levels and monthly budget",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Standing instructions, the day's usage, owners' instructions and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
records_query = tg.Data("Yard records query", kind="tool-call")
records_result = tg.Data("Yard records result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
order_call = tg.Data(
    "Order request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Products, quantities and delivery date the agent wants to order.",
)
order_result = tg.Data("Order outcome", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
purchase_order = tg.Data(
    "Purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order placed on the yard's trade account with the merchant.",
)
merchant_reply = tg.Data(
    "Order confirmation and prices",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
pending_order = tg.Data(
    "Order awaiting approval", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_approval = tg.Data("Manager order approval", kind="records")
budget_settings = tg.Data(
    "Budget settings", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Owners keep their own horses' feed instructions current from home.
    owner = tm.add(tg.Actor("Horse owner", role="livery client"))

with tm.boundary("Yard premises", trust=tg.Trust.INTERNAL):
    # Grooms fill in the daily log at the end of each feed round.
    staff = tm.add(tg.Actor("Yard staff", role="groom"))
    # One shared tablet in the tack room, always signed in to the yard app.
    tablet = tm.add(tg.Device("Tack room tablet", fleet=False))
    # Runs the yard, sets the budget and approves the larger orders.
    manager = tm.add(tg.Actor("Yard manager", role="manager", privileged=True))

with tm.boundary("Yard cloud account", trust=tg.Trust.INTERNAL):
    # Web app for the daily log, owners' instructions, budget and approvals.
    yard_app = tm.add(
        tg.Endpoint(
            "Yard web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="owners: e-mail and password; staff: shared yard tablet login; "
                    "manager: e-mail and password with app code",
                ),
            },
        )
    )
    # Holds the log, instructions, stock counts and budget.
    yard_db = tm.add(
        tg.DataStore(
            "Yard records database",
            stores={usage_log, feed_instructions, stock_budget, pending_order, budget_settings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Plans the evening order from usage, instructions, stock and budget.
    agent = tm.add(
        tg.Agent(
            "Feed ordering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs each evening; orders under GBP 250 go straight to the merchant.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Read-only lookup of the yard's records for the agent.
    records_tool = tm.add(tg.Tool("Yard records lookup tool", capabilities={"read"}))
    # Places orders on the yard's trade account with the merchant.
    order_tool = tm.add(
        tg.Tool(
            "Merchant ordering tool",
            capabilities={"write", "network-egress", "money-movement"},
            description="Calls the merchant's trade ordering API with the yard's account key.",
            controls={
                c.HumanInTheLoop(approver="yard manager", above="GBP 250 per order"),
            },
        )
    )
    # What the agent looked at, called and ordered on each run.
    run_store = tm.add(
        tg.DataStore(
            "Agent run log store",
            stores={run_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Feed merchant", trust=tg.Trust.PARTNER):
    # The merchant's trade ordering API; delivers within two working days.
    merchant = tm.add(
        tg.ExternalService("Feed merchant ordering API", provides=tg.ExternalCategory.GENERIC)
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(staff, tablet, usage_log, label="typed in at the tack room")
tm.flow(tablet, yard_app, usage_log, protocol="https", controls={tls})
tm.flow(owner, yard_app, feed_instructions, protocol="https", controls={tls})
tm.flow(
    yard_app,
    owner,
    feed_instructions,
    protocol="https",
    controls={tls},
    label="own horses' feed charts",
)
tm.flow(manager, yard_app, budget_settings, order_approval, protocol="https", controls={tls})
tm.flow(yard_app, manager, pending_order, stock_budget, protocol="https", controls={tls})
tm.flow(yard_app, yard_db, usage_log, feed_instructions, budget_settings)
tm.flow(yard_db, yard_app, usage_log, feed_instructions, stock_budget, pending_order)

tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})

tm.flow(agent, records_tool, records_query)
tm.flow(records_tool, yard_db, records_query)
tm.flow(yard_db, records_tool, usage_log, feed_instructions, stock_budget)
tm.flow(records_tool, agent, records_result)

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, yard_db, pending_order, label="orders over GBP 250 held for approval")
tm.flow(yard_app, order_tool, order_approval, label="manager approves held order")
tm.flow(order_tool, merchant, purchase_order, protocol="https", controls={tls})
tm.flow(merchant, order_tool, merchant_reply, protocol="https", controls={tls})
tm.flow(order_tool, agent, order_result)
tm.flow(order_tool, yard_db, stock_budget, label="ordered stock and spend recorded")

tm.flow(agent, run_store, run_log)
