"""Trampoline park booking agent: the first design, before any security review.

Parents book timed jump sessions at any of our parks (in Germany and the
Netherlands) through a chat agent on the website. The agent, built on a hosted
LLM, checks the session's remaining capacity and the jumpers' ages against the
park rules, asks an e-signature service to send the parent a safety waiver for
each child, creates the booking and sends back a card payment link from our
payment provider's hosted checkout. The booking platform runs in our cloud
account; it refuses bookings beyond a session's capacity, and takes signed
webhooks from the payment provider. At the park, entrance staff scan the booking
QR code on a tablet that shows each child's waiver status. Duty managers sign in
to the booking back office to move bookings and issue refunds; refunds are
logged. The chat endpoint is rate limited and the agent is capped in steps.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Trampoline park waiver and capacity agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Website chat agent that books jump sessions, collects child safety waivers "
    "and sends card payment links; QR check-in at the park.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Parent chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Park, date, session and the jumpers' names and dates of birth.",
)
agent_reply = tg.Data(
    "Agent reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answers, booking summary, payment link and booking QR code.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
availability_query = tg.Data("Session availability query", kind="tool-call")
availability = tg.Data("Session remaining capacity", kind="tool-result")
age_check_call = tg.Data(
    "Jumper ages and session type", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
park_rules = tg.Data(
    "Park age and supervision rules",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Minimum ages per session type, adult-to-toddler ratios, sock and height rules.",
)
age_check_result = tg.Data("Age check result", kind="tool-result")
waiver_call = tg.Data(
    "Waiver request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Parent name and e-mail, each child's name and date of birth.",
)
envelope_request = tg.Data(
    "Signature envelope request", kind="documents", sensitivity=tg.Sensitivity.PII
)
envelope_status = tg.Data("Envelope id and status", kind="tool-result")
signing_invite = tg.Data(
    "Waiver signing invitation", kind="documents", sensitivity=tg.Sensitivity.PII
)
signed_waiver = tg.Data(
    "Signed safety waiver",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
waiver_webhook = tg.Data("Waiver completed webhook", kind="records", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Create booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data("Booking request", kind="records", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation and QR code", kind="records", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Bookings and jumper records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Bookings, children's names and dates of birth, waiver status, payment status.",
)
payment_link_call = tg.Data("Payment link call", kind="tool-call")
checkout_request = tg.Data(
    "Checkout session request", kind="records", description="Amount, currency, booking reference."
)
payment_link = tg.Data("Card payment link", kind="tool-result")
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_webhook = tg.Data("Payment succeeded webhook", kind="records")
qr_scan = tg.Data("Booking QR code", kind="records")
gate_view = tg.Data("Booking and waiver status", kind="records", sensitivity=tg.Sensitivity.PII)
booking_change = tg.Data(
    "Booking change and refund order", kind="records", sensitivity=tg.Sensitivity.PII
)
refund = tg.Data("Refund instruction", kind="records")
refund_result = tg.Data("Refund result", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website can open the chat; parents book for their children.
    parent = tm.add(tg.Actor("Parent", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent runs on, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-signature vendor", trust=tg.Trust.PARTNER):
    # Sends the waiver to the parent, collects the signature, keeps the signed PDF.
    esign = tm.add(tg.ExternalService("E-signature service"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never reach our systems; also executes refunds.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Booking platform cloud", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per IP, at the CDN")},
        )
    )
    # The LLM agent that runs the booking conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=20)},
        )
    )
    # Reads a session's remaining places from the booking system.
    capacity_tool = tm.add(tg.Tool("Session capacity lookup", capabilities={"read"}))
    # Compares the jumpers' ages with the park's rules for the session type.
    rules_tool = tm.add(tg.Tool("Park rules age check", capabilities={"read"}))
    # Opens a waiver envelope per child at the e-signature service.
    waiver_tool = tm.add(tg.Tool("Waiver request tool", capabilities={"write", "send-messages"}))
    # Creates the booking in the booking system.
    booking_tool = tm.add(tg.Tool("Create booking tool", capabilities={"write"}))
    # Creates a hosted-checkout payment link for the booking.
    payment_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write"}))
    # Bookings, sessions, park rules, waiver and payment status; the staff back office.
    booking_system = tm.add(
        tg.Service(
            "Booking system",
            description="Booking API and staff back office (move bookings, issue refunds).",
            controls={
                c.PolicyEnforcement(rules="a session cannot be booked beyond its capacity"),
                c.Authentication(method="staff e-mail and password"),
                c.RBAC(note="only the duty manager role may issue refunds"),
                c.AuditLogging(retention_days=365, note="booking changes and refunds"),
            },
        )
    )
    # The booking database behind the booking system.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, park_rules},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Park site", trust=tg.Trust.INTERNAL):
    # Front-desk staff who let jumpers in.
    entrance_staff = tm.add(tg.Actor("Entrance staff", role="front desk"))
    # Shared tablet at the entrance that scans the QR code and shows waiver status.
    tablet = tm.add(
        tg.Device(
            "Entrance check-in tablet",
            description="Managed tablet signed in to the booking system with a park account.",
        )
    )
    # Changes bookings and issues refunds in the back office.
    duty_manager = tm.add(tg.Actor("Duty manager", role="duty manager", privileged=True))

# ---------------------------------------------------------------- flows
# the conversation
tm.flow(parent, chat, chat_message, protocol="https")
tm.flow(chat, parent, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# capacity and age checks
tm.flow(agent, capacity_tool, availability_query)
tm.flow(capacity_tool, booking_system, availability_query, protocol="https")
tm.flow(booking_system, capacity_tool, availability, protocol="https")
tm.flow(capacity_tool, agent, availability)
tm.flow(agent, rules_tool, age_check_call)
tm.flow(booking_system, rules_tool, park_rules, protocol="https")
tm.flow(rules_tool, agent, age_check_result)

# waivers
tm.flow(agent, waiver_tool, waiver_call)
tm.flow(waiver_tool, esign, envelope_request, protocol="https")
tm.flow(esign, waiver_tool, envelope_status, protocol="https")
tm.flow(waiver_tool, agent, envelope_status)
tm.flow(esign, parent, signing_invite, protocol="https", label="signing e-mail and page")
tm.flow(parent, esign, signed_waiver, protocol="https", label="signs per child")
tm.flow(esign, booking_system, waiver_webhook, protocol="https", label="waiver webhook")

# booking and payment
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, booking_system, booking_request, protocol="https")
tm.flow(booking_system, booking_tool, booking_confirmation, protocol="https")
tm.flow(booking_tool, agent, booking_confirmation)
tm.flow(agent, payment_tool, payment_link_call)
tm.flow(payment_tool, payments, checkout_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(parent, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(
    payments,
    booking_system,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified with the SDK")},
)
tm.flow(booking_system, booking_db, bookings)
tm.flow(booking_db, booking_system, bookings, park_rules)

# at the park
tm.flow(entrance_staff, tablet, qr_scan, label="scans the QR code on the parent's phone")
tm.flow(tablet, booking_system, qr_scan, protocol="https")
tm.flow(booking_system, tablet, gate_view, protocol="https")
tm.flow(tablet, entrance_staff, gate_view, label="on the screen")

# back office
tm.flow(duty_manager, booking_system, booking_change, protocol="https")
tm.flow(booking_system, duty_manager, bookings, protocol="https")
tm.flow(booking_system, payments, refund, protocol="https")
tm.flow(payments, booking_system, refund_result, protocol="https")
