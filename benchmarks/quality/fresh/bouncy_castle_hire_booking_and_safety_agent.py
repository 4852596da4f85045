"""Bouncy castle hire booking and safety agent: the first design.

An inflatable hire company takes bookings through an AI agent that customers
reach by web chat on the company site or by WhatsApp (through the WhatsApp
Business platform's webhook). The agent, backed by a hosted LLM, asks for the
date, address, garden size and surface (grass, patio, artificial turf) and
checks them with a suitability tool against each inflatable's space, surface
and anchoring requirements from the catalogue. It writes the booking, and takes
a 30% deposit by sending a payment link created with the card payment provider
from the catalogue price; card details go to the provider's hosted page only.
An operations backend turns confirmed bookings into delivery runs for the
crews, who see their job sheets on a company phone and record the safety
checklist at setup (anchoring, blower, surface, measured wind speed). Above the
24 mph gust limit hire is stopped: the office manager watches the wind forecast,
calls off runs, and also decides the bookings the suitability check calls marginal.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Bouncy castle hire booking and safety agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat and WhatsApp booking agent with suitability checks and deposits, "
    "plus crew scheduling and setup safety checklists.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Customer chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, phone, address, event date, garden size and surface, as typed.",
)
agent_reply = tg.Data(
    "Agent replies and payment link", kind="model-output", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
suitability_call = tg.Data(
    "Suitability check request",
    kind="tool-call",
    description="Inflatable, garden dimensions and surface as the customer described them.",
)
suitability_result = tg.Data("Suitability verdict", kind="tool-result")
catalogue = tg.Data(
    "Inflatable catalogue, site requirements and prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Footprint, clearance, permitted surfaces, anchoring and hire price per unit.",
)
booking_call = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Booking records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
deposit_call = tg.Data("Deposit request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data("Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.PII)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
job_sheet = tg.Data(
    "Crew job sheets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Address, contact phone, access notes, inflatable and setup time.",
)
checklist = tg.Data(
    "Setup safety checklist",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Anchoring, blower, surface and measured wind speed, with setup photos.",
)
wind_forecast = tg.Data("Wind forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
schedule_changes = tg.Data(
    "Schedule changes and call-offs", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents and event organisers booking a hire.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("Messaging platform", trust=tg.Trust.PARTNER):
    # WhatsApp Business platform: relays customer messages to us by webhook.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business platform"))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment pages and payment links; card data never reaches us.
    payments = tm.add(tg.ExternalService("Card payment provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the booking agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Weather provider", trust=tg.Trust.PARTNER):
    # Hourly wind and gust forecast for each delivery postcode.
    weather = tm.add(
        tg.ExternalService("Weather forecast API", provides=tg.vocab.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Company cloud", trust=tg.Trust.INTERNAL):
    # Chat widget backend on the company website.
    web_chat = tm.add(
        tg.Endpoint(
            "Web chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.RateLimiting(requests_per_minute=30)},
        )
    )
    # Runs the conversation and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                tg.controls.CircuitBreaker(max_steps=15),
                tg.controls.HumanInTheLoop(
                    approver="the office manager",
                    note="bookings the suitability check marks as marginal only; "
                    "others are confirmed directly",
                ),
            },
        )
    )
    # Compares the described garden with the inflatable's requirements.
    suitability_tool = tm.add(
        tg.Tool("Garden suitability check", capabilities={"read"}, origin="first-party")
    )
    # Checks availability and writes the booking.
    booking_tool = tm.add(
        tg.Tool("Booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Creates the deposit payment link from the catalogue price.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"money-movement", "network-egress"},
            origin="first-party",
            controls={tg.controls.SecretsManagement(note="provider API key in the cloud vault")},
        )
    )
    # Units, site requirements and prices, maintained by the office.
    catalogue_db = tm.add(tg.DataStore("Inflatable catalogue", stores={catalogue}))
    # Bookings, deposits and the safety checklists for each hire.
    bookings_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, checklist},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Runs the delivery schedule, crew app API, office dashboard and payment webhook.
    ops_backend = tm.add(
        tg.Endpoint(
            "Operations backend",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="username and password")},
        )
    )

with tm.boundary("Delivery crews", trust=tg.Trust.INTERNAL):
    # Two-person crews who deliver, set up and inspect the inflatables.
    crew = tm.add(tg.Actor("Delivery crew", role="crew"))
    # Company Android phone per van with the crew app.
    crew_phone = tm.add(tg.Device("Crew phone", fleet=True))

with tm.boundary("Office", trust=tg.Trust.INTERNAL):
    # Owns the schedule, handles marginal bookings and wind call-offs.
    manager = tm.add(tg.Actor("Office manager", role="operations manager", privileged=True))

# ---------------------------------------------------------------- flows
# Web chat
tm.flow(customer, web_chat, chat_message, protocol="https")
tm.flow(web_chat, agent, chat_message)
tm.flow(agent, web_chat, agent_reply)
tm.flow(web_chat, customer, agent_reply, protocol="https")

# WhatsApp
tm.flow(customer, whatsapp, chat_message, label="WhatsApp app")
tm.flow(whatsapp, agent, chat_message, protocol="https", label="message webhook")
tm.flow(agent, whatsapp, agent_reply, protocol="https")
tm.flow(whatsapp, customer, agent_reply, label="WhatsApp app")

# Model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Tools
tm.flow(agent, suitability_tool, suitability_call)
tm.flow(catalogue_db, suitability_tool, catalogue, label="site requirements")
tm.flow(suitability_tool, agent, suitability_result)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, bookings_db, bookings)
tm.flow(bookings_db, booking_tool, bookings, label="availability")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, deposit_tool, deposit_call)
tm.flow(catalogue_db, deposit_tool, catalogue, label="hire price list")
tm.flow(deposit_tool, payments, deposit_call, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)

# Payment
tm.flow(customer, payments, card_details, protocol="https", label="hosted payment page")
tm.flow(
    payments,
    ops_backend,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider webhook signature verified")},
)
tm.flow(ops_backend, bookings_db, bookings, label="deposit paid")

# Operations and crews
tm.flow(bookings_db, ops_backend, bookings, checklist)
tm.flow(weather, ops_backend, wind_forecast, protocol="https")
tm.flow(ops_backend, manager, bookings, wind_forecast, checklist, protocol="https")
tm.flow(manager, ops_backend, schedule_changes, protocol="https")
tm.flow(ops_backend, bookings_db, schedule_changes)
tm.flow(ops_backend, crew_phone, job_sheet, protocol="https")
tm.flow(crew_phone, crew, job_sheet, label="shown in the crew app")
tm.flow(crew, crew_phone, checklist, label="entered on the phone at setup")
tm.flow(crew_phone, ops_backend, checklist, protocol="https")
tm.flow(ops_backend, bookings_db, checklist, label="checklist saved")
