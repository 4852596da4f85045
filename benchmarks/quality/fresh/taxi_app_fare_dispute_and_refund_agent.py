"""Taxi app fare dispute and refund agent: the first design, before any security review.

Riders who think a fare was wrong open a dispute in the in-app support chat. An LLM
agent reads the rider's messages, looks up the trip's GPS trace and fare breakdown
through a read-only trip lookup tool, and decides: it explains the fare, issues a
refund through our payments platform when the route or charges were wrong, or hands
the case to support staff in the helpdesk. Refunds the agent issues on its own are
capped per dispute by the refund tool; anything larger is escalated. Outcomes are
recorded by the dispute case service, which also takes resolutions back from the
helpdesk, and drivers see the outcome of disputes on their trips in the driver app.
Riders and drivers sign in to the apps with their phone number; staff use SSO with
MFA. The chat API is rate limited, the agent's loop is capped, and the refund tool
reaches the payments platform over mutual TLS. The model is hosted by an LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Taxi app fare dispute and refund agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Support agent that resolves rider fare disputes, issues capped refunds and escalates the rest.",
)

# ---------------------------------------------------------------- data assets
dispute_msg = tg.Data(
    "Rider dispute message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The rider's chat messages about a trip, with the trip id the app attaches.",
)
reply = tg.Data("Agent reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Refund policy instructions, the conversation and tool results so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
gps_trace = tg.Data(
    "Trip GPS trace",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pickup, drop-off and the driven route of the trip.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
fare = tg.Data(
    "Fare breakdown",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Base fare, distance and time charges, surge, tolls and fees charged.",
)
trip_query = tg.Data("Trip lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
trip_result = tg.Data("Trip details", kind="tool-result", sensitivity=tg.Sensitivity.PII)
refund_call = tg.Data(
    "Refund call",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Trip id, amount and reason code chosen by the agent.",
)
refund_instruction = tg.Data(
    "Refund instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Refund of part or all of the trip's charge to the rider's original payment method.",
)
refund_result = tg.Data(
    "Refund confirmation", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
escalation_call = tg.Data("Escalation call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ticket = tg.Data(
    "Escalation ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Transcript, trip details and the agent's summary and proposed refund.",
)
resolution = tg.Data("Staff resolution", kind="records", sensitivity=tg.Sensitivity.PII)
outcome = tg.Data(
    "Dispute outcome",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Upheld or rejected, refund amount, reason, and who decided.",
)
transcript = tg.Data("Dispute chat transcript", kind="logs", sensitivity=tg.Sensitivity.PII)
outcome_query = tg.Data("Driver dispute query", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Opens disputes from the rider app.
    rider = tm.add(tg.Actor("Rider", role="rider"))
    # Sees outcomes of disputes on their own trips in the driver app.
    driver = tm.add(tg.Actor("Driver", role="driver"))

with tm.boundary("Platform VPC", trust=tg.Trust.INTERNAL):
    # Backend of the in-app support chat.
    chat_api = tm.add(
        tg.Endpoint(
            "Support chat API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="rider app session from phone number and SMS code"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # Decides how to resolve each dispute and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Fare dispute agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Explains fares, refunds within the cap, escalates everything else.",
            controls={c.CircuitBreaker(max_steps=15)},
        )
    )
    # Reads the trip's GPS trace and fare breakdown by trip id.
    trip_tool = tm.add(
        tg.Tool(
            "Trip lookup tool",
            capabilities={"read"},
            description="Returns the GPS trace and fare breakdown for the trip id it is given.",
            controls={c.LeastPrivilegeTools(note="read-only replica credentials")},
        )
    )
    # Trip history written by the dispatch and metering systems.
    trip_store = tm.add(
        tg.DataStore(
            "Trip database",
            stores={gps_trace, fare},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Issues refunds through the payments platform.
    refund_tool = tm.add(
        tg.Tool(
            "Refund tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="GBP 30 per dispute"),
                c.AuditLogging(),
            },
        )
    )
    # Hands a dispute to a person with the agent's summary.
    escalation_tool = tm.add(tg.Tool("Escalation tool", capabilities={"write"}))
    # Owns dispute records: outcomes from the agent and from staff.
    case_service = tm.add(
        tg.Service(
            "Dispute case service",
            description="Records outcomes and takes resolutions back from the helpdesk.",
        )
    )
    case_store = tm.add(
        tg.DataStore(
            "Dispute case store",
            stores={outcome, transcript},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Backend of the driver app's earnings and trip-history screens.
    driver_api = tm.add(
        tg.Endpoint(
            "Driver app API",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="driver app session from phone number and SMS code")},
        )
    )

with tm.boundary("Payments zone", trust=tg.Trust.RESTRICTED):
    # Our payments platform: charges and refunds against the payment provider.
    payments = tm.add(tg.Service("Payments platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    llm = tm.add(tg.LLM("Agent LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Helpdesk SaaS", trust=tg.Trust.PARTNER):
    # Ticketing product the support team works in.
    helpdesk = tm.add(
        tg.ExternalService(
            "Support helpdesk",
            controls={c.Authentication(method="company SSO with MFA")},
        )
    )

with tm.boundary("Support office", trust=tg.Trust.INTERNAL):
    # Resolves escalated disputes, including refunds above the cap.
    staff = tm.add(tg.Actor("Support staff", role="support agent"))

# ---------------------------------------------------------------- flows
tm.flow(rider, chat_api, dispute_msg, protocol="https")
tm.flow(chat_api, rider, reply, protocol="https")
tm.flow(chat_api, agent, dispute_msg)
tm.flow(agent, chat_api, reply)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, trip_tool, trip_query)
tm.flow(trip_tool, trip_store, trip_query)
tm.flow(trip_store, trip_tool, gps_trace, fare)
tm.flow(trip_tool, agent, trip_result)

tm.flow(agent, refund_tool, refund_call)
tm.flow(refund_tool, payments, refund_instruction, protocol="mtls")
tm.flow(payments, refund_tool, refund_result, protocol="mtls")
tm.flow(refund_tool, agent, refund_result)

tm.flow(agent, escalation_tool, escalation_call)
tm.flow(escalation_tool, helpdesk, ticket, protocol="https")
tm.flow(helpdesk, staff, ticket, protocol="https")
tm.flow(staff, helpdesk, resolution, protocol="https")
tm.flow(helpdesk, case_service, resolution, protocol="https", label="ticket solved webhook")

tm.flow(agent, case_service, outcome, transcript)
tm.flow(case_service, case_store, outcome, transcript)
tm.flow(case_store, case_service, outcome)
tm.flow(case_service, driver_api, outcome)

tm.flow(driver, driver_api, outcome_query, protocol="https")
tm.flow(driver_api, case_service, outcome_query)
tm.flow(driver_api, driver, outcome, protocol="https")
