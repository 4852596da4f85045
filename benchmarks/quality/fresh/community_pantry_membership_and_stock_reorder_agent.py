"""Community pantry: membership system and stock reorder agent, first design.

A volunteer-run community pantry in the UK sells low-cost groceries to members
from households referred by local agencies. Members apply and sign in on the
pantry's web portal, and can ask a chat assistant what is in this week. At the
hall, volunteers ring up each visit on a till tablet, which records the member
number and items and keeps the stock counts in step.
An LLM agent, running in the pantry's managed hosting and calling a hosted model,
answers members' stock questions from the stock database and, each night, checks
stock against par levels and places reorders with the wholesaler through the
wholesaler's ordering API on the pantry's trade account. Orders over GBP 150 wait
for the coordinator's approval in the portal's admin pages; smaller ones go through.
Members sign in with e-mail and password, the coordinator with TOTP, the till with
a shared volunteer PIN; traffic is TLS and the membership database is encrypted.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Community pantry membership and stock reorder agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "Membership portal, till-driven stock counts and an LLM agent that answers "
        "members' stock questions and reorders from the wholesaler."
    ),
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Membership application",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, household size, referring agency and reference.",
)
member_record = tg.Data(
    "Member record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Member number, household, status and weekly visit history.",
)
member_status = tg.Data("Member status", kind="records", sensitivity=tg.Sensitivity.PII)
question = tg.Data("Member question", kind="prompt", sensitivity=tg.Sensitivity.PII)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the member's question or the nightly task, and tool results.",
)
completion = tg.Data(
    "Model completion",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Answer text or tool calls.",
)
till_sales = tg.Data(
    "Till sales and deliveries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member number and items per visit; deliveries booked in by volunteers.",
)
stock_levels = tg.Data(
    "Stock levels",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
stock_query = tg.Data("Stock lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
reorder_call = tg.Data(
    "Reorder request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Wholesaler product codes and quantities the agent wants.",
)
purchase_order = tg.Data(
    "Wholesaler purchase order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Order lines on the pantry's trade account, invoiced monthly.",
)
wholesaler_prices = tg.Data(
    "Wholesaler price list and availability",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
)
order_confirmation = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
pending_order = tg.Data(
    "Order awaiting approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
approval = tg.Data("Coordinator approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Pantry members and applicants, on their own phones.
    member = tm.add(tg.Actor("Pantry member", role="member"))

with tm.boundary("Pantry hall", trust=tg.Trust.INTERNAL):
    # Volunteers staffing the till on opening days.
    volunteer = tm.add(tg.Actor("Till volunteer", role="volunteer"))
    # Runs the pantry: approves members and larger orders.
    coordinator = tm.add(tg.Actor("Pantry coordinator", role="coordinator", privileged=True))
    # The single tablet at the till, running the pantry's till web app.
    till = tm.add(
        tg.Device(
            "Till tablet",
            fleet=False,
            description="Android tablet on the hall's shared Wi-Fi.",
            controls={tg.controls.Authentication(method="shared volunteer PIN")},
        )
    )

with tm.boundary("Pantry managed hosting", trust=tg.Trust.INTERNAL):
    # Member sign-up, sign-in, chat and the coordinator's admin pages.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(
                    method="members: e-mail and password; coordinator: e-mail and password with TOTP"
                ),
            },
        )
    )
    # Takes till sales and deliveries, updates stock, checks member numbers.
    till_sync = tm.add(tg.Service("Till sync service"))
    # Who the members are.
    membership_db = tm.add(
        tg.DataStore(
            "Membership database",
            stores={member_record, application},
            controls={
                tg.controls.EncryptionAtRest(key_management="hosting provider managed keys"),
                tg.controls.RBAC(note="coordinator only for applications"),
            },
        )
    )
    # What is on the shelves, kept current by the till.
    stock_db = tm.add(tg.DataStore("Stock database", stores={stock_levels, till_sales}))
    # The LLM agent: answers stock questions and runs the nightly reorder.
    agent = tm.add(
        tg.Agent(
            "Pantry stock agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                tg.controls.HumanInTheLoop(
                    approver="pantry coordinator", above="GBP 150 per order"
                ),
                tg.controls.CircuitBreaker(max_steps=20),
            },
        )
    )
    # Read-only view of current stock for the agent.
    stock_tool = tm.add(
        tg.Tool(
            "Stock lookup tool",
            capabilities={"read"},
            controls={tg.controls.LeastPrivilegeTools(note="read-only database user")},
        )
    )
    # Places orders on the pantry's wholesaler trade account.
    order_tool = tm.add(
        tg.Tool(
            "Wholesaler order tool",
            capabilities={"write", "network-egress", "money-movement"},
            description="Holds the wholesaler API key in its environment configuration.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted chat model the agent runs on.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Wholesaler", trust=tg.Trust.PARTNER):
    # The cash-and-carry's trade ordering API.
    wholesaler = tm.add(
        tg.ExternalService(
            "Wholesaler ordering API",
            description="Trade catalogue, prices and ordering against the pantry's account.",
        )
    )

# ---------------------------------------------------------------- flows
tls = tg.controls.EncryptionInTransit(protocol="TLS 1.2+")

# membership
tm.flow(member, portal, application, question, protocol="https", controls={tls})
tm.flow(portal, membership_db, application)
tm.flow(membership_db, portal, member_record, label="sign-in and status")
tm.flow(portal, coordinator, application, pending_order, protocol="https", controls={tls})
tm.flow(coordinator, portal, member_status, approval, protocol="https", controls={tls})
tm.flow(portal, membership_db, member_status, label="approve or suspend member")

# till
tm.flow(volunteer, till, till_sales, label="rings up visits and deliveries")
tm.flow(till, till_sync, till_sales, protocol="https", controls={tls})
tm.flow(membership_db, till_sync, member_status, label="member number check")
tm.flow(till_sync, till, member_status, protocol="https", controls={tls})
tm.flow(till_sync, stock_db, till_sales, stock_levels)

# member questions
tm.flow(portal, agent, question)
tm.flow(agent, portal, answer, pending_order)
tm.flow(portal, agent, approval, label="coordinator approves order")
tm.flow(portal, member, answer, protocol="https", controls={tls})

# the agent's model and tools
tm.flow(agent, llm, prompt, protocol="https", controls={tls})
tm.flow(llm, agent, completion, protocol="https", controls={tls})
tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_db, stock_tool, stock_levels)
tm.flow(stock_tool, agent, stock_levels)
tm.flow(agent, order_tool, reorder_call)
tm.flow(wholesaler, order_tool, wholesaler_prices, protocol="https", controls={tls})
tm.flow(order_tool, wholesaler, purchase_order, protocol="https", controls={tls})
tm.flow(wholesaler, order_tool, order_confirmation, protocol="https", controls={tls})
tm.flow(order_tool, agent, order_confirmation, wholesaler_prices)
tm.flow(order_tool, stock_db, purchase_order, label="expected deliveries")
