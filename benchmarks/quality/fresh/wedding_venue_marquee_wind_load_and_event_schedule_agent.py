"""Wedding venue marquee agent: event planning chat and wind-load alerts, first design.

A country wedding venue puts an LLM agent on its website. Couples chat with it to
plan their marquee day: it checks dates in the event schedule, pencils in
provisional holds and answers questions about timings, layouts and suppliers.
Existing couples identify themselves with their booking reference and surname.
The same agent, woken every ten minutes by a scheduler while a marquee is in use,
reads the site anemometer (via a weather logger reached over a site VPN) and a
commercial forecast feed, compares them with the marquee maker's wind limits and
texts the duty event manager through an SMS provider when the marquee must be
cleared. The agent and its tools run in the venue software supplier's cloud; the
model is a hosted LLM. Controls in this design: TLS on external links, rate limits
on the chat, the vendor's content filter, a step limit on each agent run, and
provisional holds that the events team must confirm.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Wedding venue marquee planning and wind alert agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that plans marquee weddings with couples and warns the duty "
    "event manager when wind means the marquee must be cleared.",
)

# ---------------------------------------------------------------- data assets
couple_message = tg.Data("Couple chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation, tool results and wind data.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
schedule_call = tg.Data("Schedule tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
schedule_result = tg.Data(
    "Schedule lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
events = tg.Data(
    "Event bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Dates, marquee size, guest numbers, couple names and contact details.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
wind_readings = tg.Data(
    "Anemometer wind readings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data(
    "Wind forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
wind_limits = tg.Data(
    "Marquee wind limits",
    kind="documents",
    description="Manufacturer's gust limits per marquee size and the venue's clearing plan.",
)
wind_query = tg.Data("Wind conditions query", kind="tool-call")
wind_result = tg.Data("Wind conditions result", kind="tool-result")
wake_up = tg.Data("Wind watch trigger", kind="instructions")
alert_call = tg.Data("Clear-marquee alert request", kind="tool-call")
alert_sms = tg.Data(
    "Clear-marquee alert",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Couples planning (or enquiring about) a marquee wedding.
    couple = tm.add(tg.Actor("Couple", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that drives the agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Forecast provider", trust=tg.Trust.PARTNER):
    # Commercial hourly wind and gust forecast for the venue's postcode.
    forecast_feed = tm.add(
        tg.ExternalService("Wind forecast feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers texts to the duty manager's phone.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Venue site", trust=tg.Trust.INTERNAL):
    # Mast-mounted anemometer beside the marquee lawn.
    anemometer = tm.add(tg.Device("Site anemometer", fleet=False))
    # Small box on the venue network that keeps the readings and serves the latest.
    logger = tm.add(
        tg.Service(
            "Weather logger",
            description="Polls the anemometer every few seconds and keeps a week of readings.",
        )
    )
    # On call during every marquee event; decides whether to clear it.
    duty_manager = tm.add(tg.Actor("Duty event manager", role="venue staff"))

with tm.boundary("Venue software cloud", trust=tg.Trust.INTERNAL):
    # Chat widget backend the website talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Website chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: plans events in chat and watches the wind.
    agent = tm.add(
        tg.Agent(
            "Marquee event agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.CircuitBreaker(max_steps=15),
                tg.controls.HumanInTheLoop(
                    approver="the events team",
                    note="holds the agent pencils in stay provisional until the events "
                    "team confirms them",
                ),
            },
        )
    )
    # Wakes the agent every ten minutes while a marquee event is on.
    scheduler = tm.add(tg.Service("Wind watch scheduler"))
    # Looks up dates and a couple's event, and writes provisional holds.
    schedule_tool = tm.add(
        tg.Tool(
            "Event schedule tool",
            capabilities={"read", "write"},
            controls={
                tg.controls.Authentication(method="booking reference and surname"),
            },
        )
    )
    # Returns current readings, forecast gusts and the limit for the booked marquee.
    wind_tool = tm.add(tg.Tool("Wind conditions tool", capabilities={"read"}))
    # Texts the duty event manager to clear the marquee.
    alert_tool = tm.add(tg.Tool("Duty manager alert tool", capabilities={"send-messages"}))
    # The venue's bookings for every event.
    schedule_db = tm.add(tg.DataStore("Event schedule", stores={events}))
    # Reference data: marquee wind limits and clearing plan.
    limits_store = tm.add(tg.DataStore("Marquee wind limits guidance", stores={wind_limits}))
    # Chat history, kept for follow-up by the events team.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
# Planning chat
tm.flow(couple, chat_api, couple_message, protocol="https")
tm.flow(chat_api, agent, couple_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, schedule_db, schedule_call, label="read and provisional hold")
tm.flow(schedule_db, schedule_tool, events)
tm.flow(schedule_tool, agent, schedule_result)
tm.flow(agent, chat_api, agent_reply)
tm.flow(chat_api, couple, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)
tm.flow(duty_manager, schedule_db, booking_confirmation, protocol="https", label="confirms holds")

# Wind watch
tm.flow(anemometer, logger, wind_readings, protocol="modbus")
tm.flow(scheduler, agent, wake_up)
tm.flow(agent, wind_tool, wind_query)
tm.flow(wind_tool, logger, wind_query, protocol="https", label="over the site VPN")
tm.flow(logger, wind_tool, wind_readings, protocol="https", label="over the site VPN")
tm.flow(forecast_feed, wind_tool, forecast, protocol="https")
tm.flow(limits_store, wind_tool, wind_limits)
tm.flow(schedule_db, wind_tool, events, label="marquee booked today")
tm.flow(wind_tool, agent, wind_result)
tm.flow(agent, alert_tool, alert_call)
tm.flow(alert_tool, sms_gateway, alert_sms, protocol="https")
tm.flow(sms_gateway, duty_manager, alert_sms, protocol="sms")
