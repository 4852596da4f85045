"""Boutique hotel upsell email agent: the first design, before any security review.

A group of boutique hotels in Portugal and Spain emails each guest a week before
arrival with personalised offers (room upgrades, dinner tables, spa treatments),
chosen by an LLM agent from the guest's booking, past stays and the offer catalogue.
A daily scheduler picks the arrivals; the agent drafts with a hosted LLM and sends
through the group's email provider, whose inbound webhook hands guest replies back
to the agent. When a guest accepts, the agent books the extra in the cloud property
management system (PMS) with a scoped API key; the PMS charges the saved card token
at checkout through the payment provider. Revenue managers maintain the offers and
prices and read the conversation log. The services run in the group's cloud account;
guest data is encrypted at rest, the agent has a step limit and logs its actions, and the LLM
vendor was vetted under a data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Boutique hotel upsell email agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Pre-arrival upsell emails and replies by an LLM agent that books extras in the PMS.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Upcoming booking and stay history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, email, dates, room type, party size, past stays and spend, preferences.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
arrival_trigger = tg.Data("Pre-arrival trigger", kind="records", sensitivity=tg.Sensitivity.PII)
offers = tg.Data("Offer catalogue and prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
offer_email = tg.Data(
    "Personalised offer email", kind="model-output", sensitivity=tg.Sensitivity.PII
)
guest_reply = tg.Data(
    "Guest reply email",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Free text written by whoever answers the offer email.",
)
llm_prompt = tg.Data(
    "Agent prompt with guest context", kind="prompt", sensitivity=tg.Sensitivity.PII
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
send_call = tg.Data("Send-email tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
send_status = tg.Data("Send status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
booking_call = tg.Data(
    "Extra booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Reservation id, extra, date and price to post to the guest's folio.",
)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
conversation = tg.Data("Conversation and action log", kind="logs", sensitivity=tg.Sensitivity.PII)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.REGULATED,
    description="The payment provider's token for the card the guest left at booking.",
)
checkout_charge = tg.Data("Checkout charge", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The guest, or anyone who can write to the agent's reply address.
    guest = tm.add(tg.Actor("Guest", role="hotel guest"))

with tm.boundary("Email provider", trust=tg.Trust.PARTNER):
    # Transactional email SaaS: sends the offers, receives replies on the offers address.
    email_provider = tm.add(
        tg.ExternalService(
            "Transactional email provider",
            description="Sends outbound mail and posts inbound replies to our webhook.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model that writes the offers and decides the next step.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU processing, no training on our data")
            },
        )
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The hotels' cloud property management system: reservations, folios, cards on file.
    pms = tm.add(
        tg.ExternalService(
            "Cloud property management system",
            description="Holds reservations and guest folios; charges the folio at checkout.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Card acquirer that holds the card behind the token and takes the checkout payment.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Hotel group cloud account", trust=tg.Trust.INTERNAL):
    # Picks each day's arrivals seven days out and starts one agent run per booking.
    scheduler = tm.add(
        tg.Service("Daily pre-arrival scheduler", description="Cron job at 09:00 local time.")
    )
    # Receives guest replies from the email provider's inbound webhook.
    inbound = tm.add(
        tg.Endpoint(
            "Inbound email webhook",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Public HTTPS URL registered with the email provider.",
        )
    )
    # The LLM agent: writes offers, answers replies, books accepted extras.
    agent = tm.add(
        tg.Agent(
            "Upsell email agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Sends offers and books accepted extras without staff review.",
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=365, note="every prompt, email and tool call"),
            },
        )
    )
    # Copy of reservations and stay history, synced nightly from the PMS.
    guest_store = tm.add(
        tg.DataStore(
            "Guest profile store",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # Offers each hotel sells, with prices and availability rules.
    catalogue = tm.add(
        tg.DataStore(
            "Offer catalogue",
            stores={offers},
            controls={c.Authentication(method="Google Workspace SSO with MFA"), c.RBAC()},
        )
    )
    # Email threads and the agent's actions, read back as thread history.
    conversation_store = tm.add(
        tg.DataStore(
            "Conversation store",
            stores={conversation},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Tool the agent calls to send an email to the guest of the booking it is handling.
    send_tool = tm.add(
        tg.Tool("Send email tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Tool the agent calls to read the reservation and post extras to the guest's folio.
    booking_tool = tm.add(
        tg.Tool(
            "PMS booking tool",
            capabilities={"read", "write", "money-movement"},
            origin="first-party",
            description="Posted extras are charged to the card on file at checkout.",
            controls={
                c.LeastPrivilegeTools(note="PMS key scoped to reservations and folio postings"),
                c.SecretsManagement(note="PMS API key in the cloud secret manager"),
            },
        )
    )

with tm.boundary("Hotel offices", trust=tg.Trust.INTERNAL):
    # Sets offers and prices, reads conversations to tune them.
    revenue_manager = tm.add(tg.Actor("Revenue manager", role="revenue staff"))

# ---------------------------------------------------------------- flows
tm.flow(pms, guest_store, booking, protocol="https", label="nightly reservation sync")
tm.flow(guest_store, scheduler, booking, label="arrivals in seven days")
tm.flow(scheduler, agent, arrival_trigger)
tm.flow(guest_store, agent, booking)
tm.flow(catalogue, agent, offers)
tm.flow(conversation_store, agent, conversation, label="thread history")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, send_tool, send_call, offer_email)
tm.flow(send_tool, email_provider, offer_email, protocol="https")
tm.flow(email_provider, send_tool, send_status, protocol="https")
tm.flow(send_tool, agent, send_status)
tm.flow(email_provider, guest, offer_email, protocol="smtp")

tm.flow(guest, email_provider, guest_reply, protocol="smtp")
tm.flow(email_provider, inbound, guest_reply, protocol="https", label="inbound email webhook")
tm.flow(inbound, agent, guest_reply)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, pms, booking_call, protocol="https")
tm.flow(pms, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)

tm.flow(agent, conversation_store, conversation)
tm.flow(conversation_store, revenue_manager, conversation, protocol="https")
tm.flow(revenue_manager, catalogue, offers, protocol="https")

tm.flow(pms, payments, card_token, checkout_charge, protocol="https", label="charge at checkout")
tm.flow(payments, pms, payment_result, protocol="https")
