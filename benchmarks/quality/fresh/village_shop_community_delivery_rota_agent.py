"""Village shop community delivery rota agent: the first design, before any security review.

Our community-run village shop delivers groceries to elderly and housebound residents.
Residents phone the shop number or send a WhatsApp message with their order. A cloud
telephony provider records and transcribes phone orders, and the WhatsApp Business
Platform forwards messages; both post them to an intake webhook in the shop's small
cloud tenancy. An LLM agent (a hosted model behind the vendor's API) recognises the
resident from the sender's number, writes the order into the orders and rota database
and confirms it back on WhatsApp. Each evening it builds the next day's delivery rota
from the orders and the volunteer drivers' availability, kept in a shared Google Sheet.
The volunteer coordinator reviews the draft rota in a small web dashboard and approves
it before the agent messages each driver their runs. Data sits in one managed database
with the provider's encryption at rest; the dashboard uses individual Google sign-ins.
Payment is taken on the doorstep or put on the resident's shop account, not online.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village shop community delivery rota agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Takes grocery orders from elderly residents by phone and WhatsApp and "
    "builds a daily delivery rota for volunteer drivers.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data(
    "Phone order call audio",
    sensitivity=tg.Sensitivity.PII,
    kind="media",
    description="The resident's voice reading out their shopping list.",
)
order_message = tg.Data(
    "Resident order message",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Transcribed phone order or WhatsApp text, with the sender's number.",
)
driver_reply = tg.Data(
    "Driver WhatsApp reply",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="A volunteer saying they can or cannot do a run, or reporting a delivery.",
)
resident_records = tg.Data(
    "Resident records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, address, phone and WhatsApp numbers, shop account, and delivery "
    "instructions such as which door to use or which neighbour holds a key.",
)
grocery_orders = tg.Data(
    "Grocery orders",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Items, substitutions allowed, delivery day, resident reference.",
)
volunteer_availability = tg.Data(
    "Volunteer availability",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Driver names, mobile numbers, the days and hours they can drive.",
)
delivery_rota = tg.Data(
    "Delivery rota",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Which driver takes which orders to which addresses, in what order.",
)
rota_approval = tg.Data("Rota approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the incoming message, resident and order details, tool results.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
order_tool_call = tg.Data("Order book tool call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
order_tool_result = tg.Data(
    "Order book tool result", sensitivity=tg.Sensitivity.PII, kind="tool-result"
)
rota_tool_call = tg.Data(
    "Rota planning request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
draft_rota = tg.Data("Draft rota", sensitivity=tg.Sensitivity.PII, kind="tool-result")
outgoing_message = tg.Data(
    "Outgoing WhatsApp message",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Order confirmations to residents and run lists to drivers.",
)
confirmation = tg.Data("Order confirmation", sensitivity=tg.Sensitivity.PII, kind="model-output")
driver_run_list = tg.Data(
    "Driver run list",
    sensitivity=tg.Sensitivity.PII,
    kind="model-output",
    description="The driver's stops: names, addresses, delivery instructions and items.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Residents and volunteers", trust=tg.Trust.UNTRUSTED):
    # Elderly residents who order by phone or WhatsApp.
    resident = tm.add(tg.Actor("Elderly resident", role="customer"))
    # Volunteer drivers, on their own phones, who get run lists and edit their availability.
    driver = tm.add(tg.Actor("Volunteer driver", role="volunteer driver"))

with tm.boundary("Messaging providers", trust=tg.Trust.PARTNER):
    # Answers the shop number, records the call and transcribes it.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud telephony and transcription",
            description="Hosted phone number with call recording and speech-to-text.",
        )
    )
    # Delivers WhatsApp messages to and from the shop's business number.
    whatsapp = tm.add(tg.ExternalService("WhatsApp Business Platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model called over the vendor's API.",
        )
    )

with tm.boundary("Shop Google Workspace", trust=tg.Trust.INTERNAL):
    # Where volunteers already keep their availability; shared only with named volunteers.
    availability_sheet = tm.add(
        tg.DataStore(
            "Volunteer availability sheet",
            stores={volunteer_availability},
            controls={c.RBAC(note="sheet shared by invitation with named volunteers only")},
        )
    )

with tm.boundary("Shop cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives call transcripts and WhatsApp messages from the providers.
    intake = tm.add(
        tg.Endpoint(
            "Order intake webhook",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="sender's phone or WhatsApp number matched to the resident records"
                )
            },
        )
    )
    # Reads each message, records orders, confirms them and plans the rota.
    agent = tm.add(
        tg.Agent(
            "Delivery rota agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="LLM agent that turns messages into orders and builds the daily rota.",
        )
    )
    # Looks up residents and reads and writes orders.
    order_tool = tm.add(
        tg.Tool("Order book tool", capabilities={"read", "write"}),
    )
    # Groups the day's orders into runs and matches them to available drivers.
    rota_tool = tm.add(
        tg.Tool("Rota planner tool", capabilities={"read", "write"}),
    )
    # Sends WhatsApp messages to residents and drivers through the business number.
    messaging_tool = tm.add(
        tg.Tool(
            "WhatsApp messaging tool",
            capabilities={"send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="volunteer coordinator",
                    note="driver run lists go out only after the coordinator approves the "
                    "day's rota; order confirmations to residents are sent directly",
                )
            },
        )
    )
    # Who the shop delivers to and how to reach their door.
    resident_db = tm.add(
        tg.DataStore(
            "Resident register",
            stores={resident_records},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Orders, draft and approved rotas.
    orders_db = tm.add(
        tg.DataStore(
            "Orders and rota database",
            stores={grocery_orders, delivery_rota, rota_approval},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Where the coordinator checks orders and approves the draft rota.
    dashboard = tm.add(
        tg.Service(
            "Coordinator dashboard",
            controls={c.Authentication(method="individual Google accounts")},
        )
    )

with tm.boundary("Shop back office", trust=tg.Trust.INTERNAL):
    # The volunteer who runs deliveries and signs off the rota.
    coordinator = tm.add(tg.Actor("Volunteer coordinator", role="delivery coordinator"))

# ---------------------------------------------------------------- flows
# Orders coming in
tm.flow(resident, telephony, call_audio, protocol="pstn", label="phone order")
tm.flow(telephony, intake, order_message, protocol="https", label="call transcript webhook")
tm.flow(resident, whatsapp, order_message, protocol="whatsapp")
tm.flow(driver, whatsapp, driver_reply, protocol="whatsapp")
tm.flow(
    whatsapp, intake, order_message, driver_reply, protocol="https", label="inbound message webhook"
)
tm.flow(intake, agent, order_message, driver_reply)

# The agent and its model
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Orders
tm.flow(agent, order_tool, order_tool_call)
tm.flow(order_tool, agent, order_tool_result)
tm.flow(order_tool, resident_db, order_tool_call, label="resident lookup")
tm.flow(resident_db, order_tool, resident_records)
tm.flow(order_tool, orders_db, grocery_orders)
tm.flow(orders_db, order_tool, grocery_orders)

# Rota planning
tm.flow(agent, rota_tool, rota_tool_call)
tm.flow(rota_tool, agent, draft_rota)
tm.flow(
    orders_db,
    rota_tool,
    grocery_orders,
    delivery_rota,
    rota_approval,
    label="next day's orders and the approved rota",
)
tm.flow(resident_db, rota_tool, resident_records, label="delivery addresses")
tm.flow(availability_sheet, rota_tool, volunteer_availability, protocol="https")
tm.flow(rota_tool, orders_db, delivery_rota, label="draft rota")
tm.flow(driver, availability_sheet, volunteer_availability, protocol="https")

# Coordinator review
tm.flow(orders_db, dashboard, grocery_orders, delivery_rota)
tm.flow(dashboard, orders_db, rota_approval, delivery_rota, label="edits and approval")
tm.flow(dashboard, coordinator, grocery_orders, delivery_rota, protocol="https")
tm.flow(coordinator, dashboard, rota_approval, delivery_rota, protocol="https")

# Messages going out
tm.flow(agent, messaging_tool, outgoing_message)
tm.flow(messaging_tool, whatsapp, outgoing_message, protocol="https")
tm.flow(whatsapp, resident, confirmation, protocol="whatsapp")
tm.flow(whatsapp, driver, driver_run_list, protocol="whatsapp")
