"""Community transport charity: dial-a-ride booking and scheduling agent.

A rural community transport charity runs door-to-door minibus and car trips for
elderly and disabled members who cannot use ordinary buses. Members book either by
phone, where the telephony provider turns speech into text and back so that an LLM
agent can hold the conversation, or through a booking chat on the charity's website,
signed in with their membership number and surname. The agent looks up the member's
record (address, mobility aids, wheelchair use, escort needs), records or changes
bookings, and runs a route-planning tool that builds volunteer drivers' runs from the
bookings, driver availability and travel times from a mapping API. It texts passengers
their pick-up times straight away; drivers' run sheets are texted only after the
transport coordinator approves them each evening in the office console, and drivers
accept or decline by replying to the text. Everything runs in one cloud tenancy;
links are HTTPS, the member database is encrypted at rest, and agent runs are capped.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Dial-a-ride booking and scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that takes phone and web trip bookings from elderly and disabled "
        "members, plans volunteer drivers' runs and texts drivers and passengers."
    ),
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Booking call audio", kind="media", sensitivity=tg.Sensitivity.PII)
utterance = tg.Data(
    "Caller utterance transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of each turn of the call, with the caller's number.",
)
web_message = tg.Data("Web booking chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System instructions, conversation so far, member record and tool results.",
)
completion = tg.Data("LLM completion with tool calls", kind="model-output")
member_lookup = tg.Data("Member lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
member_record = tg.Data(
    "Member record and mobility needs",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, home address, phone, date of birth, mobility aids, wheelchair use, "
    "escort needs and relevant medical notes (special category data).",
)
booking_change = tg.Data("Booking change", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data("Trip bookings", kind="records", sensitivity=tg.Sensitivity.PII)
driver_availability = tg.Data(
    "Driver availability and contacts", kind="records", sensitivity=tg.Sensitivity.PII
)
plan_request = tg.Data("Run planning request", kind="tool-call")
runs = tg.Data(
    "Proposed driver run sheets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each driver's ordered pick-ups with passenger names, addresses and needs.",
)
travel_query = tg.Data(
    "Travel time query",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pick-up and drop-off postcodes and times.",
)
travel_times = tg.Data("Travel time matrix", kind="records")
run_approval = tg.Data("Run sheet approval", kind="records")
text_request = tg.Data("Text message request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
pickup_text = tg.Data("Passenger pick-up time text", sensitivity=tg.Sensitivity.PII)
run_text = tg.Data("Driver run text", sensitivity=tg.Sensitivity.PII)
driver_reply = tg.Data("Driver accept or decline reply", kind="prompt")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Elderly and disabled members, booking by landline, mobile or website.
    passenger = tm.add(tg.Actor("Passenger", role="member"))
    # Volunteers using their own phones; they get runs by text and reply to accept.
    driver = tm.add(tg.Actor("Volunteer driver", role="volunteer driver"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Voice and SMS platform with built-in speech-to-text and text-to-speech.
    telephony = tm.add(
        tg.ExternalService(
            "Voice and SMS platform",
            description="Answers the booking line, transcribes speech, speaks replies, "
            "sends and receives text messages.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Road travel times between rural addresses.
    maps = tm.add(tg.ExternalService("Mapping and routing API", provides="data-provider"))

with tm.boundary("Charity cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public booking chat on the charity's website.
    web = tm.add(
        tg.Endpoint(
            "Web booking chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="membership number and surname")},
        )
    )
    # Receives call turns and SMS replies from the telephony platform.
    hook = tm.add(tg.Endpoint("Telephony webhook endpoint", purpose=tg.EndpointPurpose.API))
    # The LLM agent that holds conversations, books trips and plans runs.
    agent = tm.add(
        tg.Agent(
            "Dial-a-ride booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the transport coordinator",
                    note="driver run sheets only; bookings and passenger texts go ahead directly",
                ),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Reads a member's record for the conversation.
    lookup_tool = tm.add(
        tg.Tool(
            "Member lookup tool",
            capabilities={"read"},
            description="Finds a member by caller phone number or membership number.",
        )
    )
    # Creates, changes and cancels trip bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete"},
            controls={c.InputValidation(note="dates, times and service area postcodes")},
        )
    )
    # Vehicle routing solver that builds drivers' runs from bookings.
    planner_tool = tm.add(
        tg.Tool(
            "Route planning tool",
            capabilities={"read", "write", "network-egress"},
            description="Runs a vehicle routing solver over the day's bookings and driver "
            "availability, using travel times from the mapping API.",
        )
    )
    # Sends pick-up times to passengers and run sheets to drivers.
    sms_tool = tm.add(tg.Tool("Text message tool", capabilities={"send-messages"}))
    # Coordinator's screen for bookings, driver availability and run approval.
    console = tm.add(tg.Endpoint("Coordinator console", purpose=tg.EndpointPurpose.API))

    with tm.boundary("Database tier", trust=tg.Trust.RESTRICTED):
        # Member register with mobility and medical notes.
        members_db = tm.add(
            tg.DataStore(
                "Member register",
                stores={member_record},
                controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
            )
        )
        # Bookings, driver availability and planned runs.
        trips_db = tm.add(
            tg.DataStore("Bookings and runs database", stores={bookings, driver_availability, runs})
        )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Paid staff member who oversees scheduling and the volunteers.
    coordinator = tm.add(tg.Actor("Transport coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
# phone bookings
tm.flow(passenger, telephony, call_audio, protocol="pstn")
tm.flow(telephony, hook, utterance, protocol="https", label="call webhook")
tm.flow(hook, agent, utterance)
tm.flow(agent, hook, agent_reply)
tm.flow(hook, telephony, agent_reply, protocol="https", label="text to speak")
tm.flow(telephony, passenger, call_audio, protocol="pstn")

# web bookings
tm.flow(passenger, web, web_message, protocol="https")
tm.flow(web, agent, web_message)
tm.flow(agent, web, agent_reply)
tm.flow(web, passenger, agent_reply, protocol="https")

# the agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# member lookup
tm.flow(agent, lookup_tool, member_lookup)
tm.flow(members_db, lookup_tool, member_record)
tm.flow(lookup_tool, agent, member_record)

# bookings
tm.flow(agent, booking_tool, booking_change)
tm.flow(booking_tool, trips_db, bookings)
tm.flow(trips_db, booking_tool, bookings)
tm.flow(booking_tool, agent, booking_result)

# run planning
tm.flow(agent, planner_tool, plan_request)
tm.flow(trips_db, planner_tool, bookings, driver_availability)
tm.flow(planner_tool, maps, travel_query, protocol="https")
tm.flow(maps, planner_tool, travel_times, protocol="https")
tm.flow(planner_tool, trips_db, runs)
tm.flow(planner_tool, agent, runs)

# coordinator review
tm.flow(agent, console, runs, label="run sheets for approval")
tm.flow(trips_db, console, bookings, driver_availability, runs)
tm.flow(console, coordinator, bookings, driver_availability, runs, protocol="https")
tm.flow(coordinator, console, run_approval, driver_availability, protocol="https")
tm.flow(console, trips_db, driver_availability)
tm.flow(console, agent, run_approval)

# texts to passengers and drivers, and drivers' replies
tm.flow(agent, sms_tool, text_request)
tm.flow(sms_tool, telephony, pickup_text, run_text, protocol="https")
tm.flow(telephony, passenger, pickup_text, protocol="sms")
tm.flow(telephony, driver, run_text, protocol="sms")
tm.flow(driver, telephony, driver_reply, protocol="sms")
tm.flow(telephony, hook, driver_reply, protocol="https", label="SMS reply webhook")
tm.flow(hook, agent, driver_reply)
