"""Reagent ordering agent for a university chemistry department: the first design.

Researchers ask the agent, through a chat page on the department's intranet, for
the reagents their work needs; the agent also checks stock levels in the lab's
chemical inventory system every night and proposes top-ups for anything running low.
For each item it checks the department's hazardous-substance rules (COSHH
assessments, restricted and precursor lists, per-lab storage limits), compares
prices and availability at the approved suppliers, and raises a purchase
requisition in the university's e-procurement system. Nothing is ordered until the
lab manager approves the requisition there; e-procurement then sends the purchase
order to the supplier. The agent runs in the university's cloud tenancy and uses a
hosted LLM. Staff sign in with university SSO and MFA, the requisition tool can only
raise drafts against the chemistry cost centres, and e-procurement keeps an audit trail.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "University chemistry lab reagent ordering agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Tracks reagent stock, checks hazardous-substance rules and raises "
    "orders with approved suppliers for the lab manager to approve.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Reagent request message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="What is needed, how much, for which project; the requester's name and e-mail.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Ordering prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, stock levels, rule results and supplier offers.",
)
completion = tg.Data("LLM completion", kind="model-output")
stock_query = tg.Data("Stock query", kind="tool-call")
stock_levels = tg.Data(
    "Reagent stock levels",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Containers, quantities, locations, hazard classes and owners per lab.",
)
stock_updates = tg.Data("Stock receipts and usage", kind="records")
rule_query = tg.Data("Hazard rule check request", kind="tool-call")
hazard_rules = tg.Data(
    "Hazardous substance rules",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="COSHH assessments, restricted and explosives-precursor lists, storage limits per lab.",
)
rule_result = tg.Data("Hazard check result", kind="tool-result")
catalogue_query = tg.Data("Supplier product query", kind="tool-call")
offers = tg.Data(
    "Supplier prices and availability",
    kind="tool-result",
    description="Catalogue entries, pack sizes, prices and lead times from the supplier sites.",
)
requisition_call = tg.Data(
    "Requisition request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
requisition = tg.Data(
    "Purchase requisition",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Items, quantities, supplier, cost centre, requester and the agent's rationale.",
)
requisition_ref = tg.Data("Requisition reference", kind="tool-result")
approval = tg.Data("Requisition approval", kind="records")
purchase_order = tg.Data("Purchase order", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL)
order_confirmation = tg.Data("Supplier order confirmation", kind="records")
order_history = tg.Data(
    "Order history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Every request, the agent's proposals and their outcome.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Chemistry department", trust=tg.Trust.INTERNAL):
    # Researchers ask for the reagents their experiments need.
    researcher = tm.add(tg.Actor("Researcher", role="researcher"))
    # Technicians book deliveries into stock and record usage and disposals.
    technician = tm.add(tg.Actor("Lab technician", role="technician"))
    # Approves every requisition before anything is ordered.
    lab_manager = tm.add(tg.Actor("Lab manager", role="lab manager"))
    # The department's chemical inventory: the source of stock levels.
    inventory = tm.add(
        tg.DataStore(
            "Chemical inventory system",
            stores={stock_levels},
            controls={c.RBAC(), c.Authentication(method="university SSO with MFA")},
        )
    )

with tm.boundary("University cloud tenancy", trust=tg.Trust.INTERNAL):
    # Intranet chat page researchers use to ask the agent.
    chat = tm.add(
        tg.Endpoint(
            "Reagent request chat",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="university SSO with MFA")},
        )
    )
    # The LLM agent that works out what to order, checks the rules and drafts requisitions.
    agent = tm.add(
        tg.Agent(
            "Reagent ordering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="lab manager",
                    note="every requisition, in the e-procurement approval workflow",
                ),
                c.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Reads stock levels from the inventory system.
    stock_tool = tm.add(tg.Tool("Stock lookup tool", capabilities={"read"}))
    # Checks a proposed item and quantity against the hazardous-substance rules.
    rules_tool = tm.add(tg.Tool("Hazardous substance rules check", capabilities={"read"}))
    # The department's rules register, maintained by the safety officer.
    rules_register = tm.add(
        tg.DataStore("Hazardous substance rules register", stores={hazard_rules})
    )
    # Looks up products, prices and lead times on the approved suppliers' sites.
    catalogue_tool = tm.add(
        tg.Tool("Supplier catalogue tool", capabilities={"read", "network-egress"})
    )
    # Raises a draft requisition in e-procurement.
    requisition_tool = tm.add(
        tg.Tool(
            "Purchase requisition tool",
            capabilities={"write"},
            controls={
                c.LeastPrivilegeTools(
                    note="service account can only raise draft requisitions on chemistry cost centres"
                )
            },
        )
    )
    # What the agent was asked and what it proposed.
    order_store = tm.add(tg.DataStore("Order history store", stores={order_history}))

with tm.boundary("Finance systems", trust=tg.Trust.RESTRICTED):
    # The university's e-procurement system: approval workflow and purchase orders.
    eproc = tm.add(
        tg.Service(
            "University e-procurement system",
            controls={
                c.Authentication(method="university SSO with MFA"),
                c.RBAC(),
                c.AuditLogging(retention_days=2555),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Approved suppliers", trust=tg.Trust.PARTNER):
    # The framework-agreement chemical suppliers: catalogues and order intake.
    suppliers = tm.add(
        tg.ExternalService(
            "Approved supplier portals",
            description="Catalogue search and punch-out ordering at the framework suppliers.",
        )
    )

# ---------------------------------------------------------------- flows
# Requests and replies.
tm.flow(researcher, chat, request, protocol="https")
tm.flow(chat, researcher, reply, protocol="https")
tm.flow(chat, agent, request)
tm.flow(agent, chat, reply)

# The model.
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Stock.
tm.flow(technician, inventory, stock_updates, protocol="https", label="barcode scans at goods-in")
tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, inventory, stock_query, protocol="https")
tm.flow(inventory, stock_tool, stock_levels, protocol="https")
tm.flow(stock_tool, agent, stock_levels)

# Hazardous-substance rules.
tm.flow(agent, rules_tool, rule_query)
tm.flow(rules_register, rules_tool, hazard_rules)
tm.flow(rules_tool, agent, rule_result)

# Supplier catalogues.
tm.flow(agent, catalogue_tool, catalogue_query)
tm.flow(catalogue_tool, suppliers, catalogue_query, protocol="https")
tm.flow(suppliers, catalogue_tool, offers, protocol="https")
tm.flow(catalogue_tool, agent, offers)

# Requisition, approval and order.
tm.flow(agent, requisition_tool, requisition_call)
tm.flow(requisition_tool, eproc, requisition, protocol="https")
tm.flow(eproc, requisition_tool, requisition_ref, protocol="https")
tm.flow(requisition_tool, agent, requisition_ref)
tm.flow(eproc, lab_manager, requisition, protocol="https", label="approval task")
tm.flow(lab_manager, eproc, approval, protocol="https")
tm.flow(eproc, suppliers, purchase_order, protocol="https")
tm.flow(suppliers, eproc, order_confirmation, protocol="https")

# Order history.
tm.flow(agent, order_store, order_history)
tm.flow(order_store, agent, order_history, label="earlier orders for the same reagent")
