"""Interview scheduling agent for a recruitment agency: the first design.

Recruiters hand the agent a scheduling request (candidate, client, interview round,
length, on-site or video) from a recruiter console they sign in to with company SSO.
The agent reads the shared interviews@ mailbox, where candidates and client hiring
managers reply by e-mail, and the candidate's record in the agency's SaaS applicant
tracking system. It asks a hosted LLM to read the threads and plan, proposes slots
from the recruiters' and meeting rooms' Microsoft 365 calendars, books a room or
creates a Zoom link, and sends proposals and confirmations from the shared mailbox.
Bookings go back into the ATS and every step is written to an activity log.
The agent runs in the agency's Azure subscription; tool credentials sit in Key Vault.
Recruiters approve reschedules and cancellations; new proposals, bookings and
confirmations go out without a person looking at them. The agent stops after a
fixed number of steps per request. Candidates are in the UK and EU (GDPR).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruitment agency interview scheduling agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM agent that reads candidate and client e-mails, proposes interview slots "
        "from calendars, books rooms or video links and sends confirmations."
    ),
)

# ---------------------------------------------------------------- data assets
scheduling_request = tg.Data(
    "Scheduling request",
    kind="instructions",
    sensitivity=tg.Sensitivity.PII,
    description="Candidate, client, round, duration and format, typed by the recruiter.",
)
reschedule_approval = tg.Data("Reschedule approval", kind="records")
pending_items = tg.Data(
    "Pending approvals and booking status", kind="records", sensitivity=tg.Sensitivity.PII
)
candidate_mail = tg.Data(
    "Candidate e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Replies with availability; some carry CVs or notice-period details.",
)
client_mail = tg.Data(
    "Client hiring manager e-mails",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Hiring managers' availability, interview panel names and feedback asides.",
)
mailbox_query = tg.Data("Mailbox search", kind="tool-call")
candidate_records = tg.Data(
    "Candidate records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Contact details, CV, current application stage and client submitted to.",
)
interview_bookings = tg.Data("Interview bookings", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System instructions, the request, the e-mail threads and calendar results.",
)
model_reply = tg.Data(
    "Model reply and tool calls", kind="model-output", sensitivity=tg.Sensitivity.PII
)
booking_call = tg.Data(
    "Calendar hold and room booking", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
availability = tg.Data(
    "Free/busy and room availability", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
meeting_request = tg.Data("Video meeting request", kind="tool-call")
meeting_link = tg.Data(
    "Video meeting link", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
outgoing_mail = tg.Data(
    "Interview proposals and confirmations",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Slot proposals, calendar invitations, addresses and video links.",
)
activity_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Candidates write from their own mail accounts; anyone can e-mail the mailbox.
    candidate = tm.add(tg.Actor("Candidate", role="job candidate"))
    # The client's hiring manager, on the client company's mail system.
    hiring_manager = tm.add(tg.Actor("Client hiring manager", role="client contact"))

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Exchange Online: the shared interviews@ mailbox, recruiters' and rooms' calendars.
    m365 = tm.add(
        tg.ExternalService(
            "Microsoft 365 mail and calendar",
            description="Graph API over the agency's Exchange Online tenant.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reads the threads and plans the next step; no fine-tuning on our data.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={
                c.SupplierAssessment(note="DPA signed, EU data residency, no training on inputs")
            },
        )
    )

with tm.boundary("Video meeting vendor", trust=tg.Trust.PARTNER):
    # Zoom account used for remote interviews.
    zoom = tm.add(tg.ExternalService("Zoom meetings API"))

with tm.boundary("ATS vendor", trust=tg.Trust.PARTNER):
    # The agency's system of record for candidates, run by the ATS vendor.
    ats = tm.add(
        tg.DataStore(
            "Applicant tracking system",
            stores={candidate_records, interview_bookings},
            controls={
                c.RBAC(note="API user limited to candidate and placement objects"),
                c.EncryptionAtRest(key_management="vendor-managed keys"),
            },
        )
    )

with tm.boundary("Agency Azure subscription", trust=tg.Trust.INTERNAL):
    # Where recruiters start requests, see progress and approve reschedules.
    console = tm.add(
        tg.Endpoint(
            "Recruiter console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft Entra ID SSO with MFA")},
        )
    )
    # The LLM agent that runs each scheduling request to completion.
    agent = tm.add(
        tg.Agent(
            "Scheduling agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the candidate's recruiter",
                    note=(
                        "asked before a reschedule or cancellation; proposals, bookings "
                        "and confirmations go ahead directly"
                    ),
                ),
                c.CircuitBreaker(max_steps=25),
                c.SecretsManagement(note="Graph, Zoom and ATS credentials in Azure Key Vault"),
            },
        )
    )
    # Searches and reads the shared mailbox for the threads of a request.
    mailbox_tool = tm.add(
        tg.Tool(
            "Mailbox reader tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(
                    note="Exchange application access policy: the interviews@ mailbox only"
                )
            },
        )
    )
    # Reads free/busy and writes holds and room bookings (Calendars.ReadWrite).
    calendar_tool = tm.add(
        tg.Tool("Calendar and room booking tool", capabilities={"read", "write"})
    )
    # Creates a Zoom meeting for remote interviews.
    video_tool = tm.add(tg.Tool("Video link tool", capabilities={"write", "network-egress"}))
    # Sends mail as the interviews@ mailbox to any address.
    send_tool = tm.add(tg.Tool("E-mail sending tool", capabilities={"send-messages"}))
    # Every prompt, tool call and result, for troubleshooting and disputes.
    log_store = tm.add(
        tg.DataStore(
            "Agent activity log store",
            stores={activity_log},
            controls={c.AuditLogging(retention_days=180)},
        )
    )

with tm.boundary("Agency offices", trust=tg.Trust.INTERNAL):
    # Owns the candidate relationship and the request.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruitment consultant"))

# ---------------------------------------------------------------- flows
# E-mail in and out of the shared mailbox
tm.flow(candidate, m365, candidate_mail, protocol="smtp")
tm.flow(hiring_manager, m365, client_mail, protocol="smtp")
tm.flow(m365, candidate, outgoing_mail, protocol="smtp")
tm.flow(m365, hiring_manager, outgoing_mail, protocol="smtp")

# Recruiter and console
tm.flow(recruiter, console, scheduling_request, reschedule_approval, protocol="https")
tm.flow(console, recruiter, pending_items, protocol="https")
tm.flow(console, agent, scheduling_request, reschedule_approval)
tm.flow(agent, console, pending_items)

# Candidate record
tm.flow(ats, agent, candidate_records, protocol="https")
tm.flow(agent, ats, interview_bookings, protocol="https")

# Planning with the hosted model
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, model_reply, protocol="https")

# Mailbox reader
tm.flow(agent, mailbox_tool, mailbox_query)
tm.flow(mailbox_tool, m365, mailbox_query, protocol="https")
tm.flow(m365, mailbox_tool, candidate_mail, client_mail, protocol="https")
tm.flow(mailbox_tool, agent, candidate_mail, client_mail)

# Calendars and rooms
tm.flow(agent, calendar_tool, booking_call)
tm.flow(calendar_tool, m365, booking_call, protocol="https")
tm.flow(m365, calendar_tool, availability, protocol="https")
tm.flow(calendar_tool, agent, availability)

# Video links
tm.flow(agent, video_tool, meeting_request)
tm.flow(video_tool, zoom, meeting_request, protocol="https")
tm.flow(zoom, video_tool, meeting_link, protocol="https")
tm.flow(video_tool, agent, meeting_link)

# Outgoing mail
tm.flow(agent, send_tool, outgoing_mail)
tm.flow(send_tool, m365, outgoing_mail, protocol="https")

# Activity log
tm.flow(agent, log_store, activity_log)
