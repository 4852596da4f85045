"""Avalanche control charge planning: the first design, before any security review.

The ski patrol runs avalanche control every morning before the lifts open. At 05:00
a briefing service gathers the overnight snow-pit observations that patrollers
entered from their tablets, the readings of the resort's summit and mid-mountain
weather stations, the regional avalanche centre's public bulletin and last season's
control logs, and asks a hosted LLM to summarise them into a draft hazard briefing
with suggested control routes. The snow safety director reads the draft in the
patrol portal, edits it and approves which slopes stay closed, which charges are
placed where, and which slopes open; the approved plan goes to the blasting teams
and to the lift and trail status system. The apps run in the resort's cloud tenant
behind staff single sign-on; the weather stations upload over cellular modems.
Approval by the director is the only way a plan is issued, and every approved plan
and shot result is kept in the explosives control register.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Avalanche control charge planning",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted morning hazard briefing; the snow safety director approves "
    "slope openings and explosive charge placements.",
)

# ---------------------------------------------------------------- data assets
observations = tg.Data(
    "Snow-pit observations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Stability test results, layer profiles, signs of instability, with the observer.",
)
weather = tg.Data(
    "Weather station readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Snow depth, new snow, wind speed and direction, temperature every 15 minutes.",
)
bulletin = tg.Data(
    "Regional avalanche bulletin", kind="documents", sensitivity=tg.Sensitivity.PUBLIC
)
control_logs = tg.Data(
    "Past control logs",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Last season's routes, charge sizes, shot placements and observed results.",
)
prompt = tg.Data(
    "Briefing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions plus the night's observations, readings, bulletin and past logs.",
)
draft = tg.Data("Draft hazard briefing", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
control_plan = tg.Data(
    "Approved control plan",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Slopes closed and opened, control routes, charge sizes and placements.",
)
shot_results = tg.Data(
    "Control shot results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Charges used, duds, avalanche results per shot.",
)
slope_status = tg.Data("Slope opening status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The regional avalanche centre publishes its daily bulletin on a public site.
    avalanche_centre = tm.add(
        tg.DataSource(
            "Regional avalanche centre feed",
            origin=tg.Origin.PUBLIC_WEB,
            provides={bulletin},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Summarises the night's data into the draft briefing; a general chat model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API, default settings.",
        )
    )

with tm.boundary("Mountain", trust=tg.Trust.INTERNAL):
    # Patrollers dig pits on the control routes and log them from patrol tablets.
    patroller = tm.add(tg.Actor("Ski patroller", role="patrol"))
    # Summit and mid-mountain stations with data loggers and cellular modems.
    stations = tm.add(tg.Device("Mountain weather stations", fleet=True))

with tm.boundary("Patrol HQ", trust=tg.Trust.INTERNAL):
    # Signs off every plan; nothing is issued without this person.
    director = tm.add(
        tg.Actor("Snow safety director", role="snow safety director", privileged=True)
    )
    # Opens and closes lifts and runs on the resort's trail map and gates.
    lift_status = tm.add(
        tg.Service(
            "Lift and trail status system",
            description="Resort operations system that sets runs open or closed on signs and the app.",
        )
    )

with tm.boundary("Resort cloud tenant", trust=tg.Trust.INTERNAL):
    # Web app patrollers use on the hill to enter pits and shot results.
    obs_app = tm.add(
        tg.Endpoint(
            "Patrol observation app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="resort staff SSO (Entra ID)")},
        )
    )
    # Receives the stations' uploads and normalises units.
    collector = tm.add(tg.Service("Weather data collector"))
    # One database for pits, weather history and past control logs.
    snow_db = tm.add(
        tg.DataStore(
            "Snow safety database",
            stores={observations, weather, control_logs},
            controls={c.DataVersioning(note="nightly managed backups")},
        )
    )
    # Scheduled job that assembles the prompt and stores the draft for review.
    briefing = tm.add(
        tg.Service(
            "Briefing generator",
            description="Runs at 05:00; pulls the night's data, calls the LLM, posts the draft.",
        )
    )
    # Where the director reviews, edits and approves the plan, and teams read it.
    portal = tm.add(
        tg.Endpoint(
            "Patrol briefing portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="resort staff SSO (Entra ID) with MFA"),
                c.RBAC(note="only the snow safety director role can approve a plan"),
                c.HumanInTheLoop(approver="snow safety director"),
            },
        )
    )
    # Record of every approved plan and shot, kept for explosives compliance.
    register = tm.add(
        tg.DataStore(
            "Explosives control register",
            stores={control_plan, shot_results},
            controls={c.AuditLogging()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(patroller, obs_app, observations, shot_results, protocol="https")
tm.flow(obs_app, snow_db, observations)
tm.flow(obs_app, register, shot_results)
tm.flow(stations, collector, weather, protocol="http", label="cellular modem upload every 15 min")
tm.flow(collector, snow_db, weather)

tm.flow(snow_db, briefing, observations, weather, control_logs, label="05:00 daily read")
tm.flow(avalanche_centre, briefing, bulletin, protocol="https")
tm.flow(briefing, llm, prompt, protocol="https")
tm.flow(llm, briefing, draft, protocol="https")
tm.flow(briefing, portal, draft)

tm.flow(portal, director, draft, protocol="https")
tm.flow(director, portal, control_plan, protocol="https", label="edits and approves")
tm.flow(portal, register, control_plan)
tm.flow(register, snow_db, control_logs, label="end-of-season archive of plans and shots")
tm.flow(portal, patroller, control_plan, protocol="https")
tm.flow(portal, lift_status, slope_status, protocol="https")
