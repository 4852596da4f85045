"""Bike-share rebalancing agent: the first design, before any security review.

The city bike-share operator runs a dispatch agent in its operations cloud. Every
15 minutes it asks an in-house forecasting model which docks will run empty or
full in the next two hours, then uses a hosted LLM to decide which vans should
move bikes where. It calls a route optimiser for the van routes and a dispatch
tool that writes rebalancing jobs, which drivers receive in a phone app. Drivers
send back job status, van position and free-text notes ("dock 14 blocked").
Dock fill levels are polled from the dock vendor's cloud; weather comes from a
public API. The forecast model is retrained nightly from trip and dock history.
Dispatch supervisors watch and steer the agent from a web console behind
corporate SSO; drivers sign in to the app with their employee number and a
password. Jobs go out without per-job approval; the agent has a step limit, the
dispatch tool logs every job, and the history database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bike-share rebalancing van route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Predicts dock shortages and dispatches rebalancing van jobs to drivers.",
)

# ---------------------------------------------------------------- data assets
dock_status = tg.Data("Dock status readings", sensitivity="internal", kind="records")
trip_history = tg.Data(
    "Trip history",
    sensitivity="pii",
    kind="records",
    description="Per-trip rider account id, start and end dock, times.",
)
weather = tg.Data("Weather forecast", sensitivity="public", kind="records")
demand_features = tg.Data(
    "Dock demand features",
    sensitivity="internal",
    kind="features",
    description="Arrivals and departures per dock per 15 minutes, with weather and calendar.",
)
forecast_weights = tg.Data(
    "Shortage forecast model file", sensitivity="confidential", format="pickle"
)
shortage_forecast = tg.Data("Dock shortage forecast", sensitivity="internal", kind="model-output")
supervisor_instructions = tg.Data("Supervisor instructions", sensitivity="internal", kind="prompt")
plan_summary = tg.Data("Rebalancing plan summary", sensitivity="internal", kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt and context",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, forecast, van positions, open jobs and driver notes.",
)
llm_reply = tg.Data("LLM reply with tool calls", sensitivity="internal", kind="model-output")
route_request = tg.Data("Route optimisation request", sensitivity="internal", kind="tool-call")
route_plan = tg.Data("Van route plan", sensitivity="internal", kind="tool-result")
dispatch_call = tg.Data("Dispatch job call", sensitivity="internal", kind="tool-call")
dispatch_result = tg.Data("Dispatch result and job statuses", sensitivity="pii", kind="tool-result")
jobs = tg.Data(
    "Rebalancing jobs",
    sensitivity="pii",
    kind="records",
    description="Assigned driver and van, pick-up and drop-off docks, bike counts, route.",
)
job_updates = tg.Data(
    "Job status updates and driver notes",
    sensitivity="pii",
    kind="records",
    description="Job progress, the van's GPS position and free-text notes typed by the driver.",
)
van_positions = tg.Data("Van positions", sensitivity="pii", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Mobile network", trust="untrusted"):
    # The van drivers, out on the streets.
    driver = tm.add(tg.Actor("Van driver", role="rebalancing driver"))
    # The driver app on company-issued phones: shows jobs and takes status updates.
    driver_app = tm.add(tg.Device("Driver phone app", fleet=True))

with tm.boundary("Internet", trust="untrusted"):
    # Public weather forecasts drive demand (rain empties the network).
    weather_api = tm.add(tg.ExternalService("Weather API", provides="data-provider"))

with tm.boundary("Dock vendor cloud", trust="partner"):
    # The dock hardware vendor's platform reports live fill levels of every dock.
    dock_feed = tm.add(tg.DataSource("Dock status feed", origin="partner", provides={dock_status}))

with tm.boundary("LLM vendor", trust="partner"):
    # The language model behind the agent's decisions.
    llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))

with tm.boundary("Operations cloud", trust="internal"):
    # Web console where supervisors watch the plan and give the agent instructions.
    console = tm.add(
        tg.Endpoint(
            "Dispatch console",
            purpose="api",
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )
    # Backend the driver app talks to: serves jobs, receives status and positions.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver API",
            purpose="api",
            controls={c.Authentication(method="employee number and password")},
        )
    )
    # The LLM agent that plans each rebalancing round and dispatches the jobs.
    agent = tm.add(
        tg.Agent(
            "Rebalancing agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=40)},
            description="Runs every 15 minutes; jobs go to drivers without per-job approval.",
        )
    )
    # In-house OR solver that turns moves into van routes.
    route_tool = tm.add(tg.Tool("Route optimiser", capabilities={"read"}))
    # Writes jobs for the drivers and reads back their status.
    dispatch_tool = tm.add(
        tg.Tool(
            "Job dispatch tool",
            capabilities={"read", "write", "send-messages"},
            controls={c.AuditLogging(retention_days=365)},
        )
    )
    # Open and past jobs, van positions and driver updates.
    job_store = tm.add(tg.DataStore("Job database", stores={jobs, job_updates, van_positions}))
    # Gradient-boosted forecaster of dock fill levels two hours ahead.
    forecaster = tm.add(tg.Model("Dock shortage forecaster", task="regressor"))

    with tm.boundary("Data platform", trust="internal"):
        # Dock status and trip history, the forecaster's source of truth.
        history = tm.add(
            tg.DataStore(
                "Trip and dock history",
                stores={trip_history, dock_status, demand_features},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )
        # Nightly retraining of the forecaster.
        training = tm.add(tg.Pipeline("Nightly forecaster retraining", stage="training"))
        # Bucket of model files that the forecaster loads from.
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={forecast_weights}))

with tm.boundary("Operations office", trust="internal"):
    # Supervisors who oversee rebalancing for the city.
    supervisor = tm.add(tg.Actor("Dispatch supervisor", role="operations supervisor"))

# ---------------------------------------------------------------- flows
# Data in
tm.flow(dock_feed, history, dock_status, protocol="https", label="polled every minute")
tm.flow(weather_api, forecaster, weather, protocol="https", label="hourly forecast")
tm.flow(history, forecaster, demand_features, dock_status, label="latest window")

# Training
tm.flow(history, training, demand_features, trip_history, label="nightly export")
tm.flow(training, registry, forecast_weights)
tm.flow(registry, forecaster, forecast_weights, label="load on start")

# Supervisors
tm.flow(supervisor, console, supervisor_instructions, protocol="https")
tm.flow(console, agent, supervisor_instructions)
tm.flow(agent, console, plan_summary)
tm.flow(console, supervisor, plan_summary, protocol="https")

# The planning loop
tm.flow(agent, forecaster, demand_features, label="forecast request")
tm.flow(forecaster, agent, shortage_forecast)
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, route_tool, route_request)
tm.flow(job_store, route_tool, van_positions)
tm.flow(route_tool, agent, route_plan)
tm.flow(agent, dispatch_tool, dispatch_call)
tm.flow(dispatch_tool, job_store, jobs)
tm.flow(job_store, dispatch_tool, jobs, job_updates)
tm.flow(dispatch_tool, agent, dispatch_result)

# Drivers
tm.flow(job_store, driver_api, jobs)
tm.flow(driver_api, driver_app, jobs, protocol="https")
tm.flow(driver_app, driver, jobs, label="on the phone screen")
tm.flow(driver, driver_app, job_updates, label="taps and typed notes")
tm.flow(driver_app, driver_api, job_updates, van_positions, protocol="https")
tm.flow(driver_api, job_store, job_updates, van_positions)
