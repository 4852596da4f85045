"""Rail freight yard wagon allocation agent: the first design, before any security review.

Freight customers book wagon capacity through our existing booking portal; each order
names the commodity, the loading date, the wagon type wanted and free-text remarks.
An LLM agent, running in the operator's cloud account, picks up new orders and
allocates serviceable wagons to them. To do so it reads the wagon inspection records
that carriage-and-wagon inspectors enter in the yard, and the live yard positions that
the yard management system builds from trackside AEI tag readers. The agent writes each
allocation straight back to the order book, and drafts a shunting plan to bring the
allocated wagons to the loading roads, which the yard supervisor approves or rejects in
the supervisor console before the moves are issued. The language model is a vendor's
hosted API, called over HTTPS. Customers sign in to the portal with a password; staff
use corporate SSO; the agent logs every tool call it makes.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Rail freight yard wagon allocation agent",
    profile=tg.RiskProfile.HIGH,
    description=(
        "LLM agent that allocates wagons to freight orders from inspection records and "
        "yard positions, and proposes shunting plans for the yard supervisor."
    ),
)

# ---------------------------------------------------------------- data assets
order = tg.Data(
    "Wagon order",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Customer, commodity, tonnage, loading date, wagon type and free-text remarks.",
)
confirmation = tg.Data(
    "Order confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
prompt = tg.Data(
    "Allocation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="System prompt, the open orders and the tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
inspection_query = tg.Data("Wagon inspection query", kind="tool-call")
inspections = tg.Data(
    "Wagon inspection records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Defects found, brake tests, wheel measurements, fit-to-run status.",
)
position_query = tg.Data("Yard position query", kind="tool-call")
positions = tg.Data(
    "Yard positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which wagon stands on which road, in which order.",
)
tag_reads = tg.Data("AEI tag reads", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
allocation = tg.Data(
    "Wagon allocation",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Wagon numbers assigned to an order.",
)
plan_proposal = tg.Data(
    "Proposed shunting plan",
    kind="tool-call",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ordered list of shunt moves: wagon, from road, to road.",
)
approval = tg.Data("Shunting plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_plan = tg.Data(
    "Approved shunting plan",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Freight customers' logistics planners: they place and track wagon orders.
    customer = tm.add(tg.Actor("Customer logistics planner", role="freight customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model behind the agent, hosted by a vendor.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Operator cloud", trust=tg.Trust.INTERNAL):
    # Existing customer-facing booking portal, where orders come in.
    portal = tm.add(
        tg.Endpoint(
            "Freight booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="customer account e-mail and password"),
                c.InputValidation(note="order form fields typed and range-checked"),
            },
        )
    )
    # The order book: every order and the wagons allocated to it.
    order_db = tm.add(
        tg.DataStore(
            "Order management database",
            stores={order, confirmation},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The agent that does the allocating and drafts the shunting plans.
    agent = tm.add(
        tg.Agent(
            "Wagon allocation agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Works through open orders every 15 minutes.",
            controls={c.AuditLogging(retention_days=365, note="every tool call and LLM exchange")},
        )
    )
    # Reads a wagon's latest inspections so the agent only picks fit-to-run wagons.
    inspection_tool = tm.add(tg.Tool("Wagon inspection lookup", capabilities={"read"}))
    # Reads where each candidate wagon stands in the yard.
    position_tool = tm.add(tg.Tool("Yard position lookup", capabilities={"read"}))
    # Writes the chosen wagons against an order in the order book.
    allocation_tool = tm.add(tg.Tool("Wagon allocation writer", capabilities={"write"}))
    # Submits a draft shunting plan to the supervisor's queue.
    plan_tool = tm.add(
        tg.Tool(
            "Shunting plan submitter",
            capabilities={"write"},
            controls={c.HumanInTheLoop(approver="yard supervisor")},
        )
    )

with tm.boundary("Yard operations network", trust=tg.Trust.INTERNAL):
    # Inspectors' records of wagon examinations, entered from the yard.
    inspection_db = tm.add(tg.DataStore("Wagon inspection records system", stores={inspections}))
    # Yard management system: track occupancy from tag reads, issues shunt moves.
    yms = tm.add(tg.DataStore("Yard management system", stores={positions, approved_plan}))
    # Where the supervisor reviews and approves the agent's shunting plans.
    console = tm.add(
        tg.Service(
            "Yard supervisor console",
            controls={c.Authentication(method="corporate SSO"), c.RBAC()},
        )
    )
    # Approves the shunting plans and runs the yard.
    supervisor = tm.add(tg.Actor("Yard supervisor", role="yard supervisor"))
    # Examines wagons and records defects and fit-to-run status.
    inspector = tm.add(tg.Actor("Wagon inspector", role="carriage and wagon inspector"))

with tm.boundary("Trackside", trust=tg.Trust.INTERNAL):
    # RFID readers at the yard throat that read each passing wagon's tag.
    readers = tm.add(tg.Device("AEI tag readers", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(customer, portal, order, protocol="https")
tm.flow(portal, customer, confirmation, protocol="https")
tm.flow(portal, order_db, order)
tm.flow(order_db, portal, confirmation, label="allocation status")
tm.flow(order_db, agent, order, label="open orders")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, inspection_tool, inspection_query)
tm.flow(inspection_tool, inspection_db, inspection_query, protocol="https")
tm.flow(inspection_db, inspection_tool, inspections, protocol="https")
tm.flow(inspection_tool, agent, inspections)

tm.flow(agent, position_tool, position_query)
tm.flow(position_tool, yms, position_query, protocol="https")
tm.flow(yms, position_tool, positions, protocol="https")
tm.flow(position_tool, agent, positions)

tm.flow(agent, allocation_tool, allocation)
tm.flow(allocation_tool, order_db, allocation)

tm.flow(agent, plan_tool, plan_proposal)
tm.flow(plan_tool, console, plan_proposal, protocol="https")
tm.flow(console, supervisor, plan_proposal, protocol="https")
tm.flow(supervisor, console, approval, protocol="https")
tm.flow(console, yms, approved_plan, label="issue shunt moves")

tm.flow(inspector, inspection_db, inspections, protocol="https", label="handheld inspection app")
tm.flow(readers, yms, tag_reads, protocol="mqtt")
