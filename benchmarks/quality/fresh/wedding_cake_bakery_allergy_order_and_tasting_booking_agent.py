"""Wedding cake bakery: allergy-aware order and tasting booking agent (first design).

Couples planning a wedding talk to a chat agent on the bakery's website. The agent
answers questions about cakes, books tasting slots, takes the order (tiers, flavours,
decoration, delivery date and venue) and records the allergies and dietary needs of
the guests the couple tell it about. It quotes from the bakery's price list and sends
the couple a deposit payment link from a hosted payment provider; the provider tells
the bakery when the deposit is paid. Once an order is confirmed the agent writes the
bake sheet the bakers follow in the kitchen, including the allergens to leave out.
The app runs on a hosted platform; the agent uses a vendor-hosted LLM over HTTPS.
Controls in this design: HTTPS everywhere, a rate limit on the chat, order number
plus surname before a couple's existing order is shown or changed, e-mail and
password for the back office, provider-managed encryption of the orders database
and a step limit on the agent. Bake sheets go to the kitchen tablet as written.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wedding cake order and tasting booking agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Chat agent that books tastings, takes wedding cake orders with guests' allergies, "
        "sends deposit links and writes the bakers' bake sheets."
    ),
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Couple chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Names, wedding date, venue, guests' allergies and dietary needs, free text.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "LLM prompt with conversation and order context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tasting_booking = tg.Data("Tasting booking", kind="records", sensitivity=tg.Sensitivity.PII)
cake_order = tg.Data(
    "Cake order with allergy and dietary notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Guest allergies are health data (GDPR special category).",
)
price_list = tg.Data("Cake price list", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
deposit_request = tg.Data("Deposit link request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
payment_link = tg.Data(
    "Deposit payment link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
deposit_paid = tg.Data(
    "Deposit paid webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
bake_sheet = tg.Data(
    "Bake sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Order number, cake spec, bake and delivery dates, allergens to exclude.",
)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The couple planning the wedding; anyone can open the chat.
    couple = tm.add(tg.Actor("Couple", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, hosted by a vendor.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout that takes card deposits; the bakery never sees card numbers.
    payments = tm.add(
        tg.ExternalService(
            "Payment provider",
            description="Hosted payment pages; card details stay with the provider.",
        )
    )

with tm.boundary("Bakery app platform", trust=tg.Trust.INTERNAL):
    # The chat API behind the website widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30)},
        )
    )
    # The LLM agent that talks to couples and calls the bakery's tools.
    agent = tm.add(
        tg.Agent(
            "Order and tasting agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.CircuitBreaker(max_steps=15)},
            description="Books tastings, takes orders, sends deposit links, writes bake sheets.",
        )
    )
    # Books a tasting slot in the bakery's calendar table.
    tasting_tool = tm.add(tg.Tool("Tasting booking tool", capabilities={"read", "write"}))
    # Creates and amends orders, including guests' allergy and dietary notes.
    order_tool = tm.add(
        tg.Tool(
            "Order and allergy tool",
            capabilities={"read", "write"},
            controls={c.Authentication(method="order number and surname")},
            description="Existing orders are shown or changed after the couple gives order number and surname.",
        )
    )
    # Asks the payment provider for a deposit link for the quoted order.
    deposit_tool = tm.add(
        tg.Tool(
            "Deposit payment link tool",
            capabilities={"money-movement", "network-egress"},
            description="The agent passes the deposit amount it worked out from the quote.",
        )
    )
    # Writes the bake sheet for a confirmed order.
    bake_tool = tm.add(tg.Tool("Bake sheet tool", capabilities={"write"}))
    # Orders, tasting bookings, bake sheets and chat transcripts.
    orders_db = tm.add(
        tg.DataStore(
            "Orders database",
            stores={cake_order, tasting_booking, bake_sheet},
            controls={c.EncryptionAtRest(key_management="platform-managed keys")},
        )
    )
    # What each tier, flavour and decoration costs; the agent quotes from it.
    prices = tm.add(tg.DataStore("Price list", stores={price_list}))
    # Staff web app: orders, price list, deposit webhooks, kitchen view of bake sheets.
    back_office = tm.add(
        tg.Endpoint(
            "Back office",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="e-mail and password")},
            description="The kitchen tablet stays signed in on the owner's account.",
        )
    )

with tm.boundary("Bakery premises", trust=tg.Trust.INTERNAL):
    # Runs the bakery, edits prices and checks orders.
    owner = tm.add(tg.Actor("Bakery owner", role="owner", privileged=True))
    # Bakes and decorates from the bake sheet.
    baker = tm.add(tg.Actor("Baker", role="baker"))
    # Wall-mounted tablet in the kitchen showing the day's bake sheets.
    tablet = tm.add(tg.Device("Kitchen tablet", fleet=False))

# ---------------------------------------------------------------- flows
tm.flow(couple, chat, chat_message, protocol="https")
tm.flow(chat, agent, chat_message)
tm.flow(agent, chat, agent_reply)
tm.flow(chat, couple, agent_reply, protocol="https")

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(prices, agent, price_list, label="quote lookup")

tm.flow(agent, tasting_tool, tool_call)
tm.flow(tasting_tool, orders_db, tasting_booking)
tm.flow(orders_db, tasting_tool, tasting_booking, label="free slots")
tm.flow(tasting_tool, agent, tool_result)

tm.flow(agent, order_tool, tool_call)
tm.flow(order_tool, orders_db, cake_order)
tm.flow(orders_db, order_tool, cake_order)
tm.flow(order_tool, agent, tool_result)

tm.flow(agent, deposit_tool, deposit_request)
tm.flow(deposit_tool, payments, deposit_request, protocol="https")
tm.flow(payments, deposit_tool, payment_link, protocol="https")
tm.flow(deposit_tool, agent, payment_link)
tm.flow(couple, payments, label="pays deposit on hosted page", protocol="https")
tm.flow(payments, back_office, deposit_paid, protocol="https", label="payment webhook")
tm.flow(back_office, orders_db, deposit_paid, label="mark deposit paid")

tm.flow(agent, bake_tool, tool_call)
tm.flow(bake_tool, orders_db, bake_sheet)
tm.flow(bake_tool, agent, tool_result)

tm.flow(owner, back_office, cake_order, price_list, protocol="https")
tm.flow(back_office, owner, cake_order, tasting_booking, protocol="https")
tm.flow(back_office, prices, price_list)
tm.flow(orders_db, back_office, cake_order, tasting_booking, bake_sheet)
tm.flow(back_office, tablet, bake_sheet, protocol="https")
tm.flow(tablet, baker, bake_sheet, label="on the kitchen screen")
