"""Forklift battery swap scheduling agent: the first design, before any security review.

A distribution centre runs about sixty electric reach trucks and counterbalance
forklifts on two shifts. Each truck's telematics unit reports battery state of
charge, temperature and the logged-in operator to the telematics vendor's cloud;
our ingest service polls the vendor's API and pulls the nightly shift plan from the
labour management system. Every fifteen minutes an LLM agent in our operations
cloud reads the fleet state, decides which trucks should swap or opportunity-charge
next, reserves bays on the battery room's charger management server and messages
the drivers on their vehicle-mounted terminals; drivers can accept or ask to defer.
Shift supervisors watch the schedule and post overrides on a dashboard behind
corporate SSO. Controls in this design: TLS on every network hop, a step limit and
logging on the agent, a reservation-only key for the charger API, schema checks at
ingest and encryption of the fleet state store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Forklift battery swap scheduling agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that schedules forklift battery swaps and charger bays and "
    "messages drivers, at an EU distribution centre.",
)

# ---------------------------------------------------------------- data assets
telemetry = tg.Data(
    "Truck battery telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per truck: state of charge, battery temperature, hour meter and the "
    "badge ID of the operator logged in.",
)
shift_plan = tg.Data(
    "Shift plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Driver names, shift times, breaks and truck assignments.",
)
fleet_query = tg.Data("Fleet lookup query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
fleet_context = tg.Data(
    "Fleet and shift context",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Charge level, runtime left and assigned driver for each truck.",
)
prompt = tg.Data(
    "Scheduling prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Scheduling instructions, fleet context, charger status, supervisor "
    "overrides and driver replies.",
)
completion = tg.Data("Planned tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII)
bay_reservation = tg.Data(
    "Charger bay reservation", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
charger_status = tg.Data(
    "Charger bay status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which bays are free, which spare batteries are charged and cooled.",
)
message_request = tg.Data("Swap message request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
swap_message = tg.Data(
    "Swap instruction message",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="'Truck 23: swap at bay 4 before 10:40' addressed to the driver.",
)
driver_reply = tg.Data(
    "Driver reply",
    sensitivity=tg.Sensitivity.PII,
    description="Accept, defer 30 minutes, or a short free-text note typed on the terminal.",
)
schedule = tg.Data("Swap schedule", kind="records", sensitivity=tg.Sensitivity.PII)
override = tg.Data(
    "Supervisor override",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Truck out of service, hold swaps until a time, bay closed for cleaning.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Distribution centre site network", trust=tg.Trust.INTERNAL):
    # The people whose trucks are scheduled; they read and answer the swap messages.
    driver = tm.add(tg.Actor("Forklift driver", role="warehouse operative"))
    # Runs the shift; watches the schedule and overrides it when the floor changes.
    supervisor = tm.add(tg.Actor("Shift supervisor", role="shift supervisor"))
    # Touchscreen terminal on each truck where drivers get swap messages.
    terminal = tm.add(
        tg.Device(
            "Vehicle-mounted terminal",
            description="Rugged Android terminal on each truck, on the site Wi-Fi.",
        )
    )
    # The vendor's telematics box on each truck; reports battery readings over LTE.
    telematics_unit = tm.add(
        tg.Device(
            "Truck telematics unit",
            description="Battery monitor and badge reader wired to the truck's CAN bus.",
        )
    )
    # The battery room's charger management server: it knows and reserves charger bays.
    charger_server = tm.add(
        tg.Service(
            "Charger management server",
            description="Vendor software in the battery room that assigns charger bays.",
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Where shift plans are made; exports the next day's plan every night.
    lms = tm.add(
        tg.DataSource(
            "Labour management system",
            origin=tg.Origin.INTERNAL,
            provides={shift_plan},
        )
    )

with tm.boundary("Telematics vendor cloud", trust=tg.Trust.PARTNER):
    # The truck vendor's fleet platform; we read battery telemetry from its API.
    telematics_platform = tm.add(
        tg.ExternalService("Telematics vendor platform", provides="data-provider")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model that plans the swaps and writes the messages.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Operations cloud", trust=tg.Trust.INTERNAL):
    # Polls the telematics API and loads the shift plan into the fleet state store.
    ingest = tm.add(
        tg.Service(
            "Fleet ingest service",
            controls={
                c.SchemaEnforcement(note="telemetry and shift plan rows checked against a schema"),
                c.SecretsManagement(note="telematics API key in the cloud secrets manager"),
            },
        )
    )
    # Current battery state per truck and today's shift plan.
    fleet_store = tm.add(
        tg.DataStore(
            "Fleet state store",
            stores={telemetry, shift_plan},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The agent itself: runs every 15 minutes and decides who swaps when.
    agent = tm.add(
        tg.Agent(
            "Battery swap scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(retention_days=90, note="prompts and tool calls"),
            },
        )
    )
    # Read-only tool: charge levels, runtime left and assigned drivers.
    fleet_tool = tm.add(tg.Tool("Fleet lookup tool", capabilities={"read"}))
    # Reserves and releases charger bays on the battery room server.
    bay_tool = tm.add(
        tg.Tool(
            "Charger bay booking tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="API key can only reserve and release bays")},
        )
    )
    # Sends swap messages to a truck's terminal and collects the driver's reply.
    message_tool = tm.add(tg.Tool("Driver messaging tool", capabilities={"send-messages", "read"}))
    # The schedule the agent keeps, with the supervisors' overrides.
    schedule_store = tm.add(tg.DataStore("Swap schedule store", stores={schedule, override}))
    # Supervisors' web dashboard for the schedule and overrides.
    dashboard = tm.add(
        tg.Endpoint(
            "Supervisor dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO with MFA"),
                c.RBAC(note="supervisors of this site only"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Telemetry and shift plan in
tm.flow(telematics_unit, telematics_platform, telemetry, protocol="tls", label="LTE uplink")
tm.flow(ingest, telematics_platform, fleet_query, protocol="https", label="poll every 5 min")
tm.flow(telematics_platform, ingest, telemetry, protocol="https")
tm.flow(lms, ingest, shift_plan, protocol="sftp", label="nightly export")
tm.flow(ingest, fleet_store, telemetry, shift_plan)

# The agent's loop
tm.flow(agent, fleet_tool, fleet_query)
tm.flow(fleet_tool, fleet_store, fleet_query)
tm.flow(fleet_store, fleet_tool, fleet_context)
tm.flow(fleet_tool, agent, fleet_context)
tm.flow(schedule_store, agent, schedule, override, label="current schedule and overrides")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, bay_tool, bay_reservation)
tm.flow(bay_tool, charger_server, bay_reservation, protocol="https", label="over site VPN")
tm.flow(charger_server, bay_tool, charger_status, protocol="https", label="over site VPN")
tm.flow(bay_tool, agent, charger_status)
tm.flow(agent, message_tool, message_request)
tm.flow(agent, schedule_store, schedule)

# Drivers
tm.flow(message_tool, terminal, swap_message, protocol="https")
tm.flow(terminal, driver, swap_message, label="on the terminal touchscreen")
tm.flow(driver, terminal, driver_reply, label="on the terminal touchscreen")
tm.flow(terminal, message_tool, driver_reply, protocol="https")
tm.flow(message_tool, agent, driver_reply)

# Supervisors
tm.flow(schedule_store, dashboard, schedule, override)
tm.flow(dashboard, supervisor, schedule, protocol="https")
tm.flow(supervisor, dashboard, override, protocol="https")
tm.flow(dashboard, schedule_store, override)
