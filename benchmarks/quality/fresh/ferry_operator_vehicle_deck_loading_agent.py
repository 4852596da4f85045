"""Vehicle deck loading agent: the first design, before any security review.

A ferry operator on North Sea and Baltic routes wants an assistant that drafts the
car-deck loading plan for each sailing. Customers book online with their vehicle's
registration, type, length and height, plus free-text notes (towing, reduced
mobility, dangerous goods). At the port, a check-in clerk confirms each arrival
and the lane weighbridge records its gross and axle weights. About an hour before
boarding, the loading officer asks the planning agent, which runs in the company's
cloud tenant, for a plan: the agent reads the booking list with the weights, the
vessel's deck plan and stowage rules, asks a hosted LLM to lay out lanes, checks
each draft with the class-approved stability calculator and saves the draft. The
officer reviews and approves it in the loading console (company SSO), and only the
approved plan reaches the lane marshals' handhelds. The LLM is called over TLS;
the reservation database is encrypted at rest with role-based access.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry vehicle deck loading agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent drafting car-deck loading plans from bookings and weighbridge "
    "readings, approved by the loading officer before boarding.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Vehicle booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Lead passenger name and phone, registration, vehicle type and size, "
    "dangerous goods declaration and free-text notes (reduced mobility, towing).",
)
booking_list = tg.Data(
    "Sailing booking list with weights",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
check_in = tg.Data("Check-in confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
weights = tg.Data(
    "Weighbridge readings",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Gross and per-axle weight of each vehicle on the check-in lane scale.",
)
checked_in_weights = tg.Data(
    "Checked-in vehicle weights", kind="records", sensitivity=tg.Sensitivity.PII
)
deck_rules = tg.Data(
    "Deck plan and stowage rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Lane lengths, clearances, deck axle limits, dangerous goods segregation.",
)
planning_request = tg.Data("Planning request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, stowage rules and the booking list with weights and notes.",
)
completion = tg.Data("Proposed lane layout", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("Booking lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
stability_result = tg.Data(
    "Stability and trim result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
draft_plan = tg.Data(
    "Draft loading plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
approved_plan = tg.Data(
    "Approved loading plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
lane_assignments = tg.Data("Lane assignments", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Travellers book crossings and describe their vehicles themselves.
    customer = tm.add(tg.Actor("Customer", role="traveller"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model that proposes the lane layout.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Vendor-hosted chat model behind an API key.",
        )
    )

with tm.boundary("Company cloud tenant", trust=tg.Trust.INTERNAL):
    # Public booking site where the vehicle details are entered.
    website = tm.add(
        tg.Endpoint(
            "Booking website",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="form checks on vehicle length and height"),
            },
        )
    )
    # System of record for bookings; also holds check-in status and weights.
    reservations = tm.add(
        tg.DataStore(
            "Reservation database",
            stores={booking, checked_in_weights},
            controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
        )
    )
    # The LLM agent that drafts the plan for one sailing at the officer's request.
    agent = tm.add(
        tg.Agent(
            "Loading planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Reads the sailing's bookings and the deck rules, asks the LLM for "
            "a lane layout, checks it with the stability calculator and saves a draft.",
            controls={
                c.HumanInTheLoop(approver="the loading officer of the sailing"),
                c.AuditLogging(),
            },
        )
    )
    # Read-only query of the booking list for one sailing.
    lookup_tool = tm.add(
        tg.Tool("Booking lookup tool", capabilities={"read"}, origin="first-party")
    )
    # Wrapper around the class-approved loading computer software.
    stability = tm.add(
        tg.Tool(
            "Stability calculator",
            capabilities={"read"},
            origin="third-party",
            description="Class-approved stability software licensed from the vessel's "
            "loading computer supplier; computes GM, heel, trim and deck loads.",
        )
    )
    # Per-vessel reference data maintained by the marine superintendent.
    rules_store = tm.add(tg.DataStore("Deck plan and stowage rules store", stores={deck_rules}))
    # Lets the agent save its draft; it cannot touch approved plans.
    drafting_tool = tm.add(
        tg.Tool("Plan drafting tool", capabilities={"write"}, origin="first-party")
    )
    # Drafts and approved plans per sailing.
    plan_store = tm.add(tg.DataStore("Loading plan store", stores={draft_plan, approved_plan}))

with tm.boundary("Port terminal network", trust=tg.Trust.INTERNAL):
    # Officer responsible for the vehicle deck; approves the plan before boarding.
    officer = tm.add(tg.Actor("Loading officer", role="ship's officer"))
    # Where the officer starts planning, reviews the draft and approves it.
    console = tm.add(
        tg.Endpoint(
            "Loading officer console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )
    # Booth staff who confirm arrivals against bookings.
    clerk = tm.add(tg.Actor("Check-in clerk", role="port staff"))
    # Joins booth check-ins with weighbridge readings and sends them to the cloud.
    check_in_service = tm.add(
        tg.Service("Check-in lane service", description="Runs on the port's check-in server.")
    )
    # Lane marshals' tablets that show each vehicle its lane.
    handheld = tm.add(tg.Device("Marshal handheld", fleet=True))

    with tm.boundary("Check-in lanes", trust=tg.Trust.INTERNAL):
        # Scale in each check-in lane; the only measured weight the plan gets.
        weighbridge = tm.add(tg.Device("Weighbridge", fleet=True))

# ---------------------------------------------------------------- flows
# Booking
tm.flow(customer, website, booking, protocol="https")
tm.flow(website, customer, booking, protocol="https", label="booking confirmation")
tm.flow(website, reservations, booking)
tm.flow(reservations, website, booking, label="manage booking")

# Check-in at the port
tm.flow(clerk, check_in_service, check_in, label="at the booth terminal")
tm.flow(weighbridge, check_in_service, weights, protocol="modbus")
tm.flow(check_in_service, reservations, checked_in_weights, protocol="https")

# Planning
tm.flow(officer, console, planning_request, protocol="https")
tm.flow(console, agent, planning_request, protocol="https")
tm.flow(agent, lookup_tool, tool_call)
tm.flow(reservations, lookup_tool, booking_list)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(rules_store, agent, deck_rules, label="rules for the vessel")
tm.flow(
    agent, llm, llm_prompt, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.2")}
)
tm.flow(
    llm, agent, completion, protocol="https", controls={c.EncryptionInTransit(protocol="TLS 1.2")}
)
tm.flow(agent, stability, tool_call, label="proposed stowage")
tm.flow(rules_store, stability, deck_rules)
tm.flow(stability, agent, stability_result)
tm.flow(agent, drafting_tool, tool_call, label="save draft")
tm.flow(drafting_tool, plan_store, draft_plan)

# Review, approval and publication
tm.flow(plan_store, console, draft_plan, protocol="https")
tm.flow(console, officer, draft_plan, protocol="https")
tm.flow(officer, console, approved_plan, protocol="https", label="approves plan")
tm.flow(console, plan_store, approved_plan, protocol="https")
tm.flow(plan_store, handheld, lane_assignments, protocol="https", label="over port Wi-Fi")
