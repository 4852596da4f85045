"""Wedding florist order and delivery route agent: the first design, before any security review.

A small wedding florist takes orders from couples through a web order form and a
chat on its website; couples come back through the same site to change them.
A planning agent, built on a hosted LLM, reads each order, looks up our own price
list and the day's prices from the wholesale flower market's trade feed, and
drafts a quote. The florist reviews and approves every quote in the back office
before it is sent to the couple. The agent also books the delivery slot in the
delivery calendar and, on the wedding day, plans the van's route between venues
through a maps routing API; the driver sees the route on the shop's phone.
Everything runs on a managed cloud host. Couples change orders with their order
reference and a link e-mailed to them; the florist signs in with a password. The
orders database is encrypted at rest by the host, and quote sending waits for the
florist's approval, but slot bookings and route plans go ahead directly.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding florist order and delivery route agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Quotes, delivery slots and wedding-day routes for a florist's couples.",
)

# ---------------------------------------------------------------- data assets
order_request = tg.Data(
    "Couple's order request and chat messages",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Names, contact details, wedding date, venue addresses, budget and flower wishes.",
)
order_records = tg.Data(
    "Wedding orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
price_list = tg.Data("Florist price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
market_prices = tg.Data(
    "Flower market trade prices", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the order, price lookups and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
price_lookup = tg.Data("Price lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
price_result = tg.Data("Prices found", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
chat_reply = tg.Data("Chat reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
draft_quote = tg.Data("Draft quote", kind="model-output", sensitivity=tg.Sensitivity.PII)
quote_approval = tg.Data("Quote approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_quote = tg.Data("Approved quote", kind="documents", sensitivity=tg.Sensitivity.PII)
slot_booking = tg.Data(
    "Delivery slot booking",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Wedding date, time window, venue address and on-site contact.",
)
delivery_schedule = tg.Data("Delivery schedule", kind="records", sensitivity=tg.Sensitivity.PII)
route_request = tg.Data(
    "Route request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="The day's venue addresses and time windows.",
)
route_plan = tg.Data("Van route plan", kind="tool-result", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Couples place and change their orders from anywhere.
    couple = tm.add(tg.Actor("Couple", role="customer"))

with tm.boundary("Florist shop", trust=tg.Trust.INTERNAL):
    # The owner prices, approves every quote and runs the back office.
    florist = tm.add(tg.Actor("Florist", role="owner", privileged=True))
    # The shop's phone that goes in the van; the driver follows the route on it.
    van_phone = tm.add(
        tg.Device("Van driver's phone", fleet=False, description="Shop smartphone kept in the van.")
    )

with tm.boundary("Managed cloud host", trust=tg.Trust.INTERNAL):
    # Public website: order form, chat and the florist's back office pages.
    portal = tm.add(
        tg.Endpoint(
            "Order website",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="couples: order reference and e-mailed link; florist: e-mail and password"
                ),
            },
        )
    )
    # The LLM agent that drafts quotes, books slots and plans the route.
    agent = tm.add(
        tg.Agent(
            "Order planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the florist",
                    note="quotes only; slot bookings and route plans go ahead directly",
                ),
            },
        )
    )
    # Reads our price list and the market feed so quotes use real prices.
    price_tool = tm.add(
        tg.Tool("Flower price lookup tool", capabilities={"read", "network-egress"})
    )
    # Writes delivery slots into the delivery calendar.
    slot_tool = tm.add(tg.Tool("Delivery slot booking tool", capabilities={"read", "write"}))
    # Asks the maps API for the day's route between venues.
    route_tool = tm.add(tg.Tool("Route planning tool", capabilities={"read", "network-egress"}))
    # Orders, couples' details and approved quotes.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={order_records, approved_quote},
            controls={c.EncryptionAtRest(key_management="host-managed keys")},
        )
    )
    # The florist's own stem and arrangement prices.
    prices_store = tm.add(tg.DataStore("Price list", stores={price_list}))
    # Booked delivery slots and the planned wedding-day route.
    calendar = tm.add(tg.DataStore("Delivery calendar", stores={delivery_schedule, route_plan}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Flower market", trust=tg.Trust.PARTNER):
    # The wholesale market's trade price feed for today's stems.
    market = tm.add(
        tg.ExternalService("Flower market price feed", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Maps provider", trust=tg.Trust.PARTNER):
    # Commercial routing API with live traffic.
    maps = tm.add(
        tg.ExternalService("Maps routing API", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

# ---------------------------------------------------------------- flows
tm.flow(couple, portal, order_request, protocol="https")
tm.flow(portal, couple, approved_quote, chat_reply, protocol="https")
tm.flow(portal, orders_db, order_records)
tm.flow(orders_db, portal, order_records, approved_quote)
tm.flow(portal, agent, order_request, label="new or changed order")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(orders_db, agent, order_records, label="order history")

tm.flow(agent, price_tool, price_lookup)
tm.flow(prices_store, price_tool, price_list)
tm.flow(price_tool, market, price_lookup, protocol="https")
tm.flow(market, price_tool, market_prices, protocol="https")
tm.flow(price_tool, agent, price_result)
tm.flow(florist, prices_store, price_list, protocol="https", label="updates prices")

tm.flow(agent, portal, chat_reply, label="chat answer")
tm.flow(agent, portal, draft_quote, label="quote for approval")
tm.flow(portal, florist, draft_quote, protocol="https")
tm.flow(florist, portal, quote_approval, approved_quote, protocol="https")
tm.flow(portal, orders_db, approved_quote)

tm.flow(agent, slot_tool, slot_booking)
tm.flow(slot_tool, calendar, delivery_schedule)
tm.flow(calendar, slot_tool, delivery_schedule, label="free slots")
tm.flow(slot_tool, agent, delivery_schedule)

tm.flow(agent, route_tool, route_request)
tm.flow(route_tool, maps, route_request, protocol="https")
tm.flow(maps, route_tool, route_plan, protocol="https")
tm.flow(route_tool, agent, route_plan)
tm.flow(agent, calendar, route_plan)
tm.flow(calendar, van_phone, delivery_schedule, route_plan, protocol="https")
