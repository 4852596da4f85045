"""Island ferry foot-passenger ticket agent: the first design, before any security review.

A small ferry company sells foot-passenger tickets through an LLM chat agent in the
chat widget on its website and on its WhatsApp Business number. The agent answers
questions from the schedule and weather cancellations in the operations system,
starts a purchase with a checkout session on the payment provider's hosted page
(card details never touch our systems), and once the provider's signed webhook
confirms payment the backend issues a QR ticket. For sailings the operations system
marks cancelled the agent refunds the ticket, only to the original payment.
Residents sign in with e-mail and password and upload proof of address, which
office staff check in the back-office app (company SSO with MFA). Deckhands scan QR
codes on a gangway handheld that checks each ticket against the booking database.
All of it runs in one cloud account except the operations system in the harbour office.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Island ferry foot-passenger ticket agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM chat agent on the web and WhatsApp that sells, issues and refunds "
    "foot-passenger ferry tickets, with a resident discount checked by office staff.",
)

# ---------------------------------------------------------------- data assets
passenger_message = tg.Data(
    "Passenger chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions about sailings, names, e-mail, phone number, travel dates.",
)
agent_reply = tg.Data(
    "Agent reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Answers, sailing times, payment links and ticket confirmations.",
)
llm_prompt = tg.Data(
    "Agent prompt with conversation and tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
llm_completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
schedule_query = tg.Data(
    "Sailing lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
schedule = tg.Data(
    "Sailing schedule and cancellations",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Timetable, seats left, weather cancellations and their reasons.",
)
sale_call = tg.Data(
    "Ticket sale call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Sailing, passenger names and count, resident discount flag.",
)
refund_call = tg.Data(
    "Refund call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference of the ticket to refund.",
)
tool_result = tg.Data("Ticketing tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Bookings and tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Passenger names, contact details, sailing, price paid, resident flag, "
    "ticket status and the payment provider's payment id.",
)
checkout = tg.Data(
    "Checkout session and payment link", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the provider's hosted page.",
)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
refund_request = tg.Data("Refund request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
qr_ticket = tg.Data(
    "QR ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A QR code carrying the ticket id, with the passenger's name.",
)
scan = tg.Data("Ticket scan", kind="records", sensitivity=tg.Sensitivity.PII)
scan_result = tg.Data(
    "Scan result",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Valid or not, passenger name, sailing.",
)
proof_of_address = tg.Data(
    "Proof of address documents",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Utility bills, council tax bills or tenancy agreements, photographed or scanned.",
)
resident_status = tg.Data(
    "Resident verification decision", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can chat or buy; residents also have an account for the discount.
    passenger = tm.add(tg.Actor("Foot passenger", role="customer"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # Relays WhatsApp messages to our webhook and sends our replies.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page, card processing and refunds; keeps us out of card data.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Website backend: chat widget API, WhatsApp and payment webhooks, resident uploads,
    # ticket delivery and the gangway scan API.
    backend = tm.add(
        tg.Endpoint(
            "Website and chat backend",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30, note="per chat session or phone number"),
                c.InputValidation(note="uploads limited to PDF, JPEG and PNG under 10 MB"),
                c.Authentication(
                    method="e-mail and password for resident accounts; "
                    "chat and guest purchases need no sign-in"
                ),
            },
        )
    )
    # The LLM agent that answers, sells and refunds; it acts without a person approving.
    agent = tm.add(tg.Agent("Ticket agent", autonomy=tg.Autonomy.AUTONOMOUS))
    # Read-only lookup of sailings, seats and cancellations.
    sailing_tool = tm.add(tg.Tool("Sailing lookup tool", capabilities={"read"}))
    # Creates the booking and the provider checkout session for the agent.
    sales_tool = tm.add(
        tg.Tool(
            "Ticket sales tool",
            capabilities={"read", "write"},
            controls={c.SecretsManagement(note="provider API key in the cloud secret manager")},
        )
    )
    # Refunds a ticket through the provider when its sailing is cancelled.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"read", "write", "money-movement"},
            controls={
                c.PolicyEnforcement(
                    rules="refunds only a paid ticket whose sailing the operations system "
                    "marks cancelled, in full to the original payment"
                ),
                c.SecretsManagement(note="provider API key in the cloud secret manager"),
            },
        )
    )
    # Bookings, tickets and resident flags.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, resident_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Uploaded proof-of-address files waiting for, and kept after, the office check.
    proof_store = tm.add(
        tg.DataStore(
            "Resident proof store",
            stores={proof_of_address},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff web app for checking proof of address and looking up bookings.
    back_office = tm.add(
        tg.Service(
            "Back-office app",
            controls={c.Authentication(method="company Microsoft 365 SSO with MFA"), c.RBAC()},
        )
    )

with tm.boundary("Harbour office network", trust=tg.Trust.INTERNAL):
    # Existing operations system: timetable, vessel status, weather cancellations.
    ops = tm.add(tg.Service("Operations system"))
    office_staff = tm.add(tg.Actor("Office staff", role="office staff"))

with tm.boundary("Harbour and vessels", trust=tg.Trust.INTERNAL):
    # Rugged Android handhelds on mobile data, one per gangway.
    handheld = tm.add(tg.Device("Gangway handheld"))
    deckhand = tm.add(tg.Actor("Deckhand", role="crew"))

# ---------------------------------------------------------------- flows
# Conversations, on the web and on WhatsApp.
tm.flow(passenger, backend, passenger_message, protocol="https", label="web chat")
tm.flow(backend, passenger, agent_reply, qr_ticket, protocol="https", label="web chat")
tm.flow(passenger, whatsapp, passenger_message, protocol="https", label="WhatsApp")
tm.flow(whatsapp, backend, passenger_message, protocol="https", label="message webhook")
tm.flow(backend, whatsapp, agent_reply, qr_ticket, protocol="https")
tm.flow(whatsapp, passenger, agent_reply, qr_ticket, protocol="https")

# The agent loop.
tm.flow(backend, agent, passenger_message)
tm.flow(agent, backend, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, sailing_tool, schedule_query)
tm.flow(sailing_tool, ops, schedule_query, protocol="https", label="schedule API over site VPN")
tm.flow(ops, sailing_tool, schedule, protocol="https", label="schedule API over site VPN")
tm.flow(sailing_tool, agent, schedule)
tm.flow(agent, sales_tool, sale_call)
tm.flow(sales_tool, booking_db, bookings)
tm.flow(booking_db, sales_tool, bookings, resident_status)
tm.flow(sales_tool, payments, checkout, protocol="https", label="create checkout session")
tm.flow(payments, sales_tool, checkout, protocol="https")
tm.flow(sales_tool, agent, tool_result)
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, ops, schedule_query, protocol="https", label="is the sailing cancelled")
tm.flow(ops, refund_tool, schedule, protocol="https")
tm.flow(booking_db, refund_tool, bookings)
tm.flow(refund_tool, booking_db, bookings, label="mark refunded")
tm.flow(refund_tool, payments, refund_request, protocol="https")
tm.flow(payments, refund_tool, refund_request, protocol="https", label="refund status")
tm.flow(refund_tool, agent, tool_result)

# Payment on the hosted page, confirmed by webhook; the backend issues the QR ticket.
tm.flow(passenger, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    backend,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider webhook signature verified with its SDK")},
)
tm.flow(backend, booking_db, bookings, label="mark paid, issue ticket")
tm.flow(booking_db, backend, bookings, qr_ticket)

# Resident discount.
tm.flow(passenger, backend, proof_of_address, protocol="https", label="resident upload")
tm.flow(backend, proof_store, proof_of_address)
tm.flow(proof_store, back_office, proof_of_address)
tm.flow(office_staff, back_office, resident_status, protocol="https")
tm.flow(back_office, office_staff, proof_of_address, bookings, protocol="https")
tm.flow(back_office, booking_db, resident_status)
tm.flow(booking_db, back_office, bookings)

# Boarding at the gangway.
tm.flow(passenger, handheld, qr_ticket, label="QR code shown in person at the gangway")
tm.flow(deckhand, handheld, scan, label="scans in person at the gangway")
tm.flow(
    handheld,
    backend,
    scan,
    protocol="https",
    controls={c.Authentication(method="per-device API key")},
)
tm.flow(backend, handheld, scan_result, protocol="https")
tm.flow(handheld, deckhand, scan_result, label="shown on the handheld screen")
