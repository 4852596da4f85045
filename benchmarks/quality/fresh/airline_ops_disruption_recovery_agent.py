"""Airline operations disruption recovery agent: the first design, before any security review.

When flights are disrupted (a technical AOG, a crew member calling in sick, an ATC
slot restriction, weather), duty managers in the Operations Control Centre (OCC)
open the recovery console and ask an LLM agent for a recovery plan. The agent reads
the disruption events, the flight schedule and tail assignments, the crew rosters
and the affected passenger bookings, and proposes aircraft swaps, crew reassignments
and passenger rebookings. A hosted LLM from a vendor does the reasoning. Nothing is
written until the duty manager approves the plan; the agent then applies it through
three tools: the tail-swap tool in the flight operations system, the crew tool in
the rostering system (whose legality checks reject assignments breaching flight-time
limits), and the rebooking tool in the outsourced passenger reservation system,
which also notifies the passengers. The console uses corporate SSO with MFA and is
only reachable on the OCC network; plans and approvals are kept in an audit trail.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Airline ops disruption recovery agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent proposing aircraft swaps, crew reassignments and passenger "
    "rebookings for OCC duty managers to approve.",
)

# ---------------------------------------------------------------- data assets
disruption_events = tg.Data(
    "Disruption events",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Delay and cancellation messages, AOG reports, ATC slot changes and weather.",
)
recovery_request = tg.Data(
    "Recovery request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The duty manager's question: which flights, which constraints to respect.",
)
schedule = tg.Data(
    "Flight schedule and tail assignments",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
crew_rosters = tg.Data(
    "Crew rosters",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Names, qualifications, duty and rest times of pilots and cabin crew.",
)
bookings = tg.Data(
    "Passenger bookings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="PNRs of affected passengers: names, contact details, itineraries, connections.",
)
llm_prompt = tg.Data(
    "Prompt with ops context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, and the schedule, crew and booking extracts.",
)
llm_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
recovery_plan = tg.Data(
    "Proposed recovery plan",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Tail swaps, crew changes and rebookings, with the agent's rationale.",
)
plan_approval = tg.Data("Plan approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
swap_call = tg.Data(
    "Aircraft swap request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
swap_result = tg.Data(
    "Aircraft swap result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
crew_call = tg.Data("Crew reassignment request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
crew_result = tg.Data(
    "Crew reassignment result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
rebook_call = tg.Data("Rebooking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
rebook_result = tg.Data("Rebooking result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
audit_trail = tg.Data(
    "Recovery audit trail",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Every plan proposed, who approved it, and each tool call made.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("ATC and weather providers", trust=tg.Trust.PARTNER):
    # Eurocontrol slot messages and the met office feed: why flights are disrupted.
    ops_feed = tm.add(
        tg.DataSource(
            "ATC slot and weather feed",
            origin=tg.Origin.PARTNER,
            provides={disruption_events},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The reasoning model; the airline does not host one.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Reservation system provider", trust=tg.Trust.PARTNER):
    # The outsourced passenger service system holding every PNR; it e-mails and texts
    # passengers when a booking changes.
    pss = tm.add(
        tg.ExternalService(
            "Passenger reservation system",
            description="Hosted PSS; rebookings go through its booking API.",
        )
    )

with tm.boundary("OCC network", trust=tg.Trust.INTERNAL):
    # The person accountable for the recovery: approves or rejects each plan.
    duty_manager = tm.add(tg.Actor("Duty manager", role="OCC duty manager"))

with tm.boundary("Ops platform", trust=tg.Trust.INTERNAL):
    # Web console where duty managers ask for, read and approve plans.
    console = tm.add(
        tg.Endpoint(
            "Recovery console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="corporate SSO (OIDC) with MFA"),
                c.RBAC(note="only the duty manager role can approve plans"),
            },
        )
    )
    # The LLM agent that builds the plan and, once approved, applies it.
    agent = tm.add(
        tg.Agent(
            "Disruption recovery agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the OCC duty manager, for every plan"),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Reads and changes which aircraft (tail) flies which flight.
    swap_tool = tm.add(tg.Tool("Aircraft swap tool", capabilities={"read", "write"}))
    # Reads rosters and moves crew between pairings.
    crew_tool = tm.add(
        tg.Tool(
            "Crew reassignment tool",
            capabilities={"read", "write"},
            controls={
                c.PolicyEnforcement(
                    rules="the rostering system rejects assignments breaching flight-time "
                    "limitations, rest rules or crew qualifications"
                )
            },
        )
    )
    # Looks up affected PNRs and rebooks passengers on other flights.
    rebook_tool = tm.add(
        tg.Tool("Passenger rebooking tool", capabilities={"read", "write", "send-messages"})
    )
    # Keeps what was proposed, approved and done, for the post-event review.
    plan_store = tm.add(
        tg.DataStore(
            "Recovery plan store",
            stores={recovery_plan, audit_trail},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

    with tm.boundary("Core ops systems", trust=tg.Trust.RESTRICTED):
        # System of record for the schedule and tail assignments.
        flight_ops = tm.add(tg.DataStore("Flight operations system", stores={schedule}))
        # System of record for crew pairings and rosters.
        rostering = tm.add(tg.DataStore("Crew rostering system", stores={crew_rosters}))

# ---------------------------------------------------------------- flows
tm.flow(ops_feed, agent, disruption_events, protocol="https", label="event subscription")

tm.flow(duty_manager, console, recovery_request, protocol="https")
tm.flow(console, agent, recovery_request)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")
tm.flow(agent, console, recovery_plan)
tm.flow(console, duty_manager, recovery_plan, protocol="https")
tm.flow(duty_manager, console, plan_approval, protocol="https", label="approve or reject")
tm.flow(console, agent, plan_approval)
tm.flow(agent, plan_store, recovery_plan, audit_trail)

tm.flow(agent, swap_tool, swap_call)
tm.flow(swap_tool, agent, swap_result)
tm.flow(swap_tool, flight_ops, schedule, protocol="https", label="tail assignment update")
tm.flow(flight_ops, swap_tool, schedule, protocol="https")

tm.flow(agent, crew_tool, crew_call)
tm.flow(crew_tool, agent, crew_result)
tm.flow(crew_tool, rostering, crew_rosters, protocol="https", label="pairing change")
tm.flow(rostering, crew_tool, crew_rosters, protocol="https")

tm.flow(agent, rebook_tool, rebook_call)
tm.flow(rebook_tool, agent, rebook_result)
tm.flow(rebook_tool, pss, bookings, protocol="https", label="rebook and notify")
tm.flow(pss, rebook_tool, bookings, protocol="https")
