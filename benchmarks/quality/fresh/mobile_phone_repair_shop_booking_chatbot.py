"""Phone repair booking chatbot: the first design, before any security review.

A chain of phone repair shops in Germany and the Netherlands puts a chat
assistant on its website. Customers say which phone they have and what is wrong;
the assistant, an LLM agent on a vendor-hosted model, quotes the repair from the
price list, books a drop-off slot at a store of the customer's choice, and tells
customers how their repair is going. Bookings land in the booking database,
become repair tickets when the phone is handed in, and technicians update the
ticket status from the store tablets. Confirmations go out by SMS and e-mail
through a messaging provider. The chat API is rate limited and checks message
size; the status tool asks for the booking reference and the e-mail address on
the booking; the model vendor's content filter is on; the LLM API key is kept in
the cloud vault; stored bookings and transcripts are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Phone repair booking chatbot",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Website chat that quotes phone repairs, books store drop-off slots and "
        "gives repair status updates."
    ),
)

# ---------------------------------------------------------------- data assets
message = tg.Data(
    "Customer chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Phone model, fault, and the name, e-mail and mobile number for a booking.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation so far and tool results.",
)
completion = tg.Data(
    "LLM completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The next reply or a tool call.",
)
quote_request = tg.Data("Quote request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
quote = tg.Data("Repair quote", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
prices = tg.Data(
    "Repair prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Price and turnaround per phone model and repair type.",
)
booking_request = tg.Data("Booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
bookings = tg.Data(
    "Drop-off bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, e-mail, mobile number, phone model, fault, store and slot.",
)
slots = tg.Data("Store slot availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
confirmation = tg.Data(
    "Booking confirmation message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference, store address and slot, sent by SMS and e-mail.",
)
status_lookup = tg.Data(
    "Repair status lookup",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Booking reference and the e-mail address the customer gives.",
)
status = tg.Data("Repair status", kind="tool-result", sensitivity=tg.Sensitivity.PII)
tickets = tg.Data(
    "Repair tickets",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer details, IMEI, fault, technician notes and repair status.",
)
status_update = tg.Data("Repair status update", kind="records", sensitivity=tg.Sensitivity.PII)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone on the website can open the chat.
    customer = tm.add(tg.Actor("Customer", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the assistant, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends booking confirmations by SMS and e-mail.
    messaging = tm.add(tg.ExternalService("SMS and e-mail gateway"))

with tm.boundary("Chatbot cloud", trust=tg.Trust.INTERNAL):
    # The website chat widget's backend.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30), c.InputValidation()},
        )
    )
    # Holds the conversation, asks the LLM what to do next and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Booking assistant",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=8), c.SecretsManagement()},
            description="Books slots without staff approval; hands off to the shop phone line on request.",
        )
    )
    # Looks up a price for a phone model and fault.
    quote_tool = tm.add(tg.Tool("Repair quote tool", capabilities={"read"}))
    # Reserves a drop-off slot and triggers the confirmation message.
    booking_tool = tm.add(
        tg.Tool("Slot booking tool", capabilities={"read", "write", "send-messages"})
    )
    # Tells a customer where their repair is.
    status_tool = tm.add(
        tg.Tool(
            "Repair status tool",
            capabilities={"read"},
            controls={c.Authentication(method="booking reference and e-mail address")},
        )
    )
    # Reference prices kept by head office.
    price_list = tm.add(tg.DataStore("Repair price list", stores={prices}))
    # Conversations kept for quality review.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Retail back office", trust=tg.Trust.INTERNAL):
    # Slots per store and the bookings made in them.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, slots},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The chain's repair management system, used at the counter and the bench.
    ticket_system = tm.add(
        tg.DataStore(
            "Repair ticket system",
            stores={tickets},
            controls={c.Authentication(method="staff login with password")},
        )
    )

with tm.boundary("Store network", trust=tg.Trust.INTERNAL):
    # Checks phones in and updates repair status from the store tablet.
    technician = tm.add(tg.Actor("Store technician", role="technician"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, message, protocol="https")
tm.flow(chat_api, customer, reply, protocol="https")
tm.flow(chat_api, agent, message)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, quote_tool, quote_request)
tm.flow(quote_tool, agent, quote)
tm.flow(quote_tool, price_list, quote_request)
tm.flow(price_list, quote_tool, prices, label="price list lookup")

tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, protocol="https")
tm.flow(booking_db, booking_tool, slots, protocol="https")
tm.flow(booking_tool, messaging, confirmation, protocol="https")
tm.flow(messaging, customer, confirmation, protocol="sms")

tm.flow(agent, status_tool, status_lookup)
tm.flow(status_tool, agent, status)
tm.flow(status_tool, ticket_system, status_lookup, protocol="https")
tm.flow(ticket_system, status_tool, status, protocol="https")

tm.flow(booking_db, ticket_system, bookings, label="booking becomes a ticket at check-in")
tm.flow(technician, ticket_system, status_update, protocol="https")
tm.flow(ticket_system, technician, tickets, protocol="https")
