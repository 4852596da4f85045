"""Recruiting screening agent: the first design, before any security review.

Our EU recruiting team gets applications from the careers site and from job boards
that push candidates to us through their partner APIs. Everything lands in the
applicant tracking system (ATS), which stores CVs and cover letters in the
candidate database. A screening agent running in our cloud reads each application
with the job description the hiring manager wrote, asks a hosted LLM to score and
rank the candidate against it, and writes the ranking and a rationale back to the
ATS. For short-listed candidates it drafts an outreach email; a recruiter approves
the draft in the ATS before the agent sends it. When a candidate replies with
availability, the agent books the interview through the calendar tool.
Controls in this design: upload checks and rate limits on the careers site, SSO
with roles and an audit log on the ATS, encryption at rest for candidate data, a
data processing agreement with the LLM vendor, and recruiter approval of outreach.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruiting screening agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description="LLM agent that ranks job applicants, drafts outreach and books interviews.",
)

# ---------------------------------------------------------------- data assets
application = tg.Data(
    "Application (CV and cover letter)",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Uploaded PDF/DOCX files and form fields: name, contact, work history.",
)
job_description = tg.Data(
    "Job description", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Ranking instructions, the job description and the candidate's CV text.",
)
llm_output = tg.Data(
    "LLM screening output",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Fit score, rationale and, for short-listed candidates, an email draft.",
)
ranking = tg.Data(
    "Candidate ranking",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
outreach_draft = tg.Data(
    "Outreach email draft", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approval = tg.Data("Recruiter approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
outreach_email = tg.Data("Outreach email", kind="tool-call", sensitivity=tg.Sensitivity.PII)
candidate_reply = tg.Data(
    "Candidate reply",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text email with the candidate's availability and questions.",
)
booking = tg.Data("Interview booking request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
availability = tg.Data(
    "Interviewer availability", kind="tool-result", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
invitation = tg.Data("Interview invitation", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Applicants; anyone can submit an application.
    candidate = tm.add(tg.Actor("Candidate", role="applicant"))

with tm.boundary("Job board partners", trust=tg.Trust.PARTNER):
    # Job boards push applications from their sites to us.
    job_board = tm.add(
        tg.DataSource(
            "Job board feed",
            origin=tg.Origin.PARTNER,
            provides={application},
            description="Applications forwarded by job boards through their partner APIs.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that reads CVs and produces scores and drafts.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model behind the vendor's EU-region API.",
            controls={c.SupplierAssessment(note="DPA signed, EU region, no training on our data")},
        )
    )

with tm.boundary("Recruiting cloud", trust=tg.Trust.INTERNAL):
    # Public application form; the only component candidates reach directly.
    careers_site = tm.add(
        tg.Endpoint(
            "Careers site",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="file type and size limits on CV uploads"),
                c.RateLimiting(requests_per_minute=30),
            },
        )
    )
    # System of record for applications, rankings and outreach approvals.
    ats = tm.add(
        tg.Service(
            "Applicant tracking system",
            controls={
                c.Authentication(method="corporate SSO (OIDC)"),
                c.RBAC(),
                c.AuditLogging(retention_days=365),
            },
        )
    )
    # The LLM-driven worker that screens, ranks, drafts and books.
    agent = tm.add(
        tg.Agent(
            "Screening agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Screens each new application, ranks it and handles outreach steps.",
        )
    )
    # Sends email from the recruiting mailbox and receives replies.
    email_tool = tm.add(
        tg.Tool(
            "Email tool",
            capabilities={"read", "send-messages"},
            controls={c.HumanInTheLoop(approver="recruiter approves each outreach in the ATS")},
        )
    )
    # Reads interviewer free/busy and creates interview events.
    calendar_tool = tm.add(
        tg.Tool(
            "Calendar tool",
            capabilities={"read", "write", "send-messages"},
            origin="third-party",
            description="Connector to the company's calendar suite.",
        )
    )

    with tm.boundary("Candidate data tier", trust=tg.Trust.RESTRICTED):
        # Holds CVs, cover letters, rankings and correspondence.
        candidate_db = tm.add(
            tg.DataStore(
                "Candidate database",
                stores={application, ranking, outreach_draft, candidate_reply},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Corporate network", trust=tg.Trust.INTERNAL):
    # Reviews rankings and approves outreach before it is sent.
    recruiter = tm.add(tg.Actor("Recruiter", role="recruiter"))
    # Writes the job description the agent ranks against.
    hiring_manager = tm.add(tg.Actor("Hiring manager", role="hiring manager"))

# ---------------------------------------------------------------- flows
tm.flow(candidate, careers_site, application, protocol="https")
tm.flow(careers_site, ats, application)
tm.flow(job_board, ats, application, protocol="https", label="partner API push")
tm.flow(ats, candidate_db, application, ranking, outreach_draft, candidate_reply)
tm.flow(candidate_db, ats, application, ranking, outreach_draft, candidate_reply)

tm.flow(hiring_manager, ats, job_description, protocol="https")
tm.flow(ats, agent, application, job_description, label="new application")
tm.flow(agent, llm, screening_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")
tm.flow(agent, ats, ranking, outreach_draft, label="ranking and draft")

tm.flow(ats, recruiter, ranking, outreach_draft, protocol="https")
tm.flow(recruiter, ats, approval, protocol="https", label="approve outreach")
tm.flow(ats, agent, approval, id="ats->agent:approval", label="approved outreach")

tm.flow(agent, email_tool, outreach_email)
tm.flow(email_tool, candidate, outreach_email, protocol="smtp+starttls")
tm.flow(candidate, email_tool, candidate_reply, protocol="smtp+starttls")
tm.flow(email_tool, agent, candidate_reply)
tm.flow(agent, ats, candidate_reply, id="agent->ats:reply", label="log reply")

tm.flow(agent, calendar_tool, booking)
tm.flow(calendar_tool, agent, availability)
tm.flow(calendar_tool, candidate, invitation, protocol="smtp+starttls")
tm.flow(calendar_tool, hiring_manager, invitation, protocol="https")
