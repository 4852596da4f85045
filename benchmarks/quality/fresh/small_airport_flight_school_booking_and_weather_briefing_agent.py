"""Flight school booking and weather briefing agent: the first design.

A flight school at a small non-towered US airport trains about sixty student
pilots on eight aircraft. Students chat with an LLM agent on the school website
to book, move or cancel lessons and aircraft; the agent checks instructor and
aircraft availability in the school's hosted scheduling platform and makes the
booking there directly. Before each lesson it fetches METARs, TAFs and NOTAMs
from public aviation data services and drafts a weather briefing against the
school's SOPs and student minimums; the student's instructor reviews, edits and
approves the draft in an instructor dashboard before the student sees it. All
of this runs in the school's cloud account and calls a hosted LLM. Students sign
in with e-mail and password, instructors with Google Workspace and 2-step
verification. The platform refuses double bookings and grounded aircraft; its
API key sits in the cloud secret manager.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Flight school booking and briefing agent",
    profile=tg.RiskProfile.HIGH,
    description="Agent that books lessons and aircraft and drafts weather briefings for instructors.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Student chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, SOP excerpts, the conversation and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Replies, tool calls and briefing text.",
)
sops = tg.Data(
    "School SOPs and student weather minimums",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wind, ceiling and visibility limits per training stage, and booking rules.",
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data(
    "Instructor and aircraft availability",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Open slots per instructor and per aircraft tail number.",
)
student_profile = tg.Data(
    "Student training profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Contact details, certificate and medical expiry, endorsements, aircraft checkouts.",
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
instructor_calendar = tg.Data(
    "Instructor availability", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weather_request = tg.Data("Weather request", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
metar_taf = tg.Data("METAR and TAF reports", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
notams = tg.Data(
    "NOTAMs",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Free-text notices for the home airport and nearby airspace.",
)
weather_summary = tg.Data(
    "Weather and NOTAM summary", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
draft_briefing = tg.Data(
    "Draft weather briefing", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
final_briefing = tg.Data(
    "Instructor-approved weather briefing", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data(
    "Briefing approval and edits", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Students (and prospective students) on the school website.
    student = tm.add(tg.Actor("Student pilot", role="student"))
    # Public aviation weather data API (METAR/TAF).
    weather_api = tm.add(tg.ExternalService("Aviation weather API", provides="data-provider"))
    # Public NOTAM API for the home airport and surrounding airspace.
    notam_api = tm.add(tg.ExternalService("NOTAM API", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that drives the agent and writes briefing drafts.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Scheduling SaaS", trust=tg.Trust.PARTNER):
    # The school's existing scheduling platform: bookings, calendars, aircraft, students.
    scheduler = tm.add(
        tg.ExternalService(
            "Flight scheduling platform",
            description="Hosted scheduling product the school already uses; holds student profiles.",
        )
    )

with tm.boundary("School cloud account", trust=tg.Trust.INTERNAL):
    # Chat widget backend on the school website.
    chat = tm.add(
        tg.Endpoint(
            "Student chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The agent: answers, books via tools, drafts briefings for instructors.
    agent = tm.add(
        tg.Agent(
            "Booking and briefing agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the student's instructor",
                    note="weather briefings only; bookings, changes and cancellations go ahead directly",
                ),
                c.CircuitBreaker(max_steps=15),
            },
        )
    )
    # Reads instructor, aircraft and student data from the scheduling platform.
    availability_tool = tm.add(
        tg.Tool(
            "Availability lookup tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="scheduling API key in the cloud secret manager")},
        )
    )
    # Creates, moves and cancels lesson and aircraft reservations.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write", "delete"},
            controls={
                c.SecretsManagement(note="scheduling API key in the cloud secret manager"),
                c.PolicyEnforcement(
                    rules="scheduling platform refuses double bookings and aircraft marked down for maintenance"
                ),
            },
        )
    )
    # Fetches current reports, forecasts and NOTAMs for the briefing.
    weather_tool = tm.add(
        tg.Tool("Weather and NOTAM tool", capabilities={"read", "network-egress"})
    )
    # School SOPs and weather minimums the agent works from.
    sop_store = tm.add(tg.DataStore("SOP and minimums library", stores={sops}))
    # Drafts waiting for an instructor, and the approved briefings.
    briefing_store = tm.add(
        tg.DataStore(
            "Briefing store",
            stores={draft_briefing, final_briefing},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where instructors review, edit and approve draft briefings.
    dashboard = tm.add(
        tg.Endpoint(
            "Instructor dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Google Workspace sign-in with 2-step verification"),
                c.AuditLogging(note="which instructor approved which briefing"),
            },
        )
    )

with tm.boundary("Flight school office", trust=tg.Trust.INTERNAL):
    # Instructors approve briefings and keep their own calendars.
    instructor = tm.add(tg.Actor("Flight instructor", role="instructor"))
    # Owns the SOPs and the agent's instructions.
    chief_instructor = tm.add(
        tg.Actor("Chief flight instructor", role="chief instructor", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(student, chat, chat_message, protocol="https")
tm.flow(chat, student, agent_reply, final_briefing, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(briefing_store, chat, final_briefing, label="briefing shown with the booking")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(sop_store, agent, sops)
tm.flow(chief_instructor, sop_store, sops, protocol="https", label="edits SOPs and minimums")

tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, agent, availability, student_profile)
tm.flow(availability_tool, scheduler, availability_query, protocol="https")
tm.flow(scheduler, availability_tool, availability, student_profile, protocol="https")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, scheduler, booking_request, protocol="https")
tm.flow(scheduler, booking_tool, booking_result, protocol="https")
tm.flow(instructor, scheduler, instructor_calendar, protocol="https")

tm.flow(agent, weather_tool, weather_request)
tm.flow(weather_tool, agent, weather_summary)
tm.flow(weather_tool, weather_api, weather_request, protocol="https")
tm.flow(weather_api, weather_tool, metar_taf, protocol="https")
tm.flow(weather_tool, notam_api, weather_request, protocol="https")
tm.flow(notam_api, weather_tool, notams, protocol="https")

tm.flow(agent, briefing_store, draft_briefing)
tm.flow(briefing_store, dashboard, draft_briefing)
tm.flow(dashboard, briefing_store, final_briefing)
tm.flow(dashboard, instructor, draft_briefing, protocol="https")
tm.flow(instructor, dashboard, approval, protocol="https")
