"""Shooting range lane booking and licence check agent: the first design.

A shooting club puts an AI agent on its member portal. Members and guests chat
with it to book range lanes and ask about opening times, disciplines and club
rules. Before a guest's or new member's first booking the agent checks that they
have uploaded a firearm certificate that is still valid: a check tool sends the
uploaded scan to the hosted LLM to read the holder, number and expiry date, and
records the result in the club database. The portal and agent run in the club's
cloud account; the LLM is a vendor's API and booking confirmations go out through
an e-mail provider. In the clubhouse, range officers see the day's bookings on a
day sheet and mark arrivals, and the counter till sells ammunition against the
booking record. Controls in this design: portal sign-in with e-mail and password,
a request quota, TLS on every link, encrypted storage, staff sign-in with roles on
the day sheet, a PIN on the till and an audit log on the club database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Shooting range lane booking and licence check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Member portal agent that books range lanes, answers questions and checks "
        "guests' and new members' firearm certificates before their first booking."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Member chat message", sensitivity="pii", kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
certificate_scan = tg.Data(
    "Firearm certificate scan",
    sensitivity="pii",
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
    description="Photo or PDF of the holder's firearm or shotgun certificate.",
)
llm_prompt = tg.Data("Agent prompt", sensitivity="pii", kind="prompt")
llm_completion = tg.Data("LLM completion", sensitivity="pii", kind="model-output")
extracted_details = tg.Data(
    "Extracted certificate details",
    sensitivity="pii",
    kind="model-output",
    description="Holder name, certificate number, issuing force and expiry date.",
)
club_rules = tg.Data("Range rules and FAQ", sensitivity="internal", kind="documents")
booking_call = tg.Data("Lane booking call", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Lane booking result", sensitivity="pii", kind="tool-result")
check_call = tg.Data("Certificate check call", sensitivity="pii", kind="tool-call")
check_result = tg.Data("Certificate check result", sensitivity="pii", kind="tool-result")
bookings = tg.Data(
    "Lane bookings",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
members = tg.Data("Member and guest records", sensitivity="pii", kind="records")
certificate_status = tg.Data(
    "Certificate status",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
confirmation = tg.Data("Booking confirmation e-mail", sensitivity="pii", kind="documents")
attendance = tg.Data("Range attendance", sensitivity="pii", kind="records")
ammo_sale = tg.Data(
    "Ammunition sale record",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Existing club members booking lanes from home.
    member = tm.add(tg.Actor("Club member", role="member"))
    # Guests and probationary members, who must upload a certificate first.
    guest = tm.add(tg.Actor("Guest or new member", role="guest"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent and the certificate reading.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal chat model behind the vendor's API.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations to members' inboxes.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # The web portal: chat window, sign-in and certificate upload form.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that talks to members and calls the booking and check tools.
    agent = tm.add(
        tg.Agent(
            "Lane booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Answers questions, books lanes and checks certificates on its own.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Creates, moves and cancels lane bookings and sends the confirmation.
    booking_tool = tm.add(
        tg.Tool(
            "Lane booking tool",
            capabilities={"read", "write", "send-messages"},
        )
    )
    # Reads an uploaded certificate and records whether it is valid.
    check_tool = tm.add(
        tg.Tool(
            "Certificate check tool",
            capabilities={"read", "write"},
        )
    )
    # Uploaded certificate scans, kept for the club's records.
    certificate_store = tm.add(
        tg.DataStore(
            "Certificate upload store",
            stores={certificate_scan},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Members, guests, bookings, certificate status, attendance and ammunition sales.
    club_db = tm.add(
        tg.DataStore(
            "Club database",
            stores={members, bookings, certificate_status, attendance, ammo_sale},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Range rules, opening hours and disciplines the agent answers from.
    rules_store = tm.add(tg.DataStore("Club rules and FAQ", stores={club_rules}))
    # The day's bookings for range officers, with certificate status and arrivals.
    day_sheet = tm.add(
        tg.Service(
            "Range officer day sheet",
            controls={c.Authentication(method="staff e-mail and password"), c.RBAC()},
        )
    )

with tm.boundary("Clubhouse", trust=tg.Trust.INTERNAL):
    # Supervises the range; checks who is on which lane.
    range_officer = tm.add(tg.Actor("Range officer", role="range officer"))
    # Sells ammunition at the counter against a booking.
    counter_staff = tm.add(tg.Actor("Counter staff", role="counter staff"))
    # The counter's point-of-sale till, linked to the club database.
    till = tm.add(
        tg.Service(
            "Counter till",
            controls={c.Authentication(method="staff PIN on the till")},
        )
    )

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# members and guests talk to the agent
tm.flow(member, portal, chat_message, protocol="https", controls={tls})
tm.flow(portal, member, agent_reply, protocol="https", controls={tls})
tm.flow(guest, portal, chat_message, protocol="https", controls={tls})
tm.flow(portal, guest, agent_reply, protocol="https", controls={tls})
tm.flow(guest, portal, certificate_scan, protocol="https", controls={tls}, label="upload")
tm.flow(portal, certificate_store, certificate_scan)
tm.flow(portal, agent, chat_message)
tm.flow(agent, portal, agent_reply)

# the agent's reasoning
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})
tm.flow(rules_store, agent, club_rules, label="rules and FAQ lookup")

# booking lanes
tm.flow(agent, booking_tool, booking_call)
tm.flow(club_db, booking_tool, bookings, members, certificate_status, label="availability")
tm.flow(booking_tool, club_db, bookings)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, mailer, confirmation, protocol="https", controls={tls})
tm.flow(mailer, member, confirmation, protocol="smtp+starttls")
tm.flow(mailer, guest, confirmation, protocol="smtp+starttls")

# checking certificates
tm.flow(agent, check_tool, check_call)
tm.flow(certificate_store, check_tool, certificate_scan)
tm.flow(
    check_tool, llm, certificate_scan, protocol="https", controls={tls}, label="read certificate"
)
tm.flow(llm, check_tool, extracted_details, protocol="https", controls={tls})
tm.flow(club_db, check_tool, members, label="holder's name")
tm.flow(check_tool, club_db, certificate_status)
tm.flow(check_tool, agent, check_result)

# range officers
tm.flow(club_db, day_sheet, bookings, certificate_status)
tm.flow(day_sheet, range_officer, bookings, certificate_status, protocol="https", controls={tls})
tm.flow(
    range_officer, day_sheet, attendance, protocol="https", controls={tls}, label="marks arrivals"
)
tm.flow(day_sheet, club_db, attendance)

# ammunition at the counter
tm.flow(club_db, till, bookings, certificate_status, protocol="https", controls={tls})
tm.flow(till, counter_staff, bookings, label="booking record on screen")
tm.flow(counter_staff, till, ammo_sale, label="rings up sale")
tm.flow(till, club_db, ammo_sale, protocol="https", controls={tls})
