"""Narrowboat marina mooring and pump-out booking agent: the first design.

Boaters book short-stay moorings and pump-out slots by chatting with a booking
agent on the marina's website: an orchestrator on the marina's cloud VM drives a
hosted LLM that checks availability, books through the booking service and hands
out a card payment link on the payment provider's hosted page, so card numbers
never reach the marina. When the provider's webhook confirms payment, the booking
service texts the gate and shower-block codes through an SMS gateway. Staff manage
berths and change codes from the office PC; the pump-out station takes a slot code
on its keypad and uploads its usage log over 4G. Controls: HTTPS throughout, a
per-visitor chat rate limit, schema checks on booking calls, signed payment
webhooks, staff password sign-in and disk encryption on the database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Narrowboat marina mooring and pump-out booking agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr", "pci-dss"},
    description="Chat agent that books moorings and pump-out slots, takes card payment "
    "through a hosted page and texts gate and shower-block codes.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Boater chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Boat name, licence number, dates, mobile number, free text.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Booking prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
availability_query = tg.Data("Availability lookup", kind="tool-call")
availability = tg.Data("Berth and pump-out availability", kind="tool-result")
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_link_request = tg.Data("Payment link request", kind="tool-call")
payment_link = tg.Data("Card payment link", kind="tool-result")
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bookings = tg.Data(
    "Bookings and boater contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
berth_plan = tg.Data("Berth plan and tariffs", kind="records")
site_codes = tg.Data(
    "Gate and shower-block codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Keypad codes for the car-park gate, pontoon gate and shower block.",
)
pump_out_code = tg.Data("Pump-out slot code", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
code_text = tg.Data(
    "Code text message",
    kind="documents",
    sensitivity=tg.Sensitivity.SECRET,
    description="SMS with the booking dates, gate and shower-block codes and pump-out code.",
)
usage_log = tg.Data("Pump-out usage log", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone with a boat, or without one, can open the chat.
    boater = tm.add(tg.Actor("Boater", role="customer"))

with tm.boundary("Marina cloud VM", trust=tg.Trust.INTERNAL):
    # The chat widget's back end: the only public entry point to the agent.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=20, note="per visitor IP")},
        )
    )
    # Holds the conversation, calls the LLM and runs the tools it picks.
    agent = tm.add(
        tg.Agent(
            "Booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books moorings and pump-out slots without staff involvement.",
        )
    )
    # Read-only view of free berths and pump-out slots.
    availability_tool = tm.add(
        tg.Tool("Availability lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Creates or changes a booking in the booking service.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write"},
            origin="first-party",
            controls={
                c.InputValidation(note="dates, berth ids and boat length checked against a schema")
            },
        )
    )
    # Asks the payment provider for a hosted checkout page for a booking.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            origin="first-party",
            description="Creates a hosted card payment link; the amount is read from the "
            "booking record's tariff.",
        )
    )
    # System of record for berths, bookings and site codes; sends the code texts.
    booking_service = tm.add(
        tg.Service(
            "Booking service",
            description="Berth plan, bookings, payment status and site codes; texts codes "
            "once payment is confirmed.",
            controls={c.Authentication(method="staff e-mail and password")},
        )
    )
    # Managed database behind the booking service.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, berth_plan, site_codes, pump_out_code, usage_log},
            controls={c.EncryptionAtRest(key_management="cloud provider managed disk keys")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted chat model with tool calling.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout page and card processing: keeps card data out of our systems.
    payments = tm.add(tg.ExternalService("Card payment provider", provides="generic"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Bulk SMS API used to text codes to boaters' mobiles.
    sms = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Marina site", trust=tg.Trust.INTERNAL):
    # Office staff who run the berth plan and change the codes.
    staff = tm.add(tg.Actor("Marina office staff", role="staff"))
    # Shared Windows PC in the marina office, browser access to the booking service.
    office_pc = tm.add(tg.Device("Marina office PC", fleet=False))
    # Pump-out machine on the service quay, keypad plus 4G router.
    pump_out = tm.add(tg.Device("Pump-out station", fleet=False))

# ---------------------------------------------------------------- flows
# The chat
tm.flow(boater, chat, chat_message, protocol="https")
tm.flow(chat, boater, agent_reply, payment_link, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply, payment_link)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Tools
tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, agent, availability)
tm.flow(availability_tool, booking_service, availability_query, protocol="https")
tm.flow(booking_service, availability_tool, availability, protocol="https")
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_confirmation)
tm.flow(booking_tool, booking_service, booking_request, protocol="https")
tm.flow(booking_service, booking_tool, booking_confirmation, protocol="https")
tm.flow(agent, payment_tool, payment_link_request)
tm.flow(payment_tool, agent, payment_link)
tm.flow(
    payment_tool, booking_service, payment_link_request, protocol="https", label="booking amount"
)
tm.flow(booking_service, payment_tool, berth_plan, protocol="https", label="tariff for the booking")
tm.flow(payment_tool, payments, payment_link_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")

# Payment and codes
tm.flow(boater, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    booking_service,
    payment_webhook,
    protocol="https",
    label="payment webhook",
    controls={c.MessageIntegrity(note="provider signature verified")},
)
tm.flow(booking_service, booking_db, bookings, site_codes, usage_log)
tm.flow(booking_db, booking_service, bookings, berth_plan, site_codes, pump_out_code)
tm.flow(booking_service, sms, code_text, protocol="https")
tm.flow(sms, boater, code_text, protocol="sms")

# Office
tm.flow(staff, office_pc, berth_plan, site_codes, label="at the office desk")
tm.flow(office_pc, booking_service, berth_plan, site_codes, protocol="https")
tm.flow(booking_service, office_pc, bookings, berth_plan, usage_log, protocol="https")
tm.flow(office_pc, staff, bookings, usage_log, label="on screen")

# Pump-out station
tm.flow(boater, pump_out, pump_out_code, label="typed on the keypad")
tm.flow(booking_service, pump_out, pump_out_code, protocol="https", label="valid slot codes")
tm.flow(pump_out, booking_service, usage_log, protocol="https")
