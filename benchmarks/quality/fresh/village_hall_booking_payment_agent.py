"""Village hall booking agent: the first design, before any security review.

Residents and clubs book the hall's rooms through a chat widget on the charity's
website. An LLM agent, running in the booking app on a small cloud host and using a
hosted model, checks the calendar, quotes the hire fee and deposit from the price
list, sends a payment link from the payment provider and, once the booking is paid,
issues a time-limited code for the hall's smart lock by e-mail. Regular hirers sign
in to an account; one-off hirers book with just an e-mail address. Committee
volunteers use an admin app to add bookings, waive fees for charities and refund
deposits after checking the hall. Controls in this design: hirer and volunteer
sign-in, a request limit on the chat, a step limit on the agent, the lock tool
issuing codes only for paid bookings, TLS everywhere and the host's encrypted
database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Village hall booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat booking, payment and smart-lock door codes for a village hall charity.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Hirer chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with booking context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, the conversation and the tool results so far.",
)
llm_output = tg.Data(
    "LLM completion with tool calls", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
calendar_call = tg.Data(
    "Calendar query or provisional booking", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
calendar_result = tg.Data(
    "Availability and booking status", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
quote_call = tg.Data("Quote request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
quote = tg.Data(
    "Hire fee and deposit quote", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
price_list = tg.Data("Hire fee price list", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
pay_link_call = tg.Data(
    "Payment link request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Booking reference, amount and the hirer's e-mail address.",
)
pay_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
card_payment = tg.Data("Card payment details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
payment_confirmation = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.PII, kind="records"
)
door_code_call = tg.Data("Door code request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
door_code = tg.Data(
    "Door access code",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="A keypad code valid for the booked slot only.",
)
bookings = tg.Data(
    "Bookings and hirer details",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail addresses, phone numbers, clubs, slots, fees and deposits.",
)
accounts = tg.Data(
    "Regular hirer accounts",
    sensitivity=tg.Sensitivity.SECRET,
    kind="credentials",
    description="Sign-in e-mail addresses and password hashes.",
)
booking_email = tg.Data(
    "Booking confirmation e-mail with door code",
    sensitivity=tg.Sensitivity.SECRET,
    kind="documents",
)
admin_changes = tg.Data(
    "Booking changes, fee waivers and refund decisions",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
)
refund = tg.Data(
    "Deposit refund instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who books once, with only an e-mail address.
    one_off_hirer = tm.add(tg.Actor("One-off hirer", role="resident"))
    # Clubs and groups that book every week and keep an account.
    regular_hirer = tm.add(tg.Actor("Regular hirer", role="club secretary"))
    # Committee members who run bookings from their own computers at home.
    volunteer = tm.add(tg.Actor("Committee volunteer", role="booking secretary", privileged=True))

with tm.boundary("Booking app hosting", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the charity's website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="e-mail and password for regular hirers; one-off hirers give an e-mail address"
                ),
                tg.controls.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # Plans the booking conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={tg.controls.CircuitBreaker(max_steps=15)},
        )
    )
    # Checks free slots and holds a provisional booking.
    calendar_tool = tm.add(tg.Tool("Calendar tool", capabilities={"read", "write"}))
    # Works out the hire fee and deposit from the price list.
    quote_tool = tm.add(tg.Tool("Hire fee quote tool"))
    # Asks the payment provider for a checkout link for the quoted amount.
    pay_tool = tm.add(tg.Tool("Payment link tool", capabilities={"write", "network-egress"}))
    # Creates the smart-lock code and e-mails it to the hirer.
    door_tool = tm.add(
        tg.Tool(
            "Door code tool",
            capabilities={"write", "send-messages"},
            controls={
                tg.controls.PolicyEnforcement(
                    rules="issues a code only for a booking the database marks as paid, "
                    "valid only for the booked slot"
                )
            },
        )
    )
    # The one database behind the calendar, accounts and price list.
    db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, accounts, price_list},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # Volunteers' screens for bookings, waivers and refunds; also takes payment webhooks.
    admin_app = tm.add(
        tg.Service(
            "Committee admin app",
            controls={tg.controls.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The hosted language model the agent thinks with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment page, takes cards and pays refunds.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Smart lock vendor", trust=tg.Trust.PARTNER):
    # The lock maker's cloud, which pushes codes to the lock.
    lock_cloud = tm.add(tg.ExternalService("Smart lock cloud"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations and door codes.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Village hall", trust=tg.Trust.INTERNAL):
    # The keypad lock on the hall's front door.
    lock = tm.add(tg.Device("Hall front door smart lock", fleet=False))

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2")

# the conversation
for hirer in (one_off_hirer, regular_hirer):
    tm.flow(hirer, chat, chat_message, protocol="https")
    tm.flow(chat, hirer, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, db, accounts, label="regular hirer sign-in")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

# calendar and quote
tm.flow(agent, calendar_tool, calendar_call)
tm.flow(calendar_tool, agent, calendar_result)
tm.flow(calendar_tool, db, bookings, label="provisional booking")
tm.flow(db, calendar_tool, bookings)
tm.flow(agent, quote_tool, quote_call)
tm.flow(quote_tool, agent, quote)
tm.flow(db, quote_tool, price_list)

# payment
tm.flow(agent, pay_tool, pay_link_call)
tm.flow(pay_tool, payments, pay_link_call, protocol="https")
tm.flow(payments, pay_tool, pay_link, protocol="https")
tm.flow(pay_tool, agent, pay_link)
for hirer in (one_off_hirer, regular_hirer):
    tm.flow(hirer, payments, card_payment, protocol="https", label="pays on the provider's page")
tm.flow(payments, admin_app, payment_confirmation, protocol="https", label="payment webhook")
tm.flow(admin_app, db, payment_confirmation)

# door code
tm.flow(agent, door_tool, door_code_call)
tm.flow(db, door_tool, bookings, label="booking and payment status")
tm.flow(door_tool, lock_cloud, door_code, protocol="https")
tm.flow(lock_cloud, lock, door_code, label="lock's own wireless link")
tm.flow(door_tool, email, booking_email, protocol="https")
for hirer in (one_off_hirer, regular_hirer):
    tm.flow(email, hirer, booking_email, protocol="smtp")
tm.flow(door_tool, agent, door_code, label="code sent confirmation")

# committee administration
tm.flow(volunteer, admin_app, admin_changes, protocol="https", controls={tls})
tm.flow(admin_app, volunteer, bookings, protocol="https", controls={tls})
tm.flow(admin_app, db, admin_changes, bookings)
tm.flow(db, admin_app, bookings)
tm.flow(admin_app, payments, refund, protocol="https", label="deposit refund")
