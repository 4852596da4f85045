"""Farm park tractor rides: booking agent and trailer gate start signal, first design.

A family farm park in England sells tractor trailer rides on its website; visitors
pay through the payment provider's hosted checkout and can chat with a booking
agent to move, resize or cancel a ride booking, giving their booking reference and
e-mail address. The agent (a hosted LLM behind our orchestration, in the park's
cloud account) works through a booking tool and a boarding list tool over the
booking database and the ride timetable the park manager keeps. At the yard, a
sensor on the trailer's rear gate reports over the park Wi-Fi whether the gate is
latched, and the driver marks the headcount and "ready" on a cab tablet. A ride
dispatch service passes both to the agent, which closes the boarding list and
sends the departure clearance back to the cab tablet. The website is rate limited,
the agent stops after a fixed number of steps, tablets sign in with their own API
key and the booking database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Farm park tractor ride booking agent and gate start signal",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Online tractor-ride bookings managed by an LLM agent, which also releases each "
        "ride once the trailer gate sensor and the driver's cab tablet say it may start."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Ride booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Lead visitor's name, e-mail, party size, children's ages and wheelchair space.",
)
chat_message = tg.Data("Visitor chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
bookings = tg.Data(
    "Ride bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
timetable = tg.Data(
    "Ride timetable and trailer capacity", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking_call = tg.Data("Booking tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
boarding_call = tg.Data("Boarding list tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
boarding_result = tg.Data(
    "Boarding list tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
boarding_list = tg.Data(
    "Boarding list",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, party sizes and wheelchair spaces for one ride.",
)
check_ins = tg.Data("Boarding check-ins", sensitivity=tg.Sensitivity.PII, kind="records")
gate_reading = tg.Data(
    "Gate latch reading",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
driver_ready = tg.Data(
    "Driver ready and headcount", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
readiness = tg.Data("Ride readiness status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
clearance = tg.Data(
    "Departure clearance",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Families booking rides from home or from their phones in the car park.
    visitor = tm.add(tg.Actor("Visitor", role="park visitor"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout for ride tickets; tells us when a booking is paid.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Hosted checkout and payment webhooks.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Park cloud account", trust=tg.Trust.INTERNAL):
    # Public booking pages and the chat widget.
    site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Manages bookings and boarding lists and releases each ride.
    agent = tm.add(
        tg.Agent(
            "Ride booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Changes bookings for visitors, builds boarding lists, releases rides.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads and changes bookings for the visitor in the chat.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # Builds each ride's boarding list and pushes it to the cab tablet.
    boarding_tool = tm.add(
        tg.Tool("Boarding list tool", capabilities={"read", "write", "send-messages"})
    )
    # Every booking, paid or not.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, check_ins},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Ride times and how many seats each trailer has.
    timetable_store = tm.add(tg.DataStore("Ride timetable settings", stores={timetable}))
    # Collects the gate and tablet signals and relays the agent's clearance to the cab.
    dispatch = tm.add(
        tg.Service(
            "Ride dispatch service",
            controls={c.Authentication(method="per-tablet API key")},
        )
    )

with tm.boundary("Farm park yard", trust=tg.Trust.INTERNAL):
    # Reports whether the trailer's rear gate is latched.
    gate_sensor = tm.add(tg.Device("Trailer gate sensor", fleet=True))
    # The driver's tablet in the tractor cab: boarding list, headcount, ready, clearance.
    cab_tablet = tm.add(tg.Device("Driver cab tablet", fleet=True))
    # Drives the tractor and checks visitors on board.
    driver = tm.add(tg.Actor("Tractor driver", role="ride driver"))
    # Sets the ride timetable and trailer capacities.
    manager = tm.add(tg.Actor("Park manager", role="park manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(visitor, site, booking_request, chat_message, protocol="https")
tm.flow(site, visitor, agent_reply, bookings, protocol="https")
tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, site, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(site, booking_db, bookings, label="paid bookings")

tm.flow(site, agent, chat_message)
tm.flow(agent, site, agent_reply)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(timetable_store, booking_tool, timetable)
tm.flow(manager, timetable_store, timetable, protocol="https")

tm.flow(agent, boarding_tool, boarding_call)
tm.flow(boarding_tool, agent, boarding_result)
tm.flow(booking_db, boarding_tool, bookings, check_ins)
tm.flow(boarding_tool, booking_db, check_ins)
tm.flow(boarding_tool, cab_tablet, boarding_list, protocol="https")
tm.flow(cab_tablet, boarding_tool, check_ins, protocol="https")

tm.flow(gate_sensor, dispatch, gate_reading, protocol="mqtt", label="park Wi-Fi")
tm.flow(driver, cab_tablet, driver_ready, check_ins, label="headcount and ready")
tm.flow(cab_tablet, dispatch, driver_ready, protocol="https")
tm.flow(dispatch, agent, readiness)
tm.flow(agent, dispatch, clearance)
tm.flow(dispatch, cab_tablet, clearance, protocol="https")
tm.flow(cab_tablet, driver, boarding_list, clearance)
