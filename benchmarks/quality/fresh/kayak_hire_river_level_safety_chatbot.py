"""Kayak hire booking chatbot: the first design.

A small kayak and canoe hire company on a lowland river adds a chat assistant to
its website. Paddlers ask about trips, kit, put-ins and safety, and book a trip
in the chat. The assistant is an LLM agent in the company's cloud account that
calls a hosted LLM. Before it confirms a booking it looks up the nearest river
gauge on the public flood-monitoring API and the forecast from a paid weather
API, and the system prompt tells it the levels and wind speeds at which trips
are off. Bookings are created in the company's booking platform (a SaaS product
that also e-mails the confirmation and payment link). Answers about the river
come from a knowledge base of the company's safety and trip guides, which staff
keep up to date; questions it cannot handle are e-mailed to the hire centre.
The chat endpoint is rate limited, the agent's loop is capped, the booking tool
holds an API key that can only create and read bookings, and transcripts are
kept in an encrypted store.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kayak hire river-level safety chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Booking assistant that checks river levels and weather before confirming trips.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Paddler message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Assistant prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with safety thresholds, chat history and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Reply text or tool calls chosen by the model.",
)
kb_query = tg.Data("Knowledge base query", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
guide_chunks = tg.Data(
    "Trip and safety guide chunks", kind="retrieved-context", sensitivity=tg.Sensitivity.PUBLIC
)
guides = tg.Data(
    "Trip and safety guides",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="River sections, put-ins and take-outs, weirs, kit lists, safety rules.",
)
gauge_query = tg.Data("Gauge lookup", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
gauge_readings = tg.Data(
    "River gauge readings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
weather_query = tg.Data("Weather lookup", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
weather_forecast = tg.Data(
    "Weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_request = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Trip, date, party size, lead paddler's name, e-mail and phone.",
)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, trip, date, party and contact details.",
)
booking_email = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)
handoff = tg.Data(
    "Staff handoff message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Summary of the chat and the paddler's contact details.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
staff_changes = tg.Data("Booking changes by staff", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website; they give contact details only when they book.
    paddler = tm.add(tg.Actor("Paddler", role="customer"))
    # Government open-data flood-monitoring API: gauge levels, no key, no contract.
    gauge_api = tm.add(
        tg.ExternalService(
            "Public river gauge API",
            provides="data-provider",
            description="Open flood-monitoring API with 15-minute river levels.",
        )
    )

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Paid forecast API for wind, rain and temperature at the put-in.
    weather_api = tm.add(tg.ExternalService("Weather forecast API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Booking platform", trust=tg.Trust.PARTNER):
    # SaaS booking system: trips, availability, bookings, confirmations and payments.
    platform = tm.add(
        tg.ExternalService(
            "Booking platform",
            provides="generic",
            description="Holds all bookings; sends confirmation and payment-link e-mails.",
        )
    )

with tm.boundary("Hire centre", trust=tg.Trust.INTERNAL):
    # Staff at the boathouse who answer handoffs and maintain the guides.
    staff = tm.add(tg.Actor("Hire centre staff", role="staff"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the company website.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=20),
                c.InputValidation(note="message length cap of 1,000 characters"),
            },
        )
    )
    # The LLM agent: answers questions, checks conditions and makes bookings.
    assistant = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8)},
            description="Confirms a trip itself when the system prompt's level and wind limits are met.",
        )
    )
    # Looks up the latest level at the gauge nearest the booked river section.
    gauge_tool = tm.add(tg.Tool("River level lookup", capabilities={"read"}))
    # Looks up the forecast for the trip date at the put-in.
    weather_tool = tm.add(tg.Tool("Weather lookup", capabilities={"read"}))
    # Creates provisional bookings and reads existing ones by reference.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={
                c.LeastPrivilegeTools(note="API key scoped to create and read bookings only"),
                c.Authentication(method="booking reference and e-mail address"),
            },
        )
    )
    # E-mails the hire centre when the assistant cannot help.
    handoff_tool = tm.add(tg.Tool("Staff handoff", capabilities={"send-messages"}))
    # Embedded trip and safety guides the assistant answers from.
    knowledge_base = tm.add(tg.VectorStore("Trip knowledge base", stores={guide_chunks}))
    # Chat transcripts, kept to review answers and settle disputes.
    transcript_store = tm.add(
        tg.DataStore(
            "Transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

# ---------------------------------------------------------------- flows
# chat
tm.flow(paddler, chat_api, message, protocol="https")
tm.flow(chat_api, paddler, reply, protocol="https")
tm.flow(chat_api, assistant, message)
tm.flow(assistant, chat_api, reply)
tm.flow(assistant, llm, llm_prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, transcript_store, transcripts)

# knowledge base
tm.flow(assistant, knowledge_base, kb_query, label="similarity query")
tm.flow(knowledge_base, assistant, guide_chunks)
tm.flow(staff, knowledge_base, guides, protocol="https", label="upload guides")

# conditions checks
tm.flow(assistant, gauge_tool, gauge_query)
tm.flow(gauge_tool, assistant, gauge_readings)
tm.flow(gauge_tool, gauge_api, gauge_query, protocol="https")
tm.flow(gauge_api, gauge_tool, gauge_readings, protocol="https")
tm.flow(assistant, weather_tool, weather_query)
tm.flow(weather_tool, assistant, weather_forecast)
tm.flow(weather_tool, weather_api, weather_query, protocol="https")
tm.flow(weather_api, weather_tool, weather_forecast, protocol="https")

# bookings
tm.flow(assistant, booking_tool, booking_request)
tm.flow(booking_tool, assistant, booking)
tm.flow(booking_tool, platform, booking_request, protocol="https")
tm.flow(platform, booking_tool, booking, protocol="https")
tm.flow(platform, paddler, booking_email, protocol="smtp")
tm.flow(staff, platform, staff_changes, protocol="https")
tm.flow(platform, staff, booking, protocol="https")

# handoff to staff
tm.flow(assistant, handoff_tool, handoff)
tm.flow(handoff_tool, staff, handoff, protocol="smtp+starttls")
tm.flow(transcript_store, staff, transcripts, protocol="https", label="review transcripts")
