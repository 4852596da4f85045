"""Zoo feed ordering agent: the first design, before any security review.

Animal keepers plan diets and order animal food with an LLM agent. Keepers use
shared tablets in the animal houses, on the zoo's staff Wi-Fi, to open the feed
planning web app, which runs in the zoo's cloud tenancy. The agent reads each
animal's diet sheet, weight history and vet notes from the animal records
database, checks the approved supplier catalogue and proposes a weekly order.
The head keeper approves each order in the web app before the agent places it;
orders go to the approved suppliers by e-mail from the zoo's Microsoft 365
orders mailbox, and the suppliers confirm by replying to that mailbox, which the
agent reads to update the order status. The zoo vet updates diet sheets in the
same web app. The LLM is a hosted model behind a vendor API. Staff sign in with
the zoo's Microsoft Entra ID single sign-on; the app has roles (keeper, head
keeper, vet) and an audit log of orders.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Zoo feed ordering agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that plans animal diets and places weekly feed orders with approved suppliers.",
)

# ---------------------------------------------------------------- data assets
planning_request = tg.Data(
    "Keeper planning request", sensitivity=tg.Sensitivity.INTERNAL, kind="prompt"
)
proposal = tg.Data(
    "Proposed weekly order and diet plan", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
animal_records = tg.Data(
    "Diet sheets, weights and vet notes",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
diet_update = tg.Data("Diet sheet update", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
catalogue = tg.Data(
    "Approved suppliers and prices",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
approval = tg.Data(
    "Head keeper order approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)
llm_prompt = tg.Data(
    "Agent prompt with animal records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    kind="prompt",
    description="System prompt, the keeper's request, animal records and tool results.",
)
completion = tg.Data(
    "LLM completion and tool calls", sensitivity=tg.Sensitivity.INTERNAL, kind="model-output"
)
records_query = tg.Data(
    "Records lookup call", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
order_call = tg.Data(
    "Place order call",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="tool-call",
    description="Places an approved order, or records a supplier's confirmation against it.",
)
order_result = tg.Data(
    "Order placement result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
purchase_order = tg.Data(
    "Purchase order",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Items, quantities, prices, delivery slot, zoo account number and delivery address.",
)
order_history = tg.Data("Order history", sensitivity=tg.Sensitivity.CONFIDENTIAL, kind="records")
confirmation = tg.Data(
    "Supplier confirmation e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Replies from suppliers: confirmed items, substitutions, delivery dates.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Order desks of the approved feed suppliers; they receive orders and reply by e-mail.
    supplier = tm.add(tg.Actor("Feed supplier", role="supplier order desk"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The zoo's hosted mail: the orders mailbox sends purchase orders and receives replies.
    mail = tm.add(
        tg.ExternalService(
            "Orders mailbox",
            description="Shared Exchange Online mailbox used for all feed orders.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
        )
    )

with tm.boundary("Zoo site network", trust=tg.Trust.INTERNAL):
    # Keepers plan diets and request orders from the animal houses.
    keeper = tm.add(tg.Actor("Animal keeper", role="keeper"))
    # Approves every order before it is placed.
    head_keeper = tm.add(tg.Actor("Head keeper", role="head keeper"))
    # Maintains diet sheets and vet notes.
    vet = tm.add(tg.Actor("Zoo vet", role="veterinarian"))
    # Shared tablets mounted in the animal houses, on the staff Wi-Fi.
    tablet = tm.add(
        tg.Device(
            "Keeper tablet",
            description="Shared Android tablets in the animal houses running the web app in a browser.",
        )
    )

with tm.boundary("Zoo cloud tenancy", trust=tg.Trust.INTERNAL):
    # The web app keepers, the head keeper and the vet use; front door to the agent.
    app = tm.add(
        tg.Endpoint(
            "Feed planning web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="Microsoft Entra ID single sign-on"),
                tg.controls.RBAC(note="keeper, head keeper and vet roles"),
                tg.controls.AuditLogging(note="who requested, approved and edited what"),
            },
        )
    )
    # Plans diets and orders; places an order only after the head keeper approves it.
    agent = tm.add(
        tg.Agent(
            "Feed ordering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads animal records and the catalogue, drafts weekly orders, places approved ones.",
        )
    )
    # Read-only lookups of animal records and the supplier catalogue for the agent.
    records_tool = tm.add(tg.Tool("Zoo records lookup", capabilities={"read"}))
    # Sends the purchase order e-mail to the supplier and records it.
    order_tool = tm.add(
        tg.Tool(
            "Place order tool",
            capabilities={"write", "send-messages"},
            controls={
                tg.controls.HumanInTheLoop(approver="the head keeper, in the web app"),
            },
        )
    )
    # Reads supplier replies from the orders mailbox so the agent can update order status.
    inbox_tool = tm.add(tg.Tool("Orders inbox reader", capabilities={"read"}))
    # Diet sheets, weight history and vet notes for every animal.
    records_db = tm.add(
        tg.DataStore(
            "Animal records database",
            stores={animal_records},
            controls={tg.controls.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The approved suppliers, their products and agreed prices.
    supplier_catalogue = tm.add(tg.DataStore("Approved supplier catalogue", stores={catalogue}))
    # Placed orders, approvals and supplier confirmations.
    orders_db = tm.add(tg.DataStore("Order history store", stores={order_history}))

# ---------------------------------------------------------------- flows
tm.flow(keeper, tablet, planning_request, label="touchscreen")
tm.flow(tablet, keeper, proposal, label="touchscreen")
tm.flow(tablet, app, planning_request, protocol="https")
tm.flow(app, tablet, proposal, protocol="https")

tm.flow(app, agent, planning_request)
tm.flow(agent, app, proposal)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, records_tool, records_query)
tm.flow(records_db, records_tool, animal_records)
tm.flow(supplier_catalogue, records_tool, catalogue)
tm.flow(records_tool, agent, animal_records, catalogue)

tm.flow(head_keeper, app, approval, protocol="https", label="approves order")
tm.flow(app, head_keeper, proposal, protocol="https")
tm.flow(app, agent, approval, label="approved order")
tm.flow(agent, order_tool, order_call)
tm.flow(order_tool, agent, order_result)
tm.flow(order_tool, orders_db, order_history)
tm.flow(order_tool, mail, purchase_order, protocol="https", label="Graph API send mail")
tm.flow(mail, supplier, purchase_order, protocol="smtp+starttls")

tm.flow(supplier, mail, confirmation, protocol="smtp+starttls")
tm.flow(inbox_tool, mail, records_query, protocol="https", label="Graph API read mail")
tm.flow(mail, inbox_tool, confirmation, protocol="https")
tm.flow(inbox_tool, agent, confirmation)

tm.flow(vet, app, diet_update, protocol="https")
tm.flow(app, vet, animal_records, protocol="https")
tm.flow(app, records_db, diet_update)
tm.flow(records_db, app, animal_records)
