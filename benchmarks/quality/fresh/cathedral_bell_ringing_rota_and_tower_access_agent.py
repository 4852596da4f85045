"""Cathedral bell ringers' rota and tower access agent: the first design.

The cathedral's guild of bell ringers wants an e-mail agent to take over the
tower secretary's chores. Members e-mail the guild mailbox with their
availability and booking requests for practice nights and Sunday service
ringing; the agent, built on a hosted LLM, reads the mailbox, keeps the rota in
the guild's small database and sends rota and booking e-mails back. Visiting
ringers e-mail to ask to ring; their bookings stay pending until the tower
captain approves them on the guild admin page. On the day, the agent texts the
current tower door code to each booked ringer through an SMS gateway. The head
verger changes the keypad code and records it on the admin page. Everything
runs on one small cloud VM the guild rents; the admin page signs people in with
an e-mail and password, and the database sits on the provider's encrypted disk.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Cathedral bell ringing rota and tower access agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="E-mail agent that runs the ringing rota and texts the tower door code "
    "to booked ringers on the day.",
)

# ---------------------------------------------------------------- data assets
ringer_mail = tg.Data(
    "Ringer e-mails",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Availability, swaps and booking requests from guild members.",
)
visit_request = tg.Data(
    "Visiting ringer request",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Name, home tower, experience and the practice or service asked for.",
)
inbox_items = tg.Data("Inbox messages", sensitivity=tg.Sensitivity.PII, kind="tool-result")
outgoing_mail = tg.Data("Outgoing e-mail", sensitivity=tg.Sensitivity.PII, kind="tool-call")
rota_mail = tg.Data("Rota and booking e-mails", sensitivity=tg.Sensitivity.PII, kind="model-output")
approval_mail = tg.Data(
    "Visitor approval request e-mail", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
prompt = tg.Data("Agent prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data(
    "LLM reply and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
rota = tg.Data(
    "Rota and bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Who rings at which practice or service, and pending visitor bookings.",
)
contacts = tg.Data(
    "Ringer contact details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail addresses and mobile numbers of members and visitors.",
)
booking_change = tg.Data("Booking change", sensitivity=tg.Sensitivity.PII, kind="tool-call")
door_code = tg.Data(
    "Tower door code",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
code_request = tg.Data(
    "Door code send request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="The ringer to text and the date of ringing.",
)
code_text = tg.Data("Door code text", sensitivity=tg.Sensitivity.SECRET, kind="credentials")
visitor_approval = tg.Data("Visitor approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Guild members, e-mailing from their own accounts and receiving texts.
    ringer = tm.add(tg.Actor("Guild ringer", role="member"))
    # Ringers from other towers who ask to join a practice or service.
    visitor = tm.add(tg.Actor("Visiting ringer", role="visitor"))
    # Approves visiting ringers from home, on the admin page.
    captain = tm.add(tg.Actor("Tower captain", role="tower captain", privileged=True))

with tm.boundary("Mail and SMS providers", trust=tg.Trust.PARTNER):
    # The guild's hosted mailbox (rota@ address) that everyone writes to.
    mailbox = tm.add(tg.ExternalService("Guild mailbox", provides="generic"))
    # Commercial SMS API used to text the door code.
    sms = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API; the agent's brain.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Guild cloud VM", trust=tg.Trust.INTERNAL):
    # Reads new e-mails, keeps the rota, answers ringers and texts door codes.
    agent = tm.add(
        tg.Agent(
            "Rota agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Polls the mailbox every few minutes and on ringing days sends "
            "door codes to the ringers it finds booked.",
        )
    )
    # Reads the guild inbox and sends replies as the guild address.
    mail_tool = tm.add(
        tg.Tool("Mailbox tool", capabilities={"read", "send-messages"}, origin="first-party")
    )
    # Reads and changes rota entries; visitor bookings wait for the captain.
    rota_tool = tm.add(
        tg.Tool(
            "Rota tool",
            capabilities={"read", "write"},
            origin="first-party",
            controls={
                c.HumanInTheLoop(
                    approver="the tower captain",
                    note="visiting ringers' bookings only; members' bookings go straight "
                    "into the rota",
                )
            },
        )
    )
    # Sends the current door code to a ringer's mobile number from the register.
    code_tool = tm.add(
        tg.Tool(
            "Door code text tool",
            capabilities={"read", "send-messages"},
            origin="first-party",
            description="Looks up the named ringer's mobile number in the register and "
            "texts them the current door code.",
        )
    )
    # Small web page for the captain and the verger.
    admin = tm.add(
        tg.Endpoint(
            "Guild admin page",
            purpose="api",
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The guild's only database: rota, bookings and contact details.
    register = tm.add(
        tg.DataStore(
            "Rota and ringer register",
            stores={rota, contacts},
            controls={c.EncryptionAtRest(key_management="cloud provider's default disk keys")},
        )
    )
    # Holds the current keypad code, changed by the verger.
    access_settings = tm.add(
        tg.DataStore(
            "Tower access settings",
            stores={door_code},
            controls={c.EncryptionAtRest(key_management="cloud provider's default disk keys")},
        )
    )

with tm.boundary("Cathedral", trust=tg.Trust.INTERNAL):
    # Cathedral staff member who changes the keypad code every few weeks.
    verger = tm.add(tg.Actor("Head verger", role="cathedral staff", privileged=True))
    # Keypad lock on the tower door at the foot of the stairs.
    keypad = tm.add(tg.Device("Tower door keypad", fleet=False))

# ---------------------------------------------------------------- flows
# e-mail in and out
tm.flow(ringer, mailbox, ringer_mail, protocol="smtp")
tm.flow(visitor, mailbox, visit_request, protocol="smtp")
tm.flow(mailbox, ringer, rota_mail, protocol="smtp")
tm.flow(mailbox, visitor, rota_mail, protocol="smtp")
tm.flow(mailbox, captain, approval_mail, protocol="smtp")
tm.flow(mailbox, mail_tool, inbox_items, protocol="https", label="IMAP over TLS")
tm.flow(mail_tool, mailbox, rota_mail, approval_mail, protocol="https", label="send as guild")
tm.flow(mail_tool, agent, inbox_items)
tm.flow(agent, mail_tool, outgoing_mail)

# the agent's reasoning
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# rota
tm.flow(agent, rota_tool, booking_change)
tm.flow(rota_tool, agent, rota, contacts)
tm.flow(rota_tool, register, rota, contacts)
tm.flow(register, rota_tool, rota, contacts)

# door codes on the day
tm.flow(agent, code_tool, code_request)
tm.flow(register, code_tool, contacts, label="mobile number lookup")
tm.flow(access_settings, code_tool, door_code)
tm.flow(code_tool, sms, code_text, protocol="https")
tm.flow(sms, ringer, code_text, protocol="sms")
tm.flow(sms, visitor, code_text, protocol="sms")

# admin page
tm.flow(admin, captain, rota, protocol="https", label="pending visitors")
tm.flow(captain, admin, visitor_approval, protocol="https")
tm.flow(admin, register, visitor_approval)
tm.flow(register, admin, rota)
tm.flow(verger, admin, door_code, protocol="https", label="records new code")
tm.flow(admin, access_settings, door_code)

# at the tower
tm.flow(verger, keypad, door_code, label="sets code on the panel")
tm.flow(ringer, keypad, door_code, label="typed at the keypad")
tm.flow(visitor, keypad, door_code, label="typed at the keypad")
