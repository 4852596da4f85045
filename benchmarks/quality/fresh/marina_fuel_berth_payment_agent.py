"""Marina fuel berth and payment agent: the first design, before any security review.

Boat owners chat with an LLM agent on WhatsApp or in the chat widget on the marina
website to book the fuel berth, pay for fuel and book overnight berths. The agent
runs in the marina's cloud tenancy, calls a hosted LLM, checks and holds berths in
the booking database, and takes payment through the payment provider: visitors get
a hosted payment link per visit, regular berth holders are charged on the card they
saved with the provider (we keep only the provider's token). When a boat is on the
fuel berth the agent messages the dock hand's staff app with the pump to unlock.
The pumps report dispensed litres to the marina office system, which posts each
fuel sale to the booking database for the agent to charge. Controls in this design:
berth holder sign-in, TLS on the internet links, the provider's signed payment
webhooks, the provider API key in the cloud secret store, a step limit on the agent
and encrypted storage of the booking database.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Marina fuel berth payment agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="WhatsApp and web chat agent that books berths, takes card payments "
    "and tells the dock hand which fuel pump to unlock.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Boater chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Name, boat name and length, dates, fuel wanted, free text.",
)
agent_reply = tg.Data(
    "Agent reply",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Availability, booking confirmation, payment link, pump number.",
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Berth booking tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data(
    "Berth availability and booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
bookings = tg.Data(
    "Berth bookings and accounts",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Berth holder accounts, visitor bookings, boat details, phone numbers.",
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)
payment_call = tg.Data(
    "Payment tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking or fuel sale reference, amount, visitor link or stored card charge.",
)
payment_result = tg.Data(
    "Payment result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_request = tg.Data(
    "Payment provider request",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Create a payment link, or charge a saved card token, for an amount.",
)
payment_link = tg.Data("Payment link and charge status", kind="records")
payment_webhook = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Card number, expiry and CVC, entered only on the provider's hosted page.",
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The provider's token for a berth holder's stored card.",
)
provider_key = tg.Data(
    "Payment provider API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
unlock_instruction = tg.Data(
    "Pump unlock instruction",
    kind="records",
    description="Boat name, booking reference and which fuel pump to unlock.",
)
dispensed = tg.Data(
    "Pump dispensed litres",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
fuel_sales = tg.Data(
    "Fuel sale records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Pump, litres, price and the booking the fuel is charged to.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Regular berth holders: have an account and a stored card.
    berth_holder = tm.add(tg.Actor("Berth holder", role="customer"))
    # Visiting boaters: no account, pay per visit through a payment link.
    visitor = tm.add(tg.Actor("Visiting boater", role="customer"))

with tm.boundary("WhatsApp platform", trust=tg.Trust.PARTNER):
    # Meta's WhatsApp Business API relays messages to and from our chat gateway.
    whatsapp = tm.add(
        tg.ExternalService("WhatsApp Business API", description="Meta's hosted messaging API.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosts the payment pages, holds the cards and charges them; PCI scope sits here.
    provider = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted payment links, saved cards and charges on saved card tokens.",
        )
    )

with tm.boundary("Marina cloud", trust=tg.Trust.INTERNAL):
    # One entry point for WhatsApp webhooks and the website chat widget.
    chat_gateway = tm.add(
        tg.Endpoint(
            "Chat gateway",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="berth holders: website login with e-mail and password; "
                    "WhatsApp sender number matched to the account"
                ),
            },
        )
    )
    # The LLM agent that talks to boaters and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Berth and fuel agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Books berths, takes payment and dispatches the dock hand without staff approval.",
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Checks availability and holds or books berths and fuel berth slots.
    booking_tool = tm.add(tg.Tool("Berth booking tool", capabilities={"read", "write"}))
    # Creates payment links for visitors and charges berth holders' saved cards.
    payment_tool = tm.add(
        tg.Tool(
            "Payment tool",
            capabilities={"read", "write", "money-movement"},
            controls={c.SecretsManagement(note="provider API key in the cloud secret store")},
        )
    )
    # Sends the dock hand a push message with the pump to unlock.
    dock_tool = tm.add(tg.Tool("Dock hand notification tool", capabilities={"send-messages"}))
    # Bookings, accounts, card tokens, fuel sales and chat transcripts.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={bookings, card_token, fuel_sales, transcripts},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )

with tm.boundary("Marina site network", trust=tg.Trust.INTERNAL):
    # Marina staff on the fuel berth; unlocks the pump the agent names.
    dock_hand = tm.add(tg.Actor("Dock hand", role="marina staff"))
    # Fuel dispensers on the fuel berth, reporting litres per delivery.
    pumps = tm.add(tg.Device("Fuel berth pumps", fleet=True))
    # The office's fuel and berth management system, on a PC in the marina office.
    office_system = tm.add(
        tg.Service(
            "Marina office system",
            description="Records pump deliveries and posts fuel sales to the booking database.",
        )
    )

# ---------------------------------------------------------------- flows
# Chat over WhatsApp
tm.flow(berth_holder, whatsapp, chat_message, protocol="https")
tm.flow(visitor, whatsapp, chat_message, protocol="https")
tm.flow(whatsapp, chat_gateway, chat_message, protocol="https", label="inbound message webhook")
tm.flow(chat_gateway, whatsapp, agent_reply, protocol="https")
tm.flow(whatsapp, berth_holder, agent_reply, protocol="https")
tm.flow(whatsapp, visitor, agent_reply, protocol="https")

# Chat in the website widget
tm.flow(berth_holder, chat_gateway, chat_message, protocol="https", label="website chat widget")
tm.flow(chat_gateway, berth_holder, agent_reply, protocol="https", label="website chat widget")
tm.flow(visitor, chat_gateway, chat_message, protocol="https", label="website chat widget")
tm.flow(chat_gateway, visitor, agent_reply, protocol="https", label="website chat widget")

# Agent loop
tm.flow(chat_gateway, agent, chat_message)
tm.flow(agent, chat_gateway, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, booking_db, transcripts, label="conversation log")

# Berth availability and bookings
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, booking_db, bookings, label="hold or confirm booking")
tm.flow(booking_db, booking_tool, bookings, label="availability lookup")

# Payments
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_result)
tm.flow(booking_db, payment_tool, card_token, fuel_sales, label="amount and saved card")
tm.flow(payment_tool, booking_db, bookings, label="mark booking or fuel sale paid")
tm.flow(payment_tool, provider, payment_request, provider_key, protocol="https")
tm.flow(provider, payment_tool, payment_link, card_token, protocol="https")
tm.flow(
    provider,
    payment_tool,
    payment_webhook,
    protocol="https",
    label="payment confirmed webhook",
    controls={c.MessageIntegrity(note="provider's signed webhook, signature checked")},
)
tm.flow(visitor, provider, card_details, protocol="https", label="hosted payment page")
tm.flow(berth_holder, provider, card_details, protocol="https", label="save card on hosted page")

# Fuel berth
tm.flow(agent, dock_tool, unlock_instruction)
tm.flow(dock_tool, dock_hand, unlock_instruction, protocol="https", label="push to staff app")
tm.flow(dock_hand, pumps, unlock_instruction, label="unlocks the named pump at the berth")
tm.flow(pumps, office_system, dispensed, protocol="modbus", label="RS-485 pump loop")
tm.flow(office_system, booking_db, fuel_sales, protocol="https")
tm.flow(booking_db, office_system, bookings, protocol="https", label="today's bookings")
