"""Moss wall irrigation agent: the first design, before any security review.

The building owner has a living moss wall on the south facade of an office block.
Capacitive moisture sensors in the substrate and two fixed cameras aimed at the wall
report to an on-site IoT gateway in the plant room, which forwards readings and
hourly photos to the owner's cloud account over MQTT with TLS (each gateway has its
own X.509 certificate). Every hour an LLM agent in the cloud reads the latest
readings, the zone settings, the photos and a commercial weather forecast, asks a
hosted multimodal model for a watering plan and sets it through an irrigation tool;
the gateway turns it into Modbus commands for the irrigation controller on the wall.
The agent acts on its own; the controller's built-in maximum run time per zone still
applies. It e-mails the facilities manager a weekly wall-health report. The manager
signs in to a web dashboard with the company SSO to see the wall, change per-zone
limits or pause watering. Agent decisions and tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Moss wall irrigation agent",
    profile=tg.RiskProfile.LOW,
    description="LLM agent that waters a living moss facade from sensors, photos and forecasts.",
)

# ---------------------------------------------------------------- data assets
moisture = tg.Data("Substrate moisture readings", kind="records", sensitivity="internal")
photos = tg.Data("Moss wall photos", kind="media", sensitivity="internal")
forecast = tg.Data("Rainfall and temperature forecast", kind="records", sensitivity="public")
wall_state = tg.Data(
    "Zone settings and irrigation history",
    kind="records",
    sensitivity="internal",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
limits = tg.Data("Watering limits and pause switch", kind="records", sensitivity="internal")
status_view = tg.Data("Wall status view", kind="records", sensitivity="internal")
prompt = tg.Data(
    "Irrigation prompt",
    kind="prompt",
    sensitivity="internal",
    description="System prompt, latest readings, forecast, zone settings and the newest photos.",
)
plan = tg.Data("Watering plan", kind="model-output", sensitivity="internal")
command = tg.Data("Irrigation schedule command", kind="tool-call", sensitivity="internal")
ack = tg.Data("Command acknowledgement", kind="tool-result", sensitivity="internal")
valve_cmd = tg.Data("Valve open and close commands", kind="records", sensitivity="internal")
valve_status = tg.Data(
    "Valve status and flow meter readings", kind="records", sensitivity="internal"
)
decisions = tg.Data("Agent decision log", kind="logs", sensitivity="internal")
report = tg.Data("Weekly wall health report", kind="model-output", sensitivity="internal")
llm_key = tg.Data("Model API key", kind="credentials", sensitivity="secret")

# ---------------------------------------------------------------- elements
with tm.boundary("Building site", trust=tg.Trust.INTERNAL):
    # The reason the system exists: what the substrate moisture is, zone by zone.
    sensors = tm.add(
        tg.Device(
            "Substrate moisture sensors",
            fleet=True,
            description="Capacitive probes in each irrigation zone, battery powered, LoRaWAN.",
        )
    )
    # Photos let the agent see browning or overgrowth the probes miss.
    cameras = tm.add(
        tg.Device(
            "Moss wall cameras",
            fleet=True,
            description="Two fixed IP cameras on brackets facing the wall; one still per hour.",
        )
    )
    # One box in the plant room bridges the facade devices and the cloud.
    gateway = tm.add(
        tg.Service(
            "Site IoT gateway",
            description="LoRaWAN and camera collector; relays schedules to the controller.",
        )
    )
    # The existing irrigation contractor's unit that actually opens the valves.
    controller = tm.add(
        tg.Device(
            "Irrigation pump and valve controller",
            fleet=False,
            description="Drives the pump and the zone valves; Modbus RTU from the gateway.",
            controls={
                c.SafetyLimits(limits="controller firmware caps each zone at 15 minutes per run")
            },
        )
    )

with tm.boundary("Owner cloud account", trust=tg.Trust.INTERNAL):
    # Time-series history the agent and the dashboard both read.
    wall_db = tm.add(
        tg.DataStore(
            "Wall database",
            stores={moisture, wall_state, valve_status, decisions},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Photos are large; kept apart from the time series.
    photo_bucket = tm.add(
        tg.DataStore(
            "Photo bucket",
            stores={photos},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The decision maker: reads everything hourly and sets the schedule.
    agent = tm.add(
        tg.Agent(
            "Irrigation agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs hourly; plans watering per zone and sets it without approval.",
            controls={
                c.AuditLogging(note="every prompt, plan and tool call goes to the decision log"),
                c.SecretsManagement(note="model API key in the cloud secrets manager"),
            },
        )
    )
    # The agent's only way to act on the wall.
    irrigation_tool = tm.add(
        tg.Tool(
            "Irrigation schedule tool",
            capabilities={"write"},
            origin="first-party",
            description="Publishes per-zone start times and durations to the site gateway.",
        )
    )
    # How the manager hears from the agent.
    report_tool = tm.add(
        tg.Tool(
            "Report e-mail tool",
            capabilities={"send-messages"},
            origin="first-party",
            description="Sends the weekly report to the facilities manager's mailbox.",
        )
    )
    # The manager's window on the wall and the only manual override.
    dashboard = tm.add(
        tg.Endpoint(
            "Facilities dashboard",
            purpose="api",
            internet_facing=True,
            description="Web app: wall status, photos, per-zone limits and a pause switch.",
            controls={c.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )

with tm.boundary("Model vendor", trust=tg.Trust.PARTNER):
    # Multimodal model that reads the photos along with the numbers.
    llm = tm.add(
        tg.LLM(
            "Hosted multimodal LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision and text model behind the vendor's API.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Rain on the way means the wall can skip a watering.
    weather = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("Owner corporate network", trust=tg.Trust.INTERNAL):
    # The person responsible for the facade.
    manager = tm.add(tg.Actor("Facilities manager", role="facilities manager", privileged=True))

# ---------------------------------------------------------------- flows
# on site
tm.flow(sensors, gateway, moisture, protocol="lorawan")
tm.flow(cameras, gateway, photos, protocol="rtsp")
tm.flow(gateway, controller, valve_cmd, protocol="modbus")
tm.flow(controller, gateway, valve_status, protocol="modbus")

# site to cloud
mqtt = {c.MutualAuthentication(note="per-gateway X.509 certificate at the cloud IoT hub")}
tm.flow(gateway, wall_db, moisture, valve_status, protocol="mqtts", controls=mqtt)
tm.flow(gateway, photo_bucket, photos, protocol="https")

# the agent's hourly run
tm.flow(wall_db, agent, moisture, wall_state, valve_status, label="hourly read")
tm.flow(photo_bucket, agent, photos, label="newest photos")
tm.flow(weather, agent, forecast, protocol="https")
tm.flow(agent, llm, prompt, photos, llm_key, protocol="https")
tm.flow(llm, agent, plan, protocol="https")
tm.flow(agent, irrigation_tool, command)
tm.flow(irrigation_tool, agent, ack)
tm.flow(irrigation_tool, gateway, command, protocol="mqtts", controls=mqtt)
tm.flow(gateway, irrigation_tool, ack, protocol="mqtts", controls=mqtt)
tm.flow(agent, wall_db, wall_state, decisions, label="plan and decision log")

# reporting and manual control
tm.flow(agent, report_tool, report)
tm.flow(report_tool, manager, report, protocol="smtp+starttls")
tm.flow(manager, dashboard, limits, protocol="https")
tm.flow(dashboard, manager, status_view, photos, protocol="https")
tm.flow(dashboard, wall_db, limits)
tm.flow(wall_db, dashboard, moisture, wall_state, decisions)
tm.flow(photo_bucket, dashboard, photos)
