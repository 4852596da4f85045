"""Mountain hut booking and closure agent: the first design, before any security review.

An alpine club in Austria runs a dozen staffed mountain huts. Hikers book beds and
ask questions (routes, opening dates, conditions) by e-mail to the club's booking
address or in a web chat on the club site. An LLM agent in the club's cloud tenant
answers them: it reads and writes bookings in the booking database through a
booking tool, looks up the regional avalanche bulletin and the mountain weather
forecast, and replies by e-mail or in the chat. When a hut warden declares a
closure (avalanche danger, storm, water shortage) in the warden portal, the agent
cancels the affected bookings or moves them to another date or hut, and e-mails
the hikers. The agent runs on its own, with a step limit; the chat is rate
limited; wardens sign in to the portal with e-mail and password and see only
their own hut. The LLM is a hosted model; the vendor's content filter is on.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mountain hut booking and closure agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that books hut beds, answers hikers and cancels or moves "
    "bookings when a warden closes a hut.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Hiker message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="E-mail or chat message: booking requests, changes, questions.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the conversation, booking details and bulletin text.",
)
llm_output = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking change", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Booking lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, phone, party size, nights, hut, half board, dietary notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
hut_status = tg.Data(
    "Hut status and capacity",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
closure = tg.Data(
    "Closure notice",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Hut, dates and reason, declared by the warden.",
)
bulletin_query = tg.Data("Bulletin query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
avalanche = tg.Data("Avalanche bulletin", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
forecast = tg.Data("Mountain weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
conditions = tg.Data("Conditions summary", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
notice_mail = tg.Data(
    "Cancellation or rebooking e-mail", kind="model-output", sensitivity=tg.Sensitivity.PII
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Guests who book beds and ask questions.
    hiker = tm.add(tg.Actor("Hiker", role="guest"))
    # Regional avalanche warning service, published as a public web page and feed.
    avalanche_service = tm.add(
        tg.DataSource(
            "Avalanche warning service",
            origin=tg.Origin.PUBLIC_WEB,
            provides={avalanche},
            description="Daily regional avalanche bulletin (danger level and text).",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid mountain forecast API from the national weather service.
    weather_service = tm.add(
        tg.DataSource("Mountain weather API", origin=tg.Origin.VENDOR, provides={forecast})
    )

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The club's hosted mailbox for the booking address; the agent reads and sends through it.
    mail = tm.add(tg.ExternalService("Club mail service"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reads the conversation and chooses the tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Mountain huts", trust=tg.Trust.PARTNER):
    # Hut lessee who declares closures for their hut.
    warden = tm.add(tg.Actor("Hut warden", role="warden"))

with tm.boundary("Club cloud tenant", trust=tg.Trust.INTERNAL):
    # Chat backend behind the widget on the club site.
    chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Where wardens declare closures; triggers the agent.
    portal = tm.add(
        tg.Endpoint(
            "Warden portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Wardens see and change only their own hut's status.",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )
    # The LLM agent that answers hikers and handles bookings and closures.
    agent = tm.add(
        tg.Agent(
            "Hut booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Creates, looks up, moves and cancels bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            description="Finds a booking by reference and e-mail address; books, moves or cancels.",
            controls={
                c.PolicyEnforcement(rules="booking database refuses beds beyond a hut's capacity"),
            },
        )
    )
    # Fetches the avalanche bulletin and forecast for a hut's region.
    conditions_tool = tm.add(
        tg.Tool("Conditions lookup tool", capabilities={"read", "network-egress"})
    )
    # Sends cancellation and rebooking e-mails to the affected hikers.
    notify_tool = tm.add(tg.Tool("Guest notification tool", capabilities={"send-messages"}))
    # Bookings and each hut's status, capacity and closures.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, hut_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Chat and e-mail conversations, kept for support follow-up.
    transcript_store = tm.add(tg.DataStore("Transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
# hikers: web chat and e-mail
tm.flow(hiker, chat, message, protocol="https")
tm.flow(chat, agent, message)
tm.flow(agent, chat, reply)
tm.flow(chat, hiker, reply, protocol="https")
tm.flow(hiker, mail, message, protocol="smtp")
tm.flow(mail, agent, message, protocol="https", label="mailbox API")
tm.flow(agent, mail, reply, protocol="https", label="mailbox API")
tm.flow(mail, hiker, reply, notice_mail, protocol="smtp")

# the agent and its model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# bookings
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, hut_status)

# conditions
tm.flow(agent, conditions_tool, bulletin_query)
tm.flow(conditions_tool, agent, conditions)
tm.flow(avalanche_service, conditions_tool, avalanche, protocol="https")
tm.flow(weather_service, conditions_tool, forecast, protocol="https")

# closures
tm.flow(warden, portal, closure, protocol="https")
tm.flow(portal, warden, hut_status, protocol="https")
tm.flow(portal, booking_db, hut_status)
tm.flow(booking_db, portal, hut_status)
tm.flow(portal, agent, closure, label="closure declared")

# notices to affected hikers
tm.flow(agent, notify_tool, notice_mail)
tm.flow(notify_tool, mail, notice_mail, protocol="https")
