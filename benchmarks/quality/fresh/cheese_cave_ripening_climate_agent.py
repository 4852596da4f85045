"""Cheese cave ripening climate agent: the first design, before any security review.

An artisan cheese maker ripens its wheels in one cave whose temperature and humidity
are held by a small building controller driving the chiller, humidifier and fans.
An LLM agent in our cloud tenant reads the cave's sensor history and the cheesemaker's
ripening notes, asks a hosted LLM what the climate should be, and writes new
temperature and humidity setpoints through a site gateway that speaks BACnet/IP to
the controller on the dairy's LAN. Changes inside the usual ripening range go
ahead on their own; anything outside it waits until the cheesemaker approves it in
a phone app, which signs in with e-mail and password and is told by push notification.
The setpoint tool can only write the two cave setpoints, the controller keeps the
installer's hard minimum and maximum, and the LLM API key sits in the cloud secret store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cheese cave ripening climate agent",
    profile=tg.RiskProfile.HIGH,
    description="An LLM agent that tunes a ripening cave's climate setpoints, with the "
    "cheesemaker approving out-of-range changes from a phone.",
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Cave temperature and humidity readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
notes = tg.Data(
    "Ripening notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Batch, make date, rind and texture observations, target affinage; the "
    "maker's know-how.",
)
login = tg.Data("Cheesemaker login", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
prompt = tg.Data(
    "Climate prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, recent readings, current setpoints and ripening notes.",
)
completion = tg.Data("LLM climate recommendation", kind="model-output")
setpoint_call = tg.Data(
    "Setpoint change",
    kind="tool-call",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
setpoint_result = tg.Data("Setpoint write result", kind="tool-result")
data_query = tg.Data("Cave data query", kind="tool-call")
data_result = tg.Data(
    "Readings and notes", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
approval_request = tg.Data("Approval request", kind="records")
approval = tg.Data(
    "Approval decision",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
push = tg.Data("Push notification", kind="records")
status = tg.Data("Cave status", kind="records")
bacnet_setpoints = tg.Data("Controller setpoints", kind="records")
actuation = tg.Data("Equipment drive signals")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The owner and head cheesemaker: writes notes and approves out-of-range changes.
    cheesemaker = tm.add(tg.Actor("Cheesemaker", role="cheesemaker and owner"))
    # Our own app on the cheesemaker's phone: notes, cave status and approvals.
    phone_app = tm.add(
        tg.Device(
            "Cheesemaker phone app",
            fleet=False,
            description="iOS/Android app; keeps the session token after sign-in.",
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Apple/Google push, to wake the app when an approval is waiting.
    push_service = tm.add(tg.ExternalService("Mobile push service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat-completions API with function calling.",
        )
    )

with tm.boundary("Cloud tenant", trust=tg.Trust.INTERNAL):
    # Backend for the phone app: notes, status and the approval inbox.
    app_api = tm.add(
        tg.Endpoint(
            "App API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The agent itself, run every 30 minutes and when a new note arrives.
    agent = tm.add(
        tg.Agent(
            "Climate agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Decides whether to change the cave's setpoints and by how much.",
            controls={
                c.HumanInTheLoop(
                    approver="the cheesemaker, in the phone app",
                    above="setpoints outside the usual range: 10-14 °C and 85-95 % RH",
                ),
                c.SecretsManagement(note="LLM API key in the cloud secret store"),
            },
        )
    )
    # Read-only tool: sensor history and the latest ripening notes.
    reader = tm.add(tg.Tool("Cave data reader", capabilities={"read"}))
    # Write tool: sends new cave setpoints down to the site gateway.
    setpoint_tool = tm.add(
        tg.Tool(
            "Setpoint writer",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="can write only the cave's temperature and "
                    "humidity setpoints, no other BACnet points"
                )
            },
        )
    )
    # Time series of the cave's readings, pushed up by the gateway.
    telemetry = tm.add(tg.DataStore("Telemetry store", stores={readings}))
    # Ripening notes and the history of setpoint changes and approvals.
    ripening_log = tm.add(tg.DataStore("Ripening log", stores={notes, approval}))

with tm.boundary("Dairy site LAN", trust=tg.Trust.INTERNAL):
    # Small box in the dairy office: outbound WebSocket to the cloud, BACnet/IP to the controller.
    gateway = tm.add(tg.Service("Site gateway"))
    # The cave's building controller: runs the control loops to its setpoints.
    controller = tm.add(
        tg.Service(
            "Cave building controller",
            controls={
                c.SafetyLimits(limits="installer-configured setpoint range 2-18 °C and 70-99 % RH")
            },
        )
    )
    # Wired probes in the cave.
    sensors = tm.add(tg.Device("Cave temperature and humidity sensors"))
    # Chiller, humidifier and circulation fans the controller switches.
    equipment = tm.add(tg.Device("Cave chiller, humidifier and fans", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(cheesemaker, phone_app, notes, login, approval, label="types notes, signs in, approves")
tm.flow(phone_app, cheesemaker, status, approval_request)
tm.flow(phone_app, app_api, login, notes, approval, protocol="https")
tm.flow(app_api, phone_app, status, approval_request, protocol="https")
tm.flow(app_api, push_service, push, protocol="https")
tm.flow(push_service, phone_app, push, protocol="https")
tm.flow(app_api, ripening_log, notes, approval)
tm.flow(telemetry, app_api, readings, label="cave status")

tm.flow(agent, reader, data_query)
tm.flow(telemetry, reader, readings)
tm.flow(ripening_log, reader, notes)
tm.flow(reader, agent, data_result)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, app_api, approval_request, label="out-of-range proposal")
tm.flow(app_api, agent, approval, label="cheesemaker's decision")
tm.flow(agent, setpoint_tool, setpoint_call)
tm.flow(setpoint_tool, agent, setpoint_result)
tm.flow(setpoint_tool, ripening_log, setpoint_call, label="change history")

tm.flow(
    setpoint_tool,
    gateway,
    setpoint_call,
    protocol="wss",
    controls={c.Authentication(method="per-site API key")},
)
tm.flow(gateway, setpoint_tool, setpoint_result, protocol="wss")
tm.flow(
    gateway,
    telemetry,
    readings,
    protocol="wss",
    controls={c.Authentication(method="per-site API key")},
)
tm.flow(gateway, controller, bacnet_setpoints, protocol="bacnet")
tm.flow(controller, gateway, readings, protocol="bacnet")
tm.flow(sensors, controller, readings, label="wired 0-10 V")
tm.flow(controller, equipment, actuation, label="wired relays")
