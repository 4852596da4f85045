"""Village cricket club bowling machine and net booking agent: the first design.

Members of a village cricket club book the two practice nets and the club's bowling
machine in the club app; adults also book sessions for their junior children. Each
booking carries a drill profile: one of the coaches' standard drills from the library,
or the member's own drill described in a few lines of free text. At the start of a
session a booking agent, built on a hosted LLM, reads the booking and its drill and sets
the machine's speed, line and length through a machine settings tool; the machine's
controller sits on the clubhouse Wi-Fi and keeps an outbound connection to the club's
cloud backend. A junior session needs a coach present: coaches check in on the app, and
the agent asks a check-in lookup tool before it sends settings for a junior booking.
Members and coaches sign in with e-mail and password; the club's admin uses TOTP too.
The backend gives members, coaches and the admin different roles; the machine has a
hand-held stop button on its remote.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village cricket club nets and bowling machine",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Net and bowling machine bookings, with an agent that sets the machine per drill.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Net booking request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, net, time slot, whether it is a junior session, and the drill chosen.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
members = tg.Data(
    "Member and junior records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Names, contact details, juniors' ages and age groups, bookings.",
)
custom_drill = tg.Data(
    "Member's custom drill notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free text such as 'short balls outside off, build up pace'.",
)
drills = tg.Data(
    "Standard drill profiles",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Coaches' drills: speed range, line, length and number of balls.",
)
checkin = tg.Data("Coach check-in", kind="records", sensitivity=tg.Sensitivity.PII)
session_start = tg.Data(
    "Session start with booking", kind="records", sensitivity=tg.Sensitivity.PII
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the booking, its drill profile and tool results.",
)
completion = tg.Data("LLM completion with tool calls", kind="model-output")
checkin_query = tg.Data("Check-in lookup call", kind="tool-call")
checkin_status = tg.Data(
    "Coach check-in status", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
settings_call = tg.Data("Machine settings call", kind="tool-call")
machine_settings = tg.Data(
    "Machine speed and line settings",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
machine_status = tg.Data("Machine status", kind="records")
settings_result = tg.Data("Settings applied result", kind="tool-result")
session_log = tg.Data("Session logs", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Adult members, who also book for their juniors.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Qualified coaches who run junior sessions and check in on the app.
    coach = tm.add(tg.Actor("Coach", role="coach"))
    # Volunteer who runs the app: members, coaches and the drill library.
    admin = tm.add(tg.Actor("Club admin", role="volunteer administrator", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model the booking agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud backend", trust=tg.Trust.INTERNAL):
    # The API the club app (iOS, Android and web) talks to.
    app_api = tm.add(
        tg.Endpoint(
            "Club app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password; TOTP for the admin account"),
                c.RBAC(note="member, coach and admin roles"),
            },
        )
    )
    # Keeps the booking calendar and starts the agent when a session begins.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Holds the nets calendar, records check-ins, triggers the agent at session start.",
        )
    )
    # Members, juniors, bookings and check-ins.
    club_db = tm.add(
        tg.DataStore(
            "Members and bookings database",
            stores={members, booking, checkin, custom_drill},
            controls={c.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # The coaches' standard drills.
    drill_library = tm.add(tg.DataStore("Drill profile library", stores={drills}))
    # Turns a booking's drill into machine settings at the start of each session.
    agent = tm.add(
        tg.Agent(
            "Net session agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Reads the booking and drill, checks coach presence for juniors, sets the machine.",
        )
    )
    # Read-only lookup: is a coach checked in at the nets for this session?
    checkin_tool = tm.add(tg.Tool("Coach check-in lookup tool", capabilities={"read"}))
    # Sends speed, line and length to the machine.
    settings_tool = tm.add(tg.Tool("Machine settings tool", capabilities={"write"}))
    # What the agent did in each session, for the committee.
    log_store = tm.add(tg.DataStore("Session log store", stores={session_log}))

with tm.boundary("Clubhouse Wi-Fi", trust=tg.Trust.INTERNAL):
    # The bowling machine's network controller in the nets, on the clubhouse Wi-Fi.
    machine = tm.add(
        tg.Device(
            "Bowling machine controller",
            fleet=False,
            description="Sets wheel speeds and head angle; the remote has a stop button.",
        )
    )

# ---------------------------------------------------------------- flows
# Booking and check-in
tm.flow(member, app_api, booking, custom_drill, protocol="https")
tm.flow(app_api, member, confirmation, protocol="https")
tm.flow(coach, app_api, checkin, protocol="https")
tm.flow(admin, app_api, drills, members, protocol="https", label="club administration")
tm.flow(app_api, booking_service, booking, custom_drill, checkin)
tm.flow(booking_service, app_api, confirmation)
tm.flow(app_api, drill_library, drills, label="drill library edits")
tm.flow(booking_service, club_db, booking, checkin, custom_drill)
tm.flow(club_db, booking_service, booking, members)

# Session start: the agent sets the machine
tm.flow(booking_service, agent, session_start, custom_drill, label="session start")
tm.flow(drill_library, agent, drills)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, checkin_tool, checkin_query)
tm.flow(club_db, checkin_tool, checkin)
tm.flow(checkin_tool, agent, checkin_status)
tm.flow(agent, settings_tool, settings_call)
tm.flow(settings_tool, machine, machine_settings, protocol="wss")
tm.flow(machine, settings_tool, machine_status, protocol="wss")
tm.flow(settings_tool, agent, settings_result)
tm.flow(agent, log_store, session_log)
