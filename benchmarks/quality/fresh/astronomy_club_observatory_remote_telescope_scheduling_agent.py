"""Astronomy club remote observatory: the first design, before any security review.

Club members book remote imaging sessions on the club's robotic telescope through a
booking portal hosted on the club's cloud VPS, giving a target, an exposure plan and
free-text notes. A scheduling agent on the same VPS, driven by a hosted LLM, builds
each night's plan from the bookings, the weather forecast API and the observatory's
rain, cloud and wind sensors, then calls the observatory bridge to open the dome,
slew the mount and start exposures, and closes up at the end of the night.
The bridge is a small REST service on the observatory PC, reached over the club's
WireGuard tunnel; it drives the mount and the dome controller through an INDI server
on the observatory LAN. Images are uploaded to an image archive that members
download from in the portal. Members and the observatory officer sign in with e-mail
and password; the officer sets the observing rules and can pause the agent. The
bridge takes a static API key and logs every command; the mount firmware enforces
horizon and meridian limits.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Astronomy club remote telescope scheduling agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "An LLM agent schedules members' remote sessions and opens the dome and slews "
        "the club's robotic telescope unattended."
    ),
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Session booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member name and e-mail, target, exposure plan and free-text notes.",
)
member_accounts = tg.Data("Member accounts", kind="records", sensitivity=tg.Sensitivity.PII)
schedule = tg.Data("Night schedule", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
observing_rules = tg.Data(
    "Observing rules",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Wind, humidity and rain thresholds, session lengths, priorities.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
sensor_readings = tg.Data(
    "Safety sensor readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Rules, bookings with members' notes, forecast and sensor readings.",
)
agent_decision = tg.Data("LLM plan and tool calls", kind="model-output")
bridge_call = tg.Data(
    "Observatory commands",
    kind="tool-call",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="open_dome, close_dome, slew_to, start_exposure, park.",
)
bridge_result = tg.Data("Observatory status", kind="tool-result")
device_commands = tg.Data(
    "INDI device commands",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
device_status = tg.Data("Mount and dome status")
images = tg.Data("Observation images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any club member, signing in from home to book sessions and fetch images.
    member = tm.add(tg.Actor("Club member", role="member"))
    # The volunteer who runs the observatory and sets the observing rules.
    officer = tm.add(tg.Actor("Observatory officer", role="club officer", privileged=True))
    # Free forecast service the agent checks before opening the dome.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that reads the bookings and conditions and picks the tool calls.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud VPS", trust=tg.Trust.INTERNAL):
    # Web app where members book sessions and download their images.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="member and officer roles"),
            },
        )
    )
    # Plans the night and operates the observatory through the bridge, unattended.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(note="officer's pause switch in the portal")},
        )
    )
    # Bookings, member accounts, the night schedule and the officer's rules.
    schedule_db = tm.add(
        tg.DataStore(
            "Schedule database", stores={booking, member_accounts, schedule, observing_rules}
        )
    )
    # FITS files per session, served to the member who booked it.
    archive = tm.add(tg.DataStore("Image archive", stores={images}))

with tm.boundary("Observatory network", trust=tg.Trust.INTERNAL):
    # REST service on the observatory PC: the agent's only way to move hardware.
    bridge = tm.add(
        tg.Tool(
            "Observatory bridge",
            capabilities={"read", "write"},
            controls={
                c.Authentication(method="static API key"),
                c.AuditLogging(note="every command and its result"),
            },
        )
    )
    # INDI server on the observatory PC that talks to the devices and the camera.
    indi = tm.add(tg.Service("INDI server"))
    # The telescope's mount controller on the LAN.
    mount = tm.add(
        tg.Device(
            "Telescope mount",
            fleet=False,
            controls={c.SafetyLimits(limits="mount firmware horizon and meridian limits")},
        )
    )
    # Network dome controller that opens the shutter and rotates the dome.
    dome = tm.add(tg.Device("Dome controller", fleet=False))
    # Rain, cloud and wind sensors on the roof.
    sensors = tm.add(
        tg.DataSource("Safety sensors", origin=tg.Origin.INTERNAL, provides={sensor_readings})
    )

# ---------------------------------------------------------------- flows
tm.flow(member, portal, booking, protocol="https", label="book session")
tm.flow(portal, member, schedule, images, protocol="https", label="schedule and downloads")
tm.flow(officer, portal, observing_rules, protocol="https", label="set rules, pause agent")
tm.flow(portal, officer, schedule, protocol="https")
tm.flow(portal, schedule_db, booking, observing_rules)
tm.flow(schedule_db, portal, booking, member_accounts, schedule)
tm.flow(archive, portal, images)

tm.flow(schedule_db, agent, booking, observing_rules)
tm.flow(agent, schedule_db, schedule)
tm.flow(agent, weather, protocol="https", label="forecast query")
tm.flow(weather, agent, forecast, protocol="https")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_decision, protocol="https")

tm.flow(agent, bridge, bridge_call, protocol="https", label="over WireGuard tunnel")
tm.flow(bridge, agent, bridge_result, sensor_readings, protocol="https")
tm.flow(bridge, indi, device_commands, protocol="local")
tm.flow(indi, bridge, device_status, sensor_readings, protocol="local")
tm.flow(indi, mount, device_commands, protocol="tcp")
tm.flow(mount, indi, device_status, protocol="tcp")
tm.flow(indi, dome, device_commands, protocol="http")
tm.flow(dome, indi, device_status, protocol="http")
tm.flow(sensors, indi, sensor_readings, protocol="usb")
tm.flow(indi, archive, images, protocol="sftp", label="image upload")
