"""Apprenticeship matching agent: the first design, before any security review.

A UK training provider places apprentices with levy-paying employers. Candidates
(many aged 16 to 18) upload a CV to the provider's web portal and employers post
vacancy descriptions there; both sign in with an e-mail address and password. A
placement officer asks the matching agent, from a staff console behind Microsoft
365 SSO, to find candidates for a vacancy. The agent, driven by a vendor-hosted LLM,
searches CVs and vacancies through read-only tools, proposes a shortlist with
reasons, and once the officer approves it, books interviews itself in the shared
interview calendar, which sends invitations by e-mail. Bookings and shortlists are
kept in the placement CRM, which the portal shows to employers. The CV store is
encrypted, uploads are checked for type and size, the agent's steps are capped and
logged, and the booking tool's account can write only the interview calendar.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Apprenticeship employer matching agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent that shortlists apprentices for employers' vacancies and books interviews.",
)

# ---------------------------------------------------------------- data assets
cv = tg.Data(
    "Candidate CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Uploaded by the candidate: education, experience, sometimes health or personal circumstances.",
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
)
profile = tg.Data(
    "Candidate profile",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, date of birth, contact details, postcode, travel range, funding eligibility.",
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
)
vacancy = tg.Data(
    "Vacancy description",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Written by the employer: role, location, wage, standard and level.",
)
task = tg.Data("Matching request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
agent_prompt = tg.Data(
    "Agent prompt with context",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the request, and the CVs and vacancy read so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
search_call = tg.Data("Search call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
search_result = tg.Data("Search results", kind="tool-result", sensitivity=tg.Sensitivity.PII)
booking_call = tg.Data("Interview booking call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
booking_result = tg.Data("Booking confirmation", kind="tool-result", sensitivity=tg.Sensitivity.PII)
shortlist = tg.Data(
    "Proposed shortlist",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Candidates ranked for a vacancy, with the agent's reasons.",
)
approval = tg.Data("Shortlist approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
booking = tg.Data("Interview booking", kind="records", sensitivity=tg.Sensitivity.PII)
invitation = tg.Data("Interview invitation", kind="documents", sensitivity=tg.Sensitivity.PII)
invite_reply = tg.Data("Invitation reply", kind="documents", sensitivity=tg.Sensitivity.PII)
placement = tg.Data(
    "Placement records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Shortlists, interview bookings and outcomes per vacancy.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Young people looking for an apprenticeship; anyone can register.
    candidate = tm.add(tg.Actor("Candidate", role="prospective apprentice"))
    # Hiring managers at employers; anyone can register an employer account.
    employer = tm.add(tg.Actor("Employer hiring manager", role="employer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Reasons about fit and decides which tool to call next.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="General-purpose chat model with function calling, behind the vendor's API.",
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # Shared interview calendar and the mailbox that sends invitations.
    m365 = tm.add(
        tg.ExternalService(
            "Calendar and e-mail service",
            description="Exchange Online: the interviews calendar and its invitation e-mails.",
        )
    )

with tm.boundary("Provider cloud", trust=tg.Trust.INTERNAL):
    # Public web app where candidates upload CVs and employers post vacancies.
    portal = tm.add(
        tg.Endpoint(
            "Provider web portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="CV uploads limited to PDF and DOCX under 5 MB"),
            },
        )
    )
    # CVs and candidate profiles.
    cv_store = tm.add(
        tg.DataStore(
            "CV store",
            stores={cv, profile},
            controls={c.EncryptionAtRest(key_management="cloud KMS")},
        )
    )
    # Employers' open vacancies.
    vacancy_db = tm.add(tg.DataStore("Vacancy database", stores={vacancy}))
    # Shortlists, bookings and outcomes; the employer view in the portal reads it.
    crm = tm.add(tg.DataStore("Placement CRM", stores={placement, shortlist}))
    # Internal page placement officers use to run and approve matches.
    console = tm.add(
        tg.Endpoint(
            "Placement staff console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 SSO with MFA")},
        )
    )
    # Plans the search, ranks candidates and books interviews.
    agent = tm.add(
        tg.Agent(
            "Matching agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="placement officer",
                    note="approves each shortlist; interviews for approved candidates are then booked automatically",
                ),
                c.CircuitBreaker(max_steps=40),
                c.AuditLogging(note="every LLM call and tool call"),
            },
        )
    )
    # Finds candidates by skills, location and travel range; returns CVs.
    cv_search = tm.add(tg.Tool("Candidate search tool", capabilities={"read"}))
    # Reads a vacancy description.
    vacancy_lookup = tm.add(tg.Tool("Vacancy lookup tool", capabilities={"read"}))
    # Creates calendar events and sends the invitations.
    booking_tool = tm.add(
        tg.Tool(
            "Interview booking tool",
            capabilities={"write", "send-messages"},
            controls={
                c.LeastPrivilegeTools(note="service account can write only the interviews calendar")
            },
        )
    )

with tm.boundary("Provider office network", trust=tg.Trust.INTERNAL):
    # Runs matches and approves shortlists.
    officer = tm.add(tg.Actor("Placement officer", role="placement officer"))

# ---------------------------------------------------------------- flows
tm.flow(candidate, portal, cv, profile, protocol="https")
tm.flow(portal, cv_store, cv, profile)
tm.flow(employer, portal, vacancy, protocol="https")
tm.flow(portal, vacancy_db, vacancy)
tm.flow(crm, portal, placement, label="employer view")
tm.flow(portal, employer, placement, protocol="https")

tm.flow(officer, console, task, approval, protocol="https")
tm.flow(console, officer, shortlist, protocol="https")
tm.flow(console, agent, task, approval)
tm.flow(agent, console, shortlist)

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, cv_search, search_call)
tm.flow(cv_store, cv_search, cv, profile)
tm.flow(cv_search, agent, search_result)
tm.flow(agent, vacancy_lookup, search_call)
tm.flow(vacancy_db, vacancy_lookup, vacancy)
tm.flow(vacancy_lookup, agent, search_result)

tm.flow(agent, booking_tool, booking_call)
tm.flow(booking_tool, m365, booking, protocol="https")
tm.flow(m365, booking_tool, booking_result, protocol="https")
tm.flow(booking_tool, agent, booking_result)
tm.flow(booking_tool, crm, placement)
tm.flow(console, crm, shortlist, label="approved shortlist")

tm.flow(m365, candidate, invitation, protocol="smtp+starttls")
tm.flow(m365, employer, invitation, protocol="smtp+starttls")
tm.flow(candidate, m365, invite_reply, protocol="smtp+starttls")
tm.flow(employer, m365, invite_reply, protocol="smtp+starttls")
