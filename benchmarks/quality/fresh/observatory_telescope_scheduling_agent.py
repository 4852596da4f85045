"""Telescope scheduling agent: the first design, before any security review.

Astronomers from member institutes submit observing proposals through a web portal
at the observatory's European headquarters; the time allocation committee ranks
and approves them there. Each afternoon an LLM agent at headquarters drafts the
coming night's schedule: through tools it reads the approved proposals with their
remaining time, and fetches the forecast from a national weather service. The
reasoning runs on a hosted LLM. The draft goes to the operator console at the
summit, where the night operator approves it before the telescope control system
executes it; the operator can override any block and close the dome at any time.
The control system drives the dome PLC and closes on the summit weather station.
Controls in this design: portal accounts with roles, the operator's approval of
each nightly schedule, operator sign-in on the console, HTTPS for external calls.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Observatory telescope scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts nightly telescope schedules from approved proposals "
    "and weather forecasts for operator approval and execution.",
)

# ---------------------------------------------------------------- data assets
accounts = tg.Data(
    "Astronomer account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, institute e-mail addresses and affiliations of investigators.",
)
proposals = tg.Data(
    "Observing proposals",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Science case, targets, instrument setup and timing constraints; unpublished.",
)
decisions = tg.Data(
    "Allocation decisions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
task = tg.Data("Nightly scheduling task", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, approved targets with constraints, forecast and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
proposal_query = tg.Data("Proposal query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
approved_targets = tg.Data(
    "Approved targets and remaining time",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
forecast_query = tg.Data("Forecast request", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data(
    "Weather forecast",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
draft = tg.Data(
    "Draft night schedule",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Ordered observation blocks: target coordinates, instrument, exposure, start times.",
)
submit_result = tg.Data(
    "Submission result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Approved night schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
operator_cmd = tg.Data(
    "Operator overrides and dome commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
dome_cmd = tg.Data(
    "Dome and shutter commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Telescope and dome status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
local_weather = tg.Data(
    "Summit weather readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
night_log = tg.Data(
    "Night log",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Executed blocks, data quality flags and operator notes.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Principal investigators and co-investigators at member institutes.
    astronomer = tm.add(tg.Actor("Astronomer", role="investigator"))
    # External scientists on the time allocation committee, reviewing from home institutes.
    tac = tm.add(tg.Actor("Time allocation committee member", role="reviewer", privileged=True))
    # National meteorological service's public forecast API.
    weather_service = tm.add(
        tg.ExternalService(
            "National weather service API", provides=tg.ExternalCategory.DATA_PROVIDER
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by a commercial provider.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Observatory headquarters network", trust=tg.Trust.INTERNAL):
    # Proposal submission and review web application, public on the internet.
    portal = tm.add(
        tg.Endpoint(
            "Proposal portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="investigator, reviewer and admin roles"),
            },
        )
    )
    # Proposals, reviews, allocations and time already used per programme.
    proposal_db = tm.add(tg.DataStore("Proposal database", stores={accounts, proposals, decisions}))
    # Plans the night: picks and orders blocks under weather, moon and time constraints.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs every afternoon on a cron trigger and can be re-run by the operator.",
            controls={
                c.HumanInTheLoop(approver="the night operator, before the schedule is loaded")
            },
        )
    )
    # Read-only lookup of approved programmes and their remaining hours.
    proposal_tool = tm.add(tg.Tool("Proposal lookup tool", capabilities={"read"}))
    # Fetches the site forecast (cloud, humidity, wind, seeing) from the weather service.
    weather_tool = tm.add(tg.Tool("Weather forecast tool", capabilities={"read", "network-egress"}))
    # Posts the drafted schedule to the operator console's queue at the summit.
    schedule_tool = tm.add(tg.Tool("Schedule submission tool", capabilities={"write"}))

with tm.boundary("Summit operations network", trust=tg.Trust.RESTRICTED):
    # Where the operator reviews, approves and overrides the schedule.
    console = tm.add(
        tg.Service(
            "Operator console",
            controls={c.Authentication(method="observatory LDAP account")},
        )
    )
    # Runs the night: slews the mount, configures instruments, sequences exposures.
    tcs = tm.add(tg.Service("Telescope control system"))
    # PLC that moves the dome and opens or closes the shutter.
    dome = tm.add(tg.Service("Dome PLC"))
    # Mast with rain, humidity and wind sensors; triggers automatic closure.
    station = tm.add(tg.Device("Summit weather station", fleet=False))
    # Record of what was executed, used to update remaining time.
    log_store = tm.add(tg.DataStore("Night log store", stores={night_log}))
    # On duty in the summit control room all night.
    operator = tm.add(tg.Actor("Night operator", role="telescope operator", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(astronomer, portal, accounts, proposals, protocol="https")
tm.flow(portal, astronomer, decisions, protocol="https")
tm.flow(portal, tac, proposals, protocol="https", label="proposals to review")
tm.flow(tac, portal, decisions, protocol="https")
tm.flow(portal, proposal_db, accounts, proposals, decisions)
tm.flow(proposal_db, portal, accounts, proposals, decisions)

tm.flow(console, agent, task, protocol="https", label="re-plan request")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, proposal_tool, proposal_query)
tm.flow(proposal_db, proposal_tool, proposals, decisions, label="approved programmes")
tm.flow(proposal_tool, agent, approved_targets)

tm.flow(agent, weather_tool, forecast_query)
tm.flow(weather_tool, weather_service, forecast_query, protocol="https")
tm.flow(weather_service, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast)

tm.flow(agent, schedule_tool, draft)
tm.flow(schedule_tool, console, draft, protocol="https", label="over the HQ-summit link")
tm.flow(schedule_tool, agent, submit_result)

tm.flow(console, operator, draft, telemetry, label="review and monitor")
tm.flow(operator, console, schedule, operator_cmd, label="approve, edit, override, close dome")
tm.flow(console, tcs, schedule, operator_cmd)
tm.flow(tcs, console, telemetry)
tm.flow(tcs, dome, dome_cmd, protocol="modbus")
tm.flow(dome, tcs, telemetry, protocol="modbus")
tm.flow(station, tcs, local_weather)
tm.flow(tcs, log_store, night_log)
tm.flow(log_store, proposal_db, night_log, label="nightly sync of executed time")
