"""Regional airport fuel order agent: the first design, before any security review.

The airport's into-plane fuel service takes orders from airline operations desks
and private pilots, by e-mail to a shared fuel orders mailbox or through a web
order form. An LLM agent reads each order, looks up the customer's credit account
in the fuel billing database, or sends a card payment link created through the
payment provider, books a slot on the fuel truck schedule and replies to confirm.
Refuellers see their jobs on an airside handheld and record the quantity delivered,
which updates the invoice. The same agent watches fuel farm stock and books bulk
deliveries with the fuel supplier through the supplier's ordering portal.
The agent uses a hosted LLM, logs every step and is capped in steps per order; the
payment tool holds a restricted provider key kept in a vault. Card details go only
to the provider's hosted page; the billing database is encrypted and role-based.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Regional airport fuel order agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="LLM agent taking aviation fuel orders, payments, truck scheduling and resupply.",
)

# ---------------------------------------------------------------- data assets
order_email = tg.Data(
    "Fuel order e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text order: tail number, flight, quantity, time, account or pilot details.",
)
web_order = tg.Data("Web fuel order request", kind="records", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data("Order confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data("Agent prompt and context", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_reply = tg.Data(
    "LLM reply and tool choices", kind="model-output", sensitivity=tg.Sensitivity.PII
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
credit_status = tg.Data(
    "Credit account status",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Account standing, credit limit and balance for an airline or operator.",
)
accounts = tg.Data(
    "Customer accounts and invoices",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_link = tg.Data("Card payment link", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
card_details = tg.Data(
    "Cardholder data",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_result = tg.Data(
    "Payment completed webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
psp_key = tg.Data("Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
schedule = tg.Data(
    "Fuel truck schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
stock_levels = tg.Data(
    "Fuel farm stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
delivery_record = tg.Data(
    "Quantity delivered record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
supplier_booking = tg.Data(
    "Bulk fuel delivery booking", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
supplier_reply = tg.Data(
    "Supplier booking confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Airline operations desks order fuel on their credit account.
    airline_ops = tm.add(tg.Actor("Airline operations desk", role="airline customer"))
    # Visiting private pilots, mostly paying by card.
    pilot = tm.add(tg.Actor("Private pilot", role="general aviation customer"))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # The shared fuel orders mailbox on the airport's hosted e-mail.
    mailbox = tm.add(tg.ExternalService("Fuel orders mailbox", provides="generic"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted agent LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page and payment-link API; card data stays with the provider.
    psp = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("Fuel supplier", trust=tg.Trust.PARTNER):
    # The oil company's portal where bulk deliveries to the fuel farm are booked.
    supplier_portal = tm.add(
        tg.ExternalService("Fuel supplier ordering portal", provides="generic")
    )

with tm.boundary("Airport fuel services cloud", trust=tg.Trust.INTERNAL):
    # Public order form for customers who do not e-mail.
    web_form = tm.add(
        tg.Endpoint(
            "Fuel order web form",
            purpose=tg.EndpointPurpose.API,
            controls={c.InputValidation(note="required fields and quantity ranges")},
        )
    )
    # Reads each order and carries it through to a confirmed, scheduled fuelling.
    agent = tm.add(
        tg.Agent(
            "Fuel order agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Handles customer fuel orders and bulk resupply bookings end to end.",
            controls={c.AuditLogging(retention_days=365), c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads the customer's account standing before an order goes on account.
    credit_tool = tm.add(tg.Tool("Credit account lookup", capabilities={"read"}))
    # Creates a card payment link for the order amount through the provider.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "send-messages"},
            controls={
                c.LeastPrivilegeTools(note="restricted key: create payment links only"),
                c.SecretsManagement(),
            },
        )
    )
    # Books and moves slots on the truck schedule; reads fuel farm stock.
    schedule_tool = tm.add(tg.Tool("Truck scheduling tool", capabilities={"read", "write"}))
    # Places bulk delivery bookings with the supplier.
    supplier_tool = tm.add(
        tg.Tool("Supplier delivery booking tool", capabilities={"write", "network-egress"})
    )
    # Customer accounts, credit limits and invoices.
    billing_db = tm.add(
        tg.DataStore(
            "Fuel billing database",
            stores={accounts, delivery_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Truck schedule and fuel farm tank levels.
    ops_db = tm.add(tg.DataStore("Fuel operations database", stores={schedule, stock_levels}))

with tm.boundary("Airside", trust=tg.Trust.INTERNAL):
    # Rugged handheld in the fuel truck: job list and delivered-quantity entry.
    handheld = tm.add(
        tg.Device(
            "Refueller handheld",
            controls={c.Authentication(method="refueller PIN")},
        )
    )
    refueller = tm.add(tg.Actor("Refueller", role="refuelling staff"))

# ---------------------------------------------------------------- flows
# Orders in
tm.flow(airline_ops, mailbox, order_email, protocol="smtp+starttls")
tm.flow(pilot, mailbox, order_email, protocol="smtp+starttls")
tm.flow(pilot, web_form, web_order, protocol="https")
tm.flow(airline_ops, web_form, web_order, protocol="https")
tm.flow(mailbox, agent, order_email, protocol="https", label="Graph API")
tm.flow(web_form, agent, web_order)

# Reasoning
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

# Credit account or card payment
tm.flow(agent, credit_tool, tool_call)
tm.flow(billing_db, credit_tool, accounts)
tm.flow(credit_tool, agent, credit_status)
tm.flow(agent, payment_tool, tool_call)
tm.flow(payment_tool, psp, payment_link, psp_key, protocol="https", label="create payment link")
tm.flow(psp, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(pilot, psp, card_details, protocol="https", label="hosted payment page")
tm.flow(psp, billing_db, payment_result, protocol="https", label="payment webhook")

# Scheduling
tm.flow(agent, schedule_tool, tool_call)
tm.flow(schedule_tool, ops_db, schedule)
tm.flow(ops_db, schedule_tool, schedule, stock_levels)
tm.flow(schedule_tool, agent, schedule, stock_levels)

# Confirmation back to the customer
tm.flow(agent, mailbox, confirmation, payment_link, protocol="https", label="Graph API")
tm.flow(mailbox, airline_ops, confirmation, protocol="smtp+starttls")
tm.flow(mailbox, pilot, confirmation, payment_link, protocol="smtp+starttls")

# Into-plane fuelling
tm.flow(ops_db, handheld, schedule, protocol="https", label="job list")
tm.flow(handheld, refueller, schedule, label="on screen")
tm.flow(refueller, handheld, delivery_record, label="keypad")
tm.flow(handheld, billing_db, delivery_record, protocol="https", label="updates invoice")

# Bulk resupply of the fuel farm
tm.flow(agent, supplier_tool, tool_call)
tm.flow(supplier_tool, supplier_portal, supplier_booking, protocol="https")
tm.flow(supplier_portal, supplier_tool, supplier_reply, protocol="https")
tm.flow(supplier_tool, agent, supplier_reply)
