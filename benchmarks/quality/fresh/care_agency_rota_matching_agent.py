"""Care agency rota matching agent: the first design, before any security review.

A home care agency visits older and disabled clients in their own homes. Each week
the rota coordinator asks an LLM agent to draft next week's rota: it reads client
visit needs and carer profiles (skills such as hoist or PEG training, availability,
home postcode) from the agency's hosted care management platform, asks a routing
API for travel times between visits, and balances skills, travel and continuity of
carer. The agent runs in the agency's cloud tenancy and reasons with an LLM hosted
by a vendor. The coordinator reviews the draft and approves it before the agent's
publishing tool writes it to the rota store, attaches key safe codes straight from
the care platform and pushes a notification to carers' own phones. Carers sign in
to the carer app with e-mail and password to see their visits and send availability
and swap requests back. Care platform access is role-based and encrypted at rest by
the vendor; traffic outside the tenancy goes over HTTPS.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Care agency rota matching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts weekly home care rotas and publishes them to carers' phones.",
)

# ---------------------------------------------------------------- data assets
rota_request = tg.Data(
    "Rota request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The coordinator's instruction: week, changes, clients to prioritise.",
)
draft_rota = tg.Data(
    "Draft rota with rationale",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed carer-to-visit assignments with the agent's reasons.",
)
rota_approval = tg.Data("Rota approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Agent prompt with visit and carer details",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, request, care needs summaries, carer skills and travel times.",
)
llm_reply = tg.Data("LLM reply and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII)
records_query = tg.Data("Care records query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
care_plans = tg.Data(
    "Client care plans and visit schedule",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Care needs, required skills, medication visit times, addresses, preferences.",
)
carer_profiles = tg.Data(
    "Carer profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Skills and training, availability, contracted hours, home postcode.",
)
records_result = tg.Data(
    "Visit needs and carer matches",
    kind="tool-result",
    sensitivity=tg.Sensitivity.REGULATED,
)
postcode_pairs = tg.Data("Postcode pairs", kind="tool-call", sensitivity=tg.Sensitivity.PII)
travel_times = tg.Data("Travel times", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
publish_call = tg.Data("Approved rota to publish", kind="tool-call", sensitivity=tg.Sensitivity.PII)
key_safe_codes = tg.Data(
    "Key safe codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Codes for the key safes outside clients' homes, needed to let carers in.",
)
published_rota = tg.Data(
    "Published rota",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Each carer's visits: client name, address, tasks, access notes.",
)
rota_notification = tg.Data(
    "New rota notification", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data(
    "Availability and swap requests",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
run_log = tg.Data("Agent run log", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Office staff who own the rota and sign it off each week.
    coordinator = tm.add(tg.Actor("Rota coordinator", role="care coordinator"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # The LLM agent that drafts the rota and, once approved, publishes it.
    agent = tm.add(
        tg.Agent(
            "Rota matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Matches carers to visits by skills, travel time and continuity.",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.HumanInTheLoop(
                    approver="the rota coordinator, before each week's rota is published"
                ),
            },
        )
    )
    # Read-only access to care plans and carer profiles for matching.
    records_tool = tm.add(
        tg.Tool(
            "Care records tool",
            capabilities={"read"},
            description="Looks up visits, care needs and carer skills on the care platform API.",
        )
    )
    # Travel time between consecutive visits, via an outside routing API.
    travel_tool = tm.add(
        tg.Tool(
            "Travel time tool",
            capabilities={"read", "network-egress"},
        )
    )
    # Writes the approved rota, attaches access codes and notifies carers.
    publish_tool = tm.add(
        tg.Tool(
            "Rota publishing tool",
            capabilities={"write", "send-messages"},
            description="Writes the rota and key safe codes to the rota store and sends push notifications.",
        )
    )
    # The rota carers see, with the access details for each visit.
    rota_store = tm.add(
        tg.DataStore(
            "Rota store",
            stores={published_rota, key_safe_codes},
            controls={c.EncryptionAtRest(key_management="cloud provider KMS")},
        )
    )
    # Record of each agent run, kept for coordinators to check why a match was made.
    log_store = tm.add(tg.DataStore("Agent run log store", stores={run_log}))
    # The API behind the carer app.
    carer_api = tm.add(
        tg.Endpoint(
            "Carer app API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Serves each carer's visits to the app and takes availability updates.",
            controls={c.Authentication(method="e-mail and password")},
        )
    )

with tm.boundary("Care platform vendor", trust=tg.Trust.PARTNER):
    # The agency's system of record for clients, care plans and staff (SaaS).
    care_platform = tm.add(
        tg.DataStore(
            "Care management platform",
            stores={care_plans, carer_profiles, key_safe_codes},
            controls={
                c.RBAC(),
                c.EncryptionAtRest(key_management="vendor managed"),
                c.AuditLogging(),
            },
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Commercial routing API for drive and walk times.
    routing = tm.add(tg.ExternalService("Routing API", provides="data-provider"))
    # Mobile push service that wakes the carer app.
    push = tm.add(tg.ExternalService("Push notification service"))
    # Carers' own phones running the agency's app.
    phone = tm.add(tg.Device("Carer phone app", fleet=True))
    # Carers who receive the rota and send availability back.
    carer = tm.add(tg.Actor("Carer", role="care worker"))

# ---------------------------------------------------------------- flows
tm.flow(coordinator, agent, rota_request, protocol="https")
tm.flow(agent, coordinator, draft_rota, protocol="https")
tm.flow(coordinator, agent, rota_approval, protocol="https", label="approves draft")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")

tm.flow(agent, records_tool, records_query)
tm.flow(records_tool, care_platform, records_query, protocol="https")
tm.flow(care_platform, records_tool, care_plans, carer_profiles, protocol="https")
tm.flow(records_tool, agent, records_result)

tm.flow(agent, travel_tool, postcode_pairs)
tm.flow(travel_tool, routing, postcode_pairs, protocol="https")
tm.flow(routing, travel_tool, travel_times, protocol="https")
tm.flow(travel_tool, agent, travel_times)

tm.flow(agent, publish_tool, publish_call)
tm.flow(
    care_platform, publish_tool, key_safe_codes, protocol="https", label="access notes for visits"
)
tm.flow(publish_tool, rota_store, published_rota, key_safe_codes)
tm.flow(publish_tool, push, rota_notification, protocol="https")
tm.flow(push, phone, rota_notification, protocol="https")

tm.flow(agent, log_store, run_log)

tm.flow(rota_store, carer_api, published_rota, key_safe_codes)
tm.flow(carer_api, phone, published_rota, key_safe_codes, protocol="https")
tm.flow(phone, carer, published_rota, key_safe_codes, label="shown in the app")
tm.flow(carer, phone, availability)
tm.flow(phone, carer_api, availability, protocol="https")
tm.flow(carer_api, care_platform, availability, protocol="https")
