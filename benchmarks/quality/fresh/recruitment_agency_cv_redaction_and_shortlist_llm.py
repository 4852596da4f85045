"""Recruitment agency CV redaction and shortlisting: the first design, before review.

Candidates upload their CVs to the agency's candidate portal; the CVs land in the
applicant tracking system (ATS) next to the job specs that clients e-mail to their
consultant. When a consultant opens a vacancy in the consultant workbench, a
shortlisting service pulls the candidate pool and the job spec, turns each CV into
text and sends it to a hosted LLM with two tasks: strip personal details (name,
contact details, date of birth, photo, address) and draft a ranked shortlist with
a short rationale against the job spec. Drafts wait in a shortlist store until the
consultant reviews and edits them; the consultant then e-mails the redacted CVs and
shortlist to the client's hiring manager from the agency's Microsoft 365 mailbox.
Everything runs in the agency's cloud tenancy in the EU; consultants sign in with
Entra ID single sign-on and MFA, the ATS is role-scoped and encrypted at rest, and
the LLM vendor was reviewed and signed a no-retention data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Recruitment agency CV redaction and shortlisting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr", "eu-ai-act-high-risk"},
    description=(
        "An LLM redacts candidate CVs and drafts shortlists against client job specs; "
        "consultants review them and send the shortlist to the client."
    ),
)

# ---------------------------------------------------------------- data assets
cv = tg.Data(
    "Candidate CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="PDF or Word file as the candidate wrote it; may mention health or family.",
)
profile = tg.Data("Candidate profile", kind="records", sensitivity=tg.Sensitivity.PII)
job_spec = tg.Data(
    "Client job spec",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Role, must-have skills, salary band; sent by the client's hiring manager.",
)
cv_text = tg.Data("Extracted CV text", kind="documents", sensitivity=tg.Sensitivity.PII)
shortlist_request = tg.Data(
    "Shortlist request",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Which vacancy, and which candidates from the pool to consider.",
)
prompt = tg.Data(
    "Redaction and shortlisting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Fixed instructions, the job spec and the text of each candidate's CV.",
)
completion = tg.Data(
    "LLM redaction and ranking output", kind="model-output", sensitivity=tg.Sensitivity.PII
)
redacted_cv = tg.Data(
    "Redacted CV",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Work history and skills with name, contacts, age and photo removed.",
)
draft_shortlist = tg.Data(
    "Draft shortlist",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Ranked candidate references with the model's rationale for each.",
)
final_shortlist = tg.Data(
    "Approved client shortlist",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The consultant's edited shortlist with the redacted CVs attached.",
)
llm_log = tg.Data("LLM request log", kind="logs", sensitivity=tg.Sensitivity.PII)
id_token = tg.Data("Consultant ID token", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Job seekers who register with the agency and upload a CV.
    candidate = tm.add(tg.Actor("Candidate", role="job seeker"))
    # The client's hiring manager: sends job specs, receives shortlists.
    client = tm.add(tg.Actor("Client hiring manager", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model; the vendor keeps no prompts under the DPA.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Redacts each CV and ranks candidates against the job spec.",
            controls={c.SupplierAssessment(note="vendor review and zero-retention DPA")},
        )
    )

with tm.boundary("Microsoft 365 tenant", trust=tg.Trust.PARTNER):
    # The agency's mailboxes: job specs arrive here and shortlists leave from here.
    mail = tm.add(tg.ExternalService("Agency e-mail service", provides="generic"))
    # Entra ID signs consultants in to the workbench.
    idp = tm.add(tg.ExternalService("Entra ID", provides="identity-provider"))

with tm.boundary("Agency cloud tenancy", trust=tg.Trust.INTERNAL):
    # Public web app where candidates register and upload CVs.
    portal = tm.add(
        tg.Endpoint(
            "Candidate portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.InputValidation(note="PDF and DOCX only, 10 MB limit"),
                c.Authentication(method="e-mail and password"),
            },
        )
    )
    # Internal web app consultants use to manage vacancies and review drafts.
    workbench = tm.add(
        tg.Endpoint(
            "Consultant workbench",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID SSO with MFA"),
                c.HumanInTheLoop(
                    approver="the consultant who owns the vacancy",
                    note="nothing goes to a client until the consultant approves the draft",
                ),
            },
        )
    )
    # Orchestrates one shortlisting run: gathers CVs, calls the LLM, stores drafts.
    shortlister = tm.add(
        tg.Service(
            "Shortlisting service",
            description="Builds the prompt per CV, calls the LLM and parses its output.",
        )
    )
    # Turns uploaded PDF and Word CVs into plain text for the prompt.
    extractor = tm.add(tg.Service("CV text extractor"))
    # Drafts wait here until a consultant approves or edits them.
    draft_store = tm.add(
        tg.DataStore(
            "Draft shortlist store", stores={redacted_cv, draft_shortlist, final_shortlist}
        )
    )
    # Every prompt and completion, kept for troubleshooting.
    log_store = tm.add(tg.DataStore("LLM request log store", stores={llm_log}))

    with tm.boundary("Candidate data tier", trust=tg.Trust.RESTRICTED):
        # The system of record for candidates, CVs and vacancies.
        ats = tm.add(
            tg.DataStore(
                "Applicant tracking system",
                stores={cv, profile, job_spec},
                controls={
                    c.RBAC(note="consultants see their own desks' candidates and vacancies"),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

with tm.boundary("Agency office", trust=tg.Trust.INTERNAL):
    # Recruitment consultant who owns the client relationship and the final shortlist.
    consultant = tm.add(tg.Actor("Recruitment consultant", role="consultant"))

# ---------------------------------------------------------------- flows
# candidates register and upload
tm.flow(candidate, portal, cv, profile, protocol="https")
tm.flow(portal, candidate, profile, protocol="https", label="profile page")
tm.flow(portal, ats, cv, profile)

# job specs come in by e-mail and are filed by the consultant
tm.flow(client, mail, job_spec, protocol="smtp+starttls")
tm.flow(mail, consultant, job_spec, protocol="https", label="Outlook")
tm.flow(consultant, idp, protocol="https", label="sign-in")
tm.flow(idp, workbench, id_token, protocol="oidc")
tm.flow(consultant, workbench, job_spec, shortlist_request, protocol="https")
tm.flow(workbench, ats, job_spec)

# a shortlisting run
tm.flow(workbench, shortlister, shortlist_request)
tm.flow(ats, shortlister, cv, profile, job_spec)
tm.flow(shortlister, extractor, cv)
tm.flow(extractor, shortlister, cv_text)
tm.flow(shortlister, llm, prompt, protocol="https")
tm.flow(llm, shortlister, completion, protocol="https")
tm.flow(shortlister, log_store, llm_log)
tm.flow(shortlister, draft_store, redacted_cv, draft_shortlist)

# consultant review and sending to the client
tm.flow(draft_store, workbench, redacted_cv, draft_shortlist)
tm.flow(workbench, consultant, redacted_cv, draft_shortlist, protocol="https")
tm.flow(consultant, workbench, final_shortlist, protocol="https", label="edits and approves")
tm.flow(workbench, draft_store, final_shortlist)
tm.flow(workbench, consultant, final_shortlist, protocol="https", label="download")
tm.flow(consultant, mail, final_shortlist, protocol="https", label="sends from Outlook")
tm.flow(mail, client, final_shortlist, protocol="smtp+starttls")
