"""Home care visit rota planner: the first design, before any security review.

A home care agency's office coordinators ask a planning agent each afternoon to
draw up the next day's visit rotas for an area. The LLM agent runs in the agency's
cloud tenancy: through lookup tools it reads clients' care plans and carers' skills
and availability from the care management system, asks a mapping API for travel
times, and drafts one rota per carer, using a vendor-hosted LLM under a signed DPA.
The coordinator reviews and approves the draft in a web console; only then does
the rota tool attach key safe codes and push the rotas via a push service to the
carers' phone app, which fetches the rota from the carer app API and sends visit
check-ins back. Coordinators sign in with Microsoft 365 SSO and MFA, carers with a
username and password; traffic is HTTPS and the stores are encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Home care visit rota planner",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that drafts carers' daily visit rotas; a coordinator approves "
    "before they are pushed to carers' phones.",
)

# ---------------------------------------------------------------- data assets
planning_request = tg.Data(
    "Rota planning request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The coordinator's instruction: area, date, absences and special cases.",
)
care_plans = tg.Data(
    "Client care plans",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Client name, address, health conditions, tasks per visit, visit windows, "
    "required carer skills (medication, hoist, PEG feeding).",
)
carer_profiles = tg.Data(
    "Carer skills and availability",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Carer name, training and competencies, contracted hours, leave, home postcode.",
)
key_safe_codes = tg.Data(
    "Key safe codes",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Codes that open key safes at clients' front doors.",
)
route_query = tg.Data(
    "Travel time query",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Pairs of visit postcodes with times of day.",
)
travel_times = tg.Data("Travel times", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
llm_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the request, care plan extracts, carer data and tool results.",
)
llm_completion = tg.Data(
    "Planner completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED
)
lookup_call = tg.Data("Record lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
draft_rota = tg.Data(
    "Draft visit rota",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Per carer: ordered visits with client, address, time window and tasks.",
)
approval = tg.Data("Rota approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
approved_rota = tg.Data(
    "Approved visit rota",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
)
rota_notice = tg.Data(
    "Rota push notification",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="'Your rota for tomorrow is ready' with the first visit time.",
)
check_ins = tg.Data(
    "Visit check-ins",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Arrival and departure times, visit notes, cannot-attend messages.",
)
carer_login = tg.Data("Carer app sign-in", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Carers work in the community and use their own phones.
    carer = tm.add(tg.Actor("Carer", role="care worker"))
    # The agency's carer app on each carer's own phone: shows the rota, records check-ins.
    carer_app = tm.add(
        tg.Device(
            "Carer phone app",
            fleet=True,
            description="Android/iOS app on carers' own smartphones.",
        )
    )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Plans and approves the rotas; accountable for every visit being covered.
    coordinator = tm.add(tg.Actor("Care coordinator", role="coordinator"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that reasons over the constraints and drafts the rota.
    llm = tm.add(
        tg.LLM(
            "Hosted planning LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor retains no prompts")},
        )
    )

with tm.boundary("Third-party services", trust=tg.Trust.PARTNER):
    # Drive times between visit postcodes at the planned time of day.
    maps = tm.add(tg.ExternalService("Mapping API", provides="data-provider"))
    # Delivers notifications to the carers' phones (APNs / FCM via a push provider).
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where coordinators ask for rotas, review drafts and approve them.
    console = tm.add(
        tg.Endpoint(
            "Coordinator rota console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="coordinators see the areas they plan"),
            },
        )
    )
    # The LLM agent that gathers the facts through its tools and drafts rotas.
    agent = tm.add(
        tg.Agent(
            "Rota planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the care coordinator for the area",
                    note="rotas are pushed to carers only after approval in the console",
                ),
                c.CircuitBreaker(max_steps=60),
            },
        )
    )
    # Reads the care plans of the clients due a visit on the planned day.
    care_plan_tool = tm.add(tg.Tool("Care plan lookup tool", capabilities={"read"}))
    # Reads carers' competencies, hours and leave.
    carer_tool = tm.add(tg.Tool("Carer availability tool", capabilities={"read"}))
    # Asks the mapping API for travel times between consecutive visits.
    travel_tool = tm.add(tg.Tool("Travel time tool", capabilities={"read", "network-egress"}))
    # Saves drafts and, after approval, publishes rotas with access details to carers.
    rota_tool = tm.add(
        tg.Tool(
            "Rota publishing tool",
            capabilities={"read", "write", "send-messages"},
            description="Saves draft rotas; on approval attaches key safe codes and notifies carers.",
        )
    )
    # Draft and approved rotas, and the check-ins carers send back.
    rota_db = tm.add(
        tg.DataStore(
            "Rota database",
            stores={draft_rota, approved_rota, key_safe_codes, check_ins},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Backend the carer app talks to: fetch today's rota, post check-ins.
    carer_api = tm.add(
        tg.Endpoint(
            "Carer app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="carer username and password")},
        )
    )

    with tm.boundary("Care records", trust=tg.Trust.RESTRICTED):
        # The agency's system of record for clients and staff.
        care_system = tm.add(
            tg.DataStore(
                "Care management system",
                stores={care_plans, carer_profiles, key_safe_codes},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RBAC(),
                    c.AuditLogging(),
                },
            )
        )

# ---------------------------------------------------------------- flows
# Coordinator asks for a rota and reviews the draft.
tm.flow(coordinator, console, planning_request, protocol="https")
tm.flow(console, agent, planning_request)
tm.flow(agent, console, draft_rota)
tm.flow(console, coordinator, draft_rota, protocol="https")

# The agent reasons with the hosted LLM.
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# Lookups through the tools.
tm.flow(agent, care_plan_tool, lookup_call)
tm.flow(care_plan_tool, care_system, lookup_call, protocol="https")
tm.flow(care_system, care_plan_tool, care_plans, protocol="https")
tm.flow(care_plan_tool, agent, care_plans)

tm.flow(agent, carer_tool, lookup_call)
tm.flow(carer_tool, care_system, lookup_call, protocol="https")
tm.flow(care_system, carer_tool, carer_profiles, protocol="https")
tm.flow(carer_tool, agent, carer_profiles)

tm.flow(agent, travel_tool, route_query)
tm.flow(travel_tool, maps, route_query, protocol="https")
tm.flow(maps, travel_tool, travel_times, protocol="https")
tm.flow(travel_tool, agent, travel_times)

# Drafts are saved; approval releases publishing.
tm.flow(agent, rota_tool, draft_rota)
tm.flow(rota_tool, rota_db, draft_rota)
tm.flow(rota_db, console, draft_rota, label="draft for review")
tm.flow(coordinator, console, approval, protocol="https", label="approves rota")
tm.flow(console, agent, approval)
tm.flow(agent, rota_tool, approval, label="publish approved rota")
tm.flow(care_system, rota_tool, key_safe_codes, protocol="https", label="access details")
tm.flow(rota_tool, rota_db, approved_rota, key_safe_codes)
tm.flow(rota_tool, push, rota_notice, protocol="https")
tm.flow(push, carer_app, rota_notice, protocol="https")

# Carers fetch their rota and send check-ins back.
tm.flow(carer, carer_app, carer_login, check_ins, label="on the phone")
tm.flow(carer_app, carer_api, carer_login, check_ins, protocol="https")
tm.flow(rota_db, carer_api, approved_rota, key_safe_codes)
tm.flow(carer_api, carer_app, approved_rota, key_safe_codes, protocol="https")
tm.flow(carer_app, carer, approved_rota, key_safe_codes, label="on the phone")
tm.flow(carer_api, rota_db, check_ins)
tm.flow(rota_db, console, check_ins, label="visit monitoring")
