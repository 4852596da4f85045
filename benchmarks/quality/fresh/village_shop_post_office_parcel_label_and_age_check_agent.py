"""Village shop post office counter: parcel label and age-check agent (first design).

A village shop runs a post office counter. A counter tablet runs an assistant agent
that helps customers send parcels: it asks for the destination and weight, quotes
postage from the carrier tariff, and buys and prints the label through the
carrier's API on the shop's business account. The agent runs in our hosted
assistant service and reasons with an LLM from a model vendor. When a basket has
age-restricted items (alcohol, knives, lottery) the agent asks the shopkeeper to
check ID: a proof-of-age card reader on the counter reads the customer's card, and
an age-estimation model on the tablet estimates age from the counter camera. The
shopkeeper makes the call, and every check and refusal goes to the refusals log.
Controls in this design: TLS to the cloud, carrier and LLM, a per-tablet key for
the tablet, the shopkeeper confirming each label purchase and each age decision,
camera frames discarded once the estimate is made, and an audit log of checks.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village shop post office parcel label and age-check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Counter-tablet agent that sells postage, prints carrier labels and asks the "
        "shopkeeper to check ID for age-restricted sales, with card reader and age estimation."
    ),
)

# ---------------------------------------------------------------- data assets
parcel_request = tg.Data(
    "Parcel request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What the customer types or says: destination, recipient address, weight, items.",
)
assistant_reply = tg.Data("Assistant reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, conversation so far and tool results.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tariff = tg.Data("Carrier postage price list", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
quote_call = tg.Data("Postage quote request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
quote = tg.Data("Postage quote", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
label_order = tg.Data(
    "Label purchase request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Sender and recipient addresses, service, weight and price.",
)
shipment = tg.Data("Carrier shipment request", kind="records", sensitivity=tg.Sensitivity.PII)
carrier_key = tg.Data("Carrier API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
label_file = tg.Data(
    "Parcel label and tracking number", kind="documents", sensitivity=tg.Sensitivity.PII
)
label_result = tg.Data("Label purchase result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
age_check_call = tg.Data("Age check request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
age_prompt = tg.Data(
    "ID check prompt to shopkeeper", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
id_card = tg.Data(
    "Proof-of-age card",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="PASS card or driving licence handed over the counter.",
)
id_details = tg.Data(
    "ID card details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth and card number read from the card chip or barcode.",
)
face_frame = tg.Data("Customer face image", kind="media", sensitivity=tg.Sensitivity.PII)
age_estimate = tg.Data("Estimated age", kind="model-output", sensitivity=tg.Sensitivity.PII)
age_decision = tg.Data(
    "Age check decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Sale approved or refused, with the reason and the shopkeeper's name.",
)
payment_confirmation = tg.Data(
    "Label payment confirmation",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The shopkeeper's tap confirming the customer paid at the till.",
)
age_result = tg.Data("Age check result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
refusal_record = tg.Data(
    "Age check and refusal record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Shop floor", trust=tg.Trust.UNTRUSTED):
    # Anyone who walks in can talk to the counter tablet.
    customer = tm.add(tg.Actor("Customer", role="shop customer"))

with tm.boundary("Post office counter", trust=tg.Trust.INTERNAL):
    # The shopkeeper supervises the counter, takes payment at the till and checks ID.
    shopkeeper = tm.add(tg.Actor("Shopkeeper", role="shop owner and postmaster"))
    # The tablet customers and the shopkeeper use; it talks to our hosted agent.
    tablet = tm.add(
        tg.Device(
            "Counter tablet",
            fleet=False,
            description="Android tablet on the counter running the assistant app.",
        )
    )
    # Thermal printer for the carrier labels, attached to the tablet.
    printer = tm.add(tg.Device("Label printer", fleet=False))
    # Reads the proof-of-age card the customer hands to the shopkeeper.
    card_reader = tm.add(tg.Device("Proof-of-age card reader", fleet=False))
    # Counter camera that feeds the age-estimation model.
    camera = tm.add(tg.Device("Counter camera", fleet=False))
    # Estimates the customer's age from one frame, on the tablet itself.
    age_model = tm.add(
        tg.Model(
            "Age estimation model",
            task=tg.Task.REGRESSOR,
            origin=tg.ModelOrigin.OPEN_WEIGHTS,
            high_stakes=True,
            description="Runs on the tablet; shows the estimated age next to the ID check prompt.",
            controls={
                c.DataMinimization(note="frames are discarded as soon as the estimate is made"),
            },
        )
    )

with tm.boundary("Assistant cloud", trust=tg.Trust.INTERNAL):
    # The LLM agent the tablet talks to: plans the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Counter assistant agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Helps customers post parcels and flags age-restricted items.",
            controls={
                c.Authentication(method="per-tablet API key issued when the shop is onboarded"),
            },
        )
    )
    # Looks postage up in the carrier price list.
    quote_tool = tm.add(tg.Tool("Postage quote tool", capabilities={"read"}))
    # Current carrier tariff, refreshed from the carrier.
    price_list = tm.add(tg.DataStore("Postage price list", stores={tariff}))
    # Buys the label on the shop's carrier account and returns it for printing.
    label_tool = tm.add(
        tg.Tool(
            "Label purchase tool",
            capabilities={"write", "money-movement", "network-egress"},
            description="Creates the shipment on the shop's carrier business account.",
            controls={
                c.HumanInTheLoop(
                    approver="the shopkeeper, after taking payment at the till",
                ),
            },
        )
    )
    # Asks the shopkeeper to check ID and returns the decision to the agent.
    age_tool = tm.add(
        tg.Tool(
            "Age check request tool",
            capabilities={"read", "write"},
            controls={c.HumanInTheLoop(approver="the shopkeeper decides every age check")},
        )
    )
    # Refusals log the shop keeps to show trading standards it checks ID.
    refusals_log = tm.add(
        tg.DataStore(
            "Age check refusals log",
            stores={refusal_record},
            controls={c.AuditLogging()},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Carrier", trust=tg.Trust.PARTNER):
    # The parcel carrier's shipping API: creates shipments and returns labels.
    carrier = tm.add(tg.ExternalService("Carrier shipping API", provides="generic"))

# ---------------------------------------------------------------- flows
tls = {c.EncryptionInTransit(protocol="TLS 1.2")}

# conversation
tm.flow(customer, tablet, parcel_request, label="types or speaks at the counter")
tm.flow(tablet, agent, parcel_request, protocol="https", controls=tls)
tm.flow(agent, tablet, assistant_reply, protocol="https", controls=tls)
tm.flow(tablet, customer, assistant_reply)
tm.flow(agent, llm, llm_prompt, protocol="https", controls=tls)
tm.flow(llm, agent, llm_completion, protocol="https", controls=tls)

# postage quote
tm.flow(agent, quote_tool, quote_call)
tm.flow(price_list, quote_tool, tariff, label="price lookup")
tm.flow(quote_tool, agent, quote)
tm.flow(carrier, price_list, tariff, protocol="https", controls=tls, label="weekly tariff refresh")

# label purchase and printing
tm.flow(agent, label_tool, label_order)
tm.flow(shopkeeper, tablet, payment_confirmation, label="confirms payment taken at the till")
tm.flow(tablet, agent, payment_confirmation, protocol="https", controls=tls)
tm.flow(label_tool, carrier, shipment, carrier_key, protocol="https", controls=tls)
tm.flow(carrier, label_tool, label_file, protocol="https", controls=tls)
tm.flow(label_tool, agent, label_result)
tm.flow(label_tool, tablet, label_file, protocol="https", controls=tls)
tm.flow(tablet, printer, label_file, protocol="bluetooth")

# age check
tm.flow(agent, age_tool, age_check_call)
tm.flow(age_tool, tablet, age_prompt, protocol="https", controls=tls)
tm.flow(tablet, shopkeeper, age_prompt, age_estimate)
tm.flow(customer, card_reader, id_card, label="handed to the shopkeeper")
tm.flow(card_reader, tablet, id_details, protocol="usb")
tm.flow(customer, camera, face_frame)
tm.flow(camera, age_model, face_frame, protocol="usb")
tm.flow(age_model, tablet, age_estimate)
tm.flow(shopkeeper, tablet, age_decision, label="approves or refuses the sale")
tm.flow(tablet, age_tool, age_decision, protocol="https", controls=tls)
tm.flow(age_tool, refusals_log, refusal_record)
tm.flow(age_tool, agent, age_result)
