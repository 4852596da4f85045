"""Rural demand-responsive bus booking: the first design, before any security review.

A county council runs an on-demand minibus service for villages with no fixed
route. Passengers book a ride (pickup point, time window, wheelchair or other
assistance needs) either in the council's booking app or by phone, where a voice
agent in the council's cloud tenancy, using a vendor-hosted LLM, takes the booking
through a booking tool. Callers are recognised by the number they call from. A
run planner, every few minutes, asks an in-house routing model to group open
bookings into vehicle runs; drivers of the contracted bus operator see their runs
on a council-issued cab tablet and mark pickups and no-shows. Control-room staff
move bookings between runs during the day. Confirmations go out by SMS.
Controls in this design: TLS on every network link, app sign-in with an SMS code,
council SSO with MFA and roles for the control room, booking rules enforced by the
booking service, a turn limit on the voice agent and encrypted booking storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rural demand-responsive bus booking",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Phone voice agent and app bookings for a council's on-demand rural bus, "
    "grouped into runs by a routing model and driven from cab tablets.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Caller speech audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The passenger's voice and the agent's synthesised replies on the call.",
)
utterance = tg.Data(
    "Transcribed caller utterance",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Speech-to-text of what the caller said, with the caller's phone number.",
)
agent_reply = tg.Data("Agent reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System instructions, the call so far and booking tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
booking_call = tg.Data(
    "Booking tool call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Find slots, create, change or cancel a booking for the caller.",
)
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
booking_request = tg.Data(
    "Booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pickup and drop-off points, time window, passenger count, assistance needs.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
passenger_records = tg.Data(
    "Passenger profiles and bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Name, phone number, home address, concession pass number, trip history.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
assistance_needs = tg.Data(
    "Passenger assistance needs",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Wheelchair use, mobility aids, travelling with a carer: health-related.",
)
open_bookings = tg.Data(
    "Open bookings for planning", sensitivity=tg.Sensitivity.PII, kind="features"
)
proposed_runs = tg.Data(
    "Proposed run assignments", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
run_manifest = tg.Data(
    "Run manifest",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="A driver's ordered stops with passenger first names, addresses and needs.",
)
trip_status = tg.Data(
    "Trip status updates",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Pickup done, no-show, vehicle position and delay, from the cab tablet.",
)
run_change = tg.Data(
    "Run change",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="A control-room move of a booking to another run or time.",
)
sms_text = tg.Data("Confirmation SMS", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Public and phone network", trust=tg.Trust.UNTRUSTED):
    # Residents of the service area, many elderly or without a smartphone.
    passenger = tm.add(tg.Actor("Passenger", role="resident booking a ride"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Hosted contact-centre platform: answers the booking number, runs speech-to-text
    # and text-to-speech, and streams the call to our voice agent.
    telephony = tm.add(
        tg.ExternalService(
            "Telephony and speech platform",
            provides=tg.ExternalCategory.GENERIC,
            description="Cloud telephony with speech recognition and synthesis.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model the voice agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway for booking confirmations and "bus is 5 minutes away" texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public API behind the passenger app.
    booking_api = tm.add(
        tg.Endpoint(
            "Passenger booking API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="phone number and SMS one-time code at each sign-in"),
            },
        )
    )
    # The LLM agent that holds the phone conversation and books through its tool.
    voice_agent = tm.add(
        tg.Agent(
            "Voice booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Takes bookings, changes and cancellations over the phone.",
            controls={
                c.CircuitBreaker(max_steps=30, note="call handed to control room after 30 turns")
            },
        )
    )
    # The agent's only way to touch bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            origin=tg.ToolOrigin.FIRST_PARTY,
            controls={
                c.Authentication(method="caller's phone number matched to the passenger record"),
            },
        )
    )
    # System of record for passengers and bookings; applies the service rules.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            controls={
                c.PolicyEnforcement(
                    rules="refuses pickups outside the service zone or hours and "
                    "bookings with no free seat or wheelchair space"
                ),
                c.AuditLogging(),
            },
        )
    )
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={passenger_records, assistance_needs, run_manifest},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Scheduler that re-plans runs every few minutes from open bookings.
    run_planner = tm.add(tg.Service("Run planner"))
    # In-house vehicle-routing model: clusters bookings into runs and orders stops.
    routing_model = tm.add(
        tg.Model(
            "Routing model",
            task=tg.Task.RANKER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Groups bookings into vehicle runs and orders the stops.",
        )
    )
    # Web console the control room uses to see and change runs.
    control_console = tm.add(
        tg.Service(
            "Control room console",
            controls={c.Authentication(method="council SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Council control room", trust=tg.Trust.INTERNAL):
    # Council transport staff who adjust runs through the day.
    controller = tm.add(tg.Actor("Control room controller", role="transport operations staff"))

with tm.boundary("Bus operator vehicles", trust=tg.Trust.PARTNER):
    # Council-issued tablet in each minibus, on the mobile network.
    cab_tablet = tm.add(
        tg.Device(
            "Driver cab tablet",
            fleet=True,
            controls={c.Authentication(method="driver's own PIN on the council-issued tablet")},
        )
    )
    # Drivers employed by the contracted bus operator.
    driver = tm.add(tg.Actor("Bus driver", role="contracted operator's driver"))

# ---------------------------------------------------------------- flows
# Phone bookings
tm.flow(passenger, telephony, call_audio, protocol="pstn", label="calls booking line")
tm.flow(telephony, passenger, call_audio, protocol="pstn", label="agent speech")
tm.flow(telephony, voice_agent, utterance, protocol="wss")
tm.flow(voice_agent, telephony, agent_reply, protocol="wss")
tm.flow(voice_agent, llm, llm_prompt, protocol="https")
tm.flow(llm, voice_agent, llm_completion, protocol="https")
tm.flow(voice_agent, booking_tool, booking_call)
tm.flow(booking_tool, voice_agent, booking_result)
tm.flow(booking_tool, booking_service, booking_request, protocol="https")
tm.flow(booking_service, booking_tool, booking_confirmation, protocol="https")

# App bookings
tm.flow(passenger, booking_api, booking_request, protocol="https")
tm.flow(booking_api, passenger, booking_confirmation, protocol="https")
tm.flow(booking_api, booking_service, booking_request, protocol="https")
tm.flow(booking_service, booking_api, booking_confirmation, protocol="https")

# Booking store and notifications
tm.flow(booking_service, booking_db, passenger_records, assistance_needs)
tm.flow(booking_db, booking_service, passenger_records, assistance_needs, run_manifest)
tm.flow(booking_service, sms_gateway, sms_text, protocol="https")
tm.flow(sms_gateway, passenger, sms_text, protocol="sms")

# Run planning
tm.flow(booking_db, run_planner, open_bookings, label="every 5 minutes")
tm.flow(run_planner, routing_model, open_bookings)
tm.flow(routing_model, run_planner, proposed_runs)
tm.flow(run_planner, booking_db, run_manifest)

# Drivers
tm.flow(booking_service, cab_tablet, run_manifest, protocol="https")
tm.flow(cab_tablet, booking_service, trip_status, protocol="https")
tm.flow(cab_tablet, driver, run_manifest, label="on the touchscreen")
tm.flow(driver, cab_tablet, trip_status, label="on the touchscreen")

# Control room
tm.flow(controller, control_console, run_change, protocol="https")
tm.flow(control_console, controller, run_manifest, trip_status, protocol="https")
tm.flow(control_console, booking_service, run_change, protocol="https")
tm.flow(booking_service, control_console, run_manifest, trip_status, protocol="https")
