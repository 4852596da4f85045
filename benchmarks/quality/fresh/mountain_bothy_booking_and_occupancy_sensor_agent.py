"""Mountain bothy bookings and occupancy warnings: the first design, before any security review.

A mountain charity looks after a network of remote bothies. Walkers create an
account on the charity's booking website (e-mail and password) and book bunks for
a night, giving names, phone number, party size and a free-text note. Each bothy
has a battery door counter wired to a satellite IoT modem; the satellite operator
relays the crossing counts to a webhook on our cloud account, authenticated by a
token in the webhook URL. An hourly job compares the counts with each bothy's
capacity and looks for counters that have gone silent, and hands each event to a
warning agent built on a hosted LLM. The agent looks up the next bookings and sends
warnings to those walkers, and an alert to the volunteer maintenance officer, by
e-mail and SMS through a messaging provider, without anyone approving them. Office
staff set capacities and closures in an admin console behind the charity's Google
Workspace sign-in. Bookings live in a managed database, encrypted and backed up.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Mountain bothy booking and occupancy warnings",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Online bunk bookings for remote bothies, satellite-relayed door counts, and an "
        "LLM agent that warns bookers and the maintenance officer."
    ),
)

# ---------------------------------------------------------------- data assets
booking_request = tg.Data(
    "Booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead walker's name, e-mail, phone, party size, dates, bothy and a note.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="medium", availability="medium"),
)
settings = tg.Data(
    "Bothy capacity and closure settings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
counts = tg.Data(
    "Door counter readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Crossings in and out per hour, battery voltage and counter id.",
)
occupancy_event = tg.Data(
    "Occupancy event",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Over capacity or counter silent, with the bothy, the counts and the time.",
)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the event, and the booking records the agent looked up.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Booking lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("Upcoming bookings", kind="tool-result", sensitivity=tg.Sensitivity.PII)
warning = tg.Data(
    "Over-capacity warning",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Message to a booked walker, drafted by the agent, with their booking details.",
)
maintenance_alert = tg.Data(
    "Maintenance alert",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which bothy, what happened, the last readings.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public who book bunks and receive warnings.
    walker = tm.add(tg.Actor("Walker", role="booker"))
    # Volunteer who checks and repairs bothies; gets alerts on a personal phone.
    officer = tm.add(tg.Actor("Volunteer maintenance officer", role="volunteer"))

with tm.boundary("Remote bothies", trust=tg.Trust.UNTRUSTED):
    # Infrared door counter and satellite modem, unattended in each bothy.
    counter = tm.add(tg.Device("Bothy door counter", fleet=True))

with tm.boundary("Satellite operator", trust=tg.Trust.PARTNER):
    # Carries the modem messages and posts them on to us.
    satellite = tm.add(tg.ExternalService("Satellite IoT network", provides="data-provider"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends the e-mails and text messages the agent writes.
    messaging = tm.add(tg.ExternalService("E-mail and SMS gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model behind the warning agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Charity cloud account", trust=tg.Trust.INTERNAL):
    # Public site where walkers sign up, book and see their bookings.
    booking_site = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )
    # Bookings, walker accounts and the bothy capacities.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, settings},
            controls={
                tg.controls.EncryptionAtRest(key_management="cloud provider managed keys"),
                tg.controls.DataVersioning(note="nightly backups kept 30 days"),
            },
        )
    )
    # Receives the satellite operator's posts of counter messages.
    receiver = tm.add(
        tg.Endpoint(
            "Counter webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                tg.controls.Authentication(
                    method="static token in the webhook URL from the satellite operator"
                )
            },
        )
    )
    # Time series of counts and the last time each counter was heard.
    occupancy_db = tm.add(tg.DataStore("Occupancy store", stores={counts}))
    # Compares counts with capacity and spots silent counters.
    hourly_check = tm.add(tg.Service("Hourly occupancy check"))
    # Decides who to warn and writes the messages.
    agent = tm.add(
        tg.Agent(
            "Warning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                tg.controls.CircuitBreaker(max_steps=15),
                tg.controls.SecretsManagement(
                    note="LLM and messaging keys in the cloud secret store"
                ),
                tg.controls.AuditLogging(note="prompts, tool calls and sent messages logged"),
            },
        )
    )
    # Reads the next bookings for a bothy.
    lookup_tool = tm.add(
        tg.Tool(
            "Booking lookup tool",
            capabilities={"read"},
            controls={tg.controls.LeastPrivilegeTools(note="read-only database user")},
        )
    )
    # Sends a message to any phone number or e-mail address the agent gives it.
    send_tool = tm.add(tg.Tool("Send message tool", capabilities={"send-messages"}))
    # Staff screen for capacities, closures and bookings.
    admin_console = tm.add(
        tg.Endpoint(
            "Admin console",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Google Workspace SSO with 2SV"),
                tg.controls.RBAC(),
            },
        )
    )

with tm.boundary("Charity office", trust=tg.Trust.INTERNAL):
    # Paid staff member who runs bookings and sets capacities.
    coordinator = tm.add(tg.Actor("Bookings coordinator", role="staff", privileged=True))

# ---------------------------------------------------------------- flows
# Bookings.
tm.flow(walker, booking_site, booking_request, protocol="https")
tm.flow(booking_site, walker, booking_confirmation, protocol="https")
tm.flow(booking_site, booking_db, bookings)
tm.flow(booking_db, booking_site, bookings, settings, label="own bookings and free bunks")
tm.flow(coordinator, admin_console, settings, protocol="https")
tm.flow(admin_console, coordinator, bookings, protocol="https")
tm.flow(admin_console, booking_db, settings, bookings)
tm.flow(booking_db, admin_console, bookings, settings)

# Counter readings.
tm.flow(counter, satellite, counts, protocol="satellite short-burst data")
tm.flow(satellite, receiver, counts, protocol="https", label="webhook")
tm.flow(receiver, occupancy_db, counts)
tm.flow(occupancy_db, hourly_check, counts)
tm.flow(booking_db, hourly_check, settings, label="hourly read of capacities")
tm.flow(hourly_check, agent, occupancy_event)

# The agent.
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, booking_db, lookup_call)
tm.flow(booking_db, lookup_tool, bookings)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, send_tool, warning, maintenance_alert)
tm.flow(send_tool, messaging, warning, maintenance_alert, protocol="https")
tm.flow(messaging, walker, warning, protocol="sms")
tm.flow(messaging, officer, maintenance_alert, protocol="sms")
