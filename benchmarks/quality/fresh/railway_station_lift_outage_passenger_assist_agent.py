"""Passenger assist agent for lift outages: the first design, before any security review.

Disabled passengers use an assistant in the train operator's mobile app to book
help at stations and to check step-free routes. They sign in with their
operator account (e-mail and password). An LLM agent in the operator's cloud,
backed by a vendor-hosted model, reads live lift and escalator status from the
stations' asset monitoring system, books assistance staff through the
assistance booking system, and, when a lift on the route is out of service,
rebooks the passenger's tickets onto an accessible route on the ticket
retailing platform. Station staff receive and confirm assistance jobs on their
handhelds. If booked assistance fails, the agent may issue a travel voucher up
to a fixed value. The app API is rate limited, the agent's runs are capped in
steps, passenger profiles are encrypted at rest, and conversations are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Railway passenger assist agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that books station assistance, checks lifts and rebooks step-free journeys.",
)

# ---------------------------------------------------------------- data assets
credentials = tg.Data("Account sign-in credentials", sensitivity="secret", kind="credentials")
session = tg.Data("App session token", sensitivity="secret", kind="credentials")
message = tg.Data(
    "Passenger chat message",
    sensitivity="pii",
    kind="prompt",
    description="Journey, station and the help the passenger needs, in free text.",
)
reply = tg.Data("Assistant reply", sensitivity="pii", kind="model-output")
profile = tg.Data(
    "Passenger profile and assistance needs",
    sensitivity="regulated",
    kind="records",
    description="Name, contact details, mobility aid, disability-related assistance needs, saved journeys.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
llm_prompt = tg.Data(
    "Agent prompt",
    sensitivity="regulated",
    kind="prompt",
    description="System prompt, conversation, passenger profile and tool results.",
)
completion = tg.Data(
    "Model completion and tool calls", sensitivity="regulated", kind="model-output"
)
lift_query = tg.Data("Lift status query", sensitivity="internal", kind="tool-call")
lift_status = tg.Data(
    "Lift and escalator status",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
route_options = tg.Data("Step-free route options", sensitivity="internal", kind="tool-result")
assist_request = tg.Data("Assistance booking request", sensitivity="regulated", kind="tool-call")
assist_result = tg.Data("Assistance booking status", sensitivity="pii", kind="tool-result")
assist_job = tg.Data(
    "Assistance job",
    sensitivity="regulated",
    kind="records",
    description="Passenger name, train, coach, meeting point and type of help needed.",
)
assist_confirmation = tg.Data("Staff assistance confirmation", sensitivity="pii", kind="records")
rebook_request = tg.Data("Ticket rebooking request", sensitivity="pii", kind="tool-call")
tickets = tg.Data(
    "Tickets and reservations",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
voucher_request = tg.Data("Voucher issue request", sensitivity="pii", kind="tool-call")
voucher = tg.Data("Travel voucher", sensitivity="confidential", kind="records")
conversation_log = tg.Data("Conversation and tool-call log", sensitivity="regulated", kind="logs")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust="untrusted"):
    # Disabled passengers using the operator's app on their own phones.
    passenger = tm.add(tg.Actor("Passenger", role="disabled passenger"))

with tm.boundary("LLM vendor", trust="partner"):
    # The language model behind the agent, called over the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin="third-party-api",
            controls={c.Guardrails(note="the vendor's content safety filter")},
        )
    )

with tm.boundary("Ticket retailing partner", trust="partner"):
    # Industry ticket retailing platform: holds the passenger's tickets and e-vouchers.
    retailing = tm.add(
        tg.ExternalService(
            "Ticket retailing platform",
            provides="generic",
            description="Sells, amends and refunds tickets and issues e-vouchers for the operator.",
        )
    )

with tm.boundary("Operator cloud", trust="internal"):
    # Passenger accounts for the app; issues the session the API checks.
    accounts = tm.add(
        tg.Service(
            "Customer account service",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # The app's backend for the assistant; the only part passengers reach.
    api = tm.add(
        tg.Endpoint(
            "Assist API",
            purpose="api",
            controls={
                c.Authentication(method="app session token from the customer account"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent: plans the journey help and calls the tools below on its own.
    agent = tm.add(
        tg.Agent(
            "Passenger assist agent",
            autonomy="autonomous",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads lift and escalator status and works out step-free routes.
    lift_tool = tm.add(tg.Tool("Lift status and step-free route tool", capabilities={"read"}))
    # Books station assistance for a passenger's journey.
    assist_tool = tm.add(tg.Tool("Assistance booking tool", capabilities={"read", "write"}))
    # Moves the passenger's tickets onto an accessible route.
    rebook_tool = tm.add(tg.Tool("Ticket rebooking tool", capabilities={"read", "write"}))
    # Issues a travel voucher when booked assistance did not turn up.
    voucher_tool = tm.add(
        tg.Tool(
            "Travel voucher tool",
            capabilities={"write", "money-movement"},
            controls={c.TransactionLimits(limit="GBP 50 per voucher")},
        )
    )
    # Assistance jobs for every station, dispatched to staff handhelds.
    assist_system = tm.add(tg.Service("Assistance booking system", controls={c.RBAC()}))
    # Passenger profiles with their recorded assistance needs.
    profiles = tm.add(
        tg.DataStore(
            "Passenger profile store",
            stores={profile},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Conversations and tool calls, kept for complaints and support.
    logs = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={conversation_log},
            controls={c.AuditLogging(retention_days=365)},
        )
    )

with tm.boundary("Station operations network", trust="internal"):
    # Existing asset monitoring for lifts and escalators at the stations.
    assets = tm.add(tg.Service("Station asset monitoring system"))

with tm.boundary("Operator staff devices", trust="internal"):
    # Staff who meet and help passengers at the stations.
    staff = tm.add(tg.Actor("Station staff", role="station assistance staff"))
    # Company-managed handhelds showing assistance jobs.
    handheld = tm.add(tg.Device("Staff handheld", fleet=True))

# ---------------------------------------------------------------- flows
tm.flow(passenger, accounts, credentials, protocol="https", label="sign in")
tm.flow(accounts, passenger, session, protocol="https")
tm.flow(passenger, api, session, message, protocol="https")
tm.flow(api, passenger, reply, protocol="https")
tm.flow(api, accounts, session, label="validate session")
tm.flow(api, agent, message)
tm.flow(agent, api, reply)

tm.flow(profiles, agent, profile, label="load passenger profile")
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, logs, conversation_log)

tm.flow(agent, lift_tool, lift_query)
tm.flow(lift_tool, assets, lift_query, protocol="https")
tm.flow(assets, lift_tool, lift_status, protocol="https")
tm.flow(lift_tool, agent, route_options)

tm.flow(agent, assist_tool, assist_request)
tm.flow(assist_tool, assist_system, assist_request, protocol="https")
tm.flow(assist_system, assist_tool, assist_result, protocol="https")
tm.flow(assist_tool, agent, assist_result)
tm.flow(assist_system, handheld, assist_job, protocol="https")
tm.flow(handheld, assist_system, assist_confirmation, protocol="https")
tm.flow(handheld, staff, assist_job, label="shown on the handheld")
tm.flow(staff, handheld, assist_confirmation, label="confirms on the handheld")

tm.flow(agent, rebook_tool, rebook_request)
tm.flow(rebook_tool, retailing, rebook_request, protocol="https")
tm.flow(retailing, rebook_tool, tickets, protocol="https")
tm.flow(rebook_tool, agent, tickets)

tm.flow(agent, voucher_tool, voucher_request)
tm.flow(voucher_tool, retailing, voucher_request, protocol="https")
tm.flow(retailing, voucher_tool, voucher, protocol="https")
tm.flow(voucher_tool, agent, voucher)
