"""Golf course irrigation planning agent: the first design, before any security review.

The greenkeeping team at a members' golf club in Ireland wants an LLM agent to
plan each night's irrigation. Every afternoon the agent reads the latest soil
moisture readings from probes buried across greens, tees and fairways, the
weather forecast from a commercial weather API and the club's competition
calendar, plus the dry or waterlogged spots members have reported (with photos)
through the club app. It asks a hosted LLM to propose run times per zone and
posts the plan to the club app, where the head greenkeeper reviews and approves
it. Once approved, the agent's schedule tool sends the programme to the central
irrigation controller in the maintenance shed, which opens and closes the valve
decoders around the course over the irrigation system's radio network. The club
app and the agent run in the club's cloud tenant; members and staff sign in with
e-mail and password, and the controller enforces its own per-station run limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Golf course irrigation valve agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that proposes nightly irrigation run times; "
    "the head greenkeeper approves before the controller opens valves.",
)

# ---------------------------------------------------------------- data assets
spot_report = tg.Data(
    "Member spot report",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Hole, location and a free-text description of a dry or waterlogged spot, "
    "with the member's name.",
)
spot_photos = tg.Data("Spot photos", kind="media", sensitivity=tg.Sensitivity.PII)
report_ack = tg.Data("Report acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
moisture = tg.Data(
    "Soil moisture readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
calendar = tg.Data(
    "Competition calendar",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Competitions, shotgun starts and course closures for the coming week.",
)
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Readings, forecast, calendar and member reports, with the planning instructions.",
)
completion = tg.Data("Proposed plan completion", kind="model-output")
proposed = tg.Data(
    "Proposed irrigation schedule",
    kind="model-output",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data("Schedule approval", kind="records")
schedule_call = tg.Data(
    "Approved schedule submission",
    kind="tool-call",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
programme = tg.Data(
    "Controller programme",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
valve_commands = tg.Data(
    "Valve open/close commands",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
run_status = tg.Data("Programme run status", kind="tool-result")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members report problem spots from the club app on their phones.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The head greenkeeper reviews and approves each night's plan in the same app.
    head_greenkeeper = tm.add(tg.Actor("Head greenkeeper", role="head greenkeeper"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Commercial forecast API for the course's location.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that turns the inputs into per-zone run times.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat model behind the vendor's API, called with a club API key.",
        )
    )

with tm.boundary("Club cloud tenant", trust=tg.Trust.INTERNAL):
    # Backend of the club app: members' reports in, plans out for approval.
    app = tm.add(
        tg.Endpoint(
            "Club app backend",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="photo type and size checks on upload"),
            },
        )
    )
    # Keeps members' spot reports and photos for the greenkeeping team.
    reports = tm.add(
        tg.DataStore(
            "Course issue reports",
            stores={spot_report, spot_photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The competition calendar, exported nightly from the club management system.
    calendar_store = tm.add(tg.DataStore("Competition calendar store", stores={calendar}))
    # Latest readings from the probes, kept for the agent and the greenkeepers' charts.
    readings_store = tm.add(tg.DataStore("Moisture readings store", stores={moisture}))
    # The planner: an LLM agent that proposes run times and, once approved, submits them.
    agent = tm.add(
        tg.Agent(
            "Irrigation planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.HumanInTheLoop(approver="the head greenkeeper, in the club app")},
        )
    )
    # The agent's only acting tool: pushes a programme to the central controller.
    schedule_tool = tm.add(
        tg.Tool(
            "Schedule submission tool",
            capabilities={"write"},
            description="Calls the controller's API with a stored API key.",
        )
    )

with tm.boundary("Maintenance facility", trust=tg.Trust.INTERNAL):
    # Central irrigation controller in the maintenance shed; runs the nightly programme.
    controller = tm.add(
        tg.Service(
            "Central irrigation controller",
            controls={
                c.Authentication(method="controller API key"),
                c.SafetyLimits(limits="maximum run time per station and pump flow limit"),
            },
        )
    )

with tm.boundary("Golf course", trust=tg.Trust.INTERNAL):
    # Wireless probes in greens, tees and fairways.
    probes = tm.add(tg.Device("Soil moisture probes", fleet=True))
    # Field decoders that open and close the sprinkler valves on the controller's command.
    valves = tm.add(tg.Device("Valve decoders", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(member, app, spot_report, spot_photos, protocol="https")
tm.flow(app, member, report_ack, protocol="https")
tm.flow(app, reports, spot_report, spot_photos)

tm.flow(probes, readings_store, moisture, protocol="lorawan", label="every 15 minutes")
tm.flow(readings_store, agent, moisture)
tm.flow(weather, agent, forecast, protocol="https")
tm.flow(calendar_store, agent, calendar)
tm.flow(reports, agent, spot_report, spot_photos)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, app, proposed, label="plan for approval")
tm.flow(app, head_greenkeeper, proposed, protocol="https")
tm.flow(head_greenkeeper, app, approval, protocol="https")
tm.flow(app, agent, approval)

tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, controller, programme, protocol="https")
tm.flow(controller, schedule_tool, run_status, protocol="https")
tm.flow(schedule_tool, agent, run_status)
tm.flow(controller, valves, valve_commands, protocol="radio", label="course radio network")
