"""National park permit chat agent: the first design, before any security review.

The park authority caps daily numbers on its busiest trails and campsites with
permits. Visitors chat with an agent on the park website: it answers questions
about routes and conditions, checks quota availability, issues permits, takes
payment through a payment provider's hosted checkout, and cancels or moves
permits (refunding where due). The agent runs in the authority's cloud account
and reasons with a hosted LLM; its tools call the park operations service, which
owns the permit and quota database. Rangers use a phone app to check permits in
the field, file condition reports and close trails, which updates the quotas.
Conditions also come from a commercial weather service. Controls in this design:
visitor sign-in by e-mail link, rate limiting and a step limit on the agent,
quota rules enforced in the booking tool, signed payment webhooks, staff SSO with
MFA and role-based access for rangers, and the vault for the API keys.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "National park permit chat agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Chat agent that answers route questions and books, moves and cancels trail and campsite permits.",
)

# ---------------------------------------------------------------- data assets
visitor_message = tg.Data(
    "Visitor chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Questions and booking requests; may include names, party size, dates and contact details.",
)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt and context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
availability_query = tg.Data(
    "Availability query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL
)
availability = tg.Data("Quota availability", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC)
booking_call = tg.Data(
    "Permit issue, move or cancel request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
)
booking_result = tg.Data(
    "Permit booking result", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
payment_call = tg.Data(
    "Checkout or refund request", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
payment_result = tg.Data(
    "Checkout link or refund result", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
conditions_query = tg.Data("Conditions query", kind="tool-call", sensitivity=tg.Sensitivity.PUBLIC)
conditions = tg.Data(
    "Trail conditions",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Ranger condition reports, closures and weather forecasts per trail.",
)
permits = tg.Data(
    "Permits and quotas",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Daily quota per trail and campsite, and each permit with holder name, e-mail and party size.",
)
card_details = tg.Data("Card details", kind="records", sensitivity=tg.Sensitivity.REGULATED)
payment_event = tg.Data(
    "Payment confirmation webhook", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
permit_check = tg.Data("Permit check query", kind="records", sensitivity=tg.Sensitivity.PII)
permit_status = tg.Data("Permit status", kind="records", sensitivity=tg.Sensitivity.PII)
ranger_report = tg.Data(
    "Ranger condition report", kind="documents", sensitivity=tg.Sensitivity.INTERNAL
)
trail_closure = tg.Data(
    "Trail closure",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
forecast = tg.Data("Weather forecast", kind="records", sensitivity=tg.Sensitivity.PUBLIC)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone planning a visit; signs in with an e-mail link before booking.
    visitor = tm.add(tg.Actor("Visitor", role="park visitor"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with, behind the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's content filter")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Hosted checkout and refunds; card details never reach the park's systems.
    payments = tm.add(tg.ExternalService("Payment provider"))

with tm.boundary("Weather vendor", trust=tg.Trust.PARTNER):
    # Commercial mountain-weather forecasts per trail area.
    weather = tm.add(
        tg.ExternalService("Weather service", provides=tg.ExternalCategory.DATA_PROVIDER)
    )

with tm.boundary("Park cloud account", trust=tg.Trust.INTERNAL):
    # Public chat API behind the website's chat widget.
    chat = tm.add(
        tg.Endpoint(
            "Chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.RateLimiting(requests_per_minute=30),
                tg.controls.Authentication(method="e-mail one-time sign-in link"),
            },
        )
    )
    # Plans the conversation and decides which tool to call; acts without staff approval.
    agent = tm.add(
        tg.Agent(
            "Permit chat agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Confirms the booking summary with the visitor in chat, then books and pays.",
            controls={
                tg.controls.CircuitBreaker(max_steps=15),
                tg.controls.SecretsManagement(note="LLM and payment API keys in the cloud vault"),
            },
        )
    )
    # Read-only: free places per trail, campsite and date.
    availability_tool = tm.add(tg.Tool("Quota availability lookup", capabilities={"read"}))
    # Issues, moves and cancels permits through the park operations service.
    booking_tool = tm.add(
        tg.Tool(
            "Permit booking tool",
            capabilities={"read", "write", "delete"},
            controls={
                tg.controls.PolicyEnforcement(
                    rules="daily quota per trail and campsite checked in the same database transaction"
                )
            },
        )
    )
    # Creates hosted checkout sessions and refunds on cancellation.
    payment_tool = tm.add(tg.Tool("Payment tool", capabilities={"money-movement"}))
    # Read-only: latest ranger reports, closures and forecasts for a trail.
    conditions_tool = tm.add(tg.Tool("Trail conditions lookup", capabilities={"read"}))
    # Owns quotas and permits; serves the tools, the ranger app and payment webhooks.
    ops = tm.add(
        tg.Service(
            "Park operations service",
            controls={tg.controls.RBAC(), tg.controls.AuditLogging()},
        )
    )
    permit_db = tm.add(
        tg.DataStore(
            "Permit and quota database",
            stores={permits},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    conditions_store = tm.add(tg.DataStore("Trail conditions store", stores={conditions}))

with tm.boundary("Ranger field devices", trust=tg.Trust.INTERNAL):
    # Park rangers on patrol and at trailheads.
    ranger = tm.add(tg.Actor("Ranger", role="ranger"))
    # Authority-issued phones: scan permit QR codes, file reports, close trails.
    ranger_app = tm.add(
        tg.Device(
            "Ranger phone app",
            fleet=True,
            controls={tg.controls.Authentication(method="staff SSO (OIDC) with MFA")},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(visitor, chat, visitor_message, protocol="https")
tm.flow(chat, visitor, agent_reply, protocol="https")
tm.flow(chat, agent, visitor_message)
tm.flow(agent, chat, agent_reply)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, availability_tool, availability_query)
tm.flow(availability_tool, agent, availability)
tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(agent, payment_tool, payment_call)
tm.flow(payment_tool, agent, payment_result)
tm.flow(agent, conditions_tool, conditions_query)
tm.flow(conditions_tool, agent, conditions)

tm.flow(availability_tool, ops, availability_query, protocol="https")
tm.flow(ops, availability_tool, availability, protocol="https")
tm.flow(booking_tool, ops, booking_call, protocol="https")
tm.flow(ops, booking_tool, booking_result, protocol="https")
tm.flow(conditions_tool, conditions_store, conditions_query)
tm.flow(conditions_store, conditions_tool, conditions)
tm.flow(payment_tool, payments, payment_call, protocol="https")
tm.flow(payments, payment_tool, payment_result, protocol="https")

tm.flow(visitor, payments, card_details, protocol="https", label="hosted checkout page")
tm.flow(
    payments,
    ops,
    payment_event,
    protocol="https",
    label="payment webhook",
    controls={tg.controls.MessageIntegrity(note="provider's webhook signature verified")},
)

tm.flow(ops, permit_db, permits)
tm.flow(permit_db, ops, permits)

tm.flow(ranger, ranger_app, permit_check, ranger_report, trail_closure)
tm.flow(ranger_app, ranger, permit_status)
tm.flow(ranger_app, ops, permit_check, ranger_report, trail_closure, protocol="https")
tm.flow(ops, ranger_app, permit_status, protocol="https")
tm.flow(ops, conditions_store, ranger_report, forecast, trail_closure)
tm.flow(weather, ops, forecast, protocol="https", label="hourly forecast pull")
