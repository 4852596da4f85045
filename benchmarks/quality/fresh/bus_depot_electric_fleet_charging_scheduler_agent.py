"""Bus depot electric fleet charging scheduler agent: the first design, before review.

The operator's largest depot parks about 120 battery-electric buses overnight and
shares one grid connection between them. An LLM agent, running in our cloud
tenancy, plans each night's charging so that every bus has the charge its first
duty of the next day needs, without going over the connection limit. It reads the
duty timetable from the scheduling system, each bus's state of charge from the
telematics vendor's platform, and charger and site-meter status from the charge
point management system (CPMS), then sends charging profiles to the chargers
through the CPMS API. The night depot controller talks to the agent through an
ops console (bus off road, late arrival, priority bus) and sees the plan there.
The agent runs on its own overnight; the console uses company SSO with MFA, agent
runs are capped in steps and logged, the CPMS API key is per-tenant, and each
charger limits itself to its rated output and falls back to its default profile
if the CPMS link drops. Nothing else caps the depot's total draw.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus depot electric fleet charging scheduler agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that schedules overnight charging of electric buses within the "
        "depot's grid connection limit and the next day's duty timetable."
    ),
)

# ---------------------------------------------------------------- data assets
instruction = tg.Data(
    "Controller instruction",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free text from the night controller: bus off road, late arrival, priorities.",
)
agent_reply = tg.Data("Agent reply and plan summary", kind="model-output")
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    description="System prompt, the controller's instructions and tool results so far.",
)
completion = tg.Data("LLM completion with tool calls", kind="model-output")
timetable_query = tg.Data("Timetable query", kind="tool-call")
timetable = tg.Data(
    "Duty timetable and vehicle allocation",
    kind="records",
    description="Next day's duties, pull-out times, block mileage and the bus allocated to each.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
soc_query = tg.Data("Fleet state query", kind="tool-call")
soc = tg.Data(
    "Bus state-of-charge telemetry",
    kind="records",
    description="Battery state of charge, battery temperature and location per bus.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
charge_command = tg.Data("Charging profile command", kind="tool-call")
profiles = tg.Data(
    "Charging profiles",
    kind="records",
    description="OCPP SetChargingProfile schedules: power limit per charger per time slot.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
charger_status = tg.Data(
    "Charger and site load status",
    kind="records",
    description="Connector state, session energy, faults, and the site meter's import.",
)
site_readings = tg.Data("Site meter readings", kind="records")
plan = tg.Data(
    "Charging plan and run log",
    kind="logs",
    description="Each night's plan, every re-plan, and the agent's tool calls.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Depot office", trust=tg.Trust.INTERNAL):
    # The person who runs the depot at night and tells the agent what has changed.
    controller = tm.add(tg.Actor("Night depot controller", role="depot controller"))

with tm.boundary("Operations cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where the controller gives instructions and watches the plan.
    console = tm.add(
        tg.Endpoint(
            "Depot ops console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(note="depot controller and engineering roles only"),
            },
        )
    )
    # The scheduler itself: an LLM agent that plans and re-plans the night's charging.
    agent = tm.add(
        tg.Agent(
            "Charging scheduler agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Reads the next day's duties so the agent knows when each bus must be ready.
    timetable_tool = tm.add(
        tg.Tool("Duty timetable tool", capabilities={"read"}, origin="first-party")
    )
    # Reads each bus's state of charge from the telematics platform.
    fleet_tool = tm.add(tg.Tool("Fleet state tool", capabilities={"read"}, origin="first-party"))
    # Reads charger and site status and sets charging profiles through the CPMS API.
    charger_tool = tm.add(
        tg.Tool(
            "Charger control tool",
            capabilities={"read", "write"},
            origin="first-party",
            controls={
                c.InputValidation(note="profile power checked against each charger's rating"),
            },
        )
    )
    # Keeps each night's plan and the agent's run log for the morning handover.
    plan_store = tm.add(
        tg.DataStore(
            "Charging plan store",
            stores={plan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Operator corporate network", trust=tg.Trust.INTERNAL):
    # The operator's bus and driver scheduling system: the source of the duty timetable.
    scheduling = tm.add(tg.DataStore("Duty scheduling system", stores={timetable}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="enterprise terms, no training on our data")},
        )
    )

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The vendor platform that collects battery data from the buses.
    telematics = tm.add(
        tg.ExternalService("Telematics platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Bus fleet", trust=tg.Trust.PARTNER):
    # Vendor-fitted units on each bus reporting state of charge over cellular.
    bus_units = tm.add(tg.Device("Bus telematics units", fleet=True))

with tm.boundary("CPMS vendor", trust=tg.Trust.PARTNER):
    # The charger vendor's hosted charge point management system, speaking OCPP to the chargers.
    cpms = tm.add(tg.ExternalService("Charge point management system"))

with tm.boundary("Depot OT network", trust=tg.Trust.INTERNAL):
    # The depot's DC chargers, which draw power as their charging profiles allow.
    chargers = tm.add(
        tg.Device(
            "Depot chargers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="each charger caps output at its 150 kW rating and falls back to "
                    "its default profile when the CPMS link drops"
                )
            },
        )
    )
    # The grid connection meter whose import must stay under the connection limit.
    site_meter = tm.add(tg.Device("Depot site meter", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(controller, console, instruction, protocol="https")
tm.flow(console, controller, agent_reply, plan, protocol="https")
tm.flow(console, agent, instruction)
tm.flow(agent, console, agent_reply)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, timetable_tool, timetable_query)
tm.flow(timetable_tool, agent, timetable)
tm.flow(timetable_tool, scheduling, timetable_query, protocol="https")
tm.flow(scheduling, timetable_tool, timetable, protocol="https")

tm.flow(agent, fleet_tool, soc_query)
tm.flow(fleet_tool, agent, soc)
tm.flow(fleet_tool, telematics, soc_query, protocol="https")
tm.flow(telematics, fleet_tool, soc, protocol="https")
tm.flow(bus_units, telematics, soc, label="cellular uplink")

tm.flow(agent, charger_tool, charge_command)
tm.flow(charger_tool, agent, charger_status)
tm.flow(
    charger_tool,
    cpms,
    profiles,
    protocol="https",
    controls={c.Authentication(method="per-tenant vendor API key")},
)
tm.flow(cpms, charger_tool, charger_status, protocol="https")
tm.flow(cpms, chargers, profiles, protocol="wss", label="OCPP 1.6J")
tm.flow(chargers, cpms, charger_status, protocol="wss", label="OCPP 1.6J")
tm.flow(site_meter, cpms, site_readings, protocol="https", label="meter gateway push")

tm.flow(agent, plan_store, plan)
tm.flow(plan_store, console, plan, label="plan history")
