"""Coach hire quote and booking agent: the first design, before any security review.

A coach hire company answers group trip enquiries (schools, clubs, wedding
parties, tour organisers) by e-mail. An LLM agent reads each enquiry from the
sales mailbox, plans the route with a mapping provider's routing API, checks in
the fleet management system which coaches and drivers are free and whether the
trip fits the drivers' hours rules, prices it from the company's price list and
e-mails a quote. When the customer accepts, it books the coach and driver in the
fleet system, records the booking and sends a payment link for the deposit; the
payment provider confirms the deposit by webhook. Trips abroad wait for the
operations manager's approval before they are booked. The agent runs in the
company's cloud account and uses a vendor-hosted LLM; the mailbox is the
company's hosted e-mail. Tool credentials live in a vault, the agent is capped
at 30 steps per enquiry and the fleet system is reached with a read-only account
for checks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Coach hire quote and booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="E-mail agent that quotes and books group coach trips and takes deposits.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Trip enquiry e-mail",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Group size, dates, pick-up and destination, contact details.",
)
outgoing_mail = tg.Data(
    "Quote and booking e-mails", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
prompt = tg.Data("Prompt with trip context", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
route_request = tg.Data("Route request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
route_plan = tg.Data(
    "Route plan",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-result",
    description="Legs, distances, driving times and border crossings.",
)
availability_query = tg.Data(
    "Availability query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
availability = tg.Data(
    "Coach and driver availability with hours status",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Free coaches, free drivers and the hours each driver has left under the rules.",
)
driver_hours = tg.Data(
    "Drivers' duty and hours records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
fleet_schedule = tg.Data(
    "Coach and driver schedule", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
price_list = tg.Data(
    "Coach hire price list", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
booking_request = tg.Data("Booking request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
booking_result = tg.Data("Booking result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
booking = tg.Data(
    "Quotes and bookings",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
allocation = tg.Data("Coach and driver allocation", sensitivity=tg.Sensitivity.PII, kind="records")
abroad_trip = tg.Data(
    "Trip abroad awaiting approval", sensitivity=tg.Sensitivity.PII, kind="records"
)
approval = tg.Data("Trip abroad approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
deposit_link_request = tg.Data(
    "Deposit link request", sensitivity=tg.Sensitivity.PII, kind="tool-call"
)
payment_link = tg.Data(
    "Deposit payment link", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
deposit_webhook = tg.Data(
    "Deposit paid webhook", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_payment = tg.Data(
    "Customer card payment", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Group organisers who write in for a quote and accept it by e-mail.
    customer = tm.add(tg.Actor("Group organiser", role="customer"))

with tm.boundary("Hosted e-mail", trust=tg.Trust.PARTNER):
    # The company's sales mailbox at its e-mail provider.
    mailbox = tm.add(tg.ExternalService("Sales mailbox", description="Hosted business e-mail."))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Commercial routing API for coach-legal routes and driving times.
    maps = tm.add(tg.ExternalService("Routing API", provides="data-provider"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the deposit payment page and takes the card payment.
    payments = tm.add(
        tg.ExternalService("Payment link provider", description="Hosted payment pages.")
    )

with tm.boundary("Company cloud account", trust=tg.Trust.INTERNAL):
    # Reads enquiries, plans, quotes, books and sends deposit links.
    agent = tm.add(
        tg.Agent(
            "Quote and booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=30)},
        )
    )
    # Reads the sales mailbox and sends the agent's e-mails from it.
    mail_tool = tm.add(
        tg.Tool(
            "Mail tool",
            capabilities={"read", "send-messages"},
            controls={c.SecretsManagement()},
        )
    )
    # Asks the routing API for the route and driving times.
    route_tool = tm.add(
        tg.Tool(
            "Route planning tool",
            capabilities={"read", "network-egress"},
            controls={c.SecretsManagement()},
        )
    )
    # Looks up free coaches, free drivers and their remaining hours.
    fleet_tool = tm.add(
        tg.Tool(
            "Fleet availability tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only fleet system account")},
        )
    )
    # Records quotes and, once accepted, books the coach and driver.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"read", "write"},
            controls={c.HumanInTheLoop(approver="operations manager", note="trips abroad only")},
        )
    )
    # Creates a deposit payment link at the payment provider.
    deposit_tool = tm.add(
        tg.Tool("Deposit link tool", capabilities={"write"}, controls={c.SecretsManagement()})
    )
    # Quotes, bookings, customers and deposit status; receives the provider's webhook.
    bookings = tm.add(
        tg.DataStore(
            "Booking system",
            stores={booking, abroad_trip, approval, price_list},
            controls={c.RBAC()},
        )
    )

    with tm.boundary("Fleet platform", trust=tg.Trust.INTERNAL):
        # The fleet management system: coaches, driver rosters and drivers' hours.
        fleet = tm.add(
            tg.DataStore(
                "Fleet management system",
                stores={fleet_schedule, driver_hours, allocation},
                controls={c.RBAC(), c.AuditLogging()},
            )
        )

with tm.boundary("Head office", trust=tg.Trust.INTERNAL):
    # Approves every trip that leaves the country.
    ops_manager = tm.add(tg.Actor("Operations manager", role="operations manager", privileged=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, mailbox, enquiry, protocol="smtp+starttls")
tm.flow(mailbox, customer, outgoing_mail, protocol="smtp+starttls")
tm.flow(mail_tool, mailbox, outgoing_mail, protocol="https")
tm.flow(mailbox, mail_tool, enquiry, protocol="https")
tm.flow(mail_tool, agent, enquiry)
tm.flow(agent, mail_tool, outgoing_mail)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, route_tool, route_request)
tm.flow(route_tool, agent, route_plan)
tm.flow(route_tool, maps, route_request, protocol="https")
tm.flow(maps, route_tool, route_plan, protocol="https")

tm.flow(agent, fleet_tool, availability_query)
tm.flow(fleet_tool, agent, availability)
tm.flow(fleet_tool, fleet, availability_query)
tm.flow(fleet, fleet_tool, fleet_schedule, driver_hours)

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result, price_list)
tm.flow(booking_tool, bookings, booking, abroad_trip)
tm.flow(bookings, booking_tool, booking, approval, price_list)
tm.flow(booking_tool, fleet, allocation, label="book coach and driver")
tm.flow(fleet, booking_tool, allocation, label="booking confirmed")

tm.flow(bookings, ops_manager, abroad_trip, protocol="https")
tm.flow(ops_manager, bookings, approval, protocol="https")

tm.flow(agent, deposit_tool, deposit_link_request)
tm.flow(deposit_tool, agent, payment_link)
tm.flow(deposit_tool, payments, deposit_link_request, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(customer, payments, card_payment, protocol="https", label="pays deposit on hosted page")
tm.flow(payments, bookings, deposit_webhook, protocol="https", label="deposit webhook")
