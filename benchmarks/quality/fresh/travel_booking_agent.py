"""Travel booking agent: the first design, before any security review.

A consumer travel assistant inside our web and mobile apps. Signed-in travellers
describe a trip in chat; an agent built on a hosted LLM searches flights and
hotels through partner aggregator APIs, reads hotel reviews from public web
pages, and proposes options. When the traveller agrees it books through the
aggregators and charges the traveller's saved card (a processor token stored
with their profile) via our payment processor, then emails the itinerary
through a transactional email provider. Bookings above a price threshold need
the traveller to confirm in the app before the booking tool runs.
The chat API sits behind app login and a per-user rate limit; the profile and
booking databases are encrypted at rest; partner API keys live in a vault.
Travellers include EU residents, and the system takes card payments.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Travel booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "pci-dss"},
    description="Chat assistant that searches, books and pays for trips for consumers.",
)

# ---------------------------------------------------------------- data assets
message = tg.Data("Traveller chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
confirmation = tg.Data(
    "Booking confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The traveller's in-app tap confirming a booking above the price threshold.",
)
reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "LLM prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Conversation, traveller profile fields, search results and review excerpts.",
)
completion = tg.Data(
    "LLM completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
search_query = tg.Data("Travel search query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
offers = tg.Data("Flight and hotel offers", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
review_request = tg.Data(
    "Review page request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
reviews = tg.Data("Hotel reviews", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
profile = tg.Data(
    "Traveller profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, email, date of birth, passport number, loyalty numbers, preferences.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
card_token = tg.Data(
    "Saved card token",
    kind="credentials",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Processor token for the traveller's saved card, with last four digits and expiry.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
booking_call = tg.Data(
    "Booking tool call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Chosen offer, price and passenger details, as produced by the LLM.",
)
reservation = tg.Data("Reservation request", kind="records", sensitivity=tg.Sensitivity.PII)
reservation_ack = tg.Data(
    "Reservation confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
charge = tg.Data("Payment charge request", kind="records", sensitivity=tg.Sensitivity.REGULATED)
charge_result = tg.Data("Payment result", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
booking = tg.Data(
    "Booking record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
itinerary = tg.Data("Itinerary email", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The consumer using the web or mobile app; anyone can sign up.
    traveller = tm.add(tg.Actor("Traveller", role="consumer"))
    # Public hotel review pages, read to summarise what guests say.
    review_sites = tm.add(
        tg.DataSource("Hotel review web pages", origin=tg.Origin.PUBLIC_WEB, provides={reviews})
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Understands the request, chooses tools and writes replies.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Travel partners", trust=tg.Trust.PARTNER):
    # Flight search and ticketing aggregator.
    flight_api = tm.add(
        tg.ExternalService("Flight aggregator API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Hotel availability and reservation aggregator.
    hotel_api = tm.add(
        tg.ExternalService("Hotel aggregator API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )
    # Charges the saved card by token; holds the card numbers, we do not.
    processor = tm.add(tg.ExternalService("Payment processor"))
    # Sends the itinerary emails on our behalf.
    email_provider = tm.add(tg.ExternalService("Transactional email provider"))

with tm.boundary("Production cloud", trust=tg.Trust.INTERNAL):
    # The app backend's chat API: the only entry point from the apps.
    chat_api = tm.add(
        tg.Endpoint(
            "Chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="app login, OAuth 2.0"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The trip agent: keeps the conversation, calls the LLM and the tools.
    agent = tm.add(
        tg.Agent(
            "Trip agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="traveller confirms in app for bookings above the threshold"
                )
            },
        )
    )
    # Searches flights and hotels through the aggregators.
    search_tool = tm.add(tg.Tool("Travel search tool", capabilities={"read", "network-egress"}))
    # Fetches and extracts review text from hotel review pages.
    review_tool = tm.add(tg.Tool("Review reader tool", capabilities={"read", "network-egress"}))
    # Reserves the chosen offer and charges the saved card.
    booking_tool = tm.add(
        tg.Tool(
            "Booking tool",
            capabilities={"write", "money-movement", "network-egress"},
            controls={c.SecretsManagement(note="aggregator and processor API keys in the vault")},
        )
    )
    # Sends the itinerary to the traveller's email address.
    email_tool = tm.add(tg.Tool("Itinerary email tool", capabilities={"send-messages"}))
    # Traveller profiles and saved card tokens.
    profile_db = tm.add(
        tg.DataStore(
            "Traveller profile database",
            stores={profile, card_token},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Bookings made by the agent, for the app's trips screen and support.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(traveller, chat_api, message, confirmation, protocol="https")
tm.flow(chat_api, agent, message, confirmation)
tm.flow(agent, chat_api, reply)
tm.flow(chat_api, traveller, reply, protocol="https")

tm.flow(profile_db, agent, profile, label="traveller details and preferences")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, flight_api, search_query, protocol="https")
tm.flow(flight_api, search_tool, offers, protocol="https")
tm.flow(search_tool, hotel_api, search_query, protocol="https")
tm.flow(hotel_api, search_tool, offers, protocol="https")
tm.flow(search_tool, agent, offers)

tm.flow(agent, review_tool, review_request)
tm.flow(review_tool, review_sites, review_request, protocol="https")
tm.flow(review_sites, review_tool, reviews, protocol="https")
tm.flow(review_tool, agent, reviews)

tm.flow(agent, booking_tool, booking_call)
tm.flow(profile_db, booking_tool, card_token, profile)
tm.flow(booking_tool, flight_api, reservation, protocol="https")
tm.flow(flight_api, booking_tool, reservation_ack, protocol="https")
tm.flow(booking_tool, hotel_api, reservation, protocol="https")
tm.flow(hotel_api, booking_tool, reservation_ack, protocol="https")
tm.flow(booking_tool, processor, charge, protocol="https")
tm.flow(processor, booking_tool, charge_result, protocol="https")
tm.flow(booking_tool, booking_db, booking)
tm.flow(booking_tool, agent, reservation_ack, charge_result)

tm.flow(agent, email_tool, itinerary)
tm.flow(email_tool, email_provider, itinerary, protocol="https")
tm.flow(email_provider, traveller, itinerary, label="delivered to the traveller's inbox")
