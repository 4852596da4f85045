"""Vineyard tour booking and wine club agent: the first design, before any security review.

A family vineyard runs cellar tours and a wine club. Visitors open a chat on the
vineyard's website and talk to an LLM agent that books tours; because tastings
serve alcohol, the agent asks each visitor for a date of birth and refuses
bookings for anyone under 18. Wine club members sign in to the same chat with
their e-mail and password and ask the agent to change their quarterly shipment
or the payment card it is charged to; a card change goes through a hosted page
of our payment provider, so card numbers never reach our systems. The agent runs
in the vineyard's cloud account and calls a hosted model from an LLM vendor.
The cellar team works the orders and bookings in a back-office web app (company
SSO with MFA, roles), which charges members through the payment provider and
books deliveries with a courier whose drivers check the recipient's age at the
door. Internet traffic uses TLS; the booking database is encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Vineyard tour booking and wine club agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat agent booking age-restricted tours and managing wine club shipments and cards.",
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions, party size, preferred dates, name, e-mail and date of birth.",
)
member_message = tg.Data(
    "Member chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Shipment changes (bottles, swaps, skip a quarter) and card change requests.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the age rule, the conversation and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data(
    "Tour booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Tour slot, party size, lead name, e-mail and the date of birth the visitor gave.",
)
booking_result = tg.Data("Tour availability and booking result", kind="tool-result")
shipment_call = tg.Data("Shipment change request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
shipment_result = tg.Data(
    "Member shipment details", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
card_call = tg.Data("Card change request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
card_link = tg.Data(
    "Hosted card update link",
    kind="tool-result",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Single-member link to the payment provider's card update page.",
)
card_details = tg.Data(
    "Payment card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_token = tg.Data(
    "Payment card token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bookings = tg.Data(
    "Tour bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who is coming when, with the lead visitor's date of birth.",
)
members = tg.Data(
    "Wine club member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names, delivery addresses, dates of birth, shipment choices, card tokens.",
)
member_credentials = tg.Data(
    "Member password hash", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
orders = tg.Data("Quarterly shipment orders", kind="records", sensitivity=tg.Sensitivity.PII)
charge = tg.Data(
    "Quarterly charge request", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
charge_result = tg.Data("Charge result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
consignment = tg.Data(
    "Consignment with age check flag",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Recipient name, address, phone and 'age verification on delivery' service code.",
)
delivery_status = tg.Data(
    "Delivery and age check status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Delivered, or returned because no adult could show ID.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can open the chat and book a tour; no account needed.
    visitor = tm.add(tg.Actor("Visitor", role="prospective tour guest"))
    # Club members sign in to manage their shipments and card.
    member = tm.add(tg.Actor("Wine club member", role="club member"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model behind the agent; we do not run it.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called over the vendor's API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Holds the cards, hosts the card update page and runs the quarterly charges.
    psp = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Card vault, hosted card update page and recurring charges.",
        )
    )

with tm.boundary("Courier", trust=tg.Trust.PARTNER):
    # Delivers the wine and checks the recipient is 18+ at the door.
    courier = tm.add(
        tg.ExternalService(
            "Courier",
            description="Parcel courier with an age-verified delivery service.",
        )
    )

with tm.boundary("Vineyard cloud account", trust=tg.Trust.INTERNAL):
    # The website chat: public for tour questions, signed-in for club members.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.Authentication(
                    method="e-mail and password",
                    note="only for wine club members; tour visitors chat without an account",
                ),
            },
        )
    )
    # The LLM agent: books tours, checks the age from the date of birth, edits shipments.
    agent = tm.add(
        tg.Agent(
            "Booking and club agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Decides which tool to call; the 18+ rule is in its system prompt.",
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Creates and cancels tour bookings in the database.
    booking_tool = tm.add(
        tg.Tool("Tour booking tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Reads and changes a member's quarterly selection and delivery address.
    shipment_tool = tm.add(
        tg.Tool("Club shipment tool", capabilities={"read", "write"}, origin="first-party")
    )
    # Asks the payment provider for a card update link and stores the new token.
    card_tool = tm.add(tg.Tool("Card update tool", capabilities={"write"}, origin="first-party"))
    # Bookings, members, shipment choices and card tokens.
    club_db = tm.add(
        tg.DataStore(
            "Booking and club database",
            stores={bookings, members, member_credentials, card_token, orders},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # What the cellar team uses to pick, pack, charge and ship.
    back_office = tm.add(
        tg.Service(
            "Cellar back-office app",
            description="Web app listing bookings and quarterly orders; runs charges and courier bookings.",
            controls={
                c.Authentication(method="Google Workspace SSO with MFA"),
                c.RBAC(),
            },
        )
    )

with tm.boundary("Cellar office", trust=tg.Trust.INTERNAL):
    # Staff who host tours and pack the club shipments.
    cellar_team = tm.add(tg.Actor("Cellar team", role="cellar staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

tm.flow(visitor, chat, visitor_message, protocol="https", controls={tls})
tm.flow(chat, visitor, agent_reply, protocol="https", controls={tls})
tm.flow(member, chat, member_message, protocol="https", controls={tls})
tm.flow(chat, member, agent_reply, card_link, protocol="https", controls={tls})
tm.flow(club_db, chat, member_credentials, label="member sign-in")

tm.flow(chat, agent, visitor_message, member_message)
tm.flow(agent, chat, agent_reply, card_link)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, club_db, bookings, label="create or cancel booking")
tm.flow(club_db, booking_tool, bookings, label="slot availability")

tm.flow(agent, shipment_tool, shipment_call)
tm.flow(shipment_tool, agent, shipment_result)
tm.flow(shipment_tool, club_db, members, label="update selection")
tm.flow(club_db, shipment_tool, members, label="current selection")

tm.flow(agent, card_tool, card_call)
tm.flow(card_tool, agent, card_link)
tm.flow(card_tool, psp, card_call, protocol="https", controls={tls}, label="create update session")
tm.flow(
    psp,
    card_tool,
    card_link,
    card_token,
    protocol="https",
    controls={tls},
    label="session and webhook",
)
tm.flow(card_tool, club_db, card_token)
tm.flow(member, psp, card_details, protocol="https", controls={tls}, label="hosted card page")

tm.flow(club_db, back_office, bookings, orders, members, card_token)
tm.flow(back_office, club_db, orders, label="order status")
tm.flow(cellar_team, back_office, orders, label="packs and releases orders")
tm.flow(back_office, cellar_team, bookings, orders)
tm.flow(back_office, psp, charge, card_token, protocol="https", controls={tls})
tm.flow(psp, back_office, charge_result, protocol="https", controls={tls})
tm.flow(back_office, courier, consignment, protocol="https", controls={tls})
tm.flow(courier, back_office, delivery_status, protocol="https", controls={tls})
