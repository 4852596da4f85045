"""Hotel housekeeping scheduling agent: the first design, before any security review.

A European hotel group wants housekeeping rosters built by an LLM agent instead of by
supervisors with spreadsheets. Each morning the agent reads arrivals, departures and stay-
overs from the property management system (a vendor SaaS) and who is on shift from the
workforce rota system, then writes a room-by-room schedule and messages each housekeeper
their rooms through the staff mobile app. During the day it watches room status updates
and housekeepers' notes ("DND", "late check-out", "off sick") and reassigns rooms on its
own. Supervisors see the live schedule in a web dashboard and can override any assignment.
The agent runs in the group's cloud account and calls a hosted LLM through the vendor API.
Controls in this design: HTTPS everywhere, company SSO for supervisors, employee number and
PIN for housekeepers, a read-only PMS API key kept in the secrets vault, a step limit on the
agent and an audit log of schedule changes.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Hotel housekeeping scheduling agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM agent that builds and adjusts daily housekeeping schedules from bookings and "
        "staff availability, and messages housekeepers through the staff app."
    ),
)

# ---------------------------------------------------------------- data assets
bookings = tg.Data(
    "Room bookings and status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Room number, guest name, arrival and departure, check-out time, VIP and DND flags.",
)
availability = tg.Data(
    "Staff availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Housekeepers' names, shifts, leave and sick days, languages, floor skills.",
)
schedule = tg.Data(
    "Housekeeping schedule",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
assignment_msg = tg.Data(
    "Room assignment message", kind="model-output", sensitivity=tg.Sensitivity.PII
)
staff_update = tg.Data(
    "Room status update and note",
    kind="feedback",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Cleaned / inspected / DND taps and free-text notes from housekeepers.",
)
override = tg.Data("Supervisor override", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, room list, staff list and recent notes sent to the LLM.",
)
llm_reply = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
pms_key = tg.Data("PMS API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
staff_login = tg.Data("Housekeeper login", kind="credentials", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Housekeepers use the staff app on their own or hotel-issued phones.
    housekeeper = tm.add(tg.Actor("Housekeeper", role="housekeeping staff"))

with tm.boundary("PMS vendor", trust=tg.Trust.PARTNER):
    # Source of bookings, check-outs and room status for every hotel.
    pms = tm.add(
        tg.ExternalService("Property management system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent plans with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Delivers notifications to the staff app on phones.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Hotel group cloud", trust=tg.Trust.INTERNAL):
    # Builds the morning schedule and reassigns rooms during the day.
    agent = tm.add(
        tg.Agent(
            "Housekeeping scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={tg.controls.CircuitBreaker(max_steps=40)},
        )
    )
    # Reads arrivals, departures and room status from the PMS.
    pms_tool = tm.add(
        tg.Tool(
            "PMS room status tool",
            capabilities={"read"},
            controls={tg.controls.LeastPrivilegeTools(note="read-only PMS API key")},
        )
    )
    # Reads who is on shift today.
    rota_tool = tm.add(tg.Tool("Rota lookup tool", capabilities={"read"}))
    # Writes and changes assignments in the schedule database.
    schedule_tool = tm.add(tg.Tool("Schedule update tool", capabilities={"read", "write"}))
    # Sends assignment and reassignment messages to housekeepers.
    message_tool = tm.add(tg.Tool("Staff messaging tool", capabilities={"send-messages"}))
    # The live schedule, read by the staff app and the supervisor dashboard.
    schedule_db = tm.add(
        tg.DataStore(
            "Schedule database",
            stores={schedule, override},
            controls={tg.controls.AuditLogging(retention_days=90)},
        )
    )
    # Backend of the staff mobile app: assignments out, status updates and notes in.
    staff_api = tm.add(
        tg.Endpoint(
            "Staff app backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="employee number and PIN")},
        )
    )
    # Supervisors' web view of the live schedule, where they override assignments.
    dashboard = tm.add(
        tg.Service(
            "Supervisor dashboard",
            internet_facing=True,
            controls={tg.controls.Authentication(method="company SSO (OIDC) with MFA")},
        )
    )
    # Holds the PMS API key.
    vault = tm.add(
        tg.DataStore("Secrets vault", stores={pms_key}, controls={tg.controls.SecretsManagement()})
    )

with tm.boundary("Hotel operations", trust=tg.Trust.INTERNAL):
    # Workforce rota kept by HR; the source of staff availability.
    rota = tm.add(tg.DataStore("Workforce rota system", stores={availability}))
    # Housekeeping supervisor at each hotel.
    supervisor = tm.add(tg.Actor("Housekeeping supervisor", role="supervisor", privileged=True))

# ---------------------------------------------------------------- flows
# Agent reasoning
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

# Reading bookings and rota
tm.flow(agent, pms_tool, tool_call)
tm.flow(vault, pms_tool, pms_key, protocol="https")
tm.flow(pms_tool, pms, pms_key, protocol="https", label="room status query")
tm.flow(pms, pms_tool, bookings, protocol="https")
tm.flow(pms_tool, agent, bookings)
tm.flow(agent, rota_tool, tool_call)
tm.flow(rota_tool, rota, tool_call, protocol="https")
tm.flow(rota, rota_tool, availability, protocol="https")
tm.flow(rota_tool, agent, availability)

# Writing the schedule
tm.flow(agent, schedule_tool, tool_call, schedule)
tm.flow(schedule_tool, schedule_db, schedule)
tm.flow(schedule_db, schedule_tool, schedule, override)
tm.flow(schedule_tool, agent, schedule, override, label="current schedule and overrides")

# Messaging housekeepers
tm.flow(agent, message_tool, tool_call, assignment_msg)
tm.flow(message_tool, staff_api, assignment_msg)
tm.flow(staff_api, push, assignment_msg, protocol="https")
tm.flow(push, housekeeper, assignment_msg, protocol="https")
tm.flow(schedule_db, staff_api, schedule)
tm.flow(staff_api, housekeeper, schedule, protocol="https", label="my rooms today")
tm.flow(housekeeper, staff_api, staff_login, staff_update, protocol="https")
tm.flow(staff_api, schedule_db, staff_update)
tm.flow(staff_api, agent, staff_update, label="status changes trigger reassignment")

# Supervisors
tm.flow(schedule_db, dashboard, schedule, override)
tm.flow(dashboard, supervisor, schedule, protocol="https")
tm.flow(supervisor, dashboard, override, protocol="https")
tm.flow(dashboard, schedule_db, override)
