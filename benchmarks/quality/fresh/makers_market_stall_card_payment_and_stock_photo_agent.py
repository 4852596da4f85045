"""Makers' market catalogue and reservation agent: the first design.

A monthly makers' market puts its stallholders' stock online before each market
day. Stallholders sign in to a small portal from their phones, photograph the
pieces they will bring and add a title, price and short description; the
listings and photos go into the market's stock catalogue. Shoppers browse the
catalogue on the market website and chat with an assistant agent, backed by a
hosted LLM, that answers questions about items and reserves them. A reservation
is held once the shopper pays a deposit on the card provider's hosted checkout
page, so card numbers never reach our systems; the provider tells us by webhook
when a deposit is paid. Before each market the agent e-mails every stallholder
a list of the reserved pieces to bring. Everything we run sits in one cloud
project. Controls in this design: stallholder sign-in, a request quota on the
shop chat, a step limit on the agent, the provider API key in a secrets vault,
encrypted storage for reservations, and HTTPS on every link that leaves the cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Makers' market catalogue and reservation agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Online stock catalogue for a monthly makers' market, with an agent that answers "
        "shoppers, reserves items against a card deposit and tells stallholders what to bring."
    ),
)

# ---------------------------------------------------------------- data assets
listing = tg.Data(
    "Stock listings",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Title, price, maker and description of each piece, published on the site.",
)
photos = tg.Data(
    "Stock photos",
    kind="media",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Phone photos of each piece, uploaded by the stallholder.",
)
stallholder_contacts = tg.Data(
    "Stallholder contact details", kind="records", sensitivity=tg.Sensitivity.PII
)
question = tg.Data("Shopper chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation, catalogue results and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
catalogue_query = tg.Data("Catalogue search", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
catalogue_results = tg.Data(
    "Catalogue search results", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
reservation_request = tg.Data(
    "Reservation request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Item, shopper name, e-mail address and deposit amount.",
)
reservations = tg.Data(
    "Reservations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
checkout_request = tg.Data(
    "Deposit checkout request", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
checkout_link = tg.Data(
    "Deposit checkout link", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
card_details = tg.Data(
    "Shopper card details",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Entered only on the provider's hosted checkout page.",
)
payment_event = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bring_list = tg.Data(
    "Bring list e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Reserved pieces per stall, with the shoppers' first names.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone browsing the market website; no account needed to chat.
    shopper = tm.add(tg.Actor("Shopper", role="shopper"))
    # Makers with a stall this month; they upload stock from their phones.
    stallholder = tm.add(tg.Actor("Stallholder", role="stallholder"))
    # The volunteer organiser runs the catalogue from home through the same portal.
    organiser = tm.add(tg.Actor("Market organiser", role="organiser", privileged=True))

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and deposits; keeps card data out of our systems.
    card_provider = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages; calls our webhook when a deposit is paid.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the shop assistant.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Transactional e-mail service that delivers the bring lists.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Market cloud project", trust=tg.Trust.INTERNAL):
    # Public website API: catalogue pages, the chat, and the payment webhook.
    shop_api = tm.add(
        tg.Endpoint(
            "Shop website API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # Where stallholders and the organiser sign in to manage listings.
    portal = tm.add(
        tg.Endpoint(
            "Stallholder portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The assistant: answers questions, reserves pieces, sends bring lists.
    agent = tm.add(
        tg.Agent(
            "Shop assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=12)},
        )
    )
    # Listings and photos, written by the portal, read by the site and the agent.
    catalogue = tm.add(
        tg.DataStore("Stock catalogue", stores={listing, photos, stallholder_contacts})
    )
    # Reservations and their deposit status.
    reservation_db = tm.add(
        tg.DataStore(
            "Reservation database",
            stores={reservations},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Lets the agent search listings by keyword, maker and price.
    search_tool = tm.add(tg.Tool("Catalogue search tool", capabilities={"read"}))
    # Creates a pending reservation for a piece.
    reserve_tool = tm.add(tg.Tool("Reservation tool", capabilities={"read", "write"}))
    # Creates a deposit checkout session at the card provider.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="The agent passes the reservation and deposit amount; returns a checkout link.",
            controls={c.SecretsManagement(note="provider API key held in the cloud secrets vault")},
        )
    )
    # Composes and sends each stallholder's list of reserved pieces.
    notify_tool = tm.add(
        tg.Tool("Stallholder bring list tool", capabilities={"read", "send-messages"})
    )

# ---------------------------------------------------------------- flows
# Stallholders and the organiser manage stock.
tm.flow(stallholder, portal, listing, photos, protocol="https", label="uploads stock")
tm.flow(portal, stallholder, listing, photos, protocol="https")
tm.flow(organiser, portal, listing, stallholder_contacts, protocol="https", label="manages stalls")
tm.flow(portal, organiser, listing, stallholder_contacts, protocol="https")
tm.flow(portal, catalogue, listing, photos, stallholder_contacts)
tm.flow(catalogue, portal, listing, photos, stallholder_contacts)

# Shoppers browse and chat.
tm.flow(catalogue, shop_api, listing, photos, label="catalogue pages")
tm.flow(shopper, shop_api, question, protocol="https")
tm.flow(shop_api, shopper, answer, listing, photos, protocol="https")
tm.flow(shop_api, agent, question)
tm.flow(agent, shop_api, answer)

# The agent reasons with the hosted model.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Catalogue search.
tm.flow(agent, search_tool, catalogue_query)
tm.flow(search_tool, catalogue, catalogue_query)
tm.flow(catalogue, search_tool, catalogue_results)
tm.flow(search_tool, agent, catalogue_results)

# Reservations.
tm.flow(agent, reserve_tool, reservation_request)
tm.flow(reserve_tool, reservation_db, reservations)
tm.flow(reservation_db, reserve_tool, reservations)
tm.flow(reserve_tool, agent, reservations)

# Deposits through the card provider.
tm.flow(agent, deposit_tool, checkout_request)
tm.flow(deposit_tool, card_provider, checkout_request, protocol="https")
tm.flow(card_provider, deposit_tool, checkout_link, protocol="https")
tm.flow(deposit_tool, agent, checkout_link)
tm.flow(shopper, card_provider, card_details, protocol="https", label="hosted checkout page")
tm.flow(card_provider, shop_api, payment_event, protocol="https", label="payment webhook")
tm.flow(shop_api, reservation_db, reservations, label="marks deposit paid")

# Bring lists to stallholders.
tm.flow(agent, notify_tool, bring_list)
tm.flow(reservation_db, notify_tool, reservations)
tm.flow(catalogue, notify_tool, stallholder_contacts)
tm.flow(notify_tool, mailer, bring_list, protocol="https")
tm.flow(mailer, stallholder, bring_list, protocol="smtp")
