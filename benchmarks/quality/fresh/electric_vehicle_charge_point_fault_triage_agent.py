"""EV charge point fault triage agent: the first design, before any security review.

Drivers on our public charging network report a charger that will not start, stops
mid-session or charged them wrongly, either in the driver app's support chat or by
phone, where a telephony provider transcribes the call and hands us the caller's turns.
A triage agent, built on a vendor-hosted LLM, looks up the charger's live status and the
driver's session in the charge point management system (CSMS), which talks OCPP 1.6J to
the chargers. The agent can soft-restart a charger, refund a failed session through the
payment provider up to EUR 25 per refund, and book a contractor's field engineer for a
hardware fault. Anything it cannot settle, and any larger refund, goes to the support
team as an escalation in the case system. Drivers sign in to the app with e-mail and
password; phone callers are matched to their account by caller number. The agent is
capped in steps and logs every tool call; chargers connect to the CSMS over WSS with a
per-charger password. Runs in our EU cloud tenancy; drivers are EU residents.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "EV charge point fault triage agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Support agent that diagnoses charger faults, restarts chargers, "
    "refunds failed sessions and books field engineers.",
)

# ---------------------------------------------------------------- data assets
call_audio = tg.Data("Driver call audio", sensitivity="pii", kind="media")
fault_report = tg.Data(
    "Driver fault report message",
    sensitivity="pii",
    kind="prompt",
    description="What the driver types or says: charger id, what happened, account details.",
)
call_transcript = tg.Data(
    "Call transcript turns",
    sensitivity="pii",
    kind="prompt",
    description="Transcribed caller turns with the calling number.",
)
agent_reply = tg.Data("Agent reply", sensitivity="pii", kind="model-output")
llm_prompt = tg.Data(
    "Triage prompt with context",
    sensitivity="pii",
    kind="prompt",
    description="System prompt, conversation so far, charger status and session details.",
)
llm_completion = tg.Data("LLM completion and tool calls", sensitivity="pii", kind="model-output")
status_query = tg.Data("Charger status lookup", sensitivity="internal", kind="tool-call")
charger_status = tg.Data(
    "Charger status and session details",
    sensitivity="pii",
    kind="tool-result",
    description="Connector state, last error codes, recent sessions with driver id and amounts.",
)
restart_request = tg.Data("Charger restart request", sensitivity="internal", kind="tool-call")
ocpp_command = tg.Data(
    "OCPP remote commands",
    sensitivity="internal",
    kind="records",
    description="Reset, RemoteStartTransaction and TriggerMessage calls to a charger.",
)
charger_telemetry = tg.Data(
    "Charger status notifications and meter readings",
    sensitivity="internal",
    kind="records",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
session_records = tg.Data(
    "Driver accounts and charging sessions",
    sensitivity="pii",
    kind="records",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
refund_request = tg.Data("Session refund request", sensitivity="confidential", kind="tool-call")
refund_instruction = tg.Data(
    "Refund instruction",
    sensitivity="confidential",
    kind="records",
    description="Original payment reference, amount and reason.",
)
refund_result = tg.Data("Refund confirmation", sensitivity="confidential", kind="tool-result")
booking_request = tg.Data(
    "Engineer booking request",
    sensitivity="confidential",
    kind="tool-call",
    description="Charger id, site address, fault summary and urgency.",
)
work_order = tg.Data("Field work order", sensitivity="confidential", kind="records")
booking_result = tg.Data("Engineer visit booking", sensitivity="confidential", kind="tool-result")
case_record = tg.Data(
    "Support case record",
    sensitivity="pii",
    kind="records",
    description="Conversation, agent actions taken, refunds and bookings, escalation notes.",
)
escalation = tg.Data("Escalated case", sensitivity="pii", kind="records")
case_resolution = tg.Data("Case resolution notes", sensitivity="pii", kind="records")
refund_approval = tg.Data("Refund approval", sensitivity="confidential", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The person at the charger, using the app chat or calling the support line.
    driver = tm.add(tg.Actor("EV driver", role="driver"))

with tm.boundary("Charging sites", trust=tg.Trust.UNTRUSTED):
    # Our chargers, on public streets and car parks, on cellular backhaul.
    chargers = tm.add(
        tg.Device(
            "Charge points",
            fleet=True,
            description="AC and DC chargers at public sites, speaking OCPP 1.6J to the CSMS.",
        )
    )

with tm.boundary("Telephony provider", trust=tg.Trust.PARTNER):
    # Cloud contact-centre platform: answers the support number and transcribes calls.
    voice = tm.add(
        tg.ExternalService(
            "Cloud telephony and transcription",
            description="Hosts the support number; streams speech-to-text turns to us.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model that the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; EU region; no training on our data")},
        )
    )

with tm.boundary("Payment provider", trust=tg.Trust.PARTNER):
    # Processes the original session payments and the refunds against them.
    psp = tm.add(tg.ExternalService("Payment service provider", provides="generic"))

with tm.boundary("Field service contractor", trust=tg.Trust.PARTNER):
    # The contractor's scheduling system that dispatches hardware engineers.
    field_service = tm.add(tg.ExternalService("Field service scheduling platform"))

with tm.boundary("Support platform", trust=tg.Trust.INTERNAL):
    # Entry point for app chat and for the telephony provider's transcribed turns.
    chat_api = tm.add(
        tg.Endpoint(
            "Support conversation API",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(
                    method="driver app sign-in with e-mail and password; phone callers "
                    "matched to the account by caller number"
                ),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # The LLM agent that diagnoses the fault and decides which tools to call.
    agent = tm.add(
        tg.Agent(
            "Fault triage agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={
                c.CircuitBreaker(max_steps=15),
                c.AuditLogging(note="every tool call and its result written to the case"),
            },
        )
    )
    # Read-only look-up of live charger state and recent sessions.
    status_tool = tm.add(
        tg.Tool(
            "Charger status tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only CSMS API scope")},
        )
    )
    # Sends a soft reset to a charger through the CSMS.
    restart_tool = tm.add(
        tg.Tool(
            "Remote restart tool",
            capabilities={"write"},
            controls={
                c.PolicyEnforcement(
                    rules="CSMS accepts a soft reset only when no session is active on the charger"
                )
            },
        )
    )
    # Refunds a failed or overcharged session; larger refunds go to a person.
    refund_tool = tm.add(
        tg.Tool(
            "Session refund tool",
            capabilities={"money-movement"},
            controls={
                c.TransactionLimits(limit="EUR 25 per refund"),
                c.HumanInTheLoop(approver="support team lead", above="EUR 25 per refund"),
            },
        )
    )
    # Raises a work order with the field service contractor.
    booking_tool = tm.add(
        tg.Tool("Engineer booking tool", capabilities={"write", "network-egress"})
    )
    # Case history: conversations, actions taken and escalations.
    case_store = tm.add(
        tg.DataStore(
            "Support case store",
            stores={case_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Back office", trust=tg.Trust.INTERNAL):
    # Charge point management system: OCPP central system and session billing.
    csms = tm.add(
        tg.Service(
            "Charge point management system",
            description="OCPP central system; holds charger state, driver accounts and sessions.",
            controls={c.AuditLogging(note="remote commands logged with the caller")},
        )
    )
    # CSMS database of driver accounts, tariffs applied and charging sessions.
    session_db = tm.add(
        tg.DataStore(
            "Driver and session database",
            stores={session_records},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Human support agents who take escalations and larger refunds.
    support_team = tm.add(tg.Actor("Support team", role="support staff"))

# ---------------------------------------------------------------- flows
tls = c.EncryptionInTransit(protocol="TLS 1.2+")

# Driver reaches us by app chat or by phone.
tm.flow(driver, chat_api, fault_report, protocol="https", controls={tls})
tm.flow(chat_api, driver, agent_reply, protocol="https", controls={tls})
tm.flow(driver, voice, call_audio, protocol="pstn", label="support line call")
tm.flow(voice, driver, call_audio, protocol="pstn", label="synthesised agent speech")
tm.flow(voice, chat_api, call_transcript, protocol="https", label="transcribed caller turns")
tm.flow(chat_api, voice, agent_reply, protocol="https", label="reply to speak")

# Conversation to the agent and its model.
tm.flow(chat_api, agent, fault_report, call_transcript)
tm.flow(agent, chat_api, agent_reply)
tm.flow(agent, llm, llm_prompt, protocol="https", controls={tls})
tm.flow(llm, agent, llm_completion, protocol="https", controls={tls})

# Charger status look-up.
tm.flow(agent, status_tool, status_query)
tm.flow(status_tool, csms, status_query, protocol="https")
tm.flow(csms, status_tool, charger_status, protocol="https")
tm.flow(status_tool, agent, charger_status)

# Remote restart.
tm.flow(agent, restart_tool, restart_request)
tm.flow(restart_tool, csms, restart_request, protocol="https")
tm.flow(csms, restart_tool, charger_status, protocol="https", label="reset accepted or refused")
tm.flow(restart_tool, agent, charger_status)

# CSMS and the chargers, both ways over one OCPP WebSocket.
tm.flow(
    csms,
    chargers,
    ocpp_command,
    protocol="wss",
    controls={c.Authentication(method="per-charger HTTP Basic password (OCPP security profile 2)")},
)
tm.flow(chargers, csms, charger_telemetry, protocol="wss")
tm.flow(csms, session_db, session_records)
tm.flow(session_db, csms, session_records)

# Refunds.
tm.flow(agent, refund_tool, refund_request)
tm.flow(refund_tool, csms, refund_request, protocol="https", label="payment reference lookup")
tm.flow(csms, refund_tool, session_records, protocol="https", label="original payment reference")
tm.flow(refund_tool, psp, refund_instruction, protocol="https", controls={tls})
tm.flow(psp, refund_tool, refund_result, protocol="https", controls={tls})
tm.flow(refund_tool, agent, refund_result)

# Field engineer bookings.
tm.flow(agent, booking_tool, booking_request)
tm.flow(booking_tool, field_service, work_order, protocol="https", controls={tls})
tm.flow(field_service, booking_tool, booking_result, protocol="https", controls={tls})
tm.flow(booking_tool, agent, booking_result)

# Case history and escalations.
tm.flow(agent, case_store, case_record)
tm.flow(case_store, agent, case_record, label="driver's open cases")
tm.flow(case_store, support_team, escalation, protocol="https", label="escalation queue")
tm.flow(support_team, case_store, case_resolution, protocol="https")
tm.flow(
    support_team,
    refund_tool,
    refund_approval,
    protocol="https",
    label="approves refunds above the limit",
)
