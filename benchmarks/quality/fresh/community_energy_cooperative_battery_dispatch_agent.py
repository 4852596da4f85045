"""Community energy cooperative: battery dispatch agent (first design).

The cooperative owns a 1 MWh battery at the village substation. An LLM agent,
run every half hour in the cooperative's cloud account, reads day-ahead price
and weather forecasts and the battery's state of charge, then bids flexibility
into the grid operator's market and sets charge schedules through the battery
vendor's cloud API. The board sets the dispatch limits (reserve for local use,
daily cycles, largest bid) in the cooperative portal; the agent is given them
in its instructions. The vendor's battery management system keeps the cells
within their own charge and power limits, and a board member can pause the
agent from the portal. Every bid and schedule goes to a dispatch ledger, from
which a monthly job works out each member's savings. Members and board members
sign in to the portal with e-mail and password; board members have an admin
role. Members are UK residents, so their records are personal data.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Community battery dispatch agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that bids a cooperative's shared battery into the grid "
        "operator's flexibility market and schedules it through the vendor's cloud."
    ),
)

# ---------------------------------------------------------------- data assets
forecast = tg.Data(
    "Price and weather forecast",
    kind="records",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Day-ahead wholesale prices and local solar and wind forecast.",
)
limits = tg.Data(
    "Board dispatch limits",
    kind="instructions",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Minimum reserve kept for members, cycles per day, largest bid in MW.",
)
prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
bid_call = tg.Data("Bid tool call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL)
bid_result = tg.Data("Bid tool result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL)
schedule_call = tg.Data("Schedule tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
schedule_result = tg.Data(
    "Schedule tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
bids = tg.Data(
    "Flexibility bids",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
market_results = tg.Data(
    "Accepted bids and dispatch instructions",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
schedule = tg.Data(
    "Charge schedule",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
telemetry = tg.Data(
    "Battery telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="State of charge, power, cell temperatures and alarms.",
)
ledger_entries = tg.Data(
    "Dispatch ledger entries",
    kind="logs",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Each bid, acceptance, schedule and the agent's stated reason.",
)
member_records = tg.Data(
    "Member records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Names, addresses, e-mail, shareholding and bank details for dividends.",
)
savings = tg.Data("Member savings statement", kind="records", sensitivity=tg.Sensitivity.PII)
member_request = tg.Data("Portal request", kind="records", sensitivity=tg.Sensitivity.PII)
pause = tg.Data("Agent pause command", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Cooperative members checking their savings.
    member = tm.add(tg.Actor("Cooperative member", role="member"))
    # Volunteer board members who set the dispatch limits.
    board = tm.add(tg.Actor("Board member", role="board member", privileged=True))
    # Public price and weather forecasts the agent plans from.
    forecasts = tm.add(
        tg.ExternalService("Forecast data provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Grid operator", trust=tg.Trust.PARTNER):
    # The distribution operator's local flexibility market.
    market = tm.add(tg.ExternalService("Flexibility market platform"))

with tm.boundary("Battery vendor", trust=tg.Trust.PARTNER):
    # The vendor's fleet cloud: the only way to command the battery.
    vendor_cloud = tm.add(tg.ExternalService("Battery vendor cloud API"))

with tm.boundary("Battery site", trust=tg.Trust.PARTNER):
    # The shared battery and inverter at the substation, managed by the vendor.
    battery = tm.add(
        tg.Device(
            "Shared battery system",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="vendor battery management system holds charge between 10% "
                    "and 90% and power within the inverter rating"
                )
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that does the agent's reasoning.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Cooperative cloud account", trust=tg.Trust.INTERNAL):
    # Plans bids and schedules every half hour without a person in the loop.
    agent = tm.add(
        tg.Agent(
            "Battery dispatch agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=20, note="board can pause the agent from the portal")
            },
        )
    )
    # Submits and withdraws bids on the flexibility market.
    bid_tool = tm.add(
        tg.Tool("Market bidding tool", capabilities={"read", "write", "network-egress"})
    )
    # Sets the battery's charge schedule through the vendor's API.
    schedule_tool = tm.add(
        tg.Tool("Battery schedule tool", capabilities={"read", "write", "network-egress"})
    )
    # Where the board's current limits are kept.
    limits_store = tm.add(tg.DataStore("Dispatch limits settings", stores={limits}))
    # Record of every bid, acceptance and schedule.
    ledger = tm.add(
        tg.DataStore(
            "Dispatch ledger",
            stores={ledger_entries},
            controls={c.AuditLogging()},
        )
    )
    # Works out each member's share of the savings once a month.
    savings_job = tm.add(tg.Service("Monthly savings job"))
    # Member register and savings statements.
    member_db = tm.add(
        tg.DataStore(
            "Member database",
            stores={member_records, savings},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # The members' savings page and the board's admin pages.
    portal = tm.add(
        tg.Endpoint(
            "Cooperative portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Members see only their own savings; board members edit limits.",
            controls={c.Authentication(method="e-mail and password"), c.RBAC()},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(forecasts, agent, forecast, protocol="https")
tm.flow(limits_store, agent, limits)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, bid_tool, bid_call)
tm.flow(bid_tool, agent, bid_result)
tm.flow(bid_tool, market, bids, protocol="https")
tm.flow(market, bid_tool, market_results, protocol="https")

tm.flow(agent, schedule_tool, schedule_call)
tm.flow(schedule_tool, agent, schedule_result)
tm.flow(schedule_tool, vendor_cloud, schedule, protocol="https")
tm.flow(vendor_cloud, schedule_tool, telemetry, protocol="https")
tm.flow(vendor_cloud, battery, schedule, protocol="mqtts")
tm.flow(battery, vendor_cloud, telemetry, protocol="mqtts")

tm.flow(agent, ledger, ledger_entries)
tm.flow(ledger, savings_job, ledger_entries, label="monthly")
tm.flow(member_db, savings_job, member_records)
tm.flow(savings_job, member_db, savings)

tm.flow(member, portal, member_request, protocol="https")
tm.flow(member_db, portal, savings, member_records)
tm.flow(portal, member, savings, protocol="https")
tm.flow(board, portal, limits, pause, protocol="https")
tm.flow(portal, limits_store, limits)
tm.flow(portal, agent, pause)
tm.flow(ledger, portal, ledger_entries)
tm.flow(portal, board, ledger_entries, limits, protocol="https")
