"""Jousting tournament ticketing and knight liability agent: the first design.

A living-history company stages jousting tournaments at castles in England and
France. Spectators buy tickets on our web app (cards are taken on the payment
provider's hosted page) and can chat with a desk agent to change bookings or get
refunds for cancelled days. Knights register to compete through the same app and
upload their public liability insurance certificate, a signed waiver and a
medical fitness declaration. The desk agent, an LLM agent on a hosted model,
reads each registration against our cover criteria and proposes a liability
clearance; the tournament marshal approves it before the knight is entered in
the lists, and the agent e-mails knights about missing papers. Everything runs in
one cloud project; records sit in a restricted tier encrypted at rest. Refunds
above GBP 150 wait for the box office manager; staff sign in with SSO and MFA.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Jousting tournament ticketing and knight liability agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Ticket sales, a spectator desk agent and liability clearance for competing knights.",
)

# ---------------------------------------------------------------- data assets
card_details = tg.Data("Spectator card details", sensitivity="regulated", kind="records")
ticket_order = tg.Data("Ticket order", sensitivity="pii", kind="records")
checkout = tg.Data("Checkout session", sensitivity="internal", kind="records")
payment_confirmation = tg.Data("Payment confirmation", sensitivity="pii", kind="records")
bookings = tg.Data(
    "Spectator bookings",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
e_ticket = tg.Data("E-ticket", sensitivity="pii", kind="documents")
chat_message = tg.Data("Spectator chat message", sensitivity="pii", kind="prompt")
agent_reply = tg.Data("Desk agent reply", sensitivity="pii", kind="model-output")

registration = tg.Data("Knight registration", sensitivity="pii", kind="records")
liability_papers = tg.Data(
    "Insurance certificate and signed waiver",
    sensitivity="pii",
    kind="documents",
    description="PDF or photo uploads: insurer, policy number, cover amount, expiry, signature.",
)
medical = tg.Data(
    "Medical fitness declaration",
    sensitivity="regulated",
    kind="documents",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
)
cover_criteria = tg.Data(
    "Liability cover criteria",
    sensitivity="internal",
    kind="documents",
    description="Minimum cover per venue, accepted insurers, waiver wording version.",
)
clearance = tg.Data(
    "Liability clearance status",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
clearance_proposal = tg.Data("Clearance proposal", sensitivity="pii", kind="model-output")
clearance_approval = tg.Data("Marshal approval", sensitivity="internal", kind="records")

llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, conversation or registration papers, and tool results.",
)
llm_completion = tg.Data("Model completion", sensitivity="pii", kind="model-output")
booking_call = tg.Data("Booking change call", sensitivity="pii", kind="tool-call")
booking_result = tg.Data("Booking lookup result", sensitivity="pii", kind="tool-result")
refund_call = tg.Data("Refund request", sensitivity="pii", kind="tool-call")
refund_result = tg.Data("Refund result", sensitivity="internal", kind="tool-result")
refund_approval = tg.Data("Refund approval", sensitivity="internal", kind="records")
clearance_call = tg.Data("Clearance update call", sensitivity="pii", kind="tool-call")
notice = tg.Data("Missing papers notice", sensitivity="pii", kind="tool-call")
notice_email = tg.Data("Notice e-mail", sensitivity="pii", kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public buying tickets and asking about them.
    spectator = tm.add(tg.Actor("Spectator", role="ticket buyer"))
    # Competing riders (amateur and professional) who register for a tournament.
    knight = tm.add(tg.Actor("Knight", role="competitor"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and refunds: card numbers never reach our systems.
    payments = tm.add(
        tg.ExternalService("Payment provider", description="Hosted checkout page and refund API.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The general-purpose model behind the desk agent.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="vendor DPA signed; API data not used for training")
            },
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends e-tickets and notices to spectators and knights.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Tournament cloud", trust=tg.Trust.INTERNAL):
    # Public web app: ticket shop, spectator chat, knight portal and staff console.
    web_app = tm.add(
        tg.Endpoint(
            "Tournament web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="knights: e-mail and password; staff: Google Workspace SSO with MFA; "
                    "spectators in chat: booking reference and e-mail"
                ),
                c.RateLimiting(requests_per_minute=30, note="per IP on chat and uploads"),
                c.InputValidation(note="upload type and size checks (PDF, JPEG, PNG up to 10 MB)"),
            },
        )
    )
    # The LLM agent: answers spectators and prepares knights' liability clearances.
    desk_agent = tm.add(
        tg.Agent(
            "Tournament desk agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Looks up and changes spectator bookings (seats, day, names on tickets).
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Refunds cancelled or changed bookings through the payment provider.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement", "network-egress"},
            controls={
                c.HumanInTheLoop(approver="box office manager", above="GBP 150 per refund"),
                c.SecretsManagement(note="payment API key in the cloud secret manager"),
            },
        )
    )
    # Records a knight's liability clearance once the marshal approves it.
    clearance_tool = tm.add(
        tg.Tool(
            "Clearance update tool",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="tournament marshal")},
        )
    )
    # Sends knights a notice listing missing or expired papers.
    notice_tool = tm.add(tg.Tool("Knight notice tool", capabilities={"send-messages"}))

    with tm.boundary("Records tier", trust=tg.Trust.RESTRICTED):
        # Ticket sales and spectator contact details.
        booking_db = tm.add(
            tg.DataStore(
                "Booking database",
                stores={bookings},
                controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
            )
        )
        # Knights' registrations, uploaded papers and clearance status.
        knight_registry = tm.add(
            tg.DataStore(
                "Knight registry",
                stores={registration, liability_papers, medical, clearance},
                controls={
                    c.EncryptionAtRest(key_management="cloud provider managed keys"),
                    c.RBAC(note="only the marshal and the agent's service account"),
                },
            )
        )
        # Reference rules the agent checks papers against, maintained by the marshal.
        criteria_store = tm.add(tg.DataStore("Liability cover criteria", stores={cover_criteria}))

with tm.boundary("Event office", trust=tg.Trust.INTERNAL):
    # Approves every liability clearance before the draw for the lists.
    marshal = tm.add(tg.Actor("Tournament marshal", role="marshal", privileged=True))
    # Approves large refunds.
    box_office = tm.add(tg.Actor("Box office manager", role="box office staff"))

# ---------------------------------------------------------------- flows
# Ticket purchase
tm.flow(spectator, web_app, ticket_order, protocol="https")
tm.flow(web_app, payments, checkout, protocol="https")
tm.flow(spectator, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    web_app,
    payment_confirmation,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider's webhook signature checked")},
)
tm.flow(web_app, booking_db, bookings)
tm.flow(web_app, mailer, e_ticket, protocol="https")
tm.flow(mailer, spectator, e_ticket, protocol="smtp")

# Spectator chat with the desk agent
tm.flow(spectator, web_app, chat_message, protocol="https")
tm.flow(web_app, desk_agent, chat_message)
tm.flow(desk_agent, llm, llm_prompt, protocol="https")
tm.flow(llm, desk_agent, llm_completion, protocol="https")
tm.flow(desk_agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_db, bookings, label="update booking")
tm.flow(booking_db, booking_tool, bookings, label="read booking")
tm.flow(booking_tool, desk_agent, booking_result)
tm.flow(desk_agent, refund_tool, refund_call)
tm.flow(refund_tool, web_app, refund_call, label="refund above GBP 150 for approval")
tm.flow(web_app, box_office, refund_call, protocol="https")
tm.flow(box_office, web_app, refund_approval, protocol="https")
tm.flow(web_app, refund_tool, refund_approval)
tm.flow(refund_tool, payments, refund_call, protocol="https")
tm.flow(payments, refund_tool, refund_result, protocol="https")
tm.flow(refund_tool, desk_agent, refund_result)
tm.flow(desk_agent, web_app, agent_reply)
tm.flow(web_app, spectator, agent_reply, protocol="https")

# Knight registration and liability clearance
tm.flow(knight, web_app, registration, liability_papers, medical, protocol="https")
tm.flow(web_app, knight_registry, registration, liability_papers, medical)
tm.flow(web_app, desk_agent, registration, label="new registration")
tm.flow(knight_registry, desk_agent, registration, liability_papers)
tm.flow(criteria_store, desk_agent, cover_criteria)
tm.flow(marshal, web_app, cover_criteria, protocol="https", label="maintains criteria")
tm.flow(web_app, criteria_store, cover_criteria)
tm.flow(desk_agent, web_app, clearance_proposal, label="clearance for review")
tm.flow(web_app, marshal, clearance_proposal, protocol="https")
tm.flow(marshal, web_app, clearance_approval, protocol="https")
tm.flow(web_app, clearance_tool, clearance_approval)
tm.flow(desk_agent, clearance_tool, clearance_call)
tm.flow(clearance_tool, knight_registry, clearance)
tm.flow(clearance_tool, desk_agent, clearance, label="recorded status")
tm.flow(desk_agent, notice_tool, notice)
tm.flow(notice_tool, mailer, notice_email, protocol="https")
tm.flow(mailer, knight, notice_email, protocol="smtp")
tm.flow(knight_registry, web_app, clearance)
tm.flow(web_app, knight, clearance, protocol="https", label="status on knight portal")
