"""EV charging network fault triage agent: the first design, before any security review.

We run a public network of EV chargers across the EU. Chargers stream status and
error telemetry to our charge point management system (CPMS) over OCPP on WebSocket
with TLS. Drivers report problems from the mobile app and from the support chat.
An LLM agent, built on a hosted model, picks up each complaint, queries the telemetry
of the charger involved, diagnoses the fault and acts on it: it can send a remote
reset to the charger through the CPMS, and it opens a field-service ticket with our
maintenance contractor when a visit is needed. It acts on its own, bounded by a step
limit, and logs every tool call. Operations staff watch the agent's diagnoses on a
dashboard (company SSO) and decide refunds for failed sessions, which go to the
payment provider. Drivers sign in to the app with their account; the app API is
rate limited. Telemetry and session data are encrypted at rest in the cloud.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "EV charging network fault triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that diagnoses charger faults from telemetry and driver "
    "complaints, resets chargers remotely and opens field-service tickets.",
)

# ---------------------------------------------------------------- data assets
complaint = tg.Data(
    "Driver complaint",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free text from the app's problem report or the support chat, with the "
    "driver's account, charger id and session.",
)
app_reply = tg.Data("Complaint status", sensitivity=tg.Sensitivity.PII, kind="records")
telemetry = tg.Data(
    "Charger telemetry",
    kind="logs",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="OCPP status notifications, error codes, meter values, firmware version.",
)
sessions = tg.Data(
    "Charging session records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who charged where and when, energy delivered, amount billed.",
)
reset_cmd = tg.Data(
    "Remote reset command",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="OCPP Reset (soft or hard) sent to one charger.",
)
agent_prompt = tg.Data(
    "Triage prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the complaint and the telemetry pulled for the charger.",
)
completion = tg.Data("Triage completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
ticket = tg.Data(
    "Field-service ticket",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Site address, charger id, diagnosed fault and parts needed.",
)
diagnosis = tg.Data(
    "Fault diagnosis",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="The agent's diagnosis, the actions it took and the complaint it answers.",
)
refund = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Session id, payment reference and refund amount.",
)
refund_result = tg.Data(
    "Refund confirmation", kind="records", sensitivity=tg.Sensitivity.CONFIDENTIAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Drivers with the app; anyone can create an account.
    driver = tm.add(tg.Actor("Driver", role="app user"))

with tm.boundary("Public charging sites", trust=tg.Trust.UNTRUSTED):
    # Chargers stand in car parks and on streets, physically reachable by anyone.
    chargers = tm.add(
        tg.Device(
            "Charge points",
            fleet=True,
            description="A few thousand AC and DC chargers on cellular modems, speaking OCPP 1.6J.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The agent's reasoning model, hosted by a vendor behind its API.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling.",
        )
    )

with tm.boundary("Field-service contractor", trust=tg.Trust.PARTNER):
    # The contractor's work-order SaaS where our maintenance visits are booked.
    fsm = tm.add(
        tg.ExternalService(
            "Field-service platform",
            description="The maintenance contractor's work-order system with a REST API.",
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Takes card payments for sessions and executes refunds; we hold only references.
    psp = tm.add(tg.ExternalService("Payment service provider"))

with tm.boundary("Charging cloud", trust=tg.Trust.INTERNAL):
    # The API behind the driver app and the support chat widget.
    app_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="OIDC app account"),
                c.RateLimiting(requests_per_minute=120),
            },
        )
    )
    # Holds complaints from the app and the chat until they are resolved.
    complaints_db = tm.add(tg.DataStore("Complaint store", stores={complaint}))
    # Time series of charger telemetry and the session records.
    telemetry_db = tm.add(
        tg.DataStore(
            "Telemetry and session store",
            stores={telemetry, sessions},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # The triage agent itself: reads complaints, calls tools, reports to ops.
    agent = tm.add(
        tg.Agent(
            "Fault triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(retention_days=180),
            },
        )
    )
    # Read-only query of one charger's recent telemetry and sessions.
    telemetry_tool = tm.add(tg.Tool("Telemetry lookup tool", capabilities={"read"}))
    # Sends a soft or hard reset to a charger through the CPMS.
    reset_tool = tm.add(tg.Tool("Remote reset tool", capabilities={"write"}))
    # Creates a maintenance visit in the contractor's platform.
    ticket_tool = tm.add(
        tg.Tool("Field-service ticket tool", capabilities={"write", "send-messages"})
    )
    # Operations dashboard: agent diagnoses, open tickets, refund handling.
    dashboard = tm.add(
        tg.Service(
            "Operations dashboard",
            controls={c.Authentication(method="company SSO with MFA"), c.RBAC()},
        )
    )

    with tm.boundary("Charger control plane", trust=tg.Trust.RESTRICTED):
        # Charge point management system: the OCPP central system for every charger.
        cpms = tm.add(
            tg.Service(
                "Charge point management system",
                description="Terminates OCPP WebSocket connections and issues remote commands.",
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Operations staff who monitor the network and approve refunds.
    ops = tm.add(tg.Actor("Operations staff", role="operations"))

# ---------------------------------------------------------------- flows
# drivers report problems and follow them
tm.flow(driver, app_api, complaint, protocol="https")
tm.flow(app_api, driver, app_reply, protocol="https")
tm.flow(app_api, complaints_db, complaint)
tm.flow(complaints_db, app_api, app_reply, label="status lookup")

# chargers and the CPMS
tm.flow(chargers, cpms, telemetry, protocol="wss", label="OCPP status and meter values")
tm.flow(cpms, chargers, reset_cmd, protocol="wss", label="OCPP Reset")
tm.flow(cpms, telemetry_db, telemetry, sessions)

# the agent's loop
tm.flow(complaints_db, agent, complaint, label="new complaints")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, telemetry_tool, tool_call)
tm.flow(telemetry_tool, telemetry_db, tool_call, label="query by charger id")
tm.flow(telemetry_db, telemetry_tool, telemetry, sessions)
tm.flow(telemetry_tool, agent, tool_result)
tm.flow(agent, reset_tool, tool_call)
tm.flow(reset_tool, cpms, reset_cmd, protocol="https")
tm.flow(cpms, reset_tool, tool_result, protocol="https", label="reset accepted or rejected")
tm.flow(reset_tool, agent, tool_result)
tm.flow(agent, ticket_tool, tool_call)
tm.flow(ticket_tool, fsm, ticket, protocol="https")
tm.flow(fsm, ticket_tool, tool_result, protocol="https", label="ticket id and status")
tm.flow(ticket_tool, agent, tool_result)
tm.flow(agent, complaints_db, app_reply, label="marks complaint triaged")

# operations and refunds
tm.flow(agent, dashboard, diagnosis)
tm.flow(dashboard, ops, diagnosis, protocol="https")
tm.flow(ops, dashboard, refund, protocol="https", label="approves refund")
tm.flow(dashboard, psp, refund, protocol="https")
tm.flow(psp, dashboard, refund_result, protocol="https")
