"""Itinerary and booking agent for a travel agency: the first design.

Customers of an EU travel agency chat with an LLM agent on the agency's website
and app. The agent asks about dates, budget and preferences, searches flights and
hotels through the agency's supplier integrations (an airline GDS and a hotel bed
bank), proposes an itinerary, and once the customer confirms it in the chat it
holds and books the trip and takes payment through the payment provider. Cards are
entered on the provider's hosted payment page; we keep only its payment token.
The agent runs on the agency's cloud account and calls a hosted LLM from a model
vendor; it reads and updates traveller profiles (passport details, loyalty numbers)
and bookings in the booking database. Customers sign in with e-mail and password.
Supplier and payment API keys sit in a secrets vault; the agent stops after 25 steps.
Travel consultants pick up escalated chats and fix bookings in a back-office console.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Travel itinerary booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Customer-facing LLM agent that plans trips and books flights and hotels.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data(
    "Agent reply and itinerary proposal", kind="model-output", sensitivity=tg.Sensitivity.PII
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far, traveller profile and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
search_call = tg.Data(
    "Flight and hotel search",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Origin, destination, dates, party size and budget.",
)
offers = tg.Data(
    "Flight and hotel offers",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Fares, rooms, prices and supplier descriptions as the suppliers return them.",
)
booking_call = tg.Data(
    "Booking request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen offers with passenger names, dates of birth and passport details.",
)
booking_result = tg.Data(
    "Booking confirmation",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Supplier PNR or hotel confirmation number and the final price.",
)
payment_call = tg.Data(
    "Payment request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Booking id and amount to charge.",
)
payment_result = tg.Data(
    "Payment status", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
card_details = tg.Data(
    "Card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
payment_token = tg.Data(
    "Payment token", kind="credentials", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
traveller_profile = tg.Data(
    "Traveller profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Names, contact details, dates of birth, passport numbers, loyalty numbers.",
)
bookings = tg.Data(
    "Bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
supplier_keys = tg.Data(
    "Supplier and payment API keys", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The agency's customer, planning and paying for a trip.
    customer = tm.add(tg.Actor("Customer", role="traveller"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="vendor DPA, no training on our data")},
        )
    )

with tm.boundary("Travel suppliers", trust=tg.Trust.PARTNER):
    # Airline inventory and ticketing through a global distribution system.
    gds = tm.add(tg.ExternalService("Airline GDS API", provides=tg.ExternalCategory.DATA_PROVIDER))
    # Hotel bed bank: room availability, rates and reservations.
    bed_bank = tm.add(
        tg.ExternalService("Hotel bed bank API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted payment page and card charging; holds the card data.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Agency cloud", trust=tg.Trust.INTERNAL):
    # Website and app chat API the customer talks to.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: plans, searches, books and takes payment.
    agent = tm.add(
        tg.Agent(
            "Trip planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the customer confirms the itinerary in the chat"),
                c.CircuitBreaker(max_steps=25),
            },
        )
    )
    # Read-only search across the flight and hotel suppliers.
    search_tool = tm.add(
        tg.Tool("Flight and hotel search tool", capabilities={"read", "network-egress"})
    )
    # Holds and books offers with the suppliers and records the booking.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write", "network-egress"},
            controls={c.SecretsManagement()},
        )
    )
    # Charges the customer for a booking through the payment provider.
    payment_tool = tm.add(
        tg.Tool(
            "Card payment tool",
            capabilities={"money-movement", "network-egress"},
            description="Charges the customer's card for a booking via the payment provider.",
            controls={c.SecretsManagement()},
        )
    )
    # Traveller profiles, bookings and saved payment tokens.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={traveller_profile, bookings, payment_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Where consultants take over escalated chats and amend bookings.
    back_office = tm.add(
        tg.Service(
            "Back-office console",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )
    # Holds the supplier and payment API keys the tools use.
    vault = tm.add(tg.DataStore("Secrets vault", stores={supplier_keys}))

with tm.boundary("Agency offices", trust=tg.Trust.INTERNAL):
    # Human consultant who handles escalations and changes.
    consultant = tm.add(tg.Actor("Travel consultant", role="travel consultant"))

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, customer, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(booking_db, agent, traveller_profile, bookings, label="profile and trip lookup")
tm.flow(agent, booking_db, traveller_profile, label="profile updates")

tm.flow(agent, search_tool, search_call)
tm.flow(search_tool, agent, offers)
tm.flow(search_tool, gds, search_call, protocol="https")
tm.flow(gds, search_tool, offers, protocol="https")
tm.flow(search_tool, bed_bank, search_call, protocol="https")
tm.flow(bed_bank, search_tool, offers, protocol="https")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, gds, booking_call, protocol="https")
tm.flow(gds, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, bed_bank, booking_call, protocol="https")
tm.flow(bed_bank, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, booking_db, bookings)
tm.flow(vault, booking_tool, supplier_keys)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_result)
tm.flow(payment_tool, payments, payment_call, payment_token, protocol="https")
tm.flow(payments, payment_tool, payment_result, payment_token, protocol="https")
tm.flow(payment_tool, booking_db, payment_token, label="saved payment token")
tm.flow(booking_db, payment_tool, payment_token)
tm.flow(vault, payment_tool, supplier_keys)
tm.flow(customer, payments, card_details, protocol="https", label="hosted payment page")

tm.flow(booking_db, back_office, bookings, traveller_profile)
tm.flow(back_office, booking_db, bookings, label="amended bookings")
tm.flow(agent, back_office, chat_message, label="escalated chat")
tm.flow(back_office, consultant, bookings, traveller_profile, chat_message, protocol="https")
tm.flow(consultant, back_office, bookings, protocol="https")
