"""Ice rink booking agent: the first design, before any security review.

The city ice rink puts an LLM agent in a chat widget on its website. Visitors ask
it questions, book public sessions, lessons and private ice hire, and pay through
a payment link from the city's card payment provider. The agent reads the ice
schedule, which the rink manager edits in the admin pages; when it changes, the
agent moves the affected bookings and e-mails the visitors. It refunds up to
EUR 50 itself; larger refunds are e-mailed to the manager, who issues them in the
provider's dashboard. It runs on the city's web hosting and calls a hosted LLM.
Visitors are not signed in: a booking is identified by its reference and e-mail.
Ice temperature sensors and the resurfacer's log feed a separate staff dashboard.
Controls: chat rate limit, agent step limit, the refund cap with the manager above
it, the provider key in a secret store, staff SSO, encrypted booking database.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Ice rink booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Website chat agent that books, moves and refunds ice sessions for a city rink.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Visitor chat message", sensitivity=tg.Sensitivity.PII, kind="prompt")
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="System prompt, conversation so far, tool results.",
)
completion = tg.Data(
    "LLM completion and tool choice", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
schedule_query = tg.Data(
    "Schedule lookup call", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-call"
)
schedule_result = tg.Data(
    "Session availability", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
ice_schedule = tg.Data(
    "Ice schedule",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Public sessions, lessons, private hire slots, resurfacing and closures.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
schedule_change = tg.Data(
    "Schedule change event", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
booking_call = tg.Data(
    "Booking tool call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Create, move or cancel a booking; booking reference and e-mail.",
)
booking_result = tg.Data("Booking tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
bookings = tg.Data(
    "Bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Names, e-mail, phone, skater ages for lessons, session, amount paid.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
payment_link_request = tg.Data(
    "Payment link request", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
payment_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
payment_webhook = tg.Data(
    "Payment status webhook", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
booking_email = tg.Data(
    "Booking confirmation and change e-mail", sensitivity=tg.Sensitivity.PII, kind="documents"
)
refund_call = tg.Data("Refund tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
refund_result = tg.Data(
    "Refund tool result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
refund_instruction = tg.Data(
    "Refund instruction", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
refund_request = tg.Data(
    "Refund request for the manager", sensitivity=tg.Sensitivity.PII, kind="documents"
)
manager_refund = tg.Data(
    "Manager-issued refund", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
ice_temps = tg.Data("Ice temperature readings", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
resurfacing_log = tg.Data(
    "Resurfacing machine log", sensitivity=tg.Sensitivity.INTERNAL, kind="logs"
)
dashboard_view = tg.Data(
    "Ice condition dashboard", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public, parents booking lessons, clubs hiring the ice.
    visitor = tm.add(tg.Actor("Rink visitor", role="member of the public"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # The city's card payment provider: hosted payment pages, refunds, dashboard.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment links; card details never reach the rink's systems.",
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations, change notices and refund requests.
    email = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("City web hosting", trust=tg.Trust.INTERNAL):
    # The chat widget's back end on the rink's website.
    chat = tm.add(
        tg.Endpoint(
            "Website chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30, note="per browser session")},
        )
    )
    # The LLM agent: answers questions, books, moves bookings, refunds small amounts.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Acts on visitors' requests and on schedule changes without staff.",
            controls={tg.controls.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads free ice and session availability for the agent.
    schedule_tool = tm.add(tg.Tool("Schedule lookup tool", capabilities={"read"}))
    # Creates, moves and cancels bookings, gets payment links, e-mails visitors.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write", "delete", "send-messages"},
            controls={
                tg.controls.Authentication(
                    method="booking reference and e-mail address",
                    note="checked before a visitor's booking is moved or cancelled",
                )
            },
        )
    )
    # Refunds a booking through the payment provider, up to the cap.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"read", "money-movement", "send-messages"},
            controls={
                tg.controls.TransactionLimits(limit="EUR 50 per refund"),
                tg.controls.HumanInTheLoop(
                    approver="the rink manager",
                    above="EUR 50 per refund",
                    note="refunds above EUR 50 are e-mailed to the manager instead",
                ),
                tg.controls.SecretsManagement(note="provider API key in the host's secret store"),
            },
        )
    )
    # Bookings and customer details.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings},
            controls={tg.controls.EncryptionAtRest(key_management="hosting provider managed keys")},
        )
    )
    # The ice schedule the rink manager maintains in the admin pages.
    schedule_store = tm.add(
        tg.DataStore(
            "Ice schedule",
            stores={ice_schedule},
            controls={tg.controls.Authentication(method="city staff single sign-on with MFA")},
        )
    )

with tm.boundary("Rink office", trust=tg.Trust.INTERNAL):
    # Edits the schedule, approves and issues refunds above the cap, reads the dashboard.
    manager = tm.add(tg.Actor("Rink manager", role="manager", privileged=True))
    # Drives the resurfacer and watches the ice condition.
    technician = tm.add(tg.Actor("Ice technician", role="rink staff"))

with tm.boundary("Rink building network", trust=tg.Trust.INTERNAL):
    # Probes in the ice slab reporting temperature every minute.
    sensors = tm.add(tg.Device("Ice temperature sensors", fleet=True))
    # The resurfacing machine; its run log is copied off after each resurface.
    resurfacer = tm.add(tg.Device("Resurfacing machine", fleet=False))
    # Local dashboard for staff, separate from the booking system.
    dashboard = tm.add(tg.Service("Ice condition dashboard"))

# ---------------------------------------------------------------- flows
# visitor conversation
tm.flow(visitor, chat, chat_message, protocol="https")
tm.flow(chat, visitor, agent_reply, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# schedule
tm.flow(agent, schedule_tool, schedule_query)
tm.flow(schedule_tool, agent, schedule_result)
tm.flow(schedule_store, schedule_tool, ice_schedule)
tm.flow(schedule_store, agent, schedule_change, label="triggers rebooking")
tm.flow(manager, schedule_store, ice_schedule, protocol="https", label="admin pages")

# bookings and payment
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings)
tm.flow(booking_tool, payments, payment_link_request, protocol="https")
tm.flow(payments, booking_tool, payment_link, protocol="https")
tm.flow(payments, booking_tool, payment_webhook, protocol="https", label="payment webhook")
tm.flow(booking_tool, email, booking_email, protocol="https")
tm.flow(email, visitor, booking_email, protocol="smtp")

# refunds
tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, agent, refund_result)
tm.flow(booking_db, refund_tool, bookings, label="amount paid")
tm.flow(refund_tool, booking_db, bookings, label="marks refunded")
tm.flow(refund_tool, payments, refund_instruction, protocol="https")
tm.flow(refund_tool, email, refund_request, protocol="https", label="refunds above EUR 50")
tm.flow(email, manager, refund_request, protocol="smtp")
tm.flow(manager, payments, manager_refund, protocol="https", label="provider dashboard")

# ice condition (separate from the website)
tm.flow(sensors, dashboard, ice_temps, protocol="mqtt")
tm.flow(resurfacer, dashboard, resurfacing_log, protocol="usb", label="log copied after each run")
tm.flow(dashboard, technician, dashboard_view, protocol="http")
tm.flow(dashboard, manager, dashboard_view, protocol="http")
