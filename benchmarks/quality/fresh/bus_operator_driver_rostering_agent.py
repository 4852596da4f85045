"""Driver rostering agent for a regional bus operator: the first design.

Every week an LLM agent drafts the driver roster for each depot. It reads the
timetable's duties from the scheduling system, drivers' availability and leave
requests from the HR system, and checks its draft against legal driving-hour
limits and the union agreement through a rules-check tool. The draft goes to
the depot manager, who approves it in a review console; only then is it
published to the drivers' phone app. Drivers ask for shift swaps in the app and
the agent approves a swap on its own when the rules check passes.
The agent and its tools run in the operator's cloud tenant; the LLM is a vendor
API. Drivers sign in to the app with the company SSO; the depot manager
approves each weekly roster; traffic is HTTPS; the HR tool has a read-only
account. Driver data is personal data under GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Bus driver rostering agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts weekly driver rosters and handles shift swaps.",
)

# ---------------------------------------------------------------- data assets
timetable = tg.Data(
    "Timetable duties",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
    description="Blocks and duties per depot for the coming week.",
)
availability = tg.Data(
    "Driver availability and leave",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Contracted hours, availability, approved and pending leave, licence categories.",
)
rules = tg.Data(
    "Driving-hour limits and union rules",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
prompt = tg.Data("Rostering prompt", sensitivity=tg.Sensitivity.PII, kind="prompt")
completion = tg.Data("LLM completion", sensitivity=tg.Sensitivity.PII, kind="model-output")
hr_query = tg.Data("HR lookup request", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-call")
rule_check_request = tg.Data("Rule check request", sensitivity=tg.Sensitivity.PII, kind="tool-call")
rule_check_result = tg.Data("Rule check result", sensitivity=tg.Sensitivity.PII, kind="tool-result")
draft_roster = tg.Data(
    "Draft roster",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
roster_approval = tg.Data("Roster approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
published_shifts = tg.Data(
    "Published shifts",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
swap_request = tg.Data("Shift swap request", sensitivity=tg.Sensitivity.PII, kind="records")
swap_call = tg.Data("Swap update call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
swap_decision = tg.Data("Swap decision", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Bus drivers, on their own or company phones, anywhere.
    driver = tm.add(tg.Actor("Bus driver", role="driver"))
    # The driver app: shows shifts and takes swap requests.
    phone_app = tm.add(
        tg.Device("Driver phone app", description="iOS and Android app for drivers' rosters.")
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reasons about the roster.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Operator cloud tenant", trust=tg.Trust.INTERNAL):
    # API behind the driver app: shifts out, swap requests in.
    app_backend = tm.add(
        tg.Endpoint(
            "Driver app backend",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )
    # The LLM agent that drafts rosters and decides swaps.
    agent = tm.add(
        tg.Agent(
            "Rostering agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Drafts the weekly roster; approves shift swaps itself when rules allow.",
        )
    )
    # Reads availability and leave from the HR system for the agent.
    hr_tool = tm.add(
        tg.Tool(
            "HR lookup tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only HR service account")},
        )
    )
    # Deterministic checker of driving hours, rest breaks and union rules.
    rules_tool = tm.add(tg.Tool("Rules check tool", capabilities={"read"}))
    # The encoded legal limits and union agreement the checker applies.
    rules_store = tm.add(tg.DataStore("Rules store", stores={rules}))
    # Draft and published rosters, and the swap history.
    roster_store = tm.add(
        tg.DataStore(
            "Roster store",
            stores={draft_roster, published_shifts, swap_decision},
            controls={c.AuditLogging()},
        )
    )
    # Where the depot manager reviews and approves each weekly draft.
    console = tm.add(
        tg.Endpoint(
            "Roster review console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)"), c.RBAC()},
        )
    )
    # Pushes an approved weekly roster to the driver app.
    publish_tool = tm.add(
        tg.Tool(
            "Roster publishing tool",
            capabilities={"write", "send-messages"},
            controls={c.HumanInTheLoop(approver="depot manager")},
        )
    )
    # Applies a swap the agent approved to the roster and notifies the drivers.
    swap_tool = tm.add(tg.Tool("Shift swap tool", capabilities={"write", "send-messages"}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Approves each weekly roster for a depot.
    depot_manager = tm.add(tg.Actor("Depot manager", role="manager"))
    # System of record for drivers' contracts, availability and leave.
    hr_system = tm.add(tg.DataSource("HR system", provides={availability}))
    # Scheduling system that holds the timetable and the duties to cover.
    timetable_system = tm.add(tg.DataSource("Timetable scheduling system", provides={timetable}))

# ---------------------------------------------------------------- flows
# weekly drafting
tm.flow(timetable_system, agent, timetable, protocol="https")
tm.flow(agent, hr_tool, hr_query)
tm.flow(hr_tool, hr_system, hr_query, protocol="https")
tm.flow(hr_system, hr_tool, availability, protocol="https")
tm.flow(hr_tool, agent, availability)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, rules_tool, rule_check_request)
tm.flow(rules_store, rules_tool, rules)
tm.flow(rules_tool, agent, rule_check_result)
tm.flow(agent, roster_store, draft_roster, label="weekly draft")

# approval and publishing
tm.flow(roster_store, console, draft_roster)
tm.flow(console, depot_manager, draft_roster, protocol="https")
tm.flow(depot_manager, console, roster_approval, protocol="https")
tm.flow(console, publish_tool, roster_approval)
tm.flow(roster_store, publish_tool, draft_roster)
tm.flow(publish_tool, roster_store, published_shifts)
tm.flow(publish_tool, app_backend, published_shifts)
tm.flow(app_backend, phone_app, published_shifts, swap_decision, protocol="https")
tm.flow(phone_app, driver, published_shifts, swap_decision)

# shift swaps
tm.flow(driver, phone_app, swap_request)
tm.flow(phone_app, app_backend, swap_request, protocol="https")
tm.flow(app_backend, agent, swap_request)
tm.flow(roster_store, agent, published_shifts, label="current roster")
tm.flow(agent, swap_tool, swap_call)
tm.flow(swap_tool, roster_store, swap_decision, published_shifts)
tm.flow(swap_tool, app_backend, swap_decision)
