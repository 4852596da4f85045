"""Bowls club robotic mower: scheduling and boundary agent, first design.

The club's robotic greens mower cuts the bowling green. A planning agent runs on
a mini PC in the clubhouse: it reads the rink bookings from the club's online
booking system and the forecast from a weather API, asks a hosted LLM to plan
when and where to mow, and pushes the boundary map, the mowing times and the
cutting height to the mower through the mower's local API over the club Wi-Fi.
The greenkeeper talks to the agent through a messaging bot on his phone: he
gives instructions ("no mowing before Saturday's county match") and approves
cutting-height changes, which wait for his yes; mowing times and boundary maps
go to the mower without approval. The agent only accepts messages from the
greenkeeper's messaging account and stops a run after 20 steps. The mower's own
firmware stops the blades on lift, tilt or bump and keeps the height in range;
the mower vendor's cloud sends firmware updates and receives its telemetry.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bowling green robot mower schedule and boundary agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "An LLM agent plans robotic mowing of the bowling green around rink bookings and "
        "the weather, and commands the mower over the club Wi-Fi; the greenkeeper approves "
        "cutting-height changes from his phone."
    ),
)

# ---------------------------------------------------------------- data assets
member_booking = tg.Data(
    "Rink booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member name, rink, date and time, and a free-text note.",
)
rink_bookings = tg.Data(
    "Rink bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The week's bookings with booker names and notes, read from the booking API.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
instructions = tg.Data(
    "Greenkeeper message",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Instructions and questions typed into the messaging bot.",
)
agent_reply = tg.Data(
    "Agent reply and height approval request",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
)
height_approval = tg.Data(
    "Height change approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
planning_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, bookings, forecast, current plan and the greenkeeper's messages.",
)
planning_completion = tg.Data(
    "Planned tool calls", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
mower_command = tg.Data(
    "Mower command",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Mowing window, zones to cut or skip, and cutting height in millimetres.",
)
mower_settings = tg.Data(
    "Boundary map, schedule and cutting height",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
mower_status = tg.Data(
    "Mower status telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Position, blade height, battery, errors and progress of the current cut.",
)
boundary_map = tg.Data(
    "Green boundary map",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Perimeter, ditches and rink zones surveyed at installation.",
)
mowing_plan = tg.Data(
    "Mowing plan and height history",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
firmware = tg.Data("Mower firmware update", kind="code", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members book rinks on the booking system; their notes reach the agent.
    members = tm.add(tg.Actor("Club member", role="member"))
    # The greenkeeper is usually out and about, with his own phone.
    greenkeeper = tm.add(tg.Actor("Greenkeeper", role="greenkeeper"))
    # His personal phone, with the messaging app.
    phone = tm.add(tg.Device("Greenkeeper's phone", fleet=False))

with tm.boundary("Club suppliers", trust=tg.Trust.PARTNER):
    # Hosted club-management package the club already uses for rink bookings.
    bookings = tm.add(tg.ExternalService("Club booking system", provides="data-provider"))
    # Public forecast API: rain, frost and wind for the next days.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))
    # The bot API that carries messages between the agent and the greenkeeper.
    messaging = tm.add(tg.ExternalService("Messaging bot API"))
    # Plans the mowing from the prompt the agent builds.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))
    # The mower maker's cloud: firmware updates and the maker's own telemetry.
    vendor_cloud = tm.add(tg.ExternalService("Mower vendor cloud"))

with tm.boundary("Clubhouse network", trust=tg.Trust.INTERNAL):
    # The planner; polls the messaging bot API, so nothing listens on the internet.
    agent = tm.add(
        tg.Agent(
            "Mowing planner agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="the greenkeeper",
                    note="cutting height changes only; mowing times and boundary maps go "
                    "to the mower directly",
                ),
                tg.controls.Authentication(
                    method="messaging account ID checked against the greenkeeper's"
                ),
                tg.controls.CircuitBreaker(max_steps=20),
            },
        )
    )
    # The agent's one tool that acts: calls the mower's local API.
    mower_tool = tm.add(
        tg.Tool(
            "Mower command tool",
            capabilities={"read", "write"},
            description="Sets the mowing window, zones and cutting height; reads status.",
        )
    )
    # Files on the mini PC: the surveyed green map, the plan and past heights.
    map_store = tm.add(tg.DataStore("Green map and plan files", stores={boundary_map, mowing_plan}))

    with tm.boundary(
        "Club Wi-Fi",
        trust=tg.Trust.INTERNAL,
        description="WPA2 network; members and visiting teams are given the password.",
    ):
        # The robotic greens mower, charging in its garage beside the green.
        mower = tm.add(
            tg.Device(
                "Robotic greens mower",
                fleet=False,
                controls={
                    tg.controls.SafetyLimits(
                        limits="blades stop on lift, tilt or bump; cutting height held "
                        "between 2.5 and 12 mm by the firmware"
                    )
                },
            )
        )

# ---------------------------------------------------------------- flows
tm.flow(members, bookings, member_booking, protocol="https")
tm.flow(bookings, agent, rink_bookings, protocol="https")
tm.flow(weather, agent, forecast, protocol="https")

tm.flow(greenkeeper, phone, instructions, height_approval, label="typed in the app")
tm.flow(phone, greenkeeper, agent_reply, label="on the screen")
tm.flow(phone, messaging, instructions, height_approval, protocol="https")
tm.flow(messaging, phone, agent_reply, protocol="https")
tm.flow(messaging, agent, instructions, height_approval, protocol="https", label="polled updates")
tm.flow(agent, messaging, agent_reply, protocol="https")

tm.flow(agent, llm, planning_prompt, protocol="https")
tm.flow(llm, agent, planning_completion, protocol="https")
tm.flow(map_store, agent, boundary_map, mowing_plan)
tm.flow(agent, map_store, mowing_plan)

tm.flow(agent, mower_tool, mower_command, boundary_map)
tm.flow(mower_tool, agent, mower_status)
tm.flow(mower_tool, mower, mower_settings, protocol="http", label="mower local API")
tm.flow(mower, mower_tool, mower_status, protocol="http", label="mower local API")

tm.flow(vendor_cloud, mower, firmware, protocol="https")
tm.flow(mower, vendor_cloud, mower_status, protocol="https")
