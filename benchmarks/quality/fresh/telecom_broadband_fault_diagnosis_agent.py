"""Broadband fault diagnosis agent: the first design, before any security review.

Customers of our broadband service sign in to the mobile app and describe a fault
in chat. An LLM agent, running on our support platform and using a hosted model
from an LLM vendor, diagnoses it with tools: it runs line tests through the network
management API, reads the customer's router telemetry and can reboot the router
through the auto-configuration server (TR-069), books engineer visits in the field
service system and issues bill credits for outages in the billing system. Field
engineers see their visits and close them in their own app. Transcripts are kept
for quality review. Controls: app sign-in and a rate limit on the chat API, TLS on
every link, the vendor's content filter, a step limit on the agent, team-leader
approval for larger credits, SSO with MFA for engineers, encrypted transcripts.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Broadband fault diagnosis agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Customer-facing chat agent that tests lines, resets routers, books "
    "engineers and credits bills for broadband faults.",
)

# ---------------------------------------------------------------- data assets
chat_message = tg.Data("Customer chat message", kind="prompt", sensitivity=tg.Sensitivity.PII)
agent_reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt with tool results",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the conversation, the customer's account id and tool results.",
)
llm_completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
line_test_call = tg.Data("Line test request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
line_test_result = tg.Data(
    "Line test result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Sync rates, noise margins, faults found and any area outage on the line.",
)
router_call = tg.Data("Router action request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
router_result = tg.Data(
    "Router telemetry summary",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="Uptime, WAN status, Wi-Fi settings and the list of connected devices.",
)
router_telemetry = tg.Data(
    "Router telemetry",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="TR-069 parameters the router reports: status, Wi-Fi, connected devices.",
)
reboot_command = tg.Data(
    "Router reboot command",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
booking_call = tg.Data("Engineer booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
visit = tg.Data(
    "Engineer visit",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Customer name, address, contact number, fault summary and access notes.",
)
visit_closure = tg.Data("Visit closure notes", kind="records", sensitivity=tg.Sensitivity.PII)
credit_call = tg.Data("Bill credit request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
credit_result = tg.Data("Bill credit result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
credit = tg.Data(
    "Bill credit",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
account = tg.Data(
    "Customer billing account",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
transcripts = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Broadband customers, signed in to the mobile app.
    customer = tm.add(tg.Actor("Broadband customer", role="customer"))
    # Our field engineers, working from their phones over mobile data.
    engineer = tm.add(tg.Actor("Field engineer", role="field engineer"))

with tm.boundary("Customer premises", trust=tg.Trust.UNTRUSTED):
    # The routers we supply; they report to and take commands from the ACS.
    router = tm.add(tg.Device("Customer router", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={tg.controls.Guardrails(note="the vendor's default content filter")},
        )
    )

with tm.boundary("Support platform", trust=tg.Trust.INTERNAL):
    # The app's chat backend: signs the customer's session in and relays messages.
    chat_api = tm.add(
        tg.Endpoint(
            "Support chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                tg.controls.Authentication(method="app sign-in with email and password"),
                tg.controls.RateLimiting(requests_per_minute=20),
            },
        )
    )
    # The LLM agent that diagnoses faults and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Fault diagnosis agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={tg.controls.CircuitBreaker(max_steps=25)},
        )
    )
    # Kept for quality review and complaint handling.
    transcript_store = tm.add(
        tg.DataStore(
            "Chat transcript store",
            stores={transcripts},
            controls={tg.controls.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Runs a line test for a line id through the network management API.
    line_test_tool = tm.add(tg.Tool("Line test tool", capabilities={"read"}))
    # Reads router telemetry and reboots the router through the ACS.
    router_tool = tm.add(tg.Tool("Router management tool", capabilities={"read", "write"}))
    # Books an engineer visit slot in the field service system.
    booking_tool = tm.add(tg.Tool("Engineer booking tool", capabilities={"read", "write"}))
    # Posts an outage credit to the customer's bill.
    credit_tool = tm.add(
        tg.Tool(
            "Bill credit tool",
            capabilities={"write", "money-movement"},
            controls={
                tg.controls.HumanInTheLoop(
                    approver="support team leader", above="GBP 30 per credit"
                )
            },
        )
    )

with tm.boundary("Network operations", trust=tg.Trust.RESTRICTED):
    # Existing OSS API over the access network: line tests and outage status.
    nm_api = tm.add(tg.Service("Network management API"))
    # TR-069 auto-configuration server that manages the router fleet.
    acs = tm.add(tg.Service("Auto-configuration server"))

with tm.boundary("Business systems", trust=tg.Trust.INTERNAL):
    # Schedules engineer visits and serves the engineers' app.
    field_service = tm.add(
        tg.Service(
            "Field service system",
            controls={
                tg.controls.Authentication(method="company SSO with MFA"),
                tg.controls.RBAC(),
            },
        )
    )
    # Customer accounts, bills and credits.
    billing = tm.add(
        tg.Service(
            "Billing system",
            controls={tg.controls.AuditLogging(retention_days=730)},
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(customer, chat_api, chat_message, protocol="https")
tm.flow(chat_api, customer, agent_reply, protocol="https")
tm.flow(chat_api, agent, chat_message, protocol="https")
tm.flow(agent, chat_api, agent_reply, protocol="https")
tm.flow(agent, transcript_store, transcripts)

tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

tm.flow(agent, line_test_tool, line_test_call)
tm.flow(line_test_tool, agent, line_test_result)
tm.flow(line_test_tool, nm_api, line_test_call, protocol="https")
tm.flow(nm_api, line_test_tool, line_test_result, protocol="https")

tm.flow(agent, router_tool, router_call)
tm.flow(router_tool, agent, router_result)
tm.flow(router_tool, acs, router_call, protocol="https")
tm.flow(acs, router_tool, router_telemetry, protocol="https")
tm.flow(router, acs, router_telemetry, protocol="https", label="TR-069 inform")
tm.flow(acs, router, reboot_command, protocol="https", label="TR-069 reboot")

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, field_service, visit, protocol="https")
tm.flow(field_service, booking_tool, booking_result, protocol="https")
tm.flow(field_service, engineer, visit, protocol="https")
tm.flow(engineer, field_service, visit_closure, protocol="https")

tm.flow(agent, credit_tool, credit_call)
tm.flow(credit_tool, agent, credit_result)
tm.flow(credit_tool, billing, credit, protocol="https")
tm.flow(billing, credit_tool, account, protocol="https")
