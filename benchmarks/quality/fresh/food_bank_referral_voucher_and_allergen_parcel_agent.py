"""Food bank referrals, client SMS agent and allergen-aware parcels: the first design.

A network of food banks takes referrals from partner agencies: GPs, housing officers
and advice workers sign in to a web portal and issue an e-voucher for a household,
with its size, collection centre and slot, and any dietary needs or allergies. The
client gets the voucher code by SMS. Clients can text back with questions about
collection times or what is in their parcel; an LLM agent, reached through the SMS
provider's webhook, looks up their voucher by the number they text from and the stock
and allergen catalogue, and replies by SMS through a hosted language model. Each
evening the agent also prepares the picking list for the next day's vouchers, leaving
out items that clash with recorded allergies, and warehouse volunteers pack parcels
from it on a tablet. Controls in this design: referrer accounts with per-agency
access, HTTPS on every internet link, encrypted voucher storage, and a step limit on
the agent. The food bank coordinator maintains the catalogue.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food bank referral vouchers and allergen parcel agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "E-voucher referrals from partner agencies, an SMS agent for clients, and "
        "allergen-aware picking lists for warehouse volunteers."
    ),
)

# ---------------------------------------------------------------- data assets
voucher = tg.Data(
    "E-voucher",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description=(
        "Client name, mobile number, household size, referral reason, collection "
        "centre and slot, dietary needs and allergies."
    ),
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
voucher_status = tg.Data(
    "Voucher status",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Issued, collected or expired, per voucher the agency issued.",
)
voucher_sms = tg.Data(
    "Voucher notification SMS",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Voucher code, collection centre and slot sent to the client.",
)
client_question = tg.Data(
    "Client SMS question",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Free-text message and the sender's number, as the SMS provider posts it.",
)
agent_reply = tg.Data("Agent SMS reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
llm_prompt = tg.Data(
    "Prompt with voucher and catalogue context",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="prompt",
    description="System prompt, the client's message, their voucher and allergies, stock items.",
)
llm_completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
voucher_query = tg.Data("Voucher lookup call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
voucher_result = tg.Data(
    "Voucher lookup result", sensitivity=tg.Sensitivity.REGULATED, kind="tool-result"
)
stock_query = tg.Data(
    "Stock and allergen query", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call"
)
catalogue = tg.Data(
    "Stock and allergen catalogue",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Items in stock per centre with ingredients and allergen tags from labels.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stock_result = tg.Data(
    "Stock lookup result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result"
)
picking_list = tg.Data(
    "Parcel picking list",
    sensitivity=tg.Sensitivity.REGULATED,
    kind="records",
    description="Per voucher: household size, items to pack, and allergy notes for the packer.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
picking_call = tg.Data("Picking list write", sensitivity=tg.Sensitivity.REGULATED, kind="tool-call")
packed_status = tg.Data("Parcel packed status", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
catalogue_update = tg.Data(
    "Catalogue and allergen updates", sensitivity=tg.Sensitivity.INTERNAL, kind="records"
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # People referred to the food bank; they text from their own phones.
    client = tm.add(tg.Actor("Client", role="food bank client"))

with tm.boundary("Referral agencies", trust=tg.Trust.PARTNER):
    # GPs, housing officers and advice workers who issue vouchers.
    referrer = tm.add(tg.Actor("Referral agency worker", role="referrer"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends our SMS and posts clients' incoming texts to the agent's webhook.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose chat model behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Food bank cloud", trust=tg.Trust.INTERNAL):
    # Where referral agencies issue e-vouchers and see the vouchers they issued.
    portal = tm.add(
        tg.Endpoint(
            "Voucher referral portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password per referrer account"),
                c.RBAC(note="a referrer sees only their own agency's vouchers"),
            },
        )
    )
    # The system of record for vouchers and clients' dietary needs.
    voucher_db = tm.add(
        tg.DataStore(
            "Voucher database",
            stores={voucher, voucher_status},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Answers clients' texts and builds the next day's picking lists.
    agent = tm.add(
        tg.Agent(
            "Client SMS agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description=(
                "Replies to client texts about collection times and allergens; runs each "
                "evening to write picking lists for the next day's vouchers."
            ),
            controls={c.CircuitBreaker(max_steps=10)},
        )
    )
    # Finds the client's voucher from the number the text came from.
    voucher_tool = tm.add(
        tg.Tool(
            "Voucher lookup tool",
            capabilities={"read"},
            controls={c.Authentication(method="sender phone number matched to the voucher record")},
        )
    )
    # Reads what is in stock at a centre and each item's allergens.
    stock_tool = tm.add(tg.Tool("Stock and allergen lookup tool", capabilities={"read"}))
    # Writes a parcel's picking list for the warehouse.
    picking_tool = tm.add(tg.Tool("Picking list tool", capabilities={"write"}))
    # Items, stock levels and allergen tags per centre.
    catalogue_store = tm.add(tg.DataStore("Stock and allergen catalogue", stores={catalogue}))
    # Picking lists waiting to be packed, and their packed status.
    picking_queue = tm.add(
        tg.DataStore("Warehouse picking queue", stores={picking_list, packed_status})
    )

with tm.boundary("Warehouse", trust=tg.Trust.INTERNAL):
    # Shared tablet volunteers pack from; signed in with the warehouse account.
    tablet = tm.add(tg.Device("Warehouse packing tablet", fleet=True))
    # Packs parcels from the picking list and ticks them off.
    volunteer = tm.add(tg.Actor("Warehouse volunteer", role="volunteer"))
    # Keeps the stock and allergen catalogue up to date from product labels.
    coordinator = tm.add(tg.Actor("Food bank coordinator", role="coordinator", privileged=True))

# ---------------------------------------------------------------- flows
# Referrals
tm.flow(referrer, portal, voucher, protocol="https")
tm.flow(portal, referrer, voucher_status, protocol="https")
tm.flow(portal, voucher_db, voucher)
tm.flow(voucher_db, portal, voucher_status)
tm.flow(portal, sms_gateway, voucher_sms, protocol="https")
tm.flow(sms_gateway, client, voucher_sms, protocol="sms")

# Client questions by SMS
tm.flow(client, sms_gateway, client_question, protocol="sms")
tm.flow(sms_gateway, agent, client_question, protocol="https", label="inbound SMS webhook")
tm.flow(agent, voucher_tool, voucher_query)
tm.flow(voucher_db, voucher_tool, voucher)
tm.flow(voucher_tool, agent, voucher_result)
tm.flow(agent, stock_tool, stock_query)
tm.flow(catalogue_store, stock_tool, catalogue)
tm.flow(stock_tool, agent, stock_result)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, sms_gateway, agent_reply, protocol="https")
tm.flow(sms_gateway, client, agent_reply, protocol="sms")

# Picking lists and packing
tm.flow(agent, picking_tool, picking_call)
tm.flow(picking_tool, picking_queue, picking_list)
tm.flow(picking_queue, tablet, picking_list, protocol="https")
tm.flow(tablet, volunteer, picking_list, label="on the tablet screen")
tm.flow(volunteer, tablet, packed_status, label="ticks off on the touchscreen")
tm.flow(tablet, picking_queue, packed_status, protocol="https")

# Catalogue upkeep
tm.flow(coordinator, catalogue_store, catalogue_update, protocol="https")
