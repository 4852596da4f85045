"""Village hall heating agent: the first design.

The village hall committee (all volunteers) wants the hall warm when it is hired
and cold when it is empty. An LLM agent runs on a small PC in the hall office. Each
hour it looks up the coming bookings in the hall's online booking system, reads the
occupancy sensors and room temperatures from the smart-heating vendor's cloud, and
sets each room's heating schedule through the vendor's API; the thermostats and
radiator valves then call the gas boiler for heat. Committee members can e-mail the
hall mailbox with requests ("heat the small room from 6 on Friday"); the agent acts
only on mail from addresses on the committee list. Once a month it pulls the smart
meter's half-hourly reads and e-mails the committee an energy-use report. Hirers'
names and times reach the hosted language model in its prompts. The heating tool
refuses setpoints above 21 °C; the boiler keeps its own high-limit cut-out. API keys
sit in a config file on the hall PC.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village hall heating agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="An LLM agent that heats hall rooms from bookings and occupancy sensors "
    "and reports energy use to the committee.",
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Hall booking request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Hirer's name, e-mail, phone, room, date and times.",
)
bookings = tg.Data(
    "Hall bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Upcoming bookings with the hirer's name, room and times.",
)
booking_query = tg.Data("Booking lookup", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
committee_requests = tg.Data(
    "Committee heating requests",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="E-mails such as 'keep the main hall at 19 for the Saturday fair'.",
)
prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the coming bookings, room readings and any committee requests.",
)
completion = tg.Data(
    "Agent plan and tool calls", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
setpoint_call = tg.Data("Setpoint commands", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
schedule = tg.Data(
    "Room heating schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="medium", availability="medium"),
)
readings = tg.Data(
    "Occupancy and temperature readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
call_for_heat = tg.Data("Boiler call for heat", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
meter_reads = tg.Data(
    "Smart meter half-hourly reads", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
meter_query = tg.Data("Meter reads request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
report_draft = tg.Data("Energy report draft", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
report = tg.Data("Monthly energy use report", sensitivity=tg.Sensitivity.INTERNAL, kind="documents")
history = tg.Data(
    "Heating history",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="logs",
    description="Schedules applied, readings and monthly energy totals.",
)
api_keys = tg.Data(
    "Service API keys",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="LLM API key, heating vendor account token, booking system API key, "
    "mailbox app password, meter data API key.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Local groups and residents who hire the hall.
    hirer = tm.add(tg.Actor("Hall hirer", role="hirer"))
    # Volunteer committee members, writing from their own phones and laptops.
    committee = tm.add(tg.Actor("Committee member", role="committee member"))

with tm.boundary("Hosted services", trust=tg.Trust.PARTNER):
    # The online booking system the hall already uses for hirers.
    booking_system = tm.add(
        tg.ExternalService("Online hall booking system", provides=tg.ExternalCategory.GENERIC)
    )
    # The hall's hosted mailbox: requests in, reports out.
    mailbox = tm.add(tg.ExternalService("Hall mailbox", provides=tg.ExternalCategory.GENERIC))
    # The smart-heating vendor's cloud that the thermostats and sensors report to.
    heating_cloud = tm.add(
        tg.ExternalService("Smart heating vendor cloud", provides=tg.ExternalCategory.GENERIC)
    )
    # Licensed smart-meter data service giving the hall's half-hourly reads.
    meter_service = tm.add(
        tg.ExternalService("Smart meter data service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Hall office PC", trust=tg.Trust.INTERNAL):
    # The agent loop, run hourly and on each new committee e-mail.
    agent = tm.add(
        tg.Agent(
            "Heating agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Plans room heating from bookings, occupancy and requests.",
            controls={
                c.Authentication(method="sender e-mail address matched to the committee list")
            },
        )
    )
    # Reads upcoming bookings.
    booking_tool = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
    # Reads room sensors and sets heating schedules in the vendor cloud.
    heating_tool = tm.add(
        tg.Tool(
            "Heating control tool",
            capabilities={"read", "write"},
            controls={c.PolicyEnforcement(rules="tool refuses setpoints above 21 °C")},
        )
    )
    # Pulls meter reads and e-mails the monthly report.
    report_tool = tm.add(tg.Tool("Energy report tool", capabilities={"read", "send-messages"}))
    # SQLite file of what the agent did and saw, for the monthly report.
    history_db = tm.add(tg.DataStore("Heating history database", stores={history}))
    # Plain .env file on the PC holding every service key.
    config_file = tm.add(tg.DataStore("Agent config file", stores={api_keys}))

with tm.boundary("Hall building", trust=tg.Trust.INTERNAL):
    # PIR occupancy sensors, one or two per room, via the vendor's hub.
    sensors = tm.add(tg.Device("Occupancy sensors", fleet=True))
    # Wireless room thermostats and radiator valves, via the same hub.
    thermostats = tm.add(tg.Device("Room thermostats and radiator valves", fleet=True))
    # The existing gas boiler, switched by the thermostat receiver's relay.
    boiler = tm.add(
        tg.Device(
            "Gas boiler",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="boiler's own high-limit thermostat and flame-failure cut-out"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# Bookings
tm.flow(hirer, booking_system, booking_request, protocol="https")
tm.flow(booking_system, hirer, bookings, protocol="https", label="booking confirmation")
tm.flow(agent, booking_tool, booking_query)
tm.flow(config_file, booking_tool, api_keys)
tm.flow(booking_tool, booking_system, booking_query, protocol="https")
tm.flow(booking_system, booking_tool, bookings, protocol="https")
tm.flow(booking_tool, agent, bookings)

# Committee requests
tm.flow(committee, mailbox, committee_requests, protocol="https")
tm.flow(mailbox, agent, committee_requests, protocol="imaps")

# Planning with the LLM
tm.flow(config_file, agent, api_keys)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, history_db, history)
tm.flow(history_db, agent, history)

# Heating control
tm.flow(agent, heating_tool, setpoint_call)
tm.flow(config_file, heating_tool, api_keys)
tm.flow(heating_tool, heating_cloud, schedule, protocol="https")
tm.flow(heating_cloud, heating_tool, readings, protocol="https")
tm.flow(heating_tool, agent, readings)
tm.flow(sensors, heating_cloud, readings, protocol="tls", label="via the vendor's hub")
tm.flow(thermostats, heating_cloud, readings, protocol="tls", label="via the vendor's hub")
tm.flow(heating_cloud, thermostats, schedule, protocol="tls", label="via the vendor's hub")
tm.flow(thermostats, boiler, call_for_heat, label="wired relay")

# Monthly energy report
tm.flow(agent, report_tool, report_draft)
tm.flow(config_file, report_tool, api_keys)
tm.flow(report_tool, meter_service, meter_query, protocol="https")
tm.flow(meter_service, report_tool, meter_reads, protocol="https")
tm.flow(report_tool, agent, meter_reads)
tm.flow(report_tool, mailbox, report, protocol="smtps")
tm.flow(mailbox, committee, report, protocol="https")
