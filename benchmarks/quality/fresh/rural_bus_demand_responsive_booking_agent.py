"""Rural demand-responsive bus booking agent: the first design, before any security review.

The county council runs bookable minibuses in rural areas. Passengers book by
phone (a call-centre clerk uses the staff booking console) or in the council's app
and web chat, where an LLM agent in the council's cloud takes the booking: it checks
concessionary-fare eligibility against the council's pass database, asks the routing
optimiser for pick-up times, and books the seat, recording any assistance a disabled
passenger asks for. A hosted LLM from a vendor drives the agent. Drivers, employed by
the contracted bus operator, see their route and passenger manifest on a tablet.
Controls: passenger accounts and rate limits on the booking API, the vendor's content
filter, a booking tool that can only add bookings, council SSO with MFA for staff,
and driver sign-in on the manifest API.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rural demand-responsive bus booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM booking agent for council demand-responsive minibuses, with phone bookings and driver tablets.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Passenger chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
pass_lookup = tg.Data(
    "Concession pass lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Pass number, name and date of birth given by the passenger.",
)
eligibility = tg.Data(
    "Concession eligibility status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Valid / expired / not found, and the pass type (older person or disabled person).",
)
pass_records = tg.Data(
    "Concessionary pass holder records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, address, date of birth, pass type including disability eligibility.",
)
trip_request = tg.Data(
    "Trip request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pick-up and drop-off addresses, day and preferred time, number of seats.",
)
pickup_offers = tg.Data(
    "Pick-up time offers", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
booking_request = tg.Data(
    "Seat booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Passenger, trip, fare type and any assistance needs.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Passenger details, trips, fares and assistance needs (wheelchair, help boarding).",
)
manifest = tg.Data(
    "Driver route and manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Stops, times, passenger names and assistance needs for a shift.",
)
trip_status = tg.Data("Trip status updates", kind="records", sensitivity=tg.Sensitivity.PII)
phone_call = tg.Data("Phone booking call", kind="media", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Rural residents booking trips, many of them concessionary pass holders.
    passenger = tm.add(tg.Actor("Passenger", role="passenger"))
    # The council's bus app and the web chat on its website, on passengers' own devices.
    passenger_app = tm.add(tg.Device("Passenger app and web chat", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's built-in content filter")},
        )
    )

with tm.boundary("Council DRT cloud", trust=tg.Trust.INTERNAL):
    # Public API the app and web chat call.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="passenger account: e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that holds the booking conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy="autonomous",
            description="Books once the passenger confirms an offered time in the chat.",
        )
    )
    # Asks the pass system whether a pass is valid and of which type.
    eligibility_tool = tm.add(tg.Tool("Concession eligibility check", capabilities={"read"}))
    # Asks the routing optimiser for feasible pick-up times.
    pickup_tool = tm.add(tg.Tool("Pick-up time lookup", capabilities={"read"}))
    # Writes the booking, fare type and assistance needs.
    booking_tool = tm.add(
        tg.Tool(
            "Seat booking tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="service account can insert bookings only")},
        )
    )
    # Plans vehicle routes from all bookings and offers pick-up windows.
    optimiser = tm.add(tg.Service("Routing optimiser"))
    # All bookings, fares and assistance notes.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Serves each driver's route and manifest to the tablets and takes status updates.
    manifest_api = tm.add(
        tg.Endpoint(
            "Driver manifest API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="driver ID and PIN")},
        )
    )

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # The council's existing concessionary travel pass system.
    pass_db = tm.add(
        tg.DataStore("Concessionary pass database", stores={pass_records}, controls={c.RBAC()})
    )
    # Takes phone bookings.
    clerk = tm.add(tg.Actor("Call-centre booking clerk", role="council staff"))
    # Web console the clerks use for phone bookings.
    console = tm.add(
        tg.Service(
            "Staff booking console",
            controls={c.Authentication(method="council SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Bus operator", trust=tg.Trust.PARTNER):
    # Employed by the contracted minibus operator.
    driver = tm.add(tg.Actor("Minibus driver", role="driver"))
    # Operator-supplied tablet in each minibus.
    tablet = tm.add(tg.Device("Driver tablet", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(passenger, passenger_app, chat_message)
tm.flow(passenger_app, passenger, agent_reply)
tm.flow(passenger_app, booking_api, chat_message, protocol="https")
tm.flow(booking_api, passenger_app, agent_reply, protocol="https")
tm.flow(booking_api, agent, chat_message)
tm.flow(agent, booking_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, eligibility_tool, pass_lookup)
tm.flow(eligibility_tool, agent, eligibility)
tm.flow(eligibility_tool, pass_db, pass_lookup, protocol="https", label="site-to-site VPN")
tm.flow(pass_db, eligibility_tool, pass_records, protocol="https", label="site-to-site VPN")

tm.flow(agent, pickup_tool, trip_request)
tm.flow(pickup_tool, optimiser, trip_request)
tm.flow(optimiser, pickup_tool, pickup_offers)
tm.flow(pickup_tool, agent, pickup_offers)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, bookings_db, bookings)
tm.flow(booking_tool, agent, booking_confirmation)

tm.flow(passenger, clerk, phone_call, protocol="pstn")
tm.flow(clerk, console, trip_request, booking_request)
tm.flow(console, pass_db, pass_lookup)
tm.flow(pass_db, console, pass_records)
tm.flow(console, optimiser, trip_request, protocol="https")
tm.flow(optimiser, console, pickup_offers, protocol="https")
tm.flow(console, bookings_db, bookings, protocol="https")
tm.flow(console, clerk, pickup_offers, booking_confirmation)

tm.flow(bookings_db, optimiser, bookings)
tm.flow(optimiser, manifest_api, manifest)
tm.flow(manifest_api, tablet, manifest, protocol="https")
tm.flow(tablet, manifest_api, trip_status, protocol="https")
tm.flow(manifest_api, bookings_db, trip_status)
tm.flow(tablet, driver, manifest)
tm.flow(driver, tablet, trip_status)
