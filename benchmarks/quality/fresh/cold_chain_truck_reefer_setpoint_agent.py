"""Cold-chain reefer setpoint agent: the first design, before any security review.

A food distributor runs a fleet of refrigerated trucks. Each truck's reefer unit
reports cargo and return-air temperatures, door state and defrost status through a
cellular telematics gateway to the telematics vendor's cloud platform. An LLM agent
in our cloud account watches that telemetry against each load's temperature limits
and route (from the transport management system), and changes reefer setpoints and
starts or reschedules defrost cycles through the vendor's remote-command API. When a
load goes out of range it alerts the dispatchers, who can pause the agent for a
truck from the dispatch console. Drivers can still change the setpoint on the unit's
own panel. Controls in this design: TLS on every link to the vendor, the vendor API
key kept in our secrets vault, an action log of the agent's changes, SSO with MFA on
the dispatch console, encrypted telemetry storage, and the reefer controller's own
factory operating range.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cold-chain reefer setpoint agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that adjusts refrigerated trucks' setpoints and defrost cycles "
    "over the telematics platform and alerts dispatchers to temperature excursions.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Reefer telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Supply, return-air and probe temperatures, setpoint, defrost state, "
    "door switches, GPS position and engine hours per truck.",
)
excursion_alarm = tg.Data(
    "Excursion alarm",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The vendor platform's push notification when a reading crosses a threshold.",
)
cargo_limits = tg.Data(
    "Load temperature limits and routes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per load: products, customer, min/max cargo temperature, stops and "
    "delivery windows.",
)
setpoint_command = tg.Data(
    "Reefer setpoint and defrost command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="New setpoint, operating mode, or defrost start/interval for one unit.",
)
command_ack = tg.Data(
    "Command acknowledgement", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
setpoint_call = tg.Data(
    "Setpoint change request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
telemetry_query = tg.Data("Telemetry lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
telemetry_result = tg.Data(
    "Truck status and load limits",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, recent telemetry, load limits and the tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
alert = tg.Data(
    "Dispatcher alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Truck, load, excursion, and what the agent changed.",
)
pause_instruction = tg.Data(
    "Pause or resume agent for a truck", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Truck fleet", trust=tg.Trust.UNTRUSTED):
    # The refrigeration unit on each trailer; it runs the compressor and defrost heater.
    reefer = tm.add(
        tg.Device(
            "Reefer unit controller",
            fleet=True,
            description="Manufacturer's microprocessor controller on each trailer's reefer.",
            controls={
                c.SafetyLimits(
                    limits="accepts setpoints only within -30 to +30 C; defrost ends on "
                    "coil temperature or after 45 min",
                    note="the unit's factory operating range, not the load's limits",
                )
            },
        )
    )
    # Cellular box in the cab that reads the reefer over its serial link and relays commands.
    gateway = tm.add(
        tg.Device(
            "Telematics gateway",
            fleet=True,
            description="Vendor-supplied cellular telematics unit, one per truck.",
        )
    )
    # Drivers can still change the setpoint by hand on the reefer's panel.
    driver = tm.add(tg.Actor("Driver", role="driver"))

with tm.boundary("Telematics vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's SaaS: stores telemetry, raises alarms and exposes a remote-command API.
    platform = tm.add(
        tg.ExternalService(
            "Telematics platform",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="Fleet telemetry history, threshold alarms and a REST API for "
            "remote reefer commands.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that drives the agent's decisions.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("Distributor cloud account", trust=tg.Trust.INTERNAL):
    # Pulls telemetry every minute and receives the platform's alarm pushes.
    ingestion = tm.add(
        tg.Service(
            "Telemetry ingestion service",
            description="Polls the platform API and receives its alarm webhooks.",
        )
    )
    # Time-series history the agent and the console read.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry store",
            stores={telemetry},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Copy of each active load's limits and route, synced from the TMS.
    shipment_db = tm.add(tg.DataStore("Shipment database", stores={cargo_limits}))
    # The LLM agent: decides when to move a setpoint or shift a defrost cycle.
    agent = tm.add(
        tg.Agent(
            "Reefer setpoint agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs on every alarm and every 5 minutes per active truck; "
            "changes setpoints and defrost cycles itself and alerts dispatchers.",
            controls={c.AuditLogging(retention_days=365, note="log of every command it sent")},
        )
    )
    # Read-only lookup of a truck's recent telemetry and its load's limits.
    status_tool = tm.add(tg.Tool("Truck status tool", capabilities={"read"}, origin="first-party"))
    # Sends setpoint and defrost commands through the vendor's remote-command API.
    command_tool = tm.add(
        tg.Tool(
            "Reefer command tool",
            capabilities={"write"},
            origin="first-party",
            description="Wraps the platform's remote-command endpoint with our fleet API key.",
            controls={c.SecretsManagement(note="fleet API key in the cloud secrets vault")},
        )
    )
    # Posts excursion alerts to the dispatch console and by SMS.
    alert_tool = tm.add(
        tg.Tool("Dispatcher alert tool", capabilities={"send-messages"}, origin="first-party")
    )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Source of truth for loads, customers' temperature requirements and routes.
    tms = tm.add(
        tg.DataSource(
            "Transport management system",
            origin=tg.Origin.INTERNAL,
            provides={cargo_limits},
        )
    )
    # Web app where dispatchers see alerts, temperatures and agent actions.
    console = tm.add(
        tg.Service(
            "Dispatch console",
            controls={
                c.Authentication(method="company SSO with MFA"),
                c.RBAC(),
            },
        )
    )
    # Dispatchers handle excursions, call drivers and can pause the agent per truck.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# On the truck
tm.flow(reefer, gateway, telemetry, label="serial link")
tm.flow(gateway, reefer, setpoint_command, label="serial link")
tm.flow(driver, reefer, setpoint_command, label="manual setpoint on the unit panel")

# Truck to vendor cloud
tm.flow(gateway, platform, telemetry, protocol="tls", label="MQTT over TLS, cellular")
tm.flow(platform, gateway, setpoint_command, protocol="tls", label="remote command, cellular")

# Vendor cloud to our account
tm.flow(ingestion, platform, telemetry_query, protocol="https", label="telemetry API poll")
tm.flow(platform, ingestion, telemetry, protocol="https", label="telemetry API response")
tm.flow(platform, ingestion, excursion_alarm, protocol="https", label="alarm webhook")
tm.flow(ingestion, telemetry_db, telemetry)
tm.flow(ingestion, agent, excursion_alarm, label="wake agent for the truck")

# Loads and limits
tm.flow(tms, shipment_db, cargo_limits, protocol="https", label="load sync")

# Agent reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, status_tool, telemetry_query)
tm.flow(telemetry_db, status_tool, telemetry)
tm.flow(shipment_db, status_tool, cargo_limits)
tm.flow(status_tool, agent, telemetry_result)

# Agent acting
tm.flow(agent, command_tool, setpoint_call)
tm.flow(command_tool, platform, setpoint_command, protocol="https", label="remote-command API")
tm.flow(platform, command_tool, command_ack, protocol="https")
tm.flow(command_tool, agent, command_ack)
tm.flow(agent, alert_tool, alert)
tm.flow(alert_tool, console, alert, protocol="https")
tm.flow(alert_tool, dispatcher, alert, label="SMS")

# Dispatchers
tm.flow(telemetry_db, console, telemetry, protocol="https")
tm.flow(console, dispatcher, alert, protocol="https")
tm.flow(dispatcher, console, pause_instruction, protocol="https")
tm.flow(console, agent, pause_instruction, protocol="https")
