"""Interview scheduling agent: the first design, before any security review.

Recruiters hand the agent a scheduling request from a small web dashboard: the candidate,
the role, the interview panel and a date window. The agent reads the candidate's record
from the applicant tracking system (a SaaS ATS), looks up the hiring managers' free/busy
time in the company's Microsoft 365 calendars, and emails the candidate proposed slots
from the shared interviews@ mailbox. It reads the candidate's replies, negotiates
alternatives, books the calendar invites with a video link and moves the ATS stage to
"interview scheduled", without a person approving each email. A hosted LLM reads the
threads and decides the next step; per-candidate thread state is kept in a small store.
The dashboard uses corporate SSO with MFA, the mail tool is limited to the shared mailbox,
the LLM vendor was reviewed by procurement, and candidates are in the EU (GDPR).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Interview scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Agent that schedules candidate interviews over e-mail against hiring managers' calendars.",
)

# ---------------------------------------------------------------- data assets
request = tg.Data(
    "Scheduling request",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate, role, interview panel and date window chosen by the recruiter.",
)
status = tg.Data("Scheduling status", kind="records", sensitivity=tg.Sensitivity.PII)
candidate_email = tg.Data(
    "Candidate e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Candidates' replies to the interviews@ mailbox, with any attachments.",
)
outgoing_email = tg.Data(
    "Interview scheduling e-mails",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed slots, confirmations and reschedules sent to candidates.",
)
candidate_record = tg.Data(
    "Candidate record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Name, contact details, role applied for, stage and recruiter notes.",
)
stage_update = tg.Data("Interview stage update", kind="records", sensitivity=tg.Sensitivity.PII)
free_busy = tg.Data(
    "Hiring manager availability",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free/busy blocks and meeting subjects from the panel's calendars.",
)
invite = tg.Data(
    "Interview calendar invite",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Event with the candidate's name and e-mail, panel and video link.",
)
prompt = tg.Data(
    "Agent prompt with e-mail thread",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, the e-mail thread, availability and tool results.",
)
completion = tg.Data(
    "LLM completion with tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
thread_state = tg.Data(
    "Scheduling thread state",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Per-candidate conversation history, slots offered and what was agreed.",
)
mail_call = tg.Data("Mail tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
calendar_call = tg.Data("Calendar tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
ats_call = tg.Data("ATS tool call", kind="tool-call", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can write to the interviews@ address, candidates included.
    candidate = tm.add(tg.Actor("Candidate", role="job candidate"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Exchange Online hosts the shared interviews@ mailbox the agent sends from.
    mail = tm.add(tg.ExternalService("Exchange Online mailbox", provides="generic"))
    # The hiring managers' and interviewers' calendars, through Microsoft Graph.
    calendars = tm.add(tg.ExternalService("Outlook calendars", provides="generic"))

with tm.boundary("ATS vendor", trust=tg.Trust.PARTNER):
    # System of record for candidates and their hiring stage.
    ats = tm.add(tg.DataStore("Applicant tracking system", stores={candidate_record}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the threads and chooses the agent's next step and wording.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="procurement review; zero data retention agreed")},
        )
    )

with tm.boundary("Recruiting platform VPC", trust=tg.Trust.INTERNAL):
    # Where recruiters start scheduling and follow its progress.
    dashboard = tm.add(
        tg.Endpoint(
            "Scheduling dashboard",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="corporate SSO (OIDC) with MFA"), c.RBAC()},
        )
    )
    # The LLM agent that runs each scheduling conversation end to end.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            memory=True,
            controls={c.CircuitBreaker(max_steps=25)},
        )
    )
    # Reads the shared mailbox and sends e-mails from it.
    mail_tool = tm.add(
        tg.Tool(
            "Mail tool",
            capabilities={"read", "send-messages"},
            controls={
                c.LeastPrivilegeTools(
                    note="Graph application access policy limits it to the interviews@ mailbox"
                )
            },
        )
    )
    # Reads free/busy and creates, moves or cancels interview events.
    calendar_tool = tm.add(tg.Tool("Calendar tool", capabilities={"read", "write", "delete"}))
    # Reads candidate records and updates the interview stage.
    ats_tool = tm.add(tg.Tool("ATS tool", capabilities={"read", "write"}))
    # Per-candidate thread state so the agent can resume a conversation days later.
    state_store = tm.add(
        tg.DataStore(
            "Scheduling state store",
            stores={thread_state},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Starts scheduling requests and handles what the agent cannot.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))
    # Owns the calendar the agent books into and receives the invites.
    manager = tm.add(tg.Actor("Hiring manager", role="hiring manager"))

# ---------------------------------------------------------------- flows
tm.flow(recruiter, dashboard, request, protocol="https")
tm.flow(dashboard, agent, request)
tm.flow(agent, dashboard, status)
tm.flow(dashboard, recruiter, status, protocol="https")

tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, state_store, thread_state)
tm.flow(state_store, agent, thread_state)

tm.flow(candidate, mail, candidate_email, protocol="smtp")
tm.flow(mail, candidate, outgoing_email, protocol="smtp")
tm.flow(agent, mail_tool, mail_call, outgoing_email)
tm.flow(mail_tool, mail, outgoing_email, protocol="https")
tm.flow(mail, mail_tool, candidate_email, protocol="https")
tm.flow(mail_tool, agent, candidate_email)

tm.flow(agent, calendar_tool, calendar_call, invite)
tm.flow(calendar_tool, calendars, invite, protocol="https")
tm.flow(calendars, calendar_tool, free_busy, protocol="https")
tm.flow(calendar_tool, agent, free_busy)
tm.flow(calendars, manager, invite, protocol="https")

tm.flow(agent, ats_tool, ats_call, stage_update)
tm.flow(ats_tool, ats, stage_update, protocol="https")
tm.flow(ats, ats_tool, candidate_record, protocol="https")
tm.flow(ats_tool, agent, candidate_record)
tm.flow(recruiter, ats, candidate_record, protocol="https", label="maintains candidates")
