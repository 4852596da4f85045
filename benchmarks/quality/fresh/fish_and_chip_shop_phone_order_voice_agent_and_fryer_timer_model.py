"""Fish and chip shop phone orders: the first design, before any security review.

Customers ring the shop's number. A cloud telephony provider answers, transcribes
the caller and streams the text to a voice agent in the shop's cloud account. The
agent reads the menu, talks the caller through the order with a hosted LLM, places
the order and takes card payment over the phone: the caller reads out the card
details and the agent's payment tool sends them with the total to the payment
gateway. An in-house regression model predicts the collection time from the fryer
timers and the queue; the agent tells the caller. Counter staff see orders on a
kitchen touchscreen and mark them ready. Controls: TLS to every vendor, a turn
limit per call, items checked against the menu, the gateway key in the secret
store, a per-device key for the kitchen screen, provider-managed disk encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fish and chip shop phone-order voice agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"pci-dss", "gdpr"},
    description="Voice agent taking phone orders and card payments, with collection-time "
    "predictions from fryer timers and a kitchen order screen.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Caller voice audio", sensitivity=tg.Sensitivity.PII, kind="media")
agent_audio = tg.Data("Agent voice audio", sensitivity=tg.Sensitivity.PII, kind="media")
transcript = tg.Data(
    "Caller speech transcript",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Live speech-to-text of the caller: name, phone number, order.",
)
spoken_card = tg.Data(
    "Spoken card details",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Card number, expiry and security code as the caller reads them out.",
)
reply_text = tg.Data("Agent reply text", sensitivity=tg.Sensitivity.PII, kind="model-output")
prompt = tg.Data(
    "Order conversation prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, menu, conversation so far (card digits included).",
)
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
menu = tg.Data("Menu and prices", sensitivity=tg.Sensitivity.PUBLIC, kind="records")
order_call = tg.Data("Place order call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
order = tg.Data(
    "Phone order",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Customer name, phone number, items, total and collection time.",
)
order_result = tg.Data("Order confirmation", sensitivity=tg.Sensitivity.PII, kind="tool-result")
payment_call = tg.Data(
    "Card payment call",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="tool-call",
    description="Card details and the amount the agent says to charge.",
)
auth_request = tg.Data(
    "Card authorisation request", sensitivity=tg.Sensitivity.REGULATED, kind="records"
)
payment_outcome = tg.Data(
    "Payment outcome", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="tool-result"
)
timer_readings = tg.Data(
    "Fryer timer readings", sensitivity=tg.Sensitivity.INTERNAL, kind="features"
)
queue = tg.Data("Order queue snapshot", sensitivity=tg.Sensitivity.INTERNAL, kind="features")
eta = tg.Data("Predicted collection time", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output")
ticket = tg.Data("Kitchen order ticket", sensitivity=tg.Sensitivity.PII, kind="records")
status = tg.Data("Order status update", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
call_log = tg.Data(
    "Call transcripts",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="logs",
    description="Full text of each call, kept for order disputes; card digits are in it.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Anyone can ring the shop, with any card number they like.
    caller = tm.add(tg.Actor("Caller", role="customer"))

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Answers the shop's number, does speech-to-text and text-to-speech.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony and speech service",
            provides=tg.ExternalCategory.MODEL_API,
            description="SIP number, streaming speech-to-text and voice synthesis.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent's side of the conversation.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Card payment provider", trust=tg.Trust.PARTNER):
    # Authorises card-not-present payments for the shop's merchant account.
    payments = tm.add(
        tg.ExternalService("Card payment gateway", description="Card-not-present API.")
    )

with tm.boundary("Shop cloud account", trust=tg.Trust.INTERNAL):
    # Runs the phone conversation and decides which tool to call.
    agent = tm.add(
        tg.Agent(
            "Phone order voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=40, note="hands over to voicemail after 40 turns")
            },
        )
    )
    # What the agent may sell and at what price; the owner edits it.
    menu_store = tm.add(tg.DataStore("Menu and price list", stores={menu}))
    # Writes the order into the order database.
    order_tool = tm.add(
        tg.Tool(
            "Place order tool",
            capabilities={"write"},
            controls={c.InputValidation(note="items must exist on the menu")},
        )
    )
    # Sends the card details and amount to the payment gateway.
    payment_tool = tm.add(
        tg.Tool(
            "Take card payment tool",
            capabilities={"money-movement"},
            controls={c.SecretsManagement(note="gateway API key in the cloud secret store")},
        )
    )
    # Orders, their status and predicted collection times.
    order_db = tm.add(
        tg.DataStore(
            "Order database",
            stores={order},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Every call's transcript, for "I never ordered that" disputes.
    call_store = tm.add(tg.DataStore("Call transcript store", stores={call_log}))
    # Predicts when an order will be ready from the fryers and the queue.
    eta_model = tm.add(
        tg.Model(
            "Collection time model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Gradient-boosted regressor trained on last season's orders.",
        )
    )

with tm.boundary("Shop premises", trust=tg.Trust.INTERNAL):
    # Wi-Fi timers on the three fryers, reporting basket time remaining.
    fryers = tm.add(tg.Device("Fryer timers", fleet=False))
    # Wall-mounted touchscreen by the pass showing the phone orders.
    screen = tm.add(tg.Device("Kitchen order screen", fleet=False))
    # Serve customers and hand over phone orders.
    staff = tm.add(tg.Actor("Counter staff", role="staff"))

# ---------------------------------------------------------------- flows
tm.flow(caller, telephony, call_audio, spoken_card, protocol="pstn")
tm.flow(telephony, caller, agent_audio, protocol="pstn")
tm.flow(telephony, agent, transcript, spoken_card, protocol="wss")
tm.flow(agent, telephony, reply_text, protocol="wss")

tm.flow(menu_store, agent, menu)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, call_store, call_log)

tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, order_db, order)
tm.flow(order_tool, agent, order_result)

tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, payments, auth_request, protocol="https")
tm.flow(payments, payment_tool, payment_outcome, protocol="https")
tm.flow(payment_tool, agent, payment_outcome)

tm.flow(fryers, eta_model, timer_readings, protocol="https")
tm.flow(order_db, eta_model, queue)
tm.flow(eta_model, agent, eta)
tm.flow(eta_model, order_db, eta, label="stored on the order")

tm.flow(
    order_db,
    screen,
    ticket,
    protocol="https",
    controls={c.Authentication(method="per-device API key on the screen")},
)
tm.flow(screen, order_db, status, protocol="https")
tm.flow(screen, staff, ticket, label="on the touchscreen")
tm.flow(staff, screen, status, label="on the touchscreen")
