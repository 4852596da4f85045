"""Mobile library route and stock agent: the first design, before any security review.

The county library service runs one mobile library van that visits about 60
village stops on a fortnightly cycle. Each week the mobile library manager asks
an LLM agent, from a planning web app on the council network, to draft next
week's route, stop times and van stock. The agent reads borrowers' reservations
for mobile stops, stop usage and stock availability from the hosted library
management system through a read-only lookup tool, asks a mapping provider for
drive times, and saves a draft plan. The manager reviews, edits and approves it
in the app; only then is the timetable published on the council website and the
route sheet and pick list printed for the van crew. The van's issue laptop syncs
its loans and stop visitor tallies to the library management system over 4G.
Controls: council single sign-on with MFA, the manager's approval, a read-only
tool account, keys in the council key vault and a vetted LLM supplier.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile library route and stock agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "An LLM agent drafts the mobile library van's weekly route and stock from "
        "reservations and stop usage; the mobile library manager approves."
    ),
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Weekly planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Week, van availability, stops to add or skip, manager's notes.",
)
reservations = tg.Data(
    "Borrower reservations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Borrower name, card number, reserved title and chosen mobile stop.",
)
usage = tg.Data(
    "Stop usage statistics",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Visitors and loans per stop per visit, over the last year.",
)
stock = tg.Data("Stock availability", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
van_loans = tg.Data(
    "Van loans and stop tallies",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Offline issues and returns made on the van, and visitor counts per stop.",
)
holds_list = tg.Data(
    "Reservations to hand over",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Items on the van waiting for named borrowers at each stop.",
)
lookup_call = tg.Data("LMS lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("LMS lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
route_call = tg.Data("Drive time query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
route_query = tg.Data(
    "Stop locations",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Postcodes of village stops and the depot.",
)
drive_times = tg.Data("Drive times", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request and the tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
plan_call = tg.Data("Save draft plan call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
draft_plan = tg.Data(
    "Draft route and stock plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Stop order and times, stock by category, and reserved items per stop.",
)
approval = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
timetable = tg.Data("Published van timetable", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
route_sheet = tg.Data(
    "Route sheet and pick list",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Driving order, stop times, stock to load and reservations to hand over.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Council network", trust=tg.Trust.INTERNAL):
    # The person who owns the van's timetable and signs off each week's plan.
    manager = tm.add(tg.Actor("Mobile library manager", role="manager"))
    # Where the manager starts a planning run, reviews the draft and approves it.
    app = tm.add(
        tg.Service(
            "Planning and approval app",
            description="Council-hosted web app; publishes and prints only approved plans.",
            controls={c.Authentication(method="council Entra ID single sign-on with MFA")},
        )
    )
    # The LLM agent that works out the route and stock from the data it looks up.
    agent = tm.add(
        tg.Agent(
            "Route and stock planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="mobile library manager"),
                c.SecretsManagement(note="LMS API key and LLM key in the council key vault"),
            },
        )
    )
    # Gives the agent reservations, stop usage and stock from the LMS.
    lms_tool = tm.add(
        tg.Tool(
            "LMS lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only LMS reporting API account")},
        )
    )
    # Asks the mapping provider for drive times between stops.
    routing_tool = tm.add(tg.Tool("Drive time tool", capabilities={"read", "network-egress"}))
    # The only way the agent records its output: a draft, never a published plan.
    plan_tool = tm.add(tg.Tool("Draft plan writer", capabilities={"write"}))
    # Holds drafts and approved plans, with their approval status.
    plan_store = tm.add(tg.DataStore("Plan store", stores={draft_plan, approval}))

with tm.boundary("Council web hosting", trust=tg.Trust.INTERNAL):
    # The public mobile library page residents check for stop times.
    website = tm.add(tg.Service("Council website", internet_facing=True))

with tm.boundary("LMS vendor hosting", trust=tg.Trust.PARTNER):
    # The library management system: borrowers, loans, reservations and stock.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={reservations, usage, stock, van_loans},
            description="Hosted by the LMS vendor for the county.",
        )
    )

with tm.boundary("LLM provider", trust=tg.Trust.PARTNER):
    # The language model behind the agent, under the council's enterprise contract.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="contract: no training on council data, UK region")
            },
        )
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Commercial routing API used for drive times on rural roads.
    maps = tm.add(tg.ExternalService("Routing API", provides=tg.ExternalCategory.DATA_PROVIDER))

with tm.boundary("Mobile library van", trust=tg.Trust.INTERNAL):
    # The van's laptop running the LMS offline circulation client.
    laptop = tm.add(tg.Device("Van issue laptop", fleet=False))
    # Driver and library assistant who run the stops.
    crew = tm.add(tg.Actor("Van crew", role="library staff"))

# ---------------------------------------------------------------- flows
tm.flow(manager, app, request, approval, protocol="https")
tm.flow(app, manager, draft_plan, protocol="https")
tm.flow(app, agent, request)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lms_tool, lookup_call)
tm.flow(lms_tool, agent, lookup_result)
tm.flow(lms_tool, lms, lookup_call, protocol="https")
tm.flow(lms, lms_tool, reservations, usage, stock, protocol="https")

tm.flow(agent, routing_tool, route_call)
tm.flow(routing_tool, agent, drive_times)
tm.flow(routing_tool, maps, route_query, protocol="https")
tm.flow(maps, routing_tool, drive_times, protocol="https")

tm.flow(agent, plan_tool, plan_call)
tm.flow(plan_tool, plan_store, draft_plan)
tm.flow(plan_store, app, draft_plan)
tm.flow(app, plan_store, approval, draft_plan, label="manager's edits and approval")

tm.flow(app, website, timetable, protocol="https", label="approved plans only")
tm.flow(app, crew, route_sheet, label="printed at the depot")

tm.flow(laptop, lms, van_loans, protocol="https", label="sync over 4G")
tm.flow(lms, laptop, holds_list, protocol="https", label="sync over 4G")
tm.flow(crew, laptop, van_loans, label="issues and returns at the stop")
tm.flow(laptop, crew, holds_list)
