"""School district bus route planning agent: the first design, before any security review.

A US school district's transport coordinator asks an LLM agent, in plain language, to
plan or revise bus routes for the term. The agent runs in the district's cloud tenant
and calls a hosted LLM (the vendor signed the district's student data privacy
agreement). Through a read-only lookup tool it reads enrolment addresses and
special-needs transport requirements (wheelchair lift, aide, door-to-door pick-up)
from the vendor-hosted student information system, and the transport requests that
parents submit through the parent portal. A route solver tool geocodes addresses and
gets travel times from a mapping API, then optimises routes and stop times; drafts are
kept in a route plan store. A publish tool, which runs only after the coordinator
approves a plan, posts each child's stop and times to the parent portal, pushes route
manifests to the district's bus tablets, and texts or e-mails parents whose stop changed.
Parents sign in to the portal with an e-mail and password; drivers with a personal PIN.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "School district bus route planning agent",
    profile=tg.RiskProfile.HIGH,
    description="LLM agent that plans school bus routes and stop times and publishes "
    "them to parents and drivers.",
)

# ---------------------------------------------------------------- data assets
planning_request = tg.Data(
    "Coordinator planning request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL
)
plan_summary = tg.Data("Draft plan summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt with student context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the coordinator's request, tool results and student details.",
)
completion = tg.Data("LLM completion and tool calls", kind="model-output", sensitivity="pii")
lookup_call = tg.Data("Student transport lookup call", kind="tool-call", sensitivity="pii")
enrolment = tg.Data(
    "Enrolment addresses",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Student name, grade, school and home address.",
)
needs = tg.Data(
    "Special-needs transport requirements",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="From IEPs and 504 plans: lift bus, aide on board, door-to-door, ride time limits.",
)
parent_request = tg.Data(
    "Parent transport request",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="A form with the child, the request type and a free-text note.",
)
solver_call = tg.Data("Rider locations and constraints", kind="tool-call", sensitivity="pii")
solver_result = tg.Data("Optimised route plan", kind="tool-result", sensitivity="pii")
addresses = tg.Data("Addresses to geocode", kind="records", sensitivity="pii")
geo = tg.Data("Geocodes and travel times", kind="records", sensitivity="internal")
draft_routes = tg.Data(
    "Route plans and stop times",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
publish_call = tg.Data("Route publication request", kind="tool-call", sensitivity="pii")
approval = tg.Data("Coordinator plan approval", kind="records", sensitivity="internal")
stop_times = tg.Data("Child's stop and pick-up times", kind="records", sensitivity="pii")
manifest = tg.Data(
    "Route manifest",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Stops, times, riders and their special-needs notes for one bus.",
)
notice = tg.Data("Stop change notice", kind="records", sensitivity="pii")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parents check their child's stop and ask for changes.
    parent = tm.add(tg.Actor("Parent", role="parent"))

with tm.boundary("District office network", trust=tg.Trust.INTERNAL):
    # The person who asks for plans and approves them before anything is published.
    coordinator = tm.add(tg.Actor("Transport coordinator", role="district staff"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that reasons over the request and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="student data privacy agreement signed")},
        )
    )

with tm.boundary("SIS vendor", trust=tg.Trust.PARTNER):
    # The district's system of record for enrolment, hosted by its vendor.
    sis = tm.add(
        tg.DataStore(
            "Student information system",
            stores={enrolment, needs},
            controls={c.RBAC(note="transport role sees transport fields only")},
        )
    )

with tm.boundary("Mapping provider", trust=tg.Trust.PARTNER):
    # Commercial geocoding and road travel-time API.
    maps = tm.add(tg.ExternalService("Mapping API", provides="data-provider"))

with tm.boundary("Messaging provider", trust=tg.Trust.PARTNER):
    # Sends text messages and e-mails to parents.
    messaging = tm.add(tg.ExternalService("SMS and e-mail service"))

with tm.boundary("District cloud tenant", trust=tg.Trust.INTERNAL):
    # The LLM agent that plans routes on the coordinator's request.
    agent = tm.add(
        tg.Agent(
            "Route planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.CircuitBreaker(max_steps=100)},
        )
    )
    # Read-only access to the student and request data the agent plans from.
    lookup = tm.add(
        tg.Tool(
            "Student transport lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only SIS service account")},
        )
    )
    # Vehicle-routing solver (open-source) wrapped as a tool.
    solver = tm.add(tg.Tool("Route solver", capabilities={"read", "network-egress"}))
    # Drafts and published routes.
    route_store = tm.add(
        tg.DataStore(
            "Route plan store",
            stores={draft_routes},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Publishes an approved plan to parents and buses.
    publisher = tm.add(
        tg.Tool(
            "Route publisher",
            capabilities={"write", "send-messages"},
            controls={c.HumanInTheLoop(approver="the transport coordinator")},
        )
    )
    # Where parents' transport requests wait for the next planning run.
    inbox = tm.add(tg.DataStore("Transport request inbox", stores={parent_request}))
    # Parent-facing web portal.
    portal = tm.add(
        tg.Endpoint(
            "Parent portal",
            purpose=tg.EndpointPurpose.API,
            description="Parents see the stops and times of the children linked to their "
            "account and submit transport requests.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("School bus fleet", trust=tg.Trust.INTERNAL):
    # District-managed tablets on each bus, over the cellular network.
    tablets = tm.add(
        tg.Device(
            "Bus driver tablets",
            fleet=True,
            controls={c.Authentication(method="driver's personal PIN")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(coordinator, agent, planning_request, protocol="https")
tm.flow(agent, coordinator, plan_summary, protocol="https")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup, lookup_call)
tm.flow(lookup, agent, enrolment, needs, parent_request)
tm.flow(sis, lookup, enrolment, needs, protocol="https")
tm.flow(inbox, lookup, parent_request)

tm.flow(agent, solver, solver_call)
tm.flow(solver, agent, solver_result)
tm.flow(solver, maps, addresses, protocol="https")
tm.flow(maps, solver, geo, protocol="https")

tm.flow(agent, route_store, draft_routes)
tm.flow(route_store, agent, draft_routes)

tm.flow(agent, publisher, publish_call)
tm.flow(coordinator, publisher, approval, protocol="https")
tm.flow(route_store, publisher, draft_routes)
tm.flow(publisher, route_store, draft_routes, label="marks plan published")
tm.flow(publisher, portal, stop_times)
tm.flow(publisher, tablets, manifest, protocol="https")
tm.flow(publisher, messaging, notice, protocol="https")
tm.flow(messaging, parent, notice, protocol="sms")

tm.flow(parent, portal, parent_request, protocol="https")
tm.flow(portal, parent, stop_times, protocol="https")
tm.flow(portal, inbox, parent_request)
