"""Zoo feeding schedule agent: the first design, before any security review.

Keepers ask an assistant, from the section tablets or the staff office PCs,
to plan the day's and week's feeds for their animals and to top up food stock.
The assistant is an LLM agent in the zoo's cloud tenant that calls a hosted
LLM over HTTPS. Its tools read each animal's diet sheet, which the vets set and
maintain in the hosted veterinary records system, read food stock levels from
the food store inventory, write the feeding schedule keepers work from, and
place food orders on the supplier's ordering portal. Keepers sign in to the
assistant through staff single sign-on. The diet tool uses a read-only account
on the veterinary system, and no food order is sent until the head keeper
approves it. The LLM vendor was reviewed by IT before the contract was signed.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Zoo feeding schedule agent",
    profile=tg.RiskProfile.LOW,
    description=(
        "An agent that plans animal feeding schedules and food orders for keepers, "
        "checking diets set by the vets."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Keeper planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="E.g. 'plan this week's feeds for the big cats and order what we are short of'.",
)
reply = tg.Data("Proposed feeding plan", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the keeper's request, diet sheets, stock levels and tool results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
diet_query = tg.Data("Diet sheet lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
diets = tg.Data(
    "Animal diet sheets",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per animal: foods, quantities, supplements, restrictions and medicated feeds.",
)
vet_records = tg.Data(
    "Veterinary records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Animal health records, treatments and the diet sheets vets set.",
)
stock_query = tg.Data("Stock level lookup", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
stock = tg.Data("Food stock levels", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
schedule = tg.Data(
    "Feeding schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which animal gets what, how much and when, by section and keeper.",
)
schedule_update = tg.Data("Schedule update", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
order = tg.Data(
    "Food order",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Items, quantities, delivery date and the zoo's supplier account.",
)
order_confirmation = tg.Data(
    "Order confirmation", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
order_approval = tg.Data("Order approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Zoo staff network", trust=tg.Trust.INTERNAL):
    # Plans and carries out the feeds for their section.
    keeper = tm.add(tg.Actor("Keeper", role="animal keeper"))
    # Signs off food orders before they go to the supplier.
    head_keeper = tm.add(tg.Actor("Head keeper", role="head keeper"))
    # Sets and changes diets in the veterinary records system.
    vet = tm.add(tg.Actor("Zoo vet", role="veterinarian"))

with tm.boundary("Zoo cloud tenant", trust=tg.Trust.INTERNAL):
    # The web front end keepers use from tablets and office PCs.
    app = tm.add(
        tg.Endpoint(
            "Feeding planner app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="staff SSO (OIDC) with MFA")},
        )
    )
    # Plans feeds and orders; keepers review its plans before using them.
    agent = tm.add(
        tg.Agent(
            "Feeding schedule agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Drafts feeding schedules and food orders from diet sheets and stock.",
        )
    )
    # Reads the diet sheet of an animal from the veterinary system.
    diet_tool = tm.add(
        tg.Tool(
            "Diet sheet lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only service account on the vet system")},
        )
    )
    # Reads current food stock.
    stock_tool = tm.add(tg.Tool("Food stock tool", capabilities={"read"}))
    # Writes the agreed schedule keepers work from.
    schedule_tool = tm.add(tg.Tool("Feeding schedule tool", capabilities={"read", "write"}))
    # Places orders with the food supplier.
    order_tool = tm.add(
        tg.Tool(
            "Food order tool",
            capabilities={"write", "network-egress"},
            controls={c.HumanInTheLoop(approver="head keeper")},
        )
    )
    # The schedule keepers read on their rounds.
    schedule_store = tm.add(tg.DataStore("Feeding schedule store", stores={schedule}))
    # What is in the food store and freezers.
    inventory = tm.add(tg.DataStore("Food store inventory", stores={stock}))

with tm.boundary("Veterinary records vendor", trust=tg.Trust.PARTNER):
    # Hosted zoo animal records system; the vets' system of record for diets.
    vet_system = tm.add(
        tg.ExternalService("Veterinary records system", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment()},
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The supplier's web ordering portal for animal food.
    supplier = tm.add(tg.ExternalService("Food supplier ordering portal"))

# ---------------------------------------------------------------- flows
tm.flow(keeper, app, request, protocol="https")
tm.flow(app, keeper, reply, protocol="https")
tm.flow(app, agent, request)
tm.flow(agent, app, reply)

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(vet, vet_system, vet_records, diets, protocol="https")
tm.flow(agent, diet_tool, diet_query)
tm.flow(diet_tool, vet_system, diet_query, protocol="https")
tm.flow(vet_system, diet_tool, diets, protocol="https")
tm.flow(diet_tool, agent, diets)

tm.flow(agent, stock_tool, stock_query)
tm.flow(stock_tool, inventory, stock_query)
tm.flow(inventory, stock_tool, stock)
tm.flow(stock_tool, agent, stock)

tm.flow(agent, schedule_tool, schedule_update)
tm.flow(schedule_tool, schedule_store, schedule)
tm.flow(schedule_store, schedule_tool, schedule)
tm.flow(schedule_tool, agent, tool_result)
tm.flow(schedule_store, keeper, schedule, protocol="https", label="daily rounds")

tm.flow(agent, order_tool, order)
tm.flow(head_keeper, order_tool, order_approval, protocol="https", label="approves order")
tm.flow(order_tool, supplier, order, protocol="https")
tm.flow(supplier, order_tool, order_confirmation, protocol="https")
tm.flow(order_tool, agent, order_confirmation)
tm.flow(inventory, head_keeper, stock, protocol="https", label="stock check")
