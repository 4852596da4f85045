"""Snooker club table booking and payment agent: the first design, before any security review.

A UK snooker and pool club lets members and walk-in visitors book tables by messaging
its WhatsApp Business number. Meta's WhatsApp Cloud API delivers messages to a webhook
endpoint on the club's cloud host, which hands them to an LLM agent using a vendor's
hosted model. The agent checks availability and prices, books a table, gets a hosted
payment link from the payment provider and sends it on WhatsApp. When the provider's
signed webhook says the booking is paid, the agent asks the door code tool for a keypad
code that the smart-lock vendor's cloud makes valid only for the booking's slot; the
tool refuses unpaid bookings. Bar staff override bookings from a tablet behind the bar
and the manager sets prices and opening hours, through a staff web app with e-mail and
password sign-in and two roles. The booking database is encrypted at rest, vendor API
keys sit in the host's secret store, and card details go only to the payment provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Snooker club table booking and payment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "WhatsApp booking agent that books tables, takes payment through a hosted "
        "payment link and issues time-limited door codes."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer WhatsApp message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free text from the customer, with their WhatsApp number and profile name.",
)
reply = tg.Data(
    "Agent reply",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The agent's WhatsApp answer: slots, booking details, payment link, door code.",
)
prompt = tg.Data(
    "Agent prompt with conversation and tool results",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
availability_query = tg.Data(
    "Availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
availability = tg.Data(
    "Table availability and prices", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
booking_request = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
bookings = tg.Data(
    "Booking records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Name, WhatsApp number, membership, table, time slot, price, payment status.",
)
settings = tg.Data("Prices and opening hours", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
override = tg.Data("Booking override", sensitivity=tg.Sensitivity.PII, kind="records")
pay_link_request = tg.Data(
    "Payment link request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
pay_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
card_payment = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_webhook = tg.Data(
    "Payment confirmation webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
paid_event = tg.Data("Booking paid event", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
code_request = tg.Data("Door code request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
door_code = tg.Data(
    "Door access code",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Six-digit keypad code valid from 10 minutes before to the end of the booking.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members and visitors: anyone with WhatsApp can message the club's number.
    customer = tm.add(tg.Actor("Member or visitor", role="customer"))

with tm.boundary("Meta WhatsApp platform", trust=tg.Trust.PARTNER):
    # Meta's WhatsApp Cloud API: relays customer messages to us and ours to them.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Cloud API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, reached over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment page, takes the card and tells us when a booking is paid.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Smart lock vendor", trust=tg.Trust.PARTNER):
    # The lock maker's cloud: creates time-windowed codes and pushes them to the lock.
    lock_cloud = tm.add(tg.ExternalService("Smart lock cloud"))

with tm.boundary("Club premises", trust=tg.Trust.INTERNAL):
    # The keypad lock on the club's street door.
    keypad = tm.add(tg.Device("Door keypad lock", fleet=False))
    # Bar staff use a shared tablet behind the bar to move or cancel bookings.
    bar_staff = tm.add(tg.Actor("Bar staff", role="bar staff"))
    # The manager sets prices and opening hours and sees all bookings.
    manager = tm.add(tg.Actor("Club manager", role="manager", privileged=True))

with tm.boundary("Club cloud host", trust=tg.Trust.INTERNAL):
    # Receives Meta's message webhooks and the payment provider's webhooks.
    webhook = tm.add(tg.Endpoint("Webhook endpoint", purpose=tg.EndpointPurpose.API))
    # The LLM agent: reads the conversation, decides which tool to call, answers.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books, sends payment links and issues door codes without staff approval.",
            controls={c.SecretsManagement(note="vendor API keys in the host's secret store")},
        )
    )
    # Read-only lookup of free tables and the price for a slot.
    availability_tool = tm.add(tg.Tool("Availability tool", capabilities={"read"}))
    # Creates, moves and cancels bookings for the customer in the conversation.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Asks the payment provider for a hosted payment link for a booking.
    pay_link_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write", "network-egress"}))
    # Asks the lock cloud for a code for a paid booking's slot.
    door_code_tool = tm.add(
        tg.Tool(
            "Door code tool",
            capabilities={"read", "write", "network-egress"},
            controls={
                c.PolicyEnforcement(
                    rules="issues a code only for a booking the database marks paid, "
                    "valid only for that booking's time slot"
                )
            },
        )
    )
    # Bookings, prices and opening hours, in a managed cloud database.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, settings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff web app used from the bar tablet and the manager's laptop.
    staff_app = tm.add(
        tg.Service(
            "Staff web app",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="bar staff role and manager role"),
            },
        )
    )

# ---------------------------------------------------------------- flows
# Conversation
tm.flow(customer, whatsapp, message, protocol="whatsapp")
tm.flow(whatsapp, webhook, message, protocol="https", label="message webhook")
tm.flow(webhook, agent, message)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, whatsapp, reply, protocol="https")
tm.flow(whatsapp, customer, reply, protocol="whatsapp")

# Availability and booking
tm.flow(agent, availability_tool, availability_query)
tm.flow(booking_db, availability_tool, bookings, settings)
tm.flow(availability_tool, agent, availability)
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(booking_tool, agent, booking_result)

# Payment
tm.flow(agent, pay_link_tool, pay_link_request)
tm.flow(pay_link_tool, payments, pay_link_request, protocol="https")
tm.flow(payments, pay_link_tool, pay_link, protocol="https")
tm.flow(pay_link_tool, agent, pay_link)
tm.flow(customer, payments, card_payment, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    webhook,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature checked with the webhook secret")},
)
tm.flow(webhook, booking_db, bookings, label="marks booking paid")
tm.flow(webhook, agent, paid_event)

# Door code
tm.flow(agent, door_code_tool, code_request)
tm.flow(booking_db, door_code_tool, bookings, label="paid status and slot")
tm.flow(door_code_tool, lock_cloud, door_code, protocol="https")
tm.flow(lock_cloud, door_code_tool, door_code, protocol="https")
tm.flow(door_code_tool, booking_db, bookings, label="records code issued")
tm.flow(door_code_tool, agent, door_code)
tm.flow(lock_cloud, keypad, door_code, protocol="tls")
tm.flow(customer, keypad, door_code, label="typed on the keypad")

# Staff
tm.flow(bar_staff, staff_app, override, protocol="https", label="from the bar tablet")
tm.flow(staff_app, bar_staff, bookings, protocol="https")
tm.flow(manager, staff_app, settings, protocol="https")
tm.flow(staff_app, manager, bookings, protocol="https")
tm.flow(staff_app, booking_db, override, settings)
tm.flow(booking_db, staff_app, bookings, settings)
