"""Recruitment agency candidate outreach agent: the first design, before any security review.

Client companies e-mail job orders to the agency's shared jobs mailbox in Microsoft
365. An intake service reads new mail through the Graph API and hands each job order,
and later each candidate reply, to an outreach agent running in the agency's cloud
account. The agent uses a hosted LLM to read the job order, searches the candidate
database through a read-only search tool, drafts outreach, and sends it by e-mail and
through LinkedIn Recruiter messaging. When a candidate answers with availability, it
books a screening call in the owning recruiter's calendar. Recruiters work from the
agency office and approve each job's outreach campaign (the target list and message
template) before the first message goes out; individual messages and bookings after
that go ahead without review. Sends are rate-limited per mailbox, the candidate
database is encrypted and role-restricted, and the agent's actions are logged.
The agency places candidates in the EU, so candidate data falls under the GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruitment agency candidate outreach agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An agent that turns e-mailed job orders into candidate outreach and screening calls.",
)

# ---------------------------------------------------------------- data assets
job_order = tg.Data(
    "Job order e-mail",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Role, salary band and client details, as written by the client.",
)
candidate_reply = tg.Data(
    "Candidate reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="A candidate's answer to outreach, often with availability or a CV.",
)
candidate_profiles = tg.Data(
    "Candidate profiles",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="CVs, contact details, salary expectations and placement history.",
)
search_query = tg.Data(
    "Candidate search query", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
search_results = tg.Data("Matching candidates", kind="tool-result", sensitivity=tg.Sensitivity.PII)
prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the job order, candidate profiles and the conversation so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
outreach_message = tg.Data(
    "Outreach message",
    kind="tool-call",
    sensitivity=tg.Sensitivity.PII,
    description="A drafted message addressed to one candidate.",
)
sent_message = tg.Data("Sent outreach", kind="documents", sensitivity=tg.Sensitivity.PII)
booking_request = tg.Data(
    "Screening call booking", kind="tool-call", sensitivity=tg.Sensitivity.PII
)
calendar_entries = tg.Data(
    "Recruiter calendar entries",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free/busy slots and the screening-call events the agent creates.",
)
campaign_draft = tg.Data(
    "Outreach campaign draft", kind="model-output", sensitivity=tg.Sensitivity.PII
)
campaign_approval = tg.Data(
    "Campaign approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
activity_log = tg.Data("Agent activity log", kind="logs", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hiring managers at client companies; anyone can e-mail the jobs mailbox.
    client = tm.add(tg.Actor("Client hiring manager", role="client"))
    # People the agent contacts; they reply by e-mail or on LinkedIn.
    candidate = tm.add(tg.Actor("Candidate", role="candidate"))
    # LinkedIn Recruiter messaging, reached through its partner API.
    linkedin = tm.add(
        tg.ExternalService(
            "LinkedIn Recruiter",
            provides=tg.ExternalCategory.GENERIC,
            description="InMail sending and reply retrieval under the agency's seat.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The agency's mail and calendars: the jobs mailbox, outbound mail, recruiters' calendars.
    m365 = tm.add(
        tg.ExternalService(
            "Microsoft 365 mail and calendar",
            description="Exchange Online: shared jobs mailbox, outreach sender, recruiter calendars.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads job orders and drafts messages.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; vendor's zero-retention API tier")},
        )
    )

with tm.boundary("Agency cloud account", trust=tg.Trust.INTERNAL):
    # Polls the jobs mailbox and routes job orders and candidate replies to the agent.
    intake = tm.add(
        tg.Service(
            "Mail intake service",
            description="Graph API subscriber on the shared jobs mailbox.",
            controls={c.SecretsManagement(note="Graph client secret in the cloud secret store")},
        )
    )
    # Plans the outreach for each job order and carries the conversation with candidates.
    agent = tm.add(
        tg.Agent(
            "Outreach agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="the owning recruiter, once per job's campaign"),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # Lets the agent query the candidate database; it cannot change records.
    search_tool = tm.add(
        tg.Tool(
            "Candidate search tool",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only database role")},
        )
    )
    # Sends outreach e-mail from the recruiters' shared sender address.
    email_tool = tm.add(
        tg.Tool(
            "E-mail send tool",
            capabilities={"send-messages", "network-egress"},
            controls={c.RateLimiting(requests_per_minute=10)},
        )
    )
    # Sends InMails through LinkedIn and fetches the replies.
    linkedin_tool = tm.add(
        tg.Tool(
            "LinkedIn messaging tool",
            capabilities={"send-messages", "read", "network-egress"},
            controls={c.RateLimiting(requests_per_minute=5)},
        )
    )
    # Reads recruiters' free/busy time and creates screening-call events.
    calendar_tool = tm.add(tg.Tool("Calendar booking tool", capabilities={"read", "write"}))
    # Keeps every step the agent took, for recruiters and for candidate access requests.
    log_store = tm.add(tg.DataStore("Agent activity log store", stores={activity_log}))

    with tm.boundary("Data tier", trust=tg.Trust.RESTRICTED):
        # The agency's candidate database (the ATS's own database).
        candidate_db = tm.add(
            tg.DataStore(
                "Candidate database",
                stores={candidate_profiles},
                controls={c.EncryptionAtRest(key_management="KMS"), c.RBAC()},
            )
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Owns client relationships; approves campaigns and takes the screening calls.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))

# ---------------------------------------------------------------- flows
# Job orders and replies arriving by e-mail
tm.flow(client, m365, job_order, protocol="smtp", label="job order e-mail")
tm.flow(candidate, m365, candidate_reply, protocol="smtp", label="reply e-mail")
tm.flow(m365, intake, job_order, candidate_reply, protocol="https", label="Graph API")
tm.flow(intake, agent, job_order, candidate_reply)

# Reasoning with the hosted LLM
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

# Candidate search
tm.flow(agent, search_tool, search_query)
tm.flow(search_tool, candidate_db, search_query, protocol="tls")
tm.flow(candidate_db, search_tool, candidate_profiles, protocol="tls")
tm.flow(search_tool, agent, search_results)

# Campaign approval by the recruiter
tm.flow(agent, recruiter, campaign_draft, protocol="https", label="campaign for approval")
tm.flow(recruiter, agent, campaign_approval, protocol="https", label="approve or edit")

# Outreach by e-mail
tm.flow(agent, email_tool, outreach_message)
tm.flow(email_tool, m365, sent_message, protocol="https", label="Graph sendMail")
tm.flow(m365, candidate, sent_message, protocol="smtp")

# Outreach on LinkedIn
tm.flow(agent, linkedin_tool, outreach_message)
tm.flow(linkedin_tool, linkedin, sent_message, protocol="https")
tm.flow(linkedin, candidate, sent_message, protocol="https")
tm.flow(candidate, linkedin, candidate_reply, protocol="https")
tm.flow(linkedin, linkedin_tool, candidate_reply, protocol="https", label="reply polling")
tm.flow(linkedin_tool, agent, candidate_reply)

# Booking screening calls
tm.flow(agent, calendar_tool, booking_request)
tm.flow(calendar_tool, m365, calendar_entries, protocol="https", label="create event")
tm.flow(m365, calendar_tool, calendar_entries, protocol="https", label="free/busy")
tm.flow(calendar_tool, agent, calendar_entries)
tm.flow(m365, recruiter, calendar_entries, protocol="https", label="screening invite")

# Recruiters keep candidate records up to date
tm.flow(recruiter, candidate_db, candidate_profiles, protocol="https", label="ATS web UI")
tm.flow(candidate_db, recruiter, candidate_profiles, protocol="https", label="ATS web UI")

# Activity log
tm.flow(agent, log_store, activity_log)
tm.flow(log_store, recruiter, activity_log, protocol="https", label="activity view")
