"""Courier redelivery and route replanning agent: the first design, before any security review.

During the delivery day an LLM agent replans drivers' routes. It reacts to live
traffic data from a traffic data vendor, to status updates drivers send from the
driver app (delivered, failed, running late, van full) and to customers'
redelivery requests, which arrive as SMS replies through an SMS gateway or from
a web form where the customer gives the tracking number and postcode. The agent
calls a route optimiser, then uses tools to move parcels between vans, change
delivery slots and text customers. A hosted LLM vendor runs the language model.
Depot supervisors watch the live plan on a dashboard (SSO with MFA) and can lock
a route; the route update tool refuses changes to locked routes. Everything runs
in the courier's cloud account; the dispatch database is encrypted and reached
only by service roles. The agent has a step limit and its tool calls are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Courier redelivery route replanning agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that replans delivery routes during the day from traffic, "
        "driver status and customer redelivery requests, and acts through tools."
    ),
)

# ---------------------------------------------------------------- data assets
sms_request = tg.Data(
    "Redelivery SMS",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="A customer's free-text reply to a delivery text, with their phone number.",
)
form_request = tg.Data(
    "Redelivery form submission",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Tracking number, postcode, requested day or slot, safe place and a free-text note.",
)
redelivery_request = tg.Data(
    "Redelivery request",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="The normalised request the agent works on, whichever channel it came from.",
)
acknowledgement = tg.Data("Request acknowledgement", sensitivity=tg.Sensitivity.INTERNAL)
traffic = tg.Data(
    "Live traffic speeds and incidents",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="records",
)
driver_status = tg.Data(
    "Driver status and position",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Stop outcomes, delays, van capacity notes and the handset's GPS position.",
)
manifest = tg.Data(
    "Parcel manifest",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Parcels per van with recipient name, address, phone number and slot.",
)
route_plan = tg.Data(
    "Route plan",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Ordered stops per van with addresses and delivery slots.",
)
route_lock = tg.Data("Route lock", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
agent_prompt = tg.Data(
    "Agent prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, the current plan excerpt, requests, driver status and tool results.",
)
llm_reply = tg.Data("LLM reply", sensitivity=tg.Sensitivity.PII, kind="model-output")
replan_request = tg.Data(
    "Replan request",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Vans, remaining stops and constraints to re-optimise.",
)
candidate_plan = tg.Data("Candidate route plan", sensitivity=tg.Sensitivity.PII, kind="tool-result")
route_change = tg.Data(
    "Route and parcel move call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Commit a new stop order and move named parcels from one van to another.",
)
slot_change = tg.Data("Delivery slot change call", sensitivity=tg.Sensitivity.PII, kind="tool-call")
text_call = tg.Data(
    "Customer text call",
    sensitivity=tg.Sensitivity.PII,
    kind="tool-call",
    description="Phone number and message text the agent wants sent.",
)
tool_result = tg.Data("Tool result", sensitivity=tg.Sensitivity.INTERNAL, kind="tool-result")
customer_text = tg.Data("Customer text message", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Parcel recipients: anyone with a phone number or a tracking number.
    customer = tm.add(tg.Actor("Customer", role="parcel recipient"))

with tm.boundary("Driver handsets", trust=tg.Trust.UNTRUSTED):
    # Drivers include agency and self-employed drivers on short contracts.
    driver = tm.add(tg.Actor("Driver", role="delivery driver"))
    # The driver app on company-issued Android handsets, on mobile data.
    driver_app = tm.add(
        tg.Device(
            "Driver app",
            fleet=True,
            description="Shows the driver's route and sends stop outcomes and status.",
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends our texts and forwards customers' replies to our webhook.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway", provides="generic"))

with tm.boundary("Traffic data vendor", trust=tg.Trust.PARTNER):
    # Licensed live traffic feed for the delivery regions.
    traffic_feed = tm.add(
        tg.ExternalService("Traffic data provider", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Courier cloud", trust=tg.Trust.INTERNAL):
    # Public API behind the redelivery web form and the SMS gateway's webhook.
    request_api = tm.add(
        tg.Endpoint(
            "Redelivery request API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="form fields only; the free-text note is passed as is"),
                c.Authentication(
                    method="tracking number and delivery postcode",
                    note="web form only; SMS replies are matched by phone number",
                ),
            },
        )
    )
    # Receives status from driver handsets and serves each driver their current route.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver status API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="driver ID and PIN")},
        )
    )
    # The LLM agent that decides how to replan and which tools to call.
    agent = tm.add(
        tg.Agent(
            "Route replanning agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=90, note="prompts and tool calls"),
            },
        )
    )
    # Vehicle-routing solver: computes stop orders from traffic and van capacity.
    optimiser = tm.add(tg.Tool("Route optimiser", capabilities={"read"}, origin="first-party"))
    # Commits route changes and parcel moves between vans to the dispatch database.
    route_tool = tm.add(
        tg.Tool(
            "Route update tool",
            capabilities={"write"},
            origin="first-party",
            controls={
                c.PolicyEnforcement(
                    rules="refuses changes to routes a supervisor has locked; checks van capacity"
                )
            },
        )
    )
    # Changes a parcel's delivery slot or day.
    slot_tool = tm.add(tg.Tool("Delivery slot tool", capabilities={"write"}, origin="first-party"))
    # Sends a text to a customer through the SMS gateway.
    sms_tool = tm.add(
        tg.Tool("Customer SMS tool", capabilities={"send-messages"}, origin="first-party")
    )
    # Web dashboard where depot supervisors watch the live plan and lock routes.
    dashboard = tm.add(
        tg.Service(
            "Supervisor dashboard",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Dispatch data tier", trust=tg.Trust.RESTRICTED):
        # System of record for manifests, routes, slots and route locks.
        dispatch_db = tm.add(
            tg.DataStore(
                "Dispatch database",
                stores={manifest, route_plan, route_lock, driver_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS"), c.RBAC()},
            )
        )

with tm.boundary("Depot network", trust=tg.Trust.INTERNAL):
    # Depot supervisors watch the plan and can lock routes.
    supervisor = tm.add(tg.Actor("Depot supervisor", role="supervisor"))

# ---------------------------------------------------------------- flows
# customer requests
tm.flow(customer, request_api, form_request, protocol="https", label="web form")
tm.flow(request_api, customer, acknowledgement, protocol="https")
tm.flow(customer, sms_gateway, sms_request, protocol="sms")
tm.flow(sms_gateway, request_api, sms_request, protocol="https", label="inbound SMS webhook")
tm.flow(request_api, agent, redelivery_request, label="request queue")

# traffic and drivers
tm.flow(traffic_feed, optimiser, traffic, protocol="https")
tm.flow(driver, driver_app, driver_status, label="taps stop outcome")
tm.flow(driver_app, driver, route_plan, label="current route")
tm.flow(driver_app, driver_api, driver_status, protocol="https")
tm.flow(driver_api, driver_app, route_plan, protocol="https")
tm.flow(driver_api, dispatch_db, driver_status)
tm.flow(driver_api, agent, driver_status, label="status events")
tm.flow(dispatch_db, driver_api, route_plan)

# the agent's reasoning and tools
tm.flow(dispatch_db, agent, route_plan, manifest, route_lock, label="current plan")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, optimiser, replan_request)
tm.flow(dispatch_db, optimiser, manifest, route_plan)
tm.flow(optimiser, agent, candidate_plan)
tm.flow(agent, route_tool, route_change)
tm.flow(route_tool, dispatch_db, route_plan, manifest)
tm.flow(dispatch_db, route_tool, route_lock, label="lock check")
tm.flow(route_tool, agent, tool_result)
tm.flow(agent, slot_tool, slot_change)
tm.flow(slot_tool, dispatch_db, manifest)
tm.flow(slot_tool, agent, tool_result)
tm.flow(agent, sms_tool, text_call)
tm.flow(sms_tool, sms_gateway, customer_text, protocol="https")
tm.flow(sms_tool, agent, tool_result)
tm.flow(sms_gateway, customer, customer_text, protocol="sms")

# supervisors
tm.flow(dispatch_db, dashboard, route_plan)
tm.flow(dashboard, supervisor, route_plan, protocol="https")
tm.flow(supervisor, dashboard, route_lock, protocol="https")
tm.flow(dashboard, dispatch_db, route_lock)
