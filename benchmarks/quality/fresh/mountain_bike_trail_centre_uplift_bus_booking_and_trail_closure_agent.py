"""Trail centre uplift booking and trail status agent: the first design, before any security review.

Riders chat with an agent on the trail centre's website to book seats on the
uplift bus that shuttles them and their bikes to the top of the hill. A rider
gives their name, mobile number and the number of the day or season uplift
pass they bought in the existing online shop; the agent's booking tool holds
seats on a run against that pass. The agent also answers "which trails are
open?" from the closure notes rangers type into a staff page (felling, storm
damage, events) and from a weather service's forecast. Before each run the
agent sends the bus driver the passenger list by text message. The agent runs
in the centre's cloud account and calls a hosted LLM; there is no human
approval step. The chat has a per-visitor rate limit, rangers sign in with
their Google Workspace accounts, and the booking database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Trail centre uplift booking and trail status agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that books uplift bus seats, reports trail closures and "
    "texts the driver the passenger list.",
)

# ---------------------------------------------------------------- data assets
rider_message = tg.Data(
    "Rider chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking requests, with name, mobile number and pass number.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Seat booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Seat booking result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Seats left on a run, or the confirmed booking.",
)
bookings = tg.Data(
    "Uplift bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="high"),
    description="Rider name, mobile number, pass number, run time, seats and bikes.",
)
trail_query = tg.Data("Trail status query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
trail_status = tg.Data(
    "Trail status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Open and closed trails, with the rangers' reasons and the forecast.",
)
closure_notes = tg.Data(
    "Trail closure notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Free-text notes from rangers: which trails, why, until when.",
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
list_request = tg.Data("Passenger list send request", kind="tool-call")
passenger_list = tg.Data(
    "Passenger list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, mobile numbers and bike counts for one run.",
)
send_result = tg.Data("Passenger list send result", kind="tool-result")
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website can chat; riders are not signed in.
    rider = tm.add(tg.Actor("Rider", role="mountain biker"))
    # Drives the uplift bus; gets the list on their own phone.
    driver = tm.add(tg.Actor("Uplift bus driver", role="driver"))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Hill forecast the centre subscribes to (wind and rain decide storm closures).
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS gateway that delivers the passenger list to the driver.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Trail centre cloud account", trust=tg.Trust.INTERNAL):
    # Chat widget backend on the public website.
    chat_api = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The LLM agent: decides when to book, look up trails or send the list.
    agent = tm.add(
        tg.Agent(
            "Uplift booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books seats, reports trail status and sends the driver the "
            "passenger list before each run.",
        )
    )
    # Holds and confirms seats against a pass.
    booking_tool = tm.add(
        tg.Tool(
            "Seat booking tool",
            capabilities={"read", "write"},
            description="Checks seats left on a run and books them against the rider's "
            "uplift pass number.",
        )
    )
    # Bookings for every run, also used at the hub to check riders on.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="managed database encryption")},
        )
    )
    # Combines closure notes and the forecast into today's trail status.
    trail_tool = tm.add(tg.Tool("Trail status tool", capabilities={"read"}))
    # Where rangers' closure notes are kept.
    notes_store = tm.add(tg.DataStore("Trail closure notes store", stores={closure_notes}))
    # Sends one run's passenger list to the driver.
    list_tool = tm.add(tg.Tool("Passenger list sender", capabilities={"read", "send-messages"}))
    # Conversations kept for handling complaints and improving the prompt.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Staff page where rangers post and lift closures.
    ranger_page = tm.add(
        tg.Endpoint(
            "Ranger closures page",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="Google Workspace sign-in")},
        )
    )

with tm.boundary("Ranger team", trust=tg.Trust.INTERNAL):
    # Rangers close trails for felling, storm damage and events, often from the hill.
    ranger = tm.add(tg.Actor("Ranger", role="trail ranger"))

# ---------------------------------------------------------------- flows
tm.flow(rider, chat_api, rider_message, protocol="https")
tm.flow(chat_api, agent, rider_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, rider, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(booking_tool, agent, booking_result)

tm.flow(ranger, ranger_page, closure_notes, protocol="https")
tm.flow(ranger_page, notes_store, closure_notes)
tm.flow(agent, trail_tool, trail_query)
tm.flow(notes_store, trail_tool, closure_notes)
tm.flow(weather, trail_tool, forecast, protocol="https")
tm.flow(trail_tool, agent, trail_status)

tm.flow(agent, list_tool, list_request)
tm.flow(booking_db, list_tool, passenger_list)
tm.flow(list_tool, sms_gateway, passenger_list, protocol="https")
tm.flow(sms_gateway, driver, passenger_list, protocol="sms")
tm.flow(list_tool, agent, send_result)
