"""Golf club GPS buggy fleet, hire and geofence agent: the first design.

Members hire a buggy in the club app: the club's app API checks their membership,
records the hire and asks the buggy manufacturer's telematics platform to enable
the buggy for the round. Each buggy reports its GPS position to that platform over
LTE, and the platform forwards positions to us. A geofence agent (an LLM agent on
a hosted model) keeps the day's zones (greens, tees, wet areas the greenkeeper has
closed) and, when a buggy enters or nears a zone, sends slow-down, stop or release
commands back through the platform with a command tool. The starter watches the
fleet on the web dashboard in the pro shop and can override any buggy; the
greenkeeper posts the day's course conditions there. The buggy's own controller
governs top speed whatever it is told. Members are in the UK, so UK GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Golf club buggy fleet geofence and hire agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Member buggy hire and LLM-agent geofence enforcement on a GPS buggy fleet.",
)

# ---------------------------------------------------------------- data assets
member_login = tg.Data(
    "Member sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
staff_login = tg.Data(
    "Staff sign-in credentials", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
hire_request = tg.Data(
    "Buggy hire request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member number, tee time, buggy preference and medical-exemption flag.",
)
hire_confirmation = tg.Data("Hire confirmation", sensitivity=tg.Sensitivity.PII, kind="records")
hire_records = tg.Data(
    "Hire records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
enable_command = tg.Data("Buggy enable and disable command", kind="records")
api_key = tg.Data(
    "Telematics platform API key", sensitivity=tg.Sensitivity.SECRET, kind="credentials"
)
positions = tg.Data(
    "Buggy GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Buggy id, position, speed and heading every few seconds; tied to the "
    "member hiring it through the hire records.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
zones = tg.Data(
    "Geofence zones",
    kind="records",
    description="Polygons for greens, tees, hazards and today's closed wet areas, with "
    "the speed allowed in each.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
conditions = tg.Data(
    "Course condition notes",
    kind="documents",
    description="The greenkeeper's free-text notes: wet areas, cart-path-only holes.",
)
agent_prompt = tg.Data("Geofence prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_completion = tg.Data(
    "Geofence completion", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
speed_call = tg.Data("Speed command call", kind="tool-call")
speed_commands = tg.Data(
    "Slow-down, stop and release commands",
    kind="records",
    description="Per buggy: a speed cap, a stop, or release back to normal speed.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
command_ack = tg.Data("Command acknowledgements", kind="tool-result")
override = tg.Data(
    "Starter override",
    kind="records",
    description="Release, stop or disable a buggy, or suspend the geofence on a hole.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
fleet_view = tg.Data("Fleet status view", sensitivity=tg.Sensitivity.PII, kind="records")
command_log = tg.Data("Command log", sensitivity=tg.Sensitivity.PII, kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members hire buggies from the club app on their phones.
    member = tm.add(tg.Actor("Member", role="club member"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Backend of the club app: membership check, hire, enabling the buggy.
    app_api = tm.add(
        tg.Endpoint(
            "Club app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="membership number and password")},
        )
    )
    # Who hired which buggy and when.
    hires_db = tm.add(
        tg.DataStore(
            "Hire records database",
            stores={hire_records},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Decides when a buggy must slow down or stop, from positions and the day's zones.
    agent = tm.add(
        tg.Agent(
            "Geofence agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads positions and today's zones and conditions; sends speed "
            "commands with no one approving each.",
        )
    )
    # The zone map the agent enforces, updated from the greenkeeper's notes.
    zone_store = tm.add(tg.DataStore("Geofence zone store", stores={zones, conditions}))
    # The agent's only way to act on buggies.
    command_tool = tm.add(
        tg.Tool(
            "Buggy command tool",
            capabilities={"write", "network-egress"},
            description="Calls the telematics platform's command API for slow-down, stop "
            "and release; the platform API key also allows enable and disable.",
            controls={
                c.SecretsManagement(note="platform API key in the cloud secret manager"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Record of every command sent, by the agent or the starter.
    command_store = tm.add(tg.DataStore("Command log store", stores={command_log}))
    # Staff web dashboard opened on the pro-shop PC and by the greenkeeper.
    dashboard = tm.add(
        tg.Endpoint(
            "Fleet dashboard",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual staff e-mail and password"),
                c.RBAC(note="starter may override buggies; greenkeeper edits conditions"),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model behind the geofence agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Buggy manufacturer", trust=tg.Trust.PARTNER):
    # Manufacturer's cloud that talks to every buggy's modem.
    telematics = tm.add(
        tg.ExternalService("Buggy telematics platform", provides=tg.ExternalCategory.GENERIC)
    )

with tm.boundary("Golf course", trust=tg.Trust.UNTRUSTED):
    # The fleet itself: GPS unit, LTE modem and motor controller on each buggy.
    buggies = tm.add(
        tg.Device(
            "GPS buggies",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="motor controller governs top speed to 12 mph and ramps "
                    "down gently on a stop command"
                )
            },
        )
    )

with tm.boundary("Clubhouse", trust=tg.Trust.INTERNAL):
    # Sends buggies out and can override the agent from the pro shop.
    starter = tm.add(tg.Actor("Starter", role="pro-shop starter"))
    # Closes wet areas and sets cart-path-only holes each morning.
    greenkeeper = tm.add(tg.Actor("Greenkeeper", role="head greenkeeper"))

# ---------------------------------------------------------------- flows
# hire
tm.flow(member, app_api, member_login, hire_request, protocol="https")
tm.flow(app_api, member, hire_confirmation, protocol="https")
tm.flow(app_api, hires_db, hire_records)
tm.flow(hires_db, app_api, hire_records)
tm.flow(app_api, telematics, enable_command, api_key, protocol="https")

# positions and geofencing
tm.flow(buggies, telematics, positions, protocol="MQTT over TLS")
tm.flow(telematics, buggies, enable_command, speed_commands, protocol="MQTT over TLS")
tm.flow(telematics, agent, positions, protocol="https", label="position webhook")
tm.flow(zone_store, agent, zones, conditions)
tm.flow(agent, zone_store, zones, label="zones updated from conditions")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, command_tool, speed_call)
tm.flow(command_tool, telematics, speed_commands, api_key, protocol="https")
tm.flow(telematics, command_tool, command_ack, protocol="https")
tm.flow(command_tool, agent, command_ack)
tm.flow(command_tool, command_store, command_log)

# staff
tm.flow(starter, dashboard, staff_login, override, protocol="https")
tm.flow(greenkeeper, dashboard, staff_login, conditions, protocol="https")
tm.flow(dashboard, zone_store, conditions, override, label="conditions and geofence suspensions")
tm.flow(hires_db, dashboard, hire_records)
tm.flow(telematics, dashboard, positions, protocol="https")
tm.flow(dashboard, starter, fleet_view, protocol="https")
tm.flow(
    dashboard,
    telematics,
    speed_commands,
    enable_command,
    api_key,
    protocol="https",
    label="starter override",
)
tm.flow(dashboard, command_store, command_log)
tm.flow(command_store, dashboard, command_log)
