"""Public skate session and capacity agent for a municipal ice rink: first design.

Members of the public chat with an assistant on the council's leisure website to
ask about public skating sessions (times, prices, how busy a session is), buy
session tickets and skate hire, and cancel their own booking. The assistant is
an LLM agent running in the council's cloud tenancy; the language model is a
vendor's hosted API. The agent reads the rink schedule and the live capacity
counter, which the entry turnstiles at the rink feed over the site network.
Purchases go through a checkout tool that creates a hosted payment page with the
council's card payment provider; card details never reach our systems. When the
duty manager closes the rink for maintenance, the closure posted in the booking
admin portal triggers the agent to cancel the affected bookings, refund them and
e-mail the skaters. Controls in this design: rate limiting on the chat endpoint,
a step limit on the agent, staff sign-in to the admin portal, booking reference
plus e-mail for self-service cancellation, and encryption at rest for bookings.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ice rink public skate session and capacity agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that answers, sells and cancels public skating sessions "
    "at a council ice rink, using the schedule and a turnstile-fed capacity counter.",
)

# ---------------------------------------------------------------- data assets
question = tg.Data("Skater chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
reply = tg.Data("Assistant reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt with context",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation, schedule and capacity results.",
)
completion = tg.Data(
    "LLM completion and tool choice", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
lookup_call = tg.Data("Session lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
session_info = tg.Data(
    "Session availability result", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-result"
)
schedule = tg.Data(
    "Session schedule and prices",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
closure = tg.Data("Maintenance closure notice", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
entry_events = tg.Data(
    "Turnstile entry and exit events", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
capacity = tg.Data("Live capacity count", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
checkout_call = tg.Data(
    "Ticket and skate hire order",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Session, number of tickets, skate sizes, booker name and e-mail.",
)
checkout_result = tg.Data(
    "Payment link and booking reference", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
bookings = tg.Data(
    "Session bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkout_session = tg.Data(
    "Checkout session request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
payment_status = tg.Data(
    "Payment confirmation", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
cancel_call = tg.Data("Cancellation request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
cancel_result = tg.Data("Cancellation outcome", sensitivity=tg.Sensitivity.PII, kind="tool-result")
refund_request = tg.Data("Refund request", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
cancel_email = tg.Data("Cancellation e-mail", sensitivity=tg.Sensitivity.PII, kind="documents")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the leisure website can chat, buy and cancel; no account needed.
    skater = tm.add(tg.Actor("Member of the public", role="skater"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment pages and refunds; keeps card data out of council systems.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail for booking confirmations and closure cancellations.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service", provides="generic"))

with tm.boundary("Council cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public chat widget's backend; the only part of the agent the internet reaches.
    chat = tm.add(
        tg.Endpoint(
            "Rink chat endpoint",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent: answers, sells through checkout and runs closure cancellations.
    agent = tm.add(
        tg.Agent(
            "Public skate assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Read-only lookup of sessions, prices and how many places are left.
    lookup = tm.add(tg.Tool("Session and capacity lookup tool", capabilities={"read"}))
    # Creates the booking and a hosted payment page for tickets and skate hire.
    checkout = tm.add(tg.Tool("Checkout tool", capabilities={"read", "write", "money-movement"}))
    # Cancels bookings (a skater's own, or all of a closed session) and refunds them.
    canceller = tm.add(
        tg.Tool(
            "Cancellation and refund tool",
            capabilities={"read", "write", "money-movement", "send-messages"},
            controls={
                c.Authentication(
                    method="booking reference and booker e-mail address",
                    note="asked for self-service cancellations from the chat",
                )
            },
        )
    )
    # The rink's timetable of public sessions, prices and closures.
    schedule_db = tm.add(tg.DataStore("Rink schedule database", stores={schedule, closure}))
    # Bookings with booker contact details, skate sizes and payment state.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Staff web portal where the duty manager edits sessions and posts closures.
    admin = tm.add(
        tg.Service(
            "Booking admin portal",
            controls={c.Authentication(method="council SSO with MFA")},
        )
    )

with tm.boundary("Rink site network", trust=tg.Trust.INTERNAL):
    # Rink staff member who closes sessions for ice resurfacing or plant maintenance.
    manager = tm.add(tg.Actor("Rink duty manager", role="duty manager"))
    # Entry turnstiles at the rink door, counting skaters in and out.
    turnstiles = tm.add(tg.Device("Entry turnstiles", fleet=True))
    # Small on-site service that turns turnstile events into a live head count.
    counter = tm.add(tg.Service("Capacity counter service"))

# ---------------------------------------------------------------- flows
# Chat
tm.flow(skater, chat, question, protocol="https")
tm.flow(chat, agent, question)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, chat, reply)
tm.flow(chat, skater, reply, protocol="https")

# Session and capacity lookups
tm.flow(agent, lookup, lookup_call)
tm.flow(lookup, schedule_db, lookup_call, label="session query")
tm.flow(schedule_db, lookup, schedule, closure)
tm.flow(lookup, counter, lookup_call, protocol="https", label="capacity query")
tm.flow(counter, lookup, capacity, protocol="https")
tm.flow(lookup, agent, session_info)
tm.flow(turnstiles, counter, entry_events, protocol="mqtt")

# Checkout
tm.flow(agent, checkout, checkout_call)
tm.flow(schedule_db, checkout, schedule, label="session price")
tm.flow(checkout, bookings_db, bookings)
tm.flow(checkout, payments, checkout_session, protocol="https")
tm.flow(payments, checkout, payment_status, protocol="https", label="payment webhook")
tm.flow(checkout, agent, checkout_result)
tm.flow(skater, payments, card_details, protocol="https", label="hosted payment page")

# Closures and cancellations
tm.flow(manager, admin, closure, protocol="https")
tm.flow(admin, schedule_db, closure, schedule)
tm.flow(admin, agent, closure, label="closure triggers cancellations")
tm.flow(agent, canceller, cancel_call)
tm.flow(canceller, bookings_db, bookings, label="mark cancelled")
tm.flow(bookings_db, canceller, bookings, label="affected bookings")
tm.flow(canceller, payments, refund_request, protocol="https")
tm.flow(payments, canceller, payment_status, protocol="https")
tm.flow(canceller, mailer, cancel_email, protocol="https")
tm.flow(mailer, skater, cancel_email, protocol="smtp")
tm.flow(canceller, agent, cancel_result)
