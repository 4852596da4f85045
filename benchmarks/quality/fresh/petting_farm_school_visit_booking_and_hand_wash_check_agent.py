"""Petting farm: school visit booking and hand-wash check agent, first design.

Teachers book school trips through a chat widget on the farm's website. An LLM
agent, running on the farm's cloud account and calling a hosted language model,
asks for the date, pupil numbers, ages and any additional needs, checks capacity
and writes a provisional booking; the booking tool refuses dates outside the
school season and slots over the daily pupil cap. The agent then schedules the
group's animal-contact sessions and the hand-wash station checks around them on
the keepers' task list. Each morning it also re-plans the day's checks from the
usage counts the smart soap dispensers report to their vendor's cloud, read with
a read-only API key. The visit coordinator confirms each provisional booking in
the staff admin app, which then e-mails the teacher; keepers see their tasks and
mark checks done there. Staff sign in with their own accounts; the chat widget is
rate limited and conversation transcripts are kept for follow-up questions.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Petting farm school visit booking and hand-wash check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks=["gdpr"],
    description="Chat agent that books school visits, schedules animal-contact sessions "
    "and plans hand-wash station checks from soap dispenser usage counts.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Teacher chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="School, teacher name and contact, pupil numbers, ages, additional needs.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("Model completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
schedule_call = tg.Data(
    "Session and check scheduling call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
schedule_result = tg.Data(
    "Scheduling result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
usage_query = tg.Data(
    "Dispenser usage query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
usage_counts = tg.Data(
    "Soap dispenser usage readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Presses per dispenser per hour and refill level, per hand-wash station.",
)
bookings = tg.Data(
    "School visit bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Teacher contact details, school, pupil numbers, ages and additional needs.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
farm_schedule = tg.Data(
    "Contact sessions and hand-wash check tasks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
staff_rota = tg.Data("Keeper rota", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The coordinator's confirmation of a provisional booking.",
)
check_done = tg.Data(
    "Hand-wash check sign-off", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
confirmation_email = tg.Data(
    "Booking confirmation e-mail", kind="documents", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Teachers planning a school trip; anyone can open the chat.
    teacher = tm.add(tg.Actor("Teacher", role="school visit organiser"))

with tm.boundary(
    "Farm visitor areas",
    trust=tg.Trust.UNTRUSTED,
    description="Hand-wash stations by the animal pens, open to every visitor.",
):
    # Soap dispensers that count presses: the signal of how much hand washing happens.
    dispensers = tm.add(
        tg.Device(
            "Smart soap dispensers",
            fleet=True,
            description="Battery dispensers with a cellular modem, one per hand-wash station.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Dispenser vendor", trust=tg.Trust.PARTNER):
    # The dispenser maker's cloud, where the usage counts land.
    vendor_cloud = tm.add(
        tg.ExternalService("Dispenser vendor cloud", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends the confirmation e-mails the admin app composes.
    mailer = tm.add(tg.ExternalService("E-mail delivery service"))

with tm.boundary("Farm cloud account", trust=tg.Trust.INTERNAL):
    # Chat widget back end on the website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=20)},
        )
    )
    # The agent: takes bookings in chat and runs a morning re-plan of hand-wash checks.
    agent = tm.add(
        tg.Agent(
            "Visit booking agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Answers teachers, books visits, schedules contact sessions and "
            "hand-wash checks; a scheduled trigger also starts a daily check re-plan.",
        )
    )
    # Checks capacity and writes provisional bookings.
    booking_tool = tm.add(
        tg.Tool(
            "Visit booking tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="refuses dates outside the school season and slots over the "
                    "daily pupil cap"
                ),
                c.HumanInTheLoop(
                    approver="visit coordinator",
                    note="bookings are written as provisional until the coordinator "
                    "confirms them in the admin app",
                ),
            },
        )
    )
    # Puts animal-contact sessions and hand-wash checks on the keepers' task list.
    schedule_tool = tm.add(tg.Tool("Farm schedule tool", capabilities={"read", "write"}))
    # Reads the dispensers' usage counts from the vendor's API.
    usage_tool = tm.add(
        tg.Tool(
            "Dispenser usage tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only vendor API key")},
        )
    )
    # Bookings, rota, sessions and check tasks in one database.
    ops_db = tm.add(
        tg.DataStore(
            "Farm operations database",
            stores={bookings, farm_schedule, staff_rota},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation history, so a teacher can come back to the same chat.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Staff web app: coordinator confirms bookings, keepers work their task list.
    admin_app = tm.add(
        tg.Service(
            "Staff admin app",
            controls={
                c.Authentication(method="individual staff accounts with e-mail and password"),
                c.RBAC(note="coordinator and keeper roles"),
            },
        )
    )

with tm.boundary("Farm office and yard", trust=tg.Trust.INTERNAL):
    # Confirms school bookings and handles special requests.
    coordinator = tm.add(tg.Actor("Visit coordinator", role="farm staff"))
    # Runs contact sessions and does the hand-wash station checks.
    keeper = tm.add(tg.Actor("Animal keeper", role="farm staff"))

# ---------------------------------------------------------------- flows
# Teacher conversation
tm.flow(teacher, chat, chat_message, protocol="https")
tm.flow(chat, teacher, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)
tm.flow(transcript_store, agent, transcripts, label="earlier conversation")

# Booking
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, ops_db, bookings, label="provisional booking")
tm.flow(ops_db, booking_tool, bookings, label="capacity lookup")

# Sessions and hand-wash checks
tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, agent, schedule_result)
tm.flow(schedule_tool, ops_db, farm_schedule)
tm.flow(ops_db, schedule_tool, farm_schedule, staff_rota)
tm.flow(agent, usage_tool, usage_query)
tm.flow(usage_tool, agent, usage_counts)
tm.flow(usage_tool, vendor_cloud, usage_query, protocol="https")
tm.flow(vendor_cloud, usage_tool, usage_counts, protocol="https")
tm.flow(dispensers, vendor_cloud, usage_counts, protocol="mqtts")

# Staff
tm.flow(coordinator, admin_app, booking_confirmation, protocol="https")
tm.flow(admin_app, coordinator, bookings, protocol="https")
tm.flow(keeper, admin_app, check_done, protocol="https")
tm.flow(admin_app, keeper, farm_schedule, protocol="https")
tm.flow(admin_app, ops_db, bookings, farm_schedule)
tm.flow(ops_db, admin_app, bookings, farm_schedule, staff_rota)
tm.flow(admin_app, mailer, confirmation_email, protocol="https")
tm.flow(mailer, teacher, confirmation_email, protocol="smtp")
