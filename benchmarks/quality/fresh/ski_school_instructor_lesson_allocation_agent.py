"""Ski school instructor allocation agent: the first design, before any security review.

A ski school in the Austrian Alps runs group and private lessons for adults and
children. Every evening an LLM agent reads the next day's bookings from the school's
booking platform (a SaaS product), the instructor roster with each instructor's
qualification level, languages and availability, and the mountain weather forecast,
and drafts an allocation of instructors to lessons. The head of ski school reviews
the draft on a planning dashboard and approves it; the agent then messages each
instructor their schedule over WhatsApp through a messaging provider. Instructors
reply over WhatsApp to ask for swaps; the provider posts their messages to our
webhook and the agent agrees and applies swaps between instructors on its own.
The agent, its tools, the roster and the schedule store run in the school's cloud
account; the language model is a vendor's hosted API. Staff sign in to the dashboard
with the school's Google Workspace accounts; the booking tool has a read-only key.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ski school instructor lesson allocation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM agent that allocates instructors to lessons, sends schedules and handles swaps.",
)

# ---------------------------------------------------------------- data assets
bookings = tg.Data(
    "Lesson bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest names, children's ages and skill levels, lesson type, meeting point, phone.",
)
booking_query = tg.Data("Booking query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
instructor_profiles = tg.Data(
    "Instructor profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, mobile number, qualification level, languages, availability, days worked.",
)
forecast = tg.Data("Mountain weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
forecast_request = tg.Data("Forecast request", sensitivity=tg.Sensitivity.PUBLIC)
prompt = tg.Data("Allocation prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
allocation = tg.Data(
    "Lesson allocation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Which instructor teaches which lesson, group or private guest, when and where.",
)
roster_update = tg.Data(
    "Roster and schedule update", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Allocation approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule_message = tg.Data(
    "Instructor schedule message", kind="model-output", sensitivity=tg.Sensitivity.PII
)
swap_request = tg.Data(
    "Swap request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text WhatsApp reply from an instructor asking to swap or drop a lesson.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Seasonal instructors, on their own phones.
    instructor = tm.add(tg.Actor("Ski instructor", role="instructor"))
    # Public mountain weather API: wind, snowfall and lift-closure outlook.
    weather = tm.add(tg.ExternalService("Mountain weather service", provides="data-provider"))

with tm.boundary("Booking platform vendor", trust=tg.Trust.PARTNER):
    # The SaaS booking shop guests book and pay lessons in; system of record for bookings.
    booking_platform = tm.add(tg.ExternalService("Booking platform"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # WhatsApp Business API provider: sends our messages, posts instructors' replies to us.
    messaging = tm.add(tg.ExternalService("WhatsApp messaging provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted chat model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Ski school cloud", trust=tg.Trust.INTERNAL):
    # Plans the allocation, writes it, messages instructors and negotiates swaps.
    agent = tm.add(
        tg.Agent(
            "Allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="head of ski school",
                    note="the daily allocation waits for approval; swaps are applied without it",
                )
            },
        )
    )
    # Reads the next day's bookings from the booking platform's API.
    booking_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only API key scoped to lessons")},
        )
    )
    # Reads the roster and writes allocations and swaps to the schedule store.
    roster_tool = tm.add(tg.Tool("Roster and schedule tool", capabilities={"read", "write"}))
    # Sends schedule and swap confirmation messages through the messaging provider.
    messaging_tool = tm.add(tg.Tool("Instructor messaging tool", capabilities={"send-messages"}))
    # Receives instructors' WhatsApp replies posted by the provider.
    inbound_webhook = tm.add(tg.Endpoint("Inbound message webhook", purpose=tg.EndpointPurpose.API))
    # Instructor records kept by the school.
    roster_db = tm.add(
        tg.DataStore(
            "Instructor roster database",
            stores={instructor_profiles},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The day's allocation and every swap applied to it.
    schedule_store = tm.add(tg.DataStore("Schedule store", stores={allocation}))
    # Where the head of ski school reviews, edits and approves the draft allocation.
    dashboard = tm.add(
        tg.Service(
            "Planning dashboard",
            controls={c.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )

with tm.boundary("Ski school office", trust=tg.Trust.INTERNAL):
    # Runs the school; approves allocations and maintains the roster.
    head = tm.add(tg.Actor("Head of ski school", role="manager", privileged=True))

# ---------------------------------------------------------------- flows
# bookings in
tm.flow(agent, booking_tool, booking_query)
tm.flow(booking_tool, booking_platform, booking_query, protocol="https")
tm.flow(booking_platform, booking_tool, bookings, protocol="https")
tm.flow(booking_tool, agent, bookings)

# weather
tm.flow(agent, weather, forecast_request, protocol="https")
tm.flow(weather, agent, forecast, protocol="https")

# roster and schedule
tm.flow(agent, roster_tool, roster_update)
tm.flow(roster_tool, agent, instructor_profiles, allocation)
tm.flow(roster_db, roster_tool, instructor_profiles)
tm.flow(roster_tool, schedule_store, allocation)
tm.flow(schedule_store, roster_tool, allocation)

# reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# review and approval
tm.flow(agent, dashboard, allocation, label="draft allocation")
tm.flow(dashboard, head, allocation, protocol="https")
tm.flow(head, dashboard, approval, instructor_profiles, protocol="https")
tm.flow(dashboard, agent, approval)
tm.flow(dashboard, roster_db, instructor_profiles, label="roster edits")
tm.flow(schedule_store, dashboard, allocation)

# schedules out
tm.flow(agent, messaging_tool, schedule_message)
tm.flow(messaging_tool, messaging, schedule_message, protocol="https")
tm.flow(messaging, instructor, schedule_message, protocol="whatsapp")

# swap requests in
tm.flow(instructor, messaging, swap_request, protocol="whatsapp")
tm.flow(messaging, inbound_webhook, swap_request, protocol="https", label="inbound message webhook")
tm.flow(inbound_webhook, agent, swap_request)
