"""Theatre costume hire enquiry agent: the first design, before any security review.

A UK theatre costume hire company answers hire enquiries with an LLM agent.
Costume supervisors from productions (touring shows, drama schools, amateur
companies) chat with it on the company website: it checks what is in stock for
their dates, compares the cast's measurements with the costumes' measurements,
places provisional holds in the bookings database and sends a link to pay the
deposit through the company's payment provider, whose webhook marks it paid.
The agent and its tools run in the company's cloud account; the language model is
a vendor's hosted API. Wardrobe staff use a back-office console for stock, returns
and confirmed hires. Controls in this design: HTTPS everywhere, a rate limit on
the chat, a step limit on the agent, a reservation tool that can only create and
change holds, signature checks on payment webhooks, SSO with 2SV for staff, and
encryption at rest on the bookings database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Costume hire enquiry agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Chat agent that answers hire enquiries, reserves costumes and takes deposits.",
)

# ---------------------------------------------------------------- data assets
enquiry = tg.Data(
    "Hire enquiry message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Production name, dates, costumes wanted, contact name and e-mail.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
cast_measurements = tg.Data(
    "Cast measurements",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Named performers' chest, waist, inside leg, height and shoe size.",
)
stock_query = tg.Data("Stock query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock_records = tg.Data(
    "Costume stock records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Costumes, sizes and measurements, condition, availability calendar, hire rates.",
)
stock_result = tg.Data(
    "Stock and availability", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
fit_result = tg.Data("Fit check result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
hold_request = tg.Data(
    "Reservation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Costume ids, hire dates, production and contact details, cast measurements.",
)
reservations = tg.Data(
    "Hire reservations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Holds and confirmed hires with contact details, measurements and deposit status.",
)
hold_result = tg.Data(
    "Reservation confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
deposit_request = tg.Data(
    "Deposit request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, contact e-mail and the deposit amount the agent works out.",
)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_payment = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment completed event",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking reference, amount paid and the payer's name.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
staff_updates = tg.Data(
    "Stock and hire updates",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="New stock, returns, condition notes, confirmed and cancelled hires.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Costume supervisors and stage managers from productions; no account needed.
    contact = tm.add(tg.Actor("Production costume supervisor", role="hire customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details go to the provider, never to us.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted payment pages and payment links; posts a webhook when paid.",
        )
    )

with tm.boundary("Company office", trust=tg.Trust.INTERNAL):
    # The hire desk and wardrobe team: stock, fittings, returns, confirming hires.
    staff = tm.add(tg.Actor("Wardrobe staff", role="hire desk staff"))

with tm.boundary("Cloud account", trust=tg.Trust.INTERNAL):
    # The website's chat back end.
    chat = tm.add(
        tg.Endpoint(
            "Enquiry chat API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The agent: answers questions and calls the tools below on its own.
    agent = tm.add(
        tg.Agent(
            "Hire enquiry agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Looks up costumes by type, period and size, and their free dates.
    stock_tool = tm.add(tg.Tool("Stock lookup tool", capabilities={"read"}))
    # Compares performers' measurements with each costume's measurements and alteration allowance.
    fit_tool = tm.add(tg.Tool("Measurement fit tool", capabilities={"read"}))
    # Places, changes and reads provisional holds (they lapse after 7 days unpaid).
    hold_tool = tm.add(
        tg.Tool(
            "Reservation tool",
            capabilities={"read", "write"},
            controls={c.LeastPrivilegeTools(note="can create and change holds only")},
        )
    )
    # Asks the payment provider for a deposit link and returns it to the agent.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="Creates a payment link for the booking reference and amount it is given.",
        )
    )
    # Receives the provider's payment webhook and marks deposits paid.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook receiver",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.MessageIntegrity(note="verifies the provider's signature header")},
        )
    )
    # Back-office web app for the wardrobe team.
    console = tm.add(
        tg.Service(
            "Hire desk console",
            controls={c.Authentication(method="Google Workspace SSO with 2SV")},
        )
    )
    # Every costume: sizes, measurements, condition, calendar, hire rates.
    inventory_db = tm.add(tg.DataStore("Costume inventory database", stores={stock_records}))
    # Holds and hires, with production contacts and cast measurements.
    bookings_db = tm.add(
        tg.DataStore(
            "Hire bookings database",
            stores={reservations, cast_measurements},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversation history kept for the hire desk to read back.
    log_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))

# ---------------------------------------------------------------- flows
# The conversation.
tm.flow(contact, chat, enquiry, cast_measurements, protocol="https")
tm.flow(chat, agent, enquiry, cast_measurements)
tm.flow(agent, chat, reply)
tm.flow(chat, contact, reply, payment_link, protocol="https")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, log_store, transcripts)

# Stock and fit.
tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, inventory_db, stock_query)
tm.flow(inventory_db, stock_tool, stock_records)
tm.flow(stock_tool, agent, stock_result)
tm.flow(agent, fit_tool, cast_measurements, stock_query)
tm.flow(inventory_db, fit_tool, stock_records, label="costume measurements")
tm.flow(fit_tool, agent, fit_result)

# Holds.
tm.flow(agent, hold_tool, hold_request)
tm.flow(hold_tool, bookings_db, reservations, cast_measurements)
tm.flow(bookings_db, hold_tool, reservations)
tm.flow(hold_tool, agent, hold_result)

# Deposits.
tm.flow(agent, deposit_tool, deposit_request)
tm.flow(deposit_tool, payments, deposit_request, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)
tm.flow(contact, payments, card_payment, protocol="https", label="pays deposit on hosted page")
tm.flow(payments, webhook, payment_event, protocol="https", label="payment webhook")
tm.flow(webhook, bookings_db, payment_event, label="marks deposit paid")

# Back office.
tm.flow(staff, console, staff_updates, protocol="https")
tm.flow(console, staff, reservations, cast_measurements, transcripts, protocol="https")
tm.flow(console, inventory_db, staff_updates)
tm.flow(inventory_db, console, stock_records)
tm.flow(console, bookings_db, staff_updates)
tm.flow(bookings_db, console, reservations, cast_measurements)
tm.flow(log_store, console, transcripts)
