"""Regional blood supply ordering agent: the first design, before any security review.

A US hospital group wants to stop ordering red cells, platelets and plasma by phone
and spreadsheet. A nightly job pulls issue and crossmatch records from the blood bank
LIS in each hospital and turns them into daily usage per hospital and product. An
in-house forecasting model, retrained weekly, predicts demand for the next 14 days.
An ordering agent, built on a hosted LLM, reads the forecasts, current inventory and
the par levels the lab managers set, then adjusts each hospital's standing orders
on the regional blood service's ordering portal through a connector that holds the
group's portal API key. When the portal reports a regional shortage or an order cannot
be filled, the agent emails and texts the transfusion lab managers, who can change any
order from the ordering dashboard (hospital SSO). Every order and change goes to an
order ledger. The connector caps each order at twice the par level; everything runs on
the hospital group's network except the LLM and the blood service's portal.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional blood supply ordering agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"hipaa"},
    description="Forecasts blood product demand per hospital and keeps standing orders "
    "with the regional blood service in line with it.",
)

# ---------------------------------------------------------------- data assets
transfusion_records = tg.Data(
    "Transfusion and crossmatch records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Patient-level issues, crossmatches and scheduled-surgery requests (PHI).",
)
inventory = tg.Data(
    "Blood bank inventory",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Units on the shelf per product, blood group and expiry date.",
)
usage = tg.Data(
    "Daily usage by hospital and product",
    kind="training-data",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
forecast = tg.Data("Demand forecast", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
forecast_request = tg.Data(
    "Forecast request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
stock_query = tg.Data("Stock query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
model_artifact = tg.Data(
    "Forecast model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="pickle"
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, forecasts, inventory, par levels, manager notes and portal messages.",
)
completion = tg.Data(
    "Agent plan and tool calls", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_call = tg.Data(
    "Order change request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
standing_order = tg.Data(
    "Standing order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
portal_response = tg.Data(
    "Order confirmation and regional stock notices",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Confirmations, rejections and free-text shortage bulletins from the blood service.",
)
portal_key = tg.Data("Portal API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
par_levels = tg.Data(
    "Par levels, overrides and manager notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
alert_call = tg.Data("Alert request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
alert = tg.Data("Shortage alert", kind="documents", sensitivity=tg.Sensitivity.INTERNAL)
order_history = tg.Data(
    "Order ledger entries", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital group network", trust=tg.Trust.INTERNAL):
    # The people who own blood stock in each hospital; they set par levels and override orders.
    lab_manager = tm.add(tg.Actor("Transfusion lab manager", role="lab manager"))

    # Dashboard where managers see forecasts and orders and change them.
    dashboard = tm.add(
        tg.Service(
            "Ordering dashboard",
            description="Web app on the hospital intranet.",
            controls={c.Authentication(method="hospital SSO (SAML)"), c.RBAC()},
        )
    )

    # Record of every order the agent placed and every manager change, plus par levels.
    ledger = tm.add(
        tg.DataStore(
            "Order ledger",
            stores={standing_order, par_levels, order_history},
            controls={c.AuditLogging(retention_days=2555)},
        )
    )

    with tm.boundary("Clinical systems", trust=tg.Trust.RESTRICTED):
        # Source of truth for what was transfused and what is on the shelf.
        lis = tm.add(
            tg.DataStore(
                "Blood bank LIS",
                stores={transfusion_records, inventory},
                controls={c.EncryptionAtRest(key_management="LIS vendor managed"), c.RBAC()},
            )
        )

    with tm.boundary("Forecasting platform", trust=tg.Trust.INTERNAL):
        # Turns patient-level records into per-hospital daily counts before anything else sees them.
        extract = tm.add(
            tg.Pipeline(
                "Usage extract job",
                stage=tg.Stage.INGESTION,
                description="Nightly; aggregates LIS issues and crossmatches to counts.",
                controls={c.DataMinimization(note="only counts leave the LIS, no MRNs")},
            )
        )
        # Three years of daily usage: the training data and the model's recent-history input.
        history = tm.add(tg.Dataset("Demand history", stores={usage}, purpose="training"))
        # Weekly retraining of the forecaster.
        training = tm.add(
            tg.Pipeline(
                "Forecast training job",
                stage=tg.Stage.TRAINING,
                third_party_packages=True,
                description="Weekly; pip-installs the forecasting libraries in a fresh container.",
            )
        )
        # The demand forecaster the agent consults.
        forecaster = tm.add(
            tg.Model(
                "Demand forecast model",
                task=tg.Task.REGRESSOR,
                description="Gradient-boosted model, 14-day horizon per hospital and product.",
            )
        )

    with tm.boundary("Ordering agent runtime", trust=tg.Trust.INTERNAL):
        # Decides how standing orders should change and when managers must be alerted.
        agent = tm.add(
            tg.Agent(
                "Ordering agent",
                autonomy=tg.Autonomy.AUTONOMOUS,
                description="Runs every 4 hours and on portal notices; no approval for "
                "changes within the connector's caps.",
                controls={c.CircuitBreaker(max_steps=25)},
            )
        )
        # Lets the agent read stock on the shelf.
        inventory_tool = tm.add(
            tg.Tool("Inventory lookup", capabilities={"read"}, description="Read-only LIS view.")
        )
        # The only path to the blood service: places, changes and cancels standing orders.
        portal_tool = tm.add(
            tg.Tool(
                "Blood service portal connector",
                capabilities={"read", "write", "network-egress"},
                controls={
                    c.TransactionLimits(
                        limit="2x the par level per product per hospital per order"
                    ),
                    c.SecretsManagement(),
                },
            )
        )
        # Sends shortage and unfilled-order alerts.
        alert_tool = tm.add(
            tg.Tool("Shortage alert notifier", capabilities={"send-messages"}),
        )

with tm.boundary("Regional blood service", trust=tg.Trust.PARTNER):
    # The supplier's ordering system; the group has one API account for all hospitals.
    portal = tm.add(
        tg.ExternalService("Blood service ordering portal", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model that plans the agent's steps.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="BAA signed, zero data retention")},
        )
    )

# ---------------------------------------------------------------- flows
# forecasting
tm.flow(lis, extract, transfusion_records, label="nightly extract")
tm.flow(extract, history, usage)
tm.flow(history, training, usage)
tm.flow(training, forecaster, model_artifact, label="deploy")
tm.flow(history, forecaster, usage, label="recent usage")

# the agent's loop
tm.flow(agent, forecaster, forecast_request)
tm.flow(forecaster, agent, forecast)
tm.flow(agent, inventory_tool, stock_query)
tm.flow(lis, inventory_tool, inventory)
tm.flow(inventory_tool, agent, inventory)
tm.flow(ledger, agent, par_levels, standing_order, label="par levels and overrides")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, portal_tool, order_call)
tm.flow(portal_tool, portal, standing_order, portal_key, protocol="https")
tm.flow(portal, portal_tool, portal_response, protocol="https")
tm.flow(portal_tool, agent, portal_response)
tm.flow(agent, ledger, order_history, standing_order, label="orders placed")
tm.flow(agent, alert_tool, alert_call)
tm.flow(alert_tool, lab_manager, alert, label="email and SMS")

# managers
tm.flow(lab_manager, dashboard, par_levels, standing_order, protocol="https", label="changes")
tm.flow(dashboard, lab_manager, forecast, standing_order, protocol="https")
tm.flow(dashboard, ledger, par_levels, standing_order)
tm.flow(ledger, dashboard, standing_order, order_history)
tm.flow(forecaster, dashboard, forecast, label="forecast charts")
