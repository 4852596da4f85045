"""Hospital pharmacy stock reorder agent: the first design, before any security review.

The hospital pharmacy wants an LLM agent to do the routine reordering of medicines
from its wholesalers. Each morning and on demand, the agent reads stock levels and
ward usage from the pharmacy stock system, asks an in-house demand forecasting
model for the coming weeks' need, and places orders through the wholesalers'
ordering portals. Orders for controlled drugs, and any order above a set value,
are held in an approval queue until a pharmacist approves them. Drug shortage
notices from wholesalers and the national supply service arrive by e-mail in the
procurement mailbox; the agent reads them and orders alternatives or buys ahead.
The agent runs on the hospital's network and uses a hosted LLM through the
vendor's API. Controls in this design: a read-only stock database account, the
portal credentials in the hospital vault, an order audit log, pharmacist
approval behind hospital single sign-on, a step limit on each run, and TLS.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hospital pharmacy stock reorder agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that forecasts medicine demand and reorders from wholesalers, "
    "with pharmacist approval for controlled drugs and large orders.",
)

# ---------------------------------------------------------------- data assets
stock = tg.Data(
    "Stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
usage = tg.Data(
    "Ward usage history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Issues of each medicine to each ward per day, without patient details.",
)
stock_query = tg.Data("Stock query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_result = tg.Data(
    "Stock and usage result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
forecast_request = tg.Data(
    "Forecast request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
usage_features = tg.Data("Usage features", kind="features", sensitivity=tg.Sensitivity.INTERNAL)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
forecast_result = tg.Data(
    "Forecast result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
forecast_weights = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, stock figures, forecasts, shortage notices and order history.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
notice_email = tg.Data(
    "Shortage notice e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Supply disruption notices naming products, expected dates and alternatives.",
)
mail_query = tg.Data("Mailbox query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
notice_text = tg.Data(
    "Shortage notice text", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
order_call = tg.Data(
    "Purchase order request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Wholesaler, product, quantity and agreed price.",
)
purchase_order = tg.Data(
    "Purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
confirmation = tg.Data(
    "Order confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_result = tg.Data("Order result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
held_order = tg.Data(
    "Held order for approval",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Controlled-drug orders and orders above the value threshold.",
)
approval = tg.Data(
    "Pharmacist approval",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
portal_credentials = tg.Data(
    "Wholesaler portal credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Wholesalers and the national supply service send shortage notices by e-mail.
    notices = tm.add(
        tg.DataSource(
            "Shortage notice senders",
            origin=tg.Origin.PARTNER,
            provides={notice_email},
            description="Wholesalers' customer services and the national medicine supply notices.",
        )
    )

with tm.boundary("Wholesalers", trust=tg.Trust.PARTNER):
    # The ordering portals of the hospital's contracted wholesalers.
    portals = tm.add(
        tg.ExternalService(
            "Wholesaler ordering portals",
            description="Web ordering APIs, one account per wholesaler.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Hospital network", trust=tg.Trust.INTERNAL):
    # The pharmacist on duty, who approves held orders.
    pharmacist = tm.add(tg.Actor("Pharmacist", role="pharmacist"))
    # The existing pharmacy stock control system: stock, issues to wards, orders on order.
    stock_system = tm.add(
        tg.DataStore("Pharmacy stock system", stores={stock, usage, purchase_order})
    )
    # The procurement team's shared Exchange mailbox where notices arrive.
    mailbox = tm.add(tg.DataStore("Procurement mailbox", stores={notice_email}))
    # Web page where held orders wait for a pharmacist's decision.
    approvals = tm.add(
        tg.Service(
            "Order approval queue",
            controls={
                tg.controls.Authentication(method="hospital Active Directory single sign-on"),
                tg.controls.RBAC(note="only pharmacists may approve"),
            },
        )
    )

    with tm.boundary("Pharmacy automation", trust=tg.Trust.INTERNAL):
        # The reorder agent: plans each run and calls the tools below.
        agent = tm.add(
            tg.Agent(
                "Stock reorder agent",
                autonomy=tg.Autonomy.SUPERVISED,
                controls={tg.controls.CircuitBreaker(max_steps=40)},
            )
        )
        # Reads stock levels and ward usage for the agent.
        stock_tool = tm.add(
            tg.Tool(
                "Stock lookup tool",
                capabilities={"read"},
                controls={tg.controls.LeastPrivilegeTools(note="read-only database account")},
            )
        )
        # Runs the forecasting model for the products the agent asks about.
        forecast_tool = tm.add(tg.Tool("Forecast tool", capabilities={"read"}))
        # Gradient-boosted demand forecast per product and ward.
        forecaster = tm.add(
            tg.Model(
                "Demand forecasting model", task=tg.Task.REGRESSOR, origin=tg.ModelOrigin.IN_HOUSE
            )
        )
        # Monthly retraining of the forecaster on the latest usage history.
        retraining = tm.add(tg.Pipeline("Monthly forecast retraining job", stage=tg.Stage.TRAINING))
        # Reads new messages from the procurement mailbox.
        mail_tool = tm.add(tg.Tool("Mailbox reader tool", capabilities={"read"}))
        # Places orders on the wholesalers' portals and records them in the stock system.
        order_tool = tm.add(
            tg.Tool(
                "Wholesaler ordering tool",
                capabilities={"write", "network-egress"},
                controls={
                    tg.controls.HumanInTheLoop(
                        approver="on-duty pharmacist",
                        above="GBP 2,000 per order",
                        note="controlled drugs always wait; other orders above the threshold wait",
                    ),
                    tg.controls.SecretsManagement(note="portal credentials in the hospital vault"),
                    tg.controls.AuditLogging(note="every order the agent places or holds"),
                },
            )
        )

# ---------------------------------------------------------------- flows
# stock and usage
tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_system, stock_tool, stock, usage)
tm.flow(stock_tool, agent, stock_result)

# forecasting
tm.flow(agent, forecast_tool, forecast_request)
tm.flow(stock_system, forecast_tool, usage)
tm.flow(forecast_tool, forecaster, usage_features)
tm.flow(forecaster, forecast_tool, forecast)
tm.flow(forecast_tool, agent, forecast_result)
tm.flow(stock_system, retraining, usage)
tm.flow(retraining, forecaster, forecast_weights, label="deploy")

# the agent's reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# shortage notices
tm.flow(notices, mailbox, notice_email, protocol="smtp")
tm.flow(agent, mail_tool, mail_query)
tm.flow(mailbox, mail_tool, notice_email, protocol="https")
tm.flow(mail_tool, agent, notice_text)

# ordering
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, portals, purchase_order, portal_credentials, protocol="https")
tm.flow(portals, order_tool, confirmation, protocol="https")
tm.flow(order_tool, stock_system, purchase_order, label="orders on order")
tm.flow(order_tool, agent, order_result)

# pharmacist approval
tm.flow(order_tool, approvals, held_order)
tm.flow(approvals, pharmacist, held_order, protocol="https")
tm.flow(pharmacist, approvals, approval, protocol="https")
tm.flow(approvals, order_tool, approval)
