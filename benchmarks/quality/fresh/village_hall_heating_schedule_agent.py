"""Village hall heating schedule agent: first design.

The village hall committee wants the hall warm for each booking and cold the rest
of the time, without a volunteer reprogramming the thermostat every week. Every
evening an LLM agent on a small cloud VM a committee member set up reads the next
week's bookings from the hall's online booking system, the local weather forecast,
and the month's heating spend against the budget the treasurer sets on a small
settings page. It then writes a heating schedule to the smart thermostat through
the thermostat vendor's cloud API, and logs each change with its reasons. The
agent runs unattended; the budget is given to it in its prompt and through a
budget tool, and nothing downstream refuses a schedule that would overspend. The
thermostat's own installer settings keep frost protection on and cap the setpoint.
API keys sit in an environment file on the VM; the settings page has one password
shared by the treasurer and the chair.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village hall heating schedule agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Sets the hall's heating from bookings and the forecast, within the treasurer's budget.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Hall booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Hirer's name, contact details, times and free-text notes about the event.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
hall_bookings = tg.Data(
    "Hall bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
upcoming = tg.Data(
    "Upcoming bookings feed",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The booking system's private iCal feed: times, hirer names and event notes.",
)
forecast = tg.Data("Local weather forecast", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
budget = tg.Data(
    "Heating budget settings",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Monthly heating budget and the gas unit rate, set by the treasurer.",
)
runtime = tg.Data(
    "Boiler run-time and temperature readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
tool_call = tg.Data("Agent tool call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
bookings_result = tg.Data(
    "Bookings for the week", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
forecast_result = tg.Data("Forecast summary", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result")
budget_result = tg.Data(
    "Budget remaining this month", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
schedule = tg.Data(
    "Heating schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-call",
    description="Time blocks and target temperatures for the coming week.",
)
schedule_result = tg.Data(
    "Thermostat schedule confirmation", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
setpoints = tg.Data(
    "Thermostat schedule setpoints", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions with the budget, plus the bookings, forecast and tool results.",
)
completion = tg.Data("Model completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
change_log = tg.Data(
    "Heating change log",
    sensitivity=tg.Sensitivity.PII,
    kind="logs",
    description="Each schedule written, the bookings it was for and the agent's reasons.",
)
spend_report = tg.Data(
    "Heating spend and change log view", sensitivity=tg.Sensitivity.PII, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local groups and residents who hire the hall; they type the event notes.
    hirer = tm.add(tg.Actor("Hall hirer", role="hirer"))
    # Public forecast API for the village's postcode.
    weather = tm.add(
        tg.ExternalService("Weather forecast service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Booking system provider", trust=tg.Trust.PARTNER):
    # Hosted hall-booking service the committee subscribes to; the calendar of record.
    booking_system = tm.add(
        tg.ExternalService(
            "Online hall booking system",
            description="Hirers request slots; the bookings secretary confirms them.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Thermostat vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's API: the only way to program the thermostat remotely.
    thermostat_cloud = tm.add(
        tg.ExternalService(
            "Thermostat vendor API",
            description="Accepts weekly schedules and reports temperatures and boiler run-time.",
        )
    )

with tm.boundary("Committee", trust=tg.Trust.INTERNAL):
    # Volunteer who confirms bookings, on their own laptop.
    secretary = tm.add(tg.Actor("Bookings secretary", role="committee member"))
    # Sets the heating budget and checks spend.
    treasurer = tm.add(tg.Actor("Treasurer", role="committee member"))

with tm.boundary("Hall automation VM", trust=tg.Trust.INTERNAL):
    # The agent: runs each evening from cron and writes the next week's schedule.
    agent = tm.add(
        tg.Agent(
            "Heating schedule agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Plans heating blocks for each booking from the forecast and the budget.",
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads the booking system's iCal feed.
    calendar_tool = tm.add(tg.Tool("Booking calendar tool", capabilities={"read"}))
    # Reads the forecast for the coming week.
    weather_tool = tm.add(tg.Tool("Weather forecast tool", capabilities={"read"}))
    # Works out spend so far this month from boiler run-time and the budget settings.
    budget_tool = tm.add(tg.Tool("Heating budget tool", capabilities={"read"}))
    # Writes the weekly schedule to the thermostat through the vendor API.
    thermostat_tool = tm.add(tg.Tool("Thermostat schedule tool", capabilities={"write"}))
    # Treasurer's page to set the budget and read the spend and change log.
    settings_page = tm.add(
        tg.Service(
            "Committee settings page",
            internet_facing=True,
            controls={
                c.Authentication(method="one password shared by the treasurer and the chair")
            },
        )
    )
    # Budget and gas rate, as the treasurer last set them.
    settings_store = tm.add(tg.DataStore("Budget settings file", stores={budget}))
    # What the agent changed and why, for the committee to check.
    log_store = tm.add(tg.DataStore("Heating change log", stores={change_log}))

with tm.boundary("Village hall", trust=tg.Trust.INTERNAL):
    # The thermostat on the hall wall; it switches the gas boiler.
    thermostat = tm.add(
        tg.Device(
            "Smart thermostat",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="installer settings on the thermostat keep frost protection at "
                    "5 C and cap the setpoint at 23 C"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# Bookings.
tm.flow(hirer, booking_system, booking_request, protocol="https")
tm.flow(booking_system, hirer, booking_confirmation, protocol="https")
tm.flow(secretary, booking_system, hall_bookings, protocol="https", label="confirms bookings")
tm.flow(booking_system, secretary, hall_bookings, protocol="https")

# The agent's evening run.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, calendar_tool, tool_call)
tm.flow(booking_system, calendar_tool, upcoming, protocol="https", label="private iCal feed")
tm.flow(calendar_tool, agent, bookings_result)

tm.flow(agent, weather_tool, tool_call)
tm.flow(weather, weather_tool, forecast, protocol="https")
tm.flow(weather_tool, agent, forecast_result)

tm.flow(agent, budget_tool, tool_call)
tm.flow(settings_store, budget_tool, budget)
tm.flow(thermostat_cloud, budget_tool, runtime, protocol="https")
tm.flow(budget_tool, agent, budget_result)

tm.flow(agent, thermostat_tool, schedule)
tm.flow(thermostat_tool, thermostat_cloud, setpoints, protocol="https")
tm.flow(thermostat_cloud, thermostat_tool, schedule_result, protocol="https")
tm.flow(thermostat_tool, agent, schedule_result)

tm.flow(agent, log_store, change_log)

# The thermostat and its vendor cloud, over the hall's Wi-Fi.
tm.flow(thermostat_cloud, thermostat, setpoints, protocol="tls")
tm.flow(thermostat, thermostat_cloud, runtime, protocol="tls")

# The treasurer sets the budget and checks spend.
tm.flow(treasurer, settings_page, budget, protocol="https")
tm.flow(settings_page, treasurer, spend_report, protocol="https")
tm.flow(settings_page, settings_store, budget)
tm.flow(settings_store, settings_page, budget)
tm.flow(log_store, settings_page, change_log)
