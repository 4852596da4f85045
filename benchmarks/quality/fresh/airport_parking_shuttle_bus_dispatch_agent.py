"""Airport parking shuttle dispatch agent: the first design, before any security review.

The operator of the airport's long-stay and valet car parks runs a fleet of shuttle
buses between the car parks and the terminals. Passengers ask for a pickup in the
parking app (car park zone, party size, luggage, a note for the driver). A dispatch
agent, built on a hosted LLM, runs in the operator's cloud: it reads the airport's
flight arrivals, the buses' GPS positions from the telematics vendor and the queue of
pickup requests, assigns buses to pickups in the dispatch database and messages the
drivers on their in-cab tablets, reading their replies (bus full, on break, delayed).
The dispatch supervisor watches the board in an operations console and can override
any assignment. Passengers sign in to the app with an e-mail and password; the API is
rate limited; the console uses the company's SSO with MFA; tablets are MDM-enrolled.
Passenger data is EU personal data (GDPR).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airport parking shuttle bus dispatch agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM agent that dispatches car-park shuttle buses and messages their drivers.",
)

# ---------------------------------------------------------------- data assets
pickup_request = tg.Data(
    "Pickup request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, mobile number, booking reference, car park zone, "
    "party size, luggage and a free-text note for the driver.",
)
pickup_status = tg.Data(
    "Pickup status and ETA",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Assigned bus, stop and estimated pickup time for one passenger.",
)
arrivals = tg.Data(
    "Flight arrivals",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Scheduled and estimated arrival times, stand and baggage belt.",
)
gps = tg.Data(
    "Bus GPS positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Position, speed and ignition state of each bus every 15 seconds.",
)
pickup_queue = tg.Data(
    "Pickup queue and bus assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Open pickup requests with the buses currently assigned to them.",
)
prompt = tg.Data(
    "Dispatch prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, arrivals, bus positions, open requests and driver replies.",
)
completion = tg.Data("Dispatch plan", kind="model-output", sensitivity=tg.Sensitivity.PII)
assign_call = tg.Data("Bus assignment call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
assign_result = tg.Data(
    "Assignment result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
assignments = tg.Data(
    "Bus assignments",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
driver_message_call = tg.Data(
    "Driver message call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
driver_message = tg.Data(
    "Driver dispatch message",
    kind="instructions",
    sensitivity=tg.Sensitivity.PII,
    description="Free text written by the agent: where to go, whom to pick up, by when.",
)
driver_reply = tg.Data(
    "Driver reply",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Acknowledgement or status typed or tapped by the driver.",
)
reply_result = tg.Data(
    "Driver replies to agent", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
agent_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)
override = tg.Data("Supervisor override", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
board = tg.Data("Dispatch board", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who parks with us, or downloads the app, can send pickup requests.
    passenger = tm.add(tg.Actor("Passenger", role="car park customer"))
    # The operator's app on passengers' own phones.
    app = tm.add(tg.Device("Parking app", description="iOS and Android app on passengers' phones."))

with tm.boundary("Airport operator", trust=tg.Trust.PARTNER):
    # The airport's published flight information API: drives when demand will peak.
    flights = tm.add(
        tg.ExternalService(
            "Airport flight information API",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # The vendor's platform collects the trackers' positions and serves them by API.
    telematics = tm.add(
        tg.ExternalService("Bus telematics platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Shuttle fleet", trust=tg.Trust.INTERNAL):
    # GPS trackers fitted in each bus by the telematics vendor.
    trackers = tm.add(tg.Device("Bus GPS trackers"))
    # MDM-managed tablets in each cab: where drivers get their jobs.
    tablets = tm.add(
        tg.Device("In-cab driver tablets", description="MDM-enrolled Android tablets in each cab.")
    )
    driver = tm.add(tg.Actor("Shuttle driver", role="driver"))

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Backend the parking app calls to request a pickup and follow its ETA.
    pickup_api = tm.add(
        tg.Endpoint(
            "Pickup request API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="app account with e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="schema check of zone, party size and note length"),
            },
        )
    )
    # The LLM agent that decides which bus goes where and tells the drivers.
    agent = tm.add(
        tg.Agent(
            "Shuttle dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Re-plans every minute or on a new request; dispatches without approval.",
            controls={
                c.CircuitBreaker(max_steps=25),
                c.SecretsManagement(note="LLM and telematics API keys in the cloud secret manager"),
                c.AuditLogging(retention_days=90),
            },
        )
    )
    # Writes the agent's assignments to the dispatch database.
    assign_tool = tm.add(
        tg.Tool(
            "Bus assignment tool",
            capabilities={"read", "write"},
            description="Creates, moves or cancels the assignment of a bus to a pickup.",
        )
    )
    # Delivers the agent's messages to the cab tablets and returns drivers' replies.
    message_tool = tm.add(
        tg.Tool(
            "Driver messaging tool",
            capabilities={"send-messages", "read"},
            controls={
                c.Authentication(method="MDM-issued per-tablet device certificate"),
            },
        )
    )
    # Pickups, assignments and the agent's log: the single source of truth for dispatch.
    dispatch_db = tm.add(
        tg.DataStore(
            "Dispatch database",
            stores={pickup_request, assignments, agent_log},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Web console where the supervisor watches the board and overrides the agent.
    console = tm.add(
        tg.Endpoint(
            "Operations console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Operator office", trust=tg.Trust.INTERNAL):
    supervisor = tm.add(tg.Actor("Dispatch supervisor", role="operations staff"))

# ---------------------------------------------------------------- flows
# Passenger requests a pickup and follows it.
tm.flow(passenger, app, pickup_request, label="typed in the app")
tm.flow(app, pickup_api, pickup_request, protocol="https")
tm.flow(pickup_api, dispatch_db, pickup_request)
tm.flow(dispatch_db, pickup_api, pickup_status)
tm.flow(pickup_api, app, pickup_status, protocol="https")
tm.flow(app, passenger, pickup_status, label="shown in the app")

# What the agent reads.
tm.flow(flights, agent, arrivals, protocol="https", label="polled every minute")
tm.flow(trackers, telematics, gps, protocol="https", label="over cellular")
tm.flow(telematics, agent, gps, protocol="https", label="polled every 15 s")
tm.flow(dispatch_db, agent, pickup_queue)

# The agent reasons with the hosted LLM.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# The agent assigns buses.
tm.flow(agent, assign_tool, assign_call)
tm.flow(assign_tool, dispatch_db, assignments)
tm.flow(assign_tool, agent, assign_result)
tm.flow(agent, dispatch_db, agent_log)

# The agent messages drivers and reads their replies.
tm.flow(agent, message_tool, driver_message_call)
tm.flow(message_tool, tablets, driver_message, protocol="wss")
tm.flow(tablets, driver, driver_message, label="shown on the tablet")
tm.flow(driver, tablets, driver_reply, label="tapped on the tablet")
tm.flow(tablets, message_tool, driver_reply, protocol="wss")
tm.flow(message_tool, agent, reply_result)

# The supervisor watches and overrides.
tm.flow(dispatch_db, console, board)
tm.flow(console, supervisor, board, protocol="https")
tm.flow(supervisor, console, override, protocol="https")
tm.flow(console, dispatch_db, override, assignments)
