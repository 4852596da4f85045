"""Microbrewery taproom ordering and age-check agent: the first design.

Guests in our taproom scan the QR code on their table and order by chatting with
an ordering agent in the phone browser; there is no account, only a table session.
The agent answers questions about the beers on tap (styles, strength, allergens)
from the tap list, builds the round, and sends the guest a payment link from our
card payment provider. Before the first alcoholic order of a session it starts an
age check with an age-verification vendor, whose hosted page takes a selfie or a
photo ID and returns only an over-18 result; the result is kept with the order.
Paid orders land in the bar queue, shown on a bar tablet where staff pour, and
staff still ask for ID when a guest looks under 25. The agent, its tools and the
stores run on our small cloud account; the language model is a vendor's hosted API.
Controls in this design: HTTPS on every link, a per-table rate limit on the chat
API, a step limit on the agent, API keys in the cloud secrets manager, encrypted
databases, and a staff PIN on the bar tablet.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Microbrewery taproom order and age-check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Table-side chat ordering for a taproom, with an age check before alcohol is sold.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data(
    "Guest chat message",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="What the guest types: questions about beers, the round they want, table number.",
)
agent_reply = tg.Data("Agent reply", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="prompt",
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data(
    "Agent completion and tool calls", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
tap_list = tg.Data(
    "Tap list and price list",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="records",
    description="Beers on tap, ABV, allergens, measures and prices.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
order = tg.Data(
    "Table order",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="tool-call",
    description="Table number, items, measures and total.",
)
order_record = tg.Data(
    "Order records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Orders with table, items, payment status and age-check status.",
)
menu_query = tg.Data("Tap list query", sensitivity=tg.Sensitivity.PUBLIC, kind="tool-call")
age_request = tg.Data("Age check request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
age_result = tg.Data(
    "Over-18 age check result",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-result",
    description="Pass or fail and a vendor reference; no date of birth or image.",
)
id_capture = tg.Data(
    "Selfie or photo ID",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
payment_link = tg.Data("Payment link", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
payment_event = tg.Data(
    "Payment completed webhook event", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records"
)
card_details = tg.Data("Card details", sensitivity=tg.Sensitivity.REGULATED, kind="records")
bar_queue = tg.Data(
    "Bar queue entry",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Table, items and an 'age checked' or 'check ID at table' flag.",
)
transcripts = tg.Data("Chat transcripts", sensitivity=tg.Sensitivity.PII, kind="logs")
vendor_keys = tg.Data("Vendor API keys", sensitivity=tg.Sensitivity.SECRET, kind="credentials")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone at a table, or anyone who photographs the QR code, can chat.
    guest = tm.add(tg.Actor("Taproom guest", role="customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning runs on a hosted general-purpose model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("Age verification vendor", trust=tg.Trust.PARTNER):
    # Does the selfie age estimation or ID document check so we never hold the images.
    age_vendor = tm.add(
        tg.ExternalService(
            "Age verification service",
            provides=tg.ExternalCategory.GENERIC,
            description="Hosted capture page; returns an over-18 pass or fail.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout: card details never touch our systems.
    payments = tm.add(
        tg.ExternalService(
            "Card payment provider",
            description="Hosted checkout pages and a payment-completed webhook.",
        )
    )

with tm.boundary("Brewery cloud account", trust=tg.Trust.INTERNAL):
    # The public web endpoint the table QR code opens.
    chat_api = tm.add(
        tg.Endpoint(
            "Table ordering chat API",
            purpose=tg.EndpointPurpose.API,
            controls={c.RateLimiting(requests_per_minute=30, note="per table session")},
        )
    )
    # Turns the conversation into an order, runs the age check and asks for payment.
    agent = tm.add(
        tg.Agent(
            "Ordering agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=12),
                c.SecretsManagement(note="vendor API keys in the cloud secrets manager"),
            },
        )
    )
    # Lets the agent read what is on tap and what it costs.
    menu_tool = tm.add(tg.Tool("Tap list lookup tool", capabilities={"read"}))
    # Starts an age check with the vendor and returns its result to the agent.
    age_tool = tm.add(
        tg.Tool(
            "Age check tool",
            capabilities={"read", "network-egress"},
            controls={c.DataMinimization(note="only the over-18 result and reference are kept")},
        )
    )
    # Writes the order into the order database and the bar queue.
    order_tool = tm.add(tg.Tool("Place order tool", capabilities={"write"}))
    # Creates a hosted checkout session for the order total.
    pay_tool = tm.add(
        tg.Tool(
            "Payment link tool",
            capabilities={"network-egress"},
            origin=tg.ToolOrigin.FIRST_PARTY,
        )
    )
    # What is on tap, kept up to date by the bar manager.
    tap_db = tm.add(tg.DataStore("Tap list database", stores={tap_list}))
    # Orders, payment status and age-check status for the night.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order_record},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Conversations kept for support and for improving the prompts.
    transcript_store = tm.add(tg.DataStore("Chat transcript store", stores={transcripts}))
    # Receives the payment provider's webhook and marks orders paid.
    order_service = tm.add(
        tg.Service(
            "Order service",
            description="Marks orders paid from the provider webhook and pushes them to the bar queue.",
        )
    )

with tm.boundary("Taproom network", trust=tg.Trust.INTERNAL):
    # Bar staff pour from the queue and check ID for flagged tables.
    staff = tm.add(tg.Actor("Bar staff", role="bar staff"))
    # Shared tablet behind the bar showing the live queue.
    bar_tablet = tm.add(
        tg.Device(
            "Bar queue tablet",
            fleet=False,
            controls={c.Authentication(method="shared staff PIN")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(guest, chat_api, chat_message, protocol="https")
tm.flow(chat_api, guest, agent_reply, payment_link, protocol="https")
tm.flow(chat_api, agent, chat_message)
tm.flow(agent, chat_api, agent_reply, payment_link)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, menu_tool, menu_query)
tm.flow(tap_db, menu_tool, tap_list)
tm.flow(menu_tool, agent, tap_list)

tm.flow(agent, age_tool, age_request)
tm.flow(age_tool, age_vendor, age_request, vendor_keys, protocol="https")
tm.flow(guest, age_vendor, id_capture, protocol="https", label="hosted capture page")
tm.flow(age_vendor, age_tool, age_result, protocol="https")
tm.flow(age_tool, agent, age_result)
tm.flow(age_tool, order_db, age_result, label="age-check status")

tm.flow(agent, order_tool, order)
tm.flow(order_tool, order_db, order_record)
tm.flow(order_tool, agent, order_record, label="order confirmation")

tm.flow(agent, pay_tool, order)
tm.flow(pay_tool, payments, order, vendor_keys, protocol="https", label="create checkout session")
tm.flow(payments, pay_tool, payment_link, protocol="https")
tm.flow(pay_tool, agent, payment_link)
tm.flow(guest, payments, card_details, protocol="https", label="hosted checkout")
tm.flow(payments, order_service, payment_event, protocol="https", label="payment webhook")
tm.flow(order_service, order_db, order_record, label="mark paid")
tm.flow(order_db, order_service, order_record)

tm.flow(order_service, bar_tablet, bar_queue, protocol="https")
tm.flow(bar_tablet, order_service, bar_queue, protocol="https", label="served / ID refused")
tm.flow(bar_tablet, staff, bar_queue, label="live queue")
tm.flow(staff, bar_tablet, bar_queue, label="marks served or ID refused")
