"""Waste collection bin-fill route agent: the first design, before any security review.

A city waste service fits its street bins with fill-level sensors that report over
a LoRaWAN network run by a connectivity provider; the provider's network server
forwards each reading to the city's ingestion pipeline, which checks it against a
schema and stores it. A fill-prediction model, retrained weekly from that history,
forecasts which bins need emptying tomorrow. Each night an LLM route agent (a hosted
model) reads the forecasts and the residents' overflow reports, calls a route
optimiser and publishes the day's routes to the drivers' tablets through a dispatch
tool, with a cap on its steps. Residents report overflowing bins in the city app
(rate-limited, no account needed). Supervisors sign in to a dashboard with the
city's SSO and adjust routes by instructing the agent; drivers' tablets report
completed pickups back to the dashboard. Resident reports are deleted after 90 days.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Waste collection bin-fill route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Fill-level forecasts and an LLM agent that plans daily waste collection routes.",
)

# ---------------------------------------------------------------- data assets
fill_readings = tg.Data(
    "Bin fill-level readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
fill_history = tg.Data(
    "Fill-level history", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
model_artifact = tg.Data(
    "Fill model artifact", sensitivity=tg.Sensitivity.INTERNAL, format="pickle"
)
forecast = tg.Data("Bin fill forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
resident_report = tg.Data(
    "Overflow report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Bin location, free-text comment, optional photo and e-mail address.",
)
report_receipt = tg.Data("Report receipt", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, forecasts, resident reports and supervisor requests.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
optimiser_call = tg.Data("Route optimisation request", kind="tool-call")
optimiser_result = tg.Data("Optimised routes", kind="tool-result")
dispatch_call = tg.Data("Route publication", kind="tool-call")
route_plan = tg.Data(
    "Daily route plan",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
supervisor_request = tg.Data("Route adjustment", kind="instructions")
plan_summary = tg.Data("Route plan summary", kind="model-output")
pickup_status = tg.Data(
    "Pickup confirmations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Truck position and completed stops, linked to the driver on shift.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Streets", trust=tg.Trust.UNTRUSTED):
    # Battery sensors in the bins; physically reachable by anyone.
    sensors = tm.add(tg.Device("Bin fill-level sensors", fleet=True))
    # Residents using the city app.
    resident = tm.add(tg.Actor("Resident", role="resident"))

with tm.boundary("Collection trucks", trust=tg.Trust.UNTRUSTED):
    # City-managed tablets in the truck cabs, on public 4G.
    tablets = tm.add(
        tg.Device("Driver tablets", fleet=True, description="Android tablets in the trucks.")
    )

with tm.boundary("LoRaWAN provider", trust=tg.Trust.PARTNER):
    # The provider's network server that decodes uplinks and forwards them to us.
    lns = tm.add(tg.ExternalService("LoRaWAN network server", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model behind the route agent; vendor vetted by city procurement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="city procurement security questionnaire")},
        )
    )

with tm.boundary("City cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives sensor uplinks and writes them to the history store.
    ingestion = tm.add(
        tg.Pipeline(
            "Sensor ingestion pipeline",
            stage=tg.Stage.INGESTION,
            controls={c.SchemaEnforcement()},
        )
    )
    # Time series of fill levels per bin.
    history = tm.add(tg.DataStore("Fill-level history store", stores={fill_history}))
    # Weekly retraining of the fill-prediction model.
    training = tm.add(tg.Pipeline("Weekly model retraining", stage=tg.Stage.TRAINING))
    # Predicts which bins will be over the threshold tomorrow.
    fill_model = tm.add(tg.Model("Fill prediction model", task=tg.Task.REGRESSOR))
    # Public API behind the resident app.
    report_api = tm.add(
        tg.Endpoint(
            "Resident report API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=10)},
        )
    )
    # Holds resident reports until the bin is emptied.
    reports = tm.add(
        tg.DataStore(
            "Resident report store",
            stores={resident_report},
            controls={c.RetentionLimits(days=90)},
        )
    )
    # LLM agent that assembles the daily plan from forecasts and reports.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=30)},
            description="Runs nightly and on supervisor request; publishes routes itself.",
        )
    )
    # Vehicle-routing solver the agent calls with the bins to visit.
    optimiser = tm.add(tg.Tool("Route optimiser", capabilities={"read"}))
    # Pushes the route plan to the drivers' tablets.
    dispatch = tm.add(tg.Tool("Dispatch tool", capabilities={"write", "send-messages"}))
    # Web dashboard for supervisors.
    dashboard = tm.add(
        tg.Service(
            "Supervisor dashboard",
            controls={c.Authentication(method="city SSO (Entra ID) with MFA"), c.RBAC()},
        )
    )

with tm.boundary("City offices", trust=tg.Trust.INTERNAL):
    # Waste service supervisors who adjust the routes during the day.
    supervisor = tm.add(tg.Actor("Route supervisor", role="supervisor"))

# ---------------------------------------------------------------- flows
# Sensor data.
tm.flow(sensors, lns, fill_readings, protocol="lorawan")
tm.flow(lns, ingestion, fill_readings, protocol="https", label="uplink webhook")
tm.flow(ingestion, history, fill_history)

# Forecasting.
tm.flow(history, training, fill_history)
tm.flow(training, fill_model, model_artifact, label="weekly deploy")
tm.flow(history, fill_model, fill_history, label="recent readings")
tm.flow(fill_model, agent, forecast)

# Resident reports.
tm.flow(resident, report_api, resident_report, protocol="https")
tm.flow(report_api, resident, report_receipt, protocol="https")
tm.flow(report_api, reports, resident_report)
tm.flow(reports, agent, resident_report, label="open reports")

# The agent, its model and its tools.
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, optimiser, optimiser_call)
tm.flow(optimiser, agent, optimiser_result)
tm.flow(agent, dispatch, dispatch_call)
tm.flow(dispatch, tablets, route_plan, protocol="https", label="push routes")

# Supervisors and drivers.
tm.flow(supervisor, dashboard, supervisor_request, protocol="https")
tm.flow(dashboard, supervisor, plan_summary, pickup_status, protocol="https")
tm.flow(dashboard, agent, supervisor_request, label="re-plan request")
tm.flow(agent, dashboard, plan_summary)
tm.flow(tablets, dashboard, pickup_status, protocol="https")
