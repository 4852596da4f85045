"""IT helpdesk voice agent for password and MFA resets: the first design.

Employees who are locked out phone the IT helpdesk number from any phone. Our
cloud contact-centre provider answers and streams the call over a SIP/TLS trunk
to a voice gateway in the IT cloud tenant, which turns speech into text and back.
An LLM agent (a hosted model behind the vendor's API) runs the conversation: it
looks the caller up in the HR system, texts a one-time code to the mobile number
on the employee's record and checks the code the caller reads back; when the
caller has lost that phone (the usual MFA case) it asks for employee ID, date of
birth and line manager's name instead. It then resets the password (reading a
temporary password out on the call) or clears the enrolled MFA factors through
the identity provider's admin API, and logs a ticket in the ITSM tool. Callers it
cannot verify are handed to a human helpdesk analyst via a ticket. The IdP token
is held in the vault and scoped to a helpdesk-admin role; calls are recorded and
transcribed into an encrypted store; the agent's steps are capped and logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "IT helpdesk password reset voice agent",
    profile=tg.RiskProfile.HIGH,
    description="Voice agent that verifies employees by phone and resets passwords or MFA in the IdP.",
)

# ---------------------------------------------------------------- data assets
caller_audio = tg.Data(
    "Caller voice audio",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="The caller's speech and the agent's synthesised replies, both directions.",
)
caller_utterance = tg.Data(
    "Caller utterance transcript",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Speech-to-text of each caller turn, with the calling number.",
)
agent_reply = tg.Data("Agent spoken reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt with the verification script, the conversation so far and tool results.",
)
llm_completion = tg.Data(
    "Agent completion and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
directory_query = tg.Data("Employee lookup query", kind="tool-call", sensitivity=tg.Sensitivity.PII)
employee_record = tg.Data(
    "Employee identity record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Name, employee ID, date of birth, line manager, registered mobile number.",
)
code_request = tg.Data(
    "Verification code request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="Send a code to an employee's registered mobile, or check the code the caller read back.",
)
verification_result = tg.Data(
    "Verification result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
one_time_code = tg.Data(
    "One-time verification code", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
reset_request = tg.Data(
    "Password or MFA reset request",
    kind="tool-call",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Employee's IdP user id and the action: set a temporary password, or clear MFA factors.",
)
idp_admin_call = tg.Data(
    "IdP admin API call",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Reset-password or reset-factors call on one user, sent with the admin API token.",
)
idp_api_token = tg.Data(
    "IdP admin API token", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
temp_password = tg.Data(
    "Temporary password",
    kind="credentials",
    sensitivity=tg.Sensitivity.SECRET,
    description="Issued by the IdP; must be changed at the next sign-in. Read out to the caller.",
)
reset_result = tg.Data("Reset result", kind="tool-result", sensitivity=tg.Sensitivity.SECRET)
ticket = tg.Data(
    "Helpdesk ticket",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Who called, how they were verified, what was reset, or why the call was handed over.",
)
call_record = tg.Data(
    "Call recording and transcript",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
)

# ---------------------------------------------------------------- elements
with tm.boundary("Public telephone network", trust=tg.Trust.UNTRUSTED):
    # Whoever dials the helpdesk number: meant to be an employee, from any phone.
    caller = tm.add(tg.Actor("Caller", role="employee locked out of their account"))

with tm.boundary("Contact centre provider", trust=tg.Trust.PARTNER):
    # Answers the helpdesk number and carries the call audio to us.
    telephony = tm.add(
        tg.ExternalService(
            "Cloud contact centre",
            description="Hosted telephony: the helpdesk number, call routing and the SIP trunk to us.",
        )
    )

with tm.boundary("SaaS providers", trust=tg.Trust.PARTNER):
    # The company's identity provider; its admin API performs the resets.
    idp = tm.add(
        tg.ExternalService(
            "Identity provider admin API",
            provides=tg.ExternalCategory.IDENTITY_PROVIDER,
            description="Workforce SSO tenant; reset-password and reset-factors endpoints.",
        )
    )
    # The IT service-management tool where every call is ticketed and escalations land.
    itsm = tm.add(tg.ExternalService("ITSM ticketing system"))
    # Texts the one-time code to the registered mobile number.
    sms_gateway = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model that drives the conversation and chooses tool calls.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model with function calling, behind the vendor's API.",
            controls={c.SupplierAssessment(note="enterprise terms with zero data retention")},
        )
    )

with tm.boundary("IT cloud tenant", trust=tg.Trust.INTERNAL):
    # Speech-to-text and text-to-speech between the call and the agent.
    voice_gateway = tm.add(
        tg.Service(
            "Voice gateway",
            description="Terminates the SIP trunk, streams speech-to-text and text-to-speech, records the call.",
        )
    )
    # The agent itself: follows the verification script and performs the reset.
    agent = tm.add(
        tg.Agent(
            "Helpdesk voice agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Verifies the caller, then resets the password or MFA without a person in the loop; "
            "hands over to an analyst when verification fails.",
            controls={
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(note="every tool call with its arguments, to the SIEM"),
            },
        )
    )
    # Read-only lookup of the caller's HR record, by calling number or employee ID.
    directory_tool = tm.add(tg.Tool("Employee directory lookup", capabilities={"read"}))
    # Sends the one-time code by SMS and checks the code the caller reads back.
    verify_tool = tm.add(
        tg.Tool(
            "Verification code tool",
            capabilities={"read", "send-messages"},
            description="Sends a six-digit code to the mobile number on the HR record and checks it; "
            "codes expire after five minutes.",
        )
    )
    # Calls the IdP admin API: set a temporary password or clear enrolled MFA factors.
    reset_tool = tm.add(
        tg.Tool(
            "Password and MFA reset tool",
            capabilities={"write", "delete"},
            controls={
                c.SecretsManagement(note="IdP API token fetched from the vault at call time"),
                c.LeastPrivilegeTools(
                    note="token bound to a helpdesk-admin role that cannot touch administrator accounts"
                ),
            },
        )
    )
    # Opens the ticket for each call and hands unverified callers to an analyst.
    ticket_tool = tm.add(tg.Tool("Ticket and handover tool", capabilities={"write"}))
    # Call recordings and transcripts, kept for quality review and disputes.
    transcripts = tm.add(
        tg.DataStore(
            "Call recording store",
            stores={call_record},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

    with tm.boundary("HR systems", trust=tg.Trust.RESTRICTED):
        # System of record for employee details used to verify callers.
        hris = tm.add(tg.DataStore("HRIS employee records", stores={employee_record}))

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Human helpdesk staff who pick up escalations from the ITSM queue.
    analyst = tm.add(tg.Actor("Helpdesk analyst", role="IT support analyst"))

# ---------------------------------------------------------------- flows
# the call
tm.flow(caller, telephony, caller_audio, protocol="pstn")
tm.flow(telephony, caller, caller_audio, protocol="pstn")
tm.flow(telephony, voice_gateway, caller_audio, protocol="sips", label="SIP trunk with SRTP")
tm.flow(voice_gateway, telephony, caller_audio, protocol="sips", label="SIP trunk with SRTP")
tm.flow(voice_gateway, agent, caller_utterance)
tm.flow(agent, voice_gateway, agent_reply)
tm.flow(voice_gateway, transcripts, call_record)

# the model
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_completion, protocol="https")

# verification
tm.flow(agent, directory_tool, directory_query)
tm.flow(directory_tool, hris, directory_query, protocol="https")
tm.flow(hris, directory_tool, employee_record, protocol="https")
tm.flow(directory_tool, agent, employee_record)
tm.flow(agent, verify_tool, code_request)
tm.flow(verify_tool, hris, directory_query, protocol="https", label="registered mobile number")
tm.flow(hris, verify_tool, employee_record, protocol="https")
tm.flow(verify_tool, sms_gateway, one_time_code, protocol="https")
tm.flow(sms_gateway, caller, one_time_code, protocol="sms")
tm.flow(verify_tool, agent, verification_result)

# the reset
tm.flow(agent, reset_tool, reset_request)
tm.flow(reset_tool, idp, idp_admin_call, idp_api_token, protocol="https")
tm.flow(idp, reset_tool, temp_password, protocol="https")
tm.flow(reset_tool, agent, reset_result, temp_password)

# tickets and escalation
tm.flow(agent, ticket_tool, ticket)
tm.flow(ticket_tool, itsm, ticket, protocol="https")
tm.flow(itsm, analyst, ticket, protocol="https", label="escalation queue")
tm.flow(analyst, itsm, ticket, protocol="https", label="works the ticket")
