"""Mobile library van route and stock planner agent: the first design, before any review.

The county library service runs three mobile library vans around villages, schools and
care homes. Each week a planning agent in the council's cloud tenant drafts the next
week's routes and the stock each van should carry. It uses a hosted LLM and four tools:
a lookup of reservations and stock in the library management system (a vendor's SaaS),
a lookup of van positions, mileage and faults on the fleet telematics platform, a route
optimiser that calls a commercial routing API, and a publisher that sends run sheets and
load lists to the drivers' tablets. It also reads borrower requests, which borrowers
send through a web form signed in with card number and PIN, and drivers send from
their tablets. The mobile library manager reviews the draft plan in the planner and
must approve it before anything is published. Controls: that approval, a step limit on
the agent, the vendor review of the LLM provider, Key Vault for the LMS API key,
managed-device certificates for the tablets, TLS on every link and default encryption.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Mobile library van route and stock planner agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM agent that plans mobile library routes and van stock from reservations, "
        "borrower requests and telematics, and publishes run sheets to drivers' tablets."
    ),
)

# ---------------------------------------------------------------- data assets
card_credentials = tg.Data(
    "Library card sign-in credentials",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Library card number and PIN.",
)
borrower_request = tg.Data(
    "Borrower request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text request for a title, a large-print or audio item, or a new stop; "
    "with name, card number and usual stop.",
)
acknowledgement = tg.Data("Request acknowledgement", sensitivity=tg.Sensitivity.PII)
stop_notes = tg.Data(
    "Stop visit notes",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Drivers' notes from each stop: requests made at the counter, access problems.",
)
request_status = tg.Data("Request planning status", kind="records", sensitivity=tg.Sensitivity.PII)
reservations = tg.Data(
    "Reservations and holds",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Borrower, title and collection stop for each hold: reveals reading interests.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
stock = tg.Data("Stock catalogue and availability", kind="records")
borrower_records = tg.Data("Borrower records", kind="records", sensitivity=tg.Sensitivity.PII)
patron_check = tg.Data("Card and PIN check result", kind="records", sensitivity=tg.Sensitivity.PII)
telematics = tg.Data(
    "Van telematics data",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="GPS positions, mileage, fuel and fault codes; identifies the driver on shift.",
)
planning_request = tg.Data("Weekly planning request", kind="prompt")
draft_plan = tg.Data(
    "Draft weekly plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed routes, stop times and load lists with named holds per stop.",
)
plan_approval = tg.Data("Plan approval", kind="records")
prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, tool results, requests and reservations for the week.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Lookup tool call", kind="tool-call")
route_call = tg.Data("Stop list and constraints", kind="tool-call")
route_result = tg.Data("Optimised routes", kind="tool-result")
publish_call = tg.Data("Publish run sheet call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
publish_result = tg.Data("Publish confirmation", kind="tool-result")
run_sheet = tg.Data(
    "Run sheet and load list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each van's stops and times, the stock to load and the holds to hand over by name.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Library members who ask for titles or stops online.
    borrower = tm.add(tg.Actor("Borrower", role="library member"))

with tm.boundary("Council cloud tenant", trust=tg.Trust.INTERNAL):
    # Receives requests from the library website form and from the van tablets.
    intake = tm.add(
        tg.Endpoint(
            "Borrower request intake API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="library card number and PIN for borrowers; "
                    "Intune device certificate for van tablets"
                )
            },
        )
    )
    # Open requests waiting to be planned.
    requests_db = tm.add(
        tg.DataStore(
            "Borrower requests store",
            stores={borrower_request, stop_notes, request_status},
            controls={c.EncryptionAtRest(key_management="Azure platform-managed keys")},
        )
    )
    # The planner itself: an LLM agent the manager starts each week.
    agent = tm.add(
        tg.Agent(
            "Route and stock planner agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Drafts next week's routes and van stock, then publishes once approved.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Reads holds, borrower details and stock from the LMS.
    lms_tool = tm.add(
        tg.Tool(
            "Reservation and stock lookup tool",
            capabilities={"read"},
            controls={c.SecretsManagement(note="LMS API key held in Azure Key Vault")},
        )
    )
    # Reads where the vans are and whether any is off the road.
    telematics_tool = tm.add(tg.Tool("Telematics lookup tool", capabilities={"read"}))
    # Orders stops and times; calls the routing provider.
    route_tool = tm.add(tg.Tool("Route optimiser tool", capabilities={"read", "network-egress"}))
    # Sends the approved run sheets and load lists to the tablets.
    publisher = tm.add(
        tg.Tool(
            "Run sheet publisher tool",
            capabilities={"write", "send-messages"},
            controls={
                c.HumanInTheLoop(
                    approver="the mobile library manager approves the weekly plan before publishing"
                )
            },
        )
    )

with tm.boundary("Library HQ", trust=tg.Trust.INTERNAL):
    # Runs the mobile service; starts the planner and approves its plan.
    manager = tm.add(tg.Actor("Mobile library manager", role="service manager"))

with tm.boundary("Mobile library vans", trust=tg.Trust.INTERNAL):
    # Council-managed tablet in each van cab.
    tablet = tm.add(
        tg.Device(
            "Van driver tablet",
            description="Intune-managed Android tablet on 4G.",
        )
    )
    # Drives the van, loads stock and serves borrowers at each stop.
    driver = tm.add(tg.Actor("Van driver", role="driver and library assistant"))

with tm.boundary("LMS vendor cloud", trust=tg.Trust.PARTNER):
    # The library management system: system of record for borrowers, holds and stock.
    lms = tm.add(
        tg.DataStore(
            "Library management system",
            stores={reservations, stock, borrower_records},
            controls={c.EncryptionAtRest(key_management="vendor managed")},
        )
    )

with tm.boundary("Telematics vendor", trust=tg.Trust.PARTNER):
    # Fleet tracking platform fed by the boxes fitted in the vans.
    telematics_platform = tm.add(
        tg.ExternalService("Fleet telematics platform", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Routing provider", trust=tg.Trust.PARTNER):
    # Commercial road routing and travel-time matrix API.
    routing_api = tm.add(tg.ExternalService("Routing API"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted general-purpose model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="council procurement review and DPA")},
        )
    )

# ---------------------------------------------------------------- flows
# requests in
tm.flow(borrower, intake, card_credentials, borrower_request, protocol="https")
tm.flow(intake, lms, card_credentials, protocol="https", label="patron PIN check")
tm.flow(lms, intake, patron_check, protocol="https")
tm.flow(intake, borrower, acknowledgement, protocol="https")
tm.flow(driver, tablet, stop_notes, label="typed on the tablet")
tm.flow(tablet, intake, stop_notes, protocol="https")
tm.flow(intake, requests_db, borrower_request, stop_notes)

# planning
tm.flow(manager, agent, planning_request, protocol="https")
tm.flow(requests_db, agent, borrower_request, stop_notes, label="open requests")
tm.flow(agent, requests_db, request_status)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lms_tool, lookup_call)
tm.flow(lms_tool, agent, reservations, stock)
tm.flow(lms_tool, lms, lookup_call, protocol="https")
tm.flow(lms, lms_tool, reservations, stock, protocol="https")

tm.flow(agent, telematics_tool, lookup_call)
tm.flow(telematics_tool, agent, telematics)
tm.flow(telematics_tool, telematics_platform, lookup_call, protocol="https")
tm.flow(telematics_platform, telematics_tool, telematics, protocol="https")

tm.flow(agent, route_tool, route_call)
tm.flow(route_tool, agent, route_result)
tm.flow(route_tool, routing_api, route_call, protocol="https")
tm.flow(routing_api, route_tool, route_result, protocol="https")

# review and publishing
tm.flow(agent, manager, draft_plan, protocol="https")
tm.flow(manager, agent, plan_approval, protocol="https")
tm.flow(agent, publisher, publish_call)
tm.flow(publisher, agent, publish_result)
tm.flow(publisher, tablet, run_sheet, protocol="https")
tm.flow(tablet, driver, run_sheet, label="shown on the tablet")
