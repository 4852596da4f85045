"""Beach hut rental agent: the first design, before any security review.

A seaside council rents out its beach huts by the day and the week. Residents and
visitors chat with a booking agent on the council website: an LLM agent, on a model
the council buys through an API, that checks availability, takes the renter's name,
phone and e-mail, creates the booking and sends a payment link from the council's
card payment provider; the provider's webhook confirms payment. Each morning a
scheduled job has the agent text every renter arriving that day the code of their
hut's key safe through an SMS gateway. The codes are changed between lets by a
maintenance contractor, who keeps them in a spreadsheet in the council's Microsoft
365 tenant (guest account with MFA) that the agent reads. Beach services officers
manage bookings and refunds in a back-office screen. Controls in this design: rate
limiting on the chat, a step limit on the agent, webhook signature checks, encrypted
booking storage.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Beach hut rental agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that books council beach huts, takes payment and texts "
    "renters their key safe code.",
)

# ---------------------------------------------------------------- data assets
renter_message = tg.Data("Renter chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation and tool results so far.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data("Booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Hut bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Renter name, phone, e-mail, hut, dates, price and payment status.",
)
tariff = tg.Data("Hut availability and tariff", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
payment_call = tg.Data(
    "Payment link request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
checkout_request = tg.Data(
    "Checkout session request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Booking reference, amount and renter e-mail.",
)
payment_link = tg.Data("Payment link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
payment_confirmation = tg.Data(
    "Payment confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the provider's hosted checkout page.",
)
key_safe_codes = tg.Data(
    "Key safe codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="The current four-digit code of each hut's key safe.",
)
code_lookup = tg.Data("Key safe code lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
code_result = tg.Data(
    "Key safe code for a hut", kind="tool-result", sensitivity=tg.Sensitivity.SECRET
)
sms_call = tg.Data("Text message request", kind="tool-call", sensitivity=tg.Sensitivity.SECRET)
code_text = tg.Data(
    "Key safe code text message",
    kind="records",
    sensitivity=tg.Sensitivity.SECRET,
    description="Renter's phone number, hut number and its key safe code.",
)
arrivals = tg.Data("Today's arrivals list", kind="instructions", sensitivity=tg.Sensitivity.PII)
refund_changes = tg.Data(
    "Booking changes and refunds", kind="records", sensitivity=tg.Sensitivity.PII
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone who wants a hut; no account needed to book.
    renter = tm.add(tg.Actor("Renter", role="member of the public"))
    # Resets key safes between lets and records the new codes.
    contractor = tm.add(tg.Actor("Maintenance contractor", role="contractor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model that runs the conversation and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="council procurement and DPIA review")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout; card details never reach the council.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages and payment webhooks.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Delivers the morning code texts.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Council cloud", trust=tg.Trust.INTERNAL):
    # The chat widget's backend on the council website.
    chat = tm.add(
        tg.Endpoint(
            "Booking chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Talks to renters, books huts, sends payment links and the morning codes.
    agent = tm.add(
        tg.Agent(
            "Beach hut booking agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Checks availability and creates, reads and updates bookings.
    booking_tool = tm.add(tg.Tool("Booking tool", capabilities={"read", "write"}))
    # Creates a checkout session for a booking.
    payment_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"write", "network-egress"},
            description="Takes a booking reference; the amount is read from the booking record.",
        )
    )
    # Returns the current key safe code for a hut number.
    code_tool = tm.add(tg.Tool("Key safe code tool", capabilities={"read"}))
    # Sends a text to a phone number.
    sms_tool = tm.add(tg.Tool("SMS tool", capabilities={"send-messages"}))
    # Bookings, hut list and tariff.
    booking_db = tm.add(
        tg.DataStore(
            "Bookings database",
            stores={bookings, tariff},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Receives the provider's payment notifications.
    webhook = tm.add(
        tg.Endpoint(
            "Payment webhook receiver",
            purpose=tg.EndpointPurpose.API,
            controls={c.MessageIntegrity(note="provider's webhook signature is verified")},
        )
    )
    # Starts the agent's morning run at 07:00 with the day's arrivals.
    scheduler = tm.add(tg.Service("Morning code scheduler"))

with tm.boundary("Council Microsoft 365", trust=tg.Trust.INTERNAL):
    # Shared with the contractor's guest account.
    code_sheet = tm.add(tg.DataStore("Key safe code spreadsheet", stores={key_safe_codes}))

with tm.boundary("Council corporate network", trust=tg.Trust.INTERNAL):
    # Handles changes, cancellations and refunds.
    officer = tm.add(tg.Actor("Beach services officer", role="council staff"))

# ---------------------------------------------------------------- flows
# renter conversation
tm.flow(renter, chat, renter_message, protocol="https")
tm.flow(chat, agent, renter_message)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, chat, agent_reply)
tm.flow(chat, renter, agent_reply, protocol="https")

# bookings
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings)
tm.flow(booking_db, booking_tool, bookings, tariff)

# payment
tm.flow(agent, payment_tool, payment_call)
tm.flow(booking_db, payment_tool, bookings, label="booking price")
tm.flow(payment_tool, payments, checkout_request, protocol="https")
tm.flow(payments, payment_tool, payment_link, protocol="https")
tm.flow(payment_tool, agent, payment_link)
tm.flow(renter, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(payments, webhook, payment_confirmation, protocol="https")
tm.flow(webhook, booking_db, payment_confirmation)

# morning key safe codes
tm.flow(booking_db, scheduler, bookings)
tm.flow(scheduler, agent, arrivals)
tm.flow(agent, code_tool, code_lookup)
tm.flow(code_sheet, code_tool, key_safe_codes, protocol="https", label="Microsoft Graph API")
tm.flow(code_tool, agent, code_result)
tm.flow(agent, sms_tool, sms_call)
tm.flow(sms_tool, sms_gateway, code_text, protocol="https")
tm.flow(sms_gateway, renter, code_text, protocol="sms")

# contractor keeps the codes up to date
tm.flow(
    contractor,
    code_sheet,
    key_safe_codes,
    protocol="https",
    controls={c.Authentication(method="Microsoft 365 guest account with MFA")},
)
tm.flow(code_sheet, contractor, key_safe_codes, protocol="https")

# back office
tm.flow(officer, booking_db, refund_changes, protocol="https", label="back-office screen")
tm.flow(booking_db, officer, bookings, protocol="https", label="back-office screen")
