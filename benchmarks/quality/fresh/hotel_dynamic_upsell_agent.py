"""Hotel dynamic upsell agent: the first design, before any security review.

A European hotel group wants to sell more room upgrades, late checkouts and spa
packages before guests arrive. An upsell agent in the group's cloud reads each
upcoming reservation from the property management system (PMS), asks an
in-house revenue model for a price for each offer, and has a hosted LLM write a
personal message that goes out by e-mail and WhatsApp through a messaging
provider. Guests reply in free text; their replies come back through the
provider's webhook. When a guest accepts, the agent adds the extra to the
reservation and charges the card on file through the payment gateway, using the
token the PMS keeps. Complaints are handed to the front desk of the hotel.
Controls in this design: PMS encryption and role-based access, a step limit and
audit log on the agent, a price cap on the payment tool with its gateway key in
a vault, and a rate limit on the webhook.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hotel dynamic upsell agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Pre-arrival messaging agent that prices, sells and charges room and stay extras.",
)

# ---------------------------------------------------------------- data assets
guest_reply = tg.Data(
    "Guest reply",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text e-mail or WhatsApp reply: acceptances, questions, complaints.",
)
offer_message = tg.Data("Offer message", kind="model-output", sensitivity=tg.Sensitivity.PII)
send_request = tg.Data(
    "Send-message call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient address or phone number, channel and message text.",
)
reservation = tg.Data(
    "Reservation and guest profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Stay dates, room type, rate, contact details, loyalty tier, past spend.",
)
reservation_call = tg.Data("Reservation lookup or update", kind="tool-call")
reservation_result = tg.Data(
    "Reservation tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
card_token = tg.Data(
    "Card-on-file token",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Gateway token for the card the guest guaranteed the booking with.",
)
charge_call = tg.Data(
    "Charge request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Reservation id, offer, amount and currency.",
)
charge_result = tg.Data(
    "Charge result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
gateway_key = tg.Data(
    "Payment gateway API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
pricing_features = tg.Data(
    "Offer pricing features",
    kind="features",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Occupancy forecast, room type, length of stay, loyalty tier, booking channel.",
)
offer_prices = tg.Data("Offer prices", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
llm_prompt = tg.Data(
    "Message-writing prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, guest name and stay details, priced offers, the guest's reply.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
complaint = tg.Data(
    "Complaint handoff",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Guest, reservation and the complaint text, for the front desk to follow up.",
)
transcripts = tg.Data("Conversation transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person the offers are sent to; anyone who knows the address can write back.
    guest = tm.add(tg.Actor("Guest", role="hotel guest"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # E-mail and WhatsApp Business delivery; posts inbound replies to our webhook.
    messaging = tm.add(
        tg.ExternalService(
            "Messaging provider",
            description="Sends e-mail and WhatsApp messages and relays replies by webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the offer messages and reads the meaning of guests' replies.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Charges the tokenised card on file; the hotel never sees the card number.
    gateway = tm.add(tg.ExternalService("Payment gateway"))

with tm.boundary("Hotel group cloud", trust=tg.Trust.INTERNAL):
    # Receives the provider's webhook calls with guest replies.
    webhook = tm.add(
        tg.Endpoint(
            "Inbound message webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=600)},
        )
    )
    # Plans the outreach for each arrival and acts on the guest's answer.
    agent = tm.add(
        tg.Agent(
            "Upsell agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Picks offers, writes and sends messages, books and charges accepted ones.",
            controls={c.CircuitBreaker(max_steps=25), c.AuditLogging(retention_days=365)},
        )
    )
    # The revenue team's model that prices each offer for each stay.
    pricing = tm.add(
        tg.Model(
            "Revenue pricing model",
            task=tg.Task.REGRESSOR,
            description="Gradient-boosted model predicting the price a guest is likely to accept.",
        )
    )
    # Lets the agent send an e-mail or WhatsApp message to the guest on the booking.
    send_tool = tm.add(tg.Tool("Send message tool", capabilities={"send-messages"}))
    # Reads the reservation and adds the accepted upgrade or extra to it.
    reservation_tool = tm.add(tg.Tool("Reservation tool", capabilities={"read", "write"}))
    # Charges the accepted offer to the card on file.
    payment_tool = tm.add(
        tg.Tool(
            "Payment tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(
                    limit="the catalogue price of the offer, at most EUR 400 per stay"
                ),
                c.SecretsManagement(note="gateway API key in the cloud secret manager"),
            },
        )
    )
    # Lets the agent open a front-desk case when a reply is a complaint.
    handoff_tool = tm.add(tg.Tool("Front desk handoff tool", capabilities={"send-messages"}))
    # Keeps every conversation for disputes and for the revenue team.
    conversation_log = tm.add(tg.DataStore("Conversation log", stores={transcripts}))

    with tm.boundary("Guest data zone", trust=tg.Trust.RESTRICTED):
        # System of record for bookings, guest profiles and card tokens.
        pms = tm.add(
            tg.DataStore(
                "Property management system",
                stores={reservation, card_token},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

with tm.boundary("Hotel network", trust=tg.Trust.INTERNAL):
    # Front-desk staff who pick up complaints and talk to the guest.
    front_desk = tm.add(tg.Actor("Front desk staff", role="front desk"))

# ---------------------------------------------------------------- flows
# outreach
tm.flow(agent, reservation_tool, reservation_call, label="upcoming arrivals")
tm.flow(reservation_tool, pms, reservation_call)
tm.flow(pms, reservation_tool, reservation)
tm.flow(reservation_tool, agent, reservation_result)
tm.flow(agent, pricing, pricing_features)
tm.flow(pricing, agent, offer_prices)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, send_tool, send_request)
tm.flow(send_tool, messaging, send_request, protocol="https")
tm.flow(messaging, guest, offer_message, label="e-mail / WhatsApp")

# replies
tm.flow(guest, messaging, guest_reply, label="e-mail / WhatsApp")
tm.flow(messaging, webhook, guest_reply, protocol="https")
tm.flow(webhook, agent, guest_reply)
tm.flow(agent, conversation_log, transcripts)

# accepted offers
tm.flow(agent, reservation_tool, reservation_call, label="add extra to booking")
tm.flow(agent, payment_tool, charge_call)
tm.flow(pms, payment_tool, card_token)
tm.flow(payment_tool, gateway, charge_call, card_token, gateway_key, protocol="https")
tm.flow(gateway, payment_tool, charge_result, protocol="https")
tm.flow(payment_tool, agent, charge_result)

# complaints
tm.flow(agent, handoff_tool, complaint)
tm.flow(handoff_tool, front_desk, complaint, label="front desk case")
