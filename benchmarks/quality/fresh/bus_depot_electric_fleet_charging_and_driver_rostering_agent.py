"""Bus depot EV charging and driver rostering agent: the first design, before any review.

A bus operator's depot runs a fleet of battery-electric buses. Each evening an
in-house regression model predicts every bus's energy need for the next day from
its rostered duty blocks, the weather forecast and the battery telemetry the bus
maker's cloud sends us. An LLM agent (a hosted model, in the operator's cloud
tenancy) then plans overnight charging within the depot's grid connection limit,
writing charging schedules to the charge point management system (CPMS), which
drives the chargers over OCPP, and proposes duty swaps where a bus cannot be charged
in time. The depot controller accepts or rejects each swap in the depot console.
Drivers see their duties in a mobile app backed by a duties API. The CPMS also caps
the site's total draw; the agent has a step limit; the roster database is encrypted.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus depot electric fleet charging and driver rostering",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Energy-need forecasts and an LLM agent that schedules overnight depot charging "
        "and proposes duty swaps; drivers see duties in a mobile app."
    ),
)

# ---------------------------------------------------------------- data assets
duty_roster = tg.Data(
    "Driver duty roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which driver works which duty, with sign-on times and rest days.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
duty_blocks = tg.Data(
    "Bus duty blocks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Each bus's allocated duties for the next day: routes, mileage, times.",
)
weather = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
telemetry = tg.Data(
    "Battery telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="State of charge, state of health and kWh per km per bus.",
)
energy_forecast = tg.Data(
    "Energy need forecast", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
planning_prompt = tg.Data(
    "Charging plan prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Energy forecasts, charger availability, the grid limit, duty blocks and "
    "the drivers rostered on them.",
)
llm_reply = tg.Data("LLM planning reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
schedule_call = tg.Data(
    "Charging schedule call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
charging_profiles = tg.Data(
    "Charging profiles",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per charger start time and power limit for the night.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
charger_status = tg.Data(
    "Charger status and meter values", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
schedule_result = tg.Data(
    "Schedule result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
swap_proposal = tg.Data(
    "Duty swap proposal",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Which drivers' duties to swap between which buses, and why.",
)
swap_decision = tg.Data("Duty swap decision", kind="records", sensitivity=tg.Sensitivity.PII)
driver_duties = tg.Data(
    "Driver's duties",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="One driver's duties for the next four weeks, including swaps.",
)
duty_request = tg.Data("Duty lookup", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers check their duties off shift, on their own phones.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # The operator's mobile app, installed on drivers' personal phones.
    app = tm.add(
        tg.Device("Driver mobile app", description="iOS and Android app on drivers' own phones.")
    )
    # Forecast temperatures drive heating load and range.
    weather_api = tm.add(tg.ExternalService("Weather forecast service", provides="data-provider"))

with tm.boundary("Bus maker cloud", trust=tg.Trust.PARTNER):
    # The bus manufacturer's telematics platform relays battery data from each bus.
    telematics = tm.add(
        tg.DataSource("Bus telematics platform", origin=tg.Origin.PARTNER, provides={telemetry})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the charging agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Scheduling system's database: duties, rosters and bus allocations.
    roster_db = tm.add(
        tg.DataStore(
            "Roster and duty database",
            stores={duty_roster, duty_blocks},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Predicts each bus's kWh need for tomorrow's duties.
    energy_model = tm.add(
        tg.Model(
            "Energy need model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted regression trained on a year of depot telemetry.",
        )
    )
    # Plans the night's charging and proposes duty swaps.
    agent = tm.add(
        tg.Agent(
            "Charging and rostering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs each evening after the last duty is allocated; charging "
            "schedules go straight to the CPMS, duty swaps wait for the depot controller.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Writes the night's charging profiles through the CPMS API.
    schedule_tool = tm.add(tg.Tool("Charging schedule tool", capabilities={"read", "write"}))
    # Puts a duty swap in the depot controller's queue.
    swap_tool = tm.add(
        tg.Tool(
            "Duty swap proposal tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="the depot controller")},
        )
    )
    # Serves the driver app.
    duties_api = tm.add(
        tg.Endpoint(
            "Driver duties API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Returns the duties of the driver who is signed in.",
            controls={c.Authentication(method="staff number and password")},
        )
    )

with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # Allocates buses and drivers on the night; approves or rejects swaps.
    controller = tm.add(tg.Actor("Depot controller", role="depot controller"))
    # Web console on the depot office PCs.
    console = tm.add(
        tg.Endpoint(
            "Depot control console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )

with tm.boundary("Depot OT network", trust=tg.Trust.RESTRICTED):
    # Vendor CPMS on a depot server; dynamic load management across the chargers.
    cpms = tm.add(
        tg.Service(
            "Charge point management system",
            controls={
                c.Authentication(method="API key for the scheduling integration"),
                c.SafetyLimits(
                    limits="CPMS load management caps total site draw at the grid connection limit"
                ),
            },
        )
    )
    # Depot pantograph and plug-in chargers.
    chargers = tm.add(tg.Device("Depot chargers", fleet=True))

# ---------------------------------------------------------------- flows
# energy forecast
tm.flow(roster_db, energy_model, duty_blocks, label="nightly")
tm.flow(weather_api, energy_model, weather, protocol="https")
tm.flow(telematics, energy_model, telemetry, protocol="https")
tm.flow(energy_model, agent, energy_forecast)

# agent planning
tm.flow(roster_db, agent, duty_blocks, duty_roster)
tm.flow(agent, llm, planning_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

# charging
tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, cpms, charging_profiles, protocol="https")
tm.flow(cpms, schedule_tool, charger_status, protocol="https")
tm.flow(schedule_tool, agent, schedule_result)
tm.flow(cpms, chargers, charging_profiles, protocol="ws", label="OCPP 1.6J")
tm.flow(chargers, cpms, charger_status, protocol="ws", label="OCPP 1.6J")

# duty swaps
tm.flow(agent, swap_tool, swap_proposal)
tm.flow(swap_tool, console, swap_proposal, protocol="https")
tm.flow(console, controller, swap_proposal)
tm.flow(controller, console, swap_decision)
tm.flow(console, roster_db, swap_decision, protocol="https")

# driver app
tm.flow(driver, app, duty_request)
tm.flow(app, duties_api, duty_request, protocol="https")
tm.flow(roster_db, duties_api, driver_duties)
tm.flow(duties_api, app, driver_duties, protocol="https")
tm.flow(app, driver, driver_duties)
