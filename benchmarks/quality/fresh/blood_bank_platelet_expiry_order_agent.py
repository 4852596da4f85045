"""Platelet replenishment agent: the first design, before any security review.

Platelets keep for only a few days, so a regional blood service wants to send each
hospital just enough to cover its use without units expiring on the shelf. Hospital
transfusion labs report stock, issues and wastage every morning, either typed into
the service's hospital ordering portal (with free-text notes about planned surgery
lists or major incidents) or as an SFTP file from their lab systems. An in-house
demand model, retrained weekly, forecasts each hospital's platelet use for the next
days. Each morning an LLM agent on a vendor-hosted model reads the forecasts, stock
and notes, works out replenishment quantities and places orders with the
manufacturing centre's order system through an ordering tool. The duty stock planner
approves any order above 40 adult doses; smaller orders go straight through.
Controls in this design: portal logins, schema checks on lab files, a step limit and
a run log on the agent, a tool scoped to creating replenishment orders, and approval
of large orders.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Platelet replenishment agent",
    profile=tg.RiskProfile.HIGH,
    description="Forecasts hospital platelet use and orders replenishment from the manufacturing centre.",
)

# ---------------------------------------------------------------- data assets
stock_report = tg.Data(
    "Hospital platelet stock report",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Units on the shelf by blood group and expiry, issues and wastage since yesterday.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
demand_notes = tg.Data(
    "Hospital demand notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free text from transfusion lab staff: surgery lists, trauma activity, special requests.",
)
lab_file = tg.Data(
    "Lab system stock file",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Daily stock and issue extract from a hospital's laboratory information system.",
)
stock_history = tg.Data(
    "Stock and issue history",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
schedule = tg.Data("Replenishment schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
training_data = tg.Data(
    "Platelet demand training data", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
training_config = tg.Data("Training code and configuration", kind="code")
model_artifact = tg.Data(
    "Demand model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
forecast_features = tg.Data("Demand forecast features", kind="features")
forecast = tg.Data(
    "Platelet demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Expected platelet use per hospital per day for the next five days.",
)
forecast_query = tg.Data("Forecast and stock lookup", kind="tool-call")
lookup_result = tg.Data(
    "Forecast and stock lookup result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Forecasts, current stock, in-transit orders and the hospitals' notes.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Ordering instructions, the day's forecasts, stock and hospital notes.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
order_call = tg.Data(
    "Replenishment order call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
order = tg.Data(
    "Replenishment order",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hospital, blood group, number of adult doses and delivery slot.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
order_result = tg.Data("Order tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
approval_request = tg.Data("Large order approval request", kind="records")
approval = tg.Data("Large order approval", kind="records")
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Hospital networks", trust=tg.Trust.PARTNER):
    # Transfusion lab staff at the hospitals the region supplies.
    lab_staff = tm.add(tg.Actor("Hospital transfusion lab staff", role="biomedical scientist"))
    # Larger hospitals send their stock automatically from their lab systems.
    lims_feed = tm.add(
        tg.DataSource(
            "Hospital LIMS stock feed",
            origin=tg.Origin.PARTNER,
            provides={lab_file},
            description="Nightly SFTP drop of stock and issue extracts from hospital LIMS.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by a cloud vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Blood service cloud", trust=tg.Trust.INTERNAL):
    # Where hospitals report stock and see the deliveries coming to them.
    portal = tm.add(
        tg.Endpoint(
            "Hospital ordering portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual username and password"),
                c.InputValidation(note="numeric stock fields range-checked"),
            },
        )
    )
    # Loads the hospitals' lab files into the stock database.
    ingestion = tm.add(
        tg.Pipeline(
            "Stock file ingestion",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement(note="regional stock file specification")},
        )
    )
    # Current stock, history, notes and orders for every hospital in the region.
    stock_db = tm.add(
        tg.DataStore(
            "Stock and issues database",
            stores={stock_history, stock_report, demand_notes, order, schedule},
            controls={c.EncryptionAtRest(key_management="cloud-managed keys"), c.RBAC()},
        )
    )
    # The forecast the agent orders against.
    demand_model = tm.add(
        tg.Model(
            "Platelet demand forecast model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted model of daily platelet use per hospital.",
        )
    )
    # The agent that decides how many platelets each hospital gets.
    agent = tm.add(
        tg.Agent(
            "Replenishment agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs every morning after the stock reports are in.",
            controls={
                c.HumanInTheLoop(
                    approver="duty stock planner",
                    above="40 adult doses per order",
                ),
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(),
            },
        )
    )
    # Read-only tool: forecasts, stock, in-transit orders and hospital notes.
    lookup_tool = tm.add(tg.Tool("Forecast and stock lookup tool", capabilities={"read"}))
    # The tool that places orders with the manufacturing centre.
    order_tool = tm.add(
        tg.Tool(
            "Replenishment order tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account may only create platelet replenishment orders"
                )
            },
        )
    )
    # Keeps each run's reasoning, tool calls and orders for the planners.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))

    with tm.boundary("ML platform", trust=tg.Trust.INTERNAL):
        # Retrains the demand model each week from the stock and issue history.
        training = tm.add(tg.Pipeline("Weekly demand model retraining", stage=tg.Stage.TRAINING))
        # Versioned demand models that the forecast serving loads.
        registry = tm.add(
            tg.ModelRegistry(
                "Model registry", stores={model_artifact}, controls={c.ModelVersioning()}
            )
        )

with tm.boundary("Manufacturing centre network", trust=tg.Trust.INTERNAL):
    # The centre's order system that plans platelet production and dispatch.
    mfg_orders = tm.add(
        tg.Service(
            "Manufacturing centre order system",
            description="Takes hospital replenishment orders and schedules issue and dispatch.",
        )
    )

with tm.boundary("Blood service corporate network", trust=tg.Trust.INTERNAL):
    # Watches the region's stock and approves large orders.
    planner = tm.add(tg.Actor("Duty stock planner", role="stock planner"))
    # Builds and retrains the demand model.
    data_scientist = tm.add(tg.Actor("Data scientist", role="data scientist", privileged=True))

# ---------------------------------------------------------------- flows
# Hospitals report stock
tm.flow(lab_staff, portal, stock_report, demand_notes, protocol="https")
tm.flow(portal, stock_db, stock_report, demand_notes)
tm.flow(lims_feed, ingestion, lab_file, protocol="sftp", label="nightly file drop")
tm.flow(ingestion, stock_db, stock_history)
tm.flow(stock_db, portal, schedule)
tm.flow(portal, lab_staff, schedule, protocol="https")

# Forecasting
tm.flow(stock_db, training, training_data, label="weekly export")
tm.flow(data_scientist, training, training_config)
tm.flow(training, registry, model_artifact)
tm.flow(registry, demand_model, model_artifact, label="load latest version")

# The agent's morning run
tm.flow(agent, lookup_tool, forecast_query)
tm.flow(stock_db, lookup_tool, stock_history, stock_report, demand_notes, order)
tm.flow(lookup_tool, demand_model, forecast_features)
tm.flow(demand_model, lookup_tool, forecast)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, planner, approval_request, protocol="https", label="orders above 40 doses")
tm.flow(planner, agent, approval, protocol="https")
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, mfg_orders, order, protocol="https")
tm.flow(mfg_orders, order_tool, confirmation, protocol="https")
tm.flow(order_tool, stock_db, order, schedule)
tm.flow(order_tool, agent, order_result)
tm.flow(agent, log_store, run_log)
