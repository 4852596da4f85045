"""Glassblowing studio kiln schedule agent: the first design, before any security review.

A small glassblowing studio runs taster classes, courses and hot-shop hire. Students
and hirers book through a chat on the studio's website: an LLM agent, hosted in the
studio's cloud account and backed by a vendor's hosted model, checks the calendar,
books class places and hot-shop hire slots, and e-mails a confirmation. At the end
of each session it sets the annealing schedule for the annealer the pieces go into,
chosen from a library of schedules the hot-shop technician has tested, and loads it
onto the kiln's network controller through the kiln maker's cloud service. The
technician maintains the library and sees bookings and kiln plans on a staff
dashboard. Controls in this design: rate limiting on the public chat, a step limit
on the agent, the kiln tool accepting only library schedules by id, the vendor API
key kept in the cloud secret manager, booking changes checked against the booking
reference and e-mail address, and the controllers' own temperature cap and
thermocouple-failure cut-out.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glassblowing studio kiln schedule agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books classes and hot-shop hire and sets annealing schedules "
        "on networked kiln controllers."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Booking chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, e-mail, the class or slot wanted, and details of the pieces made.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation and earlier tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Booking tool result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Free slots, or the booking made or changed with its reference.",
)
bookings = tg.Data(
    "Student and hire bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Students' and hirers' contact details, skill level, bookings and slots.",
)
confirmation = tg.Data(
    "Booking confirmation email", kind="documents", sensitivity=tg.Sensitivity.PII
)
kiln_call = tg.Data(
    "Kiln schedule tool call",
    kind="tool-call",
    description="Annealer, schedule id from the library and start time.",
)
kiln_result = tg.Data(
    "Kiln schedule tool result",
    kind="tool-result",
    description="Whether the program was loaded, and the annealer's current state.",
)
schedules = tg.Data(
    "Annealing schedules",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Tested ramp, soak and anneal segments per glass type and wall thickness.",
)
schedule_edits = tg.Data("Annealing schedule edits", kind="records")
firing_program = tg.Data(
    "Kiln firing program",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="The segments and target temperatures loaded onto one annealer.",
)
kiln_readings = tg.Data(
    "Kiln temperature readings",
    kind="records",
    description="Thermocouple temperature, current segment and error codes.",
)
kiln_api_key = tg.Data("Kiln cloud API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
kiln_plan = tg.Data(
    "Bookings and kiln plan view",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The day's bookings and which schedule each annealer is running.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat: prospective students, course members, glass artists hiring the hot shop.
    student = tm.add(tg.Actor("Student or hot-shop hirer", role="customer"))

with tm.boundary("Studio cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website's booking widget.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that talks to customers, books slots and sets annealing schedules.
    agent = tm.add(
        tg.Agent(
            "Kiln scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books and changes bookings and loads annealing schedules without staff sign-off.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the calendar, creates, moves and cancels bookings, sends confirmations.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete", "send-messages"},
            description="Changes and cancellations go through only for the booking whose reference and e-mail address match.",
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # Chooses a tested schedule by id and loads it onto an annealer via the kiln maker's cloud.
    kiln_tool = tm.add(
        tg.Tool(
            "Kiln schedule tool",
            capabilities={"read", "write", "network-egress"},
            controls={
                c.PolicyEnforcement(
                    rules="loads only schedules from the technician's library, by id; no free-form segments"
                ),
                c.SecretsManagement(note="kiln cloud API key held in the cloud secret manager"),
            },
        )
    )
    # System of record for classes, hire slots, students and hirers.
    booking_db = tm.add(tg.DataStore("Booking database", stores={bookings}))
    # The technician's tested annealing schedules, the only ones the agent may pick.
    schedule_library = tm.add(tg.DataStore("Annealing schedule library", stores={schedules}))
    # Staff web page for bookings, the kiln plan and schedule maintenance.
    dashboard = tm.add(
        tg.Endpoint(
            "Staff dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace sign-in (OIDC)")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model with function calling.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Kiln maker cloud", trust=tg.Trust.PARTNER):
    # The controller maker's monitoring service: the only way programs reach the controllers remotely.
    kiln_cloud = tm.add(
        tg.ExternalService(
            "Kiln maker cloud service",
            provides=tg.ExternalCategory.GENERIC,
            description="Relays programs to and readings from the studio's kiln controllers.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for booking confirmations.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Studio workshop network", trust=tg.Trust.INTERNAL):
    # Wi-Fi controllers on the three annealers; they run whatever program is loaded.
    controllers = tm.add(
        tg.Device(
            "Annealing kiln controllers",
            fleet=True,
            controls={
                c.SafetyLimits(
                    limits="controller caps every program at 540 °C and cuts power on thermocouple failure"
                )
            },
        )
    )
    # Maintains the schedule library, checks the kiln plan, loads the annealers.
    technician = tm.add(tg.Actor("Hot-shop technician", role="technician", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(student, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_db, booking_tool, bookings, label="availability and booking lookup")
tm.flow(booking_tool, booking_db, bookings, label="create, move, cancel")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, email, confirmation, protocol="https")
tm.flow(email, student, confirmation, protocol="smtp+starttls")

tm.flow(agent, kiln_tool, kiln_call)
tm.flow(schedule_library, kiln_tool, schedules)
tm.flow(kiln_tool, kiln_cloud, firing_program, kiln_api_key, protocol="https")
tm.flow(kiln_cloud, kiln_tool, kiln_readings, protocol="https")
tm.flow(kiln_cloud, controllers, firing_program, protocol="MQTT over TLS")
tm.flow(controllers, kiln_cloud, kiln_readings, protocol="MQTT over TLS")
tm.flow(kiln_tool, agent, kiln_result)

tm.flow(agent, chat, agent_reply)
tm.flow(chat, student, agent_reply, protocol="https")

tm.flow(technician, dashboard, schedule_edits, protocol="https")
tm.flow(dashboard, schedule_library, schedule_edits)
tm.flow(booking_db, dashboard, bookings)
tm.flow(kiln_cloud, dashboard, kiln_readings, protocol="https")
tm.flow(dashboard, technician, kiln_plan, protocol="https")
