"""Museum shop inventory reorder agent: the first design, before any security review.

The museum's retail team runs a gift and book shop on site and online. Each week an
LLM agent in the museum's cloud tenant checks stock levels, asks an in-house sales
forecasting model how many of each gift and book will sell over the coming weeks
(the model is retrained from EPOS sales history and the exhibition calendar), and
reads the suppliers' catalogues with trade prices, lead times and minimum orders.
It then drafts purchase orders in the purchasing system through a tool that can
only create drafts. The retail manager reviews the drafts in a small web app,
signing in with the museum's Microsoft 365 account, edits or rejects them, and
approves; the app e-mails approved orders to the suppliers. Suppliers send their
price lists to a purchasing mailbox, which is imported into the catalogue store.
The agent's reasoning is done by a hosted LLM reached over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Museum shop inventory reorder agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "Weekly reorder proposals for the museum shop: forecasts sales of gifts and "
        "books and drafts supplier purchase orders for the retail manager to approve."
    ),
)

# ---------------------------------------------------------------- data assets
sales = tg.Data(
    "EPOS sales history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Item lines per till transaction: SKU, quantity, price, time. No card data.",
)
calendar = tg.Data(
    "Exhibition calendar",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Opening and closing dates of exhibitions and events, with expected visitors.",
)
forecast_model = tg.Data(
    "Forecast model file",
    sensitivity=tg.Sensitivity.INTERNAL,
    format="pickle",
    description="Gradient-boosted model saved with joblib.",
)
forecast_request = tg.Data("Forecast request", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Sales forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
stock = tg.Data("Stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
price_lists = tg.Data(
    "Supplier price lists",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="CSV and PDF catalogues with trade prices, lead times and minimum order quantities.",
)
catalogue = tg.Data(
    "Supplier catalogue entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Imported products, trade prices, lead times and supplier order contacts.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reorder instructions, stock, forecasts and catalogue rows for the week.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
lookup_call = tg.Data("Stock lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data(
    "Stock and catalogue lookup result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
po_call = tg.Data("Draft PO call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
po_result = tg.Data("Draft PO reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
draft_po = tg.Data(
    "Draft purchase orders",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Supplier, lines, quantities, trade prices and delivery date, status draft.",
)
approval = tg.Data("PO approval decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_po = tg.Data(
    "Approved purchase order", kind="documents", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Suppliers", trust=tg.Trust.PARTNER):
    # Gift and book suppliers, who receive the approved orders by e-mail.
    supplier = tm.add(tg.Actor("Supplier", role="supplier"))
    # Price lists suppliers e-mail to the purchasing mailbox; imported weekly.
    supplier_feed = tm.add(
        tg.DataSource(
            "Supplier price list mailbox",
            origin=tg.Origin.PARTNER,
            provides={price_lists},
            description="Shared purchasing mailbox that suppliers send catalogues to.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Museum cloud tenant", trust=tg.Trust.INTERNAL):
    # The reorder agent: plans the week's orders and drafts POs; a person approves them.
    agent = tm.add(
        tg.Agent(
            "Reorder agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs weekly on a schedule; proposes orders, never sends them.",
            controls={c.HumanInTheLoop(approver="retail manager")},
        )
    )
    # Predicts unit sales per SKU for the next weeks.
    model = tm.add(
        tg.Model(
            "Sales forecasting model",
            task=tg.Task.REGRESSOR,
            description="Weekly unit sales per SKU, driven by history and exhibitions.",
        )
    )
    # Retrains the forecasting model every month.
    training = tm.add(tg.Pipeline("Forecast retraining job", stage=tg.Stage.TRAINING))
    # Till sales exported from the EPOS system each night.
    epos = tm.add(tg.DataStore("EPOS sales database", stores={sales}))
    # The exhibitions team's calendar, which drives gift demand.
    calendar_src = tm.add(
        tg.DataSource("Exhibition calendar", origin=tg.Origin.INTERNAL, provides={calendar})
    )
    # Stock on hand in the shop and the store room.
    stock_db = tm.add(tg.DataStore("Stock database", stores={stock}))
    # Supplier products and trade prices imported from the mailbox.
    catalogue_store = tm.add(tg.DataStore("Supplier catalogue store", stores={catalogue}))
    # Read-only tool the agent uses for stock and catalogue rows.
    lookup_tool = tm.add(tg.Tool("Stock lookup tool", capabilities={"read"}))
    # Creates draft purchase orders; cannot approve or send them.
    po_tool = tm.add(
        tg.Tool(
            "Draft PO tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(note="service account can only create POs in draft status")
            },
        )
    )
    # The purchasing system's order table.
    po_ledger = tm.add(
        tg.DataStore(
            "Purchase order ledger",
            stores={draft_po},
            controls={c.AuditLogging(note="status history of every PO")},
        )
    )
    # Where the retail manager reviews, edits and approves drafts; sends approved POs.
    review_app = tm.add(
        tg.Service(
            "PO review app",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on"),
                c.RBAC(note="only the retail manager role can approve"),
            },
        )
    )

with tm.boundary("Museum office network", trust=tg.Trust.INTERNAL):
    # Approves every purchase order before it leaves the museum.
    manager = tm.add(tg.Actor("Retail manager", role="retail manager"))

# ---------------------------------------------------------------- flows
# forecasting
tm.flow(epos, training, sales, label="sales history")
tm.flow(calendar_src, training, calendar)
tm.flow(training, model, forecast_model, label="deploy")
tm.flow(epos, model, sales, label="recent sales")
tm.flow(calendar_src, model, calendar)

# supplier catalogues
tm.flow(supplier_feed, catalogue_store, price_lists, protocol="smtp", label="weekly import")

# the agent's run
tm.flow(agent, model, forecast_request)
tm.flow(model, agent, forecast)
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, stock_db, lookup_call)
tm.flow(stock_db, lookup_tool, stock)
tm.flow(lookup_tool, catalogue_store, lookup_call)
tm.flow(catalogue_store, lookup_tool, catalogue)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(
    agent,
    llm,
    prompt,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(
    llm,
    agent,
    completion,
    protocol="https",
    controls={c.EncryptionInTransit(protocol="TLS 1.2+")},
)
tm.flow(agent, po_tool, po_call)
tm.flow(po_tool, po_ledger, draft_po)
tm.flow(po_tool, agent, po_result)

# review and sending
tm.flow(po_ledger, review_app, draft_po)
tm.flow(review_app, manager, draft_po, protocol="https")
tm.flow(manager, review_app, approval, protocol="https")
tm.flow(review_app, po_ledger, approval, label="status approved or rejected")
tm.flow(review_app, supplier, approved_po, protocol="smtp")
