"""Tennis club booking chatbot: the first design, before any security review.

Members of the club chat with an assistant in the club app to book, move or cancel
courts. The same assistant also sets up the club's connected ball machines for a
booked court: a member asks for a drill and the assistant sends the speed, spin,
interval and ball pattern to the machine. The assistant is an LLM agent in our
cloud tenancy, calling a hosted LLM, with a court booking tool and a drill
programming tool. Drill programs go through a ball machine control service to a
small bridge box in the clubhouse, which drives the machines over the club Wi-Fi.
Coaches use a web portal to plan junior sessions, see rosters and preset drills.
Controls in this design: members sign in with membership number and password,
the chat API is rate limited, coaches sign in with e-mail and password and have
roles, the booking system enforces court rules, the agent's loop is capped, and
the machines' firmware caps ball speed and feed rate.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Tennis club booking and ball machine chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Member chatbot that books courts and programs connected ball machines, "
        "with a coach portal for junior sessions."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Prompt with member and booking context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, tool definitions, the conversation and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
member_records = tg.Data(
    "Member and booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Members' names, contact details, membership tier and court bookings.",
)
drill_call = tg.Data("Drill tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
drill_result = tg.Data("Drill tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
drill_program = tg.Data(
    "Drill program",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Court, machine, ball speed, spin, feed interval and pattern.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
machine_status = tg.Data("Ball machine status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
junior_roster = tg.Data(
    "Junior session roster",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Children's names, ages, parents' contact details and medical notes.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
session_plan = tg.Data(
    "Junior session plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Court times, groups and preset drills for junior coaching sessions.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data("Booking confirmation", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Club members using the club app on their phones.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Club coaches, several of them self-employed, on their own phones and laptops.
    coach = tm.add(tg.Actor("Coach", role="coach"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the assistant reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service for booking confirmations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Club cloud tenancy", trust=tg.Trust.INTERNAL):
    # The chat API behind the club app's chat screen.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="membership number and password"),
                tg.controls.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that books courts and sets up drills for the member.
    agent = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books courts and loads drills once the member says yes in the chat.",
            controls={tg.controls.CircuitBreaker(max_steps=8)},
        )
    )
    # Creates, moves and cancels court bookings; sends confirmations.
    booking_tool = tm.add(
        tg.Tool(
            "Court booking tool",
            capabilities={"read", "write", "send-messages"},
            description="Checks court availability and books in the signed-in member's name.",
            controls={
                tg.controls.PolicyEnforcement(
                    rules="no double bookings; peak-time allowance per membership tier"
                )
            },
        )
    )
    # Turns a drill request into a program for the machine on the booked court.
    drill_tool = tm.add(tg.Tool("Drill programming tool", capabilities={"read", "write"}))
    # Keeps the bridge connections and sends drill programs to the right court.
    machine_service = tm.add(
        tg.Service(
            "Ball machine control service",
            controls={tg.controls.Authentication(method="per-bridge API token")},
        )
    )
    # Web portal for coaches: junior sessions, rosters and drill presets.
    coach_portal = tm.add(
        tg.Endpoint(
            "Coach portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="e-mail and password"),
                tg.controls.RBAC(),
            },
        )
    )
    # Members, bookings, junior rosters and session plans.
    club_db = tm.add(
        tg.DataStore(
            "Club database",
            stores={member_records, junior_roster, session_plan, drill_program},
            controls={tg.controls.EncryptionAtRest(key_management="provider-managed keys")},
        )
    )
    # Chat logs kept to look into complaints and improve the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

with tm.boundary("Clubhouse Wi-Fi", trust=tg.Trust.INTERNAL):
    # Small box in the clubhouse holding an outbound connection to the cloud.
    bridge = tm.add(
        tg.Device(
            "Ball machine bridge",
            fleet=False,
            description="Raspberry Pi on the club Wi-Fi; members' phones share the network.",
        )
    )
    # The connected ball machines, one per court with a machine.
    machines = tm.add(
        tg.Device(
            "Ball machines",
            description="Wi-Fi ball machines with a local HTTP API for drill programs.",
            controls={
                tg.controls.SafetyLimits(
                    limits="manufacturer firmware caps ball speed and feed rate"
                )
            },
        )
    )

# ---------------------------------------------------------------- flows
# Member chat
tm.flow(member, chat_api, chat_message, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, member, reply, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

# Court bookings
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, club_db, member_records)
tm.flow(club_db, booking_tool, member_records)
tm.flow(booking_tool, mailer, confirmation, protocol="https")
tm.flow(mailer, member, confirmation, protocol="smtp", label="e-mail")

# Ball machine drills
tm.flow(agent, drill_tool, drill_call)
tm.flow(drill_tool, agent, drill_result)
tm.flow(club_db, drill_tool, member_records, drill_program, label="booked court and presets")
tm.flow(drill_tool, machine_service, drill_program)
tm.flow(machine_service, drill_tool, machine_status)
tm.flow(machine_service, bridge, drill_program, protocol="wss")
tm.flow(bridge, machine_service, machine_status, protocol="wss")
tm.flow(bridge, machines, drill_program, protocol="http")
tm.flow(machines, bridge, machine_status, protocol="http")

# Coach portal
tm.flow(coach, coach_portal, session_plan, drill_program, protocol="https")
tm.flow(coach_portal, coach, junior_roster, session_plan, protocol="https")
tm.flow(coach_portal, club_db, session_plan, drill_program)
tm.flow(club_db, coach_portal, junior_roster, session_plan)
tm.flow(coach_portal, machine_service, drill_program, label="start junior session drill")
