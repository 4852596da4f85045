"""HR interview scheduling agent: the first design, before any security review.

When a recruiter moves an applicant to an interview stage in the applicant
tracking system (ATS), a scheduling agent takes over the logistics. It reads the
candidate's record from the ATS, emails the candidate from a shared recruiting
mailbox to propose interview slots, reads the replies, checks the interviewers'
free/busy calendars, books the meeting and sends a video-call link. The agent
runs in our cloud account, plans each step with a hosted LLM and reaches the
ATS, the mail and calendar suite and the video platform through SaaS APIs with
OAuth tokens kept in the cloud secret manager. Candidates are in the EU and UK.
Recruiters sign in to a console with company SSO, see a log of every action the
agent took and can take over any thread; the agent does not wait for approval.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "HR interview scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that schedules candidate interviews over email and books calendars.",
)

# ---------------------------------------------------------------- data assets
candidate_record = tg.Data(
    "Candidate record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, email, role applied for, stage, interview panel and notes from the ATS.",
)
proposal_email = tg.Data(
    "Scheduling email",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Slot proposals, confirmations and the video-call link sent to the candidate.",
)
candidate_reply = tg.Data(
    "Candidate reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text email replies from candidates, with any attachments or quoted text.",
)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the candidate record, the email thread and free slots.",
)
completion = tg.Data("LLM plan and draft", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_call = tg.Data("Tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
tool_result = tg.Data("Tool result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
free_busy = tg.Data(
    "Interviewer availability",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free/busy blocks and event titles from interviewers' calendars.",
)
booking = tg.Data(
    "Interview booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Calendar event with the candidate and the interview panel.",
)
meeting_link = tg.Data(
    "Video-call link",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Join URL and passcode for the interview meeting.",
)
thread_state = tg.Data(
    "Scheduling thread state",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-candidate conversation history, proposed slots and status.",
)
activity_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)
takeover = tg.Data("Takeover command", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
stage_change = tg.Data("Stage change", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applicants write to the recruiting mailbox from any email address.
    candidate = tm.add(tg.Actor("Candidate", role="job applicant"))

with tm.boundary("SaaS vendors", trust=tg.Trust.PARTNER):
    # The system of record for applicants; the agent only reads it.
    ats = tm.add(
        tg.DataStore(
            "Applicant tracking system",
            stores={candidate_record},
            description="Hosted ATS with a REST API.",
        )
    )
    # The company mail suite; the agent uses the shared recruiting mailbox.
    mail = tm.add(tg.ExternalService("Email service", description="Company mail suite (hosted)."))
    # Interviewers' calendars, in the same hosted suite.
    calendar = tm.add(tg.ExternalService("Calendar service"))
    # Creates the meeting the candidate and panel join.
    video = tm.add(tg.ExternalService("Video meeting platform"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Plans the next step and drafts the emails.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review and DPA signed")},
        )
    )

with tm.boundary("Recruiting cloud account", trust=tg.Trust.INTERNAL):
    # The orchestrator: one run per candidate thread, triggered by ATS stage changes
    # and by new mail in the recruiting mailbox.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            memory=True,
            controls={
                c.AuditLogging(retention_days=365, note="every tool call goes to the activity log"),
                c.CircuitBreaker(max_steps=20, note="per thread per trigger"),
                c.SecretsManagement(note="OAuth tokens and API keys in the cloud secret manager"),
            },
        )
    )
    # Reads candidate records; the ATS API key is read-only.
    ats_tool = tm.add(
        tg.Tool(
            "ATS reader",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only ATS API key")},
        )
    )
    # Reads the recruiting mailbox and sends mail from it.
    email_tool = tm.add(tg.Tool("Email tool", capabilities={"read", "send-messages"}))
    # Reads free/busy and creates events on interviewers' calendars.
    calendar_tool = tm.add(tg.Tool("Calendar tool", capabilities={"read", "write"}))
    # Creates meetings and returns the join link.
    video_tool = tm.add(tg.Tool("Video meeting tool", capabilities={"write"}))
    # Keeps each candidate thread's history between agent runs.
    state_store = tm.add(
        tg.DataStore(
            "Thread state store",
            stores={thread_state},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # What the agent did, for recruiters to review.
    log_store = tm.add(tg.DataStore("Activity log store", stores={activity_log}))
    # Recruiters read the log and take over threads here.
    console = tm.add(
        tg.Endpoint(
            "Recruiter console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="company SSO (OIDC)")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Owns the hiring process; moves candidates between stages.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))

# ---------------------------------------------------------------- flows
# Candidate email
tm.flow(mail, candidate, proposal_email, protocol="smtp", label="slot proposals and link")
tm.flow(candidate, mail, candidate_reply, protocol="smtp", label="replies")

# Agent and its model
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, state_store, thread_state)
tm.flow(state_store, agent, thread_state)
tm.flow(agent, log_store, activity_log)

# Tools
tm.flow(agent, ats_tool, tool_call)
tm.flow(ats_tool, agent, tool_result, candidate_record)
tm.flow(ats_tool, ats, tool_call, protocol="https")
tm.flow(ats, ats_tool, candidate_record, protocol="https")

tm.flow(agent, email_tool, tool_call, proposal_email)
tm.flow(email_tool, agent, tool_result, candidate_reply)
tm.flow(email_tool, mail, proposal_email, protocol="https", label="send")
tm.flow(mail, email_tool, candidate_reply, protocol="https", label="read inbox")

tm.flow(agent, calendar_tool, tool_call, booking)
tm.flow(calendar_tool, agent, tool_result, free_busy)
tm.flow(calendar_tool, calendar, booking, protocol="https")
tm.flow(calendar, calendar_tool, free_busy, protocol="https")

tm.flow(agent, video_tool, tool_call)
tm.flow(video_tool, agent, tool_result, meeting_link)
tm.flow(video_tool, video, tool_call, protocol="https")
tm.flow(video, video_tool, meeting_link, protocol="https")

# Recruiters
tm.flow(recruiter, ats, stage_change, protocol="https", label="moves to interview stage")
tm.flow(ats, agent, stage_change, protocol="https", label="stage-change webhook")
tm.flow(log_store, console, activity_log)
tm.flow(console, recruiter, activity_log, protocol="https")
tm.flow(recruiter, console, takeover, protocol="https", label="take over thread")
tm.flow(console, agent, takeover)
