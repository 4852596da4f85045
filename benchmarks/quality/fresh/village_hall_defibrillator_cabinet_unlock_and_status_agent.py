"""Village hall defibrillator cabinet: unlock and status agent, first design.

A parish council runs public-access defibrillators in locked, heated cabinets on
the outside walls of village halls. Each cabinet has a small cellular controller
that reports door state, temperature and the AED's self-test light to a device
hub in our cloud account, and releases its lock when the hub tells it to.
An LLM agent in the cloud handles unlock requests: the ambulance trust's dispatch
system asks for a cabinet to be opened for a caller during a cardiac arrest, and
volunteer guardians text in to open it for weekly checks or to report pads used.
The agent unlocks cabinets, keeps the national defibrillator register up to date,
and texts guardians when a cabinet is opened, too cold or out of service.
The parish clerk manages the guardian roster through a small admin console.
Controls in this design: an API key for the ambulance trust, guardians matched by
their phone number, device certificates on the cabinet link, TLS, a step limit on
the agent, an unlock log and encryption at rest. UK GDPR applies to guardians' data.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Village hall defibrillator cabinet unlock and status agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Remote unlock and status reporting for parish public-access defibrillator cabinets.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Cabinet telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Door open/closed, cabinet temperature, heater state, AED self-test light.",
)
unlock_command = tg.Data(
    "Cabinet unlock command",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
emergency_request = tg.Data(
    "Emergency unlock request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Cabinet id and the ambulance incident number.",
)
unlock_confirmation = tg.Data("Unlock confirmation", kind="records")
guardian_message = tg.Data(
    "Guardian text message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from a guardian's phone, with the sender number.",
)
guardian_alert = tg.Data("Guardian alert text", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
tool_call = tg.Data("Agent tool call", kind="tool-call")
tool_result = tg.Data("Tool result", kind="tool-result")
cabinet_status = tg.Data("Cabinet status record", kind="records")
unlock_log = tg.Data("Unlock log", kind="logs", sensitivity=tg.Sensitivity.CONFIDENTIAL)
roster = tg.Data(
    "Guardian roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guardians' names, mobile numbers and the cabinets they look after.",
)
public_status = tg.Data(
    "Public AED availability status", kind="records", sensitivity=tg.Sensitivity.PUBLIC
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Volunteers who check the cabinet weekly and restock it after use.
    guardian = tm.add(tg.Actor("Guardian volunteer", role="volunteer guardian"))
    # Parish council clerk who administers the roster from home or the council office.
    clerk = tm.add(tg.Actor("Parish clerk", role="administrator", privileged=True))

with tm.boundary("Village hall exterior", trust=tg.Trust.UNTRUSTED):
    # The cabinet hangs on a public wall; its controller talks over a cellular modem.
    cabinet = tm.add(
        tg.Device(
            "Defibrillator cabinet controller",
            fleet=True,
            description="Cellular lock controller with door and temperature sensing; "
            "relocks three minutes after a release.",
        )
    )

with tm.boundary("Ambulance trust", trust=tg.Trust.PARTNER):
    # The ambulance service's computer-aided dispatch asks us to open a cabinet for a 999 caller.
    dispatch = tm.add(tg.ExternalService("Ambulance dispatch system"))

with tm.boundary("Register operator", trust=tg.Trust.PARTNER):
    # The national defibrillator network that ambulance services look AEDs up in.
    register = tm.add(tg.ExternalService("National defibrillator register"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends and receives guardians' SMS; posts inbound texts to us.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Parish cloud account", trust=tg.Trust.INTERNAL):
    # Keeps the MQTT sessions with every cabinet and relays commands to them.
    hub = tm.add(
        tg.Service(
            "Cabinet device hub",
            controls={tg.controls.Authentication(method="per-cabinet X.509 device certificates")},
        )
    )
    # Public HTTPS entry point for the ambulance trust and for the SMS gateway's inbound texts.
    api = tm.add(
        tg.Endpoint(
            "Unlock and messaging API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="API key issued to the ambulance trust; guardian texts matched "
                    "by sender phone number to the roster"
                )
            },
        )
    )
    # Decides what to do with each request or reading and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Cabinet status agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Unlocks on an ambulance request straight away; handles guardian texts.",
            controls={tg.controls.CircuitBreaker(max_steps=8)},
        )
    )
    # Releases a cabinet's lock through the device hub.
    unlock_tool = tm.add(
        tg.Tool(
            "Cabinet unlock tool",
            capabilities={"write"},
            controls={
                tg.controls.AuditLogging(retention_days=365),
                tg.controls.LeastPrivilegeTools(note="can only send a release, not change codes"),
            },
        )
    )
    # Posts each cabinet's availability to the national register.
    register_tool = tm.add(
        tg.Tool("Register update tool", capabilities={"write", "network-egress"})
    )
    # Texts guardians about openings, low temperature and faults.
    alert_tool = tm.add(tg.Tool("Guardian alert tool", capabilities={"send-messages"}))
    # Latest status per cabinet, the unlock log and the guardian roster.
    store = tm.add(
        tg.DataStore(
            "Cabinet status store",
            stores={cabinet_status, telemetry, unlock_log, roster},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Small web app where the clerk edits the roster and reads the unlock log.
    console = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

# ---------------------------------------------------------------- flows
# cabinet link
tm.flow(cabinet, hub, telemetry, protocol="MQTT over TLS")
tm.flow(hub, cabinet, unlock_command, protocol="MQTT over TLS")
tm.flow(hub, store, telemetry, cabinet_status)

# emergency unlock from the ambulance trust
tm.flow(dispatch, api, emergency_request, protocol="https")
tm.flow(api, agent, emergency_request)
tm.flow(agent, api, unlock_confirmation)
tm.flow(api, dispatch, unlock_confirmation, protocol="https")

# guardians' texts in and alerts out
tm.flow(guardian, sms, guardian_message, protocol="sms")
tm.flow(sms, api, guardian_message, protocol="https", label="inbound SMS webhook")
tm.flow(api, agent, guardian_message)
tm.flow(agent, alert_tool, tool_call)
tm.flow(alert_tool, sms, guardian_alert, protocol="https")
tm.flow(sms, guardian, guardian_alert, protocol="sms")
tm.flow(alert_tool, agent, tool_result)

# agent reasoning and state
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(store, agent, cabinet_status, telemetry, roster)
tm.flow(agent, store, cabinet_status, unlock_log)

# unlocking
tm.flow(agent, unlock_tool, tool_call)
tm.flow(unlock_tool, hub, unlock_command)
tm.flow(unlock_tool, store, unlock_log)
tm.flow(unlock_tool, agent, tool_result)

# national register
tm.flow(agent, register_tool, tool_call)
tm.flow(register_tool, register, public_status, protocol="https")
tm.flow(register_tool, agent, tool_result)

# administration
tm.flow(clerk, console, roster, protocol="https")
tm.flow(console, store, roster)
tm.flow(store, console, roster, unlock_log, cabinet_status)
tm.flow(console, clerk, roster, unlock_log, cabinet_status, protocol="https")
