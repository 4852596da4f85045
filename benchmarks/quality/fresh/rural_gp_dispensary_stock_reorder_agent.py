"""Rural GP dispensary stock reorder agent: the first design, before any security review.

A dispensing GP practice in a rural area keeps its own medicine stock. Each night
a job extracts dispensing lines and stock levels from the practice's hosted
clinical system, and an in-house forecasting model predicts each product's use
over the coming fortnight. A reorder agent, running in the practice's cloud
tenancy and reasoning with a hosted LLM, compares forecasts with stock, checks the
wholesaler's availability and prices, and places the day's order through the
wholesaler's ordering API. Ordinary lines go straight through; controlled drug
lines wait on an approval screen until the practice dispenser approves them.
Controls in this design: the dispenser signs in with NHSmail single sign-on and
MFA, the clinical system enforces roles and keeps an audit trail, the order tool
checks product codes and pack sizes against the wholesaler catalogue, and every
order the agent places is written to an order log.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rural GP dispensary stock reorder agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Forecasts medicine use from dispensing records and orders stock from the "
        "wholesaler; controlled drugs need the dispenser's approval."
    ),
)

# ---------------------------------------------------------------- data assets
dispensing_records = tg.Data(
    "Dispensing records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="What was dispensed to which patient, with NHS number, item, quantity and repeat dates.",
)
stock_counts = tg.Data("Stock counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
dispensing_extract = tg.Data(
    "Nightly dispensing extract",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Patient-level dispensing lines and repeat schedules, plus current stock levels.",
)
forecast = tg.Data(
    "Medicine demand forecast",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
lookup_call = tg.Data(
    "Stock and forecast lookup request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
lookup_result = tg.Data(
    "Stock and forecast lookup result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
prompt = tg.Data(
    "Reorder prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, stock, forecasts, wholesaler availability and prices.",
)
completion = tg.Data(
    "Proposed order lines", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_call = tg.Data(
    "Place order request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
order_result = tg.Data(
    "Order status and availability",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Wholesaler confirmation, out-of-stock lines, suggested alternatives and prices.",
)
wholesaler_order = tg.Data(
    "Wholesaler order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Practice account number, product codes, quantities and delivery date.",
)
wholesaler_reply = tg.Data(
    "Wholesaler order confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Accepted lines, shortages, substitutions and free-text notes from the wholesaler.",
)
wholesaler_key = tg.Data(
    "Wholesaler API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
cd_lines = tg.Data(
    "Controlled drug order lines",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Schedule 2 and 3 lines held for the dispenser, with the agent's reasoning.",
)
cd_approval = tg.Data(
    "Controlled drug order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
order_log = tg.Data(
    "Order log",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Every order placed, its lines, who approved CD lines and the wholesaler's reply.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Clinical system supplier", trust=tg.Trust.PARTNER):
    # The practice's hosted clinical and dispensing system: the system of record.
    clinical_system = tm.add(
        tg.DataStore(
            "Clinical dispensing system",
            stores={dispensing_records, stock_counts},
            controls={c.RBAC(), c.AuditLogging()},
        )
    )

with tm.boundary("Wholesaler", trust=tg.Trust.PARTNER):
    # The pharmaceutical wholesaler's trade ordering API (availability, prices, orders).
    wholesaler = tm.add(tg.ExternalService("Wholesaler ordering API", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the reorder agent reasons with, UK-hosted under the vendor's contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="UK data residency and data processing agreement")},
        )
    )

with tm.boundary("Practice cloud tenancy", trust=tg.Trust.INTERNAL):
    # Pulls the day's dispensing and stock from the clinical system's partner API.
    extract_job = tm.add(tg.Service("Nightly dispensing extract job"))
    # Predicts each product's use over the next fortnight from dispensing history.
    forecaster = tm.add(
        tg.Model(
            "Medicine demand forecast model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Seasonal time-series model refitted on each night's extract.",
        )
    )
    # Holds the extracts and forecasts the agent works from.
    forecast_store = tm.add(
        tg.DataStore(
            "Forecast store",
            stores={dispensing_extract, forecast},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Decides what to order each day; ordinary lines are ordered without a person.
    agent = tm.add(tg.Agent("Stock reorder agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Reads stock levels and forecasts for the products the agent asks about.
    lookup_tool = tm.add(tg.Tool("Stock and forecast lookup tool", capabilities={"read"}))
    # Places orders on the practice's wholesaler account; holds CD lines for approval.
    order_tool = tm.add(
        tg.Tool(
            "Wholesaler order tool",
            capabilities={"write", "money-movement"},
            description="Submits orders on the practice's trade account with the wholesaler.",
            controls={
                c.InputValidation(
                    note="product codes and pack sizes checked against the wholesaler catalogue"
                ),
                c.HumanInTheLoop(
                    approver="the practice dispenser",
                    note="controlled drug lines only; all other lines are ordered automatically",
                ),
            },
        )
    )
    # Keeps the wholesaler account key the order tool uses (in the tool's configuration).
    config_store = tm.add(tg.DataStore("Order tool configuration", stores={wholesaler_key}))
    # Record of every order, for the dispenser, the practice manager and CD audits.
    log_store = tm.add(tg.DataStore("Order log store", stores={order_log}))
    # Web screen where the dispenser reviews and approves controlled drug lines.
    approval_screen = tm.add(
        tg.Endpoint(
            "CD approval screen",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="NHSmail single sign-on with MFA")},
        )
    )

with tm.boundary("Practice dispensary", trust=tg.Trust.INTERNAL):
    # Counts stock, dispenses, and approves controlled drug orders.
    dispenser = tm.add(tg.Actor("Dispenser", role="dispensary staff"))

# ---------------------------------------------------------------- flows
tm.flow(dispenser, clinical_system, stock_counts, protocol="https", label="records stock counts")
tm.flow(
    clinical_system,
    extract_job,
    dispensing_records,
    stock_counts,
    protocol="https",
    label="nightly export",
)
tm.flow(extract_job, forecast_store, dispensing_extract)
tm.flow(forecast_store, forecaster, dispensing_extract)
tm.flow(forecaster, forecast_store, forecast)

tm.flow(agent, lookup_tool, lookup_call)
tm.flow(forecast_store, lookup_tool, forecast, dispensing_extract)
tm.flow(lookup_tool, agent, lookup_result)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, order_tool, order_call)
tm.flow(config_store, order_tool, wholesaler_key)
tm.flow(order_tool, wholesaler, wholesaler_order, wholesaler_key, protocol="https")
tm.flow(wholesaler, order_tool, wholesaler_reply, protocol="https")
tm.flow(order_tool, agent, order_result)

tm.flow(order_tool, approval_screen, cd_lines, label="held for approval")
tm.flow(approval_screen, dispenser, cd_lines, protocol="https")
tm.flow(dispenser, approval_screen, cd_approval, protocol="https")
tm.flow(approval_screen, order_tool, cd_approval)

tm.flow(order_tool, log_store, order_log)
tm.flow(log_store, approval_screen, order_log, label="order history")
