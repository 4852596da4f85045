"""Minicab office dispatch and fare-estimate agent: the first design, before review.

A licensed minicab (private hire) office in a UK town replaces its night-time phone
desk with an LLM agent. Passengers book by phone or in the office's passenger app.
Calls go through a cloud telephony provider that transcribes the caller and speaks
the agent's replies; app bookings arrive as structured requests at the same API.
The agent, running in the office's cloud account, quotes a fare from the office
tariff and a maps routing API, writes the booking and assigns the nearest free
driver, whose driver app receives the job. Controllers in the office watch a
dispatch console and can reassign any job to another driver. Passengers sign in to
the app with e-mail and password, drivers with their licence number and password,
controllers with their own logins; the console logs reassignments. The agent has a
step limit; the booking database uses the cloud provider's disk encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Minicab office dispatch and fare-estimate agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that takes phone and app bookings, quotes fares and assigns drivers.",
)

# ---------------------------------------------------------------- data assets
caller_speech = tg.Data(
    "Caller speech",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The passenger's voice on the booking call.",
)
call_transcript = tg.Data(
    "Call transcript turns",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of each caller turn, with the caller's number.",
)
spoken_reply = tg.Data("Spoken agent reply", kind="media", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data(
    "Agent reply text",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="What the agent says back: fare quote, pickup time, questions.",
)
app_booking = tg.Data(
    "App booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pickup, destination, time, passenger name and phone number.",
)
confirmation = tg.Data(
    "Booking confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Fare quote, booking reference, driver's name and car registration.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
fare_call = tg.Data("Fare estimate call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
fare_quote = tg.Data("Fare quote", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
route_query = tg.Data(
    "Pickup and destination addresses", kind="records", sensitivity=tg.Sensitivity.PII
)
route_estimate = tg.Data(
    "Route distance and time", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
tariff = tg.Data(
    "Tariff and surcharges",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Per-mile rates, minimum fare, night and airport surcharges.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_call = tg.Data(
    "Create or amend booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
booking_ref = tg.Data("Booking reference", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger names, phone numbers, home and pickup addresses, journeys.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
assign_call = tg.Data("Driver assignment call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
assigned_driver = tg.Data("Assigned driver", kind="tool-result", sensitivity=tg.Sensitivity.PII)
driver_positions = tg.Data(
    "Driver positions and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each signed-in driver's GPS position, status and vehicle.",
)
job_offer = tg.Data(
    "Job offer",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Passenger name, phone number, pickup and destination.",
)
job_response = tg.Data(
    "Job acceptance and status", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
reassignment = tg.Data("Job reassignment", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
job_board = tg.Data("Live job board", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a phone or the app can book a cab.
    passenger = tm.add(tg.Actor("Passenger", role="customer"))
    # Drivers are self-employed and use the office's app on their own phones.
    driver_app = tm.add(
        tg.Device("Driver app", description="The office's app on each driver's own phone.")
    )

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Answers the office number, transcribes callers and speaks the agent's replies.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony provider",
            description="Hosted voice platform with speech-to-text and text-to-speech.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Maps vendor", trust=tg.Trust.PARTNER):
    # Road distance and drive time between two addresses, for the fare.
    maps = tm.add(
        tg.ExternalService("Maps routing API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Office cloud account", trust=tg.Trust.INTERNAL):
    # One entry point for the telephony provider's transcripts and the passenger app.
    booking_api = tm.add(
        tg.Endpoint(
            "Booking API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="passenger app: e-mail and password; telephony provider: API key"
                ),
                c.InputValidation(note="app booking requests are schema-checked"),
            },
        )
    )
    # Talks to the passenger, quotes the fare, books and assigns a driver on its own.
    agent = tm.add(
        tg.Agent(
            "Dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Takes the booking, quotes the fare and assigns a driver; "
            "controllers can reassign afterwards.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Works out the fare from the office tariff and the routing API's distance.
    fare_tool = tm.add(tg.Tool("Fare estimate tool", capabilities={"read"}))
    # The office's rate card, edited by the office manager.
    tariff_table = tm.add(tg.DataStore("Tariff table", stores={tariff}))
    # Creates and amends bookings for the agent.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Picks the nearest free driver and sends them the job.
    assign_tool = tm.add(
        tg.Tool("Driver assignment tool", capabilities={"read", "write", "send-messages"})
    )
    # All bookings, past and upcoming.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where every signed-in driver is and whether they are free.
    driver_store = tm.add(tg.DataStore("Driver location store", stores={driver_positions}))
    # The driver app's back end: job offers out, acceptances and GPS in.
    driver_gateway = tm.add(
        tg.Endpoint(
            "Driver gateway",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="driver's licence number and password")},
        )
    )
    # Web console where controllers watch jobs and reassign them.
    console = tm.add(
        tg.Service(
            "Dispatch console",
            controls={
                c.Authentication(method="each controller's own username and password"),
                c.AuditLogging(note="every reassignment is logged with the controller's name"),
            },
        )
    )

with tm.boundary("Cab office", trust=tg.Trust.INTERNAL):
    # Office staff on shift who oversee dispatch and can move jobs between drivers.
    controller = tm.add(tg.Actor("Controller", role="dispatch controller"))

# ---------------------------------------------------------------- flows
# phone bookings
tm.flow(passenger, telephony, caller_speech, protocol="pstn")
tm.flow(telephony, booking_api, call_transcript, protocol="https", label="transcript webhook")
tm.flow(booking_api, telephony, agent_reply, protocol="https")
tm.flow(telephony, passenger, spoken_reply, protocol="pstn")

# app bookings
tm.flow(passenger, booking_api, app_booking, protocol="https")
tm.flow(booking_api, passenger, confirmation, protocol="https")

# the agent
tm.flow(booking_api, agent, call_transcript, app_booking)
tm.flow(agent, booking_api, agent_reply, confirmation)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# fare estimate
tm.flow(agent, fare_tool, fare_call)
tm.flow(fare_tool, agent, fare_quote)
tm.flow(tariff_table, fare_tool, tariff)
tm.flow(fare_tool, maps, route_query, protocol="https")
tm.flow(maps, fare_tool, route_estimate, protocol="https")

# booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_ref)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, label="existing booking for amendments")

# driver assignment
tm.flow(agent, assign_tool, assign_call)
tm.flow(assign_tool, agent, assigned_driver)
tm.flow(driver_store, assign_tool, driver_positions)
tm.flow(assign_tool, booking_db, bookings, label="assigned driver")
tm.flow(assign_tool, driver_gateway, job_offer)
tm.flow(driver_gateway, driver_app, job_offer, protocol="https")
tm.flow(driver_app, driver_gateway, job_response, driver_positions, protocol="https")
tm.flow(driver_gateway, driver_store, driver_positions)
tm.flow(driver_gateway, booking_db, job_response)

# controllers
tm.flow(controller, console, reassignment, protocol="https")
tm.flow(console, controller, job_board, protocol="https")
tm.flow(booking_db, console, bookings)
tm.flow(driver_store, console, driver_positions)
tm.flow(console, booking_db, reassignment)
tm.flow(console, driver_gateway, job_offer, label="reassigned job")
