"""Cargo bike courier cooperative: dispatch agent and battery swap lockers (first design).

A city cargo bike courier cooperative (riders are members, based in an EU city)
delivers parcels for local shops. Shops post delivery orders to our dispatch API;
an LLM dispatch agent in our cloud account assigns each order to a rider, picks
the smart locker where the rider should swap their e-bike battery on the way, and
asks the unlock tool for a one-time door code that is pushed to the locker and
shown to the rider in the rider app. The lockers stand on the pavement around the
city, connect over LTE to a managed IoT hub (MQTT over TLS, per-locker X.509
certificates) and report battery charge, temperature and door events. Their
chargers cut off on over-temperature in the locker firmware. Riders sign in to the
app with e-mail and password; shops use an API key; the dispatcher on shift
watches a dashboard behind the cooperative's SSO. The agent runs on its own with
a step limit; codes are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cargo bike courier battery swap locker agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that assigns deliveries to cargo bike riders, sends them to "
        "battery swap lockers and issues one-time locker door codes."
    ),
)

# ---------------------------------------------------------------- data assets
delivery_order = tg.Data(
    "Delivery order",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pickup and drop-off addresses, recipient name and phone, parcel size.",
)
delivery_status = tg.Data("Delivery status", kind="records", sensitivity=tg.Sensitivity.PII)
rider_location = tg.Data(
    "Rider location and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS position every 30 s while on shift, battery level of the bike, on/off shift.",
)
rider_instruction = tg.Data(
    "Assignment and locker instruction",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Which order to pick up, the route, and which locker to swap the battery at.",
)
door_code = tg.Data(
    "One-time locker door code",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Six-digit code valid for one door of one locker for 10 minutes.",
)
agent_prompt = tg.Data("Dispatch prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Dispatch completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
assignment_call = tg.Data("Assignment tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
assignment_result = tg.Data(
    "Open orders and rider roster", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
assignments = tg.Data(
    "Delivery assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
locker_query = tg.Data("Locker status query", kind="tool-call")
locker_status = tg.Data(
    "Locker battery status",
    kind="tool-result",
    description="Charged batteries per locker, door state.",
)
unlock_request = tg.Data(
    "Unlock request",
    kind="tool-call",
    description="Locker id, door number and rider id the code is for.",
)
battery_telemetry = tg.Data(
    "Battery charge and temperature readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
door_events = tg.Data("Locker door events", kind="logs", sensitivity=tg.Sensitivity.PII)
override = tg.Data("Dispatcher reassignment", kind="records", sensitivity=tg.Sensitivity.PII)
dashboard = tg.Data("Dispatch dashboard view", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local shops that book deliveries from their web shop or till system.
    shop = tm.add(tg.Actor("Shop backend", role="merchant", human=False))
    # Cooperative members riding cargo bikes.
    rider = tm.add(tg.Actor("Rider", role="courier"))
    # The rider's own phone running our app; reports position, shows jobs and codes.
    rider_app = tm.add(
        tg.Device(
            "Rider phone app",
            fleet=True,
            description="Android/iOS app on the rider's own smartphone.",
        )
    )

with tm.boundary("Street lockers", trust=tg.Trust.UNTRUSTED):
    # Battery swap lockers bolted to the pavement: anyone can touch them.
    locker = tm.add(
        tg.Device(
            "Battery swap locker",
            fleet=True,
            description=(
                "Twelve-door charging locker with keypad and LTE modem; charges "
                "swappable e-bike batteries and opens a door for a valid code."
            ),
            controls={
                c.SafetyLimits(limits="charger firmware cuts charging above 55 °C cell temperature")
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cooperative cloud", trust=tg.Trust.INTERNAL):
    # Single API for shops, the rider app and the dispatcher dashboard.
    dispatch_api = tm.add(
        tg.Endpoint(
            "Dispatch API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="shop API key; riders e-mail and password; dispatcher SSO"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # The LLM agent that plans assignments and battery swaps.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Assigns orders, picks swap lockers and requests door codes on its own.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads open orders and riders, writes assignments.
    assignment_tool = tm.add(
        tg.Tool("Assignment tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Reads the latest locker battery state for the agent.
    locker_status_tool = tm.add(
        tg.Tool("Locker status tool", capabilities={"read"}, origin="first-party")
    )
    # Generates a one-time door code and pushes it to the locker.
    unlock_tool = tm.add(
        tg.Tool(
            "Locker unlock tool",
            capabilities={"write"},
            origin="first-party",
            description="Creates a one-time code for one door and sends it to the locker via the IoT hub.",
            controls={c.AuditLogging(retention_days=90)},
        )
    )
    # Orders, riders, assignments and delivery history.
    dispatch_db = tm.add(
        tg.DataStore(
            "Dispatch database",
            stores={delivery_order, rider_location, assignments},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Managed MQTT broker the lockers connect to.
    iot_hub = tm.add(tg.Service("Locker IoT hub"))
    # Time series of locker readings and door events.
    telemetry_store = tm.add(
        tg.DataStore("Locker telemetry store", stores={battery_telemetry, door_events})
    )

with tm.boundary("Cooperative office", trust=tg.Trust.INTERNAL):
    # Staff member on shift who watches the board and reassigns by hand.
    dispatcher = tm.add(tg.Actor("Dispatcher", role="dispatcher"))

# ---------------------------------------------------------------- flows
# shops
tm.flow(shop, dispatch_api, delivery_order, protocol="https")
tm.flow(dispatch_api, shop, delivery_status, protocol="https")

# riders
tm.flow(rider, rider_app, rider_location, label="goes on shift in the app")
tm.flow(rider_app, dispatch_api, rider_location, protocol="https")
tm.flow(dispatch_api, rider_app, rider_instruction, door_code, protocol="https")
tm.flow(rider_app, rider, rider_instruction, door_code, label="shown on screen")
tm.flow(rider, locker, door_code, label="typed on the locker keypad")

# API <-> database and agent
tm.flow(dispatch_api, dispatch_db, delivery_order, rider_location)
tm.flow(dispatch_db, dispatch_api, delivery_status, assignments)
tm.flow(dispatch_api, agent, delivery_order, rider_location, label="new order or rider event")
tm.flow(agent, dispatch_api, rider_instruction, door_code)

# agent <-> LLM
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# agent tools
tm.flow(agent, assignment_tool, assignment_call)
tm.flow(assignment_tool, agent, assignment_result)
tm.flow(assignment_tool, dispatch_db, assignments)
tm.flow(dispatch_db, assignment_tool, delivery_order, rider_location)

tm.flow(agent, locker_status_tool, locker_query)
tm.flow(locker_status_tool, agent, locker_status)
tm.flow(telemetry_store, locker_status_tool, battery_telemetry)

tm.flow(agent, unlock_tool, unlock_request)
tm.flow(unlock_tool, agent, door_code)
tm.flow(unlock_tool, iot_hub, door_code)

# lockers
tm.flow(
    iot_hub,
    locker,
    door_code,
    protocol="MQTT over TLS",
    controls={c.MutualAuthentication(note="per-locker X.509 device certificates")},
)
tm.flow(
    locker,
    iot_hub,
    battery_telemetry,
    door_events,
    protocol="MQTT over TLS",
    controls={c.MutualAuthentication(note="per-locker X.509 device certificates")},
)
tm.flow(iot_hub, telemetry_store, battery_telemetry, door_events)

# dispatcher
tm.flow(dispatcher, dispatch_api, override, protocol="https")
tm.flow(dispatch_api, dispatcher, dashboard, protocol="https")
