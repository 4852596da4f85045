"""Hospital car park staff permit chatbot: the first design, before any security review.

Staff of an NHS hospital trust apply for, renew and query car park permits by
chatting with an assistant on the intranet, signed in with the trust's SSO. An
LLM agent, using a model hosted in the trust's cloud tenancy, reads the permit
policy and looks up the applicant's shift pattern, home postcode and blue badge
status in the HR system to decide eligibility. It issues a permit by writing the
vehicle registration to the car park operator's plate-recognition (ANPR) system,
and sets up the monthly permit charge as a salary deduction through a payroll
tool that drops a deduction file for payroll. Staff who are refused can appeal;
the agent refers the case by e-mail to the travel team, who may grant a permit
themselves in the operator's portal. The chat endpoint accepts only SSO users,
the HR lookup uses a read-only view, the payroll tool's account can only post
car park deduction codes, and conversations are logged.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hospital car park staff permit chatbot",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Intranet chatbot that checks staff eligibility for car park permits, "
    "issues them to the ANPR system and sets up salary deductions.",
)

# ---------------------------------------------------------------- data assets
sso_token = tg.Data("SSO session token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
message = tg.Data(
    "Staff chat message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Application, renewal or appeal request, with vehicle registration.",
)
reply = tg.Data("Chatbot reply", kind="model-output", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="System prompt, the policy, the conversation and HR lookup results.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.REGULATED)
policy = tg.Data(
    "Permit eligibility criteria",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Shift bands, distance thresholds, blue badge priority and permit charges.",
)
hr_record = tg.Data(
    "Staff HR record",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Employee number, role, shift pattern, home postcode and blue badge status.",
)
hr_query = tg.Data("HR lookup request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
hr_result = tg.Data("HR lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED)
permit_call = tg.Data("Permit issue request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
plate = tg.Data(
    "Permitted vehicle registration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Plate, permit type, car parks and validity dates.",
)
permit_result = tg.Data("Permit issue result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
deduction_call = tg.Data("Deduction request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
deduction = tg.Data(
    "Salary deduction instruction",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Employee number, deduction code, monthly amount and start date.",
)
deduction_result = tg.Data("Deduction result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
appeal_call = tg.Data("Appeal referral request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
appeal = tg.Data(
    "Permit appeal case",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Applicant, reasons given, eligibility facts used and the transcript.",
)
transcript = tg.Data("Chat transcripts", kind="logs", sensitivity=tg.Sensitivity.REGULATED)

# ---------------------------------------------------------------- elements
with tm.boundary("Trust network", trust=tg.Trust.INTERNAL):
    # Any member of staff, on a trust PC or through the intranet remote access.
    staff = tm.add(tg.Actor("Staff member", role="employee"))
    # Reviews appeals and can grant permits outside the rules.
    travel_team = tm.add(tg.Actor("Travel team officer", role="travel and transport team"))
    # The chat page's backend on the intranet; only signed-in staff reach it.
    chat = tm.add(
        tg.Endpoint(
            "Permit chat endpoint",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Trust SSO (OIDC)")},
        )
    )
    # The LLM agent that runs the conversation and calls the tools.
    agent = tm.add(
        tg.Agent(
            "Permit assistant agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            controls={c.AuditLogging(retention_days=365, note="conversations and tool calls")},
        )
    )
    # The travel team's policy document, given to the agent with every conversation.
    policy_store = tm.add(tg.DataStore("Permit policy document", stores={policy}))
    # Reads an applicant's HR facts for the eligibility check.
    hr_tool = tm.add(
        tg.Tool(
            "HR eligibility lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only view of the needed HR fields")},
        )
    )
    # Writes the plate to the operator's ANPR allow list.
    permit_tool = tm.add(tg.Tool("Permit issuing tool", capabilities={"write"}))
    # Sets up the monthly permit charge as a salary deduction.
    payroll_tool = tm.add(
        tg.Tool(
            "Payroll deduction tool",
            capabilities={"write", "money-movement"},
            controls={c.LeastPrivilegeTools(note="may post car park deduction codes only")},
        )
    )
    # Refers a refused application to the travel team's shared mailbox.
    appeal_tool = tm.add(tg.Tool("Appeal referral tool", capabilities={"send-messages"}))
    # Keeps transcripts for appeals and complaints.
    transcripts = tm.add(
        tg.DataStore(
            "Conversation log store",
            stores={transcript},
            controls={c.EncryptionAtRest(key_management="database TDE")},
        )
    )

    with tm.boundary("HR and payroll systems", trust=tg.Trust.RESTRICTED):
        # The trust's HR system of record.
        hr = tm.add(
            tg.DataStore(
                "HR system",
                stores={hr_record},
                controls={c.RBAC(), c.EncryptionAtRest()},
            )
        )
        # Takes the deduction files and applies them in the next pay run.
        payroll = tm.add(tg.Service("Payroll system"))

with tm.boundary("Identity provider", trust=tg.Trust.PARTNER):
    # The trust's cloud SSO that staff already use for e-mail and the intranet.
    sso = tm.add(tg.ExternalService("Trust SSO", provides=tg.ExternalCategory.IDENTITY_PROVIDER))

with tm.boundary("Cloud LLM tenancy", trust=tg.Trust.PARTNER):
    # A hosted general-purpose model in the trust's cloud tenancy.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPIA and DSPT review of the cloud provider")},
        )
    )

with tm.boundary("Car park operator", trust=tg.Trust.PARTNER):
    # The contractor's plate-recognition system that opens barriers for permitted plates.
    anpr = tm.add(tg.ExternalService("Car park ANPR system"))

# ---------------------------------------------------------------- flows
# sign-in and chat
tm.flow(staff, sso, sso_token, protocol="https", label="sign in")
tm.flow(sso, staff, sso_token, protocol="https")
tm.flow(staff, chat, message, sso_token, protocol="https")
tm.flow(chat, staff, reply, protocol="https")
tm.flow(chat, agent, message)
tm.flow(agent, chat, reply)
tm.flow(policy_store, agent, policy)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, transcripts, transcript)

# eligibility check
tm.flow(agent, hr_tool, hr_query)
tm.flow(hr_tool, hr, hr_query, protocol="https")
tm.flow(hr, hr_tool, hr_record, protocol="https")
tm.flow(hr_tool, agent, hr_result)

# issuing the permit
tm.flow(agent, permit_tool, permit_call)
tm.flow(permit_tool, anpr, plate, protocol="https")
tm.flow(anpr, permit_tool, permit_result, protocol="https")
tm.flow(permit_tool, agent, permit_result)

# salary deduction
tm.flow(agent, payroll_tool, deduction_call)
tm.flow(payroll_tool, payroll, deduction, protocol="sftp", label="deduction file")
tm.flow(payroll_tool, agent, deduction_result)

# appeals
tm.flow(agent, appeal_tool, appeal_call)
tm.flow(appeal_tool, travel_team, appeal, protocol="smtp+starttls", label="shared mailbox")
tm.flow(transcripts, travel_team, transcript, label="looked up for an appeal")
tm.flow(travel_team, anpr, plate, protocol="https", label="manual permit on appeal")
